// Suppressions that suppress nothing are reported (the runner enables
// --report-unused-suppressions); another tool's suppressions are left alone.
#include <stdexcept>

void mayThrow();
void log(const char *);

void handled() {
  try {
    mayThrow();
  // expect: docs-unused-suppression
  } catch (...) { // NOLINT(errors-empty-catch): kept from when this block was empty
    log("failed");
  }
}

// expect: docs-unused-suppression
// NOLINTNEXTLINE(security-*): nothing on the next line calls a shell
int port = 8080;

// expect: docs-unused-suppression
// NOLINTBEGIN(performance-copy-in-range-for): hot loop rewritten since
int unrelated = 1;
// NOLINTEND(performance-copy-in-range-for)

void used() {
  try {
    mayThrow();
  // ok: docs-unused-suppression
  } catch (...) { // NOLINT(errors-empty-catch): shutdown path, nothing left to tell
  }
}

// ok: docs-unused-suppression
int clangTidyOnly = 0; // NOLINT(cppcoreguidelines-avoid-magic-numbers): another tool's

// ok: docs-unused-suppression
int bare = 0; // NOLINT: a bare NOLINT may be for any tool
