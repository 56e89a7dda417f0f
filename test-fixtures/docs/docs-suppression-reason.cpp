// Suppressions need a reason; without one they are ignored and the finding stays.
#include <cstring>
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

// A NOLINT inside a string literal is text (a usage message, documentation embedded in a
// generated file), not a suppression: it neither needs a reason nor hides a finding.
// ok: docs-suppression-reason
const char *Usage = "annotate with // NOLINT(errors-empty-catch) to silence a finding";
// ok: docs-suppression-reason
const char *EmbeddedDoc = R"(
  } catch (...) { // NOLINT(errors-empty-catch)
)";

void stringIsNotASuppression(char *Out) {
  // expect: security-banned-function
  strcpy(Out, "// NOLINT(security-banned-function): a string, not a comment");
}
