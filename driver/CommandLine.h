// The command line: `seniorlint [options] [files...]` and `seniorlint explain <rule-id>`.
#pragma once

#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace seniorlint {

enum class ColorMode { Auto, Always, Never };

struct CommandLine {
  enum class Action { Analyze, ListRules, Explain, Version, Help } Do = Action::Analyze;
  std::string BuildPath; // -p; empty: search upward from the working directory
  std::string Checks;    // --checks globs
  std::string DocsUrl;   // --docs-url; empty: the default
  std::string ResourceDir;
  std::string ExplainRule;
  ColorMode Color = ColorMode::Auto;
  unsigned Jobs = 0; // 0: number of cores
  std::vector<std::string> Files;
};

llvm::Expected<CommandLine> parseCommandLine(int Argc, const char *const *Argv);
const char *usageText();

} // namespace seniorlint
