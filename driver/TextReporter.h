// clang-style text output: location, severity, message, [rule-id], the source line with
// a caret, notes, and a link to the rule page and the tip it enforces.
#pragma once

#include "Catalogue.h"
#include "DocLinks.h"
#include "Finding.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>

namespace seniorlint {

class TextReporter {
public:
  TextReporter(llvm::raw_ostream &OS, const Catalogue &C, const DocLinks &Links);

  void report(const Finding &F);
  // "N errors, N warnings, N infos in N files; N of N translation units failed"
  void summary(const std::vector<Finding> &All, size_t TUs, size_t FailedTUs);

  // Paths below the working directory are shown relative to it, as compilers do.
  static std::string displayPath(llvm::StringRef Path);

private:
  void location(const SourcePosition &P);
  void sourceLine(const SourcePosition &P);
  llvm::StringRef line(const std::string &File, unsigned Line);

  llvm::raw_ostream &OS;
  const Catalogue &C;
  const DocLinks &Links;
  llvm::StringMap<std::unique_ptr<llvm::MemoryBuffer>> Files;
};

} // namespace seniorlint
