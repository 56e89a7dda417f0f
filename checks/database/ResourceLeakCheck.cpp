#include "ResourceLeakCheck.h"
#include "CheckRegistry.h"
#include "ConditionValue.h"
#include "DatabaseApi.h"
#include "Loops.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseSet.h"
#include <map>

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

struct Kind {
  StringRef What;    // "statement"
  StringRef Type;    // "sqlite3_stmt"
  StringRef Release; // "sqlite3_finalize"
};

Kind kindOf(DbResource R) {
  switch (R) {
  case DbResource::SqliteDb:
    return {"database handle", "sqlite3", "sqlite3_close"};
  case DbResource::SqliteStmt:
    return {"statement", "sqlite3_stmt", "sqlite3_finalize"};
  case DbResource::PgConn:
    return {"connection", "PGconn", "PQfinish"};
  case DbResource::PgResult:
    return {"result", "PGresult", "PQclear"};
  case DbResource::MySqlConn:
    return {"connection handle", "MYSQL", "mysql_close"};
  case DbResource::MySqlResult:
    return {"result", "MYSQL_RES", "mysql_free_result"};
  case DbResource::MySqlStmt:
    return {"statement", "MYSQL_STMT", "mysql_stmt_close"};
  case DbResource::OdbcHandle:
  case DbResource::None:
    break;
  }
  return {"handle", "", "SQLFreeHandle"};
}

// The RAII owner to suggest, and where it goes in the message.
std::string owner(DbResource R) {
  Kind K = kindOf(R);
  if (K.Type.empty())
    return "a small scope guard whose destructor calls SQLFreeHandle";
  return ("std::unique_ptr<" + K.Type + ", decltype(&" + K.Release + ")>").str();
}

StringRef alternative(DbResource R) {
  return R == DbResource::PgConn || R == DbResource::PgResult
             ? " (or use libpqxx, whose connection and result objects release themselves)"
             : "";
}

std::string releaseCall(DbResource R, StringRef Var) {
  Kind K = kindOf(R);
  return (K.Release + (R == DbResource::OdbcHandle ? "(..., " : "(") + Var + ")").str();
}

// Handles that exist even when the call that made them failed.
StringRef evenOnFailure(DbResource R) {
  if (R == DbResource::SqliteDb)
    return " (sqlite3_open allocates it even when opening fails)";
  if (R == DbResource::PgConn)
    return " (PQfinish is needed even when the connection failed)";
  if (R == DbResource::MySqlConn)
    return " (mysql_close is needed even when mysql_real_connect failed)";
  return "";
}

const Expr *stripCasts(const Expr *E) { return E->IgnoreParenCasts(); }

DynTypedNode parentThroughCasts(const Expr *E, ASTContext &Ctx, const Expr *&Child) {
  DynTypedNode Node = DynTypedNode::create(*E);
  Child = E;
  for (;;) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      return DynTypedNode();
    const auto *P = Parents[0].get<Expr>();
    if (!P || !isa<ParenExpr, CastExpr, ExprWithCleanups>(P) ||
        (isa<CStyleCastExpr>(P) && P->getType()->isVoidType()))
      return Parents[0];
    Child = P;
    Node = Parents[0];
  }
}

bool isVariable(const Expr *E, const VarDecl *Var) {
  const auto *Ref = dyn_cast<DeclRefExpr>(stripCasts(E));
  return Ref && Ref->getDecl() == Var;
}

// Does this use of the variable keep the handle inside the function? Reads by the library
// (sqlite3_step(Stmt)), null checks and comparisons do; returning it, storing it elsewhere
// (a field, another variable, an RAII owner) or passing it to any other function hands the
// release to someone else.
bool staysInside(const DeclRefExpr *Ref, ASTContext &Ctx) {
  if (Ref->refersToEnclosingVariableOrCapture())
    return false; // a lambda (a scope guard?) uses it
  const Expr *Use = nullptr;
  DynTypedNode Parent = parentThroughCasts(Ref, Ctx, Use);
  if (const auto *Op = Parent.get<UnaryOperator>()) {
    if (Op->getOpcode() == UO_LNot)
      return true;
    if (Op->getOpcode() != UO_AddrOf)
      return false;
    // `&Stmt` filled in again by another prepare: an acquisition, which the path search
    // treats as the end of this one.
    const Expr *AddrUse = nullptr;
    const auto *Call = parentThroughCasts(Op, Ctx, AddrUse).get<CallExpr>();
    const DbApiFunction *F = Call ? findDatabaseApi(Call) : nullptr;
    return F && F->Out >= 0 && databaseApiArg(Call, F->Out) == AddrUse;
  }
  if (const auto *Op = Parent.get<BinaryOperator>())
    return Op->isComparisonOp() || Op->isLogicalOp() ||
           (Op->isAssignmentOp() && Op->getLHS() == Use);
  if (const auto *Call = Parent.get<CallExpr>())
    return findDatabaseApi(Call) != nullptr && Call->getCallee() != Use;
  if (const auto *Cond = Parent.get<ConditionalOperator>())
    return Cond->getCond() == Use;
  if (const auto *If = Parent.get<IfStmt>())
    return If->getCond() == Use;
  return Parent.get<WhileStmt>() || Parent.get<DoStmt>() || Parent.get<ForStmt>();
}

bool ownershipStaysInside(const VarDecl *Var, const Stmt *Body, ASTContext &Ctx) {
  bool Stays = true;
  forEachDescendant(Body, [&](const Stmt *N) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(N); Ref && Ref->getDecl() == Var && Stays)
      Stays = staysInside(Ref, Ctx);
  });
  return Stays;
}

// One way out of the function along which the handle is still held.
struct Exit {
  enum Way { Returns, Throws, FallsOff, LoopsBack };
  SourceLocation Loc;
  Way How;
};

std::string exitNote(Exit::Way How, const std::string &Release) {
  switch (How) {
  case Exit::Returns:
    return "the function returns here without " + Release;
  case Exit::Throws:
    return "the function throws here without " + Release;
  case Exit::FallsOff:
    return "the function ends here without " + Release;
  case Exit::LoopsBack:
    break;
  }
  return "the loop comes back here and overwrites it without " + Release;
}

// Walks the paths from the acquisition to the function's exit.
class PathSearch {
public:
  PathSearch(const CFG &Cfg, const Expr *Acquire, const VarDecl *Var, DbResource Res,
             ASTContext &Ctx)
      : Cfg(Cfg), Acquire(Acquire), Var(Var), Res(Res), Ctx(Ctx),
        Allocated(Acquire, Ctx, DbSuccess::Allocated) {}

  std::vector<Exit> leaks(SourceLocation FunctionEnd);

private:
  enum class Effect { None, Released, Replaced, StatusOverwritten, Returns, Throws };
  Effect effectOf(const Stmt *S) const;
  bool feasible(const CFGBlock &From, unsigned SuccIndex, bool StatusLive) const;

  const CFG &Cfg;
  const Expr *Acquire;
  const VarDecl *Var;
  DbResource Res;
  ASTContext &Ctx;
  DbSuccess Allocated;
};

PathSearch::Effect PathSearch::effectOf(const Stmt *S) const {
  if (isa<ReturnStmt>(S))
    return Effect::Returns;
  if (isa<CXXThrowExpr>(S))
    return Effect::Throws;
  if (const auto *Op = dyn_cast<BinaryOperator>(S); Op && Op->isAssignmentOp()) {
    if (isVariable(Op->getLHS(), Var))
      return Effect::Replaced;
    if (Allocated.status() && Allocated.status() != Var &&
        rootVariable(Op->getLHS()) == Allocated.status() &&
        Op->getRHS()->IgnoreParenImpCasts() != Acquire)
      return Effect::StatusOverwritten;
  }
  const auto *Call = dyn_cast<CallExpr>(S);
  const DbApiFunction *F = Call ? findDatabaseApi(Call) : nullptr;
  if (!F)
    return Effect::None;
  if (F->Releases == Res && F->Handle >= 0) {
    const Expr *Handle = databaseApiArg(Call, F->Handle);
    if (Handle && isVariable(Handle, Var))
      return Effect::Released;
  }
  if (F->Out >= 0 && Call != Acquire) {
    const Expr *Out = databaseApiArg(Call, F->Out);
    const auto *Addr = Out ? dyn_cast<UnaryOperator>(stripCasts(Out)) : nullptr;
    if (Addr && Addr->getOpcode() == UO_AddrOf && isVariable(Addr->getSubExpr(), Var))
      return Effect::Replaced;
  }
  return Effect::None;
}

// Is the successor reachable while the handle exists? `if (Rc != SQLITE_OK) return;` right
// after a prepare, or `if (!Res)`, leave without a handle to release.
bool PathSearch::feasible(const CFGBlock &From, unsigned SuccIndex, bool StatusLive) const {
  const Stmt *Terminator = From.getTerminatorStmt();
  if (From.succ_size() != 2 || !Terminator ||
      !isa<IfStmt, WhileStmt, DoStmt, ForStmt, BinaryOperator, AbstractConditionalOperator>(
          Terminator))
    return true;
  auto Known = [&](const Expr *E) -> std::optional<std::int64_t> {
    if (!StatusLive && Allocated.status() && rootVariable(E) == Allocated.status() &&
        isa<DeclRefExpr>(E->IgnoreParenImpCasts()))
      return std::nullopt;
    return Allocated(E);
  };
  std::optional<bool> Taken = evaluateCondition(dyn_cast_or_null<Expr>(From.getTerminatorCondition()), Known, Ctx);
  return !Taken || *Taken == (SuccIndex == 0);
}

std::vector<Exit> PathSearch::leaks(SourceLocation FunctionEnd) {
  struct State {
    const CFGBlock *Block;
    unsigned First;
    bool StatusLive;
    Exit Last;
  };
  const CFGBlock *Start = nullptr;
  unsigned StartIndex = 0;
  for (const CFGBlock *B : Cfg)
    for (unsigned I = 0; I < B->size() && !Start; ++I)
      if (std::optional<CFGStmt> S = (*B)[I].getAs<CFGStmt>(); S && S->getStmt() == Acquire)
        Start = B, StartIndex = I + 1;
  if (!Start)
    return {};

  std::vector<Exit> Leaks;
  llvm::DenseSet<unsigned> Seen; // block id * 2 + status still known
  std::vector<State> Work = {{Start, StartIndex, true, {}}};
  while (!Work.empty()) {
    State S = Work.back();
    Work.pop_back();
    bool Done = false;
    for (unsigned I = S.First; I < S.Block->size() && !Done; ++I) {
      std::optional<CFGStmt> Element = (*S.Block)[I].getAs<CFGStmt>();
      if (!Element)
        continue;
      if (Element->getStmt() == Acquire) {
        // Around a loop and acquired again: the new handle overwrites the unreleased one.
        Leaks.push_back({Acquire->getBeginLoc(), Exit::LoopsBack});
        Done = true;
        break;
      }
      switch (effectOf(Element->getStmt())) {
      case Effect::Released:
      case Effect::Replaced:
        Done = true;
        break;
      case Effect::StatusOverwritten:
        S.StatusLive = false;
        break;
      case Effect::Returns:
        S.Last = {Element->getStmt()->getBeginLoc(), Exit::Returns};
        break;
      case Effect::Throws:
        S.Last = {Element->getStmt()->getBeginLoc(), Exit::Throws};
        break;
      case Effect::None:
        break;
      }
    }
    if (Done || S.Block->hasNoReturnElement())
      continue;
    if (S.Block == &Cfg.getExit()) {
      Leaks.push_back(S.Last.Loc.isValid() ? S.Last : Exit{FunctionEnd, Exit::FallsOff});
      continue;
    }
    unsigned Index = 0;
    for (const CFGBlock::AdjacentBlock &Succ : S.Block->succs()) {
      unsigned I = Index++;
      if (!Succ.getReachableBlock() || !feasible(*S.Block, I, S.StatusLive))
        continue;
      const CFGBlock *Next = Succ.getReachableBlock();
      if (Seen.insert(Next->getBlockID() * 2 + S.StatusLive).second)
        Work.push_back({Next, 0, S.StatusLive, Next == &Cfg.getExit() ? S.Last : Exit{}});
    }
  }
  return Leaks;
}

// The local variable an acquisition fills in, and whether the handle was thrown away.
struct Target {
  const VarDecl *Var = nullptr;
  bool Discarded = false;
};

const VarDecl *localVariable(const ValueDecl *D) {
  const auto *VD = dyn_cast_or_null<VarDecl>(D);
  return VD && VD->isLocalVarDecl() && !VD->isStaticLocal() && !VD->getType()->isReferenceType()
             ? VD
             : nullptr;
}

Target targetOf(const Expr *Call, const DbApiFunction &F, ASTContext &Ctx) {
  if (F.Out >= 0) {
    const Expr *Out = databaseApiArg(Call, F.Out);
    const auto *Addr = Out ? dyn_cast<UnaryOperator>(stripCasts(Out)) : nullptr;
    if (!Addr || Addr->getOpcode() != UO_AddrOf)
      return {};
    const auto *Ref = dyn_cast<DeclRefExpr>(stripCasts(Addr->getSubExpr()));
    return {Ref ? localVariable(Ref->getDecl()) : nullptr};
  }
  const Expr *Use = nullptr;
  DynTypedNode Parent = parentThroughCasts(Call, Ctx, Use);
  if (const auto *VD = Parent.get<VarDecl>())
    return {localVariable(VD)};
  if (const auto *Op = Parent.get<BinaryOperator>()) {
    if (Op->getOpcode() != BO_Assign || Op->getRHS() != Use)
      return {};
    const auto *Ref = dyn_cast<DeclRefExpr>(stripCasts(Op->getLHS()));
    return {Ref ? localVariable(Ref->getDecl()) : nullptr};
  }
  if (const auto *Outer = Parent.get<CallExpr>()) {
    // Read by the library and dropped (`PQresultStatus(PQexec(...))`); freed at once or
    // handed to the program's own function, it is not lost here.
    const DbApiFunction *G = findDatabaseApi(Outer);
    return {nullptr, G && G->Releases != F.Acquires};
  }
  if (const auto *Cast = Parent.get<CStyleCastExpr>())
    return {nullptr, Cast->getType()->isVoidType()};
  return {nullptr, Parent.get<CompoundStmt>() != nullptr};
}

} // namespace

void ResourceLeakCheck::registerMatchers(MatchRegistry &Matchers) {
  onDatabaseApi(
      Matchers, [](const DbApiFunction &F) { return F.Acquires != DbResource::None; },
      [](const auto &Acquire) {
        return callExpr(Acquire, forCallable(functionDecl().bind("fn"))).bind("call");
      },
      this);
}

void ResourceLeakCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  const auto *Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  ASTContext &Ctx = *Result.Context;
  const DbApiFunction *F = findDatabaseApi(Call);
  if (!F || F->Acquires == DbResource::None || !Fn->hasBody())
    return;
  // mysql_init(&Existing) initialises the caller's struct; only mysql_init(NULL) allocates.
  if (F->Acquires == DbResource::MySqlConn && Call->getNumArgs() == 1 &&
      !Call->getArg(0)->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
    return;
  TraversalKindScope AsIs(Ctx, TK_AsIs);
  Kind K = kindOf(F->Acquires);
  Target T = targetOf(Call, *F, Ctx);
  if (T.Discarded) {
    report(Call->getBeginLoc(), ("the " + K.What + " returned by '" + F->Name +
                                 "' is discarded and never released; keep it and call " +
                                 K.Release + ", or hold it in " + owner(F->Acquires) +
                                 alternative(F->Acquires))
                                    .str());
    return;
  }
  if (!T.Var || !ownershipStaysInside(T.Var, Fn->getBody(), Ctx))
    return;

  // Built only here, for functions that keep a handle in a local: most functions never pay.
  if (Cfg.first != Fn) {
    CFG::BuildOptions Options;
    Options.setAllAlwaysAdd();
    Cfg = {Fn, CFG::buildCFG(Fn, Fn->getBody(), &Ctx, Options)};
  }
  if (!Cfg.second)
    return;
  SourceLocation End = Fn->getBody()->getEndLoc();
  std::vector<Exit> Leaks =
      PathSearch(*Cfg.second, Call, T.Var, F->Acquires, Ctx).leaks(End);
  if (Leaks.empty())
    return;
  std::string Name = T.Var->getName().str();
  auto Finding = report(Call->getBeginLoc(),
                        ("the " + K.What + " '" + Name + "' from '" + F->Name +
                         "' is not released on every path out of the function" +
                         evenOnFailure(F->Acquires) + "; hold it in " + owner(F->Acquires) +
                         " so that every exit releases it" + alternative(F->Acquires))
                            .str());
  std::map<unsigned, Exit> Ordered; // one note per exit, in source order
  for (const Exit &E : Leaks)
    Ordered.emplace(Ctx.getSourceManager().getFileOffset(
                        Ctx.getSourceManager().getExpansionLoc(E.Loc)),
                    E);
  for (const auto &[Offset, E] : Ordered)
    Finding.note(E.Loc, exitNote(E.How, releaseCall(F->Acquires, Name)));
}

SENIORLINT_REGISTER_CHECK(ResourceLeakCheck, "database-resource-leak");

} // namespace seniorlint
