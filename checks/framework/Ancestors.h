// Walking up from an expression to what contains it, as written (clang's parent map, with
// implicit nodes): the question several rules ask of a call ("is it the initialiser of a
// static local?", "is it guarded by a test of its handle?", "where does its value go?").
#pragma once

#include "clang/AST/ASTContext.h"
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

} // namespace seniorlint
