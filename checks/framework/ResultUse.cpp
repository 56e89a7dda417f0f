#include "ResultUse.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"

using namespace clang;

namespace seniorlint {
namespace {

const Stmt *parentOf(const Stmt &S, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(S);
  return Parents.size() == 1 ? Parents[0].get<Stmt>() : nullptr;
}

} // namespace

ResultUse resultUse(const Expr *E, ASTContext &Ctx) {
  const Stmt *Child = E;
  for (const Stmt *P = parentOf(*E, Ctx); P; Child = P, P = parentOf(*P, Ctx)) {
    if (isa<ExprWithCleanups, ImplicitCastExpr, ParenExpr, CXXBindTemporaryExpr,
            MaterializeTemporaryExpr, ConstantExpr>(P))
      continue;
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(P))
      return Cast->getType()->isVoidType() ? ResultUse::CastToVoid : ResultUse::Used;
    if (const auto *Comma = dyn_cast<BinaryOperator>(P); Comma && Comma->isCommaOp()) {
      if (Comma->getLHS() == Child)
        return ResultUse::Discarded;
      continue;
    }
    if (isa<CompoundStmt, CaseStmt, DefaultStmt, LabelStmt>(P))
      return ResultUse::Discarded;
    if (const auto *If = dyn_cast<IfStmt>(P))
      return If->getCond() == Child ? ResultUse::Used : ResultUse::Discarded;
    if (const auto *Loop = dyn_cast<WhileStmt>(P))
      return Loop->getCond() == Child ? ResultUse::Used : ResultUse::Discarded;
    if (const auto *Loop = dyn_cast<DoStmt>(P))
      return Loop->getCond() == Child ? ResultUse::Used : ResultUse::Discarded;
    if (const auto *Loop = dyn_cast<ForStmt>(P))
      return Loop->getCond() == Child ? ResultUse::Used : ResultUse::Discarded;
    return ResultUse::Used;
  }
  return ResultUse::Used;
}

} // namespace seniorlint
