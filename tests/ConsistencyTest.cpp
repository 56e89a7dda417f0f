// The catalogue is the source of truth: every rule has a check, a doc page that follows
// the template, a tip page that lists it and fixtures with findings and near misses;
// every check and every fixture marker names a catalogue rule.
#include "Catalogue.h"
#include "CheckRegistry.h"
#include "FixtureSupport.h"
#include "Run.h"
#include "TestSupport.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include <gtest/gtest.h>
#include <map>

using namespace seniorlint;
using namespace seniorlint::testing;

namespace {

std::string readSource(const std::string &Rel) {
  auto Buffer = llvm::MemoryBuffer::getFile(std::string(SENIORLINT_SOURCE_DIR) + "/" + Rel);
  return Buffer ? (*Buffer)->getBuffer().str() : "";
}

TEST(Consistency, EveryRuleHasACheck) {
  for (const RuleInfo &R : builtinCatalogue().rules())
    EXPECT_TRUE(CheckRegistry::all().count(R.Id) || isDriverRule(R.Id))
        << R.Id << " has no registered check";
}

TEST(Consistency, EveryCheckIsInTheCatalogue) {
  for (const auto &Entry : CheckRegistry::all())
    EXPECT_NE(builtinCatalogue().findRule(Entry.first), nullptr)
        << "check " << Entry.first << " has no catalogue entry";
}

TEST(Consistency, EveryRuleDocFollowsTheTemplate) {
  const char *Sections[] = {"## Why a senior cares", "## Bad", "## Good", "## Options",
                            "## Fix-it", "## Limits", "## References"};
  for (const RuleInfo &R : builtinCatalogue().rules()) {
    std::string Doc = readSource(R.Doc);
    ASSERT_FALSE(Doc.empty()) << R.Id << ": missing doc page " << R.Doc;
    EXPECT_EQ(Doc.rfind("# " + R.Id + "\n", 0), 0u) << R.Doc << " must start with '# " << R.Id << "'";
    size_t At = 0;
    for (const char *S : Sections) {
      size_t Found = Doc.find(S, At);
      EXPECT_NE(Found, std::string::npos) << R.Doc << ": missing or misplaced section '" << S << "'";
      if (Found != std::string::npos)
        At = Found;
    }
  }
}

TEST(Consistency, EveryTipPageListsItsRules) {
  for (const TipInfo &T : builtinCatalogue().tips()) {
    std::string Doc = readSource(T.Doc);
    ASSERT_FALSE(Doc.empty()) << T.Id << ": missing tip page " << T.Doc;
    for (const RuleInfo &R : builtinCatalogue().rules())
      if (R.Tip == T.Id)
        EXPECT_NE(Doc.find("../rules/" + R.Id + ".md"), std::string::npos)
            << T.Doc << " does not link rule " << R.Id;
  }
}

TEST(Consistency, EveryRuleHasFixturesWithFindingsAndNearMisses) {
  std::map<std::string, std::pair<int, int>> Counts; // expect, ok
  std::vector<std::string> Files = discoverFixtures(SENIORLINT_FIXTURES_DIR);
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator It(SENIORLINT_FIXTURES_DIR, EC), End;
       It != End && !EC; It.increment(EC))
    if (llvm::StringRef(It->path()).ends_with(".h") &&
        !llvm::StringRef(It->path()).contains("/include/"))
      Files.push_back(It->path());
  for (const std::string &F : Files)
    for (const Expectation &E : readExpectations(F)) {
      EXPECT_NE(builtinCatalogue().findRule(E.RuleId), nullptr)
          << F << ":" << E.Line << ": marker names unknown rule '" << E.RuleId << "'";
      (E.Silent ? Counts[E.RuleId].second : Counts[E.RuleId].first)++;
    }
  for (const RuleInfo &R : builtinCatalogue().rules()) {
    EXPECT_GE(Counts[R.Id].first, 3) << R.Id << ": fewer than 3 '// expect:' cases";
    EXPECT_GE(Counts[R.Id].second, 3) << R.Id << ": fewer than 3 '// ok:' near misses";
  }
}

} // namespace
