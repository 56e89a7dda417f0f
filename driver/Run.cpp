#include "Run.h"
#include "Analyzer.h"
#include "Baseline.h"
#include "CompileDatabase.h"
#include "Config.h"
#include "CrossUnit.h"
#include "DiffFilter.h"
#include "DocLinks.h"
#include "ExitCodes.h"
#include "Fixes.h"
#include "JobOrder.h"
#include "JobSelection.h"
#include "Report.h"
#include "ResultCache.h"
#include "Suppressions.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/xxhash.h"
#include <chrono>
#include <map>

namespace seniorlint {
namespace {

int fail(const llvm::Twine &Message) {
  llvm::WithColor::error(llvm::errs(), "seniorlint") << Message << '\n';
  return ExitUsageError;
}

std::string absolute(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, true);
  return Abs.str().str();
}

// "[12/40] src/db/repo.cpp": rewritten in place on a terminal; elsewhere a line at
// most every few seconds, so CI logs show life without drowning in it.
class Progress {
public:
  Progress(size_t Total, bool Enabled)
      : Total(Total), Enabled(Enabled && Total > 1),
        Terminal(llvm::sys::Process::StandardErrIsDisplayed()), Start(Clock::now()), Last(Start) {}

  void done(const TUResult &R) {
    ++Done;
    if (!Enabled)
      return;
    auto Now = Clock::now();
    double Elapsed = std::chrono::duration<double>(Now - Start).count();
    double Eta = Elapsed / Done * (Total - Done);
    std::string Line = "[" + std::to_string(Done) + "/" + std::to_string(Total) + "] " +
                       llvm::sys::path::filename(R.File).str();
    if (Done < Total)
      Line += " (about " + std::to_string(int(Eta + 0.5)) + " s left)";
    if (Terminal) {
      llvm::errs() << "\r\x1b[K" << Line;
      if (Done == Total)
        llvm::errs() << "\r\x1b[K";
    } else if (Now - Last > std::chrono::seconds(5) || Done == Total) {
      llvm::errs() << Line << '\n';
      Last = Now;
    }
  }

private:
  using Clock = std::chrono::steady_clock;
  size_t Total, Done = 0;
  bool Enabled, Terminal;
  Clock::time_point Start, Last;
};

} // namespace

bool isDriverRule(llvm::StringRef RuleId) {
  return RuleId == SuppressionReasonRule || RuleId == UnusedSuppressionRule;
}

int dumpConfig(const CommandLine &CL, const Catalogue &C) {
  ConfigStore Configs(C, CL.ConfigFile);
  std::string For = absolute(CL.Files.empty() ? "dummy.cpp" : CL.Files.front());
  auto Cfg = Configs.forFile(For);
  if (!Cfg)
    return fail(llvm::toString(Cfg.takeError()));
  llvm::outs() << (*Cfg)->dump(C, CL.Checks);
  return ExitClean;
}

int runAnalysis(const CommandLine &CL, const Catalogue &C, const char *Argv0) {
  // Outputs first: a typo in a format should not cost a whole analysis.
  std::vector<CommandLine::Output> Outputs = CL.Outputs;
  if (Outputs.empty())
    Outputs.push_back({"text", ""});
  for (const CommandLine::Output &O : Outputs)
    if (!findReportFormat(O.Format))
      return fail("unknown --format '" + O.Format + "' (text, sarif, json, junit, gitlab, github, html)");

  std::vector<BaselineEntry> Accepted;
  if (!CL.Baseline.empty()) {
    auto Read = readBaseline(CL.Baseline);
    if (!Read)
      return fail(llvm::toString(Read.takeError()));
    Accepted = std::move(*Read);
  }

  auto Chosen = selectJobs(CL);
  if (!Chosen)
    return fail(llvm::toString(Chosen.takeError()));
  std::vector<CompileJob> Selection = std::move(Chosen->Jobs);
  std::vector<TUResult> Results = std::move(Chosen->Unanalysable);

  // --diff-base: the units that can have findings on changed lines, before any analysis.
  std::string SourceRoot = absolute(CL.SourceRoot.empty() ? "." : CL.SourceRoot);
  std::optional<ChangedLines> Changed;
  if (!CL.DiffBase.empty()) {
    auto Diff = changedSince(CL.DiffBase, SourceRoot);
    if (!Diff)
      return fail(llvm::toString(Diff.takeError()));
    Changed = std::move(*Diff);
    UnitSelection Units = selectChangedUnits(
        Selection, *Changed, CL.ResourceDir.empty() ? SENIORLINT_RESOURCE_DIR : CL.ResourceDir,
        CL.Jobs ? CL.Jobs : llvm::hardware_concurrency().compute_thread_count());
    if (!CL.Quiet)
      llvm::errs() << llvm::formatv("seniorlint: {0} of {1} translation units touch changes since "
                                    "{2} (includes of {3} scanned in {4:F2} s)\n",
                                    Units.Jobs.size(), Selection.size(), CL.DiffBase,
                                    Units.Scanned, Units.ScanSeconds);
    Selection = std::move(Units.Jobs);
  }

  // Configuration: every file's, before any analysis, so that a broken config stops the
  // run at once with its location.
  ConfigStore Configs(C, CL.ConfigFile.empty() ? "" : absolute(CL.ConfigFile));
  std::vector<std::vector<CheckContext>> Checks;
  for (const CompileJob &Job : Selection) {
    auto Cfg = Configs.forFile(Job.File);
    if (!Cfg)
      return fail(llvm::toString(Cfg.takeError()));
    auto Enabled = (*Cfg)->checks(C, CL.Checks);
    if (!Enabled)
      return fail(llvm::toString(Enabled.takeError()));
    Checks.push_back(std::move(*Enabled));
  }
  std::string DocsUrl = CL.DocsUrl;
  if (DocsUrl.empty() && !Selection.empty())
    if (auto Cfg = Configs.forFile(Selection.front().File))
      DocsUrl = (*Cfg)->DocsUrl;
  DocLinks Links(DocsUrl.empty() ? DocLinks::defaultBase(Argv0) : DocsUrl);

  std::optional<ResultCache> Cache;
  if (!CL.NoCache)
    Cache.emplace(CL.CacheDir.empty() ? Chosen->CacheDir : CL.CacheDir);
  Profile Profiling;
  Analyzer A(CL.ResourceDir.empty() ? SENIORLINT_RESOURCE_DIR : CL.ResourceDir,
             Cache ? &*Cache : nullptr, CL.Profile ? &Profiling : nullptr);
  A.walkSystemHeaders(CL.WalkSystemHeaders);
  unsigned Threads = CL.Jobs ? CL.Jobs : llvm::hardware_concurrency().compute_thread_count();
  Progress Bar(Selection.size(), !CL.Quiet);
  // Longest first, so that the longest unit does not start last (JobOrder.h).
  std::optional<TimingHistory> History;
  if (Cache)
    History.emplace(Cache->directory());
  std::vector<size_t> Order;
  if (Threads > 1 && Selection.size() > Threads)
    Order = longestFirst(Selection, History ? History->load()
                                            : std::vector<std::pair<std::string, double>>());
  for (TUResult &R : A.analyzeAll(Selection, Checks, Threads,
                                  [&](const TUResult &R) { Bar.done(R); }, Order))
    Results.push_back(std::move(R));
  if (History) {
    std::vector<std::pair<std::string, double>> Times;
    for (const TUResult &R : Results)
      if (!R.FromCache && !R.Failed)
        Times.push_back({R.File, R.Seconds});
    if (!Times.empty())
      History->save(Times);
  }

  if (CL.Profile)
    Profiling.print(llvm::errs(), Results);
  // Findings pending on parameters are decided by the calls in all the units of the run.
  resolveCrossUnit(Results);

  // A finding is judged by the configuration of the file it is in: a header shared by
  // two directories follows its own directory's rules.
  std::map<const Config *, std::map<std::string, Severity>> EnabledByConfig;
  auto SettingFor = [&](const std::string &File, llvm::StringRef Rule) -> std::optional<Severity> {
    auto Cfg = Configs.forFile(File);
    if (!Cfg) { // a header's own config may be broken even though its includers' were fine
      llvm::WithColor::warning(llvm::errs(), "seniorlint") << llvm::toString(Cfg.takeError()) << '\n';
      return std::nullopt;
    }
    if (!(*Cfg)->covers(File))
      return std::nullopt;
    auto [It, Inserted] = EnabledByConfig.try_emplace(*Cfg);
    if (Inserted) {
      auto Enabled = (*Cfg)->checks(C, CL.Checks);
      if (!Enabled)
        llvm::WithColor::warning(llvm::errs(), "seniorlint") << llvm::toString(Enabled.takeError()) << '\n';
      else
        for (const CheckContext &Ctx : *Enabled)
          It->second[Ctx.RuleId] = Ctx.Level;
    }
    auto Found = It->second.find(Rule.str());
    return Found == It->second.end() ? std::nullopt : std::optional<Severity>(Found->second);
  };

  std::vector<Finding> All;
  for (Finding &F : mergeFindings(Results))
    if (auto Level = SettingFor(F.Where.File, F.RuleId)) {
      F.Level = *Level;
      All.push_back(std::move(F));
    }

  SourceCache Sources;
  llvm::StringSet<> ProjectFileSet;
  for (const TUResult &R : Results)
    for (const std::string &F : R.ProjectFiles)
      ProjectFileSet.insert(F);
  std::vector<std::string> ProjectFiles;
  for (const auto &E : ProjectFileSet)
    ProjectFiles.push_back(E.getKey().str());
  std::sort(ProjectFiles.begin(), ProjectFiles.end());
  SuppressionPolicy Policy;
  Policy.RequireReason = [&](const std::string &File) {
    auto Cfg = Configs.forFile(File);
    if (!Cfg) {
      llvm::consumeError(Cfg.takeError());
      return true;
    }
    return (*Cfg)->RequireSuppressionReason;
  };
  Policy.Enabled = SettingFor;
  Policy.ReportUnused = CL.ReportUnusedSuppressions;
  for (const RuleInfo &R : C.rules())
    Policy.KnownRules.push_back(R.Id);
  applySuppressions(All, Sources, ProjectFiles, Policy);

  // The baseline before the diff filter: an accepted finding on an unchanged line must use
  // up its entry, or a new copy of the same code on a changed line would be hidden.
  if (!CL.WriteBaseline.empty()) {
    if (llvm::Error E = writeBaseline(CL.WriteBaseline, All, Sources, SourceRoot))
      return fail(llvm::toString(std::move(E)));
    if (!CL.Quiet)
      llvm::errs() << "seniorlint: " << All.size() << " findings written to baseline "
                   << CL.WriteBaseline << '\n';
  }
  if (!CL.Baseline.empty()) {
    size_t Known = applyBaseline(All, Accepted, Sources, SourceRoot);
    if (!CL.Quiet)
      llvm::errs() << "seniorlint: " << Known << " findings accepted by baseline " << CL.Baseline
                   << '\n';
  }
  if (Changed)
    keepChangedLines(All, *Changed);

  std::vector<Failure> Failures;
  for (const TUResult &R : Results)
    if (R.Failed) {
      Failures.push_back({R.File, R.Errors});
      llvm::WithColor::error(llvm::errs(), "seniorlint") << "could not analyse " << R.File << ":\n";
      for (const std::string &E : R.Errors)
        llvm::errs() << "  " << E << '\n';
    }

  Severity FailOn;
  parseSeverity(CL.FailOn, FailOn);
  long long Failing = std::count_if(All.begin(), All.end(),
                                    [&](const Finding &F) { return F.Level >= FailOn; });
  int Exit = !Failures.empty()        ? ExitPartialFailure
             : Failing > CL.MaxFindings ? ExitFindings
                                        : ExitClean;
  if (!CL.WriteBaseline.empty() && Exit == ExitFindings)
    Exit = ExitClean; // the findings were just accepted

  RunReport Report{C, Links, Sources, std::move(All), std::move(Failures), Results.size(),
                   absolute(CL.SourceRoot.empty() ? "." : CL.SourceRoot), Exit, !CL.Quiet};
  for (const CommandLine::Output &O : Outputs) {
    const ReportFormat *Format = findReportFormat(O.Format);
    if (O.File.empty()) {
      Format->Write(Report, llvm::outs());
      continue;
    }
    std::error_code EC;
    llvm::raw_fd_ostream File(O.File, EC);
    if (EC)
      return fail("cannot write " + O.File + ": " + EC.message());
    Format->Write(Report, File);
  }
  llvm::outs().flush();

  // Fixes last: the reports above quote the code as it was analysed.
  if (!CL.ExportFixes.empty()) {
    std::error_code EC;
    llvm::raw_fd_ostream File(CL.ExportFixes, EC);
    if (EC)
      return fail("cannot write " + CL.ExportFixes + ": " + EC.message());
    exportFixes(Report.Findings, Selection.size() == 1 ? Selection.front().File : "", Sources,
                File, llvm::errs());
  }
  if (CL.Fix) {
    FixOutcome Fixed = applyFixes(Report.Findings, llvm::errs());
    llvm::errs() << llvm::formatv("seniorlint: applied {0} fix{1} in {2} file{3}", Fixed.Applied,
                                  Fixed.Applied == 1 ? "" : "es", Fixed.Files,
                                  Fixed.Files == 1 ? "" : "s")
                 << (Fixed.Skipped ? llvm::formatv(", skipped {0}", Fixed.Skipped).str() : "")
                 << '\n';
    if (Fixed.FailedFiles)
      return ExitUsageError;
  }
  return Exit;
}

} // namespace seniorlint
