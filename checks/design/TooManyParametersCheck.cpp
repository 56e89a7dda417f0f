#include "TooManyParametersCheck.h"
#include "CheckRegistry.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/Support/FormatVariadic.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

// Variadic "..." is not a parameter: getNumParams() does not count it.
unsigned parameterCount(const FunctionDecl &F) { return F.getNumParams(); }
unsigned parameterCount(const LambdaExpr &L) { return L.getCallOperator()->getNumParams(); }

AST_POLYMORPHIC_MATCHER_P(takesMoreParametersThan,
                          AST_POLYMORPHIC_SUPPORTED_TYPES(FunctionDecl, LambdaExpr), unsigned,
                          Max) {
  return parameterCount(Node) > Max;
}

// Redeclarations and the out-of-line definition repeat the signature; the first
// declaration is where a reader meets it and where it is changed.
AST_MATCHER(FunctionDecl, isFirstDeclaration) { return Node.isFirstDecl(); }

std::string describe(const FunctionDecl &F) {
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&F)) {
    const char *Kind = isa<CXXConstructorDecl>(Method) ? "constructor" : "function";
    return llvm::formatv("{0} '{1}::{2}'", Kind, Method->getParent()->getName(),
                         Method->getNameAsString());
  }
  return "function '" + F.getNameAsString() + "'";
}

// A callback handed to a library (nghttp2, OpenSSL, libcurl, sqlite3 ...) must have the
// signature the library calls it with: the project cannot group its parameters. Templates
// such as std::invoke or std::call_once take any callable: there the project chose.
auto handedToLibrary() {
  auto LibraryFunction =
      functionDecl(isExpansionInSystemHeader(), unless(isTemplateInstantiation()));
  auto LibraryApi = stmt(
      anyOf(callExpr(callee(LibraryFunction)),
            binaryOperator(isAssignmentOperator(),
                           hasLHS(memberExpr(member(fieldDecl(isExpansionInSystemHeader()))))),
            initListExpr(hasType(recordDecl(isExpansionInSystemHeader())))));
  return anyOf(hasParent(LibraryApi),
               hasParent(unaryOperator(hasOperatorName("&"), hasParent(LibraryApi))));
}

} // namespace

void TooManyParametersCheck::registerMatchers(MatchRegistry &Matchers) {
  auto TooMany = takesMoreParametersThan(MaxParams);
  // Each of these has its signature decided elsewhere: by the base class, by the primary
  // template, by the language (main), or it is not a function anyone can call (= delete).
  auto SignatureFixedElsewhere =
      anyOf(isImplicit(), isDeleted(), isMain(), isExplicitTemplateSpecialization(),
            cxxMethodDecl(isOverride()), cxxDeductionGuideDecl());
  auto Function =
      functionDecl(TooMany, isFirstDeclaration(), unless(SignatureFixedElsewhere));

  // Whether a reference is a callback handed to a library is asked at the end, of the
  // references to functions that would be reported: it needs the parent map, which costs
  // about 1 % of the parse of a large unit.
  auto Reference = declRefExpr(to(functionDecl(TooMany).bind("referenced"))).bind("ref");

  // Lambdas have no redeclarations: each is reported where it is written.
  auto Lambda = lambdaExpr(TooMany, unless(handedToLibrary()));

  // Spelled-in-source traversal: templates are judged once, by their pattern, and the
  // lambda's implicit class and call operator stay out of the way.
  Matchers.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource, Function.bind("function")), this);
  Matchers.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource, Reference), this);
  // A reference that a call calls through is no hand-off: those need no parent lookup.
  Matchers.onEveryCall([this](const CallExpr &Call) {
    if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(
            Call.getCallee() ? Call.getCallee()->IgnoreParenImpCasts() : nullptr))
      if (const auto *F = dyn_cast<FunctionDecl>(Ref->getDecl());
          F && parameterCount(*F) > MaxParams)
        Called.insert(Ref);
  });
  Matchers.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource, Lambda.bind("lambda")), this);
}

void TooManyParametersCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *F = Result.Nodes.getNodeAs<FunctionDecl>("function")) {
    Candidates.insert(F->getCanonicalDecl());
    return;
  }
  Context = Result.Context;
  if (const auto *F = Result.Nodes.getNodeAs<FunctionDecl>("referenced")) {
    References[F->getCanonicalDecl()].push_back(Result.Nodes.getNodeAs<DeclRefExpr>("ref"));
    return;
  }
  const auto *Lambda = Result.Nodes.getNodeAs<LambdaExpr>("lambda");
  report(Lambda->getBeginLoc(),
         llvm::formatv("lambda takes {0} parameters (more than {1}); group related parameters "
                       "into a struct or split the lambda",
                       parameterCount(*Lambda), MaxParams)
             .str());
}

void TooManyParametersCheck::onEndOfTranslationUnit() {
  auto Callback = traverse(TK_IgnoreUnlessSpelledInSource, declRefExpr(handedToLibrary()));
  for (const FunctionDecl *F : Candidates) {
    auto Refs = References.find(F);
    if (Refs != References.end() && llvm::any_of(Refs->second, [&](const DeclRefExpr *Ref) {
          return !Called.contains(Ref) && !match(Callback, *Ref, *Context).empty();
        }))
      continue;
    const char *Split = isa<CXXConstructorDecl>(F) ? "the class" : "the function";
    report(F->getLocation(),
           llvm::formatv("{0} takes {1} parameters (more than {2}); group related parameters "
                         "into a struct or split {3}",
                         describe(*F), parameterCount(*F), MaxParams, Split)
               .str());
  }
  Candidates.clear();
  References.clear();
  Called.clear();
}

SENIORLINT_REGISTER_CHECK(TooManyParametersCheck, "design-too-many-parameters");

} // namespace seniorlint
