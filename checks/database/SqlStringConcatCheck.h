#pragma once

#include "Check.h"

namespace seniorlint {

// database-sql-string-concat: SQL text assembled at run time (string +, append, snprintf,
// ostringstream, std::format) that reaches an SQLite, libpq or MySQL query function.
class SqlStringConcatCheck : public Check {
public:
  explicit SqlStringConcatCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(clang::ast_matchers::MatchFinder &Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace seniorlint
