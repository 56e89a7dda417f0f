#pragma once

#include "Check.h"
#include "llvm/ADT/DenseSet.h"
#include <optional>
#include <string>

namespace seniorlint {

// cloud-hardcoded-endpoint: a literal IP address or internal host name reaching a resolver
// (getaddrinfo, gethostbyname, inet_pton) or a client (libcurl's URL, hiredis, gRPC).
// Public host names (api.github.com) are the service itself and are not reported.
class HardcodedEndpointCheck : public Check {
public:
  explicit HardcodedEndpointCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

  // Why an address text is deployment-specific ("an IP address", "an internal host name"),
  // or nullopt: loopback, any-address, public names, placeholders. Exposed for tests.
  static std::optional<std::string> deploymentSpecific(llvm::StringRef Address);

private:
  llvm::DenseSet<const clang::StringLiteral *> Reported;
};

} // namespace seniorlint
