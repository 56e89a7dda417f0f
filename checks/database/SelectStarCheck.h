#pragma once

#include "Check.h"
#include "llvm/ADT/DenseSet.h"

namespace clang {
class StringLiteral;
}

namespace seniorlint {

// database-select-star: `SELECT *` or `SELECT t.*` as the column list of a query that a
// database API runs, or that a constant named like a query (`kSql`, `FindUserQuery`) holds.
class SelectStarCheck : public Check {
public:
  explicit SelectStarCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void inspect(const clang::StringLiteral *Literal, clang::ASTContext &Ctx);

  llvm::DenseSet<const clang::StringLiteral *> Seen;
};

} // namespace seniorlint
