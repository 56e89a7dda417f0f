// --diff-base <ref>: judge a change on what it touches. The working tree is compared with
// the revision (`git diff <ref>`, so staged and unstaged edits count, plus untracked files
// as wholly new); only translation units whose source or project headers changed are
// analysed, and only findings on added or modified lines are reported.
#pragma once

#include "CompileDatabase.h"
#include "Finding.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <string>
#include <utility>
#include <vector>

namespace seniorlint {

// Added or modified lines per file. Lookups accept any spelling of an absolute path that
// leads to the same file through symlinked directories (git reports real paths; compile
// databases often do not). Not thread-safe: lookups fill a cache.
class ChangedLines {
public:
  // Lines First..First+Count-1 of File changed; Count 0 (a pure deletion) adds none.
  void addLines(llvm::StringRef File, unsigned First, unsigned Count);
  void addWholeFile(llvm::StringRef File); // an untracked file: every line is new

  bool touches(llvm::StringRef File) const; // any line of File changed
  bool contains(llvm::StringRef File, unsigned Line) const;
  bool empty() const { return Files.empty(); }

private:
  struct Lines {
    bool Whole = false;
    std::vector<std::pair<unsigned, unsigned>> Ranges; // [first, last], in diff order
  };
  const Lines *find(llvm::StringRef File) const;
  std::string canonical(llvm::StringRef File) const;
  llvm::StringMap<Lines> Files;
  mutable llvm::StringMap<std::string> RealDirs;
};

// Parses `git diff --unified=0` output. Paths in it are relative to RepoRoot. Renamed
// files count only their modified lines; deleted files have none.
ChangedLines parseUnifiedDiff(llvm::StringRef Diff, llvm::StringRef RepoRoot);

// Runs git in the repository that contains Dir. Errors (no git, not a repository, an
// unknown revision) carry git's own message.
llvm::Expected<ChangedLines> changedSince(llvm::StringRef Ref, llvm::StringRef Dir);

struct UnitSelection {
  std::vector<CompileJob> Jobs; // in database order
  size_t Scanned = 0;           // units whose includes had to be computed
  double ScanSeconds = 0;
};

// The units whose main file or any included file changed. Includes come from clang's
// dependency scanner (the preprocessor over the directives only, as clang-scan-deps does).
// A unit that cannot be scanned is kept: its analysis will report why.
UnitSelection selectChangedUnits(const std::vector<CompileJob> &Jobs, const ChangedLines &Changed,
                                 const std::string &ResourceDir, unsigned Threads);

// Drops findings whose line did not change.
void keepChangedLines(std::vector<Finding> &Findings, const ChangedLines &Changed);

} // namespace seniorlint
