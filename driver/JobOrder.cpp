#include "JobOrder.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace seniorlint {
namespace {

struct Include {
  std::string Name;
  bool Angled;
};

struct SourceFile {
  uint64_t Size = 0;
  std::vector<Include> Includes;
};

// `#include "x.h"` and `#include <x.h>` lines; computed includes are not followed.
SourceFile scan(const std::string &Path) {
  SourceFile F;
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return F;
  llvm::StringRef Text = (*Buffer)->getBuffer();
  F.Size = Text.size();
  for (size_t At = Text.find("include"); At != llvm::StringRef::npos;
       At = Text.find("include", At + 7)) {
    size_t LineStart = Text.rfind('\n', At);
    llvm::StringRef Before = Text.slice(LineStart == llvm::StringRef::npos ? 0 : LineStart + 1, At);
    if (Before.trim() != "#")
      continue;
    llvm::StringRef After = Text.drop_front(At + 7).ltrim(" \t");
    if (After.empty() || (After.front() != '"' && After.front() != '<'))
      continue;
    char Close = After.front() == '"' ? '"' : '>';
    size_t End = 1;
    while (End < After.size() && After[End] != Close && After[End] != '\n')
      ++End;
    if (End >= After.size() || After[End] != Close)
      continue;
    F.Includes.push_back({After.slice(1, End).str(), Close == '>'});
  }
  return F;
}

// Function bodies are analysed in full where much of a header is templates, analysed only
// where they are used: a byte of a source file (a unity build's included .cc files) weighs
// twice. On googletest this ranks the four units as their analysis times do.
bool isSource(llvm::StringRef Path) {
  llvm::StringRef Ext = llvm::sys::path::extension(Path);
  return llvm::is_contained({".c", ".cc", ".cpp", ".cxx", ".c++", ".C"}, Ext);
}

class ProjectSources {
public:
  uint64_t bytes(const CompileJob &Job) {
    std::vector<std::string> Quote, Angle;
    directories(Job, Quote, Angle);
    llvm::StringSet<> Seen;
    uint64_t Total = 0;
    std::vector<std::string> Work = {Job.File};
    while (!Work.empty() && Seen.size() < MaxFiles) {
      std::string Path = std::move(Work.back());
      Work.pop_back();
      if (!Seen.insert(Path).second)
        continue;
      const SourceFile &F = file(Path);
      Total += isSource(Path) ? 2 * F.Size : F.Size;
      llvm::StringRef Dir = llvm::sys::path::parent_path(Path);
      for (const Include &I : F.Includes)
        if (std::optional<std::string> Found = resolve(I, Dir, Quote, Angle))
          Work.push_back(std::move(*Found));
    }
    return Total;
  }

private:
  static constexpr size_t MaxFiles = 5000;

  // -I and -iquote directories, absolute; system directories are left out on purpose.
  static void directories(const CompileJob &Job, std::vector<std::string> &Quote,
                          std::vector<std::string> &Angle) {
    auto Absolute = [&Job](llvm::StringRef Dir) {
      llvm::SmallString<256> Path(Dir);
      if (!llvm::sys::path::is_absolute(Path))
        llvm::sys::fs::make_absolute(Job.Directory, Path);
      return std::string(Path);
    };
    const std::vector<std::string> &Args = Job.Arguments;
    for (size_t I = 0; I < Args.size(); ++I) {
      llvm::StringRef A = Args[I];
      using FlagList = std::pair<llvm::StringRef, std::vector<std::string> *>;
      for (auto [Flag, List] : {FlagList{"-iquote", &Quote}, FlagList{"-I", &Angle}}) {
        if (!A.starts_with(Flag))
          continue;
        llvm::StringRef Dir = A.drop_front(Flag.size());
        if (Dir.empty() && I + 1 < Args.size())
          Dir = Args[++I];
        if (!Dir.empty())
          List->push_back(Absolute(Dir));
        break;
      }
    }
  }

  std::optional<std::string> resolve(const Include &I, llvm::StringRef Dir,
                                     const std::vector<std::string> &Quote,
                                     const std::vector<std::string> &Angle) {
    auto Try = [&](llvm::StringRef Base) -> std::optional<std::string> {
      llvm::SmallString<256> Path(Base);
      llvm::sys::path::append(Path, I.Name);
      llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
      auto [It, New] = Exists.try_emplace(Path, false);
      if (New)
        It->second = llvm::sys::fs::is_regular_file(Path);
      return It->second ? std::optional<std::string>(std::string(Path)) : std::nullopt;
    };
    if (!I.Angled) {
      if (auto Found = Try(Dir))
        return Found;
      for (const std::string &D : Quote)
        if (auto Found = Try(D))
          return Found;
    }
    for (const std::string &D : Angle)
      if (auto Found = Try(D))
        return Found;
    return std::nullopt;
  }

  const SourceFile &file(const std::string &Path) {
    auto It = Files.find(Path);
    if (It == Files.end())
      It = Files.try_emplace(Path, scan(Path)).first;
    return It->second;
  }

  llvm::StringMap<SourceFile> Files; // shared headers are read once for all units
  llvm::StringMap<bool> Exists;
};

} // namespace

uint64_t projectSourceBytes(const CompileJob &Job) { return ProjectSources().bytes(Job); }

std::vector<size_t> longestFirst(const std::vector<CompileJob> &Jobs,
                                 const std::vector<std::pair<std::string, double>> &History) {
  llvm::StringMap<double> Seconds;
  for (const auto &[File, S] : History)
    Seconds[File] = S;
  std::vector<double> Cost(Jobs.size());
  bool Timed = llvm::all_of(Jobs, [&](const CompileJob &J) { return Seconds.count(J.File); });
  ProjectSources Sources;
  for (size_t I = 0; I < Jobs.size(); ++I)
    Cost[I] = Timed ? Seconds[Jobs[I].File] : double(Sources.bytes(Jobs[I]));
  std::vector<size_t> Order(Jobs.size());
  std::iota(Order.begin(), Order.end(), 0);
  std::stable_sort(Order.begin(), Order.end(),
                   [&](size_t A, size_t B) { return Cost[A] > Cost[B]; });
  return Order;
}

std::string TimingHistory::path() const {
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, "timings.tsv");
  return std::string(P);
}

std::vector<std::pair<std::string, double>> TimingHistory::load() const {
  std::vector<std::pair<std::string, double>> Out;
  auto Buffer = llvm::MemoryBuffer::getFile(path(), /*IsText=*/true);
  if (!Buffer)
    return Out;
  llvm::SmallVector<llvm::StringRef, 64> Lines;
  (*Buffer)->getBuffer().split(Lines, '\n', -1, false);
  for (llvm::StringRef Line : Lines) {
    auto [Time, File] = Line.split('\t');
    double S = 0;
    if (!File.empty() && !Time.getAsDouble(S) && S >= 0)
      Out.push_back({File.str(), S});
  }
  return Out; // a damaged line is skipped: the history only orders the work
}

void TimingHistory::save(const std::vector<std::pair<std::string, double>> &Times) const {
  llvm::StringMap<double> Merged;
  for (const auto &[File, S] : load())
    Merged[File] = S;
  for (const auto &[File, S] : Times)
    Merged[File] = S;
  std::vector<std::pair<std::string, double>> Sorted;
  for (const auto &E : Merged)
    Sorted.push_back({E.getKey().str(), E.getValue()});
  llvm::sort(Sorted);
  if (llvm::sys::fs::create_directories(Dir))
    return;
  // Written aside and renamed: a parallel run never reads half a file.
  llvm::SmallString<256> Temp;
  int FD;
  if (llvm::sys::fs::createUniqueFile(path() + ".%%%%%%", FD, Temp))
    return;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    for (const auto &[File, S] : Sorted)
      OS << llvm::format("%.3f", S) << '\t' << File << '\n';
  }
  if (llvm::sys::fs::rename(Temp, path()))
    llvm::sys::fs::remove(Temp);
}

} // namespace seniorlint
