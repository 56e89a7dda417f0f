#include "LayerViolationCheck.h"
#include "CheckRegistry.h"
#include "FindingSink.h"
#include "clang/Lex/PPCallbacks.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {

std::vector<LayerViolationCheck::Layer> LayerViolationCheck::parseLayers(llvm::StringRef Spec) {
  std::vector<Layer> Out;
  llvm::SmallVector<llvm::StringRef, 8> Entries;
  Spec.split(Entries, ';', -1, false);
  for (llvm::StringRef Entry : Entries) {
    auto [Name, Globs] = Entry.split('=');
    Layer L{Name.trim().str(), {}, {}};
    llvm::SmallVector<llvm::StringRef, 8> Patterns;
    Globs.split(Patterns, ',', -1, false);
    for (llvm::StringRef P : Patterns) {
      L.Texts.push_back(std::make_unique<std::string>(P.trim()));
      if (auto G = llvm::GlobPattern::create(*L.Texts.back()))
        L.Paths.push_back(std::move(*G));
      else
        llvm::consumeError(G.takeError());
    }
    if (!L.Name.empty() && !L.Paths.empty())
      Out.push_back(std::move(L));
  }
  return Out;
}

LayerViolationCheck::LayerViolationCheck(const CheckContext &Ctx)
    : Check(Ctx), Layers(parseLayers(Ctx.Options.getString("layers", ""))) {}

namespace {
class IncludeListener : public PPCallbacks {
public:
  explicit IncludeListener(LayerViolationCheck &Check) : Check(Check) {}
  void InclusionDirective(SourceLocation HashLoc, const Token &, StringRef, bool,
                          CharSourceRange, OptionalFileEntryRef File, StringRef, StringRef,
                          const Module *, bool, SrcMgr::CharacteristicKind) override {
    Check.onInclude(HashLoc, File);
  }

private:
  LayerViolationCheck &Check;
};
} // namespace

void LayerViolationCheck::registerPPCallbacks(Preprocessor &PP) {
  if (!Layers.empty())
    PP.addPPCallbacks(std::make_unique<IncludeListener>(*this));
}

int LayerViolationCheck::layerOf(llvm::StringRef Path) const {
  for (size_t I = 0; I < Layers.size(); ++I)
    for (const llvm::GlobPattern &G : Layers[I].Paths)
      if (G.match(Path))
        return int(I);
  return -1;
}

void LayerViolationCheck::onInclude(SourceLocation HashLoc, OptionalFileEntryRef File) {
  const SourceManager &SM = sourceManager();
  if (!File || SM.isInSystemHeader(HashLoc))
    return;
  auto Includer = SM.getFileEntryRefForID(SM.getFileID(HashLoc));
  if (!Includer)
    return;
  std::string From = FindingSink::absolutePath(SM, Includer->getName());
  std::string To = FindingSink::absolutePath(SM, File->getName());
  int FromLayer = layerOf(From), ToLayer = layerOf(To);
  if (FromLayer < 0 || ToLayer < 0 || ToLayer >= FromLayer)
    return;
  report(HashLoc, "'" + Layers[FromLayer].Name + "' layer includes '" +
                      llvm::sys::path::filename(To).str() + "' from the '" +
                      Layers[ToLayer].Name +
                      "' layer above it; lower layers must not depend on upper ones: move the "
                      "shared type down or depend on an interface the lower layer owns");
}

SENIORLINT_REGISTER_CHECK(LayerViolationCheck, "design-layer-violation");

} // namespace seniorlint
