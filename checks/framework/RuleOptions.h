// Options for one rule: catalogue defaults overlaid by user configuration.
// Checks read them once, in their constructor, into const members.
#pragma once

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace seniorlint {

class RuleOptions {
public:
  void set(llvm::StringRef Name, std::string Value) { Values[Name] = std::move(Value); }
  bool has(llvm::StringRef Name) const { return Values.count(Name) != 0; }

  // The getters take the catalogue default so a check stays usable in unit tests
  // that build options by hand.
  std::string getString(llvm::StringRef Name, llvm::StringRef Default) const;
  long long getInt(llvm::StringRef Name, long long Default) const;
  bool getBool(llvm::StringRef Name, bool Default) const;
  // A comma- or semicolon-separated list, entries trimmed, empty entries dropped.
  std::vector<std::string> getList(llvm::StringRef Name, llvm::StringRef Default) const;

  // All values in a stable order, for cache keys.
  std::string fingerprint() const;

private:
  llvm::StringMap<std::string> Values;
};

} // namespace seniorlint
