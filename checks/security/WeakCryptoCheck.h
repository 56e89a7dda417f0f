#pragma once

#include "Check.h"

namespace seniorlint {

// security-weak-crypto: OpenSSL and the Windows CryptoAPI selecting a broken hash or cipher
// (MD4, MD5, SHA-1, DES, Triple DES, RC2, RC4, Blowfish) or ECB mode, generating an RSA key
// under 2048 bits, or encrypting with a constant IV. One finding per use: the call that
// starts a hashing or encryption sequence (MD5_Init, DES_set_key, EVP_md5()), not each update.
class WeakCryptoCheck : public Check {
public:
  explicit WeakCryptoCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkSelection(const clang::CallExpr *Call, llvm::StringRef Fn);
  void checkRsaKeySize(const clang::CallExpr *Call, llvm::StringRef Fn, clang::ASTContext &Ctx);
  void checkIv(const clang::CallExpr *Call, llvm::StringRef Fn, clang::ASTContext &Ctx);
  void checkCryptoApi(const clang::CallExpr *Call, llvm::StringRef Fn, clang::ASTContext &Ctx);
};

} // namespace seniorlint
