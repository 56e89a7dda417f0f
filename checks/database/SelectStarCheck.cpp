#include "SelectStarCheck.h"
#include "CheckRegistry.h"
#include "DatabaseApi.h"
#include "SqlText.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/TargetInfo.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

struct Token {
  StringRef Text;
  size_t Offset;
};

// SQL tokens: words, quoted strings and identifiers as one token each, punctuation one
// character at a time; comments are skipped.
std::vector<Token> tokenize(StringRef Sql) {
  std::vector<Token> Tokens;
  size_t I = 0;
  auto Until = [&](StringRef End, size_t From) {
    size_t Pos = Sql.find(End, From);
    return Pos == StringRef::npos ? Sql.size() : Pos + End.size();
  };
  while (I < Sql.size()) {
    char C = Sql[I];
    size_t Start = I;
    if (llvm::isSpace(C)) {
      ++I;
      continue;
    }
    if (Sql.substr(I).starts_with("--")) {
      I = Until("\n", I);
      continue;
    }
    if (Sql.substr(I).starts_with("/*")) {
      I = Until("*/", I + 2);
      continue;
    }
    if (C == '\'' || C == '"' || C == '`')
      I = Until(Sql.substr(I, 1), I + 1);
    else if (C == '[')
      I = Until("]", I + 1);
    else if (llvm::isAlnum(C) || C == '_' || C == '$')
      while (I < Sql.size() && (llvm::isAlnum(Sql[I]) || Sql[I] == '_' || Sql[I] == '$'))
        ++I;
    else
      ++I;
    Tokens.push_back({Sql.slice(Start, I), Start});
  }
  return Tokens;
}

bool isWord(const Token &T, StringRef Word) { return T.Text.equals_insensitive(Word); }

// The offset of the `*` when a query returning rows to the program selects all columns:
// `SELECT *`, `SELECT DISTINCT *`, `SELECT t.*, u.name`, in the outermost query or a UNION
// branch of it. Stars inside parentheses (`COUNT(*)`, `EXISTS (SELECT * ...)`, a derived
// table or CTE whose columns the outer query names) never reach the program.
std::optional<size_t> selectStar(StringRef Sql) {
  std::vector<Token> Tokens = tokenize(Sql);
  size_t Base = 0;
  while (Base < Tokens.size() && Tokens[Base].Text == "(")
    ++Base;
  if (Base == Tokens.size() || !(isWord(Tokens[Base], "SELECT") || isWord(Tokens[Base], "WITH")))
    return std::nullopt;
  int Depth = 0;
  for (size_t I = 0; I < Tokens.size(); ++I) {
    StringRef T = Tokens[I].Text;
    Depth += T == "(" ? 1 : T == ")" ? -1 : 0;
    if (Depth != static_cast<int>(Base) || !isWord(Tokens[I], "SELECT"))
      continue;
    size_t J = I + 1;
    while (J < Tokens.size() && (isWord(Tokens[J], "DISTINCT") || isWord(Tokens[J], "ALL")))
      ++J;
    // One column list up to FROM at this depth; an item is `*` or `name.*`.
    std::optional<size_t> Star;
    bool ItemStart = true;
    int Inner = 0;
    for (; J < Tokens.size(); ++J) {
      const Token &U = Tokens[J];
      Inner += U.Text == "(" ? 1 : U.Text == ")" ? -1 : 0;
      if (Inner < 0 || (Inner == 0 && isWord(U, "FROM")))
        break;
      if (Inner != 0)
        continue;
      if (U.Text == "*" &&
          (ItemStart || (J >= 2 && Tokens[J - 1].Text == "." && J + 1 < Tokens.size() &&
                         (Tokens[J + 1].Text == "," || isWord(Tokens[J + 1], "FROM")))))
        Star = Star ? Star : U.Offset;
      ItemStart = U.Text == ",";
    }
    if (Star && J < Tokens.size() && isWord(Tokens[J], "FROM"))
      return Star;
  }
  return std::nullopt;
}

// Names of constants that hold SQL: kSql, FindUserQuery, SELECT_ORDERS_SQL, kSelectAdmins.
bool namesQuery(StringRef Name) {
  std::string Lower = Name.lower();
  return llvm::any_of(
      std::initializer_list<StringRef>{"sql", "query", "select", "stmt", "statement"},
      [&](StringRef Word) { return StringRef(Lower).contains(Word); });
}

} // namespace

void SelectStarCheck::registerMatchers(MatchRegistry &Matchers) {
  onDatabaseApi(
      Matchers, {DbRole::Execute, DbRole::Prepare},
      [](const auto &Query) { return expr(Query).bind("query"); }, this);
  auto Constant = varDecl(unless(parmVarDecl()), anyOf(isConstexpr(), hasType(isConstQualified())),
                          hasInitializer(expr()))
                      .bind("constant");
  Matchers.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource, Constant), this);
  // The project's own query helpers: `prepare(Db, "SELECT * FROM users")` into a parameter
  // named like a query (`const char *Sql`).
  auto Text = ignoringParenImpCasts(stringLiteral().bind("literal"));
  auto QueryParam = parmVarDecl().bind("param");
  Matchers.addMatcher(traverse(TK_AsIs, callExpr(hasAnyArgument(Text),
                                                unless(isExpansionInSystemHeader()),
                                                forEachArgumentWithParam(Text, QueryParam))),
                    this);
  Matchers.addMatcher(traverse(TK_AsIs, cxxConstructExpr(hasAnyArgument(Text),
                                                        unless(isExpansionInSystemHeader()),
                                                        forEachArgumentWithParam(Text, QueryParam))),
                    this);
}

void SelectStarCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  auto Inspect = [&](const StringLiteral *Literal) { inspect(Literal, Ctx); };
  if (const auto *Query = Result.Nodes.getNodeAs<Expr>("query")) {
    const DbApiFunction *F = findDatabaseApi(Query);
    if (const Expr *Sql = F ? databaseApiArg(Query, F->Sql) : nullptr)
      forEachSqlLiteral(Sql, Ctx, Inspect);
    return;
  }
  if (const auto *Param = Result.Nodes.getNodeAs<ParmVarDecl>("param")) {
    if (Param->getIdentifier() && namesQuery(Param->getName()))
      Inspect(Result.Nodes.getNodeAs<StringLiteral>("literal"));
    return;
  }
  const auto *Constant = Result.Nodes.getNodeAs<VarDecl>("constant");
  if (Constant->getIdentifier() && namesQuery(Constant->getName()))
    forEachSqlLiteral(Constant->getInit(), Ctx, Inspect);
}

void SelectStarCheck::inspect(const StringLiteral *Literal, ASTContext &Ctx) {
  if (!Seen.insert(Literal).second)
    return;
  std::optional<size_t> Star = selectStar(literalText(Literal));
  if (!Star)
    return;
  // Point at the star itself when the literal is plain text in the file.
  SourceLocation Loc = Literal->getBeginLoc();
  if (Literal->getCharByteWidth() == 1 && Loc.isFileID())
    Loc = Literal->getLocationOfByte(*Star, Ctx.getSourceManager(), Ctx.getLangOpts(),
                                     Ctx.getTargetInfo());
  report(Loc, "SELECT * fetches every column, also the ones added later, and breaks code that "
              "reads columns by position; name the columns this code uses");
}

SENIORLINT_REGISTER_CHECK(SelectStarCheck, "database-select-star");

} // namespace seniorlint
