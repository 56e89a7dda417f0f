#include "EmbeddedFiles.h"

namespace seniorlint {

std::optional<llvm::StringRef> findEmbeddedFile(llvm::StringRef Path) {
  for (const EmbeddedFile *F = EmbeddedFiles; F->Path; ++F)
    if (Path == F->Path)
      return llvm::StringRef(F->Content);
  return std::nullopt;
}

} // namespace seniorlint
