#pragma once

#include "Check.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <vector>
#include <algorithm>

namespace seniorlint {

// design-too-many-parameters: a function or lambda declared with more than max-parameters
// parameters, reported once, at its first declaration, unless another API fixes its signature.
class TooManyParametersCheck : public Check {
public:
  explicit TooManyParametersCheck(const CheckContext &Ctx)
      : Check(Ctx), MaxParams(std::max(0LL, Ctx.Options.getInt("max-parameters", 6))) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  const unsigned MaxParams;
  // Decided at the end of the TU: a function is handed to a library after it is declared.
  llvm::SetVector<const clang::FunctionDecl *> Candidates;
  llvm::DenseMap<const clang::FunctionDecl *, std::vector<const clang::DeclRefExpr *>> References;
  llvm::DenseSet<const clang::DeclRefExpr *> Called; // callees of calls
  clang::ASTContext *Context = nullptr;
};

} // namespace seniorlint
