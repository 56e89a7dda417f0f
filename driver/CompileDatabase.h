// Reading compile_commands.json and turning real-world compile commands into clang
// tool invocations.
#pragma once

#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace seniorlint {

struct CompileJob {
  std::string File;      // absolute
  std::string Directory; // absolute
  std::vector<std::string> Arguments; // as in the database, response files expanded
  std::string Problem; // set when the entry cannot be used (e.g. unreadable response file)
};

// Path is a build directory or a compile_commands.json file. Errors say where we
// looked and how to generate a database.
llvm::Expected<std::vector<CompileJob>> loadCompileDatabase(const std::string &Path);

// Looks for compile_commands.json in Start, Start/build, and each parent directory.
std::string findCompileDatabase(const std::string &Start);

// The arguments for a syntax-only clang run: output and dependency flags removed,
// options clang does not know (GCC-only flags) dropped, -Werror neutralised, the
// resource directory set.
std::vector<std::string> toolArguments(const CompileJob &Job, const std::string &ResourceDir);

} // namespace seniorlint
