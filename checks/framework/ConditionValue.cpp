#include "ConditionValue.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace seniorlint {
namespace {

using Value = std::optional<std::int64_t>;

Value evaluate(const Expr *E, KnownValue Known, ASTContext &Ctx) {
  E = E->IgnoreParens();
  if (Value V = Known(E))
    return V;
  if (const auto *Cast = dyn_cast<CastExpr>(E)) {
    Value V = evaluate(Cast->getSubExpr(), Known, Ctx);
    if (V && (Cast->getCastKind() == CK_IntegralToBoolean ||
              Cast->getCastKind() == CK_PointerToBoolean))
      return *V != 0;
    return V;
  }
  if (const auto *Op = dyn_cast<UnaryOperator>(E)) {
    Value V = evaluate(Op->getSubExpr(), Known, Ctx);
    if (!V)
      return std::nullopt;
    switch (Op->getOpcode()) {
    case UO_LNot:
      return *V == 0;
    case UO_Not:
      return ~*V;
    case UO_Minus:
      return -*V;
    case UO_Plus:
      return *V;
    default:
      return std::nullopt;
    }
  }
  if (const auto *Op = dyn_cast<BinaryOperator>(E)) {
    // `(Rc = sqlite3_step(S)) == SQLITE_ROW`: an assignment is the value assigned.
    if (Op->getOpcode() == BO_Comma || Op->getOpcode() == BO_Assign)
      return evaluate(Op->getRHS(), Known, Ctx);
    Value L = evaluate(Op->getLHS(), Known, Ctx);
    // && and || decide from one side when it is the absorbing value.
    if (Op->getOpcode() == BO_LAnd || Op->getOpcode() == BO_LOr) {
      bool Absorbing = Op->getOpcode() == BO_LOr;
      if (L && (*L != 0) == Absorbing)
        return Absorbing;
      Value R = evaluate(Op->getRHS(), Known, Ctx);
      if (R && (*R != 0) == Absorbing)
        return Absorbing;
      if (L && R)
        return !Absorbing;
      return std::nullopt;
    }
    Value R = evaluate(Op->getRHS(), Known, Ctx);
    if (!L || !R)
      return std::nullopt;
    switch (Op->getOpcode()) {
    case BO_EQ:
      return *L == *R;
    case BO_NE:
      return *L != *R;
    case BO_LT:
      return *L < *R;
    case BO_GT:
      return *L > *R;
    case BO_LE:
      return *L <= *R;
    case BO_GE:
      return *L >= *R;
    case BO_And:
      return *L & *R;
    case BO_Or:
      return *L | *R;
    case BO_Xor:
      return *L ^ *R;
    case BO_Add:
      return *L + *R;
    case BO_Sub:
      return *L - *R;
    case BO_Mul:
      return *L * *R;
    default:
      return std::nullopt;
    }
  }
  if (const auto *Cond = dyn_cast<ConditionalOperator>(E)) {
    if (Value C = evaluate(Cond->getCond(), Known, Ctx))
      return evaluate(*C ? Cond->getTrueExpr() : Cond->getFalseExpr(), Known, Ctx);
    Value T = evaluate(Cond->getTrueExpr(), Known, Ctx);
    Value F = evaluate(Cond->getFalseExpr(), Known, Ctx);
    return T && F && *T == *F ? T : std::nullopt;
  }
  if (isa<CXXNullPtrLiteralExpr>(E) || isa<GNUNullExpr>(E))
    return 0;
  Expr::EvalResult R;
  if (!E->isValueDependent() && E->getType()->isIntegralOrEnumerationType() &&
      E->EvaluateAsInt(R, Ctx))
    return R.Val.getInt().getExtValue();
  return std::nullopt;
}

} // namespace

std::optional<bool> evaluateCondition(const Expr *Cond, KnownValue Known, ASTContext &Ctx) {
  if (!Cond)
    return std::nullopt;
  Value V = evaluate(Cond, Known, Ctx);
  if (!V)
    return std::nullopt;
  return *V != 0;
}

} // namespace seniorlint
