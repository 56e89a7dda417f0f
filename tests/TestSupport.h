// What the unit tests share: the built-in catalogue, and a scratch directory to write a
// small project into (sources, headers, a compile_commands.json) that is removed afterwards.
#pragma once

#include "Catalogue.h"
#include "CommandLine.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace seniorlint::testing {

// Parsed once per test binary.
const Catalogue &builtinCatalogue();

// A test fixture base owning a fresh directory; its path has no symbolic links in it, so
// paths the driver reports compare equal to path().
class ScratchDir : public ::testing::Test {
protected:
  void SetUp() override;
  void TearDown() override;

  // Rel below the directory; an absolute path stays as it is.
  std::string path(llvm::StringRef Rel) const;
  // Writes Rel (creating its folders) and returns its full path.
  std::string write(llvm::StringRef Rel, llvm::StringRef Text);
  std::string read(llvm::StringRef Rel) const;
  // compile_commands.json with one C++17 entry per source in src/, headers in include/.
  void writeCompileDatabase(const std::vector<std::string> &Sources);
  // A three-unit project around one banned call: src/a.cpp reaches it through the shared
  // header include/util.h, src/c.cpp directly, src/b.cpp is BSource; plus its database.
  void writeStrcpyProject(llvm::StringRef BSource);
  // Runs the whole driver on the project's database with CL's other settings, quietly, and
  // returns "file:line" of each finding (relative to the project); Exit gets the exit code.
  std::vector<std::string> runDriver(CommandLine CL, int *Exit = nullptr);

  llvm::SmallString<256> Dir;
};

} // namespace seniorlint::testing
