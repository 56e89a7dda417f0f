#pragma once

#include "Check.h"

namespace seniorlint {

// database-query-in-loop: a query run on every iteration of a loop with a value that comes
// from the iteration (N+1 round-trips); one set-based query or one batch would do.
class QueryInLoopCheck : public Check {
public:
  explicit QueryInLoopCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace seniorlint
