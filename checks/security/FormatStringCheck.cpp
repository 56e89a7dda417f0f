#include "FormatStringCheck.h"
#include "CheckRegistry.h"
#include "clang/AST/Attr.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

// The parameter a format is passed through from unchanged, if it is one: `fmt`,
// `fmt.c_str()`.
const ParmVarDecl *forwardedParameter(const Expr *Format) {
  const Expr *E = Format->IgnoreParenImpCasts();
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E); Call && Call->getNumArgs() == 0)
    E = Call->getImplicitObjectArgument()->IgnoreParenImpCasts();
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  return Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
}

// `void logf(const char *Fmt, ...) __attribute__((format(printf, 1, 2)))`: the compiler
// checks each caller's format against its arguments, so forwarding Fmt is the wrapper pattern.
bool isDeclaredFormat(const ParmVarDecl &P) {
  const auto *Fn = dyn_cast<FunctionDecl>(P.getDeclContext());
  if (!Fn)
    return false;
  // The attribute counts from 1, and counts `this` in a non-static method.
  unsigned Index = P.getFunctionScopeIndex() + 1 + (isa<CXXMethodDecl>(Fn) &&
                                                    cast<CXXMethodDecl>(Fn)->isInstance());
  for (const FunctionDecl *D : Fn->redecls())
    for (const auto *Format : D->specific_attrs<FormatAttr>())
      if (static_cast<unsigned>(Format->getFormatIdx()) == Index)
        return true;
  return false;
}

// A function that takes a format and its arguments (`...` or a va_list) to pass on.
bool looksPrintfLike(const ParmVarDecl &P) {
  const auto *Fn = dyn_cast<FunctionDecl>(P.getDeclContext());
  if (!Fn)
    return false;
  if (Fn->isVariadic())
    return true;
  return llvm::any_of(Fn->parameters(), [](const ParmVarDecl *Param) {
    QualType T = Param->getOriginalType(); // before va_list decays to a pointer
    const auto *Typedef = T->getAs<TypedefType>();
    return Typedef && Typedef->getDecl()->getName().contains("va_list");
  });
}

bool isNarrowText(const Expr *E) {
  QualType T = E->IgnoreParenImpCasts()->getType();
  QualType Element = T->isPointerType() ? T->getPointeeType()
                     : T->isArrayType() ? QualType(T->getArrayElementTypeNoTypeQual(), 0)
                                        : QualType();
  return !Element.isNull() && Element->isCharType();
}

} // namespace

void FormatStringCheck::registerMatchers(MatchRegistry &Matchers) {
  auto Sink = functionDecl(hasSinkName(spec())).bind("fn");
  Matchers.onCallsTo(spec().sinkNames(), callExpr(callee(Sink)).bind("call"),
                    this);
}

void FormatStringCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  const auto *Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  llvm::ArrayRef<unsigned> Args = sinkArguments(*Fn);
  if (Args.empty())
    return;
  const Expr *Format = sinkArgument(*Call, Args.front());
  if (!Format || Format->isNullPointerConstant(*Result.Context, Expr::NPC_ValueDependentIsNotNull))
    return;
  FlowResult F = flow(*Result.Context).origin(Format);
  if (F.Kind != Origin::External)
    return;
  std::string Callee = Fn->getNameAsString();
  if (const ParmVarDecl *P = forwardedParameter(Format); P && looksPrintfLike(*P)) {
    if (isDeclaredFormat(*P))
      return;
    const auto *Wrapper = cast<FunctionDecl>(P->getDeclContext());
    // format(printf, <format>, <first variadic argument, or 0 for a va_list>), counting `this`.
    unsigned This = isa<CXXMethodDecl>(Wrapper) && cast<CXXMethodDecl>(Wrapper)->isInstance();
    unsigned First = Wrapper->isVariadic() ? Wrapper->getNumParams() + 1 + This : 0;
    // Pending like any data-flow finding: a wrapper whose callers all pass constant formats
    // is not reported (driver/CrossUnit.h).
    FindingBuilder B = report(
        Format->getBeginLoc(),
        "'" + P->getNameAsString() + "' is passed on as the format of '" + Callee + "', but '" +
            Wrapper->getNameAsString() +
            "' is not declared printf-like: add __attribute__((format(printf, " +
            std::to_string(P->getFunctionScopeIndex() + 1 + This) + ", " + std::to_string(First) +
            "))) to its declaration so that the compiler checks the format at every call");
    F.explain(B);
    return;
  }
  FindingBuilder B = report(Format->getBeginLoc(),
                            "format string of '" + Callee +
                                "' may contain data from outside the program; its %n and %s "
                                "conversions read and write memory: use a constant format and "
                                "pass the data as an argument (\"%s\", text)");
  F.explain(B);
  // printf(Text) -> printf("%s", Text), when nothing follows the format.
  if (Format == Call->getArg(Call->getNumArgs() - 1) && isNarrowText(Format) &&
      Callee.front() != 'v')
    B.fixInsert(Format->getBeginLoc(), "\"%s\", ");
}

SENIORLINT_REGISTER_CHECK(FormatStringCheck, "security-format-string");

} // namespace seniorlint
