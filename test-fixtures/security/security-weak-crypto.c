// real-headers: yes
/* A C service: file encryption for uploads, password hashing in a legacy admin tool. */
#include <openssl/evp.h>
#include <openssl/md5.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <stddef.h>

static const unsigned char kUploadIv[16] = "fixed-iv-123456";

int upload_encrypt_init(EVP_CIPHER_CTX *ctx, const unsigned char *key) {
  // expect: security-weak-crypto
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, kUploadIv);
}

int upload_encrypt_init_random(EVP_CIPHER_CTX *ctx, const unsigned char *key, unsigned char *iv) {
  if (RAND_bytes(iv, 16) != 1)
    return 0;
  // ok: security-weak-crypto
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);
}

int upload_key_init(EVP_CIPHER_CTX *ctx, const unsigned char *key) {
  // ok: security-weak-crypto (key only; the IV is set by a second call)
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, NULL);
}

void admin_password_digest(const char *password, size_t size, unsigned char *out) {
  MD5_CTX c;
  // expect: security-weak-crypto
  MD5_Init(&c);
  MD5_Update(&c, password, size);
  MD5_Final(out, &c);
}

static const int kAdminKeyBits = 1024;

RSA *admin_key(void) {
  RSA *rsa = RSA_new();
  BIGNUM *e = BN_new();
  BN_set_word(e, RSA_F4);
  // expect: security-weak-crypto
  RSA_generate_key_ex(rsa, kAdminKeyBits, e, NULL);
  BN_free(e);
  return rsa;
}

RSA *service_key(void) {
  RSA *rsa = RSA_new();
  BIGNUM *e = BN_new();
  BN_set_word(e, RSA_F4);
  // ok: security-weak-crypto
  RSA_generate_key_ex(rsa, 2048, e, NULL);
  BN_free(e);
  return rsa;
}
