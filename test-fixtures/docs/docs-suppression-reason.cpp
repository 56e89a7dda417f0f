// Suppressions need a reason; without one they are ignored and the finding stays.
#include <stdexcept>

void mayThrow();

void withReason() {
  try {
    mayThrow();
  // ok: errors-empty-catch
  } catch (...) { // NOLINT(errors-empty-catch): shutdown path, nothing left to tell
  }
}

void reasonOnNextLineForm() {
  try {
    mayThrow();
  // NOLINTNEXTLINE(errors-*): best-effort cache warm-up, failure is harmless
  } catch (...) {
  }
}

void withoutReason() {
  try {
    mayThrow();
  // expect: errors-empty-catch, docs-suppression-reason
  } catch (...) { // NOLINT(errors-empty-catch)
  }
}

void colonButNoReason() {
  try {
    mayThrow();
  // expect: errors-empty-catch, docs-suppression-reason
  } catch (...) { // NOLINT(errors-empty-catch):
  }
}

// expect: docs-suppression-reason
// NOLINTBEGIN(errors-empty-catch)
void blockWithoutReason() {
  try {
    mayThrow();
  // expect: errors-empty-catch
  } catch (...) {
  }
}
// NOLINTEND(errors-empty-catch)

// ok: docs-suppression-reason
// NOLINT(bugprone-some-clang-tidy-check) is another tool's business: no reason demanded.
int otherTool = 0; // NOLINT(bugprone-narrowing)

// NOLINTBEGIN(errors-empty-catch): legacy adapter, rewritten in #412
void blockWithReason() {
  try {
    mayThrow();
  // ok: errors-empty-catch
  } catch (...) {
  }
}
// NOLINTEND(errors-empty-catch)

void reasonAfterDash() {
  try {
    mayThrow();
  // ok: docs-suppression-reason
  } catch (...) { // NOLINT(errors-empty-catch) - probe only, absence is the answer
  }
}

void blockCommentReason() {
  try {
    mayThrow();
  // ok: docs-suppression-reason
  } catch (...) { /* NOLINT(errors-empty-catch): drained on shutdown */
  }
}
