/* Mock of OpenSSL (seniorlint test fixtures): opaque type names shared by the headers. */
#ifndef SENIORLINT_MOCK_OPENSSL_TYPES_H
#define SENIORLINT_MOCK_OPENSSL_TYPES_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ossl_lib_ctx_st OSSL_LIB_CTX;
typedef struct engine_st ENGINE;
typedef struct evp_md_st EVP_MD;
typedef struct evp_md_ctx_st EVP_MD_CTX;
typedef struct evp_cipher_st EVP_CIPHER;
typedef struct evp_cipher_ctx_st EVP_CIPHER_CTX;
typedef struct evp_pkey_st EVP_PKEY;
typedef struct ssl_st SSL;
typedef struct ssl_ctx_st SSL_CTX;
typedef struct ssl_method_st SSL_METHOD;
typedef struct x509_st X509;
typedef struct x509_store_ctx_st X509_STORE_CTX;
typedef struct evp_pkey_ctx_st EVP_PKEY_CTX;
typedef struct bio_st BIO;
typedef struct rsa_st RSA;
typedef struct bignum_st BIGNUM;
typedef struct bn_gencb_st BN_GENCB;
typedef struct ossl_param_st OSSL_PARAM;

#ifdef __cplusplus
}
#endif

#endif
