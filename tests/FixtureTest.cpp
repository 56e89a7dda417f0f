// The strict fixture runner: every fixture in test-fixtures/ is analysed with every
// rule enabled; each finding must be expected and each expectation found.
#include "CrossUnit.h"
#include "FixtureSupport.h"
#include "Suppressions.h"
#include "TestSupport.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include <gtest/gtest.h>

using namespace seniorlint;
using namespace seniorlint::testing;

namespace {

class Fixture : public ::testing::TestWithParam<std::string> {};

TEST_P(Fixture, FindingsMatchInlineExpectations) {
  const std::string &File = GetParam();
  TUResult R = Analyzer(SENIORLINT_RESOURCE_DIR)
                   .analyze(fixtureJob(SENIORLINT_FIXTURES_DIR, File), allChecks(builtinCatalogue()));
  ASSERT_FALSE(R.Failed) << "fixture does not compile:\n" << llvm::join(R.Errors, "\n");
  // As in the driver: a single-file run resolves its pending findings with its own calls.
  std::vector<TUResult> Run{std::move(R)};
  resolveCrossUnit(Run);
  R = std::move(Run.front());

  // Suppressions apply as in the driver, unused ones reported, so fixtures test them too.
  SourceCache Sources;
  SuppressionPolicy Policy;
  Policy.RequireReason = [](const std::string &) { return true; };
  Policy.Enabled = [](const std::string &, llvm::StringRef Rule) -> std::optional<Severity> {
    if (const RuleInfo *R = builtinCatalogue().findRule(Rule))
      return R->DefaultSeverity;
    return std::nullopt;
  };
  Policy.ReportUnused = true;
  for (const RuleInfo &Rule : builtinCatalogue().rules())
    Policy.KnownRules.push_back(Rule.Id);
  applySuppressions(R.Findings, Sources, R.ProjectFiles, Policy);

  std::vector<Expectation> Expected;
  for (const std::string &F : R.ProjectFiles) {
    auto More = readExpectations(F);
    Expected.insert(Expected.end(), More.begin(), More.end());
  }
  ASSERT_FALSE(Expected.empty()) << "a fixture without expectations asserts nothing";
  for (const std::string &Problem : compare(Expected, R.Findings))
    ADD_FAILURE() << Problem;
}

std::string testName(const ::testing::TestParamInfo<std::string> &Info) {
  llvm::StringRef Rel = llvm::StringRef(Info.param).drop_front(sizeof(SENIORLINT_FIXTURES_DIR));
  std::string Name;
  for (char C : Rel)
    Name += llvm::isAlnum(C) ? C : '_';
  return Name;
}

INSTANTIATE_TEST_SUITE_P(TestFixtures, Fixture,
                         ::testing::ValuesIn(discoverFixtures(SENIORLINT_FIXTURES_DIR)), testName);

} // namespace
