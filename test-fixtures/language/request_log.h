// Access-log helpers shared by the HTTP handlers.
#pragma once

#include <cstddef>
#include <ctime>

namespace http {

inline std::size_t formatLogTime(std::time_t When, char *Out, std::size_t Size) {
  // expect: language-thread-unsafe-libc
  const std::tm *Utc = std::gmtime(&When);
  return Utc ? std::strftime(Out, Size, "%Y-%m-%dT%H:%M:%SZ", Utc) : 0;
}

inline std::size_t formatLogTimeSafely(std::time_t When, char *Out, std::size_t Size) {
  std::tm Utc{};
  // ok: language-thread-unsafe-libc
  if (!gmtime_r(&When, &Utc))
    return 0;
  return std::strftime(Out, Size, "%Y-%m-%dT%H:%M:%SZ", &Utc);
}

// A project type may name its members after libc functions.
class RequestClock {
public:
  std::tm localtime() const;
  const char *ctime() const;
};

} // namespace http
