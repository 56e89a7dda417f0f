#include "DiffFilter.h"
#include "clang/Tooling/DependencyScanning/DependencyScanningService.h"
#include "clang/Tooling/DependencyScanning/DependencyScanningTool.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/ThreadPool.h"
#include <algorithm>
#include <chrono>

namespace seniorlint {
namespace {

llvm::Error error(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

// Runs `git -C Dir Args...`; its standard output, or its standard error as the error.
// Both go through temporary files: a large diff would fill a pipe nobody reads.
llvm::Expected<std::string> git(llvm::StringRef Dir, llvm::ArrayRef<std::string> Args) {
  llvm::ErrorOr<std::string> Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return error("--diff-base needs git, which is not on PATH");
  llvm::SmallString<128> Out, Err;
  if (std::error_code EC = llvm::sys::fs::createTemporaryFile("seniorlint-git", "out", Out))
    return error("cannot create a temporary file for git's output: " + EC.message());
  llvm::FileRemover RemoveOut(Out);
  if (std::error_code EC = llvm::sys::fs::createTemporaryFile("seniorlint-git", "err", Err))
    return error("cannot create a temporary file for git's output: " + EC.message());
  llvm::FileRemover RemoveErr(Err);

  std::vector<llvm::StringRef> Argv{"git", "-C", Dir};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""), Out.str(), Err.str()};
  std::string Why;
  int Status = llvm::sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects, 0, 0, &Why);
  if (Status != 0) {
    if (auto Message = llvm::MemoryBuffer::getFile(Err); Message && !(*Message)->getBuffer().trim().empty())
      Why = (*Message)->getBuffer().trim().str();
    return error("git " + Args.front() + " in " + Dir + " failed: " + Why);
  }
  auto Output = llvm::MemoryBuffer::getFile(Out);
  if (!Output)
    return error("cannot read git's output: " + Output.getError().message());
  return (*Output)->getBuffer().str();
}

// A path as git writes it in a diff header: C-quoted when it has unusual characters,
// followed by a tab when it has a space.
std::string unquote(llvm::StringRef Path) {
  if (Path.ends_with("\t"))
    Path = Path.drop_back();
  if (Path.size() < 2 || !Path.starts_with("\"") || !Path.ends_with("\""))
    return Path.str();
  Path = Path.drop_front().drop_back();
  std::string Out;
  for (size_t I = 0; I < Path.size(); ++I) {
    if (Path[I] != '\\' || I + 1 == Path.size()) {
      Out += Path[I];
      continue;
    }
    char C = Path[++I];
    if (C >= '0' && C <= '7') { // \ooo: one byte of a UTF-8 sequence
      unsigned Byte = 0;
      for (int Digits = 0; Digits < 3 && I < Path.size() && Path[I] >= '0' && Path[I] <= '7';
           ++Digits, ++I)
        Byte = Byte * 8 + (Path[I] - '0');
      --I;
      Out += char(Byte);
      continue;
    }
    switch (C) {
    case 'a': Out += '\a'; break;
    case 'b': Out += '\b'; break;
    case 't': Out += '\t'; break;
    case 'n': Out += '\n'; break;
    case 'v': Out += '\v'; break;
    case 'f': Out += '\f'; break;
    case 'r': Out += '\r'; break;
    default: Out += C; // \" and \\ .
    }
  }
  return Out;
}

// "-12,3" or "+12" (count 1 when omitted).
bool parseRange(llvm::StringRef Text, char Sign, unsigned &Start, unsigned &Count) {
  if (!Text.consume_front(llvm::StringRef(&Sign, 1)))
    return false;
  auto [First, Length] = Text.split(',');
  Count = 1;
  return !First.getAsInteger(10, Start) && (Length.empty() || !Length.getAsInteger(10, Count));
}

std::string joinPath(llvm::StringRef Root, llvm::StringRef Relative) {
  llvm::SmallString<256> Path(Root);
  llvm::sys::path::append(Path, Relative);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return Path.str().str();
}

} // namespace

std::string ChangedLines::canonical(llvm::StringRef File) const {
  llvm::SmallString<256> Path(File);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  llvm::StringRef Dir = llvm::sys::path::parent_path(Path);
  auto [It, Inserted] = RealDirs.try_emplace(Dir);
  if (Inserted) {
    llvm::SmallString<256> Real;
    It->second = llvm::sys::fs::real_path(Dir, Real) ? Dir.str() : Real.str().str();
  }
  return joinPath(It->second, llvm::sys::path::filename(Path));
}

void ChangedLines::addLines(llvm::StringRef File, unsigned First, unsigned Count) {
  if (Count > 0)
    Files[canonical(File)].Ranges.push_back({First, First + Count - 1});
}

void ChangedLines::addWholeFile(llvm::StringRef File) { Files[canonical(File)].Whole = true; }

const ChangedLines::Lines *ChangedLines::find(llvm::StringRef File) const {
  auto It = Files.find(canonical(File));
  return It == Files.end() ? nullptr : &It->second;
}

bool ChangedLines::touches(llvm::StringRef File) const { return find(File) != nullptr; }

bool ChangedLines::contains(llvm::StringRef File, unsigned Line) const {
  const Lines *L = find(File);
  return L && (L->Whole || llvm::any_of(L->Ranges, [&](const auto &R) {
                 return R.first <= Line && Line <= R.second;
               }));
}

ChangedLines parseUnifiedDiff(llvm::StringRef Diff, llvm::StringRef RepoRoot) {
  ChangedLines Changed;
  std::string Current; // the new side's absolute path; empty for a deleted file
  unsigned OldLeft = 0, NewLeft = 0; // body lines still to come in the current hunk
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Diff.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    // Hunk bodies are skipped by count, not by their look: an added line "++ x" reads
    // "+++ x", exactly like a file header.
    if (OldLeft + NewLeft > 0) {
      if (Line.starts_with("-") && OldLeft > 0) {
        --OldLeft;
        continue;
      }
      if (Line.starts_with("+") && NewLeft > 0) {
        --NewLeft;
        continue;
      }
      if (Line.starts_with("\\")) // "\ No newline at end of file"
        continue;
      OldLeft = NewLeft = 0; // not a body line: the hunk was shorter than announced
    }
    if (Line.starts_with("diff --git ")) {
      Current.clear();
    } else if (Line.consume_front("+++ ")) {
      std::string Path = unquote(Line);
      Current = llvm::StringRef(Path).consume_front("b/") ? joinPath(RepoRoot, Path.substr(2))
                                                          : std::string();
    } else if (Line.consume_front("@@ ")) {
      llvm::SmallVector<llvm::StringRef, 4> Parts;
      Line.split(Parts, ' ');
      unsigned OldStart, NewStart;
      if (Parts.size() < 2 || !parseRange(Parts[0], '-', OldStart, OldLeft) ||
          !parseRange(Parts[1], '+', NewStart, NewLeft)) {
        OldLeft = NewLeft = 0;
        continue;
      }
      if (!Current.empty())
        Changed.addLines(Current, NewStart, NewLeft);
    }
  }
  return Changed;
}

llvm::Expected<ChangedLines> changedSince(llvm::StringRef Ref, llvm::StringRef Dir) {
  auto Top = git(Dir, {"rev-parse", "--show-toplevel"});
  if (!Top)
    return Top.takeError();
  std::string Root = llvm::StringRef(*Top).trim().str();
  // Fixed prefixes and no external tools, whatever the user's git configuration says.
  auto Diff = git(Root, {"diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv",
                         "--find-renames", "--src-prefix=a/", "--dst-prefix=b/",
                         "--ignore-submodules", Ref.str(), "--"});
  if (!Diff)
    return Diff.takeError();
  ChangedLines Changed = parseUnifiedDiff(*Diff, Root);
  auto Untracked = git(Root, {"ls-files", "--others", "--exclude-standard", "-z"});
  if (!Untracked)
    return Untracked.takeError();
  llvm::SmallVector<llvm::StringRef, 8> Paths;
  llvm::StringRef(*Untracked).split(Paths, '\0', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef P : Paths)
    Changed.addWholeFile(joinPath(Root, P));
  return Changed;
}

UnitSelection selectChangedUnits(const std::vector<CompileJob> &Jobs, const ChangedLines &Changed,
                                 const std::string &ResourceDir, unsigned Threads) {
  UnitSelection Out;
  if (Changed.empty())
    return Out;
  std::vector<char> Keep(Jobs.size(), false);
  std::vector<size_t> ToScan;
  for (size_t I = 0; I < Jobs.size(); ++I)
    if (Changed.touches(Jobs[I].File) || !Jobs[I].Problem.empty())
      Keep[I] = true; // a broken entry is kept for the same reason as an unscannable unit
    else
      ToScan.push_back(I);
  Out.Scanned = ToScan.size();

  using namespace clang::tooling::dependencies;
  auto Start = std::chrono::steady_clock::now();
  // One service for all units: it caches each header's directives across them.
  DependencyScanningService Service(ScanningMode::DependencyDirectivesScan,
                                    ScanningOutputFormat::Full);
  std::vector<std::optional<std::vector<std::string>>> Deps(Jobs.size());
  auto Scan = [&](size_t I) {
    DependencyScanningTool Tool(Service);
    llvm::DenseSet<ModuleID> Seen;
    auto Result = Tool.getTranslationUnitDependencies(
        toolArguments(Jobs[I], ResourceDir), Jobs[I].Directory, Seen,
        [](const ModuleID &, ModuleOutputKind) { return std::string(); });
    if (!Result) {
      llvm::consumeError(Result.takeError()); // kept: the analysis reports the error
      return;
    }
    Deps[I] = std::move(Result->FileDeps);
  };
  if (Threads <= 1 || ToScan.size() <= 1) {
    for (size_t I : ToScan)
      Scan(I);
  } else {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Threads));
    for (size_t I : ToScan)
      Pool.async([&, I] { Scan(I); });
    Pool.wait();
  }
  Out.ScanSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();

  for (size_t I : ToScan)
    Keep[I] = !Deps[I] || llvm::any_of(*Deps[I], [&](const std::string &F) {
                return Changed.touches(F);
              });
  for (size_t I = 0; I < Jobs.size(); ++I)
    if (Keep[I])
      Out.Jobs.push_back(Jobs[I]);
  return Out;
}

void keepChangedLines(std::vector<Finding> &Findings, const ChangedLines &Changed) {
  llvm::erase_if(Findings, [&](const Finding &F) {
    return !Changed.contains(F.Where.File, F.Where.Line);
  });
}

} // namespace seniorlint
