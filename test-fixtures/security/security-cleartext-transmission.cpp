// A billing worker: exports to partners, health probes, a legacy license server protocol.
#include <cstdio>
#include <cstring>
#include <curl/curl.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include "cleartext-endpoints.h"

namespace billing {

struct Partner {
  std::string Host;
  std::string ApiKey;
};

bool pushExport(CURL *Handle, const Partner &P, const std::string &Csv) {
  std::string Url = "http://" + P.Host + "/api/v1/exports";
  Url += "?format=csv";
  // expect: security-cleartext-transmission
  curl_easy_setopt(Handle, CURLOPT_URL, Url.c_str());
  curl_easy_setopt(Handle, CURLOPT_POSTFIELDS, Csv.c_str());
  return curl_easy_perform(Handle) == CURLE_OK;
}

bool uploadStatement(CURL *Handle, const char *Host, const char *File) {
  char Url[256];
  std::snprintf(Url, sizeof Url, "ftp://%s/statements/%s", Host, File);
  // expect: security-cleartext-transmission
  curl_easy_setopt(Handle, CURLOPT_URL, Url);
  return curl_easy_perform(Handle) == CURLE_OK;
}

bool uploadStatementOverTls(CURL *Handle, const char *Host, const char *File) {
  char Url[256];
  std::snprintf(Url, sizeof Url, "ftp://%s/statements/%s", Host, File);
  // ok: security-cleartext-transmission (AUTH TLS is required before the login)
  curl_easy_setopt(Handle, CURLOPT_URL, Url);
  curl_easy_setopt(Handle, CURLOPT_USE_SSL, CURLUSESSL_ALL);
  return curl_easy_perform(Handle) == CURLE_OK;
}

bool notifyPartner(CURLU *Url) {
  // expect: security-cleartext-transmission
  return curl_url_set(Url, CURLUPART_URL, "http://hooks.partner.example.net/billing", 0) == CURLUE_OK;
}

bool probeSidecar(CURL *Handle) {
  // ok: security-cleartext-transmission (loopback never leaves the machine)
  curl_easy_setopt(Handle, CURLOPT_URL, "http://127.0.0.1:15020/healthz/ready");
  return curl_easy_perform(Handle) == CURLE_OK;
}

bool probeLocalAgent(CURL *Handle) {
  // ok: security-cleartext-transmission
  curl_easy_setopt(Handle, CURLOPT_URL, "http://localhost:8126/info");
  return curl_easy_perform(Handle) == CURLE_OK;
}

bool readInstanceRegion(CURL *Handle) {
  // ok: security-cleartext-transmission (the cloud metadata service only speaks http)
  curl_easy_setopt(Handle, CURLOPT_URL, "http://169.254.169.254/latest/meta-data/placement/region");
  return curl_easy_perform(Handle) == CURLE_OK;
}

bool pushSecure(CURL *Handle, const Partner &P) {
  std::string Url = "https://" + P.Host + "/api/v1/exports";
  // ok: security-cleartext-transmission
  curl_easy_setopt(Handle, CURLOPT_URL, Url.c_str());
  return curl_easy_perform(Handle) == CURLE_OK;
}

bool fetchThroughProxy(CURL *Handle, bool Tls, const std::string &Host) {
  // ok: security-cleartext-transmission (the scheme is configuration)
  curl_easy_setopt(Handle, CURLOPT_URL, ((Tls ? std::string("https://") : std::string("http://")) + Host).c_str());
  // ok: security-cleartext-transmission (an http proxy tunnels TLS with CONNECT)
  curl_easy_setopt(Handle, CURLOPT_PROXY, "http://proxy.corp.example.com:3128");
  return curl_easy_perform(Handle) == CURLE_OK;
}

bool fetchConfigured(CURL *Handle, const std::string &Url) {
  // ok: security-cleartext-transmission (the URL comes from configuration)
  curl_easy_setopt(Handle, CURLOPT_URL, Url.c_str());
  return curl_easy_perform(Handle) == CURLE_OK;
}

// The license server's line protocol: "AUTH <key>\n" on a TCP connection.
bool activateLicense(int Sock, const Partner &P) {
  const char Verb[] = "AUTH ";
  send(Sock, Verb, sizeof Verb - 1, 0);
  // expect: security-cleartext-transmission
  send(Sock, P.ApiKey.c_str(), P.ApiKey.size(), 0);
  return true;
}

bool login(const char *Host, const std::string &User, const std::string &Password) {
  int Fd = socket(AF_INET, SOCK_STREAM, 0);
  // ok: security-cleartext-transmission
  write(Fd, User.data(), User.size());
  // expect: security-cleartext-transmission
  write(Fd, Password.data(), Password.size());
  close(Fd);
  return Host != nullptr;
}

bool handOverToAgent(const std::string &Token) {
  int Fd = socket(AF_UNIX, SOCK_STREAM, 0);
  // ok: security-cleartext-transmission (a Unix-domain socket stays on this machine)
  send(Fd, Token.data(), Token.size(), 0);
  close(Fd);
  return true;
}

void saveSessionToken(int File, const std::string &SessionToken) {
  // ok: security-cleartext-transmission (a file descriptor: storage is another rule's business)
  write(File, SessionToken.data(), SessionToken.size());
}

} // namespace billing
