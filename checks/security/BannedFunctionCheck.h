#pragma once

#include "Check.h"
#include "llvm/ADT/StringMap.h"
#include <string>

namespace seniorlint {

// security-banned-function: a call to, or the address of, a C library function that cannot
// be used safely (gets, strcpy, sprintf, ...), plus any the project bans itself; and a
// strncpy given the full size of its destination and not followed by a terminator; and
// `Stream >> Buf` into a character pointer without a width set first.
class BannedFunctionCheck : public Check {
public:
  explicit BannedFunctionCheck(const CheckContext &Ctx);
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkStrncpy(const clang::CallExpr *Call, clang::ASTContext &Ctx);
  void checkExtraction(const clang::CXXOperatorCallExpr *Call, clang::ASTContext &Ctx);

  // From `extra-functions`: name -> what to use instead (may be empty).
  const llvm::StringMap<std::string> Extra;
};

// Whether Name is one of the C library functions the rule bans by default (gets, strcpy ...):
// other rules leave those calls to it.
bool isBannedByDefault(llvm::StringRef Name);

} // namespace seniorlint
