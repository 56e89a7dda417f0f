/* Mock of OpenSSL <openssl/crypto.h> (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_OPENSSL_CRYPTO_H
#define SENIORLINT_MOCK_OPENSSL_CRYPTO_H

#include <stddef.h>
#include <openssl/types.h>

#ifdef __cplusplus
extern "C" {
#endif

int CRYPTO_memcmp(const void *a, const void *b, size_t len);
void *CRYPTO_malloc(size_t num, const char *file, int line);
void CRYPTO_free(void *ptr, const char *file, int line);
void OPENSSL_cleanse(void *ptr, size_t len);

#define OPENSSL_malloc(num) CRYPTO_malloc(num, __FILE__, __LINE__)
#define OPENSSL_free(addr) CRYPTO_free(addr, __FILE__, __LINE__)

#ifdef __cplusplus
}
#endif

#endif
