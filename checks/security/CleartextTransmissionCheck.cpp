#include "CleartextTransmissionCheck.h"
#include "CheckRegistry.h"
#include "KnownArguments.h"
#include "LibraryCalls.h"
#include "NameMatchers.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringSwitch.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

constexpr uint64_t CurlOptUrl = 10002;
constexpr uint64_t CurlOptUseSsl = 119;
constexpr uint64_t CurlUseSslAll = 3;
constexpr uint64_t CurlUrlPartUrl = 0;
constexpr uint64_t AddressFamilyUnix = 1; // AF_UNIX, AF_LOCAL

// What to use instead of each plain protocol; nullptr for the protocols that are fine.
const char *secureForm(StringRef Scheme) {
  return llvm::StringSwitch<const char *>(Scheme)
      .Case("http", "https://")
      .Case("ftp", "ftps:// or sftp://")
      .Case("telnet", "ssh")
      .Case("ldap", "ldaps://")
      .Case("ws", "wss://")
      .Default(nullptr);
}

// Plain connections to this machine never reach the network; link-local 169.254.x.x and
// metadata.google.internal are the cloud metadata services, which only speak http; W3C and
// SOAP schema URIs are names, not endpoints.
bool isExemptHost(StringRef Host) {
  std::string Lower = Host.lower();
  StringRef H = Lower;
  return H == "localhost" || H.ends_with(".localhost") || H.starts_with("127.") || H == "[::1]" ||
         H == "0.0.0.0" || H.starts_with("169.254.") || H == "metadata.google.internal" ||
         H == "www.w3.org" || H == "schemas.xmlsoap.org";
}

// The plain scheme of a URL ("http"), if it has one and may leave the machine. The host may
// be missing: `"http://" + Host` is plain whatever the host.
std::optional<std::string> plainScheme(StringRef Url) {
  Url = Url.ltrim();
  size_t Separator = Url.find("://");
  if (Separator == StringRef::npos)
    return std::nullopt;
  std::string Scheme = Url.take_front(Separator).lower();
  if (!secureForm(Scheme))
    return std::nullopt;
  StringRef Authority = Url.drop_front(Separator + 3).take_until([](char C) {
    return C == '/' || C == '?' || C == '#';
  });
  size_t At = Authority.rfind('@');
  StringRef Host = At == StringRef::npos ? Authority : Authority.drop_front(At + 1);
  Host = Host.starts_with("[") ? Host.take_front(Host.find(']') + 1)
                               : Host.take_until([](char C) { return C == ':'; });
  if (!Host.empty() && isExemptHost(Host))
    return std::nullopt;
  return Scheme;
}

auto refersTo(const ValueDecl *D) { return ignoringParenImpCasts(declRefExpr(to(equalsNode(D)))); }

const Stmt *enclosingBody(const VarDecl &Var) {
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(Var.getParentFunctionOrMethod());
  return Fn ? Fn->getBody() : nullptr;
}

bool isReassigned(const VarDecl &Var, const Stmt &Body, ASTContext &Ctx) {
  auto Assignment = expr(
      anyOf(binaryOperator(hasOperatorName("="), hasLHS(refersTo(&Var))),
            cxxOperatorCallExpr(hasOverloadedOperatorName("="), hasArgument(0, refersTo(&Var))),
            cxxMemberCallExpr(callee(cxxMethodDecl(hasName("assign"))), on(refersTo(&Var)))));
  return !match(findAll(Assignment), Body, Ctx).empty();
}

// The format a char buffer was filled from, when exactly one snprintf/sprintf writes it.
const Expr *onlyFormat(const VarDecl &Buffer, const Stmt &Body, ASTContext &Ctx) {
  auto Writes = match(findAll(callExpr(callee(functionDecl(anyNameOf("snprintf", "sprintf"))),
                                       hasArgument(0, refersTo(&Buffer)))
                                  .bind("write")),
                      Body, Ctx);
  if (Writes.size() != 1)
    return nullptr;
  const auto *Write = Writes[0].getNodeAs<CallExpr>("write");
  const auto *Fn = Write->getDirectCallee();
  unsigned Index = Fn && Fn->getName() == "snprintf" ? 2 : 1;
  return Index < Write->getNumArgs() ? Write->getArg(Index) : nullptr;
}

// The literal a URL argument starts with, when the code shows it: a literal, the first piece
// of a concatenation, a local built from one of those and never reassigned (appending keeps
// the scheme), or a buffer formatted once from a literal format.
const StringLiteral *urlStart(const Expr *E, ASTContext &Ctx, int Depth = 0) {
  if (Depth > 4)
    return nullptr;
  if (const StringLiteral *Literal = visibleLiteral(E, Ctx))
    return Literal;
  // A scheme chosen at run time (`UseTls ? "https://" : "http://"`) is configuration.
  const Expr *First = textStart(E);
  if (const StringLiteral *Literal = visibleLiteral(First, Ctx))
    return Literal;
  const auto *Ref = dyn_cast<DeclRefExpr>(First->IgnoreParenImpCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  const Stmt *Body = Var && Var->isLocalVarDecl() ? enclosingBody(*Var) : nullptr;
  if (!Body)
    return nullptr;
  if (const Expr *Init = Var->getInit(); Init && !Var->getType()->isArrayType())
    return isReassigned(*Var, *Body, Ctx) ? nullptr : urlStart(Init, Ctx, Depth + 1);
  const Expr *Format = Var->getType()->isArrayType() ? onlyFormat(*Var, *Body, Ctx) : nullptr;
  return Format ? visibleLiteral(Format, Ctx) : nullptr;
}

// ftp:// and ldap:// with CURLOPT_USE_SSL = CURLUSESSL_ALL are upgraded to TLS (AUTH TLS,
// StartTLS) before anything is sent.
bool upgradedToTls(const CallExpr &Call, ASTContext &Ctx) {
  const FunctionDecl *Fn = enclosingFunction(Call, Ctx, /*ThroughLambdas=*/true);
  if (!Fn || !Fn->getBody())
    return false;
  auto SetOption =
      callExpr(callee(functionDecl(hasName("curl_easy_setopt"))), argumentCountIs(3)).bind("set");
  for (const BoundNodes &Nodes : match(findAll(SetOption), *Fn->getBody(), Ctx)) {
    const auto *Set = Nodes.getNodeAs<CallExpr>("set");
    std::optional<uint64_t> Option = visibleValue(Set->getArg(1), Ctx);
    std::optional<uint64_t> Level = visibleValue(Set->getArg(2), Ctx);
    if (Option && *Option == CurlOptUseSsl && Level && *Level == CurlUseSslAll)
      return true;
  }
  return false;
}

enum class SocketKind { Unknown, Network, Local };

// Where a descriptor comes from, when the translation unit shows it: socket() with an
// address family, accept() on a listening socket.
SocketKind socketKind(const Expr *Fd, ASTContext &Ctx) {
  const auto *Decl = dyn_cast_or_null<ValueDecl>(valueSource(Fd));
  if (!Decl)
    return SocketKind::Unknown;
  auto Opener = callExpr(callee(functionDecl(anyNameOf("socket", "accept", "accept4"))));
  auto Refers = ignoringParenImpCasts(
      anyOf(declRefExpr(to(equalsNode(Decl))), memberExpr(member(equalsNode(Decl)))));
  llvm::SmallVector<const CallExpr *, 2> Opens;
  const auto *Var = dyn_cast<VarDecl>(Decl);
  if (Var && Var->getInit())
    for (const BoundNodes &Nodes :
         match(expr(ignoringParenImpCasts(Opener.bind("open"))), *Var->getInit(), Ctx))
      Opens.push_back(Nodes.getNodeAs<CallExpr>("open"));
  auto Assigned = binaryOperator(hasOperatorName("="), hasLHS(Refers),
                                 hasRHS(ignoringParenImpCasts(Opener.bind("open"))));
  for (const BoundNodes &Nodes : match(findAll(Assigned), Ctx))
    Opens.push_back(Nodes.getNodeAs<CallExpr>("open"));
  SocketKind Kind = SocketKind::Unknown;
  for (const CallExpr *Open : Opens) {
    std::optional<uint64_t> Family =
        Open->getDirectCallee()->getName() == "socket" && Open->getNumArgs() > 0
            ? visibleValue(Open->getArg(0), Ctx)
            : std::nullopt;
    if (Family && *Family == AddressFamilyUnix)
      return SocketKind::Local;
    Kind = SocketKind::Network;
  }
  return Kind;
}

} // namespace

CleartextTransmissionCheck::CleartextTransmissionCheck(const CheckContext &Ctx)
    : Check(Ctx),
      Secrets(Ctx.Options.getList("secret-names",
                                  "password, passwd, pwd, passphrase, secret, token, api_key, "
                                  "private_key, secret_key, credentials")) {}

void CleartextTransmissionCheck::registerMatchers(MatchRegistry &Matchers) {
  std::vector<StringRef> Names = {"curl_easy_setopt", "curl_url_set", "send",      "sendto",
                                 "write",            "LogonUserA",   "LogonUserW"};
  auto Sink = functionDecl(isCLibrary(), anyNameOf(Names));
  Matchers.onCallsTo(Names, callExpr(callee(Sink.bind("fn"))).bind("call"), this);
}

void CleartextTransmissionCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  StringRef Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn")->getName();
  if (Fn.starts_with("curl_"))
    checkUrl(Call, Fn, *Result.Context);
  else if (Fn.starts_with("LogonUser"))
    checkReceivedPassword(Call, Fn, *Result.Context);
  else
    checkSocketWrite(Call, Fn, *Result.Context);
}

// The receiving side: a logon password that the function took as is from recv on a plain
// socket, with no decryption between the receive and the logon.
void CleartextTransmissionCheck::checkReceivedPassword(const CallExpr *Call, StringRef Fn,
                                                       ASTContext &Ctx) {
  if (Call->getNumArgs() != 6)
    return;
  const Expr *Password = Call->getArg(2);
  const CallExpr *Fill = lastWriteBefore(Password, *Call, Ctx);
  const FunctionDecl *Receiver = Fill ? Fill->getDirectCallee() : nullptr;
  if (!Receiver || !Receiver->getIdentifier() ||
      !llvm::is_contained({"recv", "recvfrom", "recvmsg"}, Receiver->getName()) ||
      !isCLibraryFunction(*Receiver, Ctx))
    return;
  report(Password->getBeginLoc(),
         "the password given to '" + Fn.str() + "' arrived as plain text through '" +
             Receiver->getName().str() +
             "': anyone on the network path has read it; receive it over TLS, or encrypted, "
             "and decrypt it just before use");
}

void CleartextTransmissionCheck::checkUrl(const CallExpr *Call, StringRef Fn, ASTContext &Ctx) {
  if (Call->getNumArgs() < 3)
    return;
  bool EasyHandle = Fn == "curl_easy_setopt";
  std::optional<uint64_t> Option = visibleValue(Call->getArg(1), Ctx);
  if (!Option || *Option != (EasyHandle ? CurlOptUrl : CurlUrlPartUrl))
    return;
  const Expr *Url = Call->getArg(2);
  const StringLiteral *Start = urlStart(Url, Ctx);
  std::optional<std::string> Scheme = Start ? plainScheme(literalText(*Start)) : std::nullopt;
  if (!Scheme || ((*Scheme == "ftp" || *Scheme == "ldap") && upgradedToTls(*Call, Ctx)))
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  auto Finding = report(Url->getBeginLoc(),
                        "'" + std::string(EasyHandle ? "CURLOPT_URL" : "curl_url_set") +
                            "' is given a plain " + *Scheme +
                            ":// URL: the request and the response, credentials and cookies "
                            "included, cross the network readable and changeable by anyone "
                            "on the path; use " +
                            secureForm(*Scheme));
  if (SM.getExpansionLineNumber(Start->getBeginLoc()) !=
      SM.getExpansionLineNumber(Url->getBeginLoc()))
    Finding.note(Start->getBeginLoc(), "the URL is written here");
}

void CleartextTransmissionCheck::checkSocketWrite(const CallExpr *Call, StringRef Fn,
                                                  ASTContext &Ctx) {
  if (Call->getNumArgs() < 3)
    return;
  const Expr *Buffer = Call->getArg(1);
  const NamedDecl *Source = valueSource(Buffer);
  if (!Source || !Source->getIdentifier() || !Secrets.matches(Source->getName()))
    return;
  QualType Type = isa<FunctionDecl>(Source) ? cast<FunctionDecl>(Source)->getReturnType()
                                            : cast<ValueDecl>(Source)->getType();
  if (!isTextLike(Type))
    return;
  // send() and sendto() only work on sockets; write() is for files too.
  SocketKind Kind = socketKind(Call->getArg(0), Ctx);
  if (Kind == SocketKind::Local || (Fn == "write" && Kind != SocketKind::Network))
    return;
  report(Buffer->getBeginLoc(),
         "'" + Source->getName().str() + "' is sent with '" + Fn.str() +
             "' over a plain socket: anyone on the network path can read it; send it over "
             "TLS (SSL_write) instead");
}

SENIORLINT_REGISTER_CHECK(CleartextTransmissionCheck, "security-cleartext-transmission");

} // namespace seniorlint
