// Internal to the data-flow analysis: the cross-unit side. Parameters get names every
// translation unit agrees on (CallFacts.h), and the calls of a unit become facts about them.
#pragma once

#include "CallFacts.h"
#include "DataFlowValue.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class Expr;
class FunctionDecl;
class ParmVarDecl;
class VarDecl;
} // namespace clang

namespace seniorlint::dataflow {

// Names parameters by USR, memoised per function.
class ParameterKeys {
public:
  // The key of F's parameter I: "<USR>#I", a template instantiation named by its pattern.
  // Empty when clang gives F no USR.
  std::string key(const clang::FunctionDecl &F, unsigned I);
  // P under its own key and, in an override, its override roots' keys; no keys at all when
  // its function has no USR.
  ParameterRef ref(const clang::ParmVarDecl &P);

private:
  const std::string &usr(const clang::FunctionDecl &F);
  llvm::DenseMap<const clang::FunctionDecl *, std::string> Usrs;
};

// What the collector needs from the analysis: a value left symbolic in the parameters, and
// every value a local is given (nullopt when it shares storage or is written otherwise).
struct FactSource {
  llvm::function_ref<Value(const clang::Expr *)> ValueOf;
  llvm::function_ref<std::optional<llvm::SmallVector<const clang::Expr *, 2>>(
      const clang::VarDecl *)>
      AssignedValues;
};

// Calls are the unit's spelled-in-source calls, gathered during the rules' walk
// (MatchRegistry::onEveryCall) rather than by a walk of their own.
std::vector<CallFact> collectCallFacts(clang::ASTContext &Ctx, ParameterKeys &Keys,
                                       FactSource Flow,
                                       llvm::ArrayRef<const clang::CallExpr *> Calls);

} // namespace seniorlint::dataflow
