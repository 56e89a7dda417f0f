/* Mock of OpenSSL <openssl/pem.h> (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_OPENSSL_PEM_H
#define SENIORLINT_MOCK_OPENSSL_PEM_H

#include <stdio.h>
#include <openssl/bio.h>
#include <openssl/types.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int pem_password_cb(char *buf, int size, int rwflag, void *userdata);

EVP_PKEY *PEM_read_bio_PrivateKey(BIO *bp, EVP_PKEY **x, pem_password_cb *cb, void *u);
EVP_PKEY *PEM_read_PrivateKey(FILE *fp, EVP_PKEY **x, pem_password_cb *cb, void *u);
int PEM_write_bio_PrivateKey(BIO *bp, const EVP_PKEY *x, const EVP_CIPHER *enc,
                             const unsigned char *kstr, int klen, pem_password_cb *cb, void *u);
int PEM_write_PrivateKey(FILE *fp, const EVP_PKEY *x, const EVP_CIPHER *enc,
                         const unsigned char *kstr, int klen, pem_password_cb *cb, void *u);
RSA *PEM_read_bio_RSAPrivateKey(BIO *bp, RSA **x, pem_password_cb *cb, void *u);

#ifdef __cplusplus
}
#endif

#endif
