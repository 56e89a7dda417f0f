// Project header: the service's logging helpers, included by the format-string fixture.
#pragma once

#include <cstdarg>
#include <cstdio>
#include <syslog.h>

namespace logging {

// The wrapper pattern: declared printf-like, so the compiler checks every caller's format.
inline void logf(int Priority, const char *Format, ...) __attribute__((format(printf, 2, 3)));

inline void logf(int Priority, const char *Format, ...) {
  va_list Args;
  va_start(Args, Format);
  // ok: security-format-string
  vsyslog(Priority, Format, Args);
  va_end(Args);
}

inline void audit(const char *Event) {
  // expect: security-format-string
  syslog(LOG_NOTICE, Event);
}

} // namespace logging
