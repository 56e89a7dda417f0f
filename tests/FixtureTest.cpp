// The strict fixture runner: every fixture in test-fixtures/ is analysed with every
// rule enabled; each finding must be expected and each expectation found.
#include "FixtureSupport.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include <gtest/gtest.h>

using namespace seniorlint;
using namespace seniorlint::testing;

namespace {

const Catalogue &catalogue() {
  static Catalogue C = llvm::cantFail(Catalogue::builtin());
  return C;
}

class Fixture : public ::testing::TestWithParam<std::string> {};

TEST_P(Fixture, FindingsMatchInlineExpectations) {
  const std::string &File = GetParam();
  Analyzer A(allChecks(catalogue()), SENIORLINT_RESOURCE_DIR);
  TUResult R = A.analyze(fixtureJob(SENIORLINT_FIXTURES_DIR, File));
  ASSERT_FALSE(R.Failed) << "fixture does not compile:\n" << llvm::join(R.Errors, "\n");

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
