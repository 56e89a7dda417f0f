// Project header: the endpoints a billing worker talks to.
#pragma once

#include <curl/curl.h>

namespace endpoints {

constexpr const char *kLedgerUrl = "http://ledger.internal.example.com/v2/entries";
constexpr const char *kInvoiceUrl = "https://invoices.example.com/v1/invoices";

inline void pointAtLedger(CURL *Handle) {
  // expect: security-cleartext-transmission
  curl_easy_setopt(Handle, CURLOPT_URL, kLedgerUrl);
}

inline void pointAtInvoices(CURL *Handle) {
  // ok: security-cleartext-transmission
  curl_easy_setopt(Handle, CURLOPT_URL, kInvoiceUrl);
}

} // namespace endpoints
