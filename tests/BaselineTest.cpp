// Baselines: written and read back, matched by fingerprint as a multiset, and through the
// real driver a project can move lines, edit a header and rename a file without an
// accepted finding coming back, while a new copy of accepted code is still reported.
#include "Baseline.h"
#include "Catalogue.h"
#include "CommandLine.h"
#include "Run.h"
#include "TestSupport.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

using namespace seniorlint;

namespace {

class Baselines : public seniorlint::testing::ScratchDir {
protected:
  Finding finding(llvm::StringRef Rel, unsigned Line) {
    Finding F;
    F.RuleId = "security-banned-function";
    F.Where = {path(Rel), Line, 3};
    F.Message = "'strcpy' cannot be used safely";
    return F;
  }
  std::vector<unsigned> lines(const std::vector<Finding> &Findings) {
    std::vector<unsigned> Out;
    for (const Finding &F : Findings)
      Out.push_back(F.Where.Line);
    return Out;
  }
  std::vector<BaselineEntry> roundTrip(const std::vector<Finding> &Findings) {
    SourceCache Sources;
    EXPECT_FALSE(bool(writeBaseline(path("baseline.json"), Findings, Sources, Dir)));
    auto Read = readBaseline(path("baseline.json"));
    EXPECT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
    return Read ? *Read : std::vector<BaselineEntry>{};
  }
  std::string readError(llvm::StringRef Text) {
    write("bad.json", Text);
    auto Read = readBaseline(path("bad.json"));
    EXPECT_FALSE(bool(Read));
    return Read ? "" : llvm::toString(Read.takeError());
  }

  using Lines = std::vector<unsigned>;
};

const char *TwoBlocks = "void f(char *d, const char *s) {\n"
                        "  {\n"
                        "    strcpy(d, s);\n"
                        "  }\n"
                        "  {\n"
                        "    strcpy(d, s);\n"
                        "  }\n"
                        "}\n";

TEST_F(Baselines, WritesRuleRelativeFileLineMessageAndFingerprint) {
  write("src/a.cpp", TwoBlocks);
  std::vector<BaselineEntry> Entries = roundTrip({finding("src/a.cpp", 3)});
  ASSERT_EQ(Entries.size(), 1u);
  EXPECT_EQ(Entries[0].Rule, "security-banned-function");
  EXPECT_EQ(Entries[0].File, "src/a.cpp");
  EXPECT_EQ(Entries[0].Line, 3u);
  EXPECT_EQ(Entries[0].Message, "'strcpy' cannot be used safely");
  EXPECT_EQ(Entries[0].Fingerprint.size(), 16u);

  auto Doc = llvm::json::parse(llvm::cantFail(llvm::errorOrToExpected(
      llvm::MemoryBuffer::getFile(path("baseline.json"))))->getBuffer());
  ASSERT_TRUE(bool(Doc));
  EXPECT_EQ(Doc->getAsObject()->getInteger("schemaVersion"), 1);
  EXPECT_EQ(Doc->getAsObject()->getObject("tool")->getString("name"), "seniorlint");
  EXPECT_EQ(Doc->getAsObject()->getObject("tool")->getString("version"), SENIORLINT_VERSION);
}

TEST_F(Baselines, EntriesAreAMultiset) {
  write("src/a.cpp", TwoBlocks);
  std::vector<BaselineEntry> Entries = roundTrip({finding("src/a.cpp", 3), finding("src/a.cpp", 6)});
  ASSERT_EQ(Entries.size(), 2u);
  EXPECT_EQ(Entries[0].Fingerprint, Entries[1].Fingerprint) << "same code, same neighbours";

  // A third copy, pasted first: the two accepted ones moved down and stay absorbed.
  write("src/a.cpp", "void f(char *d, const char *s) {\n"
                     "  {\n"
                     "    strcpy(d, s);\n"
                     "  }\n"
                     "  {\n"
                     "    strcpy(d, s);\n"
                     "  }\n"
                     "  {\n"
                     "    strcpy(d, s);\n"
                     "  }\n"
                     "}\n");
  SourceCache Sources;
  std::vector<Finding> Now{finding("src/a.cpp", 3), finding("src/a.cpp", 6),
                           finding("src/a.cpp", 9)};
  EXPECT_EQ(applyBaseline(Now, Entries, Sources, Dir), 2u);
  EXPECT_EQ(lines(Now), Lines{9}) << "one copy beyond the baseline's count is new";

  std::vector<Finding> One{finding("src/a.cpp", 3)};
  EXPECT_EQ(applyBaseline(One, Entries, Sources, Dir), 1u);
  EXPECT_TRUE(One.empty());
}

TEST_F(Baselines, SameLineIsPreferredAmongIdenticalFindings) {
  write("src/a.cpp", TwoBlocks);
  std::vector<BaselineEntry> Entries = roundTrip({finding("src/a.cpp", 6)});
  SourceCache Sources;
  std::vector<Finding> Now{finding("src/a.cpp", 3), finding("src/a.cpp", 6)};
  applyBaseline(Now, Entries, Sources, Dir);
  EXPECT_EQ(lines(Now), Lines{3}) << "the entry absorbs its own line; the other copy is new";
}

TEST_F(Baselines, EditedCodeIsNew) {
  write("src/a.cpp", TwoBlocks);
  std::vector<BaselineEntry> Entries = roundTrip({finding("src/a.cpp", 3)});
  write("src/a.cpp", "void f(char *d, const char *s) {\n"
                     "  {\n"
                     "    strcpy(d + 1, s);\n"
                     "  }\n"
                     "}\n");
  SourceCache Sources;
  std::vector<Finding> Now{finding("src/a.cpp", 3)};
  EXPECT_EQ(applyBaseline(Now, Entries, Sources, Dir), 0u);
  EXPECT_EQ(Now.size(), 1u);
}

TEST_F(Baselines, JsonReportServesAsBaseline) {
  write("src/a.cpp", TwoBlocks);
  std::vector<BaselineEntry> Written = roundTrip({finding("src/a.cpp", 3)});
  ASSERT_EQ(Written.size(), 1u);
  write("report.json", R"({"schemaVersion": 1, "findings": [{"rule": "security-banned-function",
      "file": "src/a.cpp", "line": 3, "column": 5, "severity": "warning",
      "fingerprint": ")" + Written[0].Fingerprint + R"(:0"}]})");
  auto Read = readBaseline(path("report.json"));
  ASSERT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
  SourceCache Sources;
  std::vector<Finding> Now{finding("src/a.cpp", 3)};
  EXPECT_EQ(applyBaseline(Now, *Read, Sources, Dir), 1u);
}

TEST_F(Baselines, MissingOrMalformedFilesAreNamedWithThePosition) {
  auto Missing = readBaseline(path("nowhere.json"));
  ASSERT_FALSE(bool(Missing));
  std::string Message = llvm::toString(Missing.takeError());
  EXPECT_NE(Message.find("nowhere.json"), std::string::npos) << Message;
  EXPECT_NE(Message.find("--write-baseline"), std::string::npos) << Message;

  Message = readError("{\n  \"schemaVersion\": 1,\n  \"findings\": [ }\n");
  EXPECT_NE(Message.find("bad.json"), std::string::npos) << Message;
  EXPECT_NE(Message.find("malformed JSON [3:"), std::string::npos) << Message;

  Message = readError(R"({"schemaVersion": 1, "findings": [{"rule": "x", "fingerprint": 7}]})");
  EXPECT_NE(Message.find("findings[0].fingerprint"), std::string::npos) << Message;

  Message = readError(R"({"schemaVersion": 1})");
  EXPECT_NE(Message.find("findings"), std::string::npos) << Message;

  Message = readError(R"({"schemaVersion": 9, "findings": []})");
  EXPECT_NE(Message.find("schemaVersion 9"), std::string::npos) << Message;
}

// The whole driver over a small project: write a baseline, change the project, compare.
class BaselineRuns : public Baselines {
protected:
  void SetUp() override {
    Baselines::SetUp();
    writeStrcpyProject(std::string("#include \"cstr.h\"\n") + TwoBlocks);
  }

  // "file:line" of each finding reported, and the exit code.
  std::vector<std::string> run(const std::string &Baseline, const std::string &WriteBaseline,
                               int &Exit) {
    CommandLine CL;
    CL.Checks = "-*,security-banned-function";
    CL.Baseline = Baseline;
    CL.WriteBaseline = WriteBaseline;
    return runDriver(CL, &Exit);
  }
  using Names = std::vector<std::string>;
};

TEST_F(BaselineRuns, MovedLinesEditedHeaderAndRenamedFileStayAccepted) {
  int Exit = -1;
  Names All = run("", path("baseline.json"), Exit);
  EXPECT_EQ(Exit, 0) << "writing a baseline accepts the findings";
  EXPECT_EQ(All, (Names{"include/util.h:4", "src/a.cpp:3", "src/b.cpp:4", "src/b.cpp:7",
                        "src/c.cpp:3"}));

  EXPECT_EQ(run(path("baseline.json"), "", Exit), Names{});
  EXPECT_EQ(Exit, 0);

  // Lines moved: code added above a's finding, b's function moved below a new one.
  write("src/a.cpp", "#include \"util.h\"\n"
                     "int answer() { return 42; }\n"
                     "\n"
                     "void a(char *d, const char *s) {\n"
                     "  strcpy(d, s);\n"
                     "}\n");
  write("src/b.cpp", std::string("#include \"cstr.h\"\n"
                                 "int zero() { return 0; }\n") +
                         TwoBlocks);
  // A header edited elsewhere: a comment above the accepted finding.
  write("include/util.h", "#pragma once\n"
                          "#include \"cstr.h\"\n"
                          "// fill copies s into d.\n"
                          "inline void fill(char *d, const char *s) {\n"
                          "  strcpy(d, s);\n"
                          "}\n");
  // A file renamed.
  ASSERT_FALSE(llvm::sys::fs::rename(path("src/c.cpp"), path("src/renamed.cpp")));
  writeCompileDatabase({"a.cpp", "b.cpp", "renamed.cpp"});

  EXPECT_EQ(run(path("baseline.json"), "", Exit), Names{});
  EXPECT_EQ(Exit, 0);

  // A new copy of accepted code, beyond the baseline's count, is reported; so is new code.
  write("src/b.cpp", std::string("#include \"cstr.h\"\n"
                                 "void f(char *d, const char *s) {\n"
                                 "  {\n"
                                 "    strcpy(d, s);\n"
                                 "  }\n"
                                 "  {\n"
                                 "    strcpy(d, s);\n"
                                 "  }\n"
                                 "  {\n"
                                 "    strcpy(d, s);\n"
                                 "  }\n"
                                 "}\n"));
  write("src/renamed.cpp", "#include \"cstr.h\"\n"
                           "void c(char *d, const char *s) {\n"
                           "  strcpy(d, s);\n"
                           "}\n"
                           "void c2(char *d, const char *s) { strcpy(d, s); }\n");
  EXPECT_EQ(run(path("baseline.json"), "", Exit), (Names{"src/b.cpp:10", "src/renamed.cpp:5"}));
  EXPECT_EQ(Exit, 1);
}

TEST_F(BaselineRuns, BrokenBaselineIsAUsageError) {
  write("baseline.json", "{\"schemaVersion\": 1, \"findings\": [");
  int Exit = -1;
  run(path("baseline.json"), "", Exit);
  EXPECT_EQ(Exit, 2);
  run(path("missing.json"), "", Exit);
  EXPECT_EQ(Exit, 2);
}

} // namespace
