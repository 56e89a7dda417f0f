#pragma once

#include "Check.h"

namespace seniorlint {

// database-hardcoded-connection-string: a fixed connection string (conninfo, URI, ODBC
// string) or host naming a database server other than the local one, or carrying a password,
// passed to a client library's connect function.
class HardcodedConnectionStringCheck : public Check {
public:
  explicit HardcodedConnectionStringCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace seniorlint
