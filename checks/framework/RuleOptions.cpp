#include "RuleOptions.h"
#include <algorithm>
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/YAMLParser.h"

namespace seniorlint {

std::string RuleOptions::getString(llvm::StringRef Name, llvm::StringRef Default) const {
  auto It = Values.find(Name);
  return It == Values.end() ? Default.str() : It->second;
}

long long RuleOptions::getInt(llvm::StringRef Name, long long Default) const {
  long long Value;
  auto It = Values.find(Name);
  if (It == Values.end() || llvm::StringRef(It->second).trim().getAsInteger(10, Value))
    return Default;
  return Value;
}

bool RuleOptions::getBool(llvm::StringRef Name, bool Default) const {
  auto It = Values.find(Name);
  if (It == Values.end())
    return Default;
  if (auto Parsed = llvm::yaml::parseBool(llvm::StringRef(It->second).trim()))
    return *Parsed;
  return Default;
}

std::vector<std::string> RuleOptions::getList(llvm::StringRef Name, llvm::StringRef Default) const {
  std::string Text = getString(Name, Default);
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  llvm::SplitString(Text, Parts, ",;");
  std::vector<std::string> Out;
  for (llvm::StringRef P : Parts)
    if (!P.trim().empty())
      Out.push_back(P.trim().str());
  return Out;
}

std::string RuleOptions::fingerprint() const {
  std::vector<std::string> Pairs;
  for (const auto &E : Values)
    Pairs.push_back(E.getKey().str() + "=" + E.getValue());
  std::sort(Pairs.begin(), Pairs.end());
  return llvm::join(Pairs, ";");
}

} // namespace seniorlint
