// real-headers: yes
/* A C metrics shipper: pushes batches to a collector over HTTPS, and a TLS health probe. */
#include <curl/curl.h>
#include <openssl/ssl.h>
#include <stddef.h>

static int accept_any(int preverify_ok, X509_STORE_CTX *store) {
  (void)preverify_ok;
  (void)store;
  return 1;
}

static int check_chain(int preverify_ok, X509_STORE_CTX *store) {
  (void)store;
  return preverify_ok;
}

int push_batch(CURL *curl, const char *url, const char *body) {
  const long verify = 0;
  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
  // expect: security-tls-verification-disabled
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, verify);
  // expect: security-tls-verification-disabled
  curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYHOST, 0L);
  return curl_easy_perform(curl) == CURLE_OK;
}

SSL_CTX *probe_context(int strict) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (strict)
    // ok: security-tls-verification-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, check_chain);
  else
    // expect: security-tls-verification-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, accept_any);
  return ctx;
}

int push_batch_verified(CURL *curl, const char *url) {
  curl_easy_setopt(curl, CURLOPT_URL, url);
  // ok: security-tls-verification-disabled
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  return curl_easy_perform(curl) == CURLE_OK;
}

SSL_CTX *listener_context(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  // ok: security-tls-verification-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  return ctx;
}
