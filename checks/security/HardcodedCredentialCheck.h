#pragma once

#include "Check.h"
#include "SecretNames.h"
#include <set>
#include <string>
#include <vector>

namespace seniorlint {

// security-hardcoded-credential: a string literal that is a credential: the value of a
// variable, field or constant named like a password, key or token, or the credential argument
// of an API that takes one (libcurl logins, OpenSSL passphrases and password-based key
// derivation, SQLCipher keys, LogonUser, CryptoAPI key derivation). Database connect
// functions are database-hardcoded-connection-string's.
class HardcodedCredentialCheck : public Check {
public:
  explicit HardcodedCredentialCheck(const CheckContext &Ctx);
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  // Is Literal, given to something named Name, a credential rather than a label or a
  // placeholder?
  bool isCredentialValue(const clang::StringLiteral &Literal, llvm::StringRef Name) const;
  void checkNamed(const clang::NamedDecl &Target, const clang::Expr &Value, clang::ASTContext &Ctx);
  void checkApiCall(const clang::CallExpr &Call, llvm::StringRef Fn, clang::ASTContext &Ctx);

  const std::vector<std::string> Names;
  const SecretNames Credentials;
  const SecretNames Passwords; // names whose value may be any text; the others need a key's shape
  const std::set<std::string> CredentialWords; // every word of every entry of Names
};

} // namespace seniorlint
