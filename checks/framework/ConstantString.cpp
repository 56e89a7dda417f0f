#include "ConstantString.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

// Constants may be defined from other constants; the bound also ends self-reference
// (`const char *const A = A;` compiles).
constexpr int MaxDepth = 8;

bool isConstant(const Expr *E, ASTContext &Ctx, int Depth);

// Peels everything that passes a value through unchanged.
const Expr *strip(const Expr *E) {
  for (;;) {
    const Expr *Next = E->IgnoreParenCasts();
    if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = Bind->getSubExpr();
    else if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(Next))
      Next = Default->getExpr();
    else if (const auto *Opaque = dyn_cast<OpaqueValueExpr>(Next);
             Opaque && Opaque->getSourceExpr())
      Next = Opaque->getSourceExpr();
    if (Next == E)
      return E;
    E = Next;
  }
}

bool isStdStringClass(const CXXRecordDecl *RD) {
  if (!RD || !RD->isInStdNamespace() || !RD->getIdentifier())
    return false;
  StringRef Name = RD->getName();
  return Name == "basic_string" || Name == "basic_string_view";
}

template <typename T, typename Node> const T *parentAs(const Node &N, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(N);
  return Parents.size() == 1 ? Parents[0].get<T>() : nullptr;
}

// ExprMutationAnalyzer counts every decay of a non-const array as a write. A char array is
// read-only when each use decays straight into a pointer to const (or is sizeof's operand).
// Uses inside Except are not looked at.
bool isReadOnlyArray(const VarDecl *VD, const Stmt &Body, ASTContext &Ctx,
                     const Stmt *Except = nullptr) {
  auto UseOfVD = declRefExpr(to(varDecl(equalsNode(VD)))).bind("use");
  auto Uses = match(findAll(UseOfVD), Body, Ctx);
  llvm::SmallPtrSet<const DeclRefExpr *, 2> Excepted;
  if (Except)
    for (const BoundNodes &Use : match(findAll(UseOfVD), *Except, Ctx))
      Excepted.insert(Use.getNodeAs<DeclRefExpr>("use"));
  return llvm::all_of(Uses, [&](const BoundNodes &Use) {
    const auto *Ref = Use.getNodeAs<DeclRefExpr>("use");
    if (Excepted.count(Ref) || parentAs<UnaryExprOrTypeTraitExpr>(*Ref, Ctx))
      return true;
    const auto *Decay = parentAs<ImplicitCastExpr>(*Ref, Ctx);
    if (!Decay || Decay->getCastKind() != CK_ArrayToPointerDecay)
      return false;
    const auto *ToConst = parentAs<ImplicitCastExpr>(*Decay, Ctx);
    return ToConst && ToConst->getType()->isPointerType() &&
           ToConst->getType()->getPointeeType().isConstQualified();
  });
}

// An unmodified local is as fixed as a const one; people write `const char *Cmd = "ls";`.
bool isNeverModifiedLocal(const VarDecl *VD, ASTContext &Ctx) {
  if (!VD->isLocalVarDecl())
    return false;
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
  if (!Fn || !Fn->getBody())
    return false;
  if (VD->getType()->isArrayType())
    return isReadOnlyArray(VD, *Fn->getBody(), Ctx);
  return !ExprMutationAnalyzer(*Fn->getBody(), Ctx).isMutated(VD);
}

bool cannotChange(const VarDecl *VD, ASTContext &Ctx) {
  QualType T = VD->getType();
  if (VD->isConstexpr() || T.isConstant(Ctx))
    return true;
  if (T->isReferenceType() && T->getPointeeType().isConstant(Ctx))
    return true;
  return isNeverModifiedLocal(VD, Ctx);
}

bool allElementsConstant(const InitListExpr *List, ASTContext &Ctx, int Depth) {
  for (const Expr *Element : List->inits())
    if (!isConstant(Element, Ctx, Depth))
      return false;
  return true;
}

const VarDecl *referencedVariable(const Expr *E) {
  const VarDecl *VD = nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    VD = dyn_cast<VarDecl>(Ref->getDecl());
  else if (const auto *Member = dyn_cast<MemberExpr>(E)) // Config.kCommand, a static member
    VD = dyn_cast<VarDecl>(Member->getMemberDecl());
  // A parameter's value comes from the caller, whatever its default argument says.
  return VD && !isa<ParmVarDecl>(VD) ? VD : nullptr;
}

// The initialiser list of a fixed table: `{"a", "b"}` itself, or a constant array holding one.
const InitListExpr *fixedTable(const Expr *E, ASTContext &Ctx) {
  E = strip(E);
  if (const auto *StdList = dyn_cast<CXXStdInitializerListExpr>(E))
    E = strip(StdList->getSubExpr());
  if (const auto *List = dyn_cast<InitListExpr>(E))
    return List;
  const VarDecl *Table = referencedVariable(E);
  if (!Table || !cannotChange(Table, Ctx))
    return nullptr;
  return dyn_cast_or_null<InitListExpr>(Table->getAnyInitializer());
}

bool isConstantVariable(const VarDecl *VD, ASTContext &Ctx, int Depth) {
  if (!cannotChange(VD, Ctx))
    return false;
  // for (const char *Step : {"make clean", "make"}): each Step is one of fixed strings.
  if (VD->isCXXForRangeDecl()) {
    const auto *Decl = parentAs<DeclStmt>(*VD, Ctx);
    const auto *Loop = Decl ? parentAs<CXXForRangeStmt>(*Decl, Ctx) : nullptr;
    const InitListExpr *Table =
        Loop && Loop->getLoopVariable() == VD ? fixedTable(Loop->getRangeInit(), Ctx) : nullptr;
    return Table && allElementsConstant(Table, Ctx, Depth + 1);
  }
  const Expr *Init = VD->getAnyInitializer();
  if (!Init) {
    // `extern const char kName[];`: a const char array can only be filled from a literal.
    const ArrayType *Array = Ctx.getAsArrayType(VD->getType());
    return Array && Array->getElementType()->isAnyCharacterType();
  }
  return isConstant(Init, Ctx, Depth + 1);
}

// kCommands[Index] where kCommands is a fixed table of constants.
bool isTableElement(const ArraySubscriptExpr *Subscript, ASTContext &Ctx, int Depth) {
  const InitListExpr *Table = fixedTable(Subscript->getBase(), Ctx);
  return Table && allElementsConstant(Table, Ctx, Depth + 1);
}

// std::string / std::string_view made from a constant: std::string("ls"), std::string(kCmd, 2).
bool isConstantStringObject(const CXXConstructExpr *Construct, ASTContext &Ctx, int Depth) {
  if (!isStdStringClass(Construct->getConstructor()->getParent()))
    return false;
  if (Construct->getNumArgs() == 0)
    return true;
  if (!isConstant(Construct->getArg(0), Ctx, Depth + 1))
    return false;
  for (const Expr *Arg : llvm::drop_begin(Construct->arguments()))
    if (!isa<CXXDefaultArgExpr>(Arg) &&
        !(Arg->getType()->isIntegralOrEnumerationType() && Arg->isEvaluatable(Ctx)))
      return false;
  return true;
}

// Cmd.c_str(), Cmd.data(), and std::string -> std::string_view conversions.
bool isViewOfConstant(const CXXMemberCallExpr *Call, ASTContext &Ctx, int Depth) {
  const CXXMethodDecl *Method = Call->getMethodDecl();
  if (!Method || !isStdStringClass(Method->getParent()))
    return false;
  bool PassesThrough =
      isa<CXXConversionDecl>(Method) ||
      (Method->getIdentifier() && (Method->getName() == "c_str" || Method->getName() == "data"));
  return PassesThrough && isConstant(Call->getImplicitObjectArgument(), Ctx, Depth + 1);
}

bool isConstant(const Expr *E, ASTContext &Ctx, int Depth) {
  if (!E || Depth > MaxDepth)
    return false;
  E = strip(E);
  if (isa<StringLiteral, PredefinedExpr>(E))
    return true;
  if (const auto *Literal = dyn_cast<UserDefinedLiteral>(E))
    return Literal->getLiteralOperatorKind() == UserDefinedLiteral::LOK_String;
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E))
    return isConstant(Cond->getTrueExpr(), Ctx, Depth + 1) &&
           isConstant(Cond->getFalseExpr(), Ctx, Depth + 1);
  if (const VarDecl *VD = referencedVariable(E))
    return isConstantVariable(VD, Ctx, Depth);
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E))
    return isTableElement(Subscript, Ctx, Depth);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return isConstantStringObject(Construct, Ctx, Depth);
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E))
    return isViewOfConstant(Call, Ctx, Depth);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    return Op->getOperator() == OO_Plus && Op->getNumArgs() == 2 &&
           isConstant(Op->getArg(0), Ctx, Depth + 1) && isConstant(Op->getArg(1), Ctx, Depth + 1);
  return false;
}

// `{0}`, `{}`, `{0x00, 0x01, ...}`: integer constants, and zeros for what is not written.
bool allBytesConstant(const InitListExpr *List, ASTContext &Ctx) {
  return llvm::all_of(List->inits(), [&](const Expr *Element) {
    Element = strip(Element);
    return isa<ImplicitValueInitExpr>(Element) ||
           (Element->getType()->isIntegralOrEnumerationType() && !Element->isValueDependent() &&
            Element->isEvaluatable(Ctx));
  });
}

} // namespace

bool isConstantString(const Expr *E, ASTContext &Ctx) { return isConstant(E, Ctx, 0); }

bool isConstantBuffer(const Expr *E, ASTContext &Ctx, const Stmt *Except) {
  E = strip(E);
  const VarDecl *VD = referencedVariable(E);
  if (!VD || !VD->getType()->isArrayType())
    return isConstant(E, Ctx, 0);
  const Expr *Init = VD->getAnyInitializer();
  if (!Init)
    return !VD->isLocalVarDecl() && isConstant(E, Ctx, 0);
  const auto *List = dyn_cast<InitListExpr>(strip(Init));
  if (List ? !allBytesConstant(List, Ctx) : !isConstant(Init, Ctx, 1))
    return false;
  if (VD->isConstexpr() || VD->getType().isConstant(Ctx))
    return true;
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
  return VD->isLocalVarDecl() && Fn && Fn->getBody() &&
         isReadOnlyArray(VD, *Fn->getBody(), Ctx, Except);
}

} // namespace seniorlint
