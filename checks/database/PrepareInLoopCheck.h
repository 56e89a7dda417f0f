#pragma once

#include "Check.h"

namespace seniorlint {

// database-prepare-in-loop: the same SQL text prepared again on every iteration of a loop;
// prepare it once before the loop, then bind and reset in the loop.
class PrepareInLoopCheck : public Check {
public:
  explicit PrepareInLoopCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace seniorlint
