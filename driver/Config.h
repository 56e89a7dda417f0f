// .seniorlint.yaml: per-directory configuration, found upward from each file like
// .clang-tidy (the nearest file wins), or one file given with --config.
#pragma once

#include "Catalogue.h"
#include "Check.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace seniorlint {

struct RuleSettings {
  std::optional<Severity> Level;
  std::map<std::string, std::string> Options;
};

struct Config {
  std::string Path; // the file it came from; empty for the built-in defaults
  std::string Dir;  // globs in `paths` are relative to it
  std::vector<std::string> Checks; // globs, applied after the defaults, before --checks
  std::vector<std::string> Include, Exclude; // path globs
  std::string DocsUrl;
  bool RequireSuppressionReason = true;
  std::map<std::string, RuleSettings> Rules;
  // `data-flow:` additions to the catalogue's sources and to rules' sinks.
  std::vector<FlowSource> FlowSources;
  std::map<std::string, std::vector<FlowSink>> FlowSinks;

  // Whether findings in File are reported at all (paths include/exclude).
  bool covers(llvm::StringRef File) const;
  // The check contexts for the rules enabled here, options and severity applied on top
  // of the catalogue defaults. ExtraGlobs (--checks) come last.
  llvm::Expected<std::vector<CheckContext>> checks(const Catalogue &C,
                                                   llvm::StringRef ExtraGlobs) const;
  // The effective configuration as YAML, for --dump-config.
  std::string dump(const Catalogue &C, llvm::StringRef ExtraGlobs) const;
};

// Parses one config file's text; errors are "path:line:col: message", with a
// "did you mean" when a key or rule id is close to a known one.
llvm::Expected<Config> parseConfig(const Catalogue &C, const std::string &Path,
                                   llvm::StringRef Text);

// Finds and caches the config for each directory.
class ConfigStore {
public:
  // Explicit: the --config file, used for every file; empty to discover.
  ConfigStore(const Catalogue &C, std::string Explicit) : C(C), Explicit(std::move(Explicit)) {}
  llvm::Expected<const Config *> forFile(llvm::StringRef File);

private:
  llvm::Expected<const Config *> forDirectory(llvm::StringRef Dir);
  llvm::Expected<const Config *> load(const std::string &Path);

  const Catalogue &C;
  std::string Explicit;
  Config Defaults;
  llvm::StringMap<const Config *> ByDirectory;
  std::map<std::string, std::unique_ptr<Config>> Loaded;
};

} // namespace seniorlint
