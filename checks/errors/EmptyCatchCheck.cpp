#include "EmptyCatchCheck.h"
#include "CheckRegistry.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Lex/Lexer.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {

namespace {
// The `;` left by a macro that expanded to nothing (a logging macro compiled out of this
// build) is code the author wrote: it counts as handling. A bare `;` says nothing.
AST_MATCHER(NullStmt, followsEmptyMacro) { return Node.hasLeadingEmptyMacro(); }
} // namespace

void EmptyCatchCheck::registerMatchers(MatchRegistry &Matchers) {
  auto Nothing = nullStmt(unless(followsEmptyMacro()));
  auto EmptyBody = compoundStmt(unless(has(stmt(unless(Nothing)))));
  // Spelled-in-source traversal: a template's catch is reported once, from its pattern,
  // not from each instantiation (which may share the very same nodes).
  Matchers.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource,
                             cxxCatchStmt(has(EmptyBody.bind("body"))).bind("catch")),
                    this);
}

// A comment inside the braces is the author saying why ignoring is right. A NOLINT comment
// is not: it asks the suppression mechanism, which demands its own reason, to hide the finding.
static bool hasExplanation(const CompoundStmt *Body, const SourceManager &SM) {
  CharSourceRange Inside = CharSourceRange::getCharRange(
      Body->getLBracLoc().getLocWithOffset(1), Body->getRBracLoc());
  bool Invalid = false;
  StringRef Text = Lexer::getSourceText(Inside, SM, LangOptions(), &Invalid);
  if (Invalid)
    return false;
  // The body holds only `;`, blanks and comments here, so no string literal can fake one.
  for (size_t Pos = Text.find('/'); Pos != StringRef::npos; Pos = Text.find('/', Pos + 1)) {
    StringRef Rest = Text.substr(Pos);
    StringRef Comment;
    if (Rest.starts_with("//"))
      Comment = Rest.take_until([](char C) { return C == '\n'; });
    else if (Rest.starts_with("/*"))
      Comment = Rest.take_front(Rest.find("*/"));
    else
      continue;
    if (!Comment.contains("NOLINT"))
      return true;
    Pos += Comment.size();
  }
  return false;
}

void EmptyCatchCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Catch = Result.Nodes.getNodeAs<CXXCatchStmt>("catch");
  const auto *Body = Result.Nodes.getNodeAs<CompoundStmt>("body");
  if (Body->getLBracLoc().isMacroID() || hasExplanation(Body, *Result.SourceManager))
    return;
  report(Catch->getCatchLoc(),
         "exception caught and silently dropped; handle it, log it, rethrow it, or say in a "
         "comment why ignoring it is correct");
}

SENIORLINT_REGISTER_CHECK(EmptyCatchCheck, "errors-empty-catch");

} // namespace seniorlint
