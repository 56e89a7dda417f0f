/* Mock of OpenSSL <openssl/ssl.h> (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_OPENSSL_SSL_H
#define SENIORLINT_MOCK_OPENSSL_SSL_H

#include <openssl/crypto.h>
#include <openssl/pem.h>
#include <openssl/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SSL_VERIFY_NONE 0x00
#define SSL_VERIFY_PEER 0x01
#define SSL_VERIFY_FAIL_IF_NO_PEER_CERT 0x02
#define SSL_VERIFY_CLIENT_ONCE 0x04

#define TLS1_VERSION 0x0301
#define TLS1_1_VERSION 0x0302
#define TLS1_2_VERSION 0x0303
#define TLS1_3_VERSION 0x0304
#define X509_V_OK 0

#define SSL_CTRL_SET_MIN_PROTO_VERSION 123
#define SSL_CTRL_SET_TLSEXT_HOSTNAME 55
#define TLSEXT_NAMETYPE_host_name 0

typedef int (*SSL_verify_cb)(int preverify_ok, X509_STORE_CTX *x509_ctx);

#define SSL_EXT_CLIENT_HELLO 0x0080
#define SSL_EXT_TLS1_3_ENCRYPTED_EXTENSIONS 0x0400

typedef int (*SSL_custom_ext_add_cb_ex)(SSL *s, unsigned int ext_type, unsigned int context,
                                        const unsigned char **out, size_t *outlen, X509 *x,
                                        size_t chainidx, int *al, void *add_arg);
typedef void (*SSL_custom_ext_free_cb_ex)(SSL *s, unsigned int ext_type, unsigned int context,
                                          const unsigned char *out, void *add_arg);
typedef int (*SSL_custom_ext_parse_cb_ex)(SSL *s, unsigned int ext_type, unsigned int context,
                                          const unsigned char *in, size_t inlen, X509 *x,
                                          size_t chainidx, int *al, void *parse_arg);

const SSL_METHOD *TLS_method(void);
const SSL_METHOD *TLS_client_method(void);
const SSL_METHOD *TLS_server_method(void);
#define SSLv23_method TLS_method
#define SSLv23_client_method TLS_client_method

SSL_CTX *SSL_CTX_new(const SSL_METHOD *method);
void SSL_CTX_free(SSL_CTX *ctx);
void SSL_CTX_set_verify(SSL_CTX *ctx, int mode, SSL_verify_cb callback);
void SSL_CTX_set_verify_depth(SSL_CTX *ctx, int depth);
void SSL_CTX_set_cert_verify_callback(SSL_CTX *ctx, int (*cb)(X509_STORE_CTX *, void *),
                                      void *arg);
void SSL_CTX_set_default_passwd_cb(SSL_CTX *ctx, pem_password_cb *cb);
void SSL_CTX_set_default_passwd_cb_userdata(SSL_CTX *ctx, void *u);
int SSL_CTX_set_default_verify_paths(SSL_CTX *ctx);
int SSL_CTX_load_verify_locations(SSL_CTX *ctx, const char *CAfile, const char *CApath);
int SSL_CTX_use_certificate_file(SSL_CTX *ctx, const char *file, int type);
int SSL_CTX_use_certificate_chain_file(SSL_CTX *ctx, const char *file);
int SSL_CTX_use_PrivateKey_file(SSL_CTX *ctx, const char *file, int type);
long SSL_CTX_ctrl(SSL_CTX *ctx, int cmd, long larg, void *parg);
int SSL_CTX_add_custom_ext(SSL_CTX *ctx, unsigned int ext_type, unsigned int context,
                           SSL_custom_ext_add_cb_ex add_cb, SSL_custom_ext_free_cb_ex free_cb,
                           void *add_arg, SSL_custom_ext_parse_cb_ex parse_cb, void *parse_arg);
#define SSL_CTX_set_min_proto_version(ctx, version)                                               \
  SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MIN_PROTO_VERSION, version, NULL)

SSL *SSL_new(SSL_CTX *ctx);
void SSL_free(SSL *ssl);
void SSL_set_verify(SSL *s, int mode, SSL_verify_cb callback);
void SSL_set_default_passwd_cb_userdata(SSL *s, void *u);
void SSL_set_connect_state(SSL *s);
void SSL_set_accept_state(SSL *s);
int SSL_set_fd(SSL *ssl, int fd);
int SSL_connect(SSL *ssl);
int SSL_accept(SSL *ssl);
int SSL_read(SSL *ssl, void *buf, int num);
int SSL_write(SSL *ssl, const void *buf, int num);
int SSL_shutdown(SSL *ssl);
int SSL_get_error(const SSL *ssl, int ret);
long SSL_get_verify_result(const SSL *ssl);
int SSL_set1_host(SSL *s, const char *hostname);
long SSL_ctrl(SSL *ssl, int cmd, long larg, void *parg);
#define SSL_set_tlsext_host_name(s, name)                                                         \
  SSL_ctrl(s, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, (void *)(name))

#ifdef __cplusplus
}
#endif

#endif
