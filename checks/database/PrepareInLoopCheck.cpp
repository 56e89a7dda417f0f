#include "PrepareInLoopCheck.h"
#include "Ancestors.h"
#include "CheckRegistry.h"
#include "ConstantString.h"
#include "DatabaseApi.h"
#include "Loops.h"
#include "SqlText.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

bool isInside(SourceRange Inner, SourceRange Outer, const SourceManager &SM) {
  SourceLocation Begin = SM.getExpansionLoc(Inner.getBegin());
  SourceLocation OuterBegin = SM.getExpansionLoc(Outer.getBegin());
  SourceLocation OuterEnd = SM.getExpansionLoc(Outer.getEnd());
  return !SM.isBeforeInTranslationUnit(Begin, OuterBegin) &&
         !SM.isBeforeInTranslationUnit(OuterEnd, Begin);
}

// The same text on every iteration of L: a constant, or a local the loop neither declares
// nor changes (`const std::string Sql = buildInsert(Table);` before the loop).
bool isSameEveryIteration(const Expr *Sql, const Loop &L, const IterationData &Data,
                          ASTContext &Ctx) {
  if (Data.reachedBy(Sql))
    return false;
  if (isConstantString(Sql, Ctx) || sqlText(Sql, Ctx))
    return true;
  const auto *Ref = dyn_cast<DeclRefExpr>(passedText(Sql));
  const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return VD && VD->isLocalVarDecl() &&
         !isInside(VD->getSourceRange(), L.S->getSourceRange(), Ctx.getSourceManager()) &&
         !ExprMutationAnalyzer(*L.S, Ctx).isMutated(VD);
}

// Does S name Var outside Except (the prepare call, whose `&St` argument is not a test)?
bool mentions(const Stmt *S, const ValueDecl *Var, const Stmt *Except) {
  if (!S || S == Except)
    return false;
  if (const auto *E = dyn_cast<Expr>(S);
      E && isa<DeclRefExpr, MemberExpr>(E) && rootVariable(E) == Var)
    return true;
  return llvm::any_of(S->children(),
                      [&](const Stmt *Child) { return mentions(Child, Var, Except); });
}

// Prepared on the first iteration only, when the handle is still empty:
// `if (!St && sqlite3_prepare_v2(..., &St, ...) != SQLITE_OK)`, `if (!Stmt_) prepare(...)`.
bool preparedLazily(const Expr *Call, const DbApiFunction &F, const Loop &L, ASTContext &Ctx) {
  const ValueDecl *Handle =
      handleVariable(databaseApiArg(Call, F.Out >= 0 ? F.Out : F.Handle));
  if (!Handle)
    return false;
  return walkUp(*Call, Ctx, false,
                [&](const DynTypedNode &Parent, const DynTypedNode &Node) -> std::optional<bool> {
                  const Stmt *P = Parent.get<Stmt>();
                  if (!P || P == L.S)
                    return false;
                  const Stmt *Child = Node.get<Stmt>();
                  if (const auto *If = dyn_cast<IfStmt>(P);
                      If && If->getCond() != Child && mentions(If->getCond(), Handle, Call))
                    return true;
                  if (const auto *Op = dyn_cast<BinaryOperator>(P);
                      Op && Op->isLogicalOp() && Op->getRHS() == Child &&
                      mentions(Op->getLHS(), Handle, Call))
                    return true;
                  return std::nullopt;
                });
}

StringRef advice(DbFamily Family) {
  switch (Family) {
  case DbFamily::Sqlite:
    return "prepare it once before the loop, and in the loop bind, step, then sqlite3_reset "
           "and sqlite3_clear_bindings";
  case DbFamily::Libpq:
    return "prepare it once (PQprepare) before the loop and run PQexecPrepared in it";
  case DbFamily::MySql:
    return "prepare it once before the loop, and in the loop bind, execute and "
           "mysql_stmt_reset";
  case DbFamily::Pqxx:
    return "prepare it once on the connection and call exec_prepared in the loop";
  case DbFamily::Soci:
    return "prepare one soci::statement before the loop and execute it in the loop";
  case DbFamily::Qt:
    return "call QSqlQuery::prepare once before the loop; in the loop bindValue and exec";
  case DbFamily::Odbc:
    return "call SQLPrepare once before the loop; in the loop bind, SQLExecute and "
           "SQLFreeStmt(SQL_CLOSE)";
  }
  return "prepare it once before the loop";
}

} // namespace

void PrepareInLoopCheck::registerMatchers(MatchRegistry &Matchers) {
  onDatabaseApi(
      Matchers, {DbRole::Prepare}, [](const auto &Prepare) { return expr(Prepare).bind("call"); },
      this);
}

void PrepareInLoopCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<Expr>("call");
  ASTContext &Ctx = *Result.Context;
  const DbApiFunction *F = findDatabaseApi(Call);
  const Expr *Sql = F && F->Role == DbRole::Prepare ? databaseApiArg(Call, F->Sql) : nullptr;
  if (!Sql)
    return;
  llvm::SmallVector<Loop, 2> Loops = repeatingLoops(*Call, Ctx);
  if (Loops.empty())
    return;
  // Only the innermost loop can say whether the text changes between iterations.
  const Loop &L = Loops.front();
  // A retry loop (SQLITE_BUSY, a lost connection) prepares again only after a failure.
  if (backsOff(L) || preparedLazily(Call, *F, L, Ctx) ||
      leavesLoopOnSuccess(L, DbSuccess(Call, Ctx, DbSuccess::Worked, L.S), Ctx) ||
      !isSameEveryIteration(Sql, L, IterationData(L, Ctx), Ctx))
    return;
  report(Call->getBeginLoc(),
         ("the same SQL is prepared again on every loop iteration; " + advice(F->Family)).str())
      .note(L.Loc, "the loop");
}

SENIORLINT_REGISTER_CHECK(PrepareInLoopCheck, "database-prepare-in-loop");

} // namespace seniorlint
