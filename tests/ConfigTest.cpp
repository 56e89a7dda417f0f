// .seniorlint.yaml: what it changes, where it is found, and its errors.
#include "Config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

using namespace seniorlint;

namespace {

const Catalogue &catalogue() {
  static Catalogue C = llvm::cantFail(Catalogue::builtin());
  return C;
}

std::string errorOf(llvm::StringRef Text) {
  auto Cfg = parseConfig(catalogue(), "/p/.seniorlint.yaml", Text);
  return Cfg ? "" : llvm::toString(Cfg.takeError());
}

const CheckContext *find(const std::vector<CheckContext> &Checks, llvm::StringRef Id) {
  for (const CheckContext &C : Checks)
    if (C.RuleId == Id)
      return &C;
  return nullptr;
}

TEST(Config, ChecksSeverityAndOptionsApply) {
  auto Cfg = parseConfig(catalogue(), "/p/.seniorlint.yaml", R"(
checks: "-*,design-*,security-command-injection"
rules:
  design-too-many-parameters:
    severity: error
    options:
      max-parameters: 9
)");
  ASSERT_TRUE(bool(Cfg)) << llvm::toString(Cfg.takeError());
  auto Checks = Cfg->checks(catalogue(), "");
  ASSERT_TRUE(bool(Checks));
  const CheckContext *Params = find(*Checks, "design-too-many-parameters");
  ASSERT_NE(Params, nullptr);
  EXPECT_EQ(Params->Level, Severity::Error);
  EXPECT_EQ(Params->Options.getInt("max-parameters", 6), 9);
  EXPECT_NE(find(*Checks, "security-command-injection"), nullptr);
  EXPECT_EQ(find(*Checks, "errors-empty-catch"), nullptr);
}

TEST(Config, CommandLineChecksComeLast) {
  auto Cfg = parseConfig(catalogue(), "/p/.seniorlint.yaml", "checks: [\"-*\", \"design-*\"]\n");
  ASSERT_TRUE(bool(Cfg));
  auto Checks = Cfg->checks(catalogue(), "errors-empty-catch");
  ASSERT_TRUE(bool(Checks));
  EXPECT_NE(find(*Checks, "errors-empty-catch"), nullptr);
  EXPECT_NE(find(*Checks, "design-too-many-parameters"), nullptr);
}

TEST(Config, EmptyFileMeansDefaults) {
  auto Cfg = parseConfig(catalogue(), "/p/.seniorlint.yaml", "");
  ASSERT_TRUE(bool(Cfg));
  EXPECT_EQ(llvm::cantFail(Cfg->checks(catalogue(), "")).size(), catalogue().rules().size());
}

TEST(Config, UnknownKeySuggestsTheRightOne) {
  EXPECT_EQ(errorOf("checks: '*'\nrulez: {}\n"),
            "/p/.seniorlint.yaml:2:1: unknown key 'rulez' in the configuration; did you mean "
            "'rules'? (allowed: checks, rules, paths, docs-url, suppressions)");
}

TEST(Config, UnknownRuleSuggestsTheRightOne) {
  EXPECT_EQ(errorOf("rules:\n  security-weak-hsh:\n    severity: error\n"),
            "/p/.seniorlint.yaml:2:3: unknown rule 'security-weak-hsh'; did you mean "
            "'security-weak-hash'?");
}

TEST(Config, UnknownOptionNamesTheRuleAndItsOptions) {
  std::string Error = errorOf("rules:\n  design-too-many-parameters:\n    options:\n      max-params: 3\n");
  EXPECT_NE(Error.find("/p/.seniorlint.yaml:4:7: rule design-too-many-parameters has no option "
                       "'max-params'; did you mean 'max-parameters'?"),
            std::string::npos)
      << Error;
}

TEST(Config, WrongTypesAreErrors) {
  EXPECT_NE(errorOf("rules:\n  errors-empty-catch:\n    severity: loud\n")
                .find("3:15: severity must be error, warning or info"),
            std::string::npos);
  EXPECT_NE(errorOf("suppressions:\n  require-reason: maybe\n").find("2:19: require-reason must be true or false"),
            std::string::npos);
  EXPECT_NE(errorOf("checks: {a: b}\n").find("1:9: checks must be a list"), std::string::npos);
}

TEST(Config, ChecksTypoIsAnError) {
  EXPECT_NE(errorOf("checks: '-*,securty-*'\n").find("'securty-*' matches no rule"), std::string::npos);
}

TEST(Config, SyntaxErrorHasALocation) {
  EXPECT_EQ(errorOf("checks: [a,\n").rfind("/p/.seniorlint.yaml:", 0), 0u) << errorOf("checks: [a,\n");
}

TEST(Config, PathsIncludeAndExcludeAreRelativeToTheConfig) {
  auto Cfg = parseConfig(catalogue(), "/p/.seniorlint.yaml",
                         "paths:\n  include: ['src/*']\n  exclude: ['src/generated/*']\n");
  ASSERT_TRUE(bool(Cfg));
  EXPECT_TRUE(Cfg->covers("/p/src/db/repo.cpp"));
  EXPECT_FALSE(Cfg->covers("/p/src/generated/schema.cpp"));
  EXPECT_FALSE(Cfg->covers("/p/tools/gen.cpp"));
}

class ConfigDiscovery : public ::testing::Test {
protected:
  void SetUp() override { ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("seniorlint-cfg", Dir)); }
  void TearDown() override { llvm::sys::fs::remove_directories(Dir); }
  void write(llvm::StringRef Rel, llvm::StringRef Text) {
    std::string Path = (Dir + "/" + Rel).str();
    llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Path));
    std::error_code EC;
    llvm::raw_fd_ostream(Path, EC) << Text;
  }
  llvm::SmallString<256> Dir;
};

TEST_F(ConfigDiscovery, NearestFileWins) {
  write(".seniorlint.yaml", "checks: '-*,security-*'\n");
  write("legacy/.seniorlint.yaml", "checks: '-*,errors-*'\n");
  ConfigStore Store(catalogue(), "");
  auto Top = Store.forFile((Dir + "/src/a.cpp").str());
  auto Legacy = Store.forFile((Dir + "/legacy/deep/b.cpp").str());
  ASSERT_TRUE(bool(Top) && bool(Legacy));
  EXPECT_EQ((*Top)->Path, (Dir + "/.seniorlint.yaml").str());
  EXPECT_EQ((*Legacy)->Path, (Dir + "/legacy/.seniorlint.yaml").str());
}

TEST_F(ConfigDiscovery, ExplicitFileOverridesDiscovery) {
  write("legacy/.seniorlint.yaml", "checks: '-*,errors-*'\n");
  write("ci.yaml", "checks: '-*,design-*'\n");
  ConfigStore Store(catalogue(), (Dir + "/ci.yaml").str());
  auto Cfg = Store.forFile((Dir + "/legacy/b.cpp").str());
  ASSERT_TRUE(bool(Cfg));
  EXPECT_EQ((*Cfg)->Path, (Dir + "/ci.yaml").str());
}

TEST_F(ConfigDiscovery, BrokenConfigIsAnErrorNotADefault) {
  write(".seniorlint.yaml", "rules: [\n");
  ConfigStore Store(catalogue(), "");
  auto Cfg = Store.forFile((Dir + "/a.cpp").str());
  ASSERT_FALSE(bool(Cfg));
  EXPECT_NE(llvm::toString(Cfg.takeError()).find(".seniorlint.yaml:"), std::string::npos);
}

} // namespace
