#include "TextReporter.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include <set>

namespace seniorlint {

using Colors = llvm::raw_ostream::Colors;

static Colors severityColor(Severity S) {
  switch (S) {
  case Severity::Error:
    return Colors::RED;
  case Severity::Warning:
    return Colors::MAGENTA;
  case Severity::Info:
    return Colors::CYAN;
  }
  return Colors::MAGENTA;
}

TextReporter::TextReporter(llvm::raw_ostream &OS, const Catalogue &C, const DocLinks &Links)
    : OS(OS), C(C), Links(Links) {}

std::string TextReporter::displayPath(llvm::StringRef Path) {
  llvm::SmallString<256> Cwd;
  if (!llvm::sys::fs::current_path(Cwd)) {
    Cwd += "/";
    if (Path.starts_with(Cwd))
      return Path.drop_front(Cwd.size()).str();
  }
  return Path.str();
}

llvm::StringRef TextReporter::line(const std::string &File, unsigned Line) {
  auto &Buffer = Files[File];
  if (!Buffer) {
    auto Loaded = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
    if (!Loaded)
      return "";
    Buffer = std::move(*Loaded);
  }
  llvm::StringRef Text = Buffer->getBuffer();
  for (unsigned I = 1; I < Line && !Text.empty(); ++I)
    Text = Text.split('\n').second;
  return Text.split('\n').first.rtrim("\r");
}

void TextReporter::location(const SourcePosition &P) {
  OS.changeColor(Colors::SAVEDCOLOR, /*Bold=*/true);
  OS << displayPath(P.File) << ':' << P.Line << ':' << P.Column << ": ";
  OS.resetColor();
}

void TextReporter::sourceLine(const SourcePosition &P) {
  llvm::StringRef Text = line(P.File, P.Line);
  if (Text.empty())
    return;
  std::string Gutter = llvm::formatv("{0,5} | ", P.Line).str();
  OS << Gutter << Text << '\n' << std::string(Gutter.size() - 2, ' ') << "| ";
  // Keep tabs so the caret lines up with the source line in any tab width.
  for (unsigned I = 1; I < P.Column && I <= Text.size(); ++I)
    OS << (Text[I - 1] == '\t' ? '\t' : ' ');
  OS.changeColor(Colors::GREEN, true) << '^';
  OS.resetColor() << '\n';
}

void TextReporter::report(const Finding &F) {
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
  if (const RuleInfo *R = C.findRule(F.RuleId)) {
    const TipInfo *T = C.findTip(R->Tip);
    OS << "      = rule: " << Links.rule(*R) << '\n';
    if (T)
      OS << "      = tip " << T->Number << ": " << T->Title << ": " << Links.tip(*T) << '\n';
  }
}

void TextReporter::summary(const std::vector<Finding> &All, size_t TUs, size_t FailedTUs) {
  unsigned Counts[3] = {0, 0, 0};
  std::set<std::string> FilesWithFindings;
  for (const Finding &F : All) {
    ++Counts[static_cast<int>(F.Level)];
    FilesWithFindings.insert(F.Where.File);
  }
  auto Plural = [](unsigned N, const char *Word) {
    return llvm::formatv("{0} {1}{2}", N, Word, N == 1 ? "" : "s").str();
  };
  OS << Plural(Counts[2], "error") << ", " << Plural(Counts[1], "warning") << ", "
     << Plural(Counts[0], "info") << " in " << Plural(FilesWithFindings.size(), "file") << " ("
     << Plural(TUs, "translation unit") << " analysed";
  if (FailedTUs)
    OS << ", " << FailedTUs << " failed";
  OS << ")\n";
}

} // namespace seniorlint
