// .seniorlint.yaml: what it changes, where it is found, and its errors.
#include "Config.h"
#include "TestSupport.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <gtest/gtest.h>

using namespace seniorlint;
using seniorlint::testing::builtinCatalogue;

namespace {

std::string errorOf(llvm::StringRef Text) {
  auto Cfg = parseConfig(builtinCatalogue(), "/p/.seniorlint.yaml", Text);
  return Cfg ? "" : llvm::toString(Cfg.takeError());
}

const CheckContext *find(const std::vector<CheckContext> &Checks, llvm::StringRef Id) {
  for (const CheckContext &C : Checks)
    if (C.RuleId == Id)
      return &C;
  return nullptr;
}

TEST(Config, ChecksSeverityAndOptionsApply) {
  auto Cfg = parseConfig(builtinCatalogue(), "/p/.seniorlint.yaml", R"(
checks: "-*,design-*,security-command-injection"
rules:
  design-too-many-parameters:
    severity: error
    options:
      max-parameters: 9
)");
  ASSERT_TRUE(bool(Cfg)) << llvm::toString(Cfg.takeError());
  auto Checks = Cfg->checks(builtinCatalogue(), "");
  ASSERT_TRUE(bool(Checks));
  const CheckContext *Params = find(*Checks, "design-too-many-parameters");
  ASSERT_NE(Params, nullptr);
  EXPECT_EQ(Params->Level, Severity::Error);
  EXPECT_EQ(Params->Options.getInt("max-parameters", 6), 9);
  EXPECT_NE(find(*Checks, "security-command-injection"), nullptr);
  EXPECT_EQ(find(*Checks, "errors-empty-catch"), nullptr);
}

TEST(Config, CommandLineChecksComeLast) {
  auto Cfg = parseConfig(builtinCatalogue(), "/p/.seniorlint.yaml", "checks: [\"-*\", \"design-*\"]\n");
  ASSERT_TRUE(bool(Cfg));
  auto Checks = Cfg->checks(builtinCatalogue(), "errors-empty-catch");
  ASSERT_TRUE(bool(Checks));
  EXPECT_NE(find(*Checks, "errors-empty-catch"), nullptr);
  EXPECT_NE(find(*Checks, "design-too-many-parameters"), nullptr);
}

TEST(Config, EmptyFileMeansDefaults) {
  auto Cfg = parseConfig(builtinCatalogue(), "/p/.seniorlint.yaml", "");
  ASSERT_TRUE(bool(Cfg));
  size_t OnByDefault = std::count_if(builtinCatalogue().rules().begin(), builtinCatalogue().rules().end(),
                                     [](const RuleInfo &R) { return R.EnabledByDefault; });
  EXPECT_EQ(llvm::cantFail(Cfg->checks(builtinCatalogue(), "")).size(), OnByDefault);
}

TEST(Config, UnknownKeySuggestsTheRightOne) {
  EXPECT_EQ(errorOf("checks: '*'\nrulez: {}\n"),
            "/p/.seniorlint.yaml:2:1: unknown key 'rulez' in the configuration; did you mean "
            "'rules'? (allowed: checks, rules, paths, docs-url, suppressions, data-flow, layers)");
}

// data-flow: sources join the catalogue's for every rule; sinks join the named rule's.
TEST(Config, DataFlowSourcesAndSinksExtendTheCatalogue) {
  auto Cfg = parseConfig(builtinCatalogue(), "/p/.seniorlint.yaml", R"(
data-flow:
  sources:
    - {function: "http::Request::body", argument: return, kind: network}
    - {function: read_frame, argument: 1+, kind: network}
    - {function: shell_quote, argument: return, kind: sanitizer}
  sinks:
    security-command-injection:
      - {function: "ops::run_shell", argument: 0}
)");
  ASSERT_TRUE(bool(Cfg)) << llvm::toString(Cfg.takeError());
  auto Checks = llvm::cantFail(Cfg->checks(builtinCatalogue(), ""));
  const CheckContext *Command = find(Checks, "security-command-injection");
  ASSERT_NE(Command, nullptr);
  ASSERT_TRUE(Command->Flow);
  const DataFlowSpec &Spec = *Command->Flow;
  EXPECT_EQ(Spec.Sources.size(), builtinCatalogue().dataFlowSources().size() + 3);
  const FlowSource &Frame = Spec.Sources[Spec.Sources.size() - 2];
  EXPECT_EQ(Frame.Function, "read_frame");
  EXPECT_EQ(Frame.Argument, 1);
  EXPECT_TRUE(Frame.AndLater);
  EXPECT_EQ(Spec.Sources.back().Kind, SourceKind::Sanitizer);
  EXPECT_EQ(Spec.Sinks.size(), builtinCatalogue().findRule("security-command-injection")->Sinks.size() + 1);
  EXPECT_EQ(Spec.Sinks.back().Function, "ops::run_shell");
  // Other rules see the sources, not this rule's sinks.
  const CheckContext *Format = find(Checks, "security-format-string");
  ASSERT_NE(Format, nullptr);
  EXPECT_EQ(Format->Flow->Sources.size(), Spec.Sources.size());
  EXPECT_EQ(Format->Flow->Sinks.size(), builtinCatalogue().findRule("security-format-string")->Sinks.size());
}

TEST(Config, DataFlowErrorsNameTheLocationAndSuggest) {
  EXPECT_EQ(errorOf("data-flow:\n  source: []\n"),
            "/p/.seniorlint.yaml:2:3: unknown key 'source' in data-flow; did you mean "
            "'sources'? (allowed: sources, sinks)");
  EXPECT_EQ(errorOf("data-flow:\n  sources:\n    - {function: f, argument: 0, kind: netwrok}\n"),
            "/p/.seniorlint.yaml:3:40: unknown source kind 'netwrok'; did you mean 'network'? "
            "(kinds: environment, file, network, console, command-line, external, sanitizer)");
  EXPECT_EQ(errorOf("data-flow:\n  sources:\n    - {function: f, argument: x, kind: file}\n"),
            "/p/.seniorlint.yaml:3:31: argument must be 'return', an index counted from 0, or "
            "'N+' (N and every later argument)");
  EXPECT_EQ(errorOf("data-flow:\n  sources:\n    - {function: f, kind: file}\n"),
            "/p/.seniorlint.yaml:3:7: a data-flow source needs 'argument'");
  EXPECT_EQ(errorOf("data-flow:\n  sinks:\n    security-command-injektion: []\n"),
            "/p/.seniorlint.yaml:3:5: unknown rule 'security-command-injektion'; did you mean "
            "'security-command-injection'?");
  EXPECT_EQ(errorOf("data-flow:\n  sinks:\n    errors-empty-catch: []\n"),
            "/p/.seniorlint.yaml:3:5: rule errors-empty-catch does not use data flow (it has no "
            "sinks to extend)");
  EXPECT_EQ(errorOf("data-flow:\n  sinks:\n    security-format-string:\n"
                    "      - {function: log, argment: 0}\n"),
            "/p/.seniorlint.yaml:4:25: unknown key 'argment' in a data-flow sink; did you mean "
            "'argument'? (allowed: function, argument)");
}

// layers: the design rules' layers, as a list; relative globs are relative to the file.
TEST(Config, LayersBecomeTheLayerRulesOption) {
  auto Cfg = parseConfig(builtinCatalogue(), "/p/.seniorlint.yaml", R"(
layers:
  - api: src/api/*
  - core: [src/core/*, "*/shared/domain/*"]
  - infra: /abs/infra/*
)");
  ASSERT_TRUE(bool(Cfg)) << llvm::toString(Cfg.takeError());
  auto Checks = Cfg->checks(builtinCatalogue(), "");
  ASSERT_TRUE(bool(Checks));
  const CheckContext *Layers = find(*Checks, "design-layer-violation");
  ASSERT_NE(Layers, nullptr);
  EXPECT_EQ(Layers->Options.getString("layers", ""),
            "api=/p/src/api/*;core=/p/src/core/*,*/shared/domain/*;infra=/abs/infra/*");
}

TEST(Config, LayerErrorsNameTheLocation) {
  EXPECT_EQ(errorOf("layers: {api: src/api/*}\n"),
            "/p/.seniorlint.yaml:1:9: layers must be a list of `- name: globs`, from the top "
            "layer to the bottom one");
  EXPECT_EQ(errorOf("layers:\n  - api: src/api/*\n  - api: src/http/*\n"),
            "/p/.seniorlint.yaml:3:5: layer 'api' is listed twice");
  EXPECT_EQ(errorOf("layers:\n  - api: src/api/*\n    core: src/core/*\n"),
            "/p/.seniorlint.yaml:2:5: each layer is one `name: globs` item");
  EXPECT_EQ(errorOf("layers:\n  - api: \"src/[api\"\n"),
            "/p/.seniorlint.yaml:2:10: invalid glob 'src/[api': invalid glob pattern, unmatched '['");
  EXPECT_EQ(errorOf("rules:\n  design-layer-violation:\n    options: {layers: \"a=*/a/*\"}\n"
                    "layers:\n  - api: src/api/*\n"),
            "/p/.seniorlint.yaml:5:3: layers are set twice: here and in the `layers` option of "
            "rule design-layer-violation; keep one");
}

TEST(Config, UnknownRuleSuggestsTheRightOne) {
  EXPECT_EQ(errorOf("rules:\n  security-weak-crypt:\n    severity: error\n"),
            "/p/.seniorlint.yaml:2:3: unknown rule 'security-weak-crypt'; did you mean "
            "'security-weak-crypto'?");
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
  auto Cfg = parseConfig(builtinCatalogue(), "/p/.seniorlint.yaml",
                         "paths:\n  include: ['src/*']\n  exclude: ['src/generated/*']\n");
  ASSERT_TRUE(bool(Cfg));
  EXPECT_TRUE(Cfg->covers("/p/src/db/repo.cpp"));
  EXPECT_FALSE(Cfg->covers("/p/src/generated/schema.cpp"));
  EXPECT_FALSE(Cfg->covers("/p/tools/gen.cpp"));
}

class ConfigDiscovery : public seniorlint::testing::ScratchDir {};

TEST_F(ConfigDiscovery, NearestFileWins) {
  write(".seniorlint.yaml", "checks: '-*,security-*'\n");
  write("legacy/.seniorlint.yaml", "checks: '-*,errors-*'\n");
  ConfigStore Store(builtinCatalogue(), "");
  auto Top = Store.forFile((Dir + "/src/a.cpp").str());
  auto Legacy = Store.forFile((Dir + "/legacy/deep/b.cpp").str());
  ASSERT_TRUE(bool(Top) && bool(Legacy));
  EXPECT_EQ((*Top)->Path, (Dir + "/.seniorlint.yaml").str());
  EXPECT_EQ((*Legacy)->Path, (Dir + "/legacy/.seniorlint.yaml").str());
}

TEST_F(ConfigDiscovery, ExplicitFileOverridesDiscovery) {
  write("legacy/.seniorlint.yaml", "checks: '-*,errors-*'\n");
  write("ci.yaml", "checks: '-*,design-*'\n");
  ConfigStore Store(builtinCatalogue(), (Dir + "/ci.yaml").str());
  auto Cfg = Store.forFile((Dir + "/legacy/b.cpp").str());
  ASSERT_TRUE(bool(Cfg));
  EXPECT_EQ((*Cfg)->Path, (Dir + "/ci.yaml").str());
}

TEST_F(ConfigDiscovery, BrokenConfigIsAnErrorNotADefault) {
  write(".seniorlint.yaml", "rules: [\n");
  ConfigStore Store(builtinCatalogue(), "");
  auto Cfg = Store.forFile((Dir + "/a.cpp").str());
  ASSERT_FALSE(bool(Cfg));
  EXPECT_NE(llvm::toString(Cfg.takeError()).find(".seniorlint.yaml:"), std::string::npos);
}

} // namespace

// Layers from the top-level key reach the rule: globs relative to the file, with a literal
// prefix (a GlobPattern refers to its text, which once died with the option string).
class LayersEndToEnd : public seniorlint::testing::ScratchDir {
protected:
  std::vector<std::string> run(llvm::StringRef Config) {
    write(".seniorlint.yaml", Config);
    write("src/web/request.h", "#pragma once\nstruct Request {};\n");
    write("src/store/users.cpp", "#include \"../web/request.h\"\nint users() { return 0; }\n");
    write("src/web/handler.cpp", "#include \"request.h\"\nint handle() { return 0; }\n");
    writeCompileDatabase({path("src/store/users.cpp"), path("src/web/handler.cpp")});
    CommandLine CL;
    CL.Checks = "-*,design-layer-violation";
    CL.NoCache = true;
    return runDriver(CL);
  }
};

TEST_F(LayersEndToEnd, TopLevelLayersWithRelativeGlobs) {
  EXPECT_EQ(run("layers:\n  - web: src/web/*\n  - store: src/store/*\n"),
            std::vector<std::string>({"src/store/users.cpp:1"}));
}

TEST_F(LayersEndToEnd, RuleOptionWithAbsoluteGlobs) {
  std::string Option = "web=" + path("src/web/*") + ";store=" + path("src/store/*");
  EXPECT_EQ(run("rules:\n  design-layer-violation:\n    options: {layers: \"" + Option + "\"}\n"),
            std::vector<std::string>({"src/store/users.cpp:1"}));
}
