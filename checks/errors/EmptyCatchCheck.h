#pragma once

#include "Check.h"

namespace seniorlint {

// errors-empty-catch: a catch block with no statements (or only `;`) and no comment saying why.
class EmptyCatchCheck : public Check {
public:
  explicit EmptyCatchCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace seniorlint
