/* A C backup agent: uploads with libcurl, an encrypted local index, a Windows service login. */
#include <curl/curl.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <windows.h>

/* SQLCipher's key functions, declared by its sqlite3.h when SQLITE_HAS_CODEC is set. */
typedef struct sqlite3 sqlite3;
int sqlite3_key(sqlite3 *db, const void *pKey, int nKey);

// expect: security-hardcoded-credential
static const char *backup_password = "Backup#2023";
// ok: security-hardcoded-credential
static const char *backup_password_env = "BACKUP_PASSWORD";
// ok: security-hardcoded-credential (a placeholder the installer replaces)
static const char *backup_token = "${BACKUP_TOKEN}";

int open_index(sqlite3 *db) {
  // expect: security-hardcoded-credential
  return sqlite3_key(db, "idx-k3y-0001", 12);
}

int open_index_with(sqlite3 *db, const char *key, int size) {
  // ok: security-hardcoded-credential
  return sqlite3_key(db, key, size);
}

int upload(CURL *curl, const char *file) {
  curl_easy_setopt(curl, CURLOPT_URL, file);
  curl_easy_setopt(curl, CURLOPT_USERNAME, "backup");
  curl_easy_setopt(curl, CURLOPT_PASSWORD, backup_password);
  return curl_easy_perform(curl) == CURLE_OK;
}

int upload_as_configured(CURL *curl) {
  // ok: security-hardcoded-credential
  curl_easy_setopt(curl, CURLOPT_PASSWORD, getenv(backup_password_env));
  return curl_easy_perform(curl) == CURLE_OK && backup_token != NULL;
}

int service_logon(HANDLE *token) {
  // expect: security-hardcoded-credential
  return LogonUserA("svc-backup", "CORP", "Svc!Backup9", LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT, token);
}

int derive_index_key(HCRYPTPROV prov, HCRYPTKEY *key) {
  HCRYPTHASH hash = 0;
  if (!CryptCreateHash(prov, CALG_SHA_256, 0, 0, &hash))
    return 0;
  // expect: security-hardcoded-credential
  CryptHashData(hash, (const BYTE *)"index-master-key", 16, 0);
  return CryptDeriveKey(prov, CALG_AES_256, hash, 0, key);
}

int checksum_label(HCRYPTPROV prov, HCRYPTHASH *hash) {
  if (!CryptCreateHash(prov, CALG_SHA_256, 0, 0, hash))
    return 0;
  // ok: security-hardcoded-credential (a label hashed for a checksum and no key derived from it)
  return CryptHashData(*hash, (const BYTE *)"backup-index-v2", 15, 0);
}
