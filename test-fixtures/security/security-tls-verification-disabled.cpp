// real-headers: yes
// TLS clients and servers of a payment gateway: an upstream API client, a webhook sender,
// an internal mTLS listener.
#include <cstdio>
#include <curl/curl.h>
#include <openssl/ssl.h>
#include <string>
#include "tls-client-options.h"

namespace gateway {

void logCertificateError(X509_STORE_CTX *Store);

struct UpstreamConfig {
  std::string Host;
  bool InsecureSkipVerify = false;
};

SSL_CTX *makeUpstreamContext(const UpstreamConfig &Config) {
  SSL_CTX *Ctx = SSL_CTX_new(TLS_client_method());
  if (Config.InsecureSkipVerify) {
    // expect: security-tls-verification-disabled
    SSL_CTX_set_verify(Ctx, SSL_VERIFY_NONE, nullptr);
  } else {
    // ok: security-tls-verification-disabled
    SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, nullptr);
    SSL_CTX_set_default_verify_paths(Ctx);
  }
  return Ctx;
}

bool connectUpstream(SSL_CTX *Ctx, int Fd) {
  SSL *Ssl = SSL_new(Ctx);
  SSL_set_fd(Ssl, Fd);
  // expect: security-tls-verification-disabled
  SSL_set_verify(Ssl, SSL_VERIFY_NONE, nullptr);
  return SSL_connect(Ssl) == 1;
}

// Logs the problem and carries on: the chain is never rejected.
static int logAndAccept(int PreverifyOk, X509_STORE_CTX *Store) {
  if (!PreverifyOk)
    logCertificateError(Store);
  return 1;
}

static int logAndDecide(int PreverifyOk, X509_STORE_CTX *Store) {
  if (!PreverifyOk)
    logCertificateError(Store);
  return PreverifyOk;
}

void configureVerification(SSL_CTX *Ctx, bool Strict) {
  if (Strict) {
    // ok: security-tls-verification-disabled
    SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, logAndDecide);
    return;
  }
  // expect: security-tls-verification-disabled
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, logAndAccept);
}

void configureStaging(SSL_CTX *Ctx) {
  // expect: security-tls-verification-disabled
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, [](int, X509_STORE_CTX *) { return 1; });
  // expect: security-tls-verification-disabled
  SSL_CTX_set_cert_verify_callback(Ctx, [](X509_STORE_CTX *, void *) { return 1; }, nullptr);
}

class WebhookSender {
public:
  bool post(const std::string &Url, const std::string &Body);

private:
  CURL *Handle = nullptr;
};

bool WebhookSender::post(const std::string &Url, const std::string &Body) {
  curl_easy_setopt(Handle, CURLOPT_URL, Url.c_str());
  curl_easy_setopt(Handle, CURLOPT_POSTFIELDS, Body.c_str());
  // expect: security-tls-verification-disabled
  curl_easy_setopt(Handle, CURLOPT_SSL_VERIFYPEER, 0L);
  // expect: security-tls-verification-disabled
  curl_easy_setopt(Handle, CURLOPT_PROXY_SSL_VERIFYPEER, false);
  return curl_easy_perform(Handle) == CURLE_OK;
}

bool fetchStatus(CURL *Handle) {
  curl_easy_setopt(Handle, CURLOPT_URL, "https://status.payments.example.com/v1/health");
  // ok: security-tls-verification-disabled
  curl_easy_setopt(Handle, CURLOPT_SSL_VERIFYPEER, 1L);
  // ok: security-tls-verification-disabled
  curl_easy_setopt(Handle, CURLOPT_SSL_VERIFYHOST, 2L);
  // ok: security-tls-verification-disabled (a private CA and verification stays on)
  curl_easy_setopt(Handle, CURLOPT_CAINFO, "/etc/gateway/ca.pem");
  return curl_easy_perform(Handle) == CURLE_OK;
}

// A public HTTPS listener: clients are not asked for a certificate.
SSL_CTX *makeListenerContext() {
  SSL_CTX *Ctx = SSL_CTX_new(TLS_server_method());
  // ok: security-tls-verification-disabled
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_NONE, nullptr);
  return Ctx;
}

class AdminListener {
public:
  AdminListener();
  void allowAnonymousClients();

private:
  SSL_CTX *Ctx;
};

AdminListener::AdminListener() : Ctx(SSL_CTX_new(TLS_method())) {
  SSL_CTX_use_certificate_chain_file(Ctx, "/etc/gateway/admin.crt");
  SSL_CTX_use_PrivateKey_file(Ctx, "/etc/gateway/admin.key", 1);
}

void AdminListener::allowAnonymousClients() {
  // ok: security-tls-verification-disabled (a server that stops asking for client certificates)
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_NONE, nullptr);
}

} // namespace gateway
