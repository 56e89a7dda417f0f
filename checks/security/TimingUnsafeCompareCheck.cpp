#include "TimingUnsafeCompareCheck.h"
#include "CheckRegistry.h"
#include "ConstantString.h"
#include "LibraryCalls.h"
#include "NameMatchers.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

// std::string, std::string_view, byte vectors and arrays: their == compares the contents.
AST_MATCHER(Expr, hasTextObjectType) {
  QualType T = Node.getType();
  return !T->isPointerType() && !T->isArrayType() && isTextLike(T);
}

bool isStdFunction(const CallExpr *Call, std::initializer_list<StringRef> Names) {
  const FunctionDecl *FD = Call->getDirectCallee();
  return FD && FD->isInStdNamespace() && FD->getIdentifier() &&
         llvm::is_contained(Names, FD->getName());
}

// The object whose bytes an operand points at: `Mac`, `Mac.data()`, `Mac.begin()`,
// `std::begin(Mac)`, `&Mac[0]`, `Mac + Offset`, `(const char *)Sig`.
const Expr *comparedObject(const Expr *E) {
  for (;;) {
    E = E->IgnoreParenCasts();
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E);
        Call && Call->getNumArgs() == 0 && Call->getMethodDecl() &&
        Call->getMethodDecl()->getIdentifier() &&
        llvm::is_contained({"begin", "cbegin", "data", "c_str"}, Call->getMethodDecl()->getName()))
      E = Call->getImplicitObjectArgument();
    else if (const auto *Call = dyn_cast<CallExpr>(E);
             Call && Call->getNumArgs() == 1 && isStdFunction(Call, {"begin", "cbegin", "data"}))
      E = Call->getArg(0);
    else if (const auto *Addr = dyn_cast<UnaryOperator>(E);
             Addr && Addr->getOpcode() == UO_AddrOf) {
      const Expr *Sub = Addr->getSubExpr()->IgnoreParenImpCasts();
      const auto *Element = dyn_cast<ArraySubscriptExpr>(Sub);
      E = Element ? Element->getBase() : Sub;
    } else if (const auto *Add = dyn_cast<BinaryOperator>(E);
               Add && Add->isAdditiveOp() && Add->getLHS()->getType()->isPointerType())
      E = Add->getLHS();
    else
      return E;
  }
}

// Public on both sides: a literal, a null pointer, or a constant such as a file format's
// magic bytes (`static const unsigned char kPngMagic[] = {...}`).
bool isPublicConstant(const Expr *Operand, ASTContext &Ctx) {
  if (Operand->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) ||
      isConstantString(Operand, Ctx))
    return true;
  const Expr *Object = comparedObject(Operand);
  if (isa<StringLiteral>(Object) || isConstantString(Object, Ctx))
    return true;
  const auto *Ref = dyn_cast<DeclRefExpr>(Object);
  const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return VD && !isa<ParmVarDecl>(VD) && VD->getType().isConstQualified() && VD->getInit();
}

std::string nameOf(const Expr *Operand, ASTContext &Ctx) {
  const NamedDecl *D = valueSource(comparedObject(Operand));
  if (!D || !D->getIdentifier() || isLexicalToken(D, Operand, Ctx))
    return std::string();
  return D->getName().str();
}

// A form's password and its confirmation: both come from the same user, nothing is learnt.
bool isUserTwin(StringRef Name) {
  return llvm::any_of(identifierWords(Name), [](StringRef W) {
    return llvm::is_contained({"confirm", "confirmation", "confirmed", "repeat", "repeated",
                               "retype", "retyped", "again"},
                              W);
  });
}

// An Ethernet address called `mac` is six public bytes, not a message authentication code.
bool isHardwareAddress(StringRef Name, const Expr *Operand, const Expr *Length, ASTContext &Ctx) {
  if (identifierWords(Name).back() != "mac")
    return false;
  if (Length && knownValue(Length, Ctx) == 6u)
    return true;
  const ConstantArrayType *Array = Ctx.getAsConstantArrayType(comparedObject(Operand)->getType());
  return Array && Array->getZExtSize() == 6;
}

} // namespace

TimingUnsafeCompareCheck::TimingUnsafeCompareCheck(const CheckContext &Ctx)
    : Check(Ctx),
      Secrets(Ctx.Options.getList("secret-names", "mac, hmac, signature, sig, digest, token, "
                                                  "password, passwd, secret, api_key, csrf, otp")) {
}

void TimingUnsafeCompareCheck::registerMatchers(MatchRegistry &Matchers) {
  std::vector<StringRef> CNames = {"memcmp", "bcmp", "strcmp", "strncmp"};
  auto CCompare =
      callExpr(callee(functionDecl(anyNameOf(CNames), isCLibrary())), argumentCountAtLeast(2));
  auto StdEqual = callExpr(callee(functionDecl(hasName("::std::equal"))), argumentCountAtLeast(3));
  auto Equality = cxxOperatorCallExpr(hasAnyOverloadedOperatorName("==", "!="), argumentCountIs(2),
                                      hasEitherOperand(hasTextObjectType()));
  std::vector<StringRef> Names = CNames;
  Names.insert(Names.end(), {"equal", "operator==", "operator!="});
  Matchers.onCallsTo(Names, callExpr(anyOf(CCompare, StdEqual, Equality)).bind("call"), this);
}

std::optional<std::string> TimingUnsafeCompareCheck::secretCompared(const Expr *A, const Expr *B,
                                                                    const Expr *Length,
                                                                    ASTContext &Ctx) const {
  if (isPublicConstant(A, Ctx) || isPublicConstant(B, Ctx))
    return std::nullopt;
  std::string NameA = nameOf(A, Ctx), NameB = nameOf(B, Ctx);
  if (isUserTwin(NameA) || isUserTwin(NameB))
    return std::nullopt;
  for (auto [Name, Operand] : {std::pair{NameA, A}, std::pair{NameB, B}})
    if (!Name.empty() && Secrets.matches(Name) && !isHardwareAddress(Name, Operand, Length, Ctx))
      return Name;
  return std::nullopt;
}

void TimingUnsafeCompareCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  ASTContext &Ctx = *Result.Context;
  if (Call->isInstantiationDependent())
    return;
  std::string What;
  SourceLocation Loc = Call->getBeginLoc();
  const Expr *A = Call->getArg(0), *B = Call->getArg(1), *Length = nullptr;
  bool Strings = false;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
    What = Op->getOperator() == OO_EqualEqual ? "==" : "!=";
    Loc = Op->getOperatorLoc();
    Strings = true;
  } else {
    What = Call->getDirectCallee()->getName().str();
    if (What == "equal")
      B = Call->getArg(2);
    else if (Call->getNumArgs() > 2)
      Length = Call->getArg(2);
    Strings = What == "strcmp" || What == "strncmp";
    if (What == "equal")
      What = "std::equal";
  }
  std::optional<std::string> Secret = secretCompared(A, B, Length, Ctx);
  if (!Secret)
    return;
  report(Loc, "'" + What + "' on secret '" + *Secret +
                  "' returns at the first byte that differs, so its timing tells an attacker how "
                  "much of a guess is right: " +
                  (Strings ? "check the lengths, then compare the bytes with " : "compare with ") +
                  "CRYPTO_memcmp (OpenSSL) or sodium_memcmp (libsodium), which take the same "
                  "time whatever the bytes");
}

SENIORLINT_REGISTER_CHECK(TimingUnsafeCompareCheck, "security-timing-unsafe-compare");

} // namespace seniorlint
