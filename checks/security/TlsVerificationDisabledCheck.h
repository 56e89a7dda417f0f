#pragma once

#include "Check.h"

namespace seniorlint {

// security-tls-verification-disabled: a TLS client that accepts any certificate or host name:
// SSL_VERIFY_NONE on a client context, CURLOPT_SSL_VERIFYPEER/VERIFYHOST (and their PROXY_
// forms) set to 0, and verify callbacks that return 1 whatever the verification found.
class TlsVerificationDisabledCheck : public Check {
public:
  explicit TlsVerificationDisabledCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkVerifyMode(const clang::CallExpr *Call, llvm::StringRef Fn, clang::ASTContext &Ctx);
  void checkCallback(const clang::CallExpr *Call, unsigned Index, llvm::StringRef Fn,
                     clang::ASTContext &Ctx);
  void checkCurlOption(const clang::CallExpr *Call, clang::ASTContext &Ctx);
};

} // namespace seniorlint
