// Source files read once after analysis, for excerpts, carets and fingerprints.
#pragma once

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <vector>

namespace seniorlint {

class SourceCache {
public:
  // Empty when the file cannot be read (it may have changed since the analysis).
  llvm::StringRef text(const std::string &File);
  // Line is 1-based; the line terminator is not included.
  llvm::StringRef line(const std::string &File, unsigned Line);

private:
  struct Entry {
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    std::vector<llvm::StringRef> Lines;
  };
  Entry &load(const std::string &File);
  llvm::StringMap<Entry> Files;
};

} // namespace seniorlint
