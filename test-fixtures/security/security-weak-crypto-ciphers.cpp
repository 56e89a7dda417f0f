// real-headers: yes
// Ciphers, modes, key sizes and IVs: a token vault, a cookie sealer, a key service.
#include <cstddef>
#include <cstdint>
#include <openssl/aes.h>
#include <openssl/blowfish.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/rc4.h>
#include <openssl/rsa.h>
#include <string>
#include <vector>
#include "weak-crypto-keys.h"

namespace vault {

class TokenVault {
public:
  bool sealLegacy(const unsigned char *Key, const std::string &Plain, std::string &Sealed);
  bool seal(const unsigned char *Key, const std::string &Plain, std::string &Sealed);
  bool unseal(const unsigned char *Key, const unsigned char *Iv, const std::string &Sealed);

private:
  EVP_CIPHER_CTX *Ctx = nullptr;
};

bool TokenVault::sealLegacy(const unsigned char *Key, const std::string &Plain,
                            std::string &Sealed) {
  // expect: security-weak-crypto
  if (EVP_EncryptInit_ex(Ctx, EVP_aes_256_ecb(), nullptr, Key, nullptr) != 1)
    return false;
  Sealed.resize(Plain.size() + 16);
  return true;
}

bool TokenVault::seal(const unsigned char *Key, const std::string &Plain, std::string &Sealed) {
  unsigned char Iv[12];
  if (RAND_bytes(Iv, sizeof Iv) != 1)
    return false;
  // ok: security-weak-crypto (fresh random IV and authenticated mode)
  if (EVP_EncryptInit_ex(Ctx, EVP_aes_256_gcm(), nullptr, Key, Iv) != 1)
    return false;
  Sealed.assign(reinterpret_cast<const char *>(Iv), sizeof Iv);
  return !Plain.empty();
}

bool TokenVault::unseal(const unsigned char *Key, const unsigned char *Iv,
                        const std::string &Sealed) {
  // ok: security-weak-crypto (the IV travels with the ciphertext)
  return EVP_DecryptInit_ex(Ctx, EVP_aes_256_gcm(), nullptr, Key, Iv) == 1 && !Sealed.empty();
}

// A session cookie sealed with a key and an IV that never change.
bool sealCookie(EVP_CIPHER_CTX *Ctx, const unsigned char *Key) {
  static const unsigned char kCookieIv[16] = {0x13, 0x37, 0x42, 0x00, 0x01, 0x02, 0x03, 0x04,
                                              0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c};
  // expect: security-weak-crypto
  return EVP_EncryptInit_ex(Ctx, EVP_aes_128_cbc(), nullptr, Key, kCookieIv) == 1;
}

bool sealBackup(EVP_CIPHER_CTX *Ctx, const unsigned char *Key) {
  unsigned char Iv[16] = {0};
  // expect: security-weak-crypto
  return EVP_CipherInit_ex(Ctx, EVP_aes_256_ctr(), nullptr, Key, Iv, 1) == 1;
}

bool sealExport(EVP_CIPHER_CTX *Ctx, const unsigned char *Key) {
  // expect: security-weak-crypto
  return EVP_EncryptInit(Ctx, EVP_aes_256_cbc(), Key, (const unsigned char *)"0123456789abcdef") == 1;
}

void encryptRecord(const AES_KEY *Key, const unsigned char *In, unsigned char *Out, size_t Size) {
  unsigned char Iv[AES_BLOCK_SIZE] = {};
  // expect: security-weak-crypto
  AES_cbc_encrypt(In, Out, Size, Key, Iv, AES_ENCRYPT);
}

void encryptRecordSafely(const AES_KEY *Key, const unsigned char *In, unsigned char *Out,
                         size_t Size, unsigned char *IvOut) {
  unsigned char Iv[AES_BLOCK_SIZE] = {0};
  RAND_bytes(Iv, sizeof Iv);
  for (size_t I = 0; I < sizeof Iv; ++I)
    IvOut[I] = Iv[I];
  // ok: security-weak-crypto (Iv is overwritten with random bytes first)
  AES_cbc_encrypt(In, Out, Size, Key, Iv, AES_ENCRYPT);
}

void decryptLegacyRecord(const AES_KEY *Key, const unsigned char *In, unsigned char *Out,
                         size_t Size) {
  unsigned char Iv[AES_BLOCK_SIZE] = {0};
  // ok: security-weak-crypto (decryption uses the IV the producer chose)
  AES_cbc_encrypt(In, Out, Size, Key, Iv, AES_DECRYPT);
}

bool resumeStream(EVP_CIPHER_CTX *Ctx, const unsigned char *Key, const std::vector<uint8_t> &Iv) {
  // ok: security-weak-crypto
  return EVP_CipherInit_ex(Ctx, nullptr, nullptr, Key, Iv.data(), 1) == 1;
}

void encryptBlock(const AES_KEY *Key, const unsigned char *In, unsigned char *Out) {
  // expect: security-weak-crypto
  AES_ecb_encrypt(In, Out, Key, AES_ENCRYPT);
}

const EVP_CIPHER *cipherFromConfig(bool Legacy) {
  // expect: security-weak-crypto
  EVP_CIPHER *Ecb = EVP_CIPHER_fetch(nullptr, "AES-128-ECB", nullptr);
  // ok: security-weak-crypto
  EVP_CIPHER *Gcm = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
  return Legacy ? Ecb : Gcm;
}

bool legacyPartnerFeed(EVP_CIPHER_CTX *Ctx, const unsigned char *Key, const unsigned char *Iv) {
  // expect: security-weak-crypto
  return EVP_EncryptInit_ex(Ctx, EVP_bf_cbc(), nullptr, Key, Iv) == 1;
}

bool legacyExportCipher(EVP_CIPHER_CTX *Ctx, const unsigned char *Key, const unsigned char *Iv) {
  // expect: security-weak-crypto
  return EVP_EncryptInit_ex(Ctx, EVP_rc2_cbc(), nullptr, Key, Iv) == 1;
}

void scrambleSessionBlob(const unsigned char *Key, int KeySize, const unsigned char *In,
                         unsigned char *Out, size_t Size) {
  RC4_KEY Schedule;
  // expect: security-weak-crypto
  RC4_set_key(&Schedule, KeySize, Key);
  // ok: security-weak-crypto (the keystream was reported where it was keyed)
  RC4(&Schedule, Size, In, Out);
}

void obfuscateId(const unsigned char *Key, const unsigned char *In, unsigned char *Out) {
  BF_KEY Schedule;
  // expect: security-weak-crypto
  BF_set_key(&Schedule, 16, Key);
  // ok: security-weak-crypto
  BF_ecb_encrypt(In, Out, &Schedule, BF_ENCRYPT);
}

// Key generation for the signing service.
constexpr int kLegacyBits = 1024;

RSA *makeLegacySigningKey() {
  RSA *Rsa = RSA_new();
  BIGNUM *E = BN_new();
  BN_set_word(E, RSA_F4);
  // expect: security-weak-crypto
  RSA_generate_key_ex(Rsa, kLegacyBits, E, nullptr);
  BN_free(E);
  return Rsa;
}

EVP_PKEY *makeDeviceKey() {
  EVP_PKEY_CTX *Ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
  EVP_PKEY *Key = nullptr;
  int Bits = 1536;
  EVP_PKEY_keygen_init(Ctx);
  // expect: security-weak-crypto
  EVP_PKEY_CTX_set_rsa_keygen_bits(Ctx, Bits);
  EVP_PKEY_keygen(Ctx, &Key);
  EVP_PKEY_CTX_free(Ctx);
  return Key;
}

EVP_PKEY *makeTestKey() {
  // expect: security-weak-crypto
  return EVP_RSA_gen(512);
}

EVP_PKEY *makeSigningKey(int ConfiguredBits) {
  EVP_PKEY_CTX *Ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
  EVP_PKEY *Key = nullptr;
  EVP_PKEY_keygen_init(Ctx);
  // ok: security-weak-crypto (3072 bits)
  EVP_PKEY_CTX_set_rsa_keygen_bits(Ctx, 3072);
  // ok: security-weak-crypto (configuration decides; nothing to judge here)
  EVP_PKEY_CTX_set_rsa_keygen_bits(Ctx, ConfiguredBits);
  EVP_PKEY_keygen(Ctx, &Key);
  EVP_PKEY_CTX_free(Ctx);
  return Key;
}

EVP_PKEY *makeServiceKey() {
  // ok: security-weak-crypto
  return EVP_RSA_gen(keys::kServiceKeyBits);
}

} // namespace vault
