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
};

llvm::Expected<CommandLine> parseCommandLine(int Argc, const char *const *Argv);
const char *usageText();

} // namespace seniorlint
