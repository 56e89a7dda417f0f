// Longest first (driver/JobOrder): the cost estimate, the timing history, and the order.
#include "JobOrder.h"
#include "TestSupport.h"
#include <gtest/gtest.h>

namespace seniorlint {
namespace {

class JobOrderTest : public testing::ScratchDir {
protected:
  CompileJob job(llvm::StringRef Source, std::vector<std::string> Flags) {
    CompileJob J;
    J.File = path(Source);
    J.Directory = std::string(Dir);
    J.Arguments = {"clang++"};
    J.Arguments.insert(J.Arguments.end(), Flags.begin(), Flags.end());
    J.Arguments.push_back(J.File);
    return J;
  }
};

TEST_F(JobOrderTest, CostIsTheProjectSourceAUnitReadsThroughQuotesAndIncludeDirectories) {
  write("src/main.cpp", "#include \"local.h\"\n#include <lib/api.h>\n#include <vector>\n"
                        "  #  include \"local.h\" // twice: counted once\n");
  write("src/local.h", std::string(100, 'x'));
  write("include/lib/api.h", "#include \"detail.h\"\n");
  write("include/lib/detail.h", std::string(1000, 'y'));
  write("sys/vector", std::string(100000, 'z'));
  // A source file's bytes count twice (JobOrder.cpp).
  uint64_t Main = 2 * read("src/main.cpp").size(), Api = read("include/lib/api.h").size();
  // -I "include" is relative to the job's directory; -isystem is every unit's, not counted.
  EXPECT_EQ(projectSourceBytes(job("src/main.cpp", {"-I", "include", "-isystem", path("sys")})),
            Main + 100 + Api + 1000);
  EXPECT_EQ(projectSourceBytes(job("src/main.cpp", {"-Iinclude"})), Main + 100 + Api + 1000);
  EXPECT_EQ(projectSourceBytes(job("src/main.cpp", {})), Main + 100);
}

TEST_F(JobOrderTest, WithoutACompleteHistoryTheBiggestUnitsGoFirst) {
  write("small.cpp", "int a;\n");
  write("unity.cpp", "#include \"one.cpp\"\n#include \"two.cpp\"\n");
  write("one.cpp", std::string(500, 'x'));
  write("two.cpp", std::string(500, 'x'));
  write("medium.cpp", std::string(600, 'x'));
  std::vector<CompileJob> Jobs = {job("small.cpp", {}), job("unity.cpp", {}),
                                  job("medium.cpp", {})};
  EXPECT_EQ(longestFirst(Jobs, {}), std::vector<size_t>({1, 2, 0}));
  // One unit without a time: the history is not used.
  EXPECT_EQ(longestFirst(Jobs, {{path("small.cpp"), 9.0}, {path("medium.cpp"), 1.0}}),
            std::vector<size_t>({1, 2, 0}));
}

TEST_F(JobOrderTest, ACompleteHistoryDecidesAndTiesKeepTheDatabaseOrder) {
  for (const char *F : {"a.cpp", "b.cpp", "c.cpp"})
    write(F, "int x;\n");
  std::vector<CompileJob> Jobs = {job("a.cpp", {}), job("b.cpp", {}), job("c.cpp", {})};
  EXPECT_EQ(longestFirst(Jobs, {{path("a.cpp"), 1.0}, {path("b.cpp"), 1.0}, {path("c.cpp"), 4.0}}),
            std::vector<size_t>({2, 0, 1}));
}

TEST_F(JobOrderTest, HistoryIsMergedAcrossRunsAndSurvivesDamage) {
  TimingHistory History(path("cache"));
  EXPECT_TRUE(History.load().empty()); // no directory yet
  History.save({{"/p/a.cpp", 2.5}, {"/p/b.cpp", 1.0}});
  History.save({{"/p/b.cpp", 3.0}}); // a.cpp was served from the cache this time
  using Times = std::vector<std::pair<std::string, double>>;
  EXPECT_EQ(History.load(), Times({{"/p/a.cpp", 2.5}, {"/p/b.cpp", 3.0}}));
  write("cache/timings.tsv", "2.000\t/p/a.cpp\nnot a line\n-1\t/p/neg.cpp\n1.5\t/p/c.cpp\n");
  EXPECT_EQ(History.load(), Times({{"/p/a.cpp", 2.0}, {"/p/c.cpp", 1.5}}));
}

} // namespace
} // namespace seniorlint
