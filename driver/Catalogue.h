// The rule catalogue (rules/*.yaml): tips, rules, their metadata and option defaults.
#pragma once

#include "DataFlowSpec.h"
#include "Finding.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace seniorlint {

struct TipInfo {
  std::string Id;
  int Number = 0;
  std::string Title;
  std::string Summary;
  std::string Doc;
};

struct OptionInfo {
  std::string Name;
  std::string Default;
  std::string Description;
};

struct RuleInfo {
  std::string Id;
  std::string Tip;
  Severity DefaultSeverity = Severity::Warning;
  std::string Title;
  std::string Rationale;
  std::vector<int> Cwe;
  std::vector<std::string> Owasp;
  std::vector<OptionInfo> Options;
  bool HasFix = false;
  std::string Doc;
  // `enabled: false`: off by default; runs only when a --checks or config glob names it.
  bool EnabledByDefault = true;
  // Data-flow sinks this rule watches (`sinks:`), extended by the configuration.
  std::vector<FlowSink> Sinks;
};

struct CatalogueSource {
  std::string Path; // shown in errors, e.g. "rules/security.yaml"
  std::string Text;
};

class Catalogue {
public:
  // Sources are tips.yaml and any number of rule files; errors name file:line:col.
  static llvm::Expected<Catalogue> parse(const std::vector<CatalogueSource> &Sources);
  // The catalogue compiled into this binary.
  static llvm::Expected<Catalogue> builtin();

  const std::vector<TipInfo> &tips() const { return Tips; }
  const std::vector<RuleInfo> &rules() const { return Rules; }
  const RuleInfo *findRule(llvm::StringRef Id) const;
  const TipInfo *findTip(llvm::StringRef Id) const;
  // The `dataflow: sources:` of rules/dataflow.yaml.
  const std::vector<FlowSource> &dataFlowSources() const { return Sources; }
  // What a rule's check gets when nothing is configured: every source, its own sinks.
  DataFlowSpec flowSpec(const RuleInfo &R) const { return {Sources, R.Sinks}; }

private:
  std::vector<TipInfo> Tips;   // by number
  std::vector<RuleInfo> Rules; // by tip number, then id
  std::vector<FlowSource> Sources;
};

} // namespace seniorlint
