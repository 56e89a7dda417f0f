// Runs seniorlint's checks over one fixture file and compares the findings with the
// inline expectations: `// expect: rule-id` marks one finding of that rule on the next
// code line, `// ok: rule-id` a near miss that must stay silent there.
#pragma once

#include "Analyzer.h"
#include "Catalogue.h"
#include <string>
#include <vector>

namespace seniorlint::testing {

// Every .c/.cpp below the fixtures folder, except the mock system headers in include/.
std::vector<std::string> discoverFixtures(const std::string &Root);

struct Expectation {
  std::string File;
  unsigned Line = 0; // the code line the marker refers to
  std::string RuleId;
  bool Silent = false; // `ok:` rather than `expect:`
};

std::vector<Expectation> readExpectations(const std::string &File);

// The compile job a fixture is analysed with: mock system headers only, C++17 or C11,
// plus anything on a first-line `// fixture-args:` comment.
CompileJob fixtureJob(const std::string &Root, const std::string &File);

// All checks enabled, with catalogue defaults.
std::vector<CheckContext> allChecks(const Catalogue &C);

// Human-readable mismatches; empty when findings and expectations agree exactly.
std::vector<std::string> compare(const std::vector<Expectation> &Expected,
                                 const std::vector<Finding> &Found);

} // namespace seniorlint::testing
