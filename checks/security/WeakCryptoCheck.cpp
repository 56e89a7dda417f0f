#include "WeakCryptoCheck.h"
#include "CheckRegistry.h"
#include "ConstantString.h"
#include "KnownArguments.h"
#include "LibraryCalls.h"
#include "NameMatchers.h"
#include "llvm/ADT/StringSwitch.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

enum class Algorithm {
  MD2,
  MD4,
  MD5,
  SHA1,
  MD5SHA1,
  DES,
  DESCrypt,
  TripleDES,
  RC2,
  RC4,
  RC5,
  Blowfish,
  ECB
};

// Functions that start a use of a broken algorithm. MD5_Update, DES_ecb_encrypt, RC4() and
// the like continue a sequence already reported at its start.
std::optional<Algorithm> startedBy(StringRef Fn) {
  if (Fn.starts_with("EVP_rc4"))
    return Algorithm::RC4;
  if (Fn.starts_with("EVP_rc2"))
    return Algorithm::RC2;
  if (Fn.starts_with("EVP_bf_"))
    return Algorithm::Blowfish;
  if (Fn.starts_with("EVP_des"))
    return Fn.contains("ede") ? Algorithm::TripleDES : Algorithm::DES;
  if (Fn.starts_with("EVP_") && Fn.ends_with("_ecb"))
    return Algorithm::ECB;
  return llvm::StringSwitch<std::optional<Algorithm>>(Fn)
      .Cases("MD4_Init", "MD4", "EVP_md4", Algorithm::MD4)
      .Cases("MD5_Init", "MD5", "EVP_md5", Algorithm::MD5)
      .Cases("SHA1_Init", "SHA1", "EVP_sha1", Algorithm::SHA1)
      .Case("EVP_md5_sha1", Algorithm::MD5SHA1)
      .Cases("DES_set_key", "DES_set_key_checked", "DES_set_key_unchecked", "DES_key_sched",
             Algorithm::DES)
      .Cases("DES_crypt", "DES_fcrypt", Algorithm::DESCrypt)
      .Case("RC2_set_key", Algorithm::RC2)
      .Case("RC4_set_key", Algorithm::RC4)
      .Case("BF_set_key", Algorithm::Blowfish)
      // A one-block primitive with no chaining: each call is ECB.
      .Case("AES_ecb_encrypt", Algorithm::ECB)
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

// EVP_get_cipherbyname("des-ede3-cbc"), EVP_CIPHER_fetch(Lib, "AES-128-ECB", Props).
std::optional<Algorithm> namedCipher(StringRef Name) {
  std::string Lower = Name.trim().lower();
  StringRef L = Lower;
  if (L.starts_with("rc4"))
    return Algorithm::RC4;
  if (L.starts_with("rc2"))
    return Algorithm::RC2;
  if (L.starts_with("bf") || L.starts_with("blowfish"))
    return Algorithm::Blowfish;
  if (L.starts_with("des"))
    return L.contains("ede") || L.starts_with("des3") ? Algorithm::TripleDES : Algorithm::DES;
  if (L.ends_with("-ecb"))
    return Algorithm::ECB;
  return std::nullopt;
}

// CryptoAPI ALG_ID values (wincrypt.h): CALG_MD5 is ALG_CLASS_HASH | ALG_SID_MD5 = 0x8003.
std::optional<Algorithm> cryptoApiAlgorithm(uint64_t AlgId) {
  switch (AlgId) {
  case 0x8001:
    return Algorithm::MD2;
  case 0x8002:
    return Algorithm::MD4;
  case 0x8003:
    return Algorithm::MD5;
  case 0x8004: // CALG_SHA and CALG_SHA1
    return Algorithm::SHA1;
  case 0x6601: // CALG_DES
  case 0x6604: // CALG_DESX
    return Algorithm::DES;
  case 0x6603: // CALG_3DES
  case 0x6609: // CALG_3DES_112
    return Algorithm::TripleDES;
  case 0x6602:
    return Algorithm::RC2;
  case 0x6801:
    return Algorithm::RC4;
  case 0x660d: // CALG_RC5
    return Algorithm::RC5;
  default:
    return std::nullopt;
  }
}

const char *describe(Algorithm A) {
  switch (A) {
  case Algorithm::MD2:
    return "MD2, which has practical preimage and collision attacks";
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
  case Algorithm::RC2:
    return "RC2, a 64-bit block cipher with related-key attacks, often keyed with 40 bits";
  case Algorithm::RC4:
    return "RC4, whose biased keystream leaks plaintext (prohibited in TLS by RFC 7465)";
  case Algorithm::RC5:
    return "RC5, a 64-bit block cipher (RC5-32) that leaks plaintext after a few gigabytes "
           "under one key (Sweet32) and that no current standard accepts";
  case Algorithm::Blowfish:
    return "Blowfish, whose 64-bit block leaks plaintext after a few gigabytes under one key "
           "(Sweet32)";
  case Algorithm::ECB:
    return "ECB mode, which encrypts equal blocks to equal ciphertext and so shows the "
           "structure of the data";
  }
  llvm_unreachable("covered switch");
}

const char *replacement(Algorithm A) {
  switch (A) {
  case Algorithm::MD2:
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
  case Algorithm::RC2:
  case Algorithm::RC4:
  case Algorithm::RC5:
  case Algorithm::Blowfish:
  case Algorithm::ECB:
    return "use an authenticated cipher: AES-GCM (EVP_aes_256_gcm) or ChaCha20-Poly1305";
  }
  llvm_unreachable("covered switch");
}

AST_MATCHER(FunctionDecl, startsWeakAlgorithm) {
  return Node.getIdentifier() && startedBy(Node.getName()).has_value();
}

// With template-dependent arguments a call is resolved only in instantiations, which
// spelled-in-source traversal skips; the pattern still names the function.
auto calling(const DeclarationMatcher &Fn) {
  return anyOf(callee(Fn), callee(unresolvedLookupExpr(hasAnyDeclaration(Fn))));
}

constexpr uint64_t MinRsaBits = 2048;
constexpr uint64_t MinSymmetricBits = 128;

std::string rsaMessage(StringRef Fn, uint64_t Bits) {
  return "'" + Fn.str() + "' generates a " + std::to_string(Bits) +
         "-bit RSA key, which is within reach of factoring (NIST disallows keys under 2048 "
         "bits): use at least 2048 bits, 3072 for keys that must stay safe beyond 2030";
}

} // namespace

void WeakCryptoCheck::registerMatchers(MatchRegistry &Matchers) {
  auto StartsWeak = functionDecl(isCLibrary(), startsWeakAlgorithm());
  std::vector<StringRef> SelectNames = {"EVP_get_digestbyname", "EVP_get_cipherbyname",
                                       "EVP_MD_fetch", "EVP_CIPHER_fetch"};
  auto SelectsByName = functionDecl(isCLibrary(), anyNameOf(SelectNames));
  // HMAC and PBKDF2 do not rely on collision resistance: HMAC-SHA1 stays sound and is what
  // TOTP (RFC 6238) and many signed-request protocols mandate.
  auto KeyedUse = callExpr(callee(functionDecl(
      isCLibrary(), anyNameOf("HMAC", "HMAC_Init", "HMAC_Init_ex", "PKCS5_PBKDF2_HMAC"))));
  auto Selection = callExpr(calling(functionDecl(anyOf(StartsWeak, SelectsByName)).bind("fn")),
                            unless(hasParent(KeyedUse)));
  std::vector<StringRef> RsaNames = {"RSA_generate_key_ex", "RSA_generate_key",
                                    "EVP_PKEY_CTX_set_rsa_keygen_bits", "EVP_PKEY_Q_keygen"};
  auto RsaKeygen =
      callExpr(calling(functionDecl(isCLibrary(), anyNameOf(RsaNames)).bind("fn")));
  std::vector<StringRef> CipherNames = {"EVP_EncryptInit_ex", "EVP_EncryptInit_ex2",
                                        "EVP_EncryptInit",    "EVP_CipherInit_ex",
                                        "EVP_CipherInit_ex2", "EVP_CipherInit",
                                        "AES_cbc_encrypt"};
  auto CipherInit =
      callExpr(calling(functionDecl(isCLibrary(), anyNameOf(CipherNames)).bind("fn")));
  std::vector<StringRef> CapiNames = {"CryptCreateHash", "CryptDeriveKey", "CryptGenKey"};
  auto CryptoApi = callExpr(calling(functionDecl(isCLibrary(), anyNameOf(CapiNames)).bind("fn")));
  // Weak algorithms are a family of names (MD5_Init, EVP_md5, DES_ecb_encrypt ...), not a list.
  Matchers.onCallsTo(
      [SelectNames](StringRef Name) {
        return startedBy(Name).has_value() || llvm::is_contained(SelectNames, Name);
      },
      Selection.bind("select"), this);
  Matchers.onCallsTo(RsaNames, RsaKeygen.bind("rsa"), this);
  Matchers.onCallsTo(CipherNames, CipherInit.bind("iv"), this);
  Matchers.onCallsTo(CapiNames, CryptoApi.bind("capi"), this);
}

void WeakCryptoCheck::check(const MatchFinder::MatchResult &Result) {
  StringRef Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn")->getName();
  ASTContext &Ctx = *Result.Context;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("select"))
    checkSelection(Call, Fn);
  else if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("rsa"))
    checkRsaKeySize(Call, Fn, Ctx);
  else if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("iv"))
    checkIv(Call, Fn, Ctx);
  else if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("capi"))
    checkCryptoApi(Call, Fn, Ctx);
}

void WeakCryptoCheck::checkSelection(const CallExpr *Call, StringRef Fn) {
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

void WeakCryptoCheck::checkRsaKeySize(const CallExpr *Call, StringRef Fn, ASTContext &Ctx) {
  unsigned Index = Fn == "RSA_generate_key" ? 0 : Fn == "EVP_PKEY_Q_keygen" ? 3 : 1;
  if (Call->getNumArgs() <= Index)
    return;
  if (Fn == "EVP_PKEY_Q_keygen") { // EVP_RSA_gen(Bits); other key types take other arguments
    const auto *Type = dyn_cast<StringLiteral>(Call->getArg(2)->IgnoreParenImpCasts());
    if (!Type || Type->getCharByteWidth() != 1 || Type->getString() != "RSA")
      return;
  }
  const Expr *BitsArg = Call->getArg(Index);
  std::optional<uint64_t> Bits = visibleValue(BitsArg, Ctx);
  if (Bits && *Bits > 0 && *Bits < MinRsaBits)
    report(BitsArg->getBeginLoc(), rsaMessage(Fn, *Bits));
}

void WeakCryptoCheck::checkIv(const CallExpr *Call, StringRef Fn, ASTContext &Ctx) {
  bool Ex = Fn == "EVP_EncryptInit_ex" || Fn == "EVP_CipherInit_ex";
  unsigned IvIndex = Ex || Fn == "AES_cbc_encrypt" ? 4 : 3;
  if (Call->getNumArgs() <= IvIndex)
    return;
  // Decryption must use whatever IV the data was encrypted with; the encrypting side is
  // where a constant IV is chosen, and where it is reported.
  std::optional<unsigned> EncIndex;
  if (Fn == "AES_cbc_encrypt" || Fn == "EVP_CipherInit_ex")
    EncIndex = 5;
  else if (Fn == "EVP_CipherInit" || Fn == "EVP_CipherInit_ex2")
    EncIndex = 4;
  if (EncIndex && *EncIndex < Call->getNumArgs())
    if (std::optional<uint64_t> Enc = visibleValue(Call->getArg(*EncIndex), Ctx); Enc && *Enc == 0)
      return;
  const Expr *Iv = Call->getArg(IvIndex);
  // A null IV leaves it to a later call (or to a cipher without one).
  if (Iv->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) ||
      !isConstantBuffer(Iv, Ctx, Call))
    return;
  report(Iv->getBeginLoc(),
         "IV passed to '" + Fn.str() +
             "' is fixed in the code: equal plaintexts encrypt to equal ciphertexts under one "
             "key, and with GCM or CTR a repeated nonce exposes the plaintext; generate a fresh "
             "IV per message with RAND_bytes and send it along with the ciphertext");
}

void WeakCryptoCheck::checkCryptoApi(const CallExpr *Call, StringRef Fn, ASTContext &Ctx) {
  if (Call->getNumArgs() < 4)
    return;
  const Expr *AlgArg = Call->getArg(1);
  std::optional<uint64_t> AlgId = visibleValue(AlgArg, Ctx);
  if (!AlgId)
    return;
  if (std::optional<Algorithm> Weak = cryptoApiAlgorithm(*AlgId)) {
    // Hash identifiers name hashes, cipher identifiers ciphers; each function takes one kind.
    bool IsHash = (*AlgId & 0xe000) == 0x8000;
    if (IsHash == (Fn == "CryptCreateHash"))
      report(AlgArg->getBeginLoc(),
             "'" + Fn.str() + "' selects " + describe(*Weak) + ": " + replacement(*Weak));
    return;
  }
  if (Fn == "CryptCreateHash")
    return;
  // The key length is in the upper 16 bits of the flags; 0 means the provider's default.
  const Expr *Flags = Call->getArg(Fn == "CryptGenKey" ? 2 : 3);
  std::optional<uint64_t> FlagValue = visibleValue(Flags, Ctx);
  uint64_t Bits = FlagValue ? (*FlagValue >> 16) & 0xffff : 0;
  if (Bits == 0)
    return;
  bool IsRsa = *AlgId == 1 || *AlgId == 2 || *AlgId == 0xa400 || *AlgId == 0x2400;
  bool IsCipher = (*AlgId & 0xe000) == 0x6000;
  if (IsRsa && Fn == "CryptGenKey" && Bits < MinRsaBits)
    report(Flags->getBeginLoc(), rsaMessage(Fn, Bits));
  else if (IsCipher && Bits < MinSymmetricBits)
    report(Flags->getBeginLoc(),
           "'" + Fn.str() + "' makes a " + std::to_string(Bits) +
               "-bit key, which is brute-forced: use the algorithm's full key length (omit "
               "the length, or request 128 or more bits) with AES (CALG_AES_256)");
}

SENIORLINT_REGISTER_CHECK(WeakCryptoCheck, "security-weak-crypto");

} // namespace seniorlint
