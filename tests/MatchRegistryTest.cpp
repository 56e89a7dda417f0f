// Dispatch by name (checks/framework/MatchRegistry): which nodes reach a matcher registered
// for a name, and in what state the callback runs.
#include "MatchRegistry.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Tooling/Tooling.h"
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

// Records each match as "line:text-of-the-bound-node-kind".
class Recorder : public MatchFinder::MatchCallback {
public:
  void run(const MatchFinder::MatchResult &Result) override {
    const auto *Node = Result.Nodes.getNodeAs<Stmt>("n");
    const SourceManager &SM = *Result.SourceManager;
    Seen.push_back(std::to_string(SM.getSpellingLineNumber(Node->getBeginLoc())) + ":" +
                   Node->getStmtClassName());
    AsIs = AsIs && Result.Context->getParentMapContext().getTraversalKind() == TK_AsIs;
  }
  std::vector<std::string> Seen;
  bool AsIs = true;
};

class MatchRegistryTest : public ::testing::Test {
protected:
  // Registers through Register, then matches Code (C++17).
  template <typename F> std::vector<std::string> run(const std::string &Code, F Register) {
    AST = tooling::buildASTFromCodeWithArgs(Code, {"-std=c++17"});
    EXPECT_TRUE(AST);
    MatchFinder Finder;
    MatchRegistry Matchers(Finder, nullptr);
    Register(Matchers);
    Finder.matchAST(AST->getASTContext());
    return Found.Seen;
  }

  std::unique_ptr<ASTUnit> AST;
  Recorder Found;
};

using Lines = std::vector<std::string>;

TEST_F(MatchRegistryTest, CallsReachOnlyTheMatchersOfTheirCalleesName) {
  auto Seen = run(R"(
namespace ns { int send(int); }
int send(int);
int other(int);
int f() {
  ns::send(1);
  send(2);
  return other(3);
})",
                  [this](MatchRegistry &M) {
                    M.onCallsTo({"::ns::send"},
                                callExpr(callee(functionDecl(hasName("::ns::send")))).bind("n"),
                                &Found);
                  });
  // `send(2)` has the name but not the qualification: the matcher still decides.
  EXPECT_EQ(Seen, Lines({"6:CallExpr"}));
}

TEST_F(MatchRegistryTest, OperatorCallsAreNamedByTheOperatorAlsoWhenDependent) {
  auto Seen = run(R"(
struct Out { Out &operator<<(int); };
Out &operator<<(Out &, const char *);
template <typename T> void put(Out &O, T V) {
  O << V;
}
void g(Out &O) {
  O << 1;
  put(O, 2);
})",
                  [this](MatchRegistry &M) {
                    M.onCallsTo({"operator<<"}, cxxOperatorCallExpr().bind("n"), &Found);
                  });
  // The template is seen once, as written (an operator call without a callee, since a free
  // operator<< is visible); its instantiation is not spelled in the source.
  EXPECT_EQ(Seen, Lines({"5:CXXOperatorCallExpr", "8:CXXOperatorCallExpr"}));
}

TEST_F(MatchRegistryTest, DependentCallsAreNamedByTheirUnresolvedCallee) {
  auto Seen = run(R"(
int system(const char *);
template <typename T> void run(T Command) { system(Command); }
)",
                  [this](MatchRegistry &M) {
                    M.onCallsTo({"system"}, callExpr(callee(unresolvedLookupExpr())).bind("n"),
                                &Found);
                  });
  EXPECT_EQ(Seen, Lines({"3:CallExpr"}));
}

TEST_F(MatchRegistryTest, ConstructionsAreNamedByTheirClass) {
  auto Seen = run(R"(
namespace db { struct connection { connection(const char *); }; }
struct other { other(const char *); };
void h() {
  db::connection C("host=x");
  other O("y");
  (void)db::connection("host=z");
})",
                  [this](MatchRegistry &M) {
                    M.onConstructionsOf({"::db::connection"}, cxxConstructExpr().bind("n"),
                                        &Found);
                  });
  EXPECT_EQ(Seen, Lines({"5:CXXConstructExpr", "7:CXXConstructExpr"}));
}

TEST_F(MatchRegistryTest, ReferencesIncludeAddressesTaken) {
  auto Seen = run(R"(
char *strcpy(char *, const char *);
char *(*Copy)(char *, const char *) = &strcpy;
void k(char *D) { strcpy(D, "x"); }
)",
                  [this](MatchRegistry &M) {
                    M.onReferencesTo({"strcpy"}, declRefExpr().bind("n"), &Found);
                  });
  EXPECT_EQ(Seen, Lines({"3:DeclRefExpr", "4:DeclRefExpr"}));
}

TEST_F(MatchRegistryTest, ANameTestStandsForAFamilyOfNames) {
  auto Seen = run(R"(
void MD5_Init(); void MD5_Update(); void SHA256_Init();
void m() { MD5_Init(); MD5_Update(); SHA256_Init(); }
)",
                  [this](MatchRegistry &M) {
                    M.onCallsTo([](llvm::StringRef Name) { return Name.starts_with("MD5_"); },
                                callExpr().bind("n"), &Found);
                  });
  EXPECT_EQ(Seen, Lines({"3:CallExpr", "3:CallExpr"}));
}

TEST_F(MatchRegistryTest, EveryCallHookSeesCallsWithoutAName) {
  std::vector<const CallExpr *> Calls;
  run(R"(
int f(int);
int (*P)(int) = f;
struct S { int m(); };
int n(S &X, int (S::*M)()) { return f(1) + P(2) + (X.*M)(); }
)",
      [&Calls](MatchRegistry &M) {
        M.onEveryCall([&Calls](const CallExpr &C) { Calls.push_back(&C); });
      });
  EXPECT_EQ(Calls.size(), 3u);
}

TEST_F(MatchRegistryTest, EveryReferenceHookSeesEachReferenceOnceAsWritten) {
  std::vector<std::string> Names;
  run(R"(
int Count;
enum Mode { Fast, Safe };
template <typename T> T twice(T V) { return V + V; }
int f() { return Count + Safe + twice(Count); }
)",
      [&Names](MatchRegistry &M) {
        M.onEveryReference(
            [&Names](const DeclRefExpr &Ref) { Names.push_back(Ref.getDecl()->getNameAsString()); });
      });
  // The template's body once (V, V), not again for its instantiation.
  EXPECT_EQ(Names, Lines({"V", "V", "Count", "Safe", "twice", "Count"}));
}

TEST_F(MatchRegistryTest, CallbacksRunInTheContextsOwnTraversalKind) {
  auto Seen = run("void f(); void g() { f(); }", [this](MatchRegistry &M) {
    M.onCallsTo({"f"}, callExpr().bind("n"), &Found);
  });
  ASSERT_EQ(Seen, Lines({"1:CallExpr"}));
  // Parent lookups in a callback must see implicit nodes, as with MatchFinder's own callbacks.
  EXPECT_TRUE(Found.AsIs);
}

TEST(DispatchName, NamesOperatorsConstructorsAndIdentifiers) {
  auto AST = tooling::buildASTFromCodeWithArgs(
      "struct C { C(); bool operator==(const C &) const; }; int plain;", {"-std=c++17"});
  ASSERT_TRUE(AST);
  llvm::SmallString<32> Buffer;
  std::vector<std::string> Names;
  for (const Decl *D : AST->getASTContext().getTranslationUnitDecl()->decls())
    if (const auto *Class = dyn_cast<CXXRecordDecl>(D)) {
      for (const Decl *Member : Class->decls())
        if (const auto *Method = dyn_cast<CXXMethodDecl>(Member))
          Names.push_back(dispatchName(Method->getDeclName(), Buffer).str());
    } else if (const auto *Var = dyn_cast<VarDecl>(D)) {
      Names.push_back(dispatchName(Var->getDeclName(), Buffer).str());
    }
  EXPECT_EQ(Names, Lines({"C", "operator==", "plain"}));
}

} // namespace
} // namespace seniorlint
