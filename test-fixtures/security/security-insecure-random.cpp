// A session service: session ids, password reset tokens, CSRF tokens, API keys; plus the
// retry, sampling and load-balancing code that uses randomness legitimately.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>
#include "random-ids.h"

namespace sessions {

struct Session {
  std::string UserId;
  std::string Token;
  uint64_t Id = 0;
};

void initRandom() {
  std::srand(static_cast<unsigned>(std::time(nullptr)));
}

Session openSession(const std::string &User) {
  Session S;
  S.UserId = User;
  // expect: security-insecure-random
  S.Id = (static_cast<uint64_t>(std::rand()) << 32) | std::rand();
  return S;
}

std::string newResetToken() {
  char Token[33];
  // expect: security-insecure-random
  std::snprintf(Token, sizeof Token, "%08lx%08lx", random(), random());
  return Token;
}

class CsrfGuard {
public:
  CsrfGuard() : Gen(std::chrono::system_clock::now().time_since_epoch().count()) {}
  std::string issue();

private:
  std::mt19937_64 Gen;
};

std::string CsrfGuard::issue() {
  std::uniform_int_distribution<int> Hex(0, 15);
  std::string CsrfToken;
  for (int I = 0; I < 32; ++I)
    // expect: security-insecure-random
    CsrfToken.push_back("0123456789abcdef"[Hex(Gen)]);
  return CsrfToken;
}

std::string newApiKey() {
  // Built by the header's helper from rand(): reported there.
  // ok: security-insecure-random
  std::string ApiKey = "ak_" + ids::randomAlnum(32);
  return ApiKey;
}

bool encryptExport(EVP_CIPHER_CTX *Ctx, const unsigned char *Key) {
  std::mt19937 Gen(static_cast<unsigned>(time(nullptr)));
  unsigned char Iv[16];
  for (auto &Byte : Iv)
    // expect: security-insecure-random
    Byte = static_cast<unsigned char>(Gen());
  return EVP_EncryptInit_ex(Ctx, EVP_aes_256_gcm(), nullptr, Key, Iv) == 1;
}

void reseedOpenSsl() {
  // expect: security-insecure-random
  unsigned Extra = static_cast<unsigned>(std::rand());
  RAND_seed(&Extra, sizeof Extra);
}

void storeSalt(const std::string &User, long Salt);

void registerUser(const std::string &User) {
  // expect: security-insecure-random
  storeSalt(User, lrand48());
}

// Retries with jitter, sampling, load balancing and test data: randomness that is not secret.
void backoff(int Attempt) {
  // ok: security-insecure-random
  usleep(static_cast<useconds_t>((100 << Attempt) + std::rand() % 100) * 1000);
}

bool sampled(int RatePercent) {
  // ok: security-insecure-random
  return std::rand() % 100 < RatePercent;
}

const std::string &pickBackend(const std::vector<std::string> &Backends) {
  // ok: security-insecure-random
  std::size_t Index = static_cast<std::size_t>(std::rand()) % Backends.size();
  return Backends[Index];
}

std::vector<Session> fakeSessions(int Count) {
  std::minstd_rand Gen(42);
  std::vector<Session> Out;
  for (int I = 0; I < Count; ++I) {
    Session S;
    // ok: security-insecure-random (a user id in generated test data)
    S.UserId = std::to_string(Gen());
    Out.push_back(S);
  }
  return Out;
}

} // namespace sessions
