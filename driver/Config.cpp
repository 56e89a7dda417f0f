#include "Config.h"
#include "CheckSelection.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/Path.h"
#include <yaml-cpp/yaml.h>

namespace seniorlint {
namespace {

struct ConfigError {
  std::string Message;
};

std::string closest(llvm::StringRef Word, llvm::ArrayRef<std::string> Known) {
  std::string Best = closestMatch(Word, Known);
  return Best.empty() ? "" : "; did you mean '" + Best + "'?";
}

class Parser {
public:
  Parser(const Catalogue &C, std::string Path) : C(C), Path(std::move(Path)) {}

  [[noreturn]] void fail(const YAML::Node &At, const std::string &What) const {
    const YAML::Mark M = At.Mark();
    throw ConfigError{llvm::formatv("{0}:{1}:{2}: {3}", Path, M.line + 1, M.column + 1, What)};
  }

  void keys(const YAML::Node &Map, const std::vector<std::string> &Allowed,
            const char *Where) const {
    if (!Map.IsMap())
      fail(Map, std::string(Where) + " must be a mapping");
    for (const auto &KV : Map) {
      std::string Key = KV.first.as<std::string>();
      if (llvm::find(Allowed, Key) == Allowed.end())
        fail(KV.first, "unknown key '" + Key + "' in " + Where + closest(Key, Allowed) +
                           " (allowed: " + llvm::join(Allowed, ", ") + ")");
    }
  }

  std::string scalar(const YAML::Node &N, const char *What) const {
    if (!N.IsScalar())
      fail(N, std::string(What) + " must be a single value");
    return N.as<std::string>();
  }

  // A list, or one comma-separated string.
  std::vector<std::string> list(const YAML::Node &N, const char *What) const {
    std::vector<std::string> Out;
    if (N.IsScalar()) {
      llvm::SmallVector<llvm::StringRef, 8> Parts;
      llvm::StringRef(N.Scalar()).split(Parts, ',', -1, false);
      for (llvm::StringRef P : Parts)
        Out.push_back(P.trim().str());
    } else if (N.IsSequence()) {
      for (const auto &E : N)
        Out.push_back(scalar(E, What));
    } else {
      fail(N, std::string(What) + " must be a list or a comma-separated string");
    }
    return Out;
  }

  bool boolean(const YAML::Node &N, const char *What) const {
    auto B = llvm::yaml::parseBool(scalar(N, What));
    if (!B)
      fail(N, std::string(What) + " must be true or false");
    return *B;
  }

  Config parse(llvm::StringRef Text) {
    Config Cfg;
    Cfg.Path = Path;
    Cfg.Dir = llvm::sys::path::parent_path(Path).str();
    YAML::Node Root;
    try {
      Root = YAML::Load(Text.str());
    } catch (const YAML::ParserException &E) {
      throw ConfigError{
          llvm::formatv("{0}:{1}:{2}: {3}", Path, E.mark.line + 1, E.mark.column + 1, E.msg)};
    }
    if (Root.IsNull())
      return Cfg; // an empty file means the defaults
    keys(Root, {"checks", "rules", "paths", "docs-url", "suppressions", "data-flow", "layers"},
         "the configuration");
    if (YAML::Node N = Root["checks"]) {
      Cfg.Checks = list(N, "checks");
      if (auto Err = selectRules(C, llvm::join(Cfg.Checks, ",")).takeError())
        fail(N, llvm::toString(std::move(Err)));
    }
    if (YAML::Node N = Root["docs-url"])
      Cfg.DocsUrl = scalar(N, "docs-url");
    if (YAML::Node N = Root["paths"]) {
      keys(N, {"include", "exclude"}, "paths");
      for (auto [Key, Out] : {std::pair<const char *, std::vector<std::string> *>{"include", &Cfg.Include},
                              {"exclude", &Cfg.Exclude}})
        if (YAML::Node L = N[Key]) {
          *Out = list(L, Key);
          for (const std::string &G : *Out)
            if (auto Err = llvm::GlobPattern::create(G).takeError())
              fail(L, "invalid glob '" + G + "': " + llvm::toString(std::move(Err)));
        }
    }
    if (YAML::Node N = Root["suppressions"]) {
      keys(N, {"require-reason"}, "suppressions");
      if (YAML::Node R = N["require-reason"])
        Cfg.RequireSuppressionReason = boolean(R, "require-reason");
    }
    if (YAML::Node N = Root["data-flow"])
      dataFlow(N, Cfg);
    if (YAML::Node N = Root["rules"]) {
      if (!N.IsMap())
        fail(N, "rules must map rule ids to settings");
      std::vector<std::string> Ids = ruleIds();
      for (const auto &KV : N)
        Cfg.Rules[KV.first.as<std::string>()] = rule(KV.first, KV.second, Ids);
    }
    if (YAML::Node N = Root["layers"]) // after `rules`, which must not set them too
      layers(N, Cfg);
    return Cfg;
  }

private:
  std::vector<std::string> ruleIds() const {
    std::vector<std::string> Ids;
    for (const RuleInfo &R : C.rules())
      Ids.push_back(R.Id);
    return Ids;
  }

  int argument(const YAML::Node &N, const char *What) const {
    int Value;
    if (llvm::StringRef(scalar(N, What)).getAsInteger(10, Value) || Value < 0)
      fail(N, std::string(What) + " must be an argument index counted from 0");
    return Value;
  }

  // data-flow: {sources: [{function, argument, kind}], sinks: {<rule-id>: [{function, argument}]}}
  void dataFlow(const YAML::Node &N, Config &Cfg) const {
    keys(N, {"sources", "sinks"}, "data-flow");
    if (YAML::Node Sources = N["sources"]) {
      if (!Sources.IsSequence())
        fail(Sources, "data-flow sources must be a list of {function, argument, kind}");
      for (const auto &S : Sources) {
        keys(S, {"function", "argument", "kind"}, "a data-flow source");
        for (const char *Required : {"function", "argument", "kind"})
          if (!S[Required])
            fail(S, std::string("a data-flow source needs '") + Required + "'");
        FlowSource Source;
        Source.Function = scalar(S["function"], "function");
        if (!parseSourceArgument(scalar(S["argument"], "argument"), Source))
          fail(S["argument"], "argument must be 'return', an index counted from 0, or 'N+' (N "
                              "and every later argument)");
        std::string Kind = scalar(S["kind"], "kind");
        std::optional<SourceKind> Parsed = parseSourceKind(Kind);
        if (!Parsed) {
          std::vector<std::string> Kinds;
          for (llvm::StringRef K : sourceKindNames())
            Kinds.push_back(K.str());
          fail(S["kind"], "unknown source kind '" + Kind + "'" + closest(Kind, Kinds) +
                              " (kinds: " + llvm::join(Kinds, ", ") + ")");
        }
        Source.Kind = *Parsed;
        Cfg.FlowSources.push_back(std::move(Source));
      }
    }
    if (YAML::Node Sinks = N["sinks"]) {
      if (!Sinks.IsMap())
        fail(Sinks, "data-flow sinks must map rule ids to lists of {function, argument}");
      for (const auto &KV : Sinks) {
        std::string Id = KV.first.as<std::string>();
        const RuleInfo *Rule = C.findRule(Id);
        if (!Rule)
          fail(KV.first, "unknown rule '" + Id + "'" + closest(Id, ruleIds()));
        if (Rule->Sinks.empty())
          fail(KV.first, "rule " + Id + " does not use data flow (it has no sinks to extend)");
        if (!KV.second.IsSequence())
          fail(KV.second, "sinks of " + Id + " must be a list of {function, argument}");
        for (const auto &S : KV.second) {
          keys(S, {"function", "argument"}, "a data-flow sink");
          if (!S["function"] || !S["argument"])
            fail(S, "a data-flow sink needs 'function' and 'argument'");
          Cfg.FlowSinks[Id].push_back({scalar(S["function"], "function"),
                                       static_cast<unsigned>(argument(S["argument"], "argument"))});
        }
      }
    }
  }

  // layers: [- name: globs], from the top layer to the bottom one. They become the `layers`
  // option of every rule that has one, in that option's encoding (`name=glob,glob;...`);
  // globs are relative to this file unless they start with `/` or `*`, as in `paths`.
  void layers(const YAML::Node &N, Config &Cfg) const {
    if (!N.IsSequence())
      fail(N, "layers must be a list of `- name: globs`, from the top layer to the bottom one");
    std::vector<std::string> Names, Encoded;
    for (const YAML::Node &Layer : N) {
      if (!Layer.IsMap() || Layer.size() != 1)
        fail(Layer, "each layer is one `name: globs` item");
      auto KV = *Layer.begin();
      std::string Name = scalar(KV.first, "a layer name");
      if (Name.empty() || llvm::StringRef(Name).find_first_of("=,;") != llvm::StringRef::npos)
        fail(KV.first, "a layer name must not be empty or contain '=', ',' or ';'");
      if (llvm::is_contained(Names, Name))
        fail(KV.first, "layer '" + Name + "' is listed twice");
      Names.push_back(Name);
      std::vector<std::string> Globs;
      for (const std::string &G : list(KV.second, "a layer's globs")) {
        if (llvm::StringRef(G).find(';') != llvm::StringRef::npos)
          fail(KV.second, "a layer glob must not contain ';'");
        bool Anchored = llvm::StringRef(G).starts_with("/") || llvm::StringRef(G).starts_with("*");
        std::string Glob = Anchored ? G : escapeGlob(Cfg.Dir) + "/" + G;
        if (auto Err = llvm::GlobPattern::create(Glob).takeError())
          fail(KV.second, "invalid glob '" + G + "': " + llvm::toString(std::move(Err)));
        Globs.push_back(Glob);
      }
      if (Globs.empty())
        fail(KV.second, "layer '" + Name + "' has no globs");
      Encoded.push_back(Name + "=" + llvm::join(Globs, ","));
    }
    for (const RuleInfo &R : C.rules()) {
      if (llvm::none_of(R.Options, [](const OptionInfo &O) { return O.Name == "layers"; }))
        continue;
      RuleSettings &S = Cfg.Rules[R.Id];
      if (S.Options.count("layers"))
        fail(N, "layers are set twice: here and in the `layers` option of rule " + R.Id +
                    "; keep one");
      S.Options["layers"] = llvm::join(Encoded, ";");
    }
  }

  static std::string escapeGlob(llvm::StringRef Dir) {
    std::string Out;
    for (char Ch : Dir) {
      if (llvm::StringRef("*?[]{}\\").contains(Ch))
        Out += '\\';
      Out += Ch;
    }
    return Out;
  }

  RuleSettings rule(const YAML::Node &Key, const YAML::Node &Body,
                    const std::vector<std::string> &Ids) const {
    std::string Id = Key.as<std::string>();
    const RuleInfo *Rule = C.findRule(Id);
    if (!Rule)
      fail(Key, "unknown rule '" + Id + "'" + closest(Id, Ids));
    keys(Body, {"severity", "options"}, ("rule " + Id).c_str());
    RuleSettings S;
    if (YAML::Node Sev = Body["severity"]) {
      Severity Level;
      if (!parseSeverity(scalar(Sev, "severity"), Level))
        fail(Sev, "severity must be error, warning or info");
      S.Level = Level;
    }
    if (YAML::Node Options = Body["options"]) {
      std::vector<std::string> Known;
      for (const OptionInfo &O : Rule->Options)
        Known.push_back(O.Name);
      if (!Options.IsMap())
        fail(Options, "options must map option names to values");
      for (const auto &O : Options) {
        std::string Name = O.first.as<std::string>();
        if (llvm::find(Known, Name) == Known.end())
          fail(O.first, "rule " + Id + " has no option '" + Name + "'" + closest(Name, Known) +
                            (Known.empty() ? " (it has no options)"
                                           : " (options: " + llvm::join(Known, ", ") + ")"));
        S.Options[Name] = O.second.IsSequence() ? llvm::join(list(O.second, "option"), ",")
                                                : scalar(O.second, "an option value");
      }
    }
    return S;
  }

  const Catalogue &C;
  std::string Path;
};

bool matchesAny(const std::vector<std::string> &Globs, llvm::StringRef Rel) {
  for (const std::string &G : Globs)
    if (auto P = llvm::GlobPattern::create(G); P && P->match(Rel))
      return true;
  return false;
}

} // namespace

llvm::Expected<Config> parseConfig(const Catalogue &C, const std::string &Path,
                                   llvm::StringRef Text) {
  try {
    return Parser(C, Path).parse(Text);
  } catch (const ConfigError &E) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), E.Message);
  } catch (const YAML::Exception &E) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), Path + ": " + E.what());
  }
}

bool Config::covers(llvm::StringRef File) const {
  llvm::StringRef Rel = File;
  if (!Dir.empty() && Rel.starts_with(Dir + "/"))
    Rel = Rel.drop_front(Dir.size() + 1);
  if (!Include.empty() && !matchesAny(Include, Rel))
    return false;
  return !matchesAny(Exclude, Rel);
}

llvm::Expected<std::vector<CheckContext>> Config::checks(const Catalogue &C,
                                                         llvm::StringRef ExtraGlobs) const {
  std::string Globs = llvm::join(Checks, ",");
  if (!ExtraGlobs.empty())
    Globs += "," + ExtraGlobs.str();
  auto Selected = selectRules(C, Globs);
  if (!Selected)
    return Selected.takeError();
  std::vector<CheckContext> Out;
  DataFlowSpec Common{C.dataFlowSources(), {}};
  Common.Sources.insert(Common.Sources.end(), FlowSources.begin(), FlowSources.end());
  auto SourcesOnly = std::make_shared<const DataFlowSpec>(Common);
  for (const RuleInfo *R : *Selected) {
    CheckContext Ctx{R->Id, R->DefaultSeverity, {}, SourcesOnly};
    auto ExtraSinks = FlowSinks.find(R->Id);
    if (!R->Sinks.empty() || ExtraSinks != FlowSinks.end()) {
      auto Spec = std::make_shared<DataFlowSpec>(Common);
      Spec->Sinks = R->Sinks;
      if (ExtraSinks != FlowSinks.end())
        Spec->Sinks.insert(Spec->Sinks.end(), ExtraSinks->second.begin(), ExtraSinks->second.end());
      Ctx.Flow = std::move(Spec);
    }
    for (const OptionInfo &O : R->Options)
      Ctx.Options.set(O.Name, O.Default);
    auto It = Rules.find(R->Id);
    if (It != Rules.end()) {
      if (It->second.Level)
        Ctx.Level = *It->second.Level;
      for (const auto &[Name, Value] : It->second.Options)
        Ctx.Options.set(Name, Value);
    }
    Out.push_back(std::move(Ctx));
  }
  return Out;
}

std::string Config::dump(const Catalogue &C, llvm::StringRef ExtraGlobs) const {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << "# effective configuration" << (Path.empty() ? " (built-in defaults)" : " from " + Path)
     << "\n";
  if (!DocsUrl.empty())
    OS << "docs-url: " << DocsUrl << "\n";
  OS << "paths:\n  include: [" << llvm::join(Include, ", ") << "]\n  exclude: ["
     << llvm::join(Exclude, ", ") << "]\n";
  OS << "suppressions:\n  require-reason: " << (RequireSuppressionReason ? "true" : "false") << "\n";
  auto Enabled = checks(C, ExtraGlobs);
  if (!Enabled) {
    OS << "# " << llvm::toString(Enabled.takeError()) << "\n";
    return Out;
  }
  if (!FlowSources.empty() || !FlowSinks.empty()) {
    OS << "data-flow:\n";
    if (!FlowSources.empty())
      OS << "  sources:\n";
    for (const FlowSource &S : FlowSources)
      OS << "    - {function: \"" << S.Function << "\", argument: "
         << (S.Argument == FlowSource::Return ? "return" : std::to_string(S.Argument))
         << (S.AndLater ? "+" : "") << ", kind: " << sourceKindName(S.Kind) << "}\n";
    if (!FlowSinks.empty())
      OS << "  sinks:\n";
    for (const auto &[Rule, Sinks] : FlowSinks) {
      OS << "    " << Rule << ":\n";
      for (const FlowSink &S : Sinks)
        OS << "      - {function: \"" << S.Function << "\", argument: " << S.Argument << "}\n";
    }
  }
  OS << "rules:\n";
  for (const CheckContext &Ctx : *Enabled) {
    OS << "  " << Ctx.RuleId << ":\n    severity: " << severityName(Ctx.Level) << "\n";
    const RuleInfo *R = C.findRule(Ctx.RuleId);
    if (R->Options.empty())
      continue;
    OS << "    options:\n";
    for (const OptionInfo &O : R->Options)
      OS << "      " << O.Name << ": \"" << Ctx.Options.getString(O.Name, O.Default) << "\"\n";
  }
  return Out;
}

llvm::Expected<const Config *> ConfigStore::load(const std::string &Path) {
  auto &Slot = Loaded[Path];
  if (Slot)
    return Slot.get();
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(),
                                   "cannot read " + Path + ": " + Buffer.getError().message());
  auto Parsed = parseConfig(C, Path, (*Buffer)->getBuffer());
  if (!Parsed)
    return Parsed.takeError();
  Slot = std::make_unique<Config>(std::move(*Parsed));
  return Slot.get();
}

llvm::Expected<const Config *> ConfigStore::forDirectory(llvm::StringRef Dir) {
  auto It = ByDirectory.find(Dir);
  if (It != ByDirectory.end())
    return It->second;
  llvm::SmallString<256> Candidate(Dir);
  llvm::sys::path::append(Candidate, ".seniorlint.yaml");
  llvm::Expected<const Config *> Found = &Defaults;
  if (llvm::sys::fs::exists(Candidate))
    Found = load(Candidate.str().str());
  else if (llvm::StringRef Parent = llvm::sys::path::parent_path(Dir); !Parent.empty() && Parent != Dir)
    Found = forDirectory(Parent);
  if (Found)
    ByDirectory[Dir] = *Found;
  return Found;
}

llvm::Expected<const Config *> ConfigStore::forFile(llvm::StringRef File) {
  if (!Explicit.empty())
    return load(Explicit);
  return forDirectory(llvm::sys::path::parent_path(File));
}

} // namespace seniorlint
