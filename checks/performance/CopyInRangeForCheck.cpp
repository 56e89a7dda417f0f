#include "CopyInRangeForCheck.h"
#include "CheckRegistry.h"
#include "NameMatchers.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {

CopyInRangeForCheck::CopyInRangeForCheck(const CheckContext &Ctx)
    : Check(Ctx), IgnoreTypes(Ctx.Options.getList("ignore-types", "")) {}

void CopyInRangeForCheck::registerMatchers(MatchRegistry &Matchers) {
  auto ByValue = varDecl(unless(hasType(referenceType())));
  Matchers.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource,
                             cxxForRangeStmt(hasLoopVariable(ByValue.bind("var"))).bind("loop")),
                    this);
}

// A copy that calls no user code is a memcpy: ints, pointers, string_view, pair<int, int>.
static bool isExpensiveToCopy(QualType T) {
  const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
  return Record && Record->hasDefinition() &&
         !(Record->hasTrivialCopyConstructor() && Record->hasTrivialDestructor());
}

// Only a copy of an element the iterator hands out by lvalue reference can be avoided. A
// proxy (vector<bool>) or an element made by value is a temporary: a reference would not save
// the copy. A conversion (std::string from const char *) or a slice (Base from Derived) is
// not a copy of the element either, and a reference to Base would change virtual calls.
static bool copiesElement(const VarDecl &Var) {
  const Expr *Init = Var.getInit();
  const auto *Construct = Init ? dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit()) : nullptr;
  if (!Construct || !Construct->getConstructor()->isCopyConstructor())
    return false;
  const Expr *Element = Construct->getArg(0);
  if (!Element->isLValue())
    return false;
  QualType ElementType = Element->IgnoreImpCasts()->getType().getCanonicalType();
  return ElementType.getUnqualifiedType() == Var.getType().getCanonicalType().getUnqualifiedType();
}

// The loop variable, or for `auto [K, V]` its bindings: what the body can name.
static std::vector<const ValueDecl *> namedInBody(const VarDecl &Var) {
  if (const auto *Decomposition = dyn_cast<DecompositionDecl>(&Var))
    return {Decomposition->bindings().begin(), Decomposition->bindings().end()};
  return {&Var};
}

static bool isUsed(const ValueDecl *D, const Stmt &Body, ASTContext &Ctx) {
  return !match(findAll(declRefExpr(to(equalsNode(D)))), Body, Ctx).empty();
}

// `std::move(X)` says the copy is intended: the body takes it over.
static bool isMovedFrom(const ValueDecl *D, const Stmt &Body, ASTContext &Ctx) {
  auto Ref = declRefExpr(to(equalsNode(D)));
  auto Move = callExpr(callee(functionDecl(anyNameOf("::std::move", "::std::forward"))),
                       hasArgument(0, anyOf(Ref, hasDescendant(Ref))));
  return !match(findAll(Move), Body, Ctx).empty();
}

// A reference would see the body's changes to the container; a copy keeps the old value.
static bool rangeIsModified(const CXXForRangeStmt &Loop, ASTContext &Ctx,
                            ExprMutationAnalyzer &Mutations) {
  const Expr *Range = Loop.getRangeInit()->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Range))
    return Mutations.isMutated(Ref->getDecl());
  const auto *Member = dyn_cast<MemberExpr>(Range);
  if (!Member || !isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
    return false;
  auto SameMember = memberExpr(member(equalsNode(Member->getMemberDecl())),
                               hasObjectExpression(ignoringParenImpCasts(cxxThisExpr())));
  for (const BoundNodes &N : match(findAll(SameMember.bind("member")), *Loop.getBody(), Ctx))
    if (Mutations.isMutated(N.getNodeAs<MemberExpr>("member")))
      return true;
  return false;
}

// What a qualified name ("std::string", "app::Blob") declares in this translation unit.
static const NamedDecl *lookupQualified(StringRef Name, ASTContext &Ctx) {
  Name.consume_front("::");
  llvm::SmallVector<StringRef, 4> Parts;
  Name.split(Parts, "::");
  const DeclContext *Scope = Ctx.getTranslationUnitDecl();
  const NamedDecl *Found = nullptr;
  for (StringRef Part : Parts) {
    if (!Scope)
      return nullptr;
    DeclContext::lookup_result Result = Scope->lookup(&Ctx.Idents.get(Part));
    if (Result.empty())
      return nullptr;
    Found = Result.front();
    Scope = dyn_cast<DeclContext>(Found);
  }
  return Found;
}

bool CopyInRangeForCheck::isIgnoredType(QualType T, ASTContext &Ctx) {
  if (IgnoreTypes.empty())
    return false;
  // The element type of `for (auto S : Strings)` is spelled std::basic_string<char>, whatever
  // alias the user lists: compare types, resolving the names once per translation unit.
  if (ResolvedFor != &Ctx) {
    ResolvedFor = &Ctx;
    IgnoredTypes.clear();
    for (const std::string &Name : IgnoreTypes)
      if (const auto *Type = dyn_cast_or_null<TypeDecl>(lookupQualified(Name, Ctx)))
        IgnoredTypes.push_back(Ctx.getCanonicalType(Ctx.getTypeDeclType(Type)));
  }
  if (llvm::is_contained(IgnoredTypes, Ctx.getCanonicalType(T.getUnqualifiedType())))
    return true;
  // A template name (std::shared_ptr) covers all its specialisations.
  const auto *Record = T->getAsCXXRecordDecl();
  return Record && llvm::is_contained(IgnoreTypes, Record->getQualifiedNameAsString());
}

// `auto X` -> `const auto &X`, `std::string const S` -> `std::string const &S`.
static std::string referenceSpelling(StringRef Written) {
  bool HasConst = Written.starts_with("const ") || Written.ends_with(" const");
  return ((HasConst ? "" : "const ") + Written + " &").str();
}

void CopyInRangeForCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Var = Result.Nodes.getNodeAs<VarDecl>("var");
  const auto *Loop = Result.Nodes.getNodeAs<CXXForRangeStmt>("loop");
  ASTContext &Ctx = *Result.Context;
  QualType T = Var->getType();
  if (Var->getLocation().isMacroID() || T->isDependentType() || T->isUndeducedType() ||
      !isExpensiveToCopy(T) || !copiesElement(*Var) || isIgnoredType(T, Ctx))
    return;

  const Stmt &Body = *Loop->getBody();
  ExprMutationAnalyzer Mutations(Body, Ctx);
  std::vector<const ValueDecl *> Names = namedInBody(*Var);
  // An unused variable (`for (auto _ : State)`) is counting iterations, not reading elements.
  if (llvm::none_of(Names, [&](const ValueDecl *D) { return isUsed(D, Body, Ctx); }))
    return;
  for (const ValueDecl *D : Names)
    if (Mutations.isMutated(D) || isMovedFrom(D, Body, Ctx))
      return;
  if (rangeIsModified(*Loop, Ctx, Mutations))
    return;

  auto TypeRange = CharSourceRange::getCharRange(Var->getBeginLoc(), Var->getLocation());
  StringRef Written =
      Lexer::getSourceText(TypeRange, *Result.SourceManager, Ctx.getLangOpts()).rtrim();
  // Attributes and macros in the declaration are left to a person.
  bool Fixable = !Written.empty() && !Written.contains('[') && !Written.contains('(') &&
                 !Var->getBeginLoc().isMacroID();
  std::string Replacement = Fixable ? referenceSpelling(Written) : "";
  auto Finding = report(Var->getLocation(),
                        "loop variable copies every element but is only read; declare it " +
                            (Fixable ? "'" + Replacement + "'" : "a const reference"));
  if (Fixable)
    Finding.fixReplace(TypeRange, Replacement);
}

SENIORLINT_REGISTER_CHECK(CopyInRangeForCheck, "performance-copy-in-range-for");

} // namespace seniorlint
