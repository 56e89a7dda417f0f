// Internal to the data-flow analysis: everything one function body does to its variables,
// collected in a single walk the first time a sink's value depends on that function.
#pragma once

#include "DataFlowValue.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <vector>

namespace clang {
class ASTContext;
class CallExpr;
class Expr;
class FieldDecl;
class FunctionDecl;
class ReturnStmt;
class Stmt;
class VarDecl;
} // namespace clang

namespace seniorlint::dataflow {

// One way text gets into a variable (a local or a parameter of the function).
struct Write {
  const clang::VarDecl *Target = nullptr;
  const clang::FieldDecl *Field = nullptr; // `S.Name = X`: the field right below the variable
  clang::SourceLocation Loc;
  // The new text comes from Whole, from the arguments [First, Last] of Call, or is Fixed
  // (a source filled the buffer; an opaque callee may have written anything).
  const clang::Expr *Whole = nullptr;
  const clang::CallExpr *Call = nullptr;
  unsigned First = 0, Last = 0;
  const char *How = nullptr; // set when the text is added to what is there, not replacing it
  std::optional<Value> Fixed;
  // Set when a project function the call passes the variable to may have written it: the
  // call's own arguments still see the value from before the call.
  const clang::CallExpr *By = nullptr;
  // With By, when that function's body is in this file: what it leaves in its parameter
  // OutParam is the new value (DataFlow summarises it), rather than anything.
  const clang::FunctionDecl *OutOf = nullptr;
  unsigned OutParam = 0;
};

// The sources a function is, looked up once per function declaration.
using SourceLookup =
    llvm::function_ref<llvm::ArrayRef<const FlowSource *>(const clang::FunctionDecl &)>;

class FunctionIndex {
public:
  FunctionIndex(const clang::FunctionDecl &F, clang::ASTContext &Ctx, SourceLookup Sources);

  // Variables that share storage (`char *Data = Buffer;`, `std::string &Ref = S;`) form one
  // group; the representative stands for all.
  const clang::VarDecl *group(const clang::VarDecl *VD) const;
  llvm::ArrayRef<const clang::VarDecl *> members(const clang::VarDecl *Group) const;
  llvm::ArrayRef<Write> writes(const clang::VarDecl *Group) const;
  // Whether W may have happened before the program reaches Use: earlier in the source, or in
  // a loop that also contains Use (the next iteration sees it).
  bool reaches(const Write &W, clang::SourceLocation Use) const;
  // The live `return` statements (dead branches of constant conditions left out).
  llvm::ArrayRef<const clang::ReturnStmt *> returns() const { return Returns; }

private:
  friend class IndexBuilder;
  const clang::VarDecl *find(const clang::VarDecl *VD) const;
  void unite(const clang::VarDecl *A, const clang::VarDecl *B);

  clang::ASTContext &Ctx;
  mutable llvm::DenseMap<const clang::VarDecl *, const clang::VarDecl *> Parent;
  std::vector<Write> AllWrites;
  llvm::DenseMap<const clang::VarDecl *, std::vector<Write>> ByGroup;
  llvm::DenseMap<const clang::VarDecl *, llvm::SmallVector<const clang::VarDecl *, 2>> Members;
  std::vector<clang::SourceRange> Loops;
  std::vector<const clang::ReturnStmt *> Returns;
};

// The variable (a local or parameter of its function) whose storage an lvalue names, and the
// field right below it: `S.Addr.Host` is (S, Addr), `Buf[I]` and `*(P + 1)` are (Buf|P, -).
std::pair<const clang::VarDecl *, const clang::FieldDecl *> storageOf(const clang::Expr *E);

// Peels what passes a value through unchanged: parentheses, casts, temporaries, cleanups.
const clang::Expr *strip(const clang::Expr *E);

// Whether a value of type T can carry text at all: numbers, booleans and enumerators cannot
// smuggle quotes or metacharacters into a string.
bool carriesText(clang::QualType T);

} // namespace seniorlint::dataflow
