// Fixture for cloud-hardcoded-endpoint: deployment-specific addresses in resolvers and clients.
#include <arpa/inet.h>
#include <cstdlib>
#include <curl/curl.h>
#include <netdb.h>
#include "endpoints.h"

namespace orders {

int resolvePrimary(addrinfo **Out) {
  addrinfo Hints{};
  // expect: cloud-hardcoded-endpoint
  return getaddrinfo("10.0.3.17", "5432", &Hints, Out);
}

int resolveCache(addrinfo **Out) {
  addrinfo Hints{};
  // The constant is reported where it is written (endpoints.h), once.
  return getaddrinfo(kCacheHost, "6379", &Hints, Out);
}

int resolveCacheAgain(addrinfo **Out) {
  addrinfo Hints{};
  return getaddrinfo(kCacheHost, "6380", &Hints, Out);
}

void fetchInventory(CURL *Curl) {
  // expect: cloud-hardcoded-endpoint
  curl_easy_setopt(Curl, CURLOPT_URL, "https://inventory.svc.cluster.local:8443/v1/stock");
  // expect: cloud-hardcoded-endpoint
  curl_easy_setopt(Curl, CURLOPT_PROXY, "http://squid:3128");
}

void parseGateway(in_addr *Out) {
  // expect: cloud-hardcoded-endpoint
  inet_pton(AF_INET6, "fd00:10:96::a", Out);
}

// Read from the environment: the twelve-factor way.
int resolveConfigured(addrinfo **Out) {
  addrinfo Hints{};
  const char *Host = std::getenv("ORDERS_DB_HOST");
  // ok: cloud-hardcoded-endpoint
  return getaddrinfo(Host ? Host : "localhost", "5432", &Hints, Out);
}

// Loopback and the any-address are the same in every deployment.
void local(in_addr *Out, addrinfo **Res) {
  addrinfo Hints{};
  // ok: cloud-hardcoded-endpoint
  inet_pton(AF_INET, "127.0.0.1", Out);
  // ok: cloud-hardcoded-endpoint
  getaddrinfo("0.0.0.0", "8080", &Hints, Res);
  // ok: cloud-hardcoded-endpoint
  getaddrinfo("localhost", "8080", &Hints, Res);
}

// A public service's name is the service itself.
void publicApi(CURL *Curl) {
  // ok: cloud-hardcoded-endpoint
  curl_easy_setopt(Curl, CURLOPT_URL, "https://api.github.com/repos/acme/orders/releases");
}

// A URL that is not an address option, and a template filled at run time.
void otherOptions(CURL *Curl) {
  // ok: cloud-hardcoded-endpoint
  curl_easy_setopt(Curl, CURLOPT_USERNAME, "deploy");
  // ok: cloud-hardcoded-endpoint
  curl_easy_setopt(Curl, CURLOPT_URL, "https://%s:8443/health");
}

// The project's own helper of the same name is not the resolver.
namespace net {
int getaddrinfo(const char *Name);
}
// ok: cloud-hardcoded-endpoint
int Probe = net::getaddrinfo("db-primary");

} // namespace orders
