// Reading compile databases as real projects write them, and the errors for bad ones.
#include "Analyzer.h"
#include "CompileDatabase.h"
#include "TestSupport.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

using namespace seniorlint;

namespace {

class CompileDatabase : public seniorlint::testing::ScratchDir {
protected:
  std::string errorFor(llvm::StringRef Json) {
    write("compile_commands.json", Json);
    auto Jobs = loadCompileDatabase(Dir.str().str());
    return Jobs ? "" : llvm::toString(Jobs.takeError());
  }
};

TEST_F(CompileDatabase, MissingDatabaseSaysWhereAndHow) {
  auto Jobs = loadCompileDatabase(Dir.str().str());
  ASSERT_FALSE(bool(Jobs));
  std::string Error = llvm::toString(Jobs.takeError());
  EXPECT_NE(Error.find(path("compile_commands.json") + " does not exist"), std::string::npos) << Error;
  EXPECT_NE(Error.find("CMAKE_EXPORT_COMPILE_COMMANDS"), std::string::npos);
  EXPECT_NE(Error.find("bear -- make"), std::string::npos);
}

TEST_F(CompileDatabase, MalformedJsonGivesLineAndColumn) {
  std::string Error = errorFor("[\n  {\"directory\": \"/x\",\n   \"file\" \"a.cpp\"}\n]");
  EXPECT_NE(Error.find("malformed JSON"), std::string::npos) << Error;
  EXPECT_NE(Error.find("[3:"), std::string::npos) << Error;
}

TEST_F(CompileDatabase, EntryWithoutCommandIsNamed) {
  std::string Error = errorFor(R"([{"directory": "/x", "file": "a.cpp"}])");
  EXPECT_NE(Error.find("entry 0: needs 'arguments' or 'command'"), std::string::npos) << Error;
}

TEST_F(CompileDatabase, TopLevelMustBeAnArray) {
  EXPECT_NE(errorFor("{}").find("expected a JSON array"), std::string::npos);
}

TEST_F(CompileDatabase, RelativeDirectoryIsRelativeToTheDatabase) {
  write("compile_commands.json",
        R"([{"directory": "src", "file": "a.cpp", "command": "g++ -DNAME=\"x y\" -c a.cpp"}])");
  auto Jobs = loadCompileDatabase(path("compile_commands.json"));
  ASSERT_TRUE(bool(Jobs)) << llvm::toString(Jobs.takeError());
  ASSERT_EQ(Jobs->size(), 1u);
  EXPECT_EQ((*Jobs)[0].Directory, path("src"));
  EXPECT_EQ((*Jobs)[0].File, path("src/a.cpp"));
  EXPECT_EQ((*Jobs)[0].Arguments,
            (std::vector<std::string>{"g++", "-DNAME=x y", "-c", "a.cpp"}));
}

TEST_F(CompileDatabase, ResponseFilesAreExpandedFromTheEntryDirectory) {
  write("flags.rsp", "-DFROM_RSP -Iinc");
  write("compile_commands.json", "[{\"directory\": \"" + Dir.str().str() +
                                     "\", \"file\": \"a.cpp\", \"arguments\": [\"c++\", \"@flags.rsp\", \"a.cpp\"]}]");
  auto Jobs = loadCompileDatabase(Dir.str().str());
  ASSERT_TRUE(bool(Jobs)) << llvm::toString(Jobs.takeError());
  EXPECT_EQ((*Jobs)[0].Arguments,
            (std::vector<std::string>{"c++", "-DFROM_RSP", "-Iinc", "a.cpp"}));
  EXPECT_TRUE((*Jobs)[0].Problem.empty());
}

TEST_F(CompileDatabase, UnreadableResponseFileMarksOnlyThatEntry) {
  write("compile_commands.json", "[{\"directory\": \"" + Dir.str().str() +
                                     "\", \"file\": \"a.cpp\", \"arguments\": [\"c++\", \"@gone.rsp\", \"a.cpp\"]}]");
  auto Jobs = loadCompileDatabase(Dir.str().str());
  ASSERT_TRUE(bool(Jobs));
  EXPECT_NE((*Jobs)[0].Problem.find("response file"), std::string::npos);
}

TEST_F(CompileDatabase, FileBuiltTwiceIsAnalysedOnce) {
  write("compile_commands.json",
        R"([{"directory": "/p", "file": "a.cpp", "command": "c++ -O0 a.cpp"},
            {"directory": "/p", "file": "a.cpp", "command": "c++ -O2 a.cpp"}])");
  auto Jobs = loadCompileDatabase(Dir.str().str());
  ASSERT_TRUE(bool(Jobs));
  EXPECT_EQ(Jobs->size(), 1u);
}

TEST_F(CompileDatabase, FindsTheDatabaseInBuildFolderOfAParent) {
  write("build/compile_commands.json", "[]");
  llvm::sys::fs::create_directories(path("src/deep"));
  EXPECT_EQ(findCompileDatabase(path("src/deep")), path("build/compile_commands.json"));
}

TEST(ToolArguments, GccOnlyFlagsAndWerrorAreDropped) {
  CompileJob Job{"/p/a.cpp", "/p",
                 {"g++", "-fconserve-stack", "-O2", "-Werror", "-Werror=format", "-fipa-pta",
                  "-pedantic-errors", "-Iinclude", "-o", "a.o", "-MD", "-MF", "a.d", "-c", "/p/a.cpp"}, ""};
  std::vector<std::string> Args = toolArguments(Job, "/res");
  std::string Joined = llvm::join(Args, " ");
  for (const char *Gone : {"-fconserve-stack", "-Werror", "-fipa-pta", "-pedantic-errors", "a.o", "-MF"})
    EXPECT_EQ(Joined.find(Gone), std::string::npos) << Gone << " kept in: " << Joined;
  for (const char *Kept : {"-O2", "-Iinclude", "-fsyntax-only", "-resource-dir=/res", "/p/a.cpp"})
    EXPECT_NE(Joined.find(Kept), std::string::npos) << Kept << " lost in: " << Joined;
}

TEST(ToolArguments, PrecompiledHeadersAreNotLoadedButTheirHeaderStaysIncluded) {
  CompileJob Job{"/p/a.cpp", "/p",
                 {"clang++", "-Xclang", "-include-pch", "-Xclang", "/b/cmake_pch.hxx.pch", "-Xclang",
                  "-include", "-Xclang", "/b/cmake_pch.hxx", "-include-pch", "other.pch", "-c",
                  "/p/a.cpp"},
                 ""};
  std::string Joined = llvm::join(toolArguments(Job, "/res"), " ");
  EXPECT_EQ(Joined.find(".pch"), std::string::npos) << Joined;
  EXPECT_NE(Joined.find("-Xclang -include -Xclang /b/cmake_pch.hxx"), std::string::npos) << Joined;
}

class Analysis : public CompileDatabase {};

TEST_F(Analysis, GccFlagsDoNotStopAnalysis) {
  std::string File = write("ok.cpp", "int main() { return 0; }\n");
  CompileJob Job{File, Dir.str().str(), {"g++", "-fconserve-stack", "-fipa-pta", "-Werror", "-c", File}, ""};
  TUResult R = Analyzer(SENIORLINT_RESOURCE_DIR).analyze(Job, {});
  EXPECT_FALSE(R.Failed) << llvm::join(R.Errors, "\n");
}

TEST_F(Analysis, ParseErrorFailsTheUnitWithTheCompilerMessage) {
  std::string File = write("broken.cpp", "int main() { return undeclared; }\n");
  CompileJob Job{File, Dir.str().str(), {"c++", "-c", File}, ""};
  TUResult R = Analyzer(SENIORLINT_RESOURCE_DIR).analyze(Job, {});
  ASSERT_TRUE(R.Failed);
  ASSERT_FALSE(R.Errors.empty());
  EXPECT_NE(R.Errors[0].find("broken.cpp:1:21: error: use of undeclared identifier"), std::string::npos)
      << R.Errors[0];
}

TEST_F(Analysis, VanishedFileIsReportedNotSkipped) {
  CompileJob Job{path("gone.cpp"), Dir.str().str(), {"c++", "-c", path("gone.cpp")}, ""};
  TUResult R = Analyzer(SENIORLINT_RESOURCE_DIR).analyze(Job, {});
  ASSERT_TRUE(R.Failed);
  EXPECT_NE(R.Errors[0].find("file does not exist"), std::string::npos) << R.Errors[0];
}

TEST_F(Analysis, RelativeIncludePathsResolveAgainstTheEntryDirectory) {
  write("inc/config.h", "#define PORT 8080\n");
  std::string File = write("src/main.cpp", "#include \"config.h\"\nint port = PORT;\n");
  CompileJob Job{File, Dir.str().str(), {"c++", "-Iinc", "-c", "src/main.cpp"}, ""};
  TUResult R = Analyzer(SENIORLINT_RESOURCE_DIR).analyze(Job, {});
  EXPECT_FALSE(R.Failed) << llvm::join(R.Errors, "\n");
  EXPECT_EQ(R.ProjectFiles, (std::vector<std::string>{path("inc/config.h"), path("src/main.cpp")}));
}

} // namespace
