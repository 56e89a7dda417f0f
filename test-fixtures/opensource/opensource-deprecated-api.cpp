// Fixture for opensource-deprecated-api: library APIs their maintainers deprecated.
#include <curl/curl.h>
#include <openssl/aes.h>
#include <stdio.h>
#include "legacy_cache.h"

namespace uploads {

// OpenSSL 3 deprecated the low-level AES functions in favour of EVP.
void encryptBlock(const unsigned char *Key, const unsigned char *In, unsigned char *Out) {
  AES_KEY Schedule;
  // expect: opensource-deprecated-api
  AES_set_encrypt_key(Key, 256, &Schedule);
  // expect: opensource-deprecated-api
  AES_encrypt(In, Out, &Schedule);
}

// A pointer to a deprecated function is a use all the same.
// expect: opensource-deprecated-api
void (*const BlockCipher)(const unsigned char *, unsigned char *, const AES_KEY *) = &AES_encrypt;

// libcurl's form API and an option it replaced.
void postForm(CURL *Curl, curl_httppost **First, curl_httppost **Last) {
  // expect: opensource-deprecated-api
  curl_formadd(First, Last, 0);
  // expect: opensource-deprecated-api
  curl_easy_setopt(Curl, CURLOPT_PROGRESSFUNCTION, nullptr);
}

// ok: opensource-deprecated-api
void postMime(CURL *Curl) { curl_mime_init(Curl); }

void progress(CURL *Curl) {
  // ok: opensource-deprecated-api
  curl_easy_setopt(Curl, CURLOPT_XFERINFOFUNCTION, nullptr);
}

// The project's own deprecations are its own migration: the compiler reports those.
// ok: opensource-deprecated-api
int Hits = legacyLookup("user:1");

// An undeprecated function of the same library.
void decryptCbc(const unsigned char *In, unsigned char *Out, size_t Size, const AES_KEY *Key,
                unsigned char *Iv) {
  // ok: opensource-deprecated-api
  AES_cbc_encrypt(In, Out, Size, Key, Iv, AES_DECRYPT);
}

// glibc deprecates gets(); security-banned-function reports it, with the better advice.
void readName(char *Name) {
  // expect: security-banned-function
  // ok: opensource-deprecated-api
  gets(Name);
}

} // namespace uploads
