/* Mock of OpenSSL <openssl/rc4.h> (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_OPENSSL_RC4_H
#define SENIORLINT_MOCK_OPENSSL_RC4_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned int RC4_INT;

typedef struct rc4_key_st {
  RC4_INT x, y;
  RC4_INT data[256];
} RC4_KEY;

void RC4_set_key(RC4_KEY *key, int len, const unsigned char *data);
void RC4(RC4_KEY *key, size_t len, const unsigned char *indata, unsigned char *outdata);

#ifdef __cplusplus
}
#endif

#endif
