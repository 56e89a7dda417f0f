// --diff-base: hunks parsed exactly, and in a real git repository the units analysed and
// the findings reported follow what changed: lines moved down by an edit above them stay
// quiet, an edited header brings in its includers, a renamed file has no new lines.
#include "Catalogue.h"
#include "CommandLine.h"
#include "DiffFilter.h"
#include "Run.h"
#include "TestSupport.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

using namespace seniorlint;

namespace {

std::vector<unsigned> linesOf(const ChangedLines &C, llvm::StringRef File, unsigned Upto = 12) {
  std::vector<unsigned> Out;
  for (unsigned L = 1; L <= Upto; ++L)
    if (C.contains(File, L))
      Out.push_back(L);
  return Out;
}

using Lines = std::vector<unsigned>;

TEST(UnifiedDiff, HunkRangesGiveTheNewSidesLines) {
  ChangedLines C = parseUnifiedDiff(R"(diff --git a/src/a.cpp b/src/a.cpp
index 1..2 100644
--- a/src/a.cpp
+++ b/src/a.cpp
@@ -3 +3,2 @@ int f() {
-  old();
+  one();
+  two();
@@ -9,0 +11 @@ int g() {
+  added();
@@ -20,2 +21,0 @@ int h() {
-  gone();
-  gone();
)",
                                    "/repo");
  EXPECT_EQ(linesOf(C, "/repo/src/a.cpp", 30), (Lines{3, 4, 11}));
  EXPECT_TRUE(C.touches("/repo/src/a.cpp"));
  EXPECT_FALSE(C.touches("/repo/src/b.cpp"));
}

TEST(UnifiedDiff, PureDeletionChangesNoLine) {
  ChangedLines C = parseUnifiedDiff("diff --git a/x.h b/x.h\n--- a/x.h\n+++ b/x.h\n"
                                    "@@ -4,2 +3,0 @@\n-a\n-b\n",
                                    "/repo");
  EXPECT_FALSE(C.touches("/repo/x.h"));
}

TEST(UnifiedDiff, BodyLinesThatLookLikeHeadersAreCountedNotParsed) {
  // An added line "++ x" and a removed line "-- y" print as "+++ x" and "--- y".
  ChangedLines C = parseUnifiedDiff("diff --git a/a.c b/a.c\n--- a/a.c\n+++ b/a.c\n"
                                    "@@ -2 +2,2 @@\n--- y\n+++ x\n+@@ -1 +9 @@\n"
                                    "\\ No newline at end of file\n",
                                    "/repo");
  EXPECT_EQ(linesOf(C, "/repo/a.c"), (Lines{2, 3}));
  EXPECT_FALSE(C.touches("/repo/x"));
}

TEST(UnifiedDiff, RenamesNewFilesDeletionsAndQuotedPaths) {
  ChangedLines C = parseUnifiedDiff(R"(diff --git a/old.cpp b/new.cpp
similarity index 100%
rename from old.cpp
rename to new.cpp
diff --git a/moved.cpp b/dir/moved.cpp
similarity index 90%
rename from moved.cpp
rename to dir/moved.cpp
--- a/moved.cpp
+++ b/dir/moved.cpp
@@ -5 +5 @@
-x
+y
diff --git a/gone.cpp b/gone.cpp
deleted file mode 100644
--- a/gone.cpp
+++ /dev/null
@@ -1,3 +0,0 @@
-a
-b
-c
diff --git a/fresh.h b/fresh.h
new file mode 100644
--- /dev/null
+++ b/fresh.h
@@ -0,0 +1,2 @@
+a
+b
diff --git "a/with\ttab.h" "b/with\ttab.h"
--- "a/with\ttab.h"
+++ "b/with\ttab.h"
@@ -1 +1 @@
-a
+b
diff --git a/with space.h b/with space.h
--- a/with space.h	
+++ b/with space.h	
@@ -7 +7 @@
-a
+b
)",
                                    "/repo");
  EXPECT_FALSE(C.touches("/repo/new.cpp")) << "a pure rename changes no line";
  EXPECT_EQ(linesOf(C, "/repo/dir/moved.cpp"), (Lines{5}));
  EXPECT_FALSE(C.touches("/repo/gone.cpp"));
  EXPECT_EQ(linesOf(C, "/repo/fresh.h"), (Lines{1, 2}));
  EXPECT_EQ(linesOf(C, "/repo/with\ttab.h"), (Lines{1}));
  EXPECT_EQ(linesOf(C, "/repo/with space.h"), (Lines{7}));
}

TEST(UnifiedDiff, WholeFilesAndFilteringFindings) {
  ChangedLines C = parseUnifiedDiff("--- a/a.cpp\n+++ b/a.cpp\n@@ -1 +1 @@\n-a\n+b\n", "/repo");
  C.addWholeFile("/repo/untracked.cpp");
  std::vector<Finding> Findings(4);
  Findings[0].Where = {"/repo/a.cpp", 1, 1};
  Findings[1].Where = {"/repo/a.cpp", 2, 1};
  Findings[2].Where = {"/repo/untracked.cpp", 500, 1};
  Findings[3].Where = {"/repo/other.cpp", 1, 1};
  keepChangedLines(Findings, C);
  ASSERT_EQ(Findings.size(), 2u);
  EXPECT_EQ(Findings[0].Where.Line, 1u);
  EXPECT_EQ(Findings[1].Where.File, "/repo/untracked.cpp");
}

// A project in its own git repository, analysed through the real driver.
class GitProject : public seniorlint::testing::ScratchDir {
protected:
  void SetUp() override {
    auto Found = llvm::sys::findProgramByName("git");
    if (!Found)
      GTEST_SKIP() << "git is not installed";
    Git = *Found;
    ScratchDir::SetUp();
    writeStrcpyProject("#include \"cstr.h\"\n"
                       "void b(char *d, const char *s) {\n"
                       "  strcpy(d, s);\n"
                       "}\n");
    write(".gitignore", "compile_commands.json\nout.json\n.seniorlint-cache/\n");
    git({"init", "-q"});
    git({"add", "."});
    git({"commit", "-q", "-m", "base"});
  }

  void git(std::vector<std::string> Args) {
    std::vector<llvm::StringRef> Argv{"git", "-C", Dir, "-c", "user.name=Test", "-c",
                                      "user.email=test@example.org", "-c", "commit.gpgsign=false"};
    Argv.insert(Argv.end(), Args.begin(), Args.end());
    std::optional<llvm::StringRef> Quiet[] = {llvm::StringRef(""), llvm::StringRef(""),
                                              std::nullopt};
    ASSERT_EQ(llvm::sys::ExecuteAndWait(Git, Argv, std::nullopt, Quiet), 0)
        << "git " << llvm::join(Args, " ");
  }

  std::vector<CompileJob> jobs() {
    return llvm::cantFail(loadCompileDatabase(path("compile_commands.json")));
  }
  std::vector<std::string> selected(const std::string &Ref = "HEAD") {
    auto Changed = changedSince(Ref, Dir);
    EXPECT_TRUE(bool(Changed)) << llvm::toString(Changed.takeError());
    std::vector<std::string> Out;
    if (Changed)
      for (const CompileJob &J : selectChangedUnits(jobs(), *Changed, SENIORLINT_RESOURCE_DIR, 2).Jobs)
        Out.push_back(llvm::sys::path::filename(J.File).str());
    return Out;
  }

  // "file:line" of each finding reported with --diff-base Ref, and the exit code.
  std::vector<std::string> reported(const std::string &Ref = "HEAD", int *Exit = nullptr) {
    CommandLine CL;
    CL.Checks = "-*,security-banned-function";
    CL.DiffBase = Ref;
    return runDriver(CL, Exit);
  }

  using Names = std::vector<std::string>;
  std::string Git;
};

TEST_F(GitProject, NothingChangedAnalysesNothing) {
  EXPECT_EQ(selected(), Names{});
  int Exit = -1;
  EXPECT_EQ(reported("HEAD", &Exit), Names{});
  EXPECT_EQ(Exit, 0);
}

TEST_F(GitProject, LinesMovedDownByAnEditAboveStayQuiet) {
  write("src/b.cpp", "#include \"cstr.h\"\n"
                     "void early(char *d, const char *s) {\n"
                     "  strcpy(d, s);\n"
                     "}\n"
                     "\n"
                     "void b(char *d, const char *s) {\n"
                     "  strcpy(d, s);\n"
                     "}\n");
  EXPECT_EQ(selected(), (Names{"b.cpp"}));
  EXPECT_EQ(reported(), (Names{"src/b.cpp:3"})) << "the old call, now on line 7, is not new";
}

TEST_F(GitProject, EditedHeaderSelectsItsIncludersOnly) {
  write("include/util.h", "#pragma once\n"
                          "#include \"cstr.h\"\n"
                          "inline void fill(char *d, const char *s) {\n"
                          "  strcpy(d, s);\n"
                          "}\n"
                          "inline void refill(char *d, const char *s) {\n"
                          "  strcpy(d, s);\n"
                          "}\n");
  EXPECT_EQ(selected(), (Names{"a.cpp"})) << "b.cpp and c.cpp do not include util.h";
  int Exit = -1;
  EXPECT_EQ(reported("HEAD", &Exit), (Names{"include/util.h:7"}));
  EXPECT_EQ(Exit, 1);
}

TEST_F(GitProject, SharedHeaderSelectsEveryIncluder) {
  write("include/cstr.h", "#pragma once\n// the C library's copy\n"
                          "extern \"C\" char *strcpy(char *, const char *);\n");
  EXPECT_EQ(selected(), (Names{"a.cpp", "b.cpp", "c.cpp"}));
  EXPECT_EQ(reported(), Names{}) << "no finding is on the new comment";
}

TEST_F(GitProject, RenamedFilesBringNoFindingsBack) {
  git({"mv", "src/c.cpp", "src/d.cpp"});
  git({"mv", "include/util.h", "include/helpers.h"});
  write("src/a.cpp", "#include \"helpers.h\"\n"
                     "void a(char *d, const char *s) {\n"
                     "  strcpy(d, s);\n"
                     "}\n");
  writeCompileDatabase({"a.cpp", "b.cpp", "d.cpp"});
  EXPECT_EQ(selected(), (Names{"a.cpp"})) << "d.cpp is renamed, not changed";
  EXPECT_EQ(reported(), Names{}) << "only the #include line changed";

  git({"commit", "-q", "-am", "rename"});
  EXPECT_EQ(selected("HEAD~1"), (Names{"a.cpp"})) << "a committed rename, the same";
  EXPECT_EQ(reported("HEAD~1"), Names{});
}

TEST_F(GitProject, UntrackedFilesAreWhollyNew) {
  write("src/e.cpp", "#include \"cstr.h\"\n"
                     "void e(char *d, const char *s) {\n"
                     "  strcpy(d, s);\n"
                     "}\n");
  writeCompileDatabase({"a.cpp", "b.cpp", "c.cpp", "e.cpp"});
  EXPECT_EQ(selected(), (Names{"e.cpp"}));
  EXPECT_EQ(reported(), (Names{"src/e.cpp:3"}));
}

TEST_F(GitProject, CommittedAndUncommittedChangesBothCount) {
  write("src/b.cpp", "#include \"cstr.h\"\n"
                     "void b(char *d, const char *s) {\n"
                     "  strcpy(d, s); strcpy(d, s);\n"
                     "}\n");
  git({"commit", "-q", "-am", "b"});
  write("src/c.cpp", "#include \"cstr.h\"\n"
                     "void c(char *d, const char *s) {\n"
                     "  strcpy(d, s); strcpy(d, s);\n"
                     "}\n");
  EXPECT_EQ(selected("HEAD~1"), (Names{"b.cpp", "c.cpp"}));
  EXPECT_EQ(reported("HEAD~1"), (Names{"src/b.cpp:3", "src/b.cpp:3", "src/c.cpp:3", "src/c.cpp:3"}));
  EXPECT_EQ(selected("HEAD"), (Names{"c.cpp"}));
}

TEST_F(GitProject, BadRevisionAndNoRepositoryAreErrorsWithGitsMessage) {
  auto Bad = changedSince("no-such-branch", Dir);
  ASSERT_FALSE(bool(Bad));
  std::string Message = llvm::toString(Bad.takeError());
  EXPECT_NE(Message.find("no-such-branch"), std::string::npos) << Message;
  EXPECT_NE(Message.find("fatal:"), std::string::npos) << Message;
  int Exit = -1;
  reported("no-such-branch", &Exit);
  EXPECT_EQ(Exit, 2);

  llvm::SmallString<256> Outside;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("seniorlint-nogit", Outside));
  auto NoRepo = changedSince("HEAD", Outside);
  ASSERT_FALSE(bool(NoRepo));
  Message = llvm::toString(NoRepo.takeError());
  EXPECT_NE(Message.find("not a git repository"), std::string::npos) << Message;
  llvm::sys::fs::remove_directories(Outside);
}

} // namespace
