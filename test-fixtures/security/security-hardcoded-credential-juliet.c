/* The shapes of the Juliet test suite for CWE-259 and CWE-321: a credential copied from a
 * literal into a buffer, then used for a logon or hashed into a key, next to the same code
 * reading it from the console. */
#include <stdio.h>
#include <string.h>
#include <windows.h>

#define SERVICE_PASSWORD "Qx7!pass2024"
#define INDEX_KEY "Idx0Hardcoded"
#define BUFFER_SIZE 100

static void print_line(const char *line) { puts(line); }

static void logon(const char *password) {
  HANDLE handle;
  if (LogonUserA("svc", "CORP", password, LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT,
                 &handle) != 0)
    CloseHandle(handle);
}

void cwe259_copy_bad(void) {
  char password_buffer[BUFFER_SIZE] = "";
  char *password = password_buffer;
  // expect: security-hardcoded-credential
  // expect: security-banned-function
  strcpy(password, SERVICE_PASSWORD);
  logon(password);
}

void cwe259_buffer_bad(void) {
  char buffer[BUFFER_SIZE] = "";
  char *secret_text = buffer;
  HANDLE handle;
  strncpy(buffer, "Svc!Backup9", BUFFER_SIZE - 1);
  // expect: security-hardcoded-credential
  if (LogonUserA("svc", "CORP", secret_text, LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT,
                 &handle) != 0)
    CloseHandle(handle);
}

void cwe321_key_bad(HCRYPTPROV provider, HCRYPTKEY *key) {
  char seed_buffer[BUFFER_SIZE] = "";
  char *seed = seed_buffer;
  HCRYPTHASH hash = 0;
  // expect: security-banned-function
  strcpy(seed, INDEX_KEY);
  if (!CryptCreateHash(provider, CALG_SHA_256, 0, 0, &hash))
    return;
  // expect: security-hardcoded-credential
  if (!CryptHashData(hash, (BYTE *)seed, strlen(seed), 0))
    return;
  CryptDeriveKey(provider, CALG_AES_256, hash, 0, key);
}

void cwe321_named_key_bad(char *crypto_key) {
  // expect: security-hardcoded-credential
  // expect: security-banned-function
  strcpy(crypto_key, INDEX_KEY);
}

void cwe259_console_good(void) {
  char password_buffer[BUFFER_SIZE] = "";
  char *password = password_buffer;
  size_t length;
  // ok: security-hardcoded-credential
  // expect: security-banned-function
  strcpy(password, "");
  if (fgets(password, BUFFER_SIZE, stdin) == NULL)
    password[0] = '\0';
  length = strlen(password);
  if (length > 0)
    password[length - 1] = '\0';
  logon(password);
}

void cwe259_prompt_good(void) {
  char password_prompt[32];
  // ok: security-hardcoded-credential
  // expect: security-banned-function
  strcpy(password_prompt, "Password:");
  print_line(password_prompt);
}

void cwe321_label_good(HCRYPTPROV provider, HCRYPTHASH *hash) {
  char label[BUFFER_SIZE];
  if (!CryptCreateHash(provider, CALG_SHA_256, 0, 0, hash))
    return;
  // expect: security-banned-function
  strcpy(label, "backup-index-v2");
  // ok: security-hardcoded-credential (hashed for a checksum: no key is derived from it)
  CryptHashData(*hash, (BYTE *)label, strlen(label), 0);
}

void cwe259_copy_after_good(char *out) {
  char buffer[BUFFER_SIZE] = "";
  HANDLE handle;
  if (fgets(buffer, BUFFER_SIZE, stdin) == NULL)
    return;
  // ok: security-hardcoded-credential (the literal is copied after the logon)
  if (LogonUserA("svc", "CORP", buffer, LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT,
                 &handle) != 0)
    CloseHandle(handle);
  // expect: security-banned-function
  strcpy(buffer, "Svc!Backup9-old");
  // expect: security-banned-function
  strcpy(out, buffer);
}
