#include "CheckSelection.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/GlobPattern.h"

namespace seniorlint {

std::string closestMatch(llvm::StringRef Word, llvm::ArrayRef<std::string> Candidates) {
  std::string Best;
  unsigned BestDistance = ~0u;
  for (const std::string &C : Candidates) {
    // Farther than a third of the longer word (at least 3 edits) is not a typo.
    unsigned Limit = std::max<size_t>(3, std::max(Word.size(), C.size()) / 3);
    unsigned D = llvm::StringRef(C).edit_distance(Word, true, Limit + 1);
    if (D <= Limit && D < BestDistance) {
      BestDistance = D;
      Best = C;
    }
  }
  return Best;
}

std::string suggestRule(const Catalogue &C, llvm::StringRef Id) {
  std::vector<std::string> Ids;
  for (const RuleInfo &R : C.rules())
    Ids.push_back(R.Id);
  return closestMatch(Id, Ids);
}

llvm::Expected<std::vector<const RuleInfo *>> selectRules(const Catalogue &C,
                                                          llvm::StringRef Globs) {
  // Rules marked `enabled: false` are not in the starting set; any glob that matches them
  // later, `*` included, turns them on.
  std::vector<bool> Enabled;
  for (const RuleInfo &R : C.rules())
    Enabled.push_back(R.EnabledByDefault);
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
