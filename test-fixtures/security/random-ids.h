// Project header: identifiers for the session service.
#pragma once

#include <cstdlib>
#include <string>

namespace ids {

inline std::string randomAlnum(std::size_t Size) {
  static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  std::string Out;
  for (std::size_t I = 0; I < Size; ++I)
    // expect: security-insecure-random
    Out += kAlphabet[std::rand() % (sizeof kAlphabet - 1)];
  return Out;
}

// ok: security-insecure-random (a trace id only has to be unique and is no secret)
inline long traceId() { return std::rand(); }

} // namespace ids
