// Files compiled into the binary by cmake/EmbedFiles.cmake: the catalogue and the docs.
#pragma once

#include "llvm/ADT/StringRef.h"
#include <optional>

namespace seniorlint {

struct EmbeddedFile {
  const char *Path; // relative to the source root, e.g. "rules/security.yaml"
  const char *Content;
};

// Terminated by an entry whose Path is null.
extern const EmbeddedFile EmbeddedFiles[];

std::optional<llvm::StringRef> findEmbeddedFile(llvm::StringRef Path);

} // namespace seniorlint
