// Process exit codes, documented in README.md. CI scripts depend on them: never renumber.
#pragma once

namespace seniorlint {

enum ExitCode : int {
  ExitClean = 0,        // analysis ran, no findings
  ExitFindings = 1,     // analysis ran, findings reported
  ExitUsageError = 2,   // bad command line, configuration, catalogue or compile database
  ExitPartialFailure = 3, // some translation units could not be analysed
};

} // namespace seniorlint
