// `--checks=-*,security-*`: which rules run. Globs apply left to right, '-' removes.
#pragma once

#include "Catalogue.h"
#include "llvm/Support/Error.h"
#include <vector>

namespace seniorlint {

// Starts from every rule that is on by default (`enabled: false` in the catalogue keeps a
// rule out until a glob matches it). A glob that matches no rule is an error (a typo would
// otherwise silently disable a check), with a suggestion when one is close.
llvm::Expected<std::vector<const RuleInfo *>> selectRules(const Catalogue &C,
                                                          llvm::StringRef Globs);

// The closest rule id to Id, or "" when nothing is close.
std::string suggestRule(const Catalogue &C, llvm::StringRef Id);

// The candidate a typo most likely meant, or "" when none is close enough.
std::string closestMatch(llvm::StringRef Word, llvm::ArrayRef<std::string> Candidates);

} // namespace seniorlint
