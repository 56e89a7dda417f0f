/* The shape of the Juliet test suite for CWE-256: a logon password kept as plain text in a
 * file and read back as is, next to the same password decrypted after reading, or typed. */
#include <stdio.h>
#include <string.h>
#include <windows.h>

#define BUFFER_SIZE 100

int decrypt_in_place(char *text, size_t size);

static void logon_as(const char *user, char *secret_text) {
  HANDLE handle;
  if (LogonUserA(user, "CORP", secret_text, LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT,
                 &handle) != 0)
    CloseHandle(handle);
}

void service_logon_bad(void) {
  char buffer[BUFFER_SIZE] = "";
  char *data = buffer;
  HANDLE handle;
  FILE *file = fopen("service-account.txt", "r");
  if (file != NULL) {
    if (fgets(data, BUFFER_SIZE, file) == NULL)
      data[0] = '\0';
    fclose(file);
  }
  // expect: security-plaintext-password-storage
  if (LogonUserA("svc", "CORP", data, LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT,
                 &handle) != 0)
    CloseHandle(handle);
}

void service_logon_decrypted_good(void) {
  char data[BUFFER_SIZE] = "";
  HANDLE handle;
  FILE *file = fopen("service-account.bin", "rb");
  if (file == NULL)
    return;
  if (fread(data, 1, BUFFER_SIZE - 1, file) == 0)
    data[0] = '\0';
  fclose(file);
  if (decrypt_in_place(data, sizeof data) != 0)
    return;
  // ok: security-plaintext-password-storage
  if (LogonUserA("svc", "CORP", data, LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT,
                 &handle) != 0)
    CloseHandle(handle);
}

void operator_logon_good(void) {
  char data[BUFFER_SIZE] = "";
  size_t length;
  HANDLE handle;
  if (fgets(data, BUFFER_SIZE, stdin) == NULL)
    return;
  length = strlen(data);
  if (length > 0)
    data[length - 1] = '\0';
  // ok: security-plaintext-password-storage (typed by the operator)
  if (LogonUserA("operator", "CORP", data, LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT,
                 &handle) != 0)
    CloseHandle(handle);
}

void user_logon_good(const char *user, char *secret_text) {
  // ok: security-plaintext-password-storage (where it came from is the caller's)
  logon_as(user, secret_text);
}
