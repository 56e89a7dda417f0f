// Sources and sinks of the data-flow analysis: data, not code.
//
// Sources come from the catalogue (rules/dataflow.yaml, `dataflow: sources:`) plus the
// `data-flow: sources:` of .seniorlint.yaml; sinks are per rule (the rule's `sinks:` key plus
// `data-flow: sinks: {<rule-id>: [...]}`). The driver fills one DataFlowSpec per rule and hands
// it to the check through CheckContext::Flow. Plain data: no Clang types, so the driver and the
// tests can build one by hand.
#pragma once

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace clang {
class FunctionDecl;
}

namespace seniorlint {

// What kind of outside world a source reads; it words the note ("untrusted data from
// 'getenv' (environment) enters here"). A sanitizer's result is trusted: it counts as constant.
enum class SourceKind { Environment, File, Network, Console, CommandLine, External, Sanitizer };

// The spellings used in YAML: environment, file, network, console, command-line, external,
// sanitizer.
llvm::ArrayRef<llvm::StringRef> sourceKindNames();
std::optional<SourceKind> parseSourceKind(llvm::StringRef Name);
llvm::StringRef sourceKindName(SourceKind Kind);

// A function is named as in the catalogue: `getenv` matches a function of that name in any
// scope; `std::getline` or `pqxx::transaction_base::exec` match the trailing components of the
// qualified name (inline namespaces such as std::__cxx11 are skipped).
bool functionNameMatches(const clang::FunctionDecl &FD, llvm::StringRef Name);

struct FlowSource {
  static constexpr int Return = -1;
  std::string Function;
  int Argument = Return; // Return: the call's value; N >= 0: what the call writes through argument N
  bool AndLater = false; // argument N and every later one: scanf's outputs
  SourceKind Kind = SourceKind::External;
};

// The YAML spelling of FlowSource::Argument: `return`, `N`, or `N+` (N and every later
// argument). False when Text is none of these.
bool parseSourceArgument(llvm::StringRef Text, FlowSource &S);

struct FlowSink {
  std::string Function;
  // Counted among the written arguments: the object of a member call (`Q.exec(Sql)`,
  // `Session << Sql`) is not an argument, so Sql is argument 0 in both.
  unsigned Argument = 0;
};

struct DataFlowSpec {
  std::vector<FlowSource> Sources; // the same for every rule
  std::vector<FlowSink> Sinks;     // this rule's

  // For hasAnyName() in a check's matcher: the distinct sink function names.
  std::vector<std::string> sinkNames() const;
  // The sink arguments of a call to FD (usually one), in the order listed.
  std::vector<unsigned> sinkArguments(const clang::FunctionDecl &FD) const;
  // Stable text for the result cache key.
  std::string fingerprint() const;
};

} // namespace seniorlint
