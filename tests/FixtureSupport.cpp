#include "FixtureSupport.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <algorithm>
#include <map>

namespace seniorlint::testing {

std::vector<std::string> discoverFixtures(const std::string &Root) {
  std::vector<std::string> Found;
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator It(Root, EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::StringRef Path = It->path();
    llvm::StringRef Rel = Path.drop_front(Root.size() + 1);
    if (Rel.starts_with("include"))
      continue;
    if (Path.ends_with(".cpp") || Path.ends_with(".c"))
      Found.push_back(Path.str());
  }
  std::sort(Found.begin(), Found.end());
  return Found;
}

std::vector<Expectation> readExpectations(const std::string &File) {
  std::vector<Expectation> Out;
  auto Buffer = llvm::MemoryBuffer::getFile(File);
  if (!Buffer)
    return Out;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  (*Buffer)->getBuffer().split(Lines, '\n');
  std::vector<Expectation> Pending;
  for (unsigned I = 0; I < Lines.size(); ++I) {
    llvm::StringRef Text = Lines[I].trim();
    bool Marker = false;
    for (auto [Prefix, Silent] : {std::pair<llvm::StringRef, bool>{"// expect:", false},
                                  {"// ok:", true}}) {
      if (!Text.starts_with(Prefix))
        continue;
      Marker = true;
      llvm::SmallVector<llvm::StringRef, 4> Ids;
      Text.drop_front(Prefix.size()).split(Ids, ',', -1, false);
      for (llvm::StringRef Id : Ids)
        Pending.push_back({File, 0, Id.trim().split(' ').first.str(), Silent});
    }
    if (Marker || Pending.empty())
      continue;
    for (Expectation &E : Pending) {
      E.Line = I + 1;
      Out.push_back(E);
    }
    Pending.clear();
  }
  return Out;
}

CompileJob fixtureJob(const std::string &Root, const std::string &File) {
  CompileJob Job;
  Job.File = File;
  Job.Directory = llvm::sys::path::parent_path(File).str();
  bool IsC = llvm::StringRef(File).ends_with(".c");
  Job.Arguments = {IsC ? "clang" : "clang++", IsC ? "-std=c11" : "-std=c++17",
                   "-nostdlibinc", "-nostdinc++", "-isystem", Root + "/include", "-c", File};
  auto Buffer = llvm::MemoryBuffer::getFile(File);
  if (Buffer) {
    llvm::StringRef First = (*Buffer)->getBuffer().split('\n').first.trim();
    if (First.consume_front("// fixture-args:")) {
      llvm::SmallVector<llvm::StringRef, 8> Extra;
      First.split(Extra, ' ', -1, false);
      for (llvm::StringRef A : Extra)
        Job.Arguments.insert(Job.Arguments.end() - 1, A.str());
    }
  }
  return Job;
}

std::vector<CheckContext> allChecks(const Catalogue &C) {
  std::vector<CheckContext> Out;
  for (const RuleInfo &R : C.rules()) {
    CheckContext Ctx{R.Id, R.DefaultSeverity, {}, std::make_shared<DataFlowSpec>(C.flowSpec(R))};
    for (const OptionInfo &O : R.Options)
      Ctx.Options.set(O.Name, O.Default);
    Out.push_back(std::move(Ctx));
  }
  return Out;
}

std::vector<std::string> compare(const std::vector<Expectation> &Expected,
                                 const std::vector<Finding> &Found) {
  using Key = std::tuple<std::string, unsigned, std::string>;
  std::map<Key, int> Balance; // expected minus found
  std::map<Key, std::string> Messages;
  std::map<Key, bool> Silent;
  for (const Expectation &E : Expected) {
    Key K{E.File, E.Line, E.RuleId};
    if (E.Silent)
      Silent[K] = true;
    else
      ++Balance[K];
  }
  for (const Finding &F : Found) {
    Key K{F.Where.File, F.Where.Line, F.RuleId};
    --Balance[K];
    Messages[K] = F.Message;
  }
  std::vector<std::string> Problems;
  for (const auto &[K, N] : Balance) {
    const auto &[File, Line, Rule] = K;
    std::string Where = llvm::sys::path::filename(File).str() + ":" + std::to_string(Line);
    if (N > 0)
      Problems.push_back(Where + ": expected " + std::to_string(N) + " more finding(s) of " + Rule +
                         ", got none");
    else if (N < 0)
      Problems.push_back(Where + ": unexpected " + Rule + (Silent.count(K) ? " (marked ok:)" : "") +
                         ": " + Messages[K]);
  }
  return Problems;
}

} // namespace seniorlint::testing
