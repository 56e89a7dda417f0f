#include "CompileDatabase.h"
#include "clang/Driver/Options.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/StringSaver.h"

namespace seniorlint {
namespace {

llvm::Error databaseError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

const char *const HowToGenerate =
    "generate one with CMake (-DCMAKE_EXPORT_COMPILE_COMMANDS=ON) or with Bear (bear -- make), "
    "then pass its directory with -p";

std::string absoluteIn(llvm::StringRef Base, llvm::StringRef Path) {
  llvm::SmallString<256> Result(Path);
  if (!llvm::sys::path::is_absolute(Result)) {
    Result = Base;
    llvm::sys::path::append(Result, Path);
  }
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return Result.str().str();
}

llvm::Expected<CompileJob> readEntry(const llvm::json::Value &Value, llvm::StringRef DbDir,
                                     size_t Index, const std::string &DbPath) {
  auto EntryError = [&](llvm::StringRef What) {
    return databaseError(llvm::formatv("{0}: entry {1}: {2}", DbPath, Index, What));
  };
  const llvm::json::Object *Entry = Value.getAsObject();
  if (!Entry)
    return EntryError("expected an object with 'directory', 'file' and 'arguments' or 'command'");
  auto Directory = Entry->getString("directory");
  auto File = Entry->getString("file");
  if (!Directory || !File)
    return EntryError("missing 'directory' or 'file'");

  CompileJob Job;
  // The spec asks for an absolute directory; generators that write a relative one mean
  // relative to the database itself.
  Job.Directory = absoluteIn(DbDir, *Directory);
  Job.File = absoluteIn(Job.Directory, *File);

  llvm::BumpPtrAllocator Alloc;
  llvm::StringSaver Saver(Alloc);
  llvm::SmallVector<const char *, 64> Argv;
  if (const llvm::json::Array *Arguments = Entry->getArray("arguments")) {
    for (const llvm::json::Value &A : *Arguments) {
      auto S = A.getAsString();
      if (!S)
        return EntryError("'arguments' must be a list of strings");
      Argv.push_back(Saver.save(*S).data());
    }
  } else if (auto Command = Entry->getString("command")) {
    llvm::cl::TokenizeGNUCommandLine(*Command, Saver, Argv);
  } else {
    return EntryError("needs 'arguments' or 'command'");
  }
  if (Argv.empty())
    return EntryError("empty compile command");

  llvm::cl::ExpansionContext Expander(Alloc, llvm::cl::TokenizeGNUCommandLine);
  Expander.setCurrentDir(Job.Directory);
  if (llvm::Error E = Expander.expandResponseFiles(Argv))
    Job.Problem = "cannot expand response file: " + llvm::toString(std::move(E));
  for (const char *A : Argv) {
    // A response file that cannot be read is left in place by the expander.
    if (A[0] == '@' && Job.Problem.empty())
      Job.Problem = std::string("cannot read response file ") + (A + 1) + " (relative to " +
                    Job.Directory + ")";
    Job.Arguments.emplace_back(A);
  }
  return Job;
}

} // namespace

std::string findCompileDatabase(const std::string &Start) {
  llvm::SmallString<256> Dir(Start);
  llvm::sys::fs::make_absolute(Dir);
  for (llvm::StringRef D = Dir; !D.empty(); D = llvm::sys::path::parent_path(D)) {
    for (const char *Sub : {"", "build"}) {
      llvm::SmallString<256> Candidate(D);
      llvm::sys::path::append(Candidate, Sub, "compile_commands.json");
      if (llvm::sys::fs::is_regular_file(Candidate))
        return Candidate.str().str();
    }
  }
  return "";
}

llvm::Expected<std::vector<CompileJob>> loadCompileDatabase(const std::string &Path) {
  llvm::SmallString<256> DbPath(Path);
  llvm::sys::fs::make_absolute(DbPath);
  if (llvm::sys::fs::is_directory(DbPath))
    llvm::sys::path::append(DbPath, "compile_commands.json");
  if (!llvm::sys::fs::exists(DbPath))
    return databaseError(llvm::formatv("no compilation database: {0} does not exist; {1}", DbPath,
                                       HowToGenerate));
  auto Buffer = llvm::MemoryBuffer::getFile(DbPath);
  if (!Buffer)
    return databaseError(llvm::formatv("cannot read {0}: {1}", DbPath, Buffer.getError().message()));
  auto Json = llvm::json::parse((*Buffer)->getBuffer());
  if (!Json)
    return databaseError(llvm::formatv("{0}: malformed JSON {1}", DbPath,
                                       llvm::toString(Json.takeError())));
  const llvm::json::Array *Entries = Json->getAsArray();
  if (!Entries)
    return databaseError(llvm::formatv("{0}: expected a JSON array of compile commands", DbPath));

  llvm::StringRef DbDir = llvm::sys::path::parent_path(DbPath);
  std::vector<CompileJob> Jobs;
  llvm::StringSet<> Seen; // a file built twice (e.g. two configurations) is analysed once
  for (size_t I = 0; I < Entries->size(); ++I) {
    auto Job = readEntry((*Entries)[I], DbDir, I, DbPath.str().str());
    if (!Job)
      return Job.takeError();
    if (Seen.insert(Job->File).second)
      Jobs.push_back(std::move(*Job));
  }
  return Jobs;
}

std::vector<std::string> toolArguments(const CompileJob &Job, const std::string &ResourceDir) {
  using namespace clang::tooling;
  CommandLineArguments Args = Job.Arguments;
  for (const ArgumentsAdjuster &Adjust :
       {getClangStripOutputAdjuster(), getClangStripDependencyFileAdjuster(),
        getStripPluginsAdjuster(), getClangSyntaxOnlyAdjuster()})
    Args = Adjust(Args, Job.File);

  // Parse with clang's own option table to find what clang does not understand:
  // real databases written for GCC carry flags clang would reject.
  std::vector<const char *> Raw;
  for (size_t I = 1; I < Args.size(); ++I)
    Raw.push_back(Args[I].c_str());
  unsigned MissingIndex, MissingCount;
  const llvm::opt::OptTable &Table = clang::driver::getDriverOptTable();
  llvm::opt::InputArgList Parsed =
      Table.ParseArgs(Raw, MissingIndex, MissingCount,
                      llvm::opt::Visibility(clang::driver::options::ClangOption));
  std::vector<bool> Drop(Args.size(), false);
  for (const llvm::opt::Arg *A : Parsed) {
    const llvm::opt::Option &O = A->getOption();
    bool Unknown = O.getKind() == llvm::opt::Option::UnknownClass;
    bool MakesWarningsFatal = O.matches(clang::driver::options::OPT_W_Joined) &&
                              llvm::StringRef(A->getValue()).starts_with("error");
    if (Unknown || MakesWarningsFatal || O.matches(clang::driver::options::OPT_pedantic_errors))
      Drop[A->getIndex() + 1] = true; // +1: Raw starts after argv[0]
  }
  // A precompiled header was built by the build's compiler, maybe another clang or
  // with other flags; loading it is fragile (seen to crash). Its source header stays
  // included (-include), so the unit parses the same, only without the shortcut.
  for (size_t I = 1; I < Args.size(); ++I) {
    bool XclangPair = Args[I] == "-Xclang" && I + 3 < Args.size() &&
                      Args[I + 1] == "-include-pch" && Args[I + 2] == "-Xclang";
    if (XclangPair)
      Drop[I] = Drop[I + 1] = Drop[I + 2] = Drop[I + 3] = true;
    else if (Args[I] == "-include-pch" && I + 1 < Args.size())
      Drop[I] = Drop[I + 1] = true;
  }
  std::vector<std::string> Out;
  Out.push_back("clang-tool");
  for (size_t I = 1; I < Args.size(); ++I)
    if (!Drop[I])
      Out.push_back(Args[I]);
  // Findings are ours to report; compiler warnings are the build's business.
  Out.push_back("-w");
  Out.push_back("-fno-caret-diagnostics"); // also stops clang's "N errors generated" line
  Out.push_back("-resource-dir=" + ResourceDir);
  return Out;
}

} // namespace seniorlint
