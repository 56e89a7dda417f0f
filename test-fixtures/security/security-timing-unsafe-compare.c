#include <string.h>
#include <strings.h>

struct api_client {
  char name[32];
  char secret[64];
  unsigned char mac[6];
};

int verify_client_secret(const struct api_client *client, const char *presented) {
  // expect: security-timing-unsafe-compare
  return strcmp(client->secret, presented) == 0;
}

int verify_otp(const char *otp, const char *expected, size_t len) {
  // expect: security-timing-unsafe-compare
  return strncmp(otp, expected, len) == 0;
}

int verify_hmac(const unsigned char *hmac, const unsigned char *computed) {
  // expect: security-timing-unsafe-compare
  return bcmp(hmac, computed, 32) == 0;
}

int same_client(const struct api_client *client, const char *name) {
  // ok: security-timing-unsafe-compare
  return strcmp(client->name, name) == 0;
}

int same_device(const struct api_client *client, const unsigned char *peer_mac) {
  // An Ethernet address is six public bytes.
  // ok: security-timing-unsafe-compare
  return memcmp(client->mac, peer_mac, 6) == 0;
}

int is_default_token(const char *token) {
  // ok: security-timing-unsafe-compare
  return strcmp(token, "changeme") == 0;
}
