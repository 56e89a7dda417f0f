#pragma once

#include "Check.h"

namespace seniorlint {

// security-privilege-drop-unchecked: the result of setuid, setgid, seteuid, setegid,
// setreuid, setregid, setresuid, setresgid, initgroups or setgroups (the C library's) is
// ignored: the call is a statement of its own, is cast to void, or is stored in a local that
// is never read. A failed drop leaves the process running with the privileges it meant to
// give up.
class PrivilegeDropUncheckedCheck : public Check {
public:
  explicit PrivilegeDropUncheckedCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace seniorlint
