// A Windows agent: file checksums, a legacy settings cipher, a device key.
#include <windows.h>
#include <wincrypt.h>
#include <string>

namespace agent {

class Checksum {
public:
  explicit Checksum(HCRYPTPROV Prov) : Prov(Prov) {}
  bool begin();
  bool beginModern();

private:
  HCRYPTPROV Prov;
  HCRYPTHASH Hash = 0;
};

bool Checksum::begin() {
  // expect: security-weak-crypto
  return CryptCreateHash(Prov, CALG_MD5, 0, 0, &Hash) == TRUE;
}

bool Checksum::beginModern() {
  // ok: security-weak-crypto
  return CryptCreateHash(Prov, CALG_SHA_256, 0, 0, &Hash) == TRUE;
}

bool signLegacyManifest(HCRYPTPROV Prov, HCRYPTHASH *Hash) {
  const ALG_ID Algorithm = CALG_SHA1;
  // expect: security-weak-crypto
  return CryptCreateHash(Prov, Algorithm, 0, 0, Hash) == TRUE;
}

bool macSettings(HCRYPTPROV Prov, HCRYPTKEY Key, HCRYPTHASH *Hash) {
  // ok: security-weak-crypto (HMAC; its inner hash is set with HP_HMAC_INFO)
  return CryptCreateHash(Prov, CALG_HMAC, Key, 0, Hash) == TRUE;
}

bool settingsKey(HCRYPTPROV Prov, HCRYPTHASH PasswordHash, HCRYPTKEY *Key) {
  // expect: security-weak-crypto
  return CryptDeriveKey(Prov, CALG_RC4, PasswordHash, CRYPT_EXPORTABLE, Key) == TRUE;
}

bool archiveKey(HCRYPTPROV Prov, HCRYPTHASH PasswordHash, HCRYPTKEY *Key) {
  // expect: security-weak-crypto
  return CryptDeriveKey(Prov, CALG_RC5, PasswordHash, 0, Key) == TRUE;
}

bool exportKey(HCRYPTPROV Prov, HCRYPTHASH PasswordHash, HCRYPTKEY *Key) {
  // expect: security-weak-crypto
  return CryptDeriveKey(Prov, CALG_AES_128, PasswordHash, (64 << 16) | CRYPT_EXPORTABLE, Key) == TRUE;
}

bool profileKey(HCRYPTPROV Prov, HCRYPTHASH PasswordHash, HCRYPTKEY *Key) {
  // ok: security-weak-crypto
  return CryptDeriveKey(Prov, CALG_AES_256, PasswordHash, (256 << 16) | CRYPT_EXPORTABLE, Key) == TRUE;
}

bool sessionKey(HCRYPTPROV Prov, HCRYPTKEY *Key) {
  // expect: security-weak-crypto
  return CryptGenKey(Prov, CALG_3DES, CRYPT_EXPORTABLE, Key) == TRUE;
}

bool deviceKey(HCRYPTPROV Prov, HCRYPTKEY *Key) {
  // expect: security-weak-crypto
  return CryptGenKey(Prov, AT_KEYEXCHANGE, (1024 << 16) | CRYPT_EXPORTABLE, Key) == TRUE;
}

bool signingKey(HCRYPTPROV Prov, HCRYPTKEY *Key) {
  // ok: security-weak-crypto
  return CryptGenKey(Prov, AT_SIGNATURE, (3072 << 16), Key) == TRUE;
}

bool defaultKey(HCRYPTPROV Prov, HCRYPTKEY *Key) {
  // ok: security-weak-crypto (the provider's default length for AES is the full key)
  return CryptGenKey(Prov, CALG_AES_256, CRYPT_EXPORTABLE, Key) == TRUE;
}

} // namespace agent
