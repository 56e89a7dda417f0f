#include "FindingSink.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace seniorlint {

bool FindingSink::isReportable(const clang::SourceManager &SM, clang::SourceLocation Loc) const {
  if (Loc.isInvalid())
    return false;
  clang::SourceLocation Expansion = SM.getExpansionLoc(Loc);
  return !SM.isInSystemHeader(Expansion) && SM.getFileEntryRefForID(SM.getFileID(Expansion));
}

std::optional<SourcePosition> FindingSink::position(const clang::SourceManager &SM,
                                                    clang::SourceLocation Loc) {
  if (Loc.isInvalid())
    return std::nullopt;
  clang::SourceLocation Expansion = SM.getExpansionLoc(Loc);
  auto Entry = SM.getFileEntryRefForID(SM.getFileID(Expansion));
  if (!Entry)
    return std::nullopt;
  llvm::SmallString<256> Path(Entry->getName());
  llvm::sys::fs::make_absolute(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  SourcePosition Pos;
  Pos.File = Path.str().str();
  Pos.Line = SM.getExpansionLineNumber(Expansion);
  Pos.Column = SM.getExpansionColumnNumber(Expansion);
  return Pos;
}

} // namespace seniorlint
