#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <syslog.h>
#include "service_logging.h"

struct DatabaseConfig {
  std::string Host;
  std::string DbPassword;
  std::string PasswordPolicy;
};

class LoginRequest {
public:
  const std::string &user() const;
  const std::string &password() const;
  const std::string &apiKey() const;
};

std::string mask(const std::string &Secret);
bool checkToken(const std::string &Token);

class AuthHandler {
public:
  void connect(const DatabaseConfig &Config) {
    // expect: security-secret-in-log
    std::printf("connecting to %s with %s\n", Config.Host.c_str(), Config.DbPassword.c_str());
  }

  void rejectToken(const std::string &User, const std::string &AccessToken) {
    // expect: security-secret-in-log
    std::cerr << "auth failed for " << User << ", token=" << AccessToken << '\n';
  }

  void login(const LoginRequest &Req) {
    // expect: security-secret-in-log
    LOG_INFO("user %s logs in with %s", Req.user().c_str(), Req.password().c_str());
  }

  void callPartner(const LoginRequest &Req) {
    // expect: security-secret-in-log
    LOG(INFO) << "calling partner API with key " << Req.apiKey();
  }

  void verify(const std::string &User, const std::string &Password) {
    if (Password.size() < 12)
      // expect: security-secret-in-log
      throw std::runtime_error("password for " + User + " too short: " + Password);
  }

  void expire(const char *SessionId) {
    // expect: security-secret-in-log
    syslog(LOG_AUTH | LOG_WARNING, "session %s expired", SessionId);
  }

  void connectFromEnvironment() {
    const char *Db = std::getenv("DB_PASSWORD");
    // expect: security-secret-in-log
    std::fprintf(stderr, "db credentials: %s\n", Db);
  }

  void logDsn(const DatabaseConfig &Config) {
    const std::string Dsn = "host=" + Config.Host + " password=" + Config.DbPassword;
    // expect: security-secret-in-log
    LOG_INFO("connecting with %s", Dsn.c_str());
  }

  // Near misses.
  void logMaskedPassword(const DatabaseConfig &Config) {
    std::string Shown = Config.DbPassword;
    Shown = mask(Shown);
    // ok: security-secret-in-log
    LOG_INFO("connecting with password %s", Shown.c_str());
  }

  void connectQuietly(const DatabaseConfig &Config) {
    // ok: security-secret-in-log
    std::printf("connecting to %s (password: %zu bytes)\n", Config.Host.c_str(),
                Config.DbPassword.size());
  }

  void rejectTokenMasked(const std::string &User, const std::string &AccessToken) {
    // ok: security-secret-in-log
    std::cerr << "auth failed for " << User << ", token=" << mask(AccessToken) << '\n';
  }

  void checkSession(const std::string &Token) {
    // The token goes to checkToken, only the verdict to the log.
    // ok: security-secret-in-log
    LOG_INFO("token valid: %d, present: %s", checkToken(Token), Token.empty() ? "no" : "yes");
  }

  void describePolicy(const DatabaseConfig &Config, const std::string &TokenizerName) {
    // ok: security-secret-in-log
    LOG_WARN("password policy %s, tokenizer %s", Config.PasswordPolicy.c_str(),
             TokenizerName.c_str());
  }

  void listUsers(const std::string &NextPageToken) {
    // A pagination token only marks a position in a listing.
    // ok: security-secret-in-log
    LOG_INFO("listing users from page %s", NextPageToken.c_str());
  }

  void rejectShortPassword(const std::string &User) {
    // ok: security-secret-in-log
    throw std::invalid_argument("password for " + User + " is too short");
  }

  std::string cacheKey(const std::string &AccessToken) {
    std::ostringstream Key;
    // A string stream builds a value; it is not a log.
    // ok: security-secret-in-log
    Key << "session:" << AccessToken;
    return Key.str();
  }
};

// A lexer's token is a word of the input, not a credential.
void parseFilter(const std::string &Token) {
  // ok: security-secret-in-log
  std::cerr << "unexpected token '" << Token << "' in filter\n";
}
