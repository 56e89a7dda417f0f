// --fix applies the findings' fix-its in place; --export-fixes writes them in the YAML of
// clang-tidy's -export-fixes, for clang-apply-replacements or a review bot.
#pragma once

#include "Finding.h"
#include "SourceCache.h"
#include "llvm/Support/raw_ostream.h"
#include <vector>

namespace seniorlint {

struct FixOutcome {
  unsigned Applied = 0; // findings whose fix is now in the files
  unsigned Files = 0;   // files rewritten
  unsigned Skipped = 0; // findings whose fix conflicted or no longer fits its file
  unsigned FailedFiles = 0; // files that could not be read or written
};

// A finding's edits are applied all or none. An edit identical to one already accepted (a
// header's fix reached through several translation units) is applied once; a finding
// whose edit overlaps a different accepted edit is skipped and named on Log. Each file is
// rewritten once, its edits applied from the end backwards so offsets stay valid.
FixOutcome applyFixes(const std::vector<Finding> &Findings, llvm::raw_ostream &Log);

// clang-tidy's format (clang/Tooling/DiagnosticsYaml.h): every finding, with its
// replacements, absolute paths and byte offsets.
void exportFixes(const std::vector<Finding> &Findings, llvm::StringRef MainSourceFile,
                 SourceCache &Sources, llvm::raw_ostream &OS, llvm::raw_ostream &Log);

} // namespace seniorlint
