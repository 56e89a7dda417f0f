#include "Catalogue.h"
#include "EmbeddedFiles.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/FormatVariadic.h"
#include <algorithm>
#include <set>
#include <yaml-cpp/yaml.h>

namespace seniorlint {
namespace {

// Thrown inside the parser only; converted to llvm::Error at the boundary.
struct CatalogueError {
  std::string Message;
};

class Reader {
public:
  explicit Reader(std::string Path) : Path(std::move(Path)) {}

  [[noreturn]] void fail(const YAML::Node &At, const std::string &What) const {
    const YAML::Mark M = At.Mark();
    throw CatalogueError{llvm::formatv("{0}:{1}:{2}: {3}", Path, M.line + 1, M.column + 1, What)};
  }

  void onlyKeys(const YAML::Node &Map, std::initializer_list<const char *> Allowed) const {
    if (!Map.IsMap())
      fail(Map, "expected a mapping");
    for (const auto &KV : Map) {
      std::string Key = KV.first.as<std::string>();
      if (llvm::none_of(Allowed, [&](const char *A) { return Key == A; }))
        fail(KV.first, "unknown key '" + Key + "'");
    }
  }

  std::string str(const YAML::Node &Map, const char *Key, bool Required = true) const {
    const YAML::Node N = Map[Key];
    if (!N) {
      if (Required)
        fail(Map, std::string("missing required key '") + Key + "'");
      return "";
    }
    if (!N.IsScalar())
      fail(N, std::string("'") + Key + "' must be a string");
    return N.as<std::string>();
  }

  int integer(const YAML::Node &Map, const char *Key) const {
    int Value;
    if (llvm::StringRef(str(Map, Key)).getAsInteger(10, Value))
      fail(Map[Key], std::string("'") + Key + "' must be an integer");
    return Value;
  }

  bool boolean(const YAML::Node &Map, const char *Key) const {
    auto Parsed = llvm::yaml::parseBool(str(Map, Key));
    if (!Parsed)
      fail(Map[Key], std::string("'") + Key + "' must be true or false");
    return *Parsed;
  }

  YAML::Node seq(const YAML::Node &Map, const char *Key, bool Required) const {
    const YAML::Node N = Map[Key];
    if (!N && Required)
      fail(Map, std::string("missing required key '") + Key + "'");
    if (N && !N.IsSequence())
      fail(N, std::string("'") + Key + "' must be a list");
    return N;
  }

  const std::string Path;
};

bool isKebabCase(llvm::StringRef Id) {
  if (Id.empty() || !llvm::isLower(Id.front()) || Id.back() == '-' || Id.contains("--"))
    return false;
  return llvm::all_of(Id, [](char C) { return llvm::isLower(C) || llvm::isDigit(C) || C == '-'; });
}

TipInfo readTip(const Reader &R, const YAML::Node &N) {
  R.onlyKeys(N, {"id", "number", "title", "summary", "doc"});
  TipInfo T{R.str(N, "id"), R.integer(N, "number"), R.str(N, "title"), R.str(N, "summary"),
            R.str(N, "doc")};
  if (!isKebabCase(T.Id))
    R.fail(N["id"], "tip id '" + T.Id + "' must be kebab-case");
  return T;
}

FlowSink readSink(const Reader &R, const YAML::Node &N) {
  R.onlyKeys(N, {"function", "argument"});
  int Argument = R.integer(N, "argument");
  if (Argument < 0)
    R.fail(N["argument"], "'argument' counts from 0");
  return {R.str(N, "function"), static_cast<unsigned>(Argument)};
}

// `argument`: `return`, or what the call writes through argument N (`N+`: and every later one).
FlowSource readSource(const Reader &R, const YAML::Node &N) {
  R.onlyKeys(N, {"function", "argument", "kind"});
  FlowSource S;
  S.Function = R.str(N, "function");
  if (!parseSourceArgument(R.str(N, "argument"), S))
    R.fail(N["argument"], "'argument' must be 'return', an index counted from 0, or 'N+' (N and "
                          "every later argument)");
  std::string Kind = R.str(N, "kind");
  std::optional<SourceKind> Parsed = parseSourceKind(Kind);
  if (!Parsed)
    R.fail(N["kind"], "unknown source kind '" + Kind + "' (kinds: " +
                          llvm::join(sourceKindNames(), ", ") + ")");
  S.Kind = *Parsed;
  return S;
}

RuleInfo readRule(const Reader &R, const YAML::Node &N) {
  R.onlyKeys(N, {"id", "tip", "severity", "title", "rationale", "cwe", "owasp", "options", "fix",
                 "doc", "enabled", "sinks"});
  RuleInfo Rule;
  Rule.Id = R.str(N, "id");
  Rule.Tip = R.str(N, "tip");
  if (!isKebabCase(Rule.Id))
    R.fail(N["id"], "rule id '" + Rule.Id + "' must be kebab-case");
  if (!llvm::StringRef(Rule.Id).starts_with(Rule.Tip + "-"))
    R.fail(N["id"], "rule id '" + Rule.Id + "' must start with its tip '" + Rule.Tip + "-'");
  if (!parseSeverity(R.str(N, "severity"), Rule.DefaultSeverity))
    R.fail(N["severity"], "severity must be one of error, warning, info");
  Rule.Title = R.str(N, "title");
  Rule.Rationale = R.str(N, "rationale");
  if (YAML::Node Cwe = R.seq(N, "cwe", false))
    for (const auto &C : Cwe) {
      int Id;
      if (!C.IsScalar() || llvm::StringRef(C.as<std::string>()).getAsInteger(10, Id))
        R.fail(C, "cwe entries must be numbers, e.g. 78");
      Rule.Cwe.push_back(Id);
    }
  if (YAML::Node Owasp = R.seq(N, "owasp", false))
    for (const auto &O : Owasp)
      Rule.Owasp.push_back(O.as<std::string>());
  if (YAML::Node Options = R.seq(N, "options", false))
    for (const auto &O : Options) {
      R.onlyKeys(O, {"name", "default", "description"});
      Rule.Options.push_back({R.str(O, "name"), R.str(O, "default"), R.str(O, "description")});
    }
  Rule.HasFix = R.boolean(N, "fix");
  if (N["enabled"])
    Rule.EnabledByDefault = R.boolean(N, "enabled");
  if (YAML::Node Sinks = R.seq(N, "sinks", false))
    for (const auto &S : Sinks)
      Rule.Sinks.push_back(readSink(R, S));
  Rule.Doc = R.str(N, "doc");
  if (Rule.Doc != "docs/rules/" + Rule.Id + ".md")
    R.fail(N["doc"], "doc must be docs/rules/" + Rule.Id + ".md");
  return Rule;
}

} // namespace

llvm::Expected<Catalogue> Catalogue::parse(const std::vector<CatalogueSource> &Sources) {
  Catalogue C;
  std::set<std::string> RuleIds;
  try {
    std::vector<std::pair<Reader, YAML::Node>> RuleLists;
    for (const CatalogueSource &S : Sources) {
      Reader R(S.Path);
      YAML::Node Root;
      try {
        Root = YAML::Load(S.Text);
      } catch (const YAML::ParserException &E) {
        throw CatalogueError{llvm::formatv("{0}:{1}:{2}: {3}", S.Path, E.mark.line + 1,
                                           E.mark.column + 1, E.msg)};
      }
      R.onlyKeys(Root, {"tips", "rules", "dataflow"});
      if (YAML::Node Flow = Root["dataflow"]) {
        R.onlyKeys(Flow, {"sources"});
        if (YAML::Node Sources = R.seq(Flow, "sources", true))
          for (const auto &N : Sources)
            C.Sources.push_back(readSource(R, N));
      }
      if (YAML::Node Tips = R.seq(Root, "tips", false))
        for (const auto &T : Tips)
          C.Tips.push_back(readTip(R, T));
      if (YAML::Node Rules = R.seq(Root, "rules", false))
        for (const auto &N : Rules) {
          C.Rules.push_back(readRule(R, N));
          if (!RuleIds.insert(C.Rules.back().Id).second)
            R.fail(N, "duplicate rule id '" + C.Rules.back().Id + "'");
          RuleLists.emplace_back(R, N);
        }
    }
    if (C.Tips.empty())
      throw CatalogueError{"rule catalogue: no tips defined (expected rules/tips.yaml)"};
    for (auto &[R, N] : RuleLists)
      if (!C.findTip(N["tip"].as<std::string>()))
        R.fail(N["tip"], "unknown tip '" + N["tip"].as<std::string>() + "'");
  } catch (const CatalogueError &E) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), E.Message);
  } catch (const YAML::Exception &E) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "rule catalogue: " + std::string(E.what()));
  }
  llvm::sort(C.Tips, [](const TipInfo &A, const TipInfo &B) { return A.Number < B.Number; });
  auto TipNumber = [&](const RuleInfo &R) { return C.findTip(R.Tip)->Number; };
  llvm::sort(C.Rules, [&](const RuleInfo &A, const RuleInfo &B) {
    return std::make_pair(TipNumber(A), A.Id) < std::make_pair(TipNumber(B), B.Id);
  });
  return C;
}

llvm::Expected<Catalogue> Catalogue::builtin() {
  std::vector<CatalogueSource> Sources;
  for (const EmbeddedFile *F = EmbeddedFiles; F->Path; ++F) {
    llvm::StringRef Path(F->Path);
    if (Path.starts_with("rules/") && Path.ends_with(".yaml"))
      Sources.push_back({F->Path, F->Content});
  }
  return parse(Sources);
}

const RuleInfo *Catalogue::findRule(llvm::StringRef Id) const {
  auto It = llvm::find_if(Rules, [&](const RuleInfo &R) { return R.Id == Id; });
  return It == Rules.end() ? nullptr : &*It;
}

const TipInfo *Catalogue::findTip(llvm::StringRef Id) const {
  auto It = llvm::find_if(Tips, [&](const TipInfo &T) { return T.Id == Id; });
  return It == Tips.end() ? nullptr : &*It;
}

} // namespace seniorlint
