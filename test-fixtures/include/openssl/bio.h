/* Mock of OpenSSL <openssl/bio.h> (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_OPENSSL_BIO_H
#define SENIORLINT_MOCK_OPENSSL_BIO_H

#include <openssl/types.h>

#ifdef __cplusplus
extern "C" {
#endif

BIO *BIO_new_file(const char *filename, const char *mode);
BIO *BIO_new_mem_buf(const void *buf, int len);
int BIO_free(BIO *a);

#ifdef __cplusplus
}
#endif

#endif
