// Which translation units a run analyses, and with which compile commands: every
// entry of the compilation database, the named files, a --shard of them, or — after
// `--` — files compiled with a command given on the command line (what CMake's
// CXX_CLANG_TIDY hook and editors pass).
#pragma once

#include "Analyzer.h"
#include "CommandLine.h"
#include "CompileDatabase.h"
#include "llvm/Support/Error.h"

namespace seniorlint {

struct JobSelection {
  std::vector<CompileJob> Jobs;
  std::vector<TUResult> Unanalysable; // named files the database does not know
  std::string CacheDir;               // default result cache location for this input
};

llvm::Expected<JobSelection> selectJobs(const CommandLine &CL);

// A unit's shard depends only on its own path, so adding a file to the project moves
// no other file between CI jobs.
std::vector<CompileJob> shard(std::vector<CompileJob> Jobs, unsigned Index, unsigned Count);

} // namespace seniorlint
