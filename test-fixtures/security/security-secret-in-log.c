#include <stdio.h>
#include <syslog.h>
#include <unistd.h>

struct smtp_account {
  const char *user;
  const char *password;
};

void smtp_login(const struct smtp_account *account) {
  // expect: security-secret-in-log
  printf("SMTP login %s/%s\n", account->user, account->password);
}

void smtp_debug(const struct smtp_account *account) {
  // expect: security-secret-in-log
  dprintf(STDERR_FILENO, "AUTH PLAIN %s\n", account->password);
}

void smtp_fail(const char *user, const char *api_key) {
  // expect: security-secret-in-log
  syslog(LOG_ERR, "relay rejected %s (key %s)", user, api_key);
}

void smtp_login_quietly(const struct smtp_account *account) {
  // ok: security-secret-in-log
  printf("SMTP login %s (password %s)\n", account->user, account->password ? "set" : "missing");
}

void smtp_fail_quietly(const char *user, int has_password) {
  // ok: security-secret-in-log
  fprintf(stderr, "relay rejected %s (password given: %d)\n", user, has_password);
}

void smtp_policy(const char *password_policy) {
  // ok: security-secret-in-log
  syslog(LOG_INFO, "password policy: %s", password_policy);
}
