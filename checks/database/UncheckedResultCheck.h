#pragma once

#include "Check.h"
#include "llvm/ADT/DenseSet.h"

namespace clang {
class VarDecl;
}

namespace seniorlint {

// database-unchecked-result: the status of a database call is thrown away (a statement
// on its own, or a status variable overwritten before anyone reads it), a PGresult is read
// without a PQresultStatus check, or a mysql_store_result result is read without a null check.
class UncheckedResultCheck : public Check {
public:
  explicit UncheckedResultCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkStatusCall(const clang::CallExpr *Call, const clang::FunctionDecl *Fn,
                       clang::ASTContext &Ctx);
  void checkResultRead(const clang::CallExpr *Read, const clang::FunctionDecl *Fn,
                       clang::ASTContext &Ctx);

  // Result variables already judged: one finding per variable, at its first read.
  llvm::DenseSet<const clang::VarDecl *> Judged;
};

} // namespace seniorlint
