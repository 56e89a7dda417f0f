#pragma once

#include "Check.h"
#include "llvm/ADT/DenseSet.h"

namespace seniorlint {

// vcs-build-timestamp: __DATE__, __TIME__ or __TIMESTAMP__ written in the project's code,
// reported once where it is written (a macro that wraps it is reported at its definition).
class BuildTimestampCheck : public Check {
public:
  explicit BuildTimestampCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(MatchRegistry &) override {}
  void check(const clang::ast_matchers::MatchFinder::MatchResult &) override {}
  void registerPPCallbacks(clang::Preprocessor &PP) override;

  // From the preprocessor: a built-in macro expanded at Loc.
  void onExpansion(const clang::Token &Name, clang::SourceLocation Loc);

private:
  llvm::DenseSet<clang::SourceLocation> Reported; // spelling locations
};

} // namespace seniorlint
