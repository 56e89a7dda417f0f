/* Mock of OpenSSL <openssl/hmac.h> (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_OPENSSL_HMAC_H
#define SENIORLINT_MOCK_OPENSSL_HMAC_H

#include <stddef.h>
#include <openssl/types.h>

#ifdef __cplusplus
extern "C" {
#endif

unsigned char *HMAC(const EVP_MD *evp_md, const void *key, int key_len, const unsigned char *data,
                    size_t data_len, unsigned char *md, unsigned int *md_len);

#ifdef __cplusplus
}
#endif

#endif
