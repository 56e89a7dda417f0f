// Machine formats compared by structure, not as whole files; fingerprints that survive
// unrelated edits.
#include "Fingerprint.h"
#include "Report.h"
#include "TestSupport.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

using namespace seniorlint;
using seniorlint::testing::builtinCatalogue;

namespace {

class Reports : public seniorlint::testing::ScratchDir {
protected:
  void SetUp() override {
    ScratchDir::SetUp();
    File = write("src/run.cpp",
                 "#include <cstdlib>\nint run(const char *cmd) {\n  return system(cmd);\n}\n");
  }

  Finding finding(unsigned Line) {
    Finding F;
    F.RuleId = "security-command-injection";
    F.Level = Severity::Error;
    F.Where = {File, Line, 10};
    F.Message = "command passed to 'system' is built at run time";
    F.Notes.push_back({{File, 2, 9}, "parameter declared here"});
    F.Fixes.push_back({File, 40, 6, "execv"});
    return F;
  }

  llvm::json::Value render(ReportWriter Write, std::vector<Finding> Findings,
                           std::vector<Failure> Failures = {}) {
    RunReport R{builtinCatalogue(), Links, Sources, std::move(Findings), std::move(Failures), 2,
                Dir.str().str(), 1};
    std::string Out;
    llvm::raw_string_ostream OS(Out);
    Write(R, OS);
    auto Parsed = llvm::json::parse(Out);
    EXPECT_TRUE(bool(Parsed)) << llvm::toString(Parsed.takeError());
    return Parsed ? std::move(*Parsed) : llvm::json::Value(nullptr);
  }

  std::string File;
  DocLinks Links{"https://docs.example/seniorlint"};
  SourceCache Sources;
};

TEST_F(Reports, SarifHasRulesResultsAndInvocation) {
  llvm::json::Value Doc = render(writeSarif, {finding(3)}, {{File, {"boom"}}});
  const llvm::json::Object &Root = *Doc.getAsObject();
  EXPECT_EQ(Root.getString("version"), "2.1.0");
  const llvm::json::Object &Run = *(*Root.getArray("runs"))[0].getAsObject();

  const llvm::json::Object &Driver = *Run.getObject("tool")->getObject("driver");
  EXPECT_EQ(Driver.getString("name"), "seniorlint");
  const llvm::json::Array &Rules = *Driver.getArray("rules");
  ASSERT_EQ(Rules.size(), builtinCatalogue().rules().size());

  const llvm::json::Object &Result = *(*Run.getArray("results"))[0].getAsObject();
  EXPECT_EQ(Result.getString("ruleId"), "security-command-injection");
  int64_t Index = *Result.getInteger("ruleIndex");
  const llvm::json::Object &Rule = *Rules[Index].getAsObject();
  EXPECT_EQ(Rule.getString("id"), "security-command-injection");
  EXPECT_EQ(Rule.getString("helpUri"),
            "https://docs.example/seniorlint/rules/security-command-injection.md");
  const llvm::json::Object &Props = *Rule.getObject("properties");
  EXPECT_EQ(Props.getString("security-severity"), "8.0");
  std::vector<std::string> Tags;
  for (const llvm::json::Value &T : *Props.getArray("tags"))
    Tags.push_back(T.getAsString()->str());
  EXPECT_NE(std::find(Tags.begin(), Tags.end(), "security"), Tags.end());
  EXPECT_NE(std::find(Tags.begin(), Tags.end(), "external/cwe/cwe-78"), Tags.end());
  EXPECT_NE(std::find(Tags.begin(), Tags.end(), "tip-5-security"), Tags.end());

  const llvm::json::Object &Location =
      *(*Result.getArray("locations"))[0].getAsObject()->getObject("physicalLocation");
  EXPECT_EQ(Location.getObject("artifactLocation")->getString("uri"), "src/run.cpp");
  EXPECT_EQ(Location.getObject("artifactLocation")->getString("uriBaseId"), "%SRCROOT%");
  EXPECT_EQ(Location.getObject("region")->getInteger("startLine"), 3);
  EXPECT_EQ(Location.getObject("region")->getInteger("startColumn"), 10);
  EXPECT_EQ(Run.getObject("originalUriBaseIds")->getObject("%SRCROOT%")->getString("uri"),
            "file://" + Dir.str().str() + "/");
  EXPECT_EQ(Result.getArray("relatedLocations")->size(), 1u);
  EXPECT_TRUE(Result.getObject("partialFingerprints")->getString("seniorlint/v1").has_value());
  EXPECT_EQ(Result.getArray("fixes")->size(), 1u);

  const llvm::json::Object &Invocation = *(*Run.getArray("invocations"))[0].getAsObject();
  EXPECT_EQ(Invocation.getInteger("exitCode"), 1);
  EXPECT_EQ(Invocation.getArray("toolExecutionNotifications")->size(), 1u);
}

TEST_F(Reports, SarifColumnsCountUtf16CodeUnitsNotBytes) {
  write(File, "#include <cstdlib>\nint run(const char *cmd) {\n  /*\xC3\xA9*/ return system(cmd);\n}\n");
  llvm::json::Value Doc = render(writeSarif, {finding(3)}); // byte column 10: the 'r'
  const llvm::json::Object &Run = *(*Doc.getAsObject()->getArray("runs"))[0].getAsObject();
  EXPECT_EQ(Run.getString("columnKind"), "utf16CodeUnits");
  const llvm::json::Object &Result = *(*Run.getArray("results"))[0].getAsObject();
  const llvm::json::Object &Region = *(*Result.getArray("locations"))[0]
                                          .getAsObject()
                                          ->getObject("physicalLocation")
                                          ->getObject("region");
  EXPECT_EQ(Region.getInteger("startColumn"), 9);
}

TEST_F(Reports, JsonCarriesRuleTipAndRelativePaths) {
  llvm::json::Value Doc = render(writeJson, {finding(3)});
  const llvm::json::Object &Root = *Doc.getAsObject();
  EXPECT_EQ(Root.getInteger("schemaVersion"), 1);
  const llvm::json::Object &F = *(*Root.getArray("findings"))[0].getAsObject();
  EXPECT_EQ(F.getString("rule"), "security-command-injection");
  EXPECT_EQ(F.getString("file"), "src/run.cpp");
  EXPECT_EQ(F.getInteger("line"), 3);
  EXPECT_EQ(F.getObject("tip")->getInteger("number"), 5);
  EXPECT_EQ(F.getString("ruleUrl"), "https://docs.example/seniorlint/rules/security-command-injection.md");
  EXPECT_EQ((*F.getArray("cwe"))[0].getAsInteger(), 78);
}

TEST_F(Reports, FingerprintSurvivesLinesAddedAboveAndRenames) {
  std::string Before = fingerprint(finding(3), Sources);
  write(File, "#include <cstdlib>\n// a new comment\n\nint run(const char *cmd) {\n  return system(cmd);\n}\n");
  SourceCache Fresh;
  Finding Moved = finding(5);
  Moved.Where.File = File; // same file; the line moved down by two
  EXPECT_EQ(fingerprint(Moved, Fresh), Before);
  Moved.Where.File = (Dir + "/src/renamed.cpp").str();
  llvm::sys::fs::rename(File, Moved.Where.File);
  SourceCache Renamed;
  EXPECT_EQ(fingerprint(Moved, Renamed), Before);
}

TEST_F(Reports, FingerprintChangesWhenTheFlaggedCodeChanges) {
  std::string Before = fingerprint(finding(3), Sources);
  write(File, "#include <cstdlib>\nint run(const char *cmd) {\n  return system(cmd) == 0;\n}\n");
  SourceCache Fresh;
  EXPECT_NE(fingerprint(finding(3), Fresh), Before);
}

} // namespace
