// GitLab Code Quality: the subset of CodeClimate issues GitLab reads, checked against
// tests/schemas/gitlab-codequality.json. GitLab shows the issues in the merge request
// and tells new from fixed ones by fingerprint, so a fingerprint must be unique in the
// report and stay the same while the flagged code does.
#include "Fingerprint.h"
#include "Report.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MD5.h"

namespace seniorlint {
namespace {

using llvm::json::Array;
using llvm::json::Object;

// GitLab's scale is info, minor, major, critical, blocker. Findings use the middle
// and bottom; blocker is kept for files that were not analysed at all.
const char *gitlabSeverity(Severity S) {
  return bySeverity(S, "critical", "major", "info");
}

// One of CodeClimate's fixed categories, from the tip the rule enforces.
const char *category(const RuleInfo *Rule) {
  if (!Rule)
    return "Bug Risk";
  if (Rule->Tip == "security" || !Rule->Owasp.empty())
    return "Security";
  if (Rule->Tip == "performance")
    return "Performance";
  if (Rule->Tip == "design")
    return "Complexity";
  if (Rule->Tip == "docs")
    return "Clarity";
  return "Bug Risk";
}

// GitLab's examples and most tools use an MD5 in hex; any string is accepted.
std::string md5Hex(llvm::StringRef Text) {
  llvm::MD5 Hash;
  Hash.update(Text);
  llvm::MD5::MD5Result Result;
  Hash.final(Result);
  return Result.digest().str().str();
}

// One Code Quality issue. Strings are owned: a json::Value made from a StringRef only
// borrows it.
struct Issue {
  std::string CheckName, Description;
  const char *Severity, *Category;
  std::string Fingerprint, Path;
  unsigned Line;

  Object toJson() && {
    return Object{{"type", "issue"},
                  {"check_name", std::move(CheckName)},
                  {"description", std::move(Description)},
                  {"categories", Array{Category}},
                  {"severity", Severity},
                  {"fingerprint", std::move(Fingerprint)},
                  {"location", Object{{"path", std::move(Path)},
                                      {"lines", Object{{"begin", Line}}}}}};
  }
};

} // namespace

void writeGitlab(const RunReport &R, llvm::raw_ostream &OS) {
  std::vector<std::string> Fingerprints = uniqueFingerprints(R.Findings, R.Sources);
  llvm::StringSet<> Used;
  Array Issues;
  for (size_t I = 0; I < R.Findings.size(); ++I) {
    const Finding &F = R.Findings[I];
    std::string Path = R.relativePath(F.Where.File);
    // The code-based fingerprint survives moves and renames; identical code flagged in
    // two files is told apart by its path.
    std::string Fingerprint = md5Hex(Fingerprints[I]);
    if (!Used.insert(Fingerprint).second) {
      Fingerprint = md5Hex(Fingerprints[I] + "\n" + Path);
      Used.insert(Fingerprint);
    }
    const RuleInfo *Rule = R.Rules.findRule(F.RuleId);
    // The merge request widget shows the description but not always the check name.
    Issues.push_back(Issue{F.RuleId, F.Message + " [" + F.RuleId + "]", gitlabSeverity(F.Level),
                           category(Rule), std::move(Fingerprint), std::move(Path), F.Where.Line}
                         .toJson());
  }
  // Code Quality has no place for tool errors; a file that was not analysed is reported
  // as an issue of its own so that the merge request does not look clean.
  for (const Failure &F : R.Failures) {
    std::string Path = R.relativePath(F.File);
    std::string Description = "seniorlint could not analyse this file: " +
                              llvm::join(F.Errors, "; ");
    Issues.push_back(Issue{"seniorlint-analysis-failed", Description, "blocker", "Bug Risk",
                           md5Hex("seniorlint-analysis-failed\n" + Path), std::move(Path), 1}
                         .toJson());
  }
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Issues))) << '\n';
}

} // namespace seniorlint
