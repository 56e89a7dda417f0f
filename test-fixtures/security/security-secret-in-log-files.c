/* A password written to a debug log file (the Juliet CWE-534 shape) is a log, reported by
 * security-secret-in-log; to any other file it is storage, reported by
 * security-plaintext-password-storage. */
#include <stdio.h>

void log_attempt_bad(const char *user, const char *password) {
  FILE *debug_file = fopen("debug.txt", "a+");
  if (debug_file == NULL)
    return;
  // expect: security-secret-in-log
  // ok: security-plaintext-password-storage
  fprintf(debug_file, "%s attempted access with password: %s\n", user, password);
  fclose(debug_file);
}

void trace_attempt_bad(const char *password) {
  FILE *out;
  out = fopen("/var/log/agent/logon.txt", "a");
  if (out == NULL)
    return;
  // expect: security-secret-in-log
  fputs(password, out);
  fclose(out);
}

void log_attempt_good(const char *user, const char *password) {
  FILE *debug_file = fopen("debug.txt", "a+");
  if (debug_file == NULL || password == NULL)
    return;
  // ok: security-secret-in-log
  fprintf(debug_file, "%s attempted access\n", user);
  fclose(debug_file);
}

void save_login(const char *password) {
  FILE *store = fopen("login.txt", "w");
  if (store == NULL)
    return;
  // ok: security-secret-in-log (login.txt is not a log)
  // expect: security-plaintext-password-storage
  fprintf(store, "%s\n", password);
  fclose(store);
}
