/* Mock of OpenSSL <openssl/aes.h> (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_OPENSSL_AES_H
#define SENIORLINT_MOCK_OPENSSL_AES_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define AES_ENCRYPT 1
#define AES_DECRYPT 0
#define AES_MAXNR 14
#define AES_BLOCK_SIZE 16

typedef struct aes_key_st {
  unsigned int rd_key[4 * (AES_MAXNR + 1)];
  int rounds;
} AES_KEY;

/* OpenSSL 3.0 deprecates all of these (OSSL_DEPRECATEDIN_3_0); the mock marks the three no
   other fixture uses, so that only opensource-deprecated-api's fixture sees the attribute. */
#define OSSL_DEPRECATEDIN_3_0 __attribute__((deprecated("Since OpenSSL 3.0")))
OSSL_DEPRECATEDIN_3_0 int AES_set_encrypt_key(const unsigned char *userKey, const int bits,
                                              AES_KEY *key);
OSSL_DEPRECATEDIN_3_0 int AES_set_decrypt_key(const unsigned char *userKey, const int bits,
                                              AES_KEY *key);
OSSL_DEPRECATEDIN_3_0 void AES_encrypt(const unsigned char *in, unsigned char *out,
                                       const AES_KEY *key);
void AES_ecb_encrypt(const unsigned char *in, unsigned char *out, const AES_KEY *key,
                     const int enc);
void AES_cbc_encrypt(const unsigned char *in, unsigned char *out, size_t length,
                     const AES_KEY *key, unsigned char *ivec, const int enc);

#ifdef __cplusplus
}
#endif

#endif
