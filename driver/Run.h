// One analysis run, from the command line to the reports and the exit code.
#pragma once

#include "Catalogue.h"
#include "CommandLine.h"

namespace seniorlint {

int runAnalysis(const CommandLine &CL, const Catalogue &C, const char *Argv0);
int dumpConfig(const CommandLine &CL, const Catalogue &C);

// Rules implemented by the driver rather than by an AST check (suppression rules).
bool isDriverRule(llvm::StringRef RuleId);

} // namespace seniorlint
