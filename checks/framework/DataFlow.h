// Where may a value that reaches a sink come from: only compile-time constants, or outside?
//
// The analysis is intraprocedural and demand-driven: a check asks about one argument of one
// sink call, and only the function containing that call is looked at (plus the bodies of
// same-file helpers whose return value flows in, summarised once each). Nothing is computed
// for functions without a sink call, so the cost follows the number of sinks, not the size of
// the translation unit. See docs/dataflow.md for what is and is not tracked.
//
// Use from a check: derive from DataFlowCheck (below), which reads the rule's sources, sinks
// and `parameters` option once and keeps one DataFlow per translation unit.
//
//   void MyCheck::registerMatchers(MatchRegistry &Matchers) {
//     auto Sink = functionDecl(hasSinkName(spec())).bind("fn");
//     Matchers.onCallsTo(spec().sinkNames(), callExpr(callee(Sink)).bind("call"), this);
//   }
//   void MyCheck::check(const MatchResult &R) {
//     for (unsigned I : sinkArguments(*Fn)) {                 // [] for a same-named non-sink
//       FlowResult F = flow(*R.Context).origin(sinkArgument(*Call, I));
//       if (F.Kind == Origin::External) {
//         FindingBuilder B = report(Call->getBeginLoc(), "...");
//         F.explain(B);                                        // notes: source, splice point
//       }
//     }
//   }
#pragma once

#include "CallFacts.h"
#include "Check.h"
#include "DataFlowSpec.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <optional>
#include <string>

namespace clang {
class ASTContext;
class CallExpr;
class Expr;
} // namespace clang

namespace seniorlint {

struct FlowStep {
  clang::SourceLocation Loc;
  std::string Message; // a note's text: "untrusted data from 'getenv' enters here"
};

struct FlowResult {
  Origin Kind = Origin::Constant;
  // External: where untrusted data enters (a source call, a parameter, main's argv).
  // Unknown: the first value the analysis could not follow (a call to a function with no
  // body here, a global, a pointer dereference), so a rule can say what it could not see.
  FlowStep Source;
  // Set when a non-constant piece was concatenated, appended, formatted or streamed into
  // text (`"SELECT ... '" + Name + "'"`): the value is *built* from data, not passed whole.
  // Rules that accept a pass-through (a wrapper taking the whole query) but not assembly
  // look at this.
  std::optional<FlowStep> Built;
  // External only through these parameters of functions other files can call: what their
  // callers pass decides, once every unit of the run is analysed (driver/CrossUnit.h).
  // Empty when the value is outside data whoever calls (a source, argv) or not External.
  std::vector<ParameterRef> Pending;

  bool isConstant() const { return Kind == Origin::Constant; }
  // Adds the path explanation to a finding: where the data entered, where it was mixed in;
  // and, for a pending result, the parameters the finding is conditional on.
  void explain(FindingBuilder &F) const;
};

struct DataFlowOptions {
  // Parameters of functions that other files can call (external linkage, not static, not in
  // an anonymous namespace) carry outside data: External. False: Unknown, for rules where a
  // wrapper that forwards its parameter is the normal shape. Parameters of internal
  // functions are Unknown either way.
  bool ParametersAreExternal = true;

  // Reads the rule option `parameters` (`external` or `unknown`), if the rule declares one.
  static DataFlowOptions fromRule(const RuleOptions &Options);
};

class DataFlow {
public:
  DataFlow(clang::ASTContext &Ctx, const DataFlowSpec &Spec, DataFlowOptions Options = {});
  ~DataFlow();
  DataFlow(const DataFlow &) = delete;
  DataFlow &operator=(const DataFlow &) = delete;

  // The origin of E's value, E being an expression in a function body (a sink's argument).
  // Memoised per function; safe to call many times.
  FlowResult origin(const clang::Expr *E);

  // What Calls (the unit's spelled-in-source calls) pass to the parameters of project
  // functions that can carry text (pointers, references, records), by parameter key: the
  // facts other units resolve their pending findings with.
  std::vector<CallFact> callFacts(llvm::ArrayRef<const clang::CallExpr *> Calls);

private:
  class Impl;
  std::unique_ptr<Impl> P;
};

// The base of checks built on the analysis: the spec and options are read once, in the
// constructor; the DataFlow (and its memo) lives as long as the check, one translation unit.
class DataFlowCheck : public Check {
protected:
  explicit DataFlowCheck(const CheckContext &Ctx);
  const DataFlowSpec &spec() const { return *Spec; }
  DataFlow &flow(clang::ASTContext &Ctx);

public:
  // The analysis the driver collects the unit's call facts with (any data-flow rule's will
  // do: they share the sources), created on first use.
  DataFlow &dataFlow(clang::ASTContext &Ctx) { return flow(Ctx); }

protected:
  // spec().sinkArguments(FD), remembered per function: a sink name such as `operator<<`
  // matches thousands of calls to a handful of declarations.
  llvm::ArrayRef<unsigned> sinkArguments(const clang::FunctionDecl &FD);

private:
  const std::shared_ptr<const DataFlowSpec> Spec; // never null
  const DataFlowOptions Options;
  std::unique_ptr<DataFlow> Flow;
  llvm::DenseMap<const clang::FunctionDecl *, std::vector<unsigned>> SinkArguments;
};

// For matchers: a function named like one of Spec's sinks, by its last name component. Confirm
// with Spec.sinkArguments(), which applies the qualification (`::system` vs `ops::system`).
clang::ast_matchers::internal::Matcher<clang::NamedDecl> hasSinkName(const DataFlowSpec &Spec);

// Argument I of a sink call counted as in FlowSink (the object of a member call or member
// operator is not counted), or nullptr when the call has too few arguments.
const clang::Expr *sinkArgument(const clang::CallExpr &Call, unsigned I);

} // namespace seniorlint
