#pragma once

#include "Check.h"

namespace seniorlint {

// security-insecure-temp-file: tmpnam, tempnam, mktemp and friends, which return a name and
// leave creating the file for later; and files created or opened for writing under a
// predictable name in a shared temporary directory (/tmp, /var/tmp, /dev/shm) without
// O_EXCL: `fopen("/tmp/report.csv", "w")`, `open("/tmp/" + Id, O_CREAT | O_WRONLY)`.
class InsecureTempFileCheck : public Check {
public:
  explicit InsecureTempFileCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  // Reports when Path is a predictable name in a shared temporary directory.
  void checkOpen(llvm::StringRef Opener, const clang::Expr *Path, clang::ASTContext &Ctx);
};

} // namespace seniorlint
