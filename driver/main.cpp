// seniorlint: senior back-end practices as checkable rules for C and C++.
#include "Catalogue.h"
#include "CheckRegistry.h"
#include "CheckSelection.h"
#include "CommandLine.h"
#include "DocLinks.h"
#include "EmbeddedFiles.h"
#include "ExitCodes.h"
#include "Merge.h"
#include "Run.h"
#include "clang/Basic/Version.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>

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
    if (!CheckRegistry::all().count(R.Id) && !isDriverRule(R.Id))
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
        OS << llvm::formatv("  {0,-36} {1,-7} {2}{3}\n", R.Id, severityName(R.DefaultSeverity),
                            R.Title, R.EnabledByDefault ? "" : " (off by default)");
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
  OS << "  severity: " << severityName(R->DefaultSeverity)
     << (R->EnabledByDefault ? "" : " (off by default: enable it with --checks)") << "\n";
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

} // namespace

int main(int Argc, const char **Argv) {
  if (Argc > 1 && llvm::StringRef(Argv[1]) == "merge")
    return runMerge(Argc, Argv);
  auto CL = parseCommandLine(Argc, Argv);
  if (!CL)
    return fail(llvm::toString(CL.takeError()));

  // auto: colour only on a terminal, and never when NO_COLOR is set (no-color.org).
  for (llvm::raw_ostream *OS : {&llvm::outs(), &llvm::errs()})
    OS->enable_colors(CL->Color == ColorMode::Always ||
                      (CL->Color == ColorMode::Auto && OS->is_displayed() && OS->has_colors() &&
                       !std::getenv("NO_COLOR")));

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

  if (CL->Do == CommandLine::Action::DumpConfig)
    return dumpConfig(*CL, *C);
  return runAnalysis(*CL, *C, Argv[0]);
}
