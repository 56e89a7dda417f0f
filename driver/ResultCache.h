// Per-translation-unit result cache. An entry is found by a key over everything that
// decides the findings except file contents: tool version, the enabled rules with
// their severities and options, the compile command. It is used only when every file
// the TU read (main file and all headers, system ones included) still has the content
// hash recorded with it. Corrupt or foreign entries are ignored and rewritten.
#pragma once

#include "Analyzer.h"
#include "llvm/ADT/StringMap.h"
#include <mutex>
#include <optional>
#include <string>

namespace seniorlint {

class ResultCache {
public:
  explicit ResultCache(std::string Dir) : Dir(std::move(Dir)) {}

  std::string key(const std::vector<std::string> &Arguments,
                  const std::vector<CheckContext> &Checks) const;
  std::optional<TUResult> lookup(const std::string &Key, const std::string &MainFile);
  void store(const std::string &Key, const TUResult &Result);

  // Default location: <directory of the compile database>/.seniorlint-cache.
  static std::string defaultDir(const std::string &CompileDatabase);

  unsigned hits() const { return Hits; }
  const std::string &directory() const { return Dir; }

private:
  std::optional<std::string> contentHash(const std::string &File);
  std::string entryPath(const std::string &Key) const;

  std::string Dir;
  std::mutex Mutex; // guards Hashes and the counters; TUs run in parallel
  llvm::StringMap<std::optional<std::string>> Hashes; // per run: each file hashed once
  unsigned Hits = 0;
};

} // namespace seniorlint
