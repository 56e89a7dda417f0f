#pragma once

#include "Check.h"
#include "SecretNames.h"
#include "llvm/ADT/DenseSet.h"

namespace seniorlint {

struct DbApiFunction;

// security-plaintext-password-storage: a value named like a password, not hashed in the
// function, written to a file (fprintf, fputs, fwrite, write, std::ofstream) or into a column
// of an INSERT or UPDATE, bound as a parameter (SQLite, libpq, MySQL, libpqxx) or pasted
// into the SQL text; and a LogonUser password read as is from a file.
class PlaintextPasswordStorageCheck : public Check {
public:
  explicit PlaintextPasswordStorageCheck(const CheckContext &Ctx);
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override { Reported.clear(); }

private:
  // The password's name when Value is a password that this function has not hashed.
  // The variable, field or getter a value is read from when it is text named like a password.
  const clang::NamedDecl *passwordText(const clang::Expr *Value) const;
  bool mentionsPassword(llvm::ArrayRef<const clang::Expr *> Args) const;
  std::optional<std::string> plaintextPassword(const clang::Expr *Value,
                                               clang::ASTContext &Ctx) const;
  void checkFileWrite(llvm::ArrayRef<const clang::Expr *> Written, llvm::StringRef Writer,
                      clang::ASTContext &Ctx);
  void checkBoundValues(const clang::CallExpr *Call, const DbApiFunction &Api,
                        clang::ASTContext &Ctx);
  // Text built from pieces (`+`, a format string): FormatPieces are printf or std::format
  // arguments, spliced in order where the format has a conversion.
  void checkBuiltSql(const std::string &Sql, llvm::ArrayRef<const clang::Expr *> Spliced,
                     clang::ASTContext &Ctx);
  void reportStored(const clang::Expr *Value, const std::string &Name, llvm::StringRef Column);

  const SecretNames Passwords;
  llvm::DenseSet<const clang::Expr *> Reported;
};

} // namespace seniorlint
