// Project header: key parameters shared by the services, and a helper that seals small blobs.
#pragma once

#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace keys {

constexpr int kServiceKeyBits = 4096;

inline bool sealSmallBlob(EVP_CIPHER_CTX *Ctx, const unsigned char *Key) {
  static constexpr unsigned char kBlobIv[12] = {};
  // expect: security-weak-crypto
  return EVP_EncryptInit_ex(Ctx, EVP_aes_256_gcm(), nullptr, Key, kBlobIv) == 1;
}

inline RSA *legacyPartnerKey(RSA *Rsa, BIGNUM *E) {
  // expect: security-weak-crypto
  return RSA_generate_key_ex(Rsa, 1024, E, nullptr) == 1 ? Rsa : nullptr;
}

} // namespace keys
