#pragma once

#include "Check.h"

namespace seniorlint {

// security-weak-hash: OpenSSL selecting MD4, MD5, SHA-1, DES, Triple DES or RC4. One finding
// per use: the call that starts a hashing or encryption sequence (MD5_Init, DES_set_key,
// EVP_md5(), EVP_get_digestbyname("md5")), not each update that follows.
class WeakHashCheck : public Check {
public:
  explicit WeakHashCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(clang::ast_matchers::MatchFinder &Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace seniorlint
