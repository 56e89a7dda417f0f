/* Mock of OpenSSL <openssl/rsa.h> (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_OPENSSL_RSA_H
#define SENIORLINT_MOCK_OPENSSL_RSA_H

#include <stddef.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RSA_3 0x3L
#define RSA_F4 0x10001L

RSA *RSA_new(void);
void RSA_free(RSA *r);
int RSA_generate_key_ex(RSA *rsa, int bits, BIGNUM *e, BN_GENCB *cb);
RSA *RSA_generate_key(int bits, unsigned long e, void (*callback)(int, int, void *), void *cb_arg);
int EVP_PKEY_CTX_set_rsa_keygen_bits(EVP_PKEY_CTX *ctx, int bits);

#define EVP_RSA_gen(bits) EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)(0 + (bits)))

#ifdef __cplusplus
}
#endif

#endif
