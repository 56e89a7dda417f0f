/* Mock of OpenSSL <openssl/bn.h> (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_OPENSSL_BN_H
#define SENIORLINT_MOCK_OPENSSL_BN_H

#include <openssl/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define BN_ULONG unsigned long

BIGNUM *BN_new(void);
void BN_free(BIGNUM *a);
int BN_set_word(BIGNUM *a, BN_ULONG w);

#ifdef __cplusplus
}
#endif

#endif
