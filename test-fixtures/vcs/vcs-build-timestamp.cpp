// Fixture for vcs-build-timestamp: the built-in date and time macros in project code.
#include <libversion.h> // a library that stamps its own builds
#include "build_info.h"

namespace release {

// expect: vcs-build-timestamp
const char *BuiltOn = __DATE__;

const char *builtAt() {
  // expect: vcs-build-timestamp
  return __TIME__;
}

// A project macro that wraps the stamps: reported at the definition, once for each stamp,
// however often it is used.
// expect: vcs-build-timestamp
// expect: vcs-build-timestamp
#define BUILD_STAMP __DATE__ " " __TIME__

const char *banner() { return "orders-service " BUILD_STAMP; }
const char *footer() { return BUILD_STAMP " (release)"; }

// expect: vcs-build-timestamp
const char *Modified = __TIMESTAMP__;

// ok: vcs-build-timestamp
const char *Version = "orders-service " GIT_DESCRIBE;

// A library macro that stamps is the library's choice, not the project's.
// ok: vcs-build-timestamp
const char *Linked = LIBVERSION_STAMP;

// Other built-in macros say nothing about when the build ran.
// ok: vcs-build-timestamp
const char *Where = __FILE__;
// ok: vcs-build-timestamp
int Line = __LINE__;

} // namespace release
