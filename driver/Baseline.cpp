#include "Baseline.h"
#include "Fingerprint.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

namespace seniorlint {

static constexpr int SchemaVersion = 1;

static std::string relative(llvm::StringRef File, llvm::StringRef Root) {
  std::string Prefix = Root.str();
  if (!Prefix.empty() && Prefix.back() != '/')
    Prefix += '/';
  return (!Root.empty() && File.starts_with(Prefix) ? File.drop_front(Prefix.size()) : File).str();
}

static llvm::Error error(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

bool fromJSON(const llvm::json::Value &V, BaselineEntry &E, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  uint64_t Line = 0;
  bool Ok = O && O.map("rule", E.Rule) && O.map("fingerprint", E.Fingerprint) &&
            O.mapOptional("file", E.File) && O.mapOptional("line", Line) &&
            O.mapOptional("message", E.Message);
  E.Line = unsigned(Line);
  // A JSON report's fingerprints carry ":<n>" to tell copies in one file apart; here the
  // multiset does that, so a report (merged shards, say) serves as a baseline too.
  E.Fingerprint = llvm::StringRef(E.Fingerprint).split(':').first.str();
  return Ok;
}

llvm::Error writeBaseline(const std::string &Path, const std::vector<Finding> &Findings,
                          SourceCache &Sources, llvm::StringRef SourceRoot) {
  llvm::json::Array Entries;
  for (const Finding &F : Findings)
    Entries.push_back(llvm::json::Object{{"rule", F.RuleId},
                                         {"file", relative(F.Where.File, SourceRoot)},
                                         {"line", F.Where.Line},
                                         {"message", F.Message},
                                         {"fingerprint", fingerprint(F, Sources)}});
  llvm::json::Object Doc{
      {"schemaVersion", SchemaVersion},
      {"tool", llvm::json::Object{{"name", "seniorlint"}, {"version", SENIORLINT_VERSION}}},
      {"findings", std::move(Entries)}};
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  if (EC)
    return error("cannot write baseline " + Path + ": " + EC.message());
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Doc))) << '\n';
  OS.close();
  if (OS.has_error())
    return error("cannot write baseline " + Path + ": " + OS.error().message());
  return llvm::Error::success();
}

llvm::Expected<std::vector<BaselineEntry>> readBaseline(const std::string &Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return error("cannot read baseline " + Path + ": " + Buffer.getError().message() +
                 " (create one with --write-baseline " + Path + ")");
  auto Doc = llvm::json::parse((*Buffer)->getBuffer());
  if (!Doc)
    return error("baseline " + Path + ": malformed JSON " + llvm::toString(Doc.takeError()));
  llvm::json::Path::Root Root("baseline");
  llvm::json::ObjectMapper O(*Doc, Root);
  int Version = 0;
  std::vector<BaselineEntry> Entries;
  if (!O || !O.map("schemaVersion", Version) || !O.map("findings", Entries))
    return error("baseline " + Path + ": " + llvm::toString(Root.getError()));
  if (Version != SchemaVersion)
    return error("baseline " + Path + ": schemaVersion " + llvm::Twine(Version) +
                 " is not supported (this seniorlint reads version " + llvm::Twine(SchemaVersion) +
                 "); write it again with --write-baseline");
  return Entries;
}

size_t applyBaseline(std::vector<Finding> &Findings, const std::vector<BaselineEntry> &Baseline,
                     SourceCache &Sources, llvm::StringRef SourceRoot) {
  // Candidates per fingerprint: the findings that an entry with it may absorb.
  llvm::StringMap<std::vector<size_t>> ByFingerprint;
  std::vector<std::string> Files;
  for (size_t I = 0; I < Findings.size(); ++I) {
    ByFingerprint[fingerprint(Findings[I], Sources)].push_back(I);
    Files.push_back(relative(Findings[I].Where.File, SourceRoot));
  }
  std::vector<char> Absorbed(Findings.size(), false);
  std::vector<char> Used(Baseline.size(), false);
  auto Match = [&](auto Score) { // Score(entry, finding): lower is better, nullopt: no match
    for (size_t E = 0; E < Baseline.size(); ++E) {
      if (Used[E])
        continue;
      auto It = ByFingerprint.find(Baseline[E].Fingerprint);
      if (It == ByFingerprint.end())
        continue;
      std::optional<size_t> Best;
      std::optional<long long> BestScore;
      for (size_t I : It->second) {
        std::optional<long long> S = Absorbed[I] ? std::nullopt : Score(Baseline[E], I);
        if (S && (!BestScore || *S <= *BestScore)) // ties: the later line (code moved down)
          Best = I, BestScore = S;
      }
      if (Best)
        Absorbed[*Best] = Used[E] = true;
    }
  };
  auto SameFile = [&](const BaselineEntry &E, size_t I) { return E.File == Files[I]; };
  Match([&](const BaselineEntry &E, size_t I) -> std::optional<long long> {
    return SameFile(E, I) && E.Line == Findings[I].Where.Line ? std::optional<long long>(0)
                                                             : std::nullopt;
  });
  Match([&](const BaselineEntry &E, size_t I) -> std::optional<long long> {
    if (!SameFile(E, I))
      return std::nullopt;
    return std::llabs((long long)E.Line - (long long)Findings[I].Where.Line);
  });
  Match([&](const BaselineEntry &, size_t) -> std::optional<long long> { return 0; });

  size_t Removed = 0;
  std::vector<Finding> Kept;
  for (size_t I = 0; I < Findings.size(); ++I)
    if (Absorbed[I])
      ++Removed;
    else
      Kept.push_back(std::move(Findings[I]));
  Findings = std::move(Kept);
  return Removed;
}

} // namespace seniorlint
