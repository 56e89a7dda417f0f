#include "format-string-log.h"
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <err.h>
#include <string>

namespace http {

struct Request {
  std::string Path;
  std::string UserAgent;
};

class AccessLog {
public:
  explicit AccessLog(FILE *Out) : Out(Out) {}

  // The request's own text used as the format: a "%n" in the path writes to memory.
  void record(const Request &Req) {
    // expect: security-format-string
    std::fprintf(Out, Req.Path.c_str());
  }

  void greet(const Request &Req) {
    char Line[256];
    std::snprintf(Line, sizeof Line, "visitor: %s\n", Req.UserAgent.c_str());
    // expect: security-format-string
    std::printf(Line);
  }

  // A constant format, and the request's text as an argument.
  void recordSafely(const Request &Req) {
    // ok: security-format-string
    std::fprintf(Out, "%s\n", Req.Path.c_str());
  }

private:
  FILE *Out;
};

void reportMissingConfig() {
  const char *Dir = std::getenv("APP_CONFIG_DIR");
  // expect: security-format-string
  warnx(Dir);
}

static const char kBanner[] = "app %s starting\n";
constexpr const char *kFarewell = "app stopping after %d requests\n";

void banner(const char *Version, int Served) {
  // ok: security-format-string
  std::printf(kBanner, Version);
  const char *Format = Served > 0 ? kFarewell : "app stopping\n";
  // ok: security-format-string
  std::printf(Format, Served);
}

// Chosen between constants: still a constant format.
void status(bool Healthy) {
  std::string Format = Healthy ? "status: ok (%d)\n" : "status: degraded (%d)\n";
  // ok: security-format-string
  std::printf(Format.c_str(), Healthy ? 0 : 1);
}

// A variadic helper that forwards its format but is not declared printf-like.
void debugf(const char *Format, ...) {
  va_list Args;
  va_start(Args, Format);
  // expect: security-format-string
  std::vfprintf(stderr, Format, Args);
  va_end(Args);
}

void fatal(const char *Reason) {
  // ok: security-format-string
  logging::logf(LOG_ERR, "fatal: %s", Reason);
  // ok: security-format-string
  errx(1, "%s", Reason);
}

} // namespace http

// A printf-like wrapper only this file calls: reported when a caller passes outside data,
// silent when every caller passes a constant format.
namespace {
int logVa(const char *Format, ...) {
  va_list Args;
  va_start(Args, Format);
  // expect: security-format-string
  int N = vprintf(Format, Args);
  va_end(Args);
  return N;
}

int traceVa(const char *Format, ...) {
  va_list Args;
  va_start(Args, Format);
  // ok: security-format-string
  int N = vprintf(Format, Args);
  va_end(Args);
  return N;
}
} // namespace

void logFromEnvironment() { logVa(std::getenv("MOTD")); }
void traceConstant() { traceVa("ready\n"); }
