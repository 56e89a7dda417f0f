/* Mock of OpenSSL <openssl/blowfish.h> (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_OPENSSL_BLOWFISH_H
#define SENIORLINT_MOCK_OPENSSL_BLOWFISH_H

#ifdef __cplusplus
extern "C" {
#endif

#define BF_ENCRYPT 1
#define BF_DECRYPT 0
#define BF_ROUNDS 16
#define BF_BLOCK 8

typedef unsigned int BF_LONG;

typedef struct bf_key_st {
  BF_LONG P[BF_ROUNDS + 2];
  BF_LONG S[4 * 256];
} BF_KEY;

void BF_set_key(BF_KEY *key, int len, const unsigned char *data);
void BF_ecb_encrypt(const unsigned char *in, unsigned char *out, const BF_KEY *key, int enc);
void BF_cbc_encrypt(const unsigned char *in, unsigned char *out, long length,
                    const BF_KEY *schedule, unsigned char *ivec, int enc);

#ifdef __cplusplus
}
#endif

#endif
