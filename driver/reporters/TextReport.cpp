// clang-style text: location, severity, message, [rule-id], the source line with a caret,
// notes, then links to the rule page and to the tip it enforces; a summary line last.
#include "Report.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include <set>

namespace seniorlint {
namespace {

using Colors = llvm::raw_ostream::Colors;

Colors severityColor(Severity S) {
  return bySeverity(S, Colors::RED, Colors::MAGENTA, Colors::CYAN);
}

// Below the working directory paths are shown relative to it, as compilers do.
std::string displayPath(llvm::StringRef Path) {
  llvm::SmallString<256> Cwd;
  if (!llvm::sys::fs::current_path(Cwd)) {
    Cwd += "/";
    if (Path.starts_with(Cwd))
      return Path.drop_front(Cwd.size()).str();
  }
  return Path.str();
}

class TextWriter {
public:
  TextWriter(const RunReport &R, llvm::raw_ostream &OS) : R(R), OS(OS) {}

  void finding(const Finding &F) {
    location(F.Where);
    OS.changeColor(severityColor(F.Level), true) << severityName(F.Level) << ": ";
    OS.changeColor(Colors::SAVEDCOLOR, true) << F.Message << " [" << F.RuleId << "]";
    OS.resetColor() << '\n';
    sourceLine(F.Where);
    for (const Note &N : F.Notes) {
      location(N.Where);
      OS.changeColor(Colors::BLACK, true) << "note: ";
      OS.resetColor() << N.Message << '\n';
      sourceLine(N.Where);
    }
    if (const RuleInfo *Rule = R.Rules.findRule(F.RuleId)) {
      OS << "      = rule: " << R.Links.rule(*Rule) << '\n';
      if (const TipInfo *T = R.Rules.findTip(Rule->Tip))
        OS << "      = tip " << T->Number << ": " << T->Title << ": " << R.Links.tip(*T) << '\n';
    }
  }

  void summary() {
    unsigned Counts[3] = {0, 0, 0};
    std::set<std::string> Files;
    for (const Finding &F : R.Findings) {
      ++Counts[static_cast<int>(F.Level)];
      Files.insert(F.Where.File);
    }
    auto Plural = [](size_t N, const char *Word) {
      return llvm::formatv("{0} {1}{2}", N, Word, N == 1 ? "" : "s").str();
    };
    OS << Plural(Counts[2], "error") << ", " << Plural(Counts[1], "warning") << ", "
       << Plural(Counts[0], "info") << " in " << Plural(Files.size(), "file") << " ("
       << Plural(R.TranslationUnits, "translation unit") << " analysed";
    if (!R.Failures.empty())
      OS << ", " << R.Failures.size() << " failed";
    OS << ")\n";
  }

private:
  void location(const SourcePosition &P) {
    OS.changeColor(Colors::SAVEDCOLOR, /*Bold=*/true);
    OS << displayPath(P.File) << ':' << P.Line << ':' << P.Column << ": ";
    OS.resetColor();
  }

  void sourceLine(const SourcePosition &P) {
    llvm::StringRef Text = R.Sources.line(P.File, P.Line);
    if (Text.empty())
      return;
    std::string Gutter = llvm::formatv("{0,5} | ", P.Line).str();
    OS << Gutter << Text << '\n' << std::string(Gutter.size() - 2, ' ') << "| ";
    // Tabs are kept so the caret lines up whatever the tab width.
    for (unsigned I = 1; I < P.Column && I <= Text.size(); ++I)
      OS << (Text[I - 1] == '\t' ? '\t' : ' ');
    OS.changeColor(Colors::GREEN, true) << '^';
    OS.resetColor() << '\n';
  }

  const RunReport &R;
  llvm::raw_ostream &OS;
};

} // namespace

void writeText(const RunReport &R, llvm::raw_ostream &OS) {
  TextWriter W(R, OS);
  for (const Finding &F : R.Findings)
    W.finding(F);
  if (R.Summary)
    W.summary();
}

} // namespace seniorlint
