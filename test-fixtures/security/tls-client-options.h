// Project header: shared HTTP client settings.
#pragma once

#include <curl/curl.h>

namespace http {

struct ClientOptions {
  bool VerifyPeer = true;
  long Timeout = 10;
};

inline void applyInsecureDefaults(CURL *Handle) {
  // expect: security-tls-verification-disabled
  curl_easy_setopt(Handle, CURLOPT_SSL_VERIFYHOST, 0L);
}

inline void applyOptions(CURL *Handle, const ClientOptions &Options) {
  // ok: security-tls-verification-disabled (configuration decides)
  curl_easy_setopt(Handle, CURLOPT_SSL_VERIFYPEER, Options.VerifyPeer ? 1L : 0L);
  curl_easy_setopt(Handle, CURLOPT_TIMEOUT, Options.Timeout);
}

} // namespace http
