#pragma once

#include "Check.h"
#include <memory>
#include <utility>

namespace clang {
class CFG;
class FunctionDecl;
} // namespace clang

namespace seniorlint {

// database-resource-leak: a statement, result, connection or ODBC handle acquired into a local
// variable and not released on some path out of the function (an early return, a throw, no
// release at all), or a result discarded unfreed; unless its ownership leaves the function.
class ResourceLeakCheck : public Check {
public:
  explicit ResourceLeakCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  // The CFG of the function whose acquisitions are being checked; matches arrive in
  // traversal order, so one function's acquisitions share it.
  std::pair<const clang::FunctionDecl *, std::shared_ptr<clang::CFG>> Cfg;
};

} // namespace seniorlint
