#pragma once

#include "Check.h"
#include "clang/AST/CanonicalType.h"
#include <string>
#include <vector>

namespace seniorlint {

// performance-copy-in-range-for: `for (auto X : Range)` copies each element that the body
// only reads; `const auto &X` avoids the copy.
class CopyInRangeForCheck : public Check {
public:
  explicit CopyInRangeForCheck(const CheckContext &Ctx);
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  bool isIgnoredType(clang::QualType T, clang::ASTContext &Ctx);

  const std::vector<std::string> IgnoreTypes;
  const clang::ASTContext *ResolvedFor = nullptr;
  std::vector<clang::CanQualType> IgnoredTypes; // IgnoreTypes resolved in ResolvedFor
};

} // namespace seniorlint
