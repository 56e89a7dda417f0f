#include <cstddef>
#include <openssl/des.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/md5.h>
#include <openssl/sha.h>
#include <string>
#include "weak-crypto-cache.h"

namespace auth {

std::string hex(const unsigned char *Digest, std::size_t Size);

std::string passwordHash(const std::string &Password) {
  unsigned char Digest[MD5_DIGEST_LENGTH];
  MD5_CTX Ctx;
  // expect: security-weak-crypto
  MD5_Init(&Ctx);
  // ok: security-weak-crypto (the sequence is reported once at MD5_Init)
  MD5_Update(&Ctx, Password.data(), Password.size());
  // ok: security-weak-crypto
  MD5_Final(Digest, &Ctx);
  return hex(Digest, sizeof Digest);
}

std::string tokenFingerprint(const std::string &Token) {
  unsigned char Digest[MD5_DIGEST_LENGTH];
  // expect: security-weak-crypto
  MD5(reinterpret_cast<const unsigned char *>(Token.data()), Token.size(), Digest);
  return hex(Digest, sizeof Digest);
}

bool signatureDigest(EVP_MD_CTX *Ctx, bool Legacy) {
  // expect: security-weak-crypto
  const EVP_MD *Md = Legacy ? EVP_sha1() : EVP_sha256();
  return EVP_DigestInit_ex(Ctx, Md, nullptr) == 1;
}

bool digestByConfig(EVP_MD_CTX *Ctx) {
  // expect: security-weak-crypto
  const EVP_MD *Md = EVP_get_digestbyname("MD5");
  return EVP_DigestInit_ex(Ctx, Md, nullptr) == 1;
}

bool legacyFetch(EVP_MD_CTX *Ctx) {
  // expect: security-weak-crypto
  EVP_MD *Md = EVP_MD_fetch(nullptr, "SHA1", nullptr);
  bool Ok = EVP_DigestInit_ex(Ctx, Md, nullptr) == 1;
  EVP_MD_free(Md);
  return Ok;
}

void encryptSessionCookie(DES_cblock *Key, DES_cblock *In, DES_cblock *Out) {
  DES_key_schedule Schedule;
  // expect: security-weak-crypto
  DES_set_key_checked(Key, &Schedule);
  // ok: security-weak-crypto (the schedule was reported where it was set)
  DES_ecb_encrypt(In, Out, &Schedule, DES_ENCRYPT);
}

bool openLegacyStream(EVP_CIPHER_CTX *Ctx, const unsigned char *Key) {
  // expect: security-weak-crypto
  return EVP_EncryptInit_ex(Ctx, EVP_rc4(), nullptr, Key, nullptr) == 1;
}

bool openLegacyVault(EVP_CIPHER_CTX *Ctx, const unsigned char *Key, const unsigned char *Iv) {
  // expect: security-weak-crypto
  return EVP_DecryptInit_ex(Ctx, EVP_des_ede3_cbc(), nullptr, Key, Iv) == 1;
}

bool cipherByName(EVP_CIPHER_CTX *Ctx, const unsigned char *Key, const unsigned char *Iv) {
  // expect: security-weak-crypto
  const EVP_CIPHER *Cipher = EVP_get_cipherbyname("des-cbc");
  return EVP_EncryptInit_ex(Ctx, Cipher, nullptr, Key, Iv) == 1;
}

std::string passwordHashSafely(EVP_MD_CTX *Ctx, const std::string &Salted) {
  unsigned char Digest[EVP_MAX_MD_SIZE];
  unsigned int Size = 0;
  // ok: security-weak-crypto
  EVP_DigestInit_ex(Ctx, EVP_sha256(), nullptr);
  EVP_DigestUpdate(Ctx, Salted.data(), Salted.size());
  EVP_DigestFinal_ex(Ctx, Digest, &Size);
  return hex(Digest, Size);
}

unsigned int totp(const unsigned char *Secret, int SecretSize, const unsigned char *Counter) {
  unsigned char Mac[EVP_MAX_MD_SIZE];
  unsigned int Size = 0;
  // ok: security-weak-crypto (RFC 6238 specifies HMAC-SHA1; HMAC needs no collision resistance)
  HMAC(EVP_sha1(), Secret, SecretSize, Counter, 8, Mac, &Size);
  return Size;
}

bool modernCipher(EVP_CIPHER_CTX *Ctx, const unsigned char *Key, const unsigned char *Iv) {
  // ok: security-weak-crypto
  return EVP_EncryptInit_ex(Ctx, EVP_get_cipherbyname("aes-256-gcm"), nullptr, Key, Iv) == 1;
}

bool digestFromConfig(EVP_MD_CTX *Ctx, const std::string &Name) {
  // ok: security-weak-crypto (the name is configuration; nothing to judge here)
  return EVP_DigestInit_ex(Ctx, EVP_get_digestbyname(Name.c_str()), nullptr) == 1;
}

template <typename Body> std::string legacyEtag(const Body &B) {
  unsigned char Digest[SHA_DIGEST_LENGTH];
  // expect: security-weak-crypto
  SHA1(reinterpret_cast<const unsigned char *>(B.data()), B.size(), Digest);
  return hex(Digest, sizeof Digest);
}

// A project's own checksum type, not OpenSSL's MD5.
struct Checksums {
  static std::string MD5(const std::string &Body);
};

std::string etag(const std::string &Body) {
  // ok: security-weak-crypto
  return Checksums::MD5(Body);
}

} // namespace auth
