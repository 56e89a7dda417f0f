#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>
#include <openssl/crypto.h>
#include "webhook_verifier.h"

struct Session {
  std::string CsrfToken;
  std::string UserId;
};

class ApiRequest {
public:
  std::string header(std::string_view Name) const;
  const std::string &apiKey() const;
  const std::string &body() const;
};

std::vector<uint8_t> computeMac(const std::string &Body);
std::string lookupApiKey(const std::string &Client);

class AuthMiddleware {
public:
  bool checkCsrf(const Session &S, const ApiRequest &R) {
    std::string Submitted = R.header("X-CSRF-Token");
    // expect: security-timing-unsafe-compare
    return Submitted == S.CsrfToken;
  }

  bool checkApiKey(const ApiRequest &R, const std::string &Client) {
    std::string Stored = lookupApiKey(Client);
    // expect: security-timing-unsafe-compare
    return std::strcmp(R.apiKey().c_str(), Stored.c_str()) == 0;
  }

  bool checkBodyMac(const ApiRequest &R, const std::vector<uint8_t> &ReceivedMac) {
    std::vector<uint8_t> ExpectedMac = computeMac(R.body());
    if (ReceivedMac.size() != ExpectedMac.size())
      return false;
    // expect: security-timing-unsafe-compare
    return std::memcmp(ExpectedMac.data(), ReceivedMac.data(), ExpectedMac.size()) == 0;
  }

  bool checkSignature(const std::vector<uint8_t> &Signature, const std::string &Body) {
    std::vector<uint8_t> Computed = computeMac(Body);
    // expect: security-timing-unsafe-compare
    return std::equal(Signature.begin(), Signature.end(), Computed.begin());
  }

  // Near misses.
  bool checkBodyMacSafely(const ApiRequest &R, const std::vector<uint8_t> &ReceivedMac) {
    std::vector<uint8_t> ExpectedMac = computeMac(R.body());
    if (ReceivedMac.size() != ExpectedMac.size())
      return false;
    // ok: security-timing-unsafe-compare
    return CRYPTO_memcmp(ExpectedMac.data(), ReceivedMac.data(), ExpectedMac.size()) == 0;
  }

  bool tokenWellFormed(const std::string &Token) {
    // A length is public.
    // ok: security-timing-unsafe-compare
    return Token.size() == 32;
  }

  bool tokenMissing(const std::string &Token) {
    // ok: security-timing-unsafe-compare
    return Token == "";
  }

  bool sameTokenizer(const std::string &TokenizerName, const std::string &Requested) {
    // ok: security-timing-unsafe-compare
    return TokenizerName == Requested;
  }

  bool supportsDigest(const std::string &DigestAlgorithmName, const std::string &Requested) {
    // ok: security-timing-unsafe-compare
    return DigestAlgorithmName == Requested;
  }

  bool passwordsAgree(const std::string &NewPassword, const std::string &PasswordConfirmation) {
    // The user typed both: nothing secret is compared against a guess.
    // ok: security-timing-unsafe-compare
    return NewPassword == PasswordConfirmation;
  }

  bool isPng(const unsigned char *FileSignature) {
    static const unsigned char kPngSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    // A file format's magic bytes are public.
    // ok: security-timing-unsafe-compare
    return std::memcmp(FileSignature, kPngSignature, sizeof kPngSignature) == 0;
  }

  bool sameHashedToken(const std::string &HashedToken, const std::string &StoredHash) {
    // ok: security-timing-unsafe-compare
    return HashedToken == StoredHash;
  }
};

// A lexer's token is a word of the input, not a credential.
class QueryStringParser {
public:
  bool accept(const std::string &Keyword) {
    // ok: security-timing-unsafe-compare
    return Token == Keyword;
  }

private:
  std::string Token;
};
