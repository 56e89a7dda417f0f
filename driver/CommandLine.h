// The command line: `seniorlint [options] [files...]` and `seniorlint explain <rule-id>`.
#pragma once

#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace seniorlint {

enum class ColorMode { Auto, Always, Never };

struct CommandLine {
  enum class Action { Analyze, ListRules, Explain, Version, Help, DumpConfig } Do = Action::Analyze;
  std::string BuildPath; // -p; empty: search upward from the working directory
  std::string Checks;    // --checks globs
  std::string DocsUrl;   // --docs-url; empty: the default
  std::string ResourceDir;
  std::string ExplainRule;
  ColorMode Color = ColorMode::Auto;
  unsigned Jobs = 0; // 0: number of cores
  std::vector<std::string> Files;
  // After `--`: the compile command for Files, instead of a compilation database.
  bool HasCompileCommand = false;
  std::vector<std::string> CompileCommand;
  // clang-tidy's --extra-arg/--extra-arg-before, appended/prepended to every command.
  std::vector<std::string> ExtraArgs, ExtraArgsBefore;
  struct Output {
    std::string Format;
    std::string File; // empty: standard output
  };
  std::vector<Output> Outputs; // default: text on standard output
  std::string SourceRoot;      // machine formats give paths relative to it; default: cwd
  std::string ConfigFile;      // --config; empty: .seniorlint.yaml found upward per file
  bool ReportUnusedSuppressions = false;
  bool Quiet = false;
  std::string FailOn = "info"; // lowest severity that makes the exit code 1
  long long MaxFindings = 0;   // findings tolerated before the exit code is 1
  std::string Baseline;        // --baseline: report only findings not in this file
  std::string WriteBaseline;   // --write-baseline: accept the current findings into this file
  std::string DiffBase;        // --diff-base: git revision; only changed code is judged
  bool Fix = false;            // --fix: apply fix-its in place
  std::string ExportFixes;     // --export-fixes: clang-apply-replacements YAML
  bool NoCache = false;
  std::string CacheDir; // empty: <compile database dir>/.seniorlint-cache
  bool Profile = false;
  bool WalkSystemHeaders = false; // benchmarking only: see Analyzer::walkSystemHeaders
  unsigned ShardIndex = 0, ShardCount = 0; // --shard K/N: ShardIndex = K-1; 0 count = off
};

llvm::Expected<CommandLine> parseCommandLine(int Argc, const char *const *Argv);
const char *usageText();

} // namespace seniorlint
