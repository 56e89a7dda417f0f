/* The shape of the Juliet test suite for CWE-319: a logon password received as plain text from
 * a socket and used as is, next to the same password decrypted after receiving it. */
#include <string.h>
#include <sys/socket.h>
#include <windows.h>

#define BUFFER_SIZE 100

int decrypt_in_place(char *text, size_t size);

void remote_logon_bad(int sock) {
  char buffer[BUFFER_SIZE] = "";
  char *data = buffer;
  size_t length = strlen(data);
  ssize_t got;
  HANDLE handle;
  got = recv(sock, (char *)(data + length), BUFFER_SIZE - length - 1, 0);
  if (got <= 0)
    return;
  data[length + got] = '\0';
  // expect: security-cleartext-transmission
  if (LogonUserA("svc", "CORP", data, LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT,
                 &handle) != 0)
    CloseHandle(handle);
}

void remote_logon_decrypted_good(int sock) {
  char data[BUFFER_SIZE] = "";
  ssize_t got;
  HANDLE handle;
  got = recv(sock, data, BUFFER_SIZE - 1, 0);
  if (got <= 0)
    return;
  data[got] = '\0';
  if (strchr(data, '\r') != NULL || decrypt_in_place(data, sizeof data) != 0)
    return;
  // ok: security-cleartext-transmission
  if (LogonUserA("svc", "CORP", data, LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT,
                 &handle) != 0)
    CloseHandle(handle);
}

void local_logon_good(const char *typed) {
  char data[BUFFER_SIZE];
  HANDLE handle;
  strncpy(data, typed, BUFFER_SIZE - 1);
  data[BUFFER_SIZE - 1] = '\0';
  // ok: security-cleartext-transmission
  if (LogonUserA("svc", "CORP", data, LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT,
                 &handle) != 0)
    CloseHandle(handle);
}
