// Project header: checks the signature a payment provider puts on its webhooks.
#pragma once

#include <string>
#include <string_view>

namespace payments {

std::string hmacSha256Hex(std::string_view Key, std::string_view Body);

inline bool signatureMatches(std::string_view Secret, std::string_view Body,
                             std::string_view Signature) {
  std::string Expected = hmacSha256Hex(Secret, Body);
  // expect: security-timing-unsafe-compare
  return Signature == Expected;
}

inline bool hasSignature(std::string_view Signature) {
  // ok: security-timing-unsafe-compare
  return Signature != "";
}

} // namespace payments
