// Runs the enabled checks over translation units, in parallel, and merges the results.
#pragma once

#include "CallFacts.h"
#include "Check.h"
#include "CompileDatabase.h"
#include "Finding.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Timer.h"
#include "llvm/Support/raw_ostream.h"
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace seniorlint {

struct TUResult {
  std::string File;
  bool Failed = false;
  std::vector<std::string> Errors; // clang-style lines explaining why it failed
  // Findings with Conditions are pending until resolveCrossUnit() has seen every unit.
  std::vector<Finding> Findings;
  std::vector<CallFact> Facts; // what this unit's calls pass to parameters (CallFacts.h)
  std::vector<std::string> ProjectFiles; // the main file and non-system headers it read
  std::vector<std::string> InputFiles;   // every file it read, system headers included
  bool FromCache = false;
  double Seconds = 0; // wall time of the analysis, for --profile
};

class ResultCache;

// --profile: where the time went, per rule (matcher callbacks, like clang-tidy's
// --enable-check-profile) and per translation unit.
struct Profile {
  void addRules(const llvm::StringMap<llvm::TimeRecord> &Records);
  void print(llvm::raw_ostream &OS, const std::vector<TUResult> &Results) const;

private:
  mutable std::mutex Mutex;
  llvm::StringMap<llvm::TimeRecord> Rules;
};

class Analyzer {
public:
  explicit Analyzer(std::string ResourceDir, ResultCache *Cache = nullptr,
                    Profile *Profiling = nullptr)
      : ResourceDir(std::move(ResourceDir)), Cache(Cache), Profiling(Profiling) {}

  // For measurement only: also walk declarations from system headers (findings there
  // are still dropped), to show what restricting the traversal saves.
  void walkSystemHeaders(bool Enable) { WholeAST = Enable; }

  // Thread-safe: each call owns its file manager, AST and check instances.
  TUResult analyze(const CompileJob &Job, const std::vector<CheckContext> &Checks) const;

  // Checks[I] are the checks for Jobs[I] (each file has its own configuration). Workers
  // take the jobs in StartOrder (indices into Jobs; empty: the order of Jobs). Results come
  // in the order of Jobs, whatever the number of threads and the start order.
  std::vector<TUResult> analyzeAll(const std::vector<CompileJob> &Jobs,
                                   const std::vector<std::vector<CheckContext>> &Checks,
                                   unsigned Threads,
                                   const std::function<void(const TUResult &)> &OnDone = {},
                                   const std::vector<size_t> &StartOrder = {}) const;

private:
  TUResult run(const CompileJob &Job, const std::vector<std::string> &Arguments,
               const std::vector<CheckContext> &Checks) const;

  std::string ResourceDir;
  ResultCache *Cache;
  Profile *Profiling;
  bool WholeAST = false;
};

// All findings of all TUs, sorted by position, a header's findings once however many
// TUs include it.
std::vector<Finding> mergeFindings(const std::vector<TUResult> &Results);

} // namespace seniorlint
