#pragma once

#include "Check.h"
#include <string>
#include <vector>

namespace seniorlint {

// language-thread-unsafe-libc: a use of a C library function that keeps its result or its
// state in static storage shared by all threads (strtok, localtime, strerror, getpwnam ...).
class ThreadUnsafeLibcCheck : public Check {
public:
  explicit ThreadUnsafeLibcCheck(const CheckContext &Ctx)
      : Check(Ctx), Allowed(Ctx.Options.getList("allowed-functions", "")) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  const std::vector<std::string> Allowed;
};

} // namespace seniorlint
