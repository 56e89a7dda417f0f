#pragma once

#include "Check.h"
#include "llvm/Support/Regex.h"

namespace seniorlint {

// database-connection-in-loop: a database connection opened on every iteration of a loop, or
// on every call of a request handler (a function whose name matches `handler-pattern`).
class ConnectionInLoopCheck : public Check {
public:
  explicit ConnectionInLoopCheck(const CheckContext &Ctx);
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  const llvm::Regex HandlerPattern;
  const llvm::Regex HandlerExcludePattern;
};

} // namespace seniorlint
