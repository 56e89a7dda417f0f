#include "ResultCache.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

namespace seniorlint {
namespace {

using llvm::json::Array;
using llvm::json::Object;

// Bump when the entry layout or the meaning of findings changes. 2: pending findings with
// their conditions, and the unit's call facts.
constexpr int CacheFormat = 2;

std::string hashText(llvm::StringRef Text) {
  return llvm::utohexstr(llvm::xxh3_64bits(llvm::arrayRefFromStringRef(Text)), true, 16);
}

// The binary itself: a rebuilt seniorlint (a fixed check, a new catalogue) must not
// reuse what an older build found, even at the same version number.
const std::string &toolIdentity() {
  static const std::string Identity = [] {
    std::string Exe = llvm::sys::fs::getMainExecutable(nullptr, (void *)&toolIdentity);
    auto Buffer = llvm::MemoryBuffer::getFile(Exe);
    return Buffer ? hashText((*Buffer)->getBuffer()) : std::string(SENIORLINT_VERSION);
  }();
  return Identity;
}

Object position(const SourcePosition &P) {
  return Object{{"file", P.File}, {"line", P.Line}, {"column", P.Column}};
}

bool readPosition(const llvm::json::Object *O, SourcePosition &P) {
  if (!O)
    return false;
  auto File = O->getString("file");
  auto Line = O->getInteger("line");
  auto Column = O->getInteger("column");
  if (!File || !Line || !Column)
    return false;
  P = {File->str(), unsigned(*Line), unsigned(*Column)};
  return true;
}

Object toJson(const ParameterRef &P) {
  Array Keys;
  for (const std::string &K : P.Keys)
    Keys.push_back(K);
  return Object{{"keys", std::move(Keys)}, {"visible", P.Visible}};
}

bool fromJson(const llvm::json::Value &V, ParameterRef &P) {
  const Object *O = V.getAsObject();
  const Array *Keys = O ? O->getArray("keys") : nullptr;
  auto Visible = O ? O->getBoolean("visible") : std::nullopt;
  if (!Keys || Keys->empty() || !Visible)
    return false;
  for (const auto &K : *Keys) {
    auto Key = K.getAsString();
    if (!Key)
      return false;
    P.Keys.push_back(Key->str());
  }
  P.Visible = *Visible;
  return true;
}

// Facts repeat the same keys and files many times: they are stored as arrays of indexes into
// one table of strings, [key, origin, at, [[[keys], visible, at], ...]] with at = [file,
// line, column], less than half the size of the same facts as objects.
class FactWriter {
public:
  Array fact(const CallFact &F) {
    Array Via;
    for (const auto &[Caller, Where] : F.Via) {
      Array Keys;
      for (const std::string &K : Caller.Keys)
        Keys.push_back(index(K));
      Via.push_back(Array{std::move(Keys), Caller.Visible, at(Where)});
    }
    return Array{index(F.Key), static_cast<int>(F.Kind), at(F.Where), std::move(Via)};
  }
  Array strings() { return std::move(Strings); }

private:
  int64_t index(const std::string &S) {
    auto [It, Inserted] = Indexes.try_emplace(S, Strings.size());
    if (Inserted)
      Strings.push_back(S);
    return It->second;
  }
  Array at(const SourcePosition &P) { return Array{index(P.File), P.Line, P.Column}; }

  llvm::StringMap<int64_t> Indexes;
  Array Strings;
};

class FactReader {
public:
  explicit FactReader(const Array &Strings) : Strings(Strings) {}

  bool fact(const llvm::json::Value &V, CallFact &F) const {
    const Array *A = V.getAsArray();
    const Array *Via = A && A->size() == 4 ? (*A)[3].getAsArray() : nullptr;
    auto Kind = Via ? (*A)[1].getAsInteger() : std::nullopt;
    if (!Kind || *Kind < 0 || *Kind > static_cast<int>(Origin::External) ||
        !string((*A)[0], F.Key) || !at((*A)[2], F.Where))
      return false;
    F.Kind = static_cast<Origin>(*Kind);
    for (const auto &Entry : *Via) {
      const Array *E = Entry.getAsArray();
      const Array *Keys = E && E->size() == 3 ? (*E)[0].getAsArray() : nullptr;
      auto Visible = Keys ? (*E)[1].getAsBoolean() : std::nullopt;
      ParameterRef Caller;
      SourcePosition Where;
      if (!Visible || Keys->empty() || !at((*E)[2], Where))
        return false;
      for (const auto &K : *Keys)
        if (!string(K, Caller.Keys.emplace_back()))
          return false;
      Caller.Visible = *Visible;
      F.Via.emplace_back(std::move(Caller), std::move(Where));
    }
    return true;
  }

private:
  bool string(const llvm::json::Value &V, std::string &Out) const {
    auto I = V.getAsInteger();
    if (!I || *I < 0 || static_cast<size_t>(*I) >= Strings.size() || !Strings[*I].getAsString())
      return false;
    Out = Strings[*I].getAsString()->str();
    return true;
  }
  bool at(const llvm::json::Value &V, SourcePosition &P) const {
    const Array *A = V.getAsArray();
    auto Line = A && A->size() == 3 ? (*A)[1].getAsInteger() : std::nullopt;
    auto Column = Line ? (*A)[2].getAsInteger() : std::nullopt;
    if (!Column || !string((*A)[0], P.File))
      return false;
    P.Line = unsigned(*Line);
    P.Column = unsigned(*Column);
    return true;
  }

  const Array &Strings;
};

Object toJson(const Finding &F) {
  Array Notes, Fixes, Conditions;
  for (const Note &N : F.Notes)
    Notes.push_back(Object{{"at", position(N.Where)}, {"message", N.Message}});
  for (const FixIt &X : F.Fixes)
    Fixes.push_back(Object{{"file", X.File}, {"offset", X.Offset}, {"length", X.Length},
                           {"text", X.Replacement}});
  for (const ParameterRef &P : F.Conditions)
    Conditions.push_back(toJson(P));
  return Object{{"rule", F.RuleId},          {"level", severityName(F.Level)},
                {"at", position(F.Where)},   {"message", F.Message},
                {"notes", std::move(Notes)}, {"fixes", std::move(Fixes)},
                {"conditions", std::move(Conditions)}};
}

bool fromJson(const llvm::json::Value &V, Finding &F) {
  const Object *O = V.getAsObject();
  if (!O)
    return false;
  auto Rule = O->getString("rule");
  auto Level = O->getString("level");
  auto Message = O->getString("message");
  if (!Rule || !Level || !Message || !parseSeverity(Level->str(), F.Level) ||
      !readPosition(O->getObject("at"), F.Where))
    return false;
  F.RuleId = Rule->str();
  F.Message = Message->str();
  if (const Array *Notes = O->getArray("notes"))
    for (const auto &N : *Notes) {
      Note Out;
      const Object *NO = N.getAsObject();
      if (!NO || !readPosition(NO->getObject("at"), Out.Where) || !NO->getString("message"))
        return false;
      Out.Message = NO->getString("message")->str();
      F.Notes.push_back(std::move(Out));
    }
  if (const Array *Fixes = O->getArray("fixes"))
    for (const auto &X : *Fixes) {
      const Object *XO = X.getAsObject();
      if (!XO || !XO->getString("file") || !XO->getInteger("offset") ||
          !XO->getInteger("length") || !XO->getString("text"))
        return false;
      F.Fixes.push_back({XO->getString("file")->str(), unsigned(*XO->getInteger("offset")),
                         unsigned(*XO->getInteger("length")), XO->getString("text")->str()});
    }
  if (const Array *Conditions = O->getArray("conditions"))
    for (const auto &C : *Conditions) {
      ParameterRef P;
      if (!fromJson(C, P))
        return false;
      F.Conditions.push_back(std::move(P));
    }
  return true;
}

std::vector<std::string> strings(const Array *A) {
  std::vector<std::string> Out;
  if (A)
    for (const auto &V : *A)
      if (auto S = V.getAsString())
        Out.push_back(S->str());
  return Out;
}

} // namespace

std::string ResultCache::defaultDir(const std::string &CompileDatabase) {
  llvm::SmallString<256> Dir(CompileDatabase);
  llvm::sys::fs::make_absolute(Dir);
  if (!llvm::sys::fs::is_directory(Dir))
    llvm::sys::path::remove_filename(Dir);
  llvm::sys::path::append(Dir, ".seniorlint-cache");
  return Dir.str().str();
}

std::string ResultCache::key(const std::vector<std::string> &Arguments,
                             const std::vector<CheckContext> &Checks) const {
  std::string Material = "seniorlint " SENIORLINT_VERSION " " + toolIdentity() + "\nformat " +
                         std::to_string(CacheFormat);
  for (const std::string &A : Arguments)
    Material += "\narg " + A;
  for (const CheckContext &C : Checks)
    Material += "\nrule " + C.RuleId + " " + severityName(C.Level) + " " + C.Options.fingerprint() +
                (C.Flow ? " " + C.Flow->fingerprint() : "");
  return hashText(Material);
}

std::string ResultCache::entryPath(const std::string &Key) const {
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, Key.substr(0, 2), Key + ".json");
  return Path.str().str();
}

std::optional<std::string> ResultCache::contentHash(const std::string &File) {
  {
    std::lock_guard<std::mutex> Lock(Mutex);
    auto It = Hashes.find(File);
    if (It != Hashes.end())
      return It->second;
  }
  std::optional<std::string> Hash;
  if (auto Buffer = llvm::MemoryBuffer::getFile(File))
    Hash = hashText((*Buffer)->getBuffer());
  std::lock_guard<std::mutex> Lock(Mutex);
  Hashes[File] = Hash;
  return Hash;
}

std::optional<TUResult> ResultCache::lookup(const std::string &Key, const std::string &MainFile) {
  auto Buffer = llvm::MemoryBuffer::getFile(entryPath(Key));
  if (!Buffer)
    return std::nullopt;
  auto Json = llvm::json::parse((*Buffer)->getBuffer());
  if (!Json) {
    llvm::consumeError(Json.takeError());
    return std::nullopt; // corrupt: analysed again and overwritten
  }
  const Object *Entry = Json->getAsObject();
  if (!Entry || Entry->getInteger("format") != CacheFormat || Entry->getString("key") != Key ||
      Entry->getString("main") != MainFile)
    return std::nullopt;
  const Object *Inputs = Entry->getObject("inputs");
  if (!Inputs || Inputs->empty())
    return std::nullopt;
  for (const auto &[File, Hash] : *Inputs) {
    auto Current = contentHash(File.str());
    if (!Current || Hash.getAsString() != *Current)
      return std::nullopt;
  }
  TUResult R;
  R.File = MainFile;
  R.ProjectFiles = strings(Entry->getArray("projectFiles"));
  const Array *Findings = Entry->getArray("findings");
  if (!Findings)
    return std::nullopt;
  for (const auto &V : *Findings) {
    Finding F;
    if (!fromJson(V, F))
      return std::nullopt;
    R.Findings.push_back(std::move(F));
  }
  const Array *Facts = Entry->getArray("facts");
  const Array *Strings = Entry->getArray("strings");
  if (!Facts || !Strings)
    return std::nullopt;
  FactReader Reader(*Strings);
  for (const auto &V : *Facts) {
    CallFact F;
    if (!Reader.fact(V, F))
      return std::nullopt;
    R.Facts.push_back(std::move(F));
  }
  for (const auto &[File, Hash] : *Inputs)
    R.InputFiles.push_back(File.str());
  R.FromCache = true;
  std::lock_guard<std::mutex> Lock(Mutex);
  ++Hits;
  return R;
}

void ResultCache::store(const std::string &Key, const TUResult &Result) {
  if (Result.Failed)
    return; // failures are often about the environment; always retried
  Object Inputs;
  for (const std::string &File : Result.InputFiles) {
    auto Hash = contentHash(File);
    if (!Hash)
      return; // a file vanished while we worked: nothing trustworthy to store
    Inputs[File] = *Hash;
  }
  Array Findings, Project, Facts;
  for (const Finding &F : Result.Findings)
    Findings.push_back(toJson(F));
  FactWriter Writer;
  for (const CallFact &F : Result.Facts)
    Facts.push_back(Writer.fact(F));
  for (const std::string &P : Result.ProjectFiles)
    Project.push_back(P);
  Object Entry{{"format", CacheFormat},        {"key", Key},
               {"main", Result.File},          {"inputs", std::move(Inputs)},
               {"projectFiles", std::move(Project)}, {"findings", std::move(Findings)},
               {"facts", std::move(Facts)}, {"strings", Writer.strings()}};

  // Written aside and renamed: a reader never sees half an entry, even with shards
  // or parallel runs sharing the directory.
  std::string Path = entryPath(Key);
  llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Path));
  llvm::SmallString<256> Temp;
  int FD;
  if (llvm::sys::fs::createUniqueFile(Path + ".tmp-%%%%%%", FD, Temp))
    return;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << llvm::json::Value(std::move(Entry));
  }
  if (llvm::sys::fs::rename(Temp, Path))
    llvm::sys::fs::remove(Temp);
}

} // namespace seniorlint
