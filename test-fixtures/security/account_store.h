// Project header: how the account service keeps credentials for the SMTP relay it logs in to.
#pragma once

#include <fstream>
#include <string>

namespace accounts {

struct RelayCredentials {
  std::string User;
  std::string Password;
};

inline bool saveRelayCredentials(const std::string &Path, const RelayCredentials &C) {
  std::ofstream Out(Path);
  // expect: security-plaintext-password-storage
  Out << "user=" << C.User << "\npassword=" << C.Password << '\n';
  return static_cast<bool>(Out);
}

inline bool saveRelayUser(const std::string &Path, const RelayCredentials &C) {
  std::ofstream Out(Path);
  // ok: security-plaintext-password-storage
  Out << "user=" << C.User << "\npassword_file=/run/secrets/relay\n";
  return static_cast<bool>(Out);
}

} // namespace accounts
