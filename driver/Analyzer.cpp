#include "Analyzer.h"
#include "CheckRegistry.h"
#include "DataFlow.h"
#include "FindingSink.h"
#include "ResultCache.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <algorithm>
#include <chrono>
#include <mutex>

namespace seniorlint {
namespace {

// Keeps the errors that make a TU unusable; warnings are silenced by -w anyway.
class ErrorCollector : public clang::DiagnosticConsumer {
public:
  explicit ErrorCollector(std::vector<std::string> &Errors) : Errors(Errors) {}

  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < clang::DiagnosticsEngine::Error || Errors.size() >= MaxErrors)
      return;
    llvm::SmallString<128> Message;
    Info.FormatDiagnostic(Message);
    std::string Where;
    if (Info.hasSourceManager() && Info.getLocation().isValid()) {
      clang::PresumedLoc P = Info.getSourceManager().getPresumedLoc(Info.getLocation());
      if (P.isValid())
        Where = llvm::formatv("{0}:{1}:{2}: ", P.getFilename(), P.getLine(), P.getColumn());
    }
    Errors.push_back(Where + "error: " + Message.str().str());
  }

private:
  static constexpr size_t MaxErrors = 5;
  std::vector<std::string> &Errors;
};

class CheckConsumer : public clang::ASTConsumer {
public:
  // Checks are created before parsing so that preprocessor callbacks see every directive.
  CheckConsumer(clang::CompilerInstance &CI, const std::vector<CheckContext> &Enabled,
                TUResult &Result, Profile *Profiling, bool WholeAST)
      : Finder(finderOptions(Profiling, Records)),
        Matchers(Finder, Profiling ? &Records : nullptr), Result(Result), Profiling(Profiling),
        WholeAST(WholeAST) {
    const auto &Registry = CheckRegistry::all();
    for (const CheckContext &C : Enabled) {
      auto It = Registry.find(C.RuleId);
      if (It == Registry.end())
        continue; // the driver verifies the registry against the catalogue up front
      Checks.push_back(It->second(C));
      Checks.back()->setSink(&Sink);
      Checks.back()->setSourceManager(&CI.getSourceManager());
      Checks.back()->registerMatchers(Matchers);
      Checks.back()->registerPPCallbacks(CI.getPreprocessor());
      if (!FactsFrom)
        FactsFrom = dynamic_cast<DataFlowCheck *>(Checks.back().get());
    }
    // Facts for the other units' pending findings, only when a data-flow rule runs: the
    // calls are gathered in the rules' walk and judged after it.
    if (FactsFrom)
      Matchers.onEveryCall([this](const clang::CallExpr &Call) { Calls.push_back(&Call); });
  }

  void HandleTranslationUnit(clang::ASTContext &Ctx) override {
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return; // a broken AST gives findings nobody can trust; the errors are reported
    const clang::SourceManager &SM = Ctx.getSourceManager();
    // Walk only the project's own code: system headers are most of a TU and none of
    // their findings would be reported.
    if (!WholeAST) {
      std::vector<clang::Decl *> Scope;
      for (clang::Decl *D : Ctx.getTranslationUnitDecl()->decls())
        if (!SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
          Scope.push_back(D);
      Ctx.setTraversalScope(Scope);
    }
    Finder.matchAST(Ctx);
    Matchers.addTimesToProfile();
    Result.Findings = Sink.take();
    if (FactsFrom) {
      std::optional<llvm::TimeRecord> Start;
      if (Profiling)
        Start = llvm::TimeRecord::getCurrentTime(true);
      Result.Facts = FactsFrom->dataFlow(Ctx).callFacts(Calls);
      if (Start) {
        llvm::TimeRecord Spent = llvm::TimeRecord::getCurrentTime(false);
        Spent -= *Start;
        Records["(data-flow call facts)"] += Spent;
      }
    }
    if (Profiling)
      Profiling->addRules(Records);

    llvm::DenseSet<const clang::FileEntry *> Project = projectFiles(SM);
    for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
      clang::FileEntryRef File = It->first;
      std::string Path = FindingSink::absolutePath(SM, File.getName());
      if (Project.contains(&File.getFileEntry()))
        Result.ProjectFiles.push_back(Path);
      // The resolved path: a spelled one with ".." through a symlink may not exist.
      llvm::StringRef Real = File.getFileEntry().tryGetRealPathName();
      Result.InputFiles.push_back(Real.empty() ? Path : Real.str());
    }
    for (auto *List : {&Result.ProjectFiles, &Result.InputFiles}) {
      std::sort(List->begin(), List->end());
      List->erase(std::unique(List->begin(), List->end()), List->end());
    }
  }

private:
  // The files entered other than as system headers, in one pass over the unit's file
  // entries (asking the source manager file by file scans them all for each file).
  static llvm::DenseSet<const clang::FileEntry *> projectFiles(const clang::SourceManager &SM) {
    llvm::DenseSet<const clang::FileEntry *> Project;
    for (unsigned I = 0, N = SM.local_sloc_entry_size(); I < N; ++I) {
      const clang::SrcMgr::SLocEntry &Entry = SM.getLocalSLocEntry(I);
      if (!Entry.isFile() || clang::SrcMgr::isSystem(Entry.getFile().getFileCharacteristic()))
        continue;
      if (clang::OptionalFileEntryRef File = Entry.getFile().getContentCache().OrigEntry)
        Project.insert(&File->getFileEntry());
    }
    return Project;
  }

  static clang::ast_matchers::MatchFinder::MatchFinderOptions
  finderOptions(Profile *Profiling, llvm::StringMap<llvm::TimeRecord> &Records) {
    clang::ast_matchers::MatchFinder::MatchFinderOptions Options;
    if (Profiling)
      Options.CheckProfiling.emplace(Records);
    return Options;
  }

  llvm::StringMap<llvm::TimeRecord> Records; // before Finder, which refers to it
  clang::ast_matchers::MatchFinder Finder;
  MatchRegistry Matchers; // after Finder, which it registers with
  FindingSink Sink;
  std::vector<std::unique_ptr<Check>> Checks;
  DataFlowCheck *FactsFrom = nullptr; // any data-flow rule's analysis: they share the sources
  std::vector<const clang::CallExpr *> Calls;
  TUResult &Result;
  Profile *Profiling;
  bool WholeAST;
};

class CheckAction : public clang::ASTFrontendAction {
public:
  CheckAction(const std::vector<CheckContext> &Enabled, TUResult &Result, Profile *Profiling,
              bool WholeAST)
      : Enabled(Enabled), Result(Result), Profiling(Profiling), WholeAST(WholeAST) {}
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &CI,
                                                        llvm::StringRef) override {
    return std::make_unique<CheckConsumer>(CI, Enabled, Result, Profiling, WholeAST);
  }

private:
  const std::vector<CheckContext> &Enabled;
  TUResult &Result;
  Profile *Profiling;
  bool WholeAST;
};

} // namespace

TUResult Analyzer::analyze(const CompileJob &Job, const std::vector<CheckContext> &Checks) const {
  auto Start = std::chrono::steady_clock::now();
  TUResult Result;
  Result.File = Job.File;
  if (!Job.Problem.empty()) {
    Result.Failed = true;
    Result.Errors.push_back(Job.File + ": error: " + Job.Problem);
  } else if (!llvm::sys::fs::exists(Job.File)) {
    Result.Failed = true;
    Result.Errors.push_back(Job.File + ": error: file does not exist (listed in the compilation "
                                       "database; was it deleted or generated by a build step "
                                       "not yet run?)");
  } else {
    std::vector<std::string> Arguments = toolArguments(Job, ResourceDir);
    std::string Key = Cache ? Cache->key(Arguments, Checks) : "";
    if (auto Hit = Cache ? Cache->lookup(Key, Job.File) : std::nullopt) {
      Result = std::move(*Hit);
    } else {
      Result = run(Job, Arguments, Checks);
      if (Cache)
        Cache->store(Key, Result);
    }
  }
  Result.Seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();
  return Result;
}

TUResult Analyzer::run(const CompileJob &Job, const std::vector<std::string> &Arguments,
                       const std::vector<CheckContext> &Checks) const {
  TUResult Result;
  Result.File = Job.File;
  // Each TU gets its own file system view so that relative paths in its command
  // resolve against its own directory, without touching the process's cwd.
  auto FS = llvm::vfs::createPhysicalFileSystem();
  FS->setCurrentWorkingDirectory(Job.Directory);
  llvm::IntrusiveRefCntPtr<clang::FileManager> Files(
      new clang::FileManager(clang::FileSystemOptions(), std::move(FS)));

  ErrorCollector Errors(Result.Errors);
  clang::tooling::ToolInvocation Invocation(
      Arguments, std::make_unique<CheckAction>(Checks, Result, Profiling, WholeAST), Files.get());
  Invocation.setDiagnosticConsumer(&Errors);
  bool Ok = Invocation.run();
  if (!Ok || Errors.getNumErrors() > 0) {
    Result.Failed = true;
    Result.Findings.clear();
    Result.Facts.clear();
    if (Result.Errors.empty())
      Result.Errors.push_back(Job.File + ": error: clang could not run on this file");
  }
  return Result;
}

std::vector<TUResult> Analyzer::analyzeAll(const std::vector<CompileJob> &Jobs,
                                           const std::vector<std::vector<CheckContext>> &Checks,
                                           unsigned Threads,
                                           const std::function<void(const TUResult &)> &OnDone,
                                           const std::vector<size_t> &StartOrder) const {
  std::vector<TUResult> Results(Jobs.size());
  std::mutex DoneMutex;
  auto Run = [&](size_t I) {
    Results[I] = analyze(Jobs[I], Checks[I]);
    if (OnDone) {
      std::lock_guard<std::mutex> Lock(DoneMutex);
      OnDone(Results[I]);
    }
  };
  if (Threads <= 1 || Jobs.size() <= 1) {
    for (size_t I = 0; I < Jobs.size(); ++I)
      Run(I);
    return Results;
  }
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Threads));
  for (size_t N = 0; N < Jobs.size(); ++N) {
    size_t I = StartOrder.size() == Jobs.size() ? StartOrder[N] : N;
    Pool.async([&, I] { Run(I); });
  }
  Pool.wait();
  return Results;
}

std::vector<Finding> mergeFindings(const std::vector<TUResult> &Results) {
  std::vector<Finding> All;
  for (const TUResult &R : Results)
    All.insert(All.end(), R.Findings.begin(), R.Findings.end());
  std::sort(All.begin(), All.end());
  All.erase(std::unique(All.begin(), All.end()), All.end());
  return All;
}

void Profile::addRules(const llvm::StringMap<llvm::TimeRecord> &Records) {
  std::lock_guard<std::mutex> Lock(Mutex);
  for (const auto &R : Records)
    Rules[R.getKey()] += R.getValue();
}

void Profile::print(llvm::raw_ostream &OS, const std::vector<TUResult> &Results) const {
  std::lock_guard<std::mutex> Lock(Mutex);
  std::vector<std::pair<double, std::string>> ByRule;
  double RuleTotal = 0;
  for (const auto &R : Rules) {
    ByRule.push_back({R.getValue().getProcessTime(), R.getKey().str()});
    RuleTotal += R.getValue().getProcessTime();
  }
  std::sort(ByRule.rbegin(), ByRule.rend());
  OS << "===-- seniorlint profile: matcher time per rule (CPU seconds) --===\n";
  for (const auto &[Seconds, Rule] : ByRule)
    OS << llvm::formatv("{0,10:f4}  {1,5:f1}%  {2}\n", Seconds,
                        RuleTotal > 0 ? 100 * Seconds / RuleTotal : 0.0, Rule);
  OS << llvm::formatv("{0,10:f4}  total in rules\n", RuleTotal);

  std::vector<std::pair<double, const TUResult *>> ByTU;
  double TUTotal = 0;
  for (const TUResult &R : Results) {
    ByTU.push_back({R.Seconds, &R});
    TUTotal += R.Seconds;
  }
  std::sort(ByTU.begin(), ByTU.end(),
            [](const auto &A, const auto &B) { return A.first > B.first; });
  OS << "===-- wall time per translation unit (parse + rules) --===\n";
  for (const auto &[Seconds, R] : ByTU)
    OS << llvm::formatv("{0,10:f4}  {1}{2}\n", Seconds, R->File, R->FromCache ? " (cached)" : "");
  OS << llvm::formatv("{0,10:f4}  total over {1} units\n", TUTotal, Results.size());
}

} // namespace seniorlint
