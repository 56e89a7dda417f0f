#pragma once

#include "DataFlow.h"

namespace seniorlint {

// database-sql-injection: SQL text that reaches a query API (the rule's `sinks:`) and may
// contain data from outside the program, or that is assembled at run time from values the
// analysis cannot trace. A query passed whole through a parameter (a wrapper) is left to its
// callers; values bound through the client's parameter API never enter the text.
class SqlInjectionCheck : public DataFlowCheck {
public:
  explicit SqlInjectionCheck(const CheckContext &Ctx) : DataFlowCheck(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace seniorlint
