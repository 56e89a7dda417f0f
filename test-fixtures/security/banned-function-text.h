// Project header: a small text utility with methods named like the C library's.
#pragma once

#include <cstring>
#include <string>

namespace text {

// A project's own copy routine: bounded, and not the C library's strcpy.
inline std::size_t strcpy(char *Dst, std::size_t Size, const char *Src) {
  std::size_t N = std::strlen(Src);
  if (N >= Size)
    N = Size - 1;
  std::memcpy(Dst, Src, N);
  Dst[N] = '\0';
  return N;
}

class Buffer {
public:
  // ok: security-banned-function
  Buffer &strcat(const std::string &More) { return append(More); }
  Buffer &append(const std::string &More);
};

inline void copyName(char *Dst, const char *Src) {
  // expect: security-banned-function
  ::strcpy(Dst, Src);
}

} // namespace text
