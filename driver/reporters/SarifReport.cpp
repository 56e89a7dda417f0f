// SARIF 2.1.0 (OASIS), shaped for GitHub code scanning: every catalogue rule with its
// metadata and help, results with locations relative to %SRCROOT%, notes as related
// locations, fingerprints that survive unrelated edits, fixes, and an invocation that
// records the exit code and the translation units that failed.
#include "EmbeddedFiles.h"
#include "Fingerprint.h"
#include "Report.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

namespace seniorlint {
namespace {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

const char *sarifLevel(Severity S) {
  return bySeverity(S, "error", "warning", "note");
}

// GitHub ranks security alerts by this score (CVSS-like, as a string).
const char *securitySeverity(Severity S) {
  return bySeverity(S, "8.0", "5.5", "3.0");
}

bool isSecurityRule(const RuleInfo &R) { return R.Tip == "security" || !R.Owasp.empty(); }

std::string sentence(llvm::StringRef Text) {
  std::string S = Text.trim().str();
  if (!S.empty() && S.back() != '.' && S.back() != '?' && S.back() != '!')
    S += '.';
  return S;
}

std::string pascalCase(llvm::StringRef Id) {
  std::string Out;
  bool Upper = true;
  for (char C : Id) {
    if (C == '-') {
      Upper = true;
      continue;
    }
    Out += Upper ? llvm::toUpper(C) : C;
    Upper = false;
  }
  return Out;
}

std::string fileUri(llvm::StringRef Path, bool IsDirectory) {
  std::string Uri = "file://";
  for (char C : Path)
    Uri += (llvm::isAlnum(C) || llvm::StringRef("/-._~").contains(C))
               ? std::string(1, C)
               : llvm::formatv("%{0:X-2}", (unsigned char)C).str();
  if (IsDirectory && Uri.back() != '/')
    Uri += '/'; // SARIF requires base URIs to end with a slash
  return Uri;
}

class SarifBuilder {
public:
  explicit SarifBuilder(const RunReport &R) : R(R) {}

  Value build() {
    Array Rules;
    for (const RuleInfo &Rule : R.Rules.rules())
      Rules.push_back(rule(Rule));
    Array Results;
    std::vector<std::string> Fingerprints = uniqueFingerprints(R.Findings, R.Sources);
    for (size_t I = 0; I < R.Findings.size(); ++I)
      Results.push_back(result(R.Findings[I], Fingerprints[I]));

    Object Driver{{"name", "seniorlint"},
                  {"version", SENIORLINT_VERSION},
                  {"semanticVersion", SENIORLINT_VERSION},
                  {"informationUri", "https://github.com/seniorlint/seniorlint"},
                  {"rules", std::move(Rules)}};
    Object Run{{"tool", Object{{"driver", std::move(Driver)}}},
               {"originalUriBaseIds",
                Object{{"%SRCROOT%", Object{{"uri", fileUri(R.SourceRoot, /*IsDirectory=*/true)}}}}},
               {"columnKind", "utf16CodeUnits"},
               {"invocations", Array{invocation()}},
               {"results", std::move(Results)}};
    return Object{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                  {"version", "2.1.0"},
                  {"runs", Array{std::move(Run)}}};
  }

private:
  Value rule(const RuleInfo &Rule) {
    const TipInfo *Tip = R.Rules.findTip(Rule.Tip);
    Array Tags{Value("tip-" + std::to_string(Tip->Number) + "-" + Tip->Id)};
    if (isSecurityRule(Rule))
      Tags.push_back("security");
    for (int Cwe : Rule.Cwe)
      Tags.push_back("external/cwe/cwe-" + std::to_string(Cwe));
    Object Properties{{"tags", std::move(Tags)}, {"precision", "high"},
                      {"problem.severity", Rule.DefaultSeverity == Severity::Info
                                               ? "recommendation"
                                               : severityName(Rule.DefaultSeverity)}};
    if (isSecurityRule(Rule))
      Properties["security-severity"] = securitySeverity(Rule.DefaultSeverity);

    std::string Link = R.Links.rule(Rule);
    std::string Markdown = findEmbeddedFile(Rule.Doc).value_or("").str();
    if (Markdown.empty())
      Markdown = Rule.Rationale;
    return Object{
        {"id", Rule.Id},
        {"name", pascalCase(Rule.Id)},
        {"shortDescription", Object{{"text", sentence(Rule.Title)}}},
        {"fullDescription", Object{{"text", sentence(Rule.Rationale)}}},
        {"help", Object{{"text", sentence(Rule.Rationale) + " See " + Link},
                        {"markdown", std::move(Markdown)}}},
        {"helpUri", Link},
        {"defaultConfiguration", Object{{"level", sarifLevel(Rule.DefaultSeverity)}}},
        {"properties", std::move(Properties)}};
  }

  Object artifact(llvm::StringRef File) {
    std::string Rel = R.relativePath(File);
    if (Rel == File) // outside the source root: an absolute URI
      return Object{{"uri", fileUri(File, /*IsDirectory=*/false)}};
    return Object{{"uri", Rel}, {"uriBaseId", "%SRCROOT%"}};
  }

  // Clang counts columns in bytes; SARIF (and GitHub) in UTF-16 code units.
  static unsigned utf16Column(llvm::StringRef Line, unsigned ByteColumn) {
    unsigned Units = 1;
    for (size_t I = 0; I + 1 < ByteColumn && I < Line.size(); ++I) {
      unsigned char C = Line[I];
      if ((C & 0xC0) == 0x80)
        continue;               // continuation byte
      Units += C >= 0xF0 ? 2 : 1; // 4-byte sequences are surrogate pairs
    }
    return Units;
  }

  Object location(const SourcePosition &P) {
    llvm::StringRef Line = R.Sources.line(P.File, P.Line);
    Object Region{{"startLine", P.Line}, {"startColumn", utf16Column(Line, P.Column)}};
    if (!Line.empty())
      Region["snippet"] = Object{{"text", Line.str()}};
    return Object{{"physicalLocation",
                   Object{{"artifactLocation", artifact(P.File)}, {"region", std::move(Region)}}}};
  }

  Value result(const Finding &F, const std::string &Fingerprint) {
    size_t RuleIndex = 0;
    for (; RuleIndex < R.Rules.rules().size(); ++RuleIndex)
      if (R.Rules.rules()[RuleIndex].Id == F.RuleId)
        break;
    Object Result{{"ruleId", F.RuleId},
                  {"ruleIndex", RuleIndex},
                  {"level", sarifLevel(F.Level)},
                  {"message", Object{{"text", sentence(F.Message)}}},
                  {"locations", Array{location(F.Where)}},
                  {"partialFingerprints", Object{{"seniorlint/v1", Fingerprint}}}};
    if (!F.Notes.empty()) {
      Array Related;
      for (size_t I = 0; I < F.Notes.size(); ++I) {
        Object L = location(F.Notes[I].Where);
        L["id"] = I + 1;
        L["message"] = Object{{"text", sentence(F.Notes[I].Message)}};
        Related.push_back(std::move(L));
      }
      Result["relatedLocations"] = std::move(Related);
    }
    if (!F.Fixes.empty()) {
      Array Changes;
      for (const FixIt &Fix : F.Fixes)
        Changes.push_back(Object{
            {"artifactLocation", artifact(Fix.File)},
            {"replacements",
             Array{Object{{"deletedRegion",
                           Object{{"charOffset", Fix.Offset}, {"charLength", Fix.Length}}},
                          {"insertedContent", Object{{"text", Fix.Replacement}}}}}}});
      Result["fixes"] = Array{Object{{"description", Object{{"text", "Apply the suggested fix."}}},
                                     {"artifactChanges", std::move(Changes)}}};
    }
    return Result;
  }

  Value invocation() {
    Array Notifications;
    for (const Failure &F : R.Failures)
      Notifications.push_back(Object{
          {"level", "error"},
          {"message", Object{{"text", sentence("Could not analyse " + R.relativePath(F.File) + ": " +
                                               llvm::join(F.Errors, "; "))}}},
          {"locations", Array{Object{{"physicalLocation",
                                      Object{{"artifactLocation", artifact(F.File)}}}}}}});
    return Object{{"executionSuccessful", R.ExitCode < 2},
                  {"exitCode", R.ExitCode},
                  {"toolExecutionNotifications", std::move(Notifications)}};
  }

  const RunReport &R;
};

} // namespace

void writeSarif(const RunReport &R, llvm::raw_ostream &OS) {
  OS << llvm::formatv("{0:2}", SarifBuilder(R).build()) << '\n';
}

} // namespace seniorlint
