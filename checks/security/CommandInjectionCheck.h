#pragma once

#include "DataFlow.h"

namespace seniorlint {

// security-command-injection: a shell command (system, popen), a program path (exec*,
// posix_spawn*) or an `sh -c` script that may carry data from outside the program.
// The sinks are the rule's `sinks:` in the catalogue; the origin comes from DataFlow.
class CommandInjectionCheck : public DataFlowCheck {
public:
  explicit CommandInjectionCheck(const CheckContext &Ctx)
      : CommandInjectionCheck(Ctx, Origin::External) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

protected:
  // The unknown-origin variant reports what this rule leaves out.
  CommandInjectionCheck(const CheckContext &Ctx, Origin Reported)
      : DataFlowCheck(Ctx), Reported(Reported) {}

private:
  void checkShellScript(const clang::CallExpr *Call, llvm::StringRef Callee);
  void reportIfReported(const clang::Expr *Arg, const FlowResult &F, const std::string &What,
                        llvm::StringRef Advice);

  const Origin Reported;
  DataFlow *Flow = nullptr; // this translation unit's, set by check()
};

} // namespace seniorlint
