/* Mock of OpenSSL <openssl/rand.h> (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_OPENSSL_RAND_H
#define SENIORLINT_MOCK_OPENSSL_RAND_H

#ifdef __cplusplus
extern "C" {
#endif

int RAND_bytes(unsigned char *buf, int num);
int RAND_priv_bytes(unsigned char *buf, int num);
int RAND_pseudo_bytes(unsigned char *buf, int num);
void RAND_seed(const void *buf, int num);
int RAND_status(void);

#ifdef __cplusplus
}
#endif

#endif
