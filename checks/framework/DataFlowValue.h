// Internal to the data-flow analysis: the abstract value of an expression.
#pragma once

#include "DataFlow.h"
#include "llvm/ADT/SmallVector.h"

namespace clang {
class Decl;
}

namespace seniorlint::dataflow {

// What an expression may hold: an origin as far as the function shows, plus the inputs it
// depends on symbolically. An input is a ParmVarDecl (the caller decides), a FieldDecl read
// through `this`, or a CXXMethodDecl standing for `*this` as a whole. Symbolic inputs let a
// helper's return value be summarised once and instantiated at each call; at the sink they
// are resolved (parameters by linkage, members as unknown).
struct Value {
  Origin Kind = Origin::Constant;
  SourceKind From = SourceKind::External; // meaningful when Kind is External
  FlowStep Source;
  std::optional<FlowStep> Built;
  llvm::SmallVector<std::pair<const clang::Decl *, clang::SourceLocation>, 2> Inputs;

  bool isConstant() const { return Kind == Origin::Constant && Inputs.empty(); }

  static Value external(SourceKind From, clang::SourceLocation Loc, std::string Message) {
    Value V;
    V.Kind = Origin::External;
    V.From = From;
    V.Source = {Loc, std::move(Message)};
    return V;
  }
  static Value unknown(clang::SourceLocation Loc, std::string Message) {
    Value V;
    V.Kind = Origin::Unknown;
    V.Source = {Loc, std::move(Message)};
    return V;
  }
  static Value input(const clang::Decl *D, clang::SourceLocation Loc) {
    Value V;
    V.Inputs.push_back({D, Loc});
    return V;
  }

  // The larger origin wins and keeps its source; the first place text was built stays.
  void join(const Value &Other) {
    if (Other.Kind > Kind) {
      Kind = Other.Kind;
      From = Other.From;
      Source = Other.Source;
    }
    if (!Built && Other.Built)
      Built = Other.Built;
    for (const auto &In : Other.Inputs)
      if (llvm::none_of(Inputs, [&](const auto &Mine) { return Mine.first == In.first; }))
        Inputs.push_back(In);
  }

  // This value became a piece of a longer text at Loc.
  Value &builtAt(clang::SourceLocation Loc, const char *How) {
    if (!isConstant() && !Built && How)
      Built = FlowStep{Loc, How};
    return *this;
  }
};

} // namespace seniorlint::dataflow
