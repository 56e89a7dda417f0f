#include "HardcodedEndpointCheck.h"
#include "../security/KnownArguments.h"
#include "../security/LibraryCalls.h"
#include "CheckRegistry.h"
#include "NameMatchers.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

// Where a function takes the address: the argument, and for libcurl the option that must
// come before it.
struct AddressTaker {
  llvm::StringRef Name;
  unsigned Arg;
  bool CLibrary; // a C library function (not a project's own `connect(host)`)
};
const AddressTaker Takers[] = {
    {"getaddrinfo", 0, true},  {"gethostbyname", 0, true},  {"gethostbyname2", 0, true},
    {"gethostbyname_r", 0, true}, {"inet_pton", 1, true},   {"inet_addr", 0, true},
    {"inet_aton", 0, true},    {"redisConnect", 0, true},   {"redisConnectWithTimeout", 0, true},
    {"curl_easy_setopt", 2, true}, {"CreateChannel", 0, false}, {"CreateCustomChannel", 0, false},
};
constexpr uint64_t CurlOptUrl = 10002, CurlOptProxy = 10004;

bool isIPv4(llvm::StringRef S) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  S.split(Parts, '.');
  unsigned Octet;
  return Parts.size() == 4 && llvm::all_of(Parts, [&](llvm::StringRef P) {
           return !P.empty() && P.size() <= 3 && !P.getAsInteger(10, Octet) && Octet <= 255;
         });
}

bool isIPv6(llvm::StringRef S) {
  return S.count(':') >= 2 &&
         llvm::all_of(S, [](char C) { return llvm::isHexDigit(C) || C == ':' || C == '.'; });
}

// The host of a URL ("https://user@host:8443/path"), a gRPC target ("dns:///host:50051",
// "host:50051") or a plain node name.
std::string hostOf(llvm::StringRef Address) {
  llvm::StringRef S = Address.trim();
  if (size_t Scheme = S.find("://"); Scheme != llvm::StringRef::npos)
    S = S.drop_front(Scheme + 3).ltrim('/');
  S = S.take_until([](char C) { return C == '/' || C == '?' || C == '#'; });
  if (size_t At = S.rfind('@'); At != llvm::StringRef::npos)
    S = S.drop_front(At + 1);
  if (S.starts_with("[")) // [2001:db8::7]:443
    return S.drop_front().take_until([](char C) { return C == ']'; }).lower();
  if (S.count(':') == 1) // host:port; more colons is an IPv6 address
    S = S.take_until([](char C) { return C == ':'; });
  return S.lower();
}

} // namespace

std::optional<std::string> HardcodedEndpointCheck::deploymentSpecific(llvm::StringRef Address) {
  std::string Host = hostOf(Address);
  llvm::StringRef H = Host;
  // Placeholders and templates are filled at run time; loopback and any-address are the
  // same in every deployment.
  if (H.empty() || H.find_first_of("%{}$<> ") != llvm::StringRef::npos)
    return std::nullopt;
  if (llvm::is_contained({"localhost", "localhost.localdomain", "ip6-localhost", "0.0.0.0", "::",
                          "::1", "*"},
                         H) ||
      H.starts_with("127.") || H.ends_with(".localhost"))
    return std::nullopt;
  // The cloud platform's own services answer at the same address in every deployment: the
  // instance metadata service (link-local 169.254.169.254, AWS's fd00:ec2::254, GCP's
  // metadata.google.internal) and Azure's wire server.
  if (H.starts_with("169.254.") || H.starts_with("fe80:") ||
      llvm::is_contained({"fd00:ec2::254", "metadata.google.internal", "168.63.129.16"}, H))
    return std::nullopt;
  if (isIPv4(H))
    return std::string("an IP address");
  if (isIPv6(H))
    return std::string("an IPv6 address");
  for (llvm::StringRef Suffix : {".internal", ".local", ".lan", ".corp", ".intranet", ".private",
                                 ".home.arpa", ".svc", ".consul"})
    if (H.ends_with(Suffix))
      return std::string("an internal host name");
  // One label (`db-primary`, `redis`) resolves only inside one network or cluster; a
  // public name is the service itself.
  if (!H.contains('.') && llvm::all_of(H, [](char C) { return llvm::isAlnum(C) || C == '-'; }))
    return std::string("a host name only one network resolves");
  return std::nullopt;
}

void HardcodedEndpointCheck::registerMatchers(MatchRegistry &Matchers) {
  std::vector<llvm::StringRef> Names;
  for (const AddressTaker &T : Takers)
    Names.push_back(T.Name);
  auto Taker = functionDecl(anyNameOf(Names)).bind("fn");
  Matchers.onCallsTo(Names, callExpr(callee(Taker)).bind("call"), this);
}

void HardcodedEndpointCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  const auto *Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  const AddressTaker *Taker = llvm::find_if(Takers, [&](const AddressTaker &T) {
    return Fn->getIdentifier() && Fn->getName() == T.Name;
  });
  if (Taker == std::end(Takers) || Call->getNumArgs() <= Taker->Arg)
    return;
  if (Taker->CLibrary ? !isCLibraryFunction(*Fn, Ctx)
                      : Fn->getQualifiedNameAsString().rfind("grpc::", 0) != 0)
    return;
  if (Taker->Name == "curl_easy_setopt") {
    std::optional<uint64_t> Option = visibleValue(Call->getArg(1), Ctx);
    if (Option != CurlOptUrl && Option != CurlOptProxy)
      return;
  }
  const VarDecl *Through = nullptr;
  const StringLiteral *Literal = visibleLiteral(Call->getArg(Taker->Arg), Ctx, &Through);
  if (!Literal || !Reported.insert(Literal).second)
    return;
  std::string Text = literalText(*Literal);
  std::optional<std::string> Why = deploymentSpecific(Text);
  if (!Why)
    return;
  // Where the address is written, which may be a constant's definition.
  auto Finding = report(
      Literal->getBeginLoc(),
      "'" + Text + "' is " + *Why + " written into the code and passed to '" +
          Fn->getName().str() +
          "': it belongs to one deployment, so the same build cannot run in staging, in "
          "another region or after a move; read it from configuration or the environment");
  if (Through)
    Finding.note(Call->getBeginLoc(), "'" + Through->getNameAsString() + "' is used here");
}

SENIORLINT_REGISTER_CHECK(HardcodedEndpointCheck, "cloud-hardcoded-endpoint");

} // namespace seniorlint
