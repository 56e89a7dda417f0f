#pragma once

#include "Check.h"
#include "SecretNames.h"

namespace seniorlint {

// security-timing-unsafe-compare: memcmp, bcmp, strcmp, strncmp, std::equal, and == / != on
// std::string, std::string_view and byte vectors, where an operand is named like a secret
// (a MAC, signature, token, password): they stop at the first difference, so their timing
// tells an attacker how much of a guess is right.
class TimingUnsafeCompareCheck : public Check {
public:
  explicit TimingUnsafeCompareCheck(const CheckContext &Ctx);
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  // The secret's name when A and B compare a secret with something not public.
  std::optional<std::string> secretCompared(const clang::Expr *A, const clang::Expr *B,
                                            const clang::Expr *Length,
                                            clang::ASTContext &Ctx) const;

  const SecretNames Secrets;
};

} // namespace seniorlint
