// --checks globs: order matters, typos are errors with a suggestion.
#include "CheckSelection.h"
#include "TestSupport.h"
#include <algorithm>
#include <gtest/gtest.h>

using namespace seniorlint;
using seniorlint::testing::builtinCatalogue;

namespace {

std::vector<std::string> ids(llvm::StringRef Globs) {
  auto Rules = selectRules(builtinCatalogue(), Globs);
  std::vector<std::string> Out;
  if (!Rules) {
    Out.push_back("error: " + llvm::toString(Rules.takeError()));
    return Out;
  }
  for (const RuleInfo *R : *Rules)
    Out.push_back(R->Id);
  return Out;
}

size_t onByDefault() {
  return std::count_if(builtinCatalogue().rules().begin(), builtinCatalogue().rules().end(),
                       [](const RuleInfo &R) { return R.EnabledByDefault; });
}

TEST(CheckSelection, EmptyMeansEveryRuleOnByDefault) {
  EXPECT_EQ(ids("").size(), onByDefault());
  std::vector<std::string> Default = ids("");
  EXPECT_EQ(std::count(Default.begin(), Default.end(), "security-command-injection-unknown-origin"),
            0);
}

// `enabled: false` keeps a rule out of the starting set; any later glob that matches it,
// `*` included, turns it on, and '-' turns it off again.
TEST(CheckSelection, OffByDefaultRulesRunWhenAGlobMatchesThem) {
  EXPECT_EQ(ids("*").size(), builtinCatalogue().rules().size());
  std::vector<std::string> Audit = ids("security-command-injection-unknown-origin");
  EXPECT_EQ(Audit.size(), onByDefault() + 1);
  EXPECT_EQ(ids("-*,security-command-*"),
            (std::vector<std::string>{"security-command-injection",
                                      "security-command-injection-unknown-origin"}));
  EXPECT_EQ(ids("*,-security-command-injection-unknown-origin").size(), onByDefault());
}

TEST(CheckSelection, GlobsApplyLeftToRight) {
  EXPECT_EQ(ids("-*,security-command-injection"),
            std::vector<std::string>{"security-command-injection"});
  std::vector<std::string> Security = ids("-*,security-*,-security-weak-crypto");
  EXPECT_EQ(std::count(Security.begin(), Security.end(), "security-weak-crypto"), 0);
  EXPECT_EQ(std::count(Security.begin(), Security.end(), "security-command-injection"), 1);
  for (const std::string &Id : Security)
    EXPECT_EQ(Id.rfind("security-", 0), 0u) << Id;
}

TEST(CheckSelection, TypoIsAnErrorWithASuggestion) {
  std::vector<std::string> Out = ids("-*,security-comand-injection");
  ASSERT_EQ(Out.size(), 1u);
  EXPECT_NE(Out[0].find("'security-comand-injection' matches no rule; did you mean "
                        "'security-command-injection'?"),
            std::string::npos)
      << Out[0];
}

} // namespace
