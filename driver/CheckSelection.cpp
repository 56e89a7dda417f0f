#include "CheckSelection.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/GlobPattern.h"

namespace seniorlint {

std::string suggestRule(const Catalogue &C, llvm::StringRef Id) {
  std::string Best;
  unsigned BestDistance = 4; // farther than this is not a typo
  for (const RuleInfo &R : C.rules()) {
    unsigned D = llvm::StringRef(R.Id).edit_distance(Id, true, BestDistance);
    if (D < BestDistance) {
      BestDistance = D;
      Best = R.Id;
    }
  }
  return Best;
}

llvm::Expected<std::vector<const RuleInfo *>> selectRules(const Catalogue &C,
                                                          llvm::StringRef Globs) {
  std::vector<bool> Enabled(C.rules().size(), true);
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Globs.split(Parts, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    bool Remove = Part.consume_front("-");
    auto Pattern = llvm::GlobPattern::create(Part);
    if (!Pattern)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "--checks: invalid pattern '" + Part.str() +
                                         "': " + llvm::toString(Pattern.takeError()));
    bool Matched = false;
    for (size_t I = 0; I < C.rules().size(); ++I)
      if (Pattern->match(C.rules()[I].Id)) {
        Enabled[I] = !Remove;
        Matched = true;
      }
    if (!Matched) {
      std::string Message = "--checks: '" + Part.str() + "' matches no rule";
      std::string Suggestion = suggestRule(C, Part);
      if (!Suggestion.empty())
        Message += "; did you mean '" + Suggestion + "'?";
      Message += " (seniorlint --list-rules shows them all)";
      return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
    }
  }
  std::vector<const RuleInfo *> Selected;
  for (size_t I = 0; I < C.rules().size(); ++I)
    if (Enabled[I])
      Selected.push_back(&C.rules()[I]);
  return Selected;
}

} // namespace seniorlint
