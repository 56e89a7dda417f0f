#pragma once

#include "Check.h"
#include "SecretNames.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"
#include <optional>

namespace seniorlint {

// The logging macros of the log-functions option, and whether this unit defines any.
struct LogMacroNames {
  explicit LogMacroNames(llvm::StringSet<> Names) : Names(std::move(Names)) {}
  const llvm::StringSet<> Names;
  bool anyDefined(const clang::ASTContext &Ctx) const;

private:
  mutable std::optional<bool> AnyDefined; // the check lives for one unit
};

// security-secret-in-log: a value named like a secret (password, token, api_key, ...) passed
// to the printf family on stdout/stderr, syslog, std::cout/cerr/clog, a configured logging
// function or macro, or into the message of a thrown exception.
class SecretInLogCheck : public Check {
public:
  explicit SecretInLogCheck(const CheckContext &Ctx);
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override { Reported.clear(); }

private:
  std::optional<std::string> secretName(const clang::Expr *Piece, clang::ASTContext &Ctx,
                                        int Depth = 0) const;
  bool mentionsSecret(llvm::ArrayRef<const clang::Expr *> Args, clang::ASTContext &Ctx) const;
  // Reports every secret among the pieces of Args; Sink names where they go.
  void reportSecrets(llvm::ArrayRef<const clang::Expr *> Args, llvm::StringRef Sink,
                     clang::ASTContext &Ctx, bool IsException = false);
  std::optional<std::string> logMacroAt(clang::SourceLocation Loc,
                                        const clang::ASTContext &Ctx) const;
  std::optional<std::string> logStream(const clang::Expr *Root, const clang::ASTContext &Ctx) const;

  const SecretNames Secrets;
  const std::vector<std::string> LogFunctions;
  const LogMacroNames LogMacros;
  // A secret inside a macro may be reached from several matched calls; report it once.
  llvm::DenseSet<const clang::Expr *> Reported;
};

} // namespace seniorlint
