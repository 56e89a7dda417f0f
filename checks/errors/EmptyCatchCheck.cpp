#include "EmptyCatchCheck.h"
#include "CheckRegistry.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Lex/Lexer.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {

void EmptyCatchCheck::registerMatchers(MatchFinder &Finder) {
  auto EmptyBody = compoundStmt(statementCountIs(0));
  // Spelled-in-source traversal: a template's catch is reported once, from its pattern,
  // not from each instantiation (which may share the very same nodes).
  Finder.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource,
                             cxxCatchStmt(has(EmptyBody.bind("body"))).bind("catch")),
                    this);
}

// A comment inside the braces is the author saying why ignoring is right.
static bool hasComment(const CompoundStmt *Body, const SourceManager &SM) {
  CharSourceRange Inside = CharSourceRange::getCharRange(
      Body->getLBracLoc().getLocWithOffset(1), Body->getRBracLoc());
  bool Invalid = false;
  StringRef Text = Lexer::getSourceText(Inside, SM, LangOptions(), &Invalid);
  return !Invalid && (Text.contains("//") || Text.contains("/*"));
}

void EmptyCatchCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Catch = Result.Nodes.getNodeAs<CXXCatchStmt>("catch");
  const auto *Body = Result.Nodes.getNodeAs<CompoundStmt>("body");
  if (Body->getLBracLoc().isMacroID() || hasComment(Body, *Result.SourceManager))
    return;
  report(Catch->getCatchLoc(),
         "exception caught and silently dropped; handle it, log it, rethrow it, or say in a "
         "comment why ignoring it is correct");
}

SENIORLINT_REGISTER_CHECK(EmptyCatchCheck, "errors-empty-catch");

} // namespace seniorlint
