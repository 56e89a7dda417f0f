// A finding's identity that survives unrelated edits: the rule, the code on the
// finding's line with whitespace folded, and the nearest non-blank lines around it.
// Neither the line number nor the path takes part, so moving code or renaming a file
// keeps it; editing the flagged code itself gives a new identity.
#pragma once

#include "Finding.h"
#include "SourceCache.h"
#include <string>
#include <vector>

namespace seniorlint {

std::string fingerprint(const Finding &F, SourceCache &Sources);

// Fingerprints for a sorted list of findings, with ":<n>" appended to tell apart
// identical code flagged more than once in the same file.
std::vector<std::string> uniqueFingerprints(const std::vector<Finding> &Findings,
                                            SourceCache &Sources);

} // namespace seniorlint
