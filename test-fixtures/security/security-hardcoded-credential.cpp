// real-headers: yes
// An account service: login against the directory, calls to a payment provider, signing keys.
#include <cstdlib>
#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <string>
#include "credential-defaults.h"

namespace accounts {

// expect: security-hardcoded-credential
static const char *const kStripeApiKey = "sk_live_51H8rTqLkX0aBcDeFgHiJkLmN";
// expect: security-hardcoded-credential
constexpr const char kJwtSecret[] = "correct-horse-battery-staple";
// ok: security-hardcoded-credential (a prompt and not a password)
static const char *const kPasswordPrompt = "Password: ";
// ok: security-hardcoded-credential (the name of the environment variable)
static const char *const kDbPasswordVar = "DB_PASSWORD";
// ok: security-hardcoded-credential (a header name)
static const char *const kApiKeyHeader = "X-Api-Key";
// ok: security-hardcoded-credential
const int password_min_length = 8;
// ok: security-hardcoded-credential (an error message)
const std::string kInvalidTokenMessage = "invalid token";

class PaymentClient {
public:
  PaymentClient();
  explicit PaymentClient(std::string Token) : AccessToken(std::move(Token)) {}
  void rotate(const std::string &Fresh) { AccessToken = Fresh; }
  void useSandbox() {
    // expect: security-hardcoded-credential
    AccessToken = "tok_sandbox_9f8e7d6c5b4a";
  }
  void reset() {
    // ok: security-hardcoded-credential (cleared and not set)
    AccessToken = "";
  }

private:
  std::string AccessToken;
  std::string ClientSecret;
};

PaymentClient::PaymentClient()
    // expect: security-hardcoded-credential
    : AccessToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhY2NvdW50cyJ9.c2lnbmF0dXJl"),
      // ok: security-hardcoded-credential (read from the environment)
      ClientSecret(std::getenv("PAYMENT_CLIENT_SECRET")) {}

std::string adminPassword() {
  // ok: security-hardcoded-credential (configuration decides)
  const char *password = std::getenv("ADMIN_PASSWORD");
  return password ? password : "";
}

void tokenizeHeader(std::string &token, char Separator) {
  // ok: security-hardcoded-credential (a lexer token and not a credential)
  token = ",";
  token += Separator;
}

bool fetchReport(CURL *Handle) {
  curl_easy_setopt(Handle, CURLOPT_URL, "https://reports.example.com/daily.csv");
  // expect: security-hardcoded-credential
  curl_easy_setopt(Handle, CURLOPT_USERPWD, "reports:R3p0rts-Reader");
  return curl_easy_perform(Handle) == CURLE_OK;
}

bool fetchReportAs(CURL *Handle, const std::string &User, const std::string &Password) {
  curl_easy_setopt(Handle, CURLOPT_USERNAME, User.c_str());
  // ok: security-hardcoded-credential
  curl_easy_setopt(Handle, CURLOPT_PASSWORD, Password.c_str());
  return curl_easy_perform(Handle) == CURLE_OK;
}

bool callPartner(CURL *Handle) {
  // expect: security-hardcoded-credential
  curl_easy_setopt(Handle, CURLOPT_XOAUTH2_BEARER, "ya29.a0AfH6SMBx3kLq");
  return curl_easy_perform(Handle) == CURLE_OK;
}

EVP_PKEY *loadSigningKey(BIO *Pem) {
  // expect: security-hardcoded-credential
  return PEM_read_bio_PrivateKey(Pem, nullptr, nullptr, (void *)"changeit");
}

EVP_PKEY *loadSigningKeyWith(BIO *Pem, const std::string &Passphrase) {
  // ok: security-hardcoded-credential
  return PEM_read_bio_PrivateKey(Pem, nullptr, nullptr, (void *)Passphrase.c_str());
}

void configureServerKey(SSL_CTX *Ctx) {
  // expect: security-hardcoded-credential
  SSL_CTX_set_default_passwd_cb_userdata(Ctx, (void *)"server-key-pass");
}

bool deriveExportKey(unsigned char *Key) {
  const unsigned char Salt[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  // expect: security-hardcoded-credential
  return PKCS5_PBKDF2_HMAC("export-master", 13, Salt, sizeof Salt, 600000, EVP_sha256(), 32, Key) == 1;
}

// expect: security-hardcoded-credential
static const char kServiceKey[] = "-----BEGIN PRIVATE KEY-----\n"
                                  "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"
                                  "-----END PRIVATE KEY-----\n";

const char *serviceKey() { return kServiceKey; }

// ok: security-hardcoded-credential
const char *kKeyFileHelp = "the key file must start with -----BEGIN PRIVATE KEY----- (PKCS #8)";
// ok: security-hardcoded-credential
const char *kKeyDocs = "write `-----BEGIN ... PRIVATE KEY-----` blocks to a file; -----END";

int loginAttempts(const notify::SmtpSettings &S) { return S.Port + S.PasswordMinLength; }

} // namespace accounts
