#pragma once

#include "Check.h"
#include "llvm/ADT/DenseSet.h"

namespace seniorlint {

// opensource-deprecated-api: a function, method, enumerator or variable that a library
// (declared in a system header) marks deprecated, used by the project's code.
class DeprecatedApiCheck : public Check {
public:
  explicit DeprecatedApiCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &) override {}

private:
  void use(const clang::NamedDecl &D, clang::SourceLocation Loc);

  llvm::DenseSet<clang::SourceLocation> Reported;
};

} // namespace seniorlint
