// `seniorlint merge`: one report from the SARIF or JSON reports of CI shards, each
// finding once (a header seen by several shards is reported by each of them).
#pragma once

#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <string>
#include <vector>

namespace seniorlint {

// Inputs must all be SARIF or all seniorlint JSON, from the same seniorlint version.
llvm::Expected<llvm::json::Value> mergeReports(const std::vector<std::string> &Files);

int runMerge(int Argc, const char *const *Argv);

} // namespace seniorlint
