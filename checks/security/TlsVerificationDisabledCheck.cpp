#include "TlsVerificationDisabledCheck.h"
#include "CheckRegistry.h"
#include "KnownArguments.h"
#include "LibraryCalls.h"
#include "SecretNames.h"
#include "NameMatchers.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

// SSL_VERIFY_NONE on a server only means "do not ask clients for a certificate", which is how
// most TLS servers run. A handle is a server's when the translation unit creates it from a
// server method, accepts connections on it, or gives it the certificate and key it presents.
bool isServerHandle(const NamedDecl *Handle, ASTContext &Ctx) {
  auto Refers = ignoringParenImpCasts(
      anyOf(declRefExpr(to(equalsNode(Handle))), memberExpr(member(equalsNode(Handle)))));
  auto ServerMethod = callExpr(callee(functionDecl(matchesName("server_method$"))));
  auto NewServerCtx =
      ignoringParenImpCasts(callExpr(callee(functionDecl(hasName("SSL_CTX_new"))),
                                     hasArgument(0, ignoringParenImpCasts(ServerMethod))));
  auto ServesOn = callExpr(callee(functionDecl(anyNameOf(
                               "SSL_accept", "SSL_set_accept_state", "SSL_CTX_use_certificate_file",
                               "SSL_CTX_use_certificate_chain_file", "SSL_CTX_use_PrivateKey_file",
                               "SSL_CTX_use_certificate", "SSL_CTX_use_PrivateKey",
                               "SSL_use_certificate_file", "SSL_use_PrivateKey_file"))),
                           hasArgument(0, Refers));
  auto AssignedServerCtx =
      binaryOperator(isAssignmentOperator(), hasLHS(Refers), hasRHS(NewServerCtx));
  auto InitialisedServerCtx = cxxConstructorDecl(hasAnyConstructorInitializer(
      cxxCtorInitializer(forField(equalsNode(Handle)), withInitializer(NewServerCtx))));
  const auto *Var = dyn_cast<VarDecl>(Handle);
  return (Var && Var->getInit() && !match(expr(NewServerCtx), *Var->getInit(), Ctx).empty()) ||
         !match(findAll(stmt(anyOf(ServesOn, AssignedServerCtx))), Ctx).empty() ||
         !match(findAll(InitialisedServerCtx), Ctx).empty();
}

// The function a callback argument names: `verifyCallback`, `&verifyCallback`, or a lambda.
const FunctionDecl *callbackFunction(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Op = dyn_cast<UnaryOperator>(E);
      Op && (Op->getOpcode() == UO_AddrOf || Op->getOpcode() == UO_Plus))
    E = Op->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *Conversion = dyn_cast<CXXMemberCallExpr>(E))
    if (const auto *Lambda =
            dyn_cast<LambdaExpr>(Conversion->getImplicitObjectArgument()->IgnoreImplicit()))
      return Lambda->getCallOperator();
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Fn = Ref ? dyn_cast<FunctionDecl>(Ref->getDecl()) : nullptr;
  return Fn ? Fn->getDefinition() : nullptr;
}

// Every return says "verified", whatever preverify_ok or the chain says.
bool alwaysAccepts(const FunctionDecl &Fn, ASTContext &Ctx) {
  const Stmt *Body = Fn.getBody();
  if (!Body)
    return false;
  auto Returns = match(findAll(returnStmt().bind("ret")), *Body, Ctx);
  return !Returns.empty() && llvm::all_of(Returns, [&](const BoundNodes &Nodes) {
    const Expr *Value = Nodes.getNodeAs<ReturnStmt>("ret")->getRetValue();
    std::optional<uint64_t> Known = Value ? visibleValue(Value, Ctx) : std::nullopt;
    return Known && *Known == 1;
  });
}

const char *curlOptionName(uint64_t Option) {
  switch (Option) {
  case 64:
    return "CURLOPT_SSL_VERIFYPEER";
  case 81:
    return "CURLOPT_SSL_VERIFYHOST";
  case 248:
    return "CURLOPT_PROXY_SSL_VERIFYPEER";
  case 249:
    return "CURLOPT_PROXY_SSL_VERIFYHOST";
  default:
    return nullptr;
  }
}

} // namespace

void TlsVerificationDisabledCheck::registerMatchers(MatchRegistry &Matchers) {
  std::vector<StringRef> Names = {"SSL_CTX_set_verify", "SSL_set_verify",
                                 "SSL_CTX_set_cert_verify_callback", "curl_easy_setopt"};
  auto Setter = functionDecl(isCLibrary(), anyNameOf(Names));
  Matchers.onCallsTo(Names, callExpr(callee(Setter.bind("fn"))).bind("call"), this);
}

void TlsVerificationDisabledCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  StringRef Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn")->getName();
  ASTContext &Ctx = *Result.Context;
  if (Fn == "curl_easy_setopt")
    checkCurlOption(Call, Ctx);
  else if (Fn == "SSL_CTX_set_cert_verify_callback")
    checkCallback(Call, 1, Fn, Ctx);
  else
    checkVerifyMode(Call, Fn, Ctx);
}

void TlsVerificationDisabledCheck::checkVerifyMode(const CallExpr *Call, StringRef Fn,
                                                   ASTContext &Ctx) {
  if (Call->getNumArgs() < 3)
    return;
  const Expr *Mode = Call->getArg(1);
  std::optional<uint64_t> Known = visibleValue(Mode, Ctx);
  if (!Known || *Known != 0) {
    checkCallback(Call, 2, Fn, Ctx);
    return;
  }
  const NamedDecl *Handle = valueSource(Call->getArg(0));
  if (Handle && isServerHandle(Handle, Ctx))
    return;
  report(Mode->getBeginLoc(),
         "'" + Fn.str() +
             "' with SSL_VERIFY_NONE: the client accepts any certificate, so anyone on the "
             "network path can pose as the server; use SSL_VERIFY_PEER with a CA store "
             "(SSL_CTX_set_default_verify_paths) and check the host name with SSL_set1_host");
}

void TlsVerificationDisabledCheck::checkCallback(const CallExpr *Call, unsigned Index, StringRef Fn,
                                                 ASTContext &Ctx) {
  if (Call->getNumArgs() <= Index)
    return;
  const Expr *Arg = Call->getArg(Index);
  const FunctionDecl *Callback = callbackFunction(Arg);
  if (!Callback || !alwaysAccepts(*Callback, Ctx))
    return;
  std::string Name = Callback->getIdentifier() ? "'" + Callback->getName().str() + "' " : "";
  bool ReplacesChainCheck = Fn == "SSL_CTX_set_cert_verify_callback";
  report(Arg->getBeginLoc(),
         ReplacesChainCheck
             ? "certificate verification callback " + Name +
                   "replaces OpenSSL's chain verification and accepts every chain: call "
                   "X509_verify_cert() and return its result"
             : "verify callback " + Name +
                   "returns 1 whatever preverify_ok says, so every certificate is accepted: "
                   "return preverify_ok, and allow only specific, checked exceptions")
      .note(Callback->getLocation(), "the callback always returns 1");
}

void TlsVerificationDisabledCheck::checkCurlOption(const CallExpr *Call, ASTContext &Ctx) {
  if (Call->getNumArgs() < 3)
    return;
  std::optional<uint64_t> Option = visibleValue(Call->getArg(1), Ctx);
  const char *Name = Option ? curlOptionName(*Option) : nullptr;
  const Expr *Value = Call->getArg(2);
  std::optional<uint64_t> Setting = visibleValue(Value, Ctx);
  if (!Name || !Setting || *Setting != 0)
    return;
  bool Host = StringRef(Name).ends_with("HOST");
  report(Value->getBeginLoc(),
         "'" + std::string(Name) + "' set to 0: " +
             (Host ? "libcurl accepts a valid certificate issued for any other host name; keep "
                     "the default (2)"
                   : "libcurl accepts any certificate, so anyone on the network path can read "
                     "and change the traffic; keep the default (1) and point CURLOPT_CAINFO at "
                     "the CA bundle if the server uses a private CA"));
}

SENIORLINT_REGISTER_CHECK(TlsVerificationDisabledCheck, "security-tls-verification-disabled");

} // namespace seniorlint
