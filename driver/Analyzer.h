// Runs the enabled checks over translation units, in parallel, and merges the results.
#pragma once

#include "Check.h"
#include "CompileDatabase.h"
#include "Finding.h"
#include <functional>
#include <string>
#include <vector>

namespace seniorlint {

struct TUResult {
  std::string File;
  bool Failed = false;
  std::vector<std::string> Errors; // clang-style lines explaining why it failed
  std::vector<Finding> Findings;
  std::vector<std::string> ProjectFiles; // the main file and non-system headers it read
};

class Analyzer {
public:
  explicit Analyzer(std::string ResourceDir) : ResourceDir(std::move(ResourceDir)) {}

  // Thread-safe: each call owns its file manager, AST and check instances.
  TUResult analyze(const CompileJob &Job, const std::vector<CheckContext> &Checks) const;

  // Checks[I] are the checks for Jobs[I] (each file has its own configuration).
  // Results come in the order of Jobs, whatever the number of threads.
  std::vector<TUResult> analyzeAll(const std::vector<CompileJob> &Jobs,
                                   const std::vector<std::vector<CheckContext>> &Checks,
                                   unsigned Threads,
                                   const std::function<void(const TUResult &)> &OnDone = {}) const;

private:
  std::string ResourceDir;
};

// All findings of all TUs, sorted by position, a header's findings once however many
// TUs include it.
std::vector<Finding> mergeFindings(const std::vector<TUResult> &Results);

} // namespace seniorlint
