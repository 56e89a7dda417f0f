#include "request_log.h"
#include <cstring>
#include <ctime>
#include <errno.h>
#include <netdb.h>
#include <pwd.h>
#include <string>
#include <unistd.h>

namespace util {
// The project's own tokenizer: keeps its state in the caller's cursor.
char *strtok(char *Text, const char *Delimiters, char **Cursor);
} // namespace util

namespace http {

std::string acceptedEncodings(char *HeaderValue) {
  std::string Result;
  // expect: language-thread-unsafe-libc
  for (char *Token = std::strtok(HeaderValue, ", "); Token;
       // expect: language-thread-unsafe-libc
       Token = strtok(nullptr, ", "))
    Result += Token;
  return Result;
}

std::string acceptedEncodingsReentrant(char *HeaderValue) {
  std::string Result;
  char *Cursor = nullptr;
  // ok: language-thread-unsafe-libc
  for (char *Token = strtok_r(HeaderValue, ", ", &Cursor); Token;
       Token = strtok_r(nullptr, ", ", &Cursor))
    Result += Token;
  return Result;
}

std::string firstLanguage(char *HeaderValue) {
  char *Cursor = nullptr;
  // ok: language-thread-unsafe-libc
  char *Token = util::strtok(HeaderValue, ",", &Cursor);
  return Token ? Token : "en";
}

std::string expiresHeader(std::time_t When) {
  char Buffer[64];
  // expect: language-thread-unsafe-libc
  std::strftime(Buffer, sizeof Buffer, "%a, %d %b %Y %H:%M:%S", std::localtime(&When));
  return Buffer;
}

std::string expiresHeaderReentrant(std::time_t When) {
  std::tm Local{};
  char Buffer[64];
  // ok: language-thread-unsafe-libc
  localtime_r(&When, &Local);
  std::strftime(Buffer, sizeof Buffer, "%a, %d %b %Y %H:%M:%S", &Local);
  return Buffer;
}

std::string describeLocalTime(const RequestClock &Clock) {
  // ok: language-thread-unsafe-libc
  return Clock.ctime();
}

// A pointer to localtime still points at the one shared buffer.
using CalendarFn = std::tm *(*)(const std::time_t *);
CalendarFn calendarFor(bool Utc) {
  // expect: language-thread-unsafe-libc
  // expect: language-thread-unsafe-libc
  return Utc ? &std::gmtime : std::localtime;
}

std::string socketError(int Error) {
  // expect: language-thread-unsafe-libc
  return std::string("connect failed: ") + std::strerror(Error);
}

std::string socketErrorReentrant() {
  char Buffer[256];
  // ok: language-thread-unsafe-libc
  return std::string("connect failed: ") + strerror_r(errno, Buffer, sizeof Buffer);
}

bool dropPrivileges(const char *ServiceUser) {
  // expect: language-thread-unsafe-libc
  const passwd *Entry = getpwnam(ServiceUser);
  return Entry && setgid(Entry->pw_gid) == 0 && setuid(Entry->pw_uid) == 0;
}

bool resolveUpstreamReentrant(const char *Host, addrinfo **Result) {
  addrinfo Hints{};
  Hints.ai_socktype = SOCK_STREAM;
  // ok: language-thread-unsafe-libc
  return getaddrinfo(Host, "443", &Hints, Result) == 0;
}

const char *legacyUpstreamName(const char *Host) {
  // expect: language-thread-unsafe-libc
  const hostent *Entry = gethostbyname(Host);
  return Entry ? Entry->h_name : Host;
}

} // namespace http
