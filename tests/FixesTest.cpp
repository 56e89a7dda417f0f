// --fix and --export-fixes: identical edits applied once, a conflicting finding skipped
// whole, edits applied from the end so offsets stay right, and YAML that
// clang-apply-replacements accepts.
#include "Fixes.h"
#include "TestSupport.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

using namespace seniorlint;

namespace {

class Fixes : public seniorlint::testing::ScratchDir {
protected:
  void SetUp() override {
    ScratchDir::SetUp();
    Header = path("item.h");
    Source = path("main.cpp");
    // "for (auto x : items)": the rule's fix turns it into "for (const auto &x : items)".
    write(Header, "void use(int);\nvoid all(V items) {\n  for (auto x : items) use(x);\n}\n");
    write(Source, "#include \"item.h\"\nvoid f(V a, V b) {\n"
                  "  for (auto x : a) use(x);\n  for (auto y : b) use(y);\n}\n");
  }
  // Offset of Needle in File's current text.
  unsigned at(const std::string &File, llvm::StringRef Needle) {
    size_t Pos = llvm::StringRef(read(File)).find(Needle);
    EXPECT_NE(Pos, llvm::StringRef::npos) << Needle.str();
    return unsigned(Pos);
  }
  Finding copyInFor(const std::string &File, unsigned Line, llvm::StringRef Auto) {
    Finding F;
    F.RuleId = "performance-copy-in-range-for";
    F.Where = {File, Line, 8};
    F.Message = "each element is copied";
    F.Fixes.push_back({File, at(File, Auto), 4, "const auto &"});
    return F;
  }

  std::string Header, Source;
  std::string Log;
  llvm::raw_string_ostream LogStream{Log};
};

TEST_F(Fixes, SameHeaderEditFromSeveralUnitsIsAppliedOnce) {
  Finding FromA = copyInFor(Header, 3, "auto x");
  Finding FromB = FromA;
  FromB.Message = "each element is copied (seen from another unit)";
  FixOutcome Out = applyFixes({FromA, FromB}, LogStream);
  EXPECT_EQ(read(Header), "void use(int);\nvoid all(V items) {\n"
                          "  for (const auto & x : items) use(x);\n}\n");
  EXPECT_EQ(Out.Applied, 1u);
  EXPECT_EQ(Out.Files, 1u);
  EXPECT_EQ(Out.Skipped, 0u);
  EXPECT_EQ(Log, "");
}

TEST_F(Fixes, EditsApplyFromTheEndSoEarlierOffsetsStayValid) {
  Finding First = copyInFor(Source, 3, "auto x");
  Finding Second = copyInFor(Source, 4, "auto y");
  Finding InHeader = copyInFor(Header, 3, "auto x");
  FixOutcome Out = applyFixes({First, Second, InHeader}, LogStream);
  EXPECT_EQ(read(Source), "#include \"item.h\"\nvoid f(V a, V b) {\n"
                          "  for (const auto & x : a) use(x);\n"
                          "  for (const auto & y : b) use(y);\n}\n");
  EXPECT_EQ(Out.Applied, 3u);
  EXPECT_EQ(Out.Files, 2u);
}

TEST_F(Fixes, OverlappingFindingIsSkippedWhole) {
  Finding Kept = copyInFor(Source, 3, "auto x");
  Finding Clash;
  Clash.RuleId = "performance-other";
  Clash.Where = {Source, 3, 8};
  Clash.Fixes.push_back({Source, at(Source, "auto y"), 4, "auto &&"}); // fine on its own
  Clash.Fixes.push_back({Source, at(Source, "auto x") + 2, 4, "TO x"}); // overlaps Kept
  FixOutcome Out = applyFixes({Kept, Clash}, LogStream);
  EXPECT_EQ(read(Source), "#include \"item.h\"\nvoid f(V a, V b) {\n"
                          "  for (const auto & x : a) use(x);\n"
                          "  for (auto y : b) use(y);\n}\n")
      << "none of the skipped finding's edits is applied";
  EXPECT_EQ(Out.Applied, 1u);
  EXPECT_EQ(Out.Skipped, 1u);
  EXPECT_EQ(Log, "seniorlint: conflicting fix for rule performance-other at " + Source +
                     ":3 skipped\n");
}

TEST_F(Fixes, DifferentInsertionsAtOnePointConflict) {
  unsigned For = at(Source, "for (auto x");
  Finding A, B;
  A.RuleId = B.RuleId = "performance-copy-in-range-for";
  A.Where = B.Where = {Source, 3, 3};
  A.Fixes.push_back({Source, For, 0, "/*a*/"});
  B.Fixes.push_back({Source, For, 0, "/*b*/"});
  FixOutcome Out = applyFixes({A, B}, LogStream);
  EXPECT_EQ(Out.Applied, 1u);
  EXPECT_EQ(Out.Skipped, 1u);
  EXPECT_NE(read(Source).find("/*a*/for (auto x"), std::string::npos);
}

TEST_F(Fixes, EditBeyondTheFileIsSkipped) {
  Finding Stale = copyInFor(Source, 3, "auto x");
  Stale.Fixes[0].Offset = 10000;
  FixOutcome Out = applyFixes({Stale}, LogStream);
  EXPECT_EQ(Out.Applied, 0u);
  EXPECT_EQ(Out.Skipped, 1u);
  EXPECT_NE(Log.find("out-of-date fix for rule performance-copy-in-range-for"), std::string::npos);
}

TEST_F(Fixes, ExportUsesClangTidysYamlSchema) {
  Finding F = copyInFor(Source, 3, "auto x");
  F.Level = Severity::Warning;
  F.Notes.push_back({{Header, 2, 6}, "declared here"});
  Finding NoFix;
  NoFix.RuleId = "security-banned-function";
  NoFix.Level = Severity::Error;
  NoFix.Where = {Source, 4, 3};
  NoFix.Message = "banned";
  SourceCache Sources;
  std::string Yaml;
  llvm::raw_string_ostream OS(Yaml);
  exportFixes({F, NoFix}, Source, Sources, OS, LogStream);
  EXPECT_NE(Yaml.find("MainSourceFile:"), std::string::npos) << Yaml;
  EXPECT_NE(Yaml.find("DiagnosticName:  performance-copy-in-range-for"), std::string::npos) << Yaml;

  // Read back with clang's own traits: the schema clang-apply-replacements reads.
  clang::tooling::TranslationUnitDiagnostics Doc;
  llvm::yaml::Input In(Yaml);
  In >> Doc;
  ASSERT_FALSE(In.error()) << Yaml;
  EXPECT_EQ(Doc.MainSourceFile, Source);
  ASSERT_EQ(Doc.Diagnostics.size(), 2u);
  const clang::tooling::Diagnostic &D = Doc.Diagnostics[0];
  EXPECT_EQ(D.DiagnosticName, "performance-copy-in-range-for");
  EXPECT_EQ(D.DiagLevel, clang::tooling::Diagnostic::Warning);
  EXPECT_EQ(D.Message.Message, "each element is copied");
  EXPECT_EQ(D.Message.FilePath, Source);
  EXPECT_EQ(D.Message.FileOffset, at(Source, "  for (auto x") + 7); // line 3, column 8
  ASSERT_EQ(D.Message.Fix.count(Source), 1u);
  clang::tooling::Replacements Edits = D.Message.Fix.lookup(Source);
  ASSERT_EQ(Edits.size(), 1u);
  const clang::tooling::Replacement &R = *Edits.begin();
  EXPECT_EQ(R.getOffset(), at(Source, "auto x"));
  EXPECT_EQ(R.getLength(), 4u);
  EXPECT_EQ(R.getReplacementText(), "const auto &");
  ASSERT_EQ(D.Notes.size(), 1u);
  EXPECT_EQ(D.Notes[0].FilePath, Header);
  EXPECT_EQ(Doc.Diagnostics[1].DiagLevel, clang::tooling::Diagnostic::Error);
  EXPECT_TRUE(Doc.Diagnostics[1].Message.Fix.empty());
}

TEST_F(Fixes, ClangApplyReplacementsAppliesTheExport) {
  std::string Tool;
  for (const char *Name : {"clang-apply-replacements-19", "clang-apply-replacements"})
    if (auto Found = llvm::sys::findProgramByName(Name)) {
      Tool = *Found;
      break;
    }
  if (Tool.empty())
    GTEST_SKIP() << "clang-apply-replacements is not installed (apt-get install clang-tools-19)";

  SourceCache Sources;
  llvm::SmallString<256> FixesDir(Dir);
  llvm::sys::path::append(FixesDir, "fixes");
  ASSERT_FALSE(llvm::sys::fs::create_directories(FixesDir));
  // The same header fix exported from two units, as two CI shards would: applied once.
  for (const char *Name : {"a.yaml", "b.yaml"}) {
    std::error_code EC;
    llvm::raw_fd_ostream OS((FixesDir + "/" + Name).str(), EC);
    ASSERT_FALSE(EC);
    exportFixes({copyInFor(Source, 3, "auto x"), copyInFor(Header, 3, "auto x")}, Source, Sources,
                OS, LogStream);
  }
  std::string Err;
  llvm::StringRef Argv[] = {Tool, FixesDir};
  EXPECT_EQ(llvm::sys::ExecuteAndWait(Tool, Argv, std::nullopt, {}, 0, 0, &Err), 0) << Err;
  EXPECT_EQ(read(Header), "void use(int);\nvoid all(V items) {\n"
                          "  for (const auto & x : items) use(x);\n}\n");
  EXPECT_NE(read(Source).find("for (const auto & x : a)"), std::string::npos) << read(Source);
  EXPECT_EQ(Log, "");
}

} // namespace
