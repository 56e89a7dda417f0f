// seniorlint's own JSON, a stable schema documented in docs/json-format.md.
#include "Fingerprint.h"
#include "Report.h"
#include "clang/Basic/Version.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

namespace seniorlint {

using llvm::json::Array;
using llvm::json::Object;

void writeJson(const RunReport &R, llvm::raw_ostream &OS) {
  auto Position = [&](const SourcePosition &P) {
    return Object{{"file", R.relativePath(P.File)}, {"line", P.Line}, {"column", P.Column}};
  };
  std::vector<std::string> Fingerprints = uniqueFingerprints(R.Findings, R.Sources);
  Array Findings;
  for (size_t I = 0; I < R.Findings.size(); ++I) {
    const Finding &F = R.Findings[I];
    Object Out = Position(F.Where);
    Out["rule"] = F.RuleId;
    Out["severity"] = severityName(F.Level);
    Out["message"] = F.Message;
    Out["fingerprint"] = Fingerprints[I];
    if (const RuleInfo *Rule = R.Rules.findRule(F.RuleId)) {
      const TipInfo *Tip = R.Rules.findTip(Rule->Tip);
      Out["ruleUrl"] = R.Links.rule(*Rule);
      Out["tip"] = Object{{"id", Tip->Id}, {"number", Tip->Number}, {"title", Tip->Title},
                          {"url", R.Links.tip(*Tip)}};
      Array Cwe;
      for (int C : Rule->Cwe)
        Cwe.push_back(C);
      Out["cwe"] = std::move(Cwe);
    }
    Array Notes;
    for (const Note &N : F.Notes) {
      Object J = Position(N.Where);
      J["message"] = N.Message;
      Notes.push_back(std::move(J));
    }
    Out["notes"] = std::move(Notes);
    Array Fixes;
    for (const FixIt &Fix : F.Fixes)
      Fixes.push_back(Object{{"file", R.relativePath(Fix.File)},
                             {"offset", Fix.Offset},
                             {"length", Fix.Length},
                             {"replacement", Fix.Replacement}});
    Out["fixes"] = std::move(Fixes);
    Findings.push_back(std::move(Out));
  }
  Array Failures;
  for (const Failure &F : R.Failures) {
    Array Errors;
    for (const std::string &E : F.Errors)
      Errors.push_back(E);
    Failures.push_back(Object{{"file", R.relativePath(F.File)}, {"errors", std::move(Errors)}});
  }
  Object Doc{{"schemaVersion", 1},
             {"tool", Object{{"name", "seniorlint"},
                             {"version", SENIORLINT_VERSION},
                             {"clang", clang::getClangFullVersion()}}},
             {"sourceRoot", R.SourceRoot},
             {"exitCode", R.ExitCode},
             {"translationUnits", R.TranslationUnits},
             {"findings", std::move(Findings)},
             {"failures", std::move(Failures)}};
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Doc))) << '\n';
}

} // namespace seniorlint
