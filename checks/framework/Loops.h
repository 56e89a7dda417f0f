// Loops around a statement, and which values change from one iteration to the next.
//
// Rules about work repeated per iteration (a query, a prepare, a connection in a loop) ask:
//   - Which loops run this statement again and again? enclosingLoops(): the body, condition
//     and increment of for/while/do, the body of a range-for, and the body of a lambda passed
//     to std::for_each / std::for_each_n. A for's init and a range-for's range run once and do
//     not count. The search stops at the enclosing function: a lambda that is stored or handed
//     to another function is not run by the loop around its definition.
//   - Does it run at most once per loop anyway? leavesLoopAfter(): an unconditional break,
//     return, throw or goto follows it (`if (U.Id == Id) { exec(...); return; }`).
//   - Does the loop run a fixed handful of times? fixedTripCount(): a range-for over a braced
//     list, an array or a std::array (their size is in the type), or `for (int I = 0; I < 3;
//     ++I)` (also `for (I = 0; ...)`). repeatingLoops() is
//     enclosingLoops() without these (at most 3 trips) and without loops S leaves once run.
//   - Is it a retry loop? leavesLoopOnSuccess(): the loop ends once the caller's "success"
//     values hold (its condition turns false, or an `if` taken on success breaks or returns);
//     backsOff(): the body sleeps between attempts.
//   - Which values differ between iterations? IterationData: the loop's own variables (the
//     range-for variable, what a for declares or its increment changes, what a while/do
//     condition changes or reads while the body changes it, a for_each lambda's parameter),
//     plus everything computed from them inside the loop: locals initialised or assigned from
//     them, objects a non-const method is called on with them (`Sql.append(Id)`,
//     `Q.bindValue(":id", Id)`), and what a call writes through a non-const pointer or
//     reference argument next to them (`snprintf(Buf, ..., Id)`, `sqlite3_bind_int(S, 1, Id)`).
//     Data members reached through `this` count as variables. A while condition moves the
//     loop along data only when it fetches the next row or line (a database step call,
//     std::getline) or reads a local index the body advances; a worker loop waiting on the
//     program's own queue (`while (Jobs.pop(Job))`) handles work arriving over time.
#pragma once

#include "ConditionValue.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace clang {
class ASTContext;
class Expr;
class Stmt;
class ValueDecl;
} // namespace clang

namespace seniorlint {

struct Loop {
  const clang::Stmt *S = nullptr;    // ForStmt, WhileStmt, DoStmt, CXXForRangeStmt, or the
                                     // std::for_each CallExpr
  const clang::Stmt *Body = nullptr; // the loop body (a for_each lambda's body)
  clang::SourceLocation Loc;         // the `for` / `while` / `do` keyword, or the call
};

// Innermost first.
llvm::SmallVector<Loop, 2> enclosingLoops(const clang::Stmt &S, clang::ASTContext &Ctx);

// True when S, once run, is always followed by leaving L in the same iteration.
bool leavesLoopAfter(const clang::Stmt &S, const Loop &L, clang::ASTContext &Ctx);

// How often L runs, when fixed by the code: nullopt for loops over data.
std::optional<unsigned> fixedTripCount(const Loop &L, clang::ASTContext &Ctx);

// Innermost first: the loops that run S many times.
llvm::SmallVector<Loop, 2> repeatingLoops(const clang::Stmt &S, clang::ASTContext &Ctx);

bool leavesLoopOnSuccess(const Loop &L, KnownValue Success, clang::ASTContext &Ctx);
bool backsOff(const Loop &L);

class IterationData {
public:
  IterationData(const Loop &L, clang::ASTContext &Ctx);

  bool contains(const clang::ValueDecl *D) const { return Origin.count(D) != 0; }
  // One of the loop's own variables, not something computed from them.
  bool isLoopVariable(const clang::ValueDecl *D) const { return D && Origin.lookup(D) == D; }
  // The loop's own variable that E (as written) is computed from, or nullptr: `O` for
  // `Params` in `for (const Order &O : Orders) { const char *Params[] = {O.Id.c_str()}; ...`.
  const clang::ValueDecl *reachedBy(const clang::Expr *E) const;

private:
  bool add(const clang::ValueDecl *D, const clang::ValueDecl *From);
  llvm::DenseMap<const clang::ValueDecl *, const clang::ValueDecl *> Origin;
};

// Calls Visit on S and every statement below it (lambda bodies included).
template <typename Fn> void forEachDescendant(const clang::Stmt *S, Fn Visit) {
  if (!S)
    return;
  Visit(S);
  for (const clang::Stmt *Child : S->children())
    forEachDescendant(Child, Visit);
}

// The variable an expression names or is a part of: `B[0].buffer` -> B, `*P` -> P,
// `this->Queue` -> Queue, `Q` -> Q. nullptr for anything else (a call's result, a literal).
const clang::ValueDecl *rootVariable(const clang::Expr *E);

} // namespace seniorlint
