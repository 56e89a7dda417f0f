// seniorlint: senior back-end practices as checkable rules for C and C++.
#include "Analyzer.h"
#include "Catalogue.h"
#include "CheckRegistry.h"
#include "CheckSelection.h"
#include "CommandLine.h"
#include "CompileDatabase.h"
#include "DocLinks.h"
#include "EmbeddedFiles.h"
#include "ExitCodes.h"
#include "TextReporter.h"
#include "clang/Basic/Version.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <set>

using namespace seniorlint;

namespace {

int fail(const llvm::Twine &Message, int Code = ExitUsageError) {
  llvm::WithColor::error(llvm::errs(), "seniorlint") << Message << '\n';
  return Code;
}

// The catalogue and the compiled-in checks must agree; a mismatch is a build defect.
llvm::Error verifyRegistry(const Catalogue &C) {
  std::string Problems;
  for (const RuleInfo &R : C.rules())
    if (!CheckRegistry::all().count(R.Id))
      Problems += "\n  rule '" + R.Id + "' is in the catalogue but has no check";
  for (const auto &Entry : CheckRegistry::all())
    if (!C.findRule(Entry.first))
      Problems += "\n  check '" + Entry.first + "' is not in the catalogue";
  if (Problems.empty())
    return llvm::Error::success();
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "internal error: catalogue and checks disagree:" + Problems);
}

void listRules(const Catalogue &C, const DocLinks &Links) {
  llvm::raw_ostream &OS = llvm::outs();
  for (const TipInfo &T : C.tips()) {
    OS << "tip " << T.Number << ": " << T.Title << " [" << T.Id << "]\n";
    bool Any = false;
    for (const RuleInfo &R : C.rules())
      if (R.Tip == T.Id) {
        OS << llvm::formatv("  {0,-36} {1,-7} {2}\n", R.Id, severityName(R.DefaultSeverity), R.Title);
        Any = true;
      }
    if (!Any)
      OS << "  (no rules yet)\n";
  }
}

int explain(const Catalogue &C, const DocLinks &Links, llvm::StringRef Id) {
  const RuleInfo *R = C.findRule(Id);
  if (!R) {
    std::string Suggestion = suggestRule(C, Id);
    return fail("unknown rule '" + Id + "'" +
                (Suggestion.empty() ? "" : "; did you mean '" + Suggestion + "'?") +
                " (seniorlint --list-rules shows them all)");
  }
  const TipInfo *T = C.findTip(R->Tip);
  llvm::raw_ostream &OS = llvm::outs();
  OS << R->Id << ": " << R->Title << "\n\n";
  OS << "  tip:      " << T->Number << ". " << T->Title << " (" << Links.tip(*T) << ")\n";
  OS << "  severity: " << severityName(R->DefaultSeverity) << "\n";
  if (!R->Cwe.empty()) {
    OS << "  CWE:     ";
    for (int Cwe : R->Cwe)
      OS << " CWE-" << Cwe;
    OS << "\n";
  }
  for (const std::string &O : R->Owasp)
    OS << "  OWASP:    " << O << "\n";
  OS << "  fix-it:   " << (R->HasFix ? "yes" : "no") << "\n";
  for (const OptionInfo &O : R->Options)
    OS << "  option:   " << O.Name << " (default '" << O.Default << "'): " << O.Description << "\n";
  OS << "\n" << R->Rationale << "\n\n";
  // The doc page carries the bad and the good example.
  if (auto Doc = findEmbeddedFile(R->Doc))
    OS << *Doc << "\n";
  OS << "More: " << Links.rule(*R) << "\n";
  return ExitClean;
}

std::string defaultResourceDir() { return SENIORLINT_RESOURCE_DIR; }

} // namespace

int main(int Argc, const char **Argv) {
  auto CL = parseCommandLine(Argc, Argv);
  if (!CL)
    return fail(llvm::toString(CL.takeError()));

  if (CL->Color != ColorMode::Auto) {
    llvm::outs().enable_colors(CL->Color == ColorMode::Always);
    llvm::errs().enable_colors(CL->Color == ColorMode::Always);
  }

  if (CL->Do == CommandLine::Action::Help) {
    llvm::outs() << usageText();
    return ExitClean;
  }
  if (CL->Do == CommandLine::Action::Version) {
    llvm::outs() << "seniorlint " SENIORLINT_VERSION "\n" << clang::getClangFullVersion() << "\n";
    return ExitClean;
  }

  auto C = Catalogue::builtin();
  if (!C)
    return fail(llvm::toString(C.takeError()));
  if (llvm::Error E = verifyRegistry(*C))
    return fail(llvm::toString(std::move(E)));
  DocLinks Links(CL->DocsUrl.empty() ? DocLinks::defaultBase(Argv[0]) : CL->DocsUrl);

  if (CL->Do == CommandLine::Action::ListRules) {
    listRules(*C, Links);
    return ExitClean;
  }
  if (CL->Do == CommandLine::Action::Explain)
    return explain(*C, Links, CL->ExplainRule);

  auto Selected = selectRules(*C, CL->Checks);
  if (!Selected)
    return fail(llvm::toString(Selected.takeError()));
  if (Selected->empty())
    return fail("--checks='" + CL->Checks + "' disables every rule");

  std::string DbPath = CL->BuildPath;
  if (DbPath.empty()) {
    DbPath = findCompileDatabase(".");
    if (DbPath.empty())
      return fail("no compile_commands.json found in the working directory, its build/ folder "
                  "or their parents; generate one with CMake "
                  "(-DCMAKE_EXPORT_COMPILE_COMMANDS=ON) or Bear (bear -- make) and pass it "
                  "with -p <build dir>");
  }
  auto Jobs = loadCompileDatabase(DbPath);
  if (!Jobs)
    return fail(llvm::toString(Jobs.takeError()));

  std::vector<CompileJob> Selection;
  std::vector<TUResult> Results;
  if (CL->Files.empty()) {
    Selection = *Jobs;
  } else {
    for (const std::string &F : CL->Files) {
      llvm::SmallString<256> Abs(F);
      llvm::sys::fs::make_absolute(Abs);
      llvm::sys::path::remove_dots(Abs, true);
      auto It = std::find_if(Jobs->begin(), Jobs->end(),
                             [&](const CompileJob &J) { return J.File == Abs.str(); });
      if (It != Jobs->end()) {
        Selection.push_back(*It);
        continue;
      }
      TUResult Missing;
      Missing.File = Abs.str().str();
      Missing.Failed = true;
      Missing.Errors.push_back(F + ": error: not in the compilation database " + DbPath +
                               "; is it built by this project? (headers are analysed through "
                               "the sources that include them)");
      Results.push_back(std::move(Missing));
    }
  }

  std::vector<CheckContext> Enabled;
  for (const RuleInfo *R : *Selected) {
    CheckContext Ctx{R->Id, R->DefaultSeverity, {}};
    for (const OptionInfo &O : R->Options)
      Ctx.Options.set(O.Name, O.Default);
    Enabled.push_back(std::move(Ctx));
  }
  Analyzer A(std::move(Enabled), CL->ResourceDir.empty() ? defaultResourceDir() : CL->ResourceDir);
  unsigned Threads = CL->Jobs ? CL->Jobs : llvm::hardware_concurrency().compute_thread_count();
  for (TUResult &R : A.analyzeAll(Selection, Threads))
    Results.push_back(std::move(R));

  size_t Failed = 0;
  for (const TUResult &R : Results)
    if (R.Failed) {
      ++Failed;
      llvm::WithColor::error(llvm::errs(), "seniorlint")
          << "could not analyse " << TextReporter::displayPath(R.File) << ":\n";
      for (const std::string &E : R.Errors)
        llvm::errs() << "  " << E << '\n';
    }

  std::vector<Finding> All = mergeFindings(Results);
  TextReporter Text(llvm::outs(), *C, Links);
  for (const Finding &F : All)
    Text.report(F);
  Text.summary(All, Results.size(), Failed);
  llvm::outs().flush();
  if (Failed)
    return ExitPartialFailure;
  return All.empty() ? ExitClean : ExitFindings;
}
