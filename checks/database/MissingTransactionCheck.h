#pragma once

#include "Check.h"
#include "llvm/ADT/DenseSet.h"

namespace seniorlint {

// database-missing-transaction: two or more INSERT/UPDATE/DELETE/REPLACE/MERGE statements
// that can run in one call of a function, with no transaction begun before them in it.
class MissingTransactionCheck : public Check {
public:
  explicit MissingTransactionCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkFunction(const clang::FunctionDecl &Fn, clang::ASTContext &Ctx);

  llvm::DenseSet<const clang::FunctionDecl *> Done;
};

} // namespace seniorlint
