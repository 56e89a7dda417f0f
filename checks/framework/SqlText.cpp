#include "SqlText.h"
#include "NameMatchers.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace seniorlint {
namespace {

// Constants may be defined from constants; the bound also ends `const char *const A = A;`.
constexpr int MaxDepth = 8;

using Pieces = std::vector<const StringLiteral *>;

bool passesTextThrough(const CXXMemberCallExpr *Call) {
  const CXXMethodDecl *M = Call->getMethodDecl();
  if (!M)
    return false;
  if (isa<CXXConversionDecl>(M))
    return true;
  return M->getIdentifier() && llvm::is_contained({"c_str", "data", "constData"}, M->getName());
}

const Expr *strip(const Expr *E) {
  for (;;) {
    const Expr *Next = E->IgnoreImplicit()->IgnoreParenCasts();
    if (const auto *Literal = dyn_cast<UserDefinedLiteral>(Next);
        Literal && Literal->getLiteralOperatorKind() == UserDefinedLiteral::LOK_String)
      Next = Literal->getCookedLiteral();
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Next);
             Construct && Construct->getNumArgs() >= 1 &&
             llvm::all_of(llvm::drop_begin(Construct->arguments()),
                          [](const Expr *A) { return isa<CXXDefaultArgExpr>(A); }))
      Next = Construct->getArg(0); // std::string("..."), QString("..."), copies
    else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Next); Call && passesTextThrough(Call))
      Next = Call->getImplicitObjectArgument();
    else if (const auto *Call = dyn_cast<CallExpr>(Next);
             Call && Call->getNumArgs() == 1 && Call->getDirectCallee() &&
             Call->getDirectCallee()->getIdentifier() &&
             Call->getDirectCallee()->getName() == "qMakeStringPrivate") // QStringLiteral
      Next = Call->getArg(0);
    if (Next == E)
      return E;
    E = Next;
  }
}

bool cannotChange(const VarDecl *VD, ASTContext &Ctx) {
  if (isa<ParmVarDecl>(VD))
    return false;
  QualType T = VD->getType();
  if (VD->isConstexpr() || T.isConstant(Ctx) ||
      (T->isReferenceType() && T->getPointeeType().isConstQualified()))
    return true;
  // People write `const char *Sql = "...";` and `std::string Sql = "...";` without const.
  if (!VD->isLocalVarDecl() || T->isArrayType())
    return false;
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
  return Fn && Fn->getBody() && !ExprMutationAnalyzer(*Fn->getBody(), Ctx).isMutated(VD);
}

bool collect(const Expr *E, ASTContext &Ctx, int Depth, Pieces &Out) {
  if (!E || Depth > MaxDepth)
    return false;
  E = strip(E);
  if (const auto *Literal = dyn_cast<StringLiteral>(E)) {
    Out.push_back(Literal);
    return true;
  }
  const ValueDecl *D = nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    D = Ref->getDecl();
  else if (const auto *Member = dyn_cast<MemberExpr>(E)) // a static member constant
    D = Member->getMemberDecl();
  if (const auto *VD = dyn_cast_or_null<VarDecl>(D))
    // The mutation analysis walks the function: only for a variable that holds text.
    return collect(VD->getAnyInitializer(), Ctx, Depth + 1, Out) && cannotChange(VD, Ctx);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && Op->getOperator() == OO_Plus && Op->getNumArgs() == 2)
    return collect(Op->getArg(0), Ctx, Depth + 1, Out) &&
           collect(Op->getArg(1), Ctx, Depth + 1, Out);
  return false;
}

// Each variable is followed once: `Sql = Sql + " WHERE ..."` refers back to itself.
void visitLiterals(const Expr *E, ASTContext &Ctx, llvm::SmallPtrSetImpl<const VarDecl *> &Seen,
                   llvm::function_ref<void(const StringLiteral *)> Visit) {
  if (!E)
    return;
  E = strip(E);
  auto Next = [&](const Expr *Part) { visitLiterals(Part, Ctx, Seen, Visit); };
  if (const auto *Literal = dyn_cast<StringLiteral>(E)) {
    Visit(Literal);
  } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
             Op && Op->getOperator() == OO_Plus && Op->getNumArgs() == 2) {
    Next(Op->getArg(0));
    Next(Op->getArg(1));
  } else if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
    Next(Cond->getTrueExpr());
    Next(Cond->getFalseExpr());
  } else if (const auto *List = dyn_cast<InitListExpr>(E)) {
    for (const Expr *Element : List->inits())
      Next(Element);
  } else if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(Ref->getDecl());
    if (!VD || isa<ParmVarDecl>(VD) || !Seen.insert(VD).second)
      return;
    Next(VD->getAnyInitializer());
    const auto *Fn = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
    if (!VD->isLocalVarDecl() || !Fn || !Fn->getBody())
      return;
    using namespace clang::ast_matchers;
    auto Target = ignoringParenImpCasts(declRefExpr(to(varDecl(equalsNode(VD)))));
    auto Assign = expr(
        anyOf(binaryOperator(hasOperatorName("="), hasLHS(Target), hasRHS(expr().bind("value"))),
              cxxOperatorCallExpr(hasOverloadedOperatorName("="), hasArgument(0, Target),
                                  hasArgument(1, expr().bind("value")))));
    for (const BoundNodes &N : match(findAll(Assign), *Fn->getBody(), Ctx))
      Next(N.getNodeAs<Expr>("value"));
  }
}

// A local whose every plain assignment is its initialiser; `+=`, append() and `<<` only
// add to the end of its text.
const Expr *onlyValueOf(const VarDecl *VD, ASTContext &Ctx) {
  if (!VD->isLocalVarDecl() || isa<ParmVarDecl>(VD) || !VD->getInit())
    return nullptr;
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
  if (!Fn || !Fn->getBody())
    return nullptr;
  using namespace clang::ast_matchers;
  auto Target = ignoringParenImpCasts(declRefExpr(to(varDecl(equalsNode(VD)))));
  auto Assign = expr(anyOf(binaryOperator(hasOperatorName("="), hasLHS(Target)),
                           cxxOperatorCallExpr(hasOverloadedOperatorName("="),
                                               hasArgument(0, Target)),
                           cxxMemberCallExpr(on(Target), callee(cxxMethodDecl(anyNameOf(
                                                             "assign", "clear", "replace",
                                                             "insert", "erase", "swap"))))));
  return match(findAll(Assign), *Fn->getBody(), Ctx).empty() ? VD->getInit() : nullptr;
}

std::optional<std::string> leadingText(const Expr *E, ASTContext &Ctx, int Depth) {
  if (!E || Depth > MaxDepth)
    return std::nullopt;
  if (std::optional<std::string> Whole = sqlText(E, Ctx))
    return Whole;
  E = strip(E);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && Op->getOperator() == OO_Plus && Op->getNumArgs() == 2)
    return leadingText(Op->getArg(0), Ctx, Depth + 1);
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(Ref->getDecl()))
      return leadingText(onlyValueOf(VD, Ctx), Ctx, Depth + 1);
  return std::nullopt;
}

} // namespace

void forEachSqlLiteral(const Expr *E, ASTContext &Ctx,
                       llvm::function_ref<void(const StringLiteral *)> Visit) {
  llvm::SmallPtrSet<const VarDecl *, 4> Seen;
  visitLiterals(E, Ctx, Seen, Visit);
}

std::optional<std::vector<const StringLiteral *>> sqlLiterals(const Expr *E, ASTContext &Ctx) {
  Pieces Out;
  if (!collect(E, Ctx, 0, Out))
    return std::nullopt;
  return Out;
}

std::optional<std::string> sqlText(const Expr *E, ASTContext &Ctx) {
  std::optional<Pieces> Literals = sqlLiterals(E, Ctx);
  if (!Literals)
    return std::nullopt;
  std::string Text;
  for (const StringLiteral *Literal : *Literals)
    Text += literalText(Literal);
  return Text;
}

std::optional<std::string> sqlLeadingText(const Expr *E, ASTContext &Ctx) {
  return leadingText(E, Ctx, 0);
}

std::string literalText(const StringLiteral *Literal) {
  if (Literal->getCharByteWidth() == 1)
    return Literal->getString().str();
  std::string Text;
  for (unsigned I = 0, N = Literal->getLength(); I < N; ++I) {
    uint32_t Unit = Literal->getCodeUnit(I);
    Text += Unit < 0x80 ? static_cast<char>(Unit) : '?';
  }
  return Text;
}

std::string sqlFirstKeyword(StringRef Sql) {
  for (;;) {
    Sql = Sql.ltrim(" \t\r\n\f\v(");
    if (Sql.consume_front("--"))
      Sql = Sql.drop_until([](char C) { return C == '\n'; });
    else if (Sql.consume_front("/*"))
      Sql = Sql.substr(std::min(Sql.size(), Sql.find("*/")) + 2); // substr clamps
    else
      break;
  }
  return Sql.take_while([](char C) { return llvm::isAlpha(C) || C == '_'; }).upper();
}

bool isSqlWrite(StringRef Sql) {
  std::string Keyword = sqlFirstKeyword(Sql);
  return llvm::is_contained({"INSERT", "UPDATE", "DELETE", "REPLACE", "MERGE"}, Keyword);
}

} // namespace seniorlint
