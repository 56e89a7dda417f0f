// GitHub Actions workflow commands, one line per finding
// (::error file=src/a.cpp,line=3,col=10,title=rule-id::message (rule URL)), which the
// runner turns into annotations on the pull request's diff. GitHub shows only the first
// few annotations of each level per step: for many findings upload SARIF instead.
#include "Report.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

namespace seniorlint {
namespace {

// GitHub's escaping for a command's message: a line break would end the command.
std::string escapeData(llvm::StringRef Text) {
  std::string Out;
  for (char C : Text) {
    if (C == '%')
      Out += "%25";
    else if (C == '\r')
      Out += "%0D";
    else if (C == '\n')
      Out += "%0A";
    else
      Out += C;
  }
  return Out;
}

// Property values also escape the separators of the property list.
std::string escapeProperty(llvm::StringRef Text) {
  std::string Out;
  for (char C : escapeData(Text)) {
    if (C == ':')
      Out += "%3A";
    else if (C == ',')
      Out += "%2C";
    else
      Out += C;
  }
  return Out;
}

const char *command(Severity S) {
  return bySeverity(S, "error", "warning", "notice");
}

// The message: the finding, the rule's page, then the notes on lines of their own, as
// an annotation has a single location.
std::string message(const RunReport &R, const Finding &F) {
  std::string Text = F.Message;
  if (const RuleInfo *Rule = R.Rules.findRule(F.RuleId))
    Text += " (" + R.Links.rule(*Rule) + ")";
  for (const Note &N : F.Notes)
    Text += llvm::formatv("\n{0}:{1}:{2}: note: {3}", R.relativePath(N.Where.File),
                          N.Where.Line, N.Where.Column, N.Message)
                .str();
  return Text;
}

} // namespace

void writeGithub(const RunReport &R, llvm::raw_ostream &OS) {
  for (const Finding &F : R.Findings)
    OS << "::" << command(F.Level) << " file=" << escapeProperty(R.relativePath(F.Where.File))
       << ",line=" << F.Where.Line << ",col=" << F.Where.Column
       << ",title=" << escapeProperty(F.RuleId) << "::" << escapeData(message(R, F)) << '\n';
  for (const Failure &F : R.Failures)
    OS << "::error file=" << escapeProperty(R.relativePath(F.File))
       << ",title=" << escapeProperty("seniorlint: analysis failed")
       << "::" << escapeData(llvm::join(F.Errors, "\n")) << '\n';
}

} // namespace seniorlint
