#pragma once

#include "DataFlow.h"

namespace seniorlint {

// security-format-string: the format argument of a printf-family function (the rule's
// `sinks:`) may carry data from outside the program. A constant format, however it is
// stored, is silent; so is a format forwarded by a function declared printf-like.
class FormatStringCheck : public DataFlowCheck {
public:
  explicit FormatStringCheck(const CheckContext &Ctx) : DataFlowCheck(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace seniorlint
