// A self-contained HTML page to read in a browser or keep as a CI artifact: counts per
// severity, findings grouped by tip and then by rule, each with its location, notes and
// a code excerpt, and the translation units that could not be analysed. CSS is inline
// and nothing is loaded from elsewhere, so the page works offline and from an archive.
// The markup is also well-formed XML, so xmllint can check it in either mode.
#include "Markup.h"
#include "Report.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include <climits>
#include <map>
#include <set>

namespace seniorlint {
namespace {

constexpr llvm::StringLiteral Style = R"(
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 70em; padding: 0 1em; color: #222; }
h2 { border-bottom: 1px solid #ccc; margin-top: 2em; }
a { color: #0645ad; }
code, .code { font: 13px/1.4 ui-monospace, monospace; }
table.summary td, table.summary th { padding: .2em 1em; text-align: left; }
.error { color: #b00020; } .warning { color: #9a5b00; } .info { color: #0b6e99; }
.finding { border-left: 4px solid #ccc; margin: 1em 0; padding: .2em 1em; }
.finding.error { border-color: #b00020; } .finding.warning { border-color: #e0a000; }
.finding.info { border-color: #0b6e99; }
.message { color: #222; }
.code { background: #f6f8fa; overflow-x: auto; padding: .4em 0; }
.line { white-space: pre; padding: 0 .8em; }
.line.hit { background: #fff1b8; }
.ln { color: #888; display: inline-block; min-width: 4em; text-align: right; margin-right: 1em; }
.cwe { font-size: 90%; }
)";

// Lines of the excerpt on either side of the finding's line.
constexpr unsigned Context = 2;

std::string text(llvm::StringRef S) { return escapeMarkup(S); }
std::string attr(llvm::StringRef S) { return escapeMarkup(S, /*Attribute=*/true); }

std::string plural(size_t N, llvm::StringRef Word) {
  return llvm::formatv("{0} {1}{2}", N, Word, N == 1 ? "" : "s").str();
}

class HtmlWriter {
public:
  HtmlWriter(const RunReport &R, llvm::raw_ostream &OS) : R(R), OS(OS) {}

  void write() {
    std::string Project = llvm::sys::path::filename(R.SourceRoot).str();
    if (Project.empty()) // the root directory, or a path ending in '/'
      Project = R.SourceRoot;
    OS << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
       << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
       << "<title>seniorlint report: " << text(Project) << "</title>\n<style>" << Style
       << "</style>\n</head>\n<body>\n<h1>seniorlint report: " << text(Project) << "</h1>\n";
    summary();
    findings();
    failures();
    OS << "</body>\n</html>\n";
  }

private:
  void summary() {
    size_t Counts[3] = {0, 0, 0};
    std::set<std::string> Files;
    for (const Finding &F : R.Findings) {
      ++Counts[static_cast<int>(F.Level)];
      Files.insert(F.Where.File);
    }
    OS << "<p>seniorlint " << SENIORLINT_VERSION << " analysed "
       << plural(R.TranslationUnits, "translation unit") << " in <code>"
       << text(R.SourceRoot) << "</code>.</p>\n<table class=\"summary\">\n"
       << "<tr><th class=\"error\">Errors</th><th class=\"warning\">Warnings</th>"
       << "<th class=\"info\">Infos</th><th>Files</th><th>Failed translation units</th></tr>\n"
       << llvm::formatv("<tr><td>{0}</td><td>{1}</td><td>{2}</td><td>{3}</td><td>{4}</td></tr>\n",
                        Counts[2], Counts[1], Counts[0], Files.size(), R.Failures.size())
       << "</table>\n";
    if (R.Findings.empty())
      OS << "<p>No findings.</p>\n";
  }

  // By tip number then catalogue order; rules missing from the catalogue come last.
  void findings() {
    std::map<std::pair<int, std::string>, std::vector<const Finding *>> ByRule;
    for (const Finding &F : R.Findings) {
      const RuleInfo *Rule = R.Rules.findRule(F.RuleId);
      const TipInfo *Tip = Rule ? R.Rules.findTip(Rule->Tip) : nullptr;
      ByRule[{Tip ? Tip->Number : INT_MAX, F.RuleId}].push_back(&F);
    }
    int CurrentTip = 0;
    for (const auto &[Key, Findings] : ByRule) {
      const RuleInfo *Rule = R.Rules.findRule(Key.second);
      if (Key.first != CurrentTip) {
        CurrentTip = Key.first;
        tipHeading(Rule ? R.Rules.findTip(Rule->Tip) : nullptr);
      }
      ruleHeading(Key.second, Rule);
      for (const Finding *F : Findings)
        finding(*F);
    }
  }

  void tipHeading(const TipInfo *Tip) {
    if (!Tip) {
      OS << "<h2 id=\"other\">Other findings</h2>\n";
      return;
    }
    OS << llvm::formatv("<h2 id=\"tip-{0}\"><a href=\"{1}\">Tip {0}: {2}</a></h2>\n",
                        Tip->Number, attr(R.Links.tip(*Tip)), text(Tip->Title));
  }

  void ruleHeading(llvm::StringRef Id, const RuleInfo *Rule) {
    if (!Rule) {
      OS << "<h3 id=\"rule-" << attr(Id) << "\">" << text(Id) << "</h3>\n";
      return;
    }
    OS << llvm::formatv("<h3 id=\"rule-{0}\"><a href=\"{1}\">{2}</a>: {3}</h3>\n", attr(Id),
                        attr(R.Links.rule(*Rule)), text(Id), text(Rule->Title));
    if (Rule->Cwe.empty())
      return;
    OS << "<p class=\"cwe\">";
    for (int Cwe : Rule->Cwe)
      OS << llvm::formatv("<a href=\"https://cwe.mitre.org/data/definitions/{0}.html\">"
                          "CWE-{0}</a> ",
                          Cwe);
    OS << "</p>\n";
  }

  std::string position(const SourcePosition &P) {
    return text(llvm::formatv("{0}:{1}:{2}", R.relativePath(P.File), P.Line, P.Column).str());
  }

  void finding(const Finding &F) {
    const char *Level = severityName(F.Level);
    OS << "<div class=\"finding " << Level << "\">\n<p><code>" << position(F.Where)
       << "</code> <strong class=\"" << Level << "\">" << Level
       << "</strong> <span class=\"message\">" << text(F.Message) << "</span></p>\n";
    excerpt(F.Where);
    if (!F.Notes.empty()) {
      OS << "<ul>\n";
      for (const Note &N : F.Notes)
        OS << "<li><code>" << position(N.Where) << "</code> note: " << text(N.Message)
           << "</li>\n";
      OS << "</ul>\n";
    }
    OS << "</div>\n";
  }

  unsigned lineCount(const std::string &File) {
    auto [It, Inserted] = LineCounts.try_emplace(File, 0);
    if (Inserted) {
      llvm::StringRef Text = R.Sources.text(File);
      It->second = Text.count('\n') + (!Text.empty() && !Text.ends_with("\n"));
    }
    return It->second;
  }

  // The source around the finding, read after the analysis: skipped when the file is gone.
  void excerpt(const SourcePosition &P) {
    unsigned Last = std::min(P.Line + Context, lineCount(P.File));
    if (P.Line == 0 || P.Line > Last)
      return;
    OS << "<div class=\"code\">\n";
    for (unsigned L = P.Line > Context ? P.Line - Context : 1; L <= Last; ++L)
      OS << "<div class=\"line" << (L == P.Line ? " hit" : "") << "\"><span class=\"ln\">" << L
         << "</span>" << text(R.Sources.line(P.File, L)) << "</div>\n";
    OS << "</div>\n";
  }

  void failures() {
    if (R.Failures.empty())
      return;
    OS << "<h2 id=\"failures\">Translation units that could not be analysed</h2>\n"
       << "<p>Their findings are missing from this report.</p>\n";
    for (const Failure &F : R.Failures)
      OS << "<div class=\"finding error\">\n<p><code>" << text(R.relativePath(F.File))
         << "</code></p>\n<pre>" << text(llvm::join(F.Errors, "\n")) << "</pre>\n</div>\n";
  }

  const RunReport &R;
  llvm::raw_ostream &OS;
  std::map<std::string, unsigned> LineCounts;
};

} // namespace

void writeHtml(const RunReport &R, llvm::raw_ostream &OS) { HtmlWriter(R, OS).write(); }

} // namespace seniorlint
