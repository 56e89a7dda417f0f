#pragma once

#include "Check.h"

namespace seniorlint {

// security-command-injection: a shell command (system, popen), a program path (exec*,
// posix_spawn*) or an `sh -c` script that is not a compile-time constant string.
class CommandInjectionCheck : public Check {
public:
  explicit CommandInjectionCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(clang::ast_matchers::MatchFinder &Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkShellScript(const clang::CallExpr *Call, llvm::StringRef Callee,
                        clang::ASTContext &Ctx);
};

} // namespace seniorlint
