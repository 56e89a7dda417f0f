// Walking up from an expression to what contains it, as written (clang's parent map, with
// implicit nodes): the question several rules ask of a call ("is it the initialiser of a
// static local?", "is it guarded by a test of its handle?", "where does its value go?").
#pragma once

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include <optional>

namespace seniorlint {

// Calls Visit(Parent, Child) for each ancestor of Start, nearest first, where Child is the
// node below Parent on the way; the first verdict Visit returns ends the walk. At the top
// (or where a node has no single parent) the walk ends with Default.
template <typename T, typename Visitor>
T walkUp(const clang::Stmt &Start, clang::ASTContext &Ctx, T Default, Visitor Visit) {
  clang::TraversalKindScope AsIs(Ctx, clang::TK_AsIs);
  clang::DynTypedNode Node = clang::DynTypedNode::create(Start);
  for (;;) {
    clang::DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      return Default;
    if (std::optional<T> Verdict = Visit(Parents[0], Node))
      return *Verdict;
    Node = Parents[0];
  }
}

// The function whose body holds S: inside a lambda, the lambda's call operator, or, with
// ThroughLambdas, the function the lambda is written in. Null outside any function.
inline const clang::FunctionDecl *enclosingFunction(const clang::Stmt &S, clang::ASTContext &Ctx,
                                                    bool ThroughLambdas = false) {
  using Verdict = std::optional<const clang::FunctionDecl *>;
  return walkUp<const clang::FunctionDecl *>(
      S, Ctx, nullptr, [&](const clang::DynTypedNode &Parent, const clang::DynTypedNode &) {
        if (const auto *Fn = Parent.get<clang::FunctionDecl>())
          return Verdict(Fn);
        if (const auto *Lambda = Parent.get<clang::LambdaExpr>(); Lambda && !ThroughLambdas)
          return Verdict(Lambda->getCallOperator());
        return Verdict();
      });
}

} // namespace seniorlint
