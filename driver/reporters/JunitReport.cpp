// JUnit XML for the test report views of Jenkins, GitLab and other CI servers, valid
// against the Ant JUnit schema (tests/schemas/junit.xsd): one testsuite per rule with
// findings, a failed testcase per finding, an errored testcase per translation unit
// that could not be analysed, and on a clean run one passing testcase, so that CI shows
// green rather than "no tests".
#include "Markup.h"
#include "Report.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include <ctime>
#include <map>

namespace seniorlint {
namespace {

// The name of the suite that holds what is not a finding of a rule.
constexpr llvm::StringLiteral ToolSuite = "seniorlint";

std::string attr(llvm::StringRef Text) { return escapeMarkup(Text, /*Attribute=*/true); }

// The schema wants a timestamp without a time zone; UTC is the least surprising.
std::string timestampNow() {
  std::time_t Now = std::time(nullptr);
  std::tm Utc{};
  gmtime_r(&Now, &Utc); // reporters may run beside analysis threads: not gmtime()
  char Buffer[32];
  std::strftime(Buffer, sizeof(Buffer), "%Y-%m-%dT%H:%M:%S", &Utc);
  return Buffer;
}

class JunitWriter {
public:
  JunitWriter(const RunReport &R, llvm::raw_ostream &OS)
      : R(R), OS(OS), Timestamp(timestampNow()) {}

  void write() {
    std::map<std::string, std::vector<const Finding *>> ByRule;
    for (const Finding &F : R.Findings)
      ByRule[F.RuleId].push_back(&F);
    // No attributes on <testsuites>: the Ant schema allows none.
    OS << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
    for (const auto &[RuleId, Findings] : ByRule) {
      const RuleInfo *Rule = R.Rules.findRule(RuleId);
      openSuite(RuleId, Findings.size(), Findings.size(), 0);
      properties(Rule);
      for (const Finding *F : Findings)
        failedCase(*F, Rule);
      closeSuite();
    }
    if (!R.Failures.empty() || R.Findings.empty()) {
      size_t Cases = std::max<size_t>(R.Failures.size(), 1);
      openSuite(ToolSuite, Cases, 0, R.Failures.size());
      properties(nullptr);
      for (const Failure &F : R.Failures)
        erroredCase(F);
      if (R.Failures.empty())
        OS << "    <testcase name=\"" << ToolSuite << "\" classname=\"" << ToolSuite
           << "\" time=\"0\"/>\n";
      closeSuite();
    }
    OS << "</testsuites>\n";
  }

private:
  // Times are 0: findings are not timed, and a made-up duration would only be noise in
  // CI's trend charts.
  void openSuite(llvm::StringRef Name, size_t Tests, size_t Failures, size_t Errors) {
    OS << llvm::formatv("  <testsuite name=\"{0}\" package=\"seniorlint\" id=\"{1}\" "
                        "timestamp=\"{2}\" hostname=\"localhost\" tests=\"{3}\" "
                        "failures=\"{4}\" errors=\"{5}\" time=\"0\">\n",
                        attr(Name), SuiteId++, Timestamp, Tests, Failures, Errors);
  }

  void closeSuite() { OS << "    <system-out/>\n    <system-err/>\n  </testsuite>\n"; }

  void property(llvm::StringRef Name, llvm::StringRef Value) {
    OS << "      <property name=\"" << Name << "\" value=\"" << attr(Value) << "\"/>\n";
  }

  // Properties carry what a CI server can show beside the suite: the rule and its tip.
  void properties(const RuleInfo *Rule) {
    OS << "    <properties>\n";
    property("seniorlint.version", SENIORLINT_VERSION);
    if (Rule) {
      property("rule.title", Rule->Title);
      property("rule.url", R.Links.rule(*Rule));
      if (const TipInfo *Tip = R.Rules.findTip(Rule->Tip)) {
        property("tip", llvm::formatv("{0}: {1}", Tip->Number, Tip->Title).str());
        property("tip.url", R.Links.tip(*Tip));
      }
    }
    OS << "    </properties>\n";
  }

  std::string position(const SourcePosition &P) {
    return llvm::formatv("{0}:{1}:{2}", R.relativePath(P.File), P.Line, P.Column).str();
  }

  // The failure's text reads like the text format, as CI servers show it verbatim.
  std::string details(const Finding &F, const RuleInfo *Rule) {
    std::string Text = llvm::formatv("{0}: {1}: {2} [{3}]\n", position(F.Where),
                                     severityName(F.Level), F.Message, F.RuleId);
    llvm::StringRef Line = R.Sources.line(F.Where.File, F.Where.Line);
    if (!Line.empty())
      Text += llvm::formatv("{0,5} | {1}\n", F.Where.Line, Line).str();
    for (const Note &N : F.Notes)
      Text += position(N.Where) + ": note: " + N.Message + "\n";
    if (Rule) {
      Text += "rule: " + R.Links.rule(*Rule) + "\n";
      if (const TipInfo *Tip = R.Rules.findTip(Rule->Tip))
        Text += llvm::formatv("tip {0}: {1}: {2}\n", Tip->Number, Tip->Title, R.Links.tip(*Tip));
    }
    return Text;
  }

  void failedCase(const Finding &F, const RuleInfo *Rule) {
    OS << "    <testcase name=\"" << attr(position(F.Where)) << "\" classname=\""
       << attr(F.RuleId) << "\" time=\"0\">\n"
       << "      <failure message=\"" << attr(F.Message) << "\" type=\""
       << severityName(F.Level) << "\">" << escapeMarkup(details(F, Rule))
       << "</failure>\n    </testcase>\n";
  }

  void erroredCase(const Failure &F) {
    std::string Path = R.relativePath(F.File);
    OS << "    <testcase name=\"" << attr(Path) << "\" classname=\"" << ToolSuite
       << "\" time=\"0\">\n"
       << "      <error message=\"" << attr("could not analyse " + Path)
       << "\" type=\"analysis-failed\">" << escapeMarkup(llvm::join(F.Errors, "\n"))
       << "</error>\n    </testcase>\n";
  }

  const RunReport &R;
  llvm::raw_ostream &OS;
  std::string Timestamp;
  unsigned SuiteId = 0;
};

} // namespace

void writeJunit(const RunReport &R, llvm::raw_ostream &OS) { JunitWriter(R, OS).write(); }

} // namespace seniorlint
