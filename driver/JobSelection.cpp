#include "JobSelection.h"
#include "ResultCache.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/xxhash.h"

namespace seniorlint {
namespace {

std::string absolute(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, true);
  return Abs.str().str();
}

// $XDG_CACHE_HOME/seniorlint, else ~/.cache/seniorlint: there is no build directory
// to keep the cache beside when the command comes from the command line.
std::string userCacheDir() {
  llvm::SmallString<256> Dir;
  if (auto Xdg = llvm::sys::Process::GetEnv("XDG_CACHE_HOME"); Xdg && !Xdg->empty())
    Dir = *Xdg;
  else if (llvm::sys::path::home_directory(Dir))
    llvm::sys::path::append(Dir, ".cache");
  else
    return "";
  llvm::sys::path::append(Dir, "seniorlint");
  return Dir.str().str();
}

// `seniorlint a.cpp -- g++ -Iinclude -c a.cpp -o a.o`: the compiler may lead the command
// and the file may appear in it (CMake passes the whole compile line).
JobSelection fromCommandLine(const CommandLine &CL) {
  JobSelection Out;
  Out.CacheDir = userCacheDir();
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  std::vector<std::string> Command = CL.CompileCommand;
  std::string Compiler = "clang++";
  if (!Command.empty() && !llvm::StringRef(Command.front()).starts_with("-")) {
    Compiler = Command.front();
    Command.erase(Command.begin());
  }
  for (const std::string &F : CL.Files) {
    CompileJob Job;
    Job.File = absolute(F);
    Job.Directory = Cwd.str().str();
    Job.Arguments.push_back(Compiler);
    for (const std::string &A : Command)
      if (A != F && absolute(A) != Job.File)
        Job.Arguments.push_back(A);
    Job.Arguments.push_back(Job.File);
    Out.Jobs.push_back(std::move(Job));
  }
  return Out;
}

} // namespace

std::vector<CompileJob> shard(std::vector<CompileJob> Jobs, unsigned Index, unsigned Count) {
  std::vector<CompileJob> Mine;
  for (CompileJob &J : Jobs)
    if (llvm::xxh3_64bits(llvm::arrayRefFromStringRef(J.File)) % Count == Index)
      Mine.push_back(std::move(J));
  return Mine;
}

static void addExtraArgs(const CommandLine &CL, std::vector<CompileJob> &Jobs) {
  for (CompileJob &J : Jobs) {
    J.Arguments.insert(J.Arguments.begin() + 1, CL.ExtraArgsBefore.begin(), CL.ExtraArgsBefore.end());
    J.Arguments.insert(J.Arguments.end(), CL.ExtraArgs.begin(), CL.ExtraArgs.end());
  }
}

static llvm::Expected<JobSelection> chooseJobs(const CommandLine &CL);

llvm::Expected<JobSelection> selectJobs(const CommandLine &CL) {
  auto Chosen = chooseJobs(CL);
  if (Chosen)
    addExtraArgs(CL, Chosen->Jobs);
  return Chosen;
}

static llvm::Expected<JobSelection> chooseJobs(const CommandLine &CL) {
  if (CL.HasCompileCommand) {
    if (CL.Files.empty())
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "a compile command after '--' needs the files to analyse "
                                     "before it: seniorlint a.cpp -- c++ -Iinclude");
    return fromCommandLine(CL);
  }
  std::string DbPath = CL.BuildPath;
  if (DbPath.empty()) {
    DbPath = findCompileDatabase(".");
    if (DbPath.empty())
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          "no compile_commands.json found in the working directory, its build/ folder or their "
          "parents; generate one with CMake (-DCMAKE_EXPORT_COMPILE_COMMANDS=ON) or Bear (bear "
          "-- make) and pass it with -p <build dir>, or give the compile command after '--'");
  }
  auto Jobs = loadCompileDatabase(DbPath);
  if (!Jobs)
    return Jobs.takeError();

  JobSelection Out;
  Out.CacheDir = ResultCache::defaultDir(DbPath);
  if (CL.Files.empty()) {
    Out.Jobs = CL.ShardCount ? shard(std::move(*Jobs), CL.ShardIndex, CL.ShardCount)
                             : std::move(*Jobs);
    return Out;
  }
  for (const std::string &F : CL.Files) {
    std::string Abs = absolute(F);
    auto It = std::find_if(Jobs->begin(), Jobs->end(),
                           [&](const CompileJob &J) { return J.File == Abs; });
    if (It != Jobs->end()) {
      Out.Jobs.push_back(*It);
      continue;
    }
    TUResult Missing;
    Missing.File = Abs;
    Missing.Failed = true;
    Missing.Errors.push_back(F + ": error: not in the compilation database " + DbPath +
                             "; is it built by this project? (headers are analysed through the "
                             "sources that include them)");
    Out.Unanalysable.push_back(std::move(Missing));
  }
  return Out;
}

} // namespace seniorlint
