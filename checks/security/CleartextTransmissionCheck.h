#pragma once

#include "Check.h"
#include "SecretNames.h"

namespace seniorlint {

// security-cleartext-transmission: a plain http://, ftp://, telnet://, ldap:// or ws:// URL
// given to libcurl (the address of something other than this machine), and a secret sent
// with send/sendto/write on a plain socket; and a LogonUser password received with recv as is.
class CleartextTransmissionCheck : public Check {
public:
  explicit CleartextTransmissionCheck(const CheckContext &Ctx);
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkUrl(const clang::CallExpr *Call, llvm::StringRef Fn, clang::ASTContext &Ctx);
  void checkSocketWrite(const clang::CallExpr *Call, llvm::StringRef Fn, clang::ASTContext &Ctx);
  void checkReceivedPassword(const clang::CallExpr *Call, llvm::StringRef Fn,
                             clang::ASTContext &Ctx);

  const SecretNames Secrets;
};

} // namespace seniorlint
