// real-headers: yes
/* A C telemetry agent: posts metrics, fetches its configuration, talks to a local collector. */
#include <curl/curl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define COLLECTOR_URL "http://telemetry.example.org/ingest"

int post_metrics(CURL *curl, const char *body) {
  // expect: security-cleartext-transmission
  curl_easy_setopt(curl, CURLOPT_URL, COLLECTOR_URL);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
  return curl_easy_perform(curl) == CURLE_OK;
}

int fetch_config(CURL *curl, const char *host) {
  char url[256];
  snprintf(url, sizeof url, "https://%s/agent/config", host);
  // ok: security-cleartext-transmission
  curl_easy_setopt(curl, CURLOPT_URL, url);
  return curl_easy_perform(curl) == CURLE_OK;
}

int push_local(CURL *curl) {
  // ok: security-cleartext-transmission
  curl_easy_setopt(curl, CURLOPT_URL, "http://localhost:4318/v1/metrics");
  return curl_easy_perform(curl) == CURLE_OK;
}

int legacy_directory_lookup(CURL *curl) {
  // expect: security-cleartext-transmission
  curl_easy_setopt(curl, CURLOPT_URL, "ldap://directory.corp.example.com/dc=corp,dc=example,dc=com?mail");
  return curl_easy_perform(curl) == CURLE_OK;
}

int register_agent(int sock, const char *agent_secret) {
  // expect: security-cleartext-transmission
  return send(sock, agent_secret, strlen(agent_secret), 0) > 0;
}

int send_hostname(int sock, const char *hostname) {
  // ok: security-cleartext-transmission
  return send(sock, hostname, strlen(hostname), 0) > 0;
}
