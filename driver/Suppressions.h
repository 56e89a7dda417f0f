// NOLINT comments, in clang-tidy's spelling so existing comments keep working, with a
// reason after them:
//   code();  // NOLINT(security-weak-crypto): cache key, not security
//   // NOLINTNEXTLINE(database-*): table name comes from a fixed enum
//   // NOLINTBEGIN(performance-copy-in-range-for) ... // NOLINTEND(performance-copy-in-range-for)
// No parentheses means every rule. Two rules of tip 7 (documentation) come from here:
// docs-suppression-reason (a suppression that does not say why is ignored) and
// docs-unused-suppression (one that suppresses nothing, with --report-unused-suppressions).
#pragma once

#include "Catalogue.h"
#include "Finding.h"
#include "SourceCache.h"
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace seniorlint {

extern const char *const SuppressionReasonRule; // "docs-suppression-reason"
extern const char *const UnusedSuppressionRule;  // "docs-unused-suppression"

struct Suppression {
  SourcePosition Where; // the NOLINT comment
  std::string Spelling; // e.g. "NOLINTNEXTLINE(database-*)"
  unsigned FirstLine = 0, LastLine = 0; // lines it covers
  std::vector<std::string> Globs; // empty: every rule
  std::string Reason;
  bool Used = false;    // suppressed at least one finding
  bool Blocked = false; // would have, but gives no reason where one is required
  bool matches(llvm::StringRef RuleId) const;
};

// The suppressions written in one file; an unmatched NOLINTBEGIN covers to the end.
std::vector<Suppression> parseSuppressions(const std::string &File, llvm::StringRef Text);

// What the driver knows about each file: whether reasons are required there, and
// whether a rule is enabled there (with its severity).
struct SuppressionPolicy {
  std::function<bool(const std::string &File)> RequireReason;
  std::function<std::optional<Severity>(const std::string &File, llvm::StringRef Rule)> Enabled;
  bool ReportUnused = false;
  std::vector<std::string> KnownRules; // every catalogue rule id
};

// Removes suppressed findings and adds the findings of the two suppression rules.
// ProjectFiles are all files analysed; their suppressions may be reported unused.
void applySuppressions(std::vector<Finding> &Findings, SourceCache &Sources,
                       const std::vector<std::string> &ProjectFiles,
                       const SuppressionPolicy &Policy);

} // namespace seniorlint
