#include "FindingSink.h"
#include <algorithm>
#include "llvm/Support/Path.h"

namespace seniorlint {

bool FindingSink::isReportable(const clang::SourceManager &SM, clang::SourceLocation Loc) const {
  if (Loc.isInvalid())
    return false;
  clang::SourceLocation Expansion = SM.getExpansionLoc(Loc);
  return !SM.isInSystemHeader(Expansion) && SM.getFileEntryRefForID(SM.getFileID(Expansion));
}

std::string FindingSink::absolutePath(const clang::SourceManager &SM, llvm::StringRef Name) {
  // Relative to the TU's directory (the file manager's), not the process's.
  llvm::SmallString<256> Path(Name);
  SM.getFileManager().makeAbsolutePath(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return Path.str().str();
}

std::optional<SourcePosition> FindingSink::position(const clang::SourceManager &SM,
                                                    clang::SourceLocation Loc) {
  if (Loc.isInvalid())
    return std::nullopt;
  clang::SourceLocation Expansion = SM.getExpansionLoc(Loc);
  auto Entry = SM.getFileEntryRefForID(SM.getFileID(Expansion));
  if (!Entry)
    return std::nullopt;
  SourcePosition Pos;
  Pos.File = absolutePath(SM, Entry->getName());
  Pos.Line = SM.getExpansionLineNumber(Expansion);
  Pos.Column = SM.getExpansionColumnNumber(Expansion);
  return Pos;
}

std::vector<Finding> FindingSink::take() {
  std::sort(Findings.begin(), Findings.end());
  Findings.erase(std::unique(Findings.begin(), Findings.end()), Findings.end());
  return std::move(Findings);
}

} // namespace seniorlint
