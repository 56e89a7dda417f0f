// Loading the rule catalogue: the built-in one is valid, and a malformed one fails
// with the file, line and column of the problem.
#include "Catalogue.h"
#include <gtest/gtest.h>

using namespace seniorlint;

namespace {

const char *const Tips = R"(tips:
  - id: security
    number: 5
    title: Prioritise security
    summary: s
    doc: docs/tips/05-security.md
)";

std::string errorOf(const std::string &Rules) {
  auto C = Catalogue::parse({{"rules/tips.yaml", Tips}, {"rules/security.yaml", Rules}});
  if (C)
    return "";
  return llvm::toString(C.takeError());
}

const char *const GoodRule = R"(rules:
  - id: security-thing
    tip: security
    severity: error
    title: t
    rationale: r
    cwe: [78]
    options:
      - name: limit
        default: "3"
        description: d
    fix: false
    doc: docs/rules/security-thing.md
)";

TEST(Catalogue, BuiltinCatalogueLoadsWithTenTips) {
  auto C = Catalogue::builtin();
  ASSERT_TRUE(bool(C)) << llvm::toString(C.takeError());
  ASSERT_EQ(C->tips().size(), 10u);
  for (size_t I = 0; I < C->tips().size(); ++I)
    EXPECT_EQ(C->tips()[I].Number, int(I + 1));
  EXPECT_GE(C->rules().size(), 8u);
}

TEST(Catalogue, ParsesEveryField) {
  auto C = Catalogue::parse({{"rules/tips.yaml", Tips}, {"rules/security.yaml", GoodRule}});
  ASSERT_TRUE(bool(C)) << llvm::toString(C.takeError());
  const RuleInfo *R = C->findRule("security-thing");
  ASSERT_NE(R, nullptr);
  EXPECT_EQ(R->DefaultSeverity, Severity::Error);
  EXPECT_EQ(R->Cwe, std::vector<int>{78});
  ASSERT_EQ(R->Options.size(), 1u);
  EXPECT_EQ(R->Options[0].Default, "3");
  EXPECT_FALSE(R->HasFix);
}

TEST(Catalogue, SyntaxErrorNamesFileLineAndColumn) {
  EXPECT_EQ(errorOf("rules:\n  - id: [unclosed\n").find("rules/security.yaml:3:"), 0u)
      << errorOf("rules:\n  - id: [unclosed\n");
}

TEST(Catalogue, UnknownKeyIsAnError) {
  std::string Rules = GoodRule;
  Rules.insert(Rules.find("    fix:"), "    fixx: true\n");
  EXPECT_EQ(errorOf(Rules), "rules/security.yaml:12:5: unknown key 'fixx'");
}

TEST(Catalogue, MissingRequiredKeyIsAnError) {
  std::string Rules = GoodRule;
  Rules.erase(Rules.find("    title: t\n"), 13);
  EXPECT_NE(errorOf(Rules).find("missing required key 'title'"), std::string::npos);
}

TEST(Catalogue, BadSeverityIsAnError) {
  std::string Rules = GoodRule;
  Rules.replace(Rules.find("error"), 5, "fatal");
  EXPECT_EQ(errorOf(Rules), "rules/security.yaml:4:15: severity must be one of error, warning, info");
}

TEST(Catalogue, RuleIdMustCarryItsTipPrefix) {
  std::string Rules = GoodRule;
  Rules.replace(Rules.find("security-thing"), 14, "database-thing");
  EXPECT_NE(errorOf(Rules).find("must start with its tip 'security-'"), std::string::npos);
}

TEST(Catalogue, UnknownTipIsAnError) {
  std::string Rules = GoodRule;
  Rules.replace(Rules.find("tip: security"), 13, "tip: secrity");
  Rules.replace(Rules.find("id: security-thing"), 18, "id: secrity-thing");
  Rules.replace(Rules.find("rules/security-thing"), 20, "rules/secrity-thing");
  EXPECT_EQ(errorOf(Rules), "rules/security.yaml:3:10: unknown tip 'secrity'");
}

TEST(Catalogue, DuplicateRuleIsAnError) {
  std::string Rules = GoodRule;
  Rules += std::string(GoodRule).substr(7); // the same entry again
  EXPECT_NE(errorOf(Rules).find("duplicate rule id 'security-thing'"), std::string::npos);
}

TEST(Catalogue, DocPathFollowsTheRuleId) {
  std::string Rules = GoodRule;
  Rules.replace(Rules.find("docs/rules/security-thing.md"), 28, "docs/thing.md");
  EXPECT_NE(errorOf(Rules).find("doc must be docs/rules/security-thing.md"), std::string::npos);
}

const char *const FlowRule = R"(rules:
  - id: security-thing
    tip: security
    severity: info
    title: t
    rationale: r
    enabled: false
    sinks:
      - {function: system, argument: 0}
      - {function: "pqxx::transaction_base::exec", argument: 1}
    fix: false
    doc: docs/rules/security-thing.md
)";

TEST(Catalogue, ParsesEnabledAndSinks) {
  auto C = Catalogue::parse({{"rules/tips.yaml", Tips}, {"rules/security.yaml", FlowRule}});
  ASSERT_TRUE(bool(C)) << llvm::toString(C.takeError());
  const RuleInfo *R = C->findRule("security-thing");
  ASSERT_NE(R, nullptr);
  EXPECT_FALSE(R->EnabledByDefault);
  ASSERT_EQ(R->Sinks.size(), 2u);
  EXPECT_EQ(R->Sinks[1].Function, "pqxx::transaction_base::exec");
  EXPECT_EQ(R->Sinks[1].Argument, 1u);
  EXPECT_TRUE(llvm::cantFail(Catalogue::parse({{"rules/tips.yaml", Tips},
                                                {"rules/security.yaml", GoodRule}}))
                  .findRule("security-thing")
                  ->EnabledByDefault);
}

TEST(Catalogue, ParsesDataFlowSources) {
  auto C = Catalogue::parse({{"rules/tips.yaml", Tips},
                             {"rules/dataflow.yaml", R"(dataflow:
  sources:
    - {function: getenv, argument: return, kind: environment}
    - {function: scanf, argument: 1+, kind: console}
    - {function: fgets, argument: 0, kind: file}
)"}});
  ASSERT_TRUE(bool(C)) << llvm::toString(C.takeError());
  const std::vector<FlowSource> &S = C->dataFlowSources();
  ASSERT_EQ(S.size(), 3u);
  EXPECT_EQ(S[0].Argument, FlowSource::Return);
  EXPECT_EQ(S[0].Kind, SourceKind::Environment);
  EXPECT_EQ(S[1].Argument, 1);
  EXPECT_TRUE(S[1].AndLater);
  EXPECT_FALSE(S[2].AndLater);
  EXPECT_EQ(S[2].Kind, SourceKind::File);
}

TEST(Catalogue, BuiltinSourcesAndSinksAreLoaded) {
  auto C = llvm::cantFail(Catalogue::builtin());
  EXPECT_FALSE(C.dataFlowSources().empty());
  EXPECT_FALSE(C.findRule("security-command-injection")->Sinks.empty());
  EXPECT_FALSE(C.findRule("security-command-injection-unknown-origin")->EnabledByDefault);
}

TEST(Catalogue, DataFlowErrorsNameFileLineAndColumn) {
  auto ErrorOfFlow = [](const char *Text) {
    auto C = Catalogue::parse({{"rules/tips.yaml", Tips}, {"rules/dataflow.yaml", Text}});
    return C ? std::string() : llvm::toString(C.takeError());
  };
  EXPECT_EQ(ErrorOfFlow("dataflow:\n  sources:\n    - {function: f, argument: 0, kind: disk}\n"),
            "rules/dataflow.yaml:3:40: unknown source kind 'disk' (kinds: environment, file, "
            "network, console, command-line, external, sanitizer)");
  EXPECT_EQ(ErrorOfFlow("dataflow:\n  sources:\n    - {function: f, argument: -1, kind: file}\n"),
            "rules/dataflow.yaml:3:31: 'argument' must be 'return', an index counted from 0, or "
            "'N+' (N and every later argument)");
  EXPECT_EQ(ErrorOfFlow("dataflow:\n  sinks: []\n"),
            "rules/dataflow.yaml:2:3: unknown key 'sinks'");
  std::string BadSink = GoodRule;
  BadSink.replace(BadSink.find("    fix:"), 0, "    sinks:\n      - {function: system}\n");
  EXPECT_EQ(errorOf(BadSink), "rules/security.yaml:13:9: missing required key 'argument'");
  std::string BadEnabled = GoodRule;
  BadEnabled.replace(BadEnabled.find("    fix:"), 0, "    enabled: maybe\n");
  EXPECT_EQ(errorOf(BadEnabled), "rules/security.yaml:12:14: 'enabled' must be true or false");
}

TEST(Catalogue, CweMustBeNumbers) {
  std::string Rules = GoodRule;
  Rules.replace(Rules.find("[78]"), 4, "[CWE-78]");
  EXPECT_NE(errorOf(Rules).find("cwe entries must be numbers"), std::string::npos);
}

} // namespace
