// Turns clang locations into plain positions and keeps the findings of one TU.
#pragma once

#include "Finding.h"
#include "clang/Basic/SourceLocation.h"
#include "clang/Basic/SourceManager.h"
#include <optional>
#include <vector>

namespace seniorlint {

class FindingSink {
public:
  // Only the project's own code is reported: nothing in system headers.
  bool isReportable(const clang::SourceManager &SM, clang::SourceLocation Loc) const;
  static std::optional<SourcePosition> position(const clang::SourceManager &SM,
                                                clang::SourceLocation Loc);
  static std::string absolutePath(const clang::SourceManager &SM, llvm::StringRef Name);
  void add(Finding F) { Findings.push_back(std::move(F)); }
  // Sorted, each finding once: matchers may visit a node twice (an initializer list
  // seen both syntactically and semantically) and must not report it twice.
  std::vector<Finding> take();

private:
  std::vector<Finding> Findings;
};

} // namespace seniorlint
