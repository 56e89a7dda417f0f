#include "KnownArguments.h"
#include "LibraryCalls.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace seniorlint {
namespace {

// The initialiser of a variable whose value is the one it was initialised with: const, or a
// local that nothing in its function changes. Parameters carry the caller's value.
const Expr *fixedInitializer(const Expr *E, ASTContext &Ctx) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || isa<ParmVarDecl>(Var))
    return nullptr;
  const Expr *Init = Var->getAnyInitializer();
  if (!Init)
    return nullptr;
  if (Var->isConstexpr() || Var->getType().isConstQualified())
    return Init;
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  if (!Var->isLocalVarDecl() || !Fn || !Fn->getBody() ||
      ExprMutationAnalyzer(*Fn->getBody(), Ctx).isMutated(Var))
    return nullptr;
  return Init;
}

// Peels what hands the same characters on.
const Expr *sameCharacters(const Expr *E) {
  for (;;) {
    const Expr *Next = E->IgnoreImplicit()->IgnoreParenCasts();
    if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = Bind->getSubExpr();
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Next);
             Construct && Construct->getNumArgs() >= 1 && isStdString(Construct->getType()))
      Next = Construct->getArg(0);
    else if (const auto *List = dyn_cast<InitListExpr>(Next); List && List->getNumInits() == 1)
      Next = List->getInit(0);
    else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Next);
             Call && isStdString(Call->getObjectType()) && Call->getMethodDecl() &&
             Call->getMethodDecl()->getIdentifier() &&
             llvm::is_contained({"c_str", "data"}, Call->getMethodDecl()->getName()))
      Next = Call->getImplicitObjectArgument();
    else if (const auto *Literal = dyn_cast<UserDefinedLiteral>(Next);
             Literal && Literal->getLiteralOperatorKind() == UserDefinedLiteral::LOK_String)
      Next = Literal->getArg(0);
    if (Next == E)
      return E;
    E = Next;
  }
}

} // namespace

bool isStdString(QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  return RD && RD->isInStdNamespace() && RD->getIdentifier() &&
         llvm::is_contained({"basic_string", "basic_string_view"}, RD->getName());
}

std::optional<uint64_t> visibleValue(const Expr *E, ASTContext &Ctx) {
  if (std::optional<uint64_t> Value = knownValue(E, Ctx))
    return Value;
  const Expr *Init = fixedInitializer(E->IgnoreParenImpCasts(), Ctx);
  return Init ? knownValue(Init, Ctx) : std::nullopt;
}

const StringLiteral *visibleLiteral(const Expr *E, ASTContext &Ctx, const VarDecl **Through) {
  if (Through)
    *Through = nullptr;
  // Constants may be defined from constants; the bound ends `const char *const A = A;`.
  for (int Depth = 0; Depth < 4; ++Depth) {
    E = sameCharacters(E);
    if (const auto *Literal = dyn_cast<StringLiteral>(E))
      return Literal;
    const Expr *Init = fixedInitializer(E, Ctx);
    if (!Init)
      return nullptr;
    if (Through)
      *Through = cast<VarDecl>(cast<DeclRefExpr>(E)->getDecl());
    E = Init;
  }
  return nullptr;
}

const Expr *textStart(const Expr *E) {
  for (;;) {
    E = sameCharacters(E);
    const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
    if (!Op || Op->getOperator() != OO_Plus || Op->getNumArgs() != 2 || !isStdString(Op->getType()))
      return E;
    E = Op->getArg(0);
  }
}

std::string literalText(const StringLiteral &Literal) {
  if (Literal.getCharByteWidth() == 1)
    return Literal.getString().str();
  std::string Text;
  for (unsigned I = 0; I < Literal.getLength(); ++I) {
    uint32_t Unit = Literal.getCodeUnit(I);
    Text += Unit < 0x80 ? static_cast<char>(Unit) : '?';
  }
  return Text;
}

} // namespace seniorlint
