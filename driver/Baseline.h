// --write-baseline / --baseline: accept today's findings so that CI fails only on new ones.
// A baseline entry is matched by fingerprint (Fingerprint.h), never by path or line, so
// edits elsewhere, moved code and renamed files do not bring accepted findings back.
// Entries are a multiset: two accepted copies of the same code absorb two findings, and a
// third copy is new.
#pragma once

#include "Finding.h"
#include "SourceCache.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace seniorlint {

struct BaselineEntry {
  std::string Rule;
  std::string File; // relative to the source root; a tie-breaker only
  unsigned Line = 0; // a tie-breaker only
  std::string Message;
  std::string Fingerprint;
};

// Paths are written relative to SourceRoot (absolute) when below it.
llvm::Error writeBaseline(const std::string &Path, const std::vector<Finding> &Findings,
                          SourceCache &Sources, llvm::StringRef SourceRoot);

// Errors name the file and, for malformed JSON, the position or the JSON path. A JSON
// report (--format=json) reads as a baseline too.
llvm::Expected<std::vector<BaselineEntry>> readBaseline(const std::string &Path);

// Removes the findings the baseline accepts, one per entry; returns how many it removed.
// Among findings with the same fingerprint, an entry absorbs the one at its own file and
// line first, then the nearest in its file, then any, so the finding reported as new is
// the copy that was added.
size_t applyBaseline(std::vector<Finding> &Findings, const std::vector<BaselineEntry> &Baseline,
                     SourceCache &Sources, llvm::StringRef SourceRoot);

} // namespace seniorlint
