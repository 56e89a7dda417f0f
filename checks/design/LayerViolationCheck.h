#pragma once

#include "Check.h"
#include "llvm/Support/GlobPattern.h"
#include <memory>
#include <string>
#include <vector>

namespace seniorlint {

// design-layer-violation: a file of a lower layer includes a header of a layer above it
// (the data layer reaching into HTTP handlers). Layers come from the `layers` option,
// top to bottom, or from the `layers:` key of .seniorlint.yaml.
class LayerViolationCheck : public Check {
public:
  explicit LayerViolationCheck(const CheckContext &Ctx);
  void registerMatchers(MatchRegistry &) override {}
  void check(const clang::ast_matchers::MatchFinder::MatchResult &) override {}
  void registerPPCallbacks(clang::Preprocessor &PP) override;

  // From the #include directive: the included file may be skipped by its include guard
  // and so never appear in the SourceManager, but the directive is still a dependency.
  void onInclude(clang::SourceLocation HashLoc, clang::OptionalFileEntryRef File);

  struct Layer {
    std::string Name;
    std::vector<llvm::GlobPattern> Paths;
    // A GlobPattern refers to its pattern's text (the literal prefix): the texts live here,
    // each in its own allocation, so that moving a Layer does not move them.
    std::vector<std::unique_ptr<std::string>> Texts;
  };
  // "http=*/http/*,*/api/*; service=*/service/*; db=*/db/*" -> layers, top first.
  static std::vector<Layer> parseLayers(llvm::StringRef Spec);

private:
  // The index of the first layer whose globs match Path, or -1.
  int layerOf(llvm::StringRef Path) const;

  const std::vector<Layer> Layers;
};

} // namespace seniorlint
