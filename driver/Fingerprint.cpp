#include "Fingerprint.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/xxhash.h"

namespace seniorlint {

static std::string folded(llvm::StringRef Line) {
  std::string Out;
  for (char C : Line.trim())
    if (!llvm::isSpace(C) || (!Out.empty() && Out.back() != ' '))
      Out += llvm::isSpace(C) ? ' ' : C;
  return Out;
}

// The nearest non-blank line in direction Step (-1 up, +1 down), folded.
static std::string neighbour(const SourcePosition &P, int Step, SourceCache &Sources) {
  for (int Line = int(P.Line) + Step, Tries = 0; Line >= 1 && Tries < 20; Line += Step, ++Tries) {
    llvm::StringRef Text = Sources.line(P.File, Line);
    if (!Text.trim().empty())
      return folded(Text);
  }
  return "";
}

std::string fingerprint(const Finding &F, SourceCache &Sources) {
  std::string Key = F.RuleId + '\n' + folded(Sources.line(F.Where.File, F.Where.Line)) + '\n' +
                    neighbour(F.Where, -1, Sources) + '\n' + neighbour(F.Where, +1, Sources);
  return llvm::utohexstr(llvm::xxh3_64bits(llvm::arrayRefFromStringRef(Key)), /*LowerCase=*/true,
                         /*Width=*/16);
}

std::vector<std::string> uniqueFingerprints(const std::vector<Finding> &Findings,
                                            SourceCache &Sources) {
  std::vector<std::string> Out;
  llvm::StringMap<unsigned> Seen;
  for (const Finding &F : Findings) {
    std::string Base = fingerprint(F, Sources);
    unsigned N = Seen[F.Where.File + '\n' + Base]++;
    Out.push_back(Base + ":" + std::to_string(N));
  }
  return Out;
}

} // namespace seniorlint
