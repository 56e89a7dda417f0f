#pragma once

#include "Check.h"
#include "SecretNames.h"
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace seniorlint {

// security-insecure-random: rand(), random(), the drand48 family and the <random> engines
// whose value becomes a secret: a variable, field, parameter or function named like a token,
// key, salt, nonce or password, or the key or IV of an OpenSSL cipher. Reported at the call
// that draws the value, with a note where it becomes the secret and where the generator was
// seeded from the clock.
class InsecureRandomCheck : public Check {
public:
  explicit InsecureRandomCheck(const CheckContext &Ctx);
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

  // Where a random value ends up as a secret.
  struct Secret {
    clang::SourceLocation Loc;
    std::string What; // "'sessionToken'", "the key of 'EVP_EncryptInit_ex'"
  };

private:
  std::optional<Secret> secretReached(const clang::Expr *Value, clang::ASTContext &Ctx,
                                      int Depth) const;
  std::optional<Secret> secretHeldBy(const clang::NamedDecl *Holder, clang::SourceLocation Loc,
                                     clang::ASTContext &Ctx, int Depth,
                                     llvm::StringRef Qualifier = "") const;
  std::optional<Secret> secretReturnedBy(const clang::FunctionDecl *Fn, clang::SourceLocation Loc,
                                         clang::ASTContext &Ctx, int Depth) const;
  bool isSecretName(llvm::StringRef Name) const;

  const SecretNames Sensitive;
  std::set<std::pair<unsigned, std::string>> Reported; // secrets already reported, by place
};

} // namespace seniorlint
