#include "WeakHashCheck.h"
#include "CheckRegistry.h"
#include "llvm/ADT/StringSwitch.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

enum class Algorithm { MD4, MD5, SHA1, MD5SHA1, DES, DESCrypt, TripleDES, RC4 };

// Functions that start a use of a broken algorithm. MD5_Update, DES_ecb_encrypt and the
// like continue a sequence already reported at its start.
std::optional<Algorithm> startedBy(StringRef Fn) {
  if (Fn.starts_with("EVP_rc4"))
    return Algorithm::RC4;
  if (Fn.starts_with("EVP_des"))
    return Fn.contains("ede") ? Algorithm::TripleDES : Algorithm::DES;
  return llvm::StringSwitch<std::optional<Algorithm>>(Fn)
      .Cases("MD4_Init", "MD4", "EVP_md4", Algorithm::MD4)
      .Cases("MD5_Init", "MD5", "EVP_md5", Algorithm::MD5)
      .Cases("SHA1_Init", "SHA1", "EVP_sha1", Algorithm::SHA1)
      .Case("EVP_md5_sha1", Algorithm::MD5SHA1)
      .Cases("DES_set_key", "DES_set_key_checked", "DES_set_key_unchecked", "DES_key_sched",
             Algorithm::DES)
      .Cases("DES_crypt", "DES_fcrypt", Algorithm::DESCrypt)
      .Case("RC4_set_key", Algorithm::RC4)
      .Default(std::nullopt);
}

// Selection by name: EVP_get_digestbyname("md5"), EVP_MD_fetch(Lib, "SHA1", Props).
std::optional<Algorithm> namedDigest(StringRef Name) {
  std::string Lower = Name.lower();
  return llvm::StringSwitch<std::optional<Algorithm>>(Lower)
      .Case("md4", Algorithm::MD4)
      .Case("md5", Algorithm::MD5)
      .Cases("sha1", "sha-1", Algorithm::SHA1)
      .Case("md5-sha1", Algorithm::MD5SHA1)
      .Default(std::nullopt);
}

std::optional<Algorithm> namedCipher(StringRef Name) {
  StringRef Lower = Name.trim();
  if (Lower.starts_with_insensitive("rc4"))
    return Algorithm::RC4;
  if (Lower.starts_with_insensitive("des"))
    return Lower.contains_insensitive("ede") || Lower.starts_with_insensitive("des3")
               ? Algorithm::TripleDES
               : Algorithm::DES;
  return std::nullopt;
}

const char *describe(Algorithm A) {
  switch (A) {
  case Algorithm::MD4:
    return "MD4, whose collisions are computed in microseconds";
  case Algorithm::MD5:
    return "MD5, which has practical collision attacks";
  case Algorithm::SHA1:
    return "SHA-1, which has practical collision attacks (SHAttered)";
  case Algorithm::MD5SHA1:
    return "MD5+SHA-1, a legacy TLS 1.0 construction";
  case Algorithm::DES:
    return "DES, whose 56-bit key is brute-forced in hours";
  case Algorithm::DESCrypt:
    return "DES-based crypt(), whose 56-bit key and 8-character passwords are brute-forced in "
           "hours";
  case Algorithm::TripleDES:
    return "Triple DES, whose 64-bit block leaks plaintext after a few gigabytes (Sweet32) and "
           "which NIST has withdrawn";
  case Algorithm::RC4:
    return "RC4, whose biased keystream leaks plaintext (prohibited in TLS by RFC 7465)";
  }
  llvm_unreachable("covered switch");
}

const char *replacement(Algorithm A) {
  switch (A) {
  case Algorithm::MD4:
  case Algorithm::MD5:
  case Algorithm::SHA1:
  case Algorithm::MD5SHA1:
    return "use SHA-256 or SHA-3 (EVP_sha256, EVP_sha3_256) or BLAKE2 for integrity, and "
           "Argon2, scrypt or PBKDF2 for passwords";
  case Algorithm::DESCrypt:
    return "hash passwords with Argon2, scrypt or PBKDF2";
  case Algorithm::DES:
  case Algorithm::TripleDES:
  case Algorithm::RC4:
    return "use an authenticated cipher: AES-GCM (EVP_aes_256_gcm) or ChaCha20-Poly1305";
  }
  llvm_unreachable("covered switch");
}

// OpenSSL's C API, not a project's own `Checksums::MD5`.
AST_MATCHER(FunctionDecl, isOpenSslFunction) {
  return Node.getIdentifier() && Node.isExternC() &&
         Node.getDeclContext()->getRedeclContext()->isTranslationUnit();
}

AST_MATCHER(FunctionDecl, startsWeakAlgorithm) {
  return Node.getIdentifier() && startedBy(Node.getName()).has_value();
}

} // namespace

void WeakHashCheck::registerMatchers(MatchFinder &Finder) {
  auto StartsWeak = functionDecl(isOpenSslFunction(), startsWeakAlgorithm());
  auto SelectsByName =
      functionDecl(isOpenSslFunction(), hasAnyName("EVP_get_digestbyname", "EVP_get_cipherbyname",
                                                   "EVP_MD_fetch", "EVP_CIPHER_fetch"));
  // HMAC and PBKDF2 do not rely on collision resistance: HMAC-SHA1 stays sound and is what
  // TOTP (RFC 6238) and many signed-request protocols mandate.
  auto KeyedUse = callExpr(callee(functionDecl(
      isOpenSslFunction(), hasAnyName("HMAC", "HMAC_Init", "HMAC_Init_ex", "PKCS5_PBKDF2_HMAC"))));
  auto Selector = functionDecl(anyOf(StartsWeak, SelectsByName)).bind("fn");
  // With template-dependent arguments the call is resolved only in instantiations, which
  // spelled-in-source traversal skips; the pattern still names the function.
  auto Selection =
      callExpr(anyOf(callee(Selector), callee(unresolvedLookupExpr(hasAnyDeclaration(Selector)))),
               unless(hasParent(KeyedUse)));
  Finder.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource, Selection.bind("call")), this);
}

void WeakHashCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  StringRef Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn")->getName();
  std::optional<Algorithm> Found = startedBy(Fn);
  if (!Found) {
    // The fetch functions take the library context first.
    unsigned Index = Fn.ends_with("_fetch") ? 1 : 0;
    if (Call->getNumArgs() <= Index)
      return;
    const auto *Name = dyn_cast<StringLiteral>(Call->getArg(Index)->IgnoreParenImpCasts());
    if (!Name || Name->getCharByteWidth() != 1)
      return;
    Found = Fn.contains("digest") || Fn.starts_with("EVP_MD") ? namedDigest(Name->getString())
                                                              : namedCipher(Name->getString());
    if (!Found)
      return;
  }
  report(Call->getBeginLoc(),
         "'" + Fn.str() + "' selects " + describe(*Found) + ": " + replacement(*Found));
}

SENIORLINT_REGISTER_CHECK(WeakHashCheck, "security-weak-hash");

} // namespace seniorlint
