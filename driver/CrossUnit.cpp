#include "CrossUnit.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <algorithm>

namespace seniorlint {
namespace {

class ParameterOrigins {
public:
  explicit ParameterOrigins(const std::vector<TUResult> &Results) {
    for (const TUResult &R : Results)
      for (const CallFact &F : R.Facts)
        Facts[F.Key].push_back(&F);
    solve();
  }

  // The join over the parameter's keys; with no call site at all, what its linkage says.
  Origin of(const ParameterRef &Ref) const {
    bool Called = false;
    Origin O = Origin::Constant;
    for (const std::string &Key : Ref.Keys)
      if (auto It = Values.find(Key); It != Values.end()) {
        Called = true;
        O = std::max(O, It->second);
      }
    return Called ? O : Ref.Visible ? Origin::External : Origin::Unknown;
  }

  // The calls that brought a value of origin Kind to Ref, from the nearest caller outwards.
  std::vector<SourcePosition> path(const ParameterRef &Ref, Origin Kind) const {
    std::vector<SourcePosition> Steps;
    llvm::StringSet<> Seen;
    const ParameterRef *At = &Ref;
    while (At && Steps.size() < MaxSteps) {
      const ParameterRef *Next = nullptr;
      for (const std::string &Key : At->Keys) {
        auto It = Values.find(Key);
        if (It == Values.end() || It->second != Kind || !Seen.insert(Key).second)
          continue;
        if (const CallFact *Direct = directWitness(Key, Kind)) {
          Steps.push_back(Direct->Where);
          return Steps;
        }
        for (const CallFact *F : Facts.find(Key)->second)
          for (const auto &[Caller, Where] : F->Via)
            if (!Next && of(Caller) == Kind) {
              Steps.push_back(Where);
              Next = &Caller;
            }
        if (Next)
          break;
      }
      At = Next;
    }
    return Steps;
  }

private:
  static constexpr size_t MaxSteps = 8;

  // Monotone from the bottom (everything Constant), so recursion and cycles settle at the
  // least fixed point; the lattice has three levels, so each key changes at most twice.
  void solve() {
    for (const auto &Entry : Facts)
      Values[Entry.getKey()] = Origin::Constant;
    for (bool Changed = true; Changed;) {
      Changed = false;
      for (const auto &Entry : Facts) {
        Origin O = Origin::Constant;
        for (const CallFact *F : Entry.getValue()) {
          O = std::max(O, F->Kind);
          for (const auto &[Caller, Where] : F->Via)
            O = std::max(O, of(Caller));
        }
        Origin &Current = Values[Entry.getKey()];
        if (O > Current) {
          Current = O;
          Changed = true;
        }
      }
    }
  }

  const CallFact *directWitness(llvm::StringRef Key, Origin Kind) const {
    for (const CallFact *F : Facts.find(Key)->second)
      if (F->Kind == Kind)
        return F;
    return nullptr;
  }

  llvm::StringMap<std::vector<const CallFact *>> Facts;
  llvm::StringMap<Origin> Values;
};

} // namespace

void resolveCrossUnit(std::vector<TUResult> &Results) {
  bool AnyPending = llvm::any_of(Results, [](const TUResult &R) {
    return llvm::any_of(R.Findings, [](const Finding &F) { return !F.Conditions.empty(); });
  });
  if (!AnyPending)
    return;
  ParameterOrigins Origins(Results);
  for (TUResult &R : Results) {
    std::vector<Finding> Kept;
    for (Finding &F : R.Findings) {
      if (F.Conditions.empty()) {
        Kept.push_back(std::move(F));
        continue;
      }
      // The parameter that decides: the first that may receive outside data, else the first
      // whose callers pass something the analysis cannot trace.
      const ParameterRef *Decisive = nullptr;
      Origin Kind = Origin::Constant;
      for (const ParameterRef &P : F.Conditions) {
        Origin O = Origins.of(P);
        // A function only its own file calls, whose callers pass nothing traceable as
        // outside data, is silent as it was before call facts: only External keeps it.
        if (!P.Visible && O == Origin::Unknown)
          O = Origin::Constant;
        if (O > Kind) {
          Kind = O;
          Decisive = &P;
        }
      }
      if (!Decisive)
        continue; // every call in the run passes constants
      const char *Note = Kind == Origin::External
                             ? "called with untrusted data here"
                             : "called here with a value the analysis cannot trace";
      for (SourcePosition &Call : Origins.path(*Decisive, Kind))
        F.Notes.push_back({std::move(Call), Note});
      F.Conditions.clear();
      Kept.push_back(std::move(F));
    }
    R.Findings = std::move(Kept);
  }
}

} // namespace seniorlint
