// Project header: defaults for the notification service.
#pragma once

#include <string>

namespace notify {

struct SmtpSettings {
  std::string Host = "smtp.example.com";
  int Port = 587;
  std::string User = "notifier";
  // expect: security-hardcoded-credential
  std::string Password = "Wint3r-2024!";
  // ok: security-hardcoded-credential (filled from the environment at start-up)
  std::string ApiToken;
  // ok: security-hardcoded-credential
  int PasswordMinLength = 12;
};

// ok: security-hardcoded-credential (a form field name and not a value)
inline constexpr const char *kPasswordField = "password";

} // namespace notify
