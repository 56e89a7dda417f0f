#include "ConnectionInLoopCheck.h"
#include "Ancestors.h"
#include "CheckRegistry.h"
#include "DatabaseApi.h"
#include "Loops.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

// soci::session's default constructor connects to nothing; one built from a
// soci::connection_pool borrows a pooled connection, which is the fix.
bool opensNothing(const Expr *Call) {
  const auto *Construct = dyn_cast<CXXConstructExpr>(Call);
  if (!Construct || findDatabaseApi(Call)->Family != DbFamily::Soci)
    return false;
  const CXXConstructorDecl *Ctor = Construct->getConstructor();
  if (Ctor->getNumParams() == 0)
    return true;
  const auto *Param = Ctor->getParamDecl(0)->getType().getNonReferenceType()->getAsCXXRecordDecl();
  return Param && Param->getIdentifier() && Param->getName() == "connection_pool";
}

// `static pqxx::connection Conn{...};` is constructed once, however often the code runs.
bool initialisesStaticLocal(const Expr *Call, ASTContext &Ctx) {
  return walkUp(*Call, Ctx, false,
                [](const DynTypedNode &Parent, const DynTypedNode &) -> std::optional<bool> {
                  if (const auto *VD = Parent.get<VarDecl>())
                    return VD->isStaticLocal();
                  if (!Parent.get<Expr>())
                    return false;
                  return std::nullopt;
                });
}

// What decides which database the call connects to: its arguments and the object it is
// called on (`Db.setDatabaseName(Shard)` before `Db.open()`), not the handle it fills in.
bool targetChangesPerIteration(const Expr *Call, const DbApiFunction &F,
                               const IterationData &Data) {
  if (const Expr *Object = databaseApiArg(Call, DbObject); Object && Data.reachedBy(Object))
    return true;
  for (int I = 0; const Expr *Arg = databaseApiArg(Call, I); ++I)
    if (I != F.Out && Data.reachedBy(Arg))
      return true;
  return false;
}

// Does S name Var outside Except? A mention inside the connect call (`if (!Db.open())`)
// checks its result, not whether a connection exists already.
bool mentionsOutside(const Stmt *S, const ValueDecl *Var, const Stmt *Except) {
  if (!S || S == Except)
    return false;
  if (const auto *E = dyn_cast<Expr>(S); E && isa<DeclRefExpr, MemberExpr>(E) &&
                                          rootVariable(E) == Var)
    return true;
  return llvm::any_of(S->children(), [&](const Stmt *Child) {
    return mentionsOutside(Child, Var, Except);
  });
}

bool contains(const Stmt *S, const Stmt *Target) {
  bool Found = false;
  forEachDescendant(S, [&](const Stmt *N) { Found |= N == Target; });
  return Found;
}

bool leaves(const Stmt *Branch) {
  bool Leaves = false;
  forEachDescendant(Branch, [&](const Stmt *N) { Leaves |= isa<ReturnStmt, CXXThrowExpr>(N); });
  return Leaves;
}

// The handler opens the connection once and keeps it; later calls find it open:
// `if (!Conn_) Conn_ = PQconnectdb(...)`, `if (!Db.isOpen() && !Db.open())`,
// `if (Conn_) return Conn_;` before the connect.
bool isOpenedLazily(const Expr *Call, const ValueDecl *Handle, const FunctionDecl &Fn,
                    const SourceManager &SM) {
  if (!Handle)
    return false;
  bool Lazy = false;
  forEachDescendant(Fn.getBody(), [&](const Stmt *N) {
    const Expr *Cond = nullptr;
    llvm::SmallVector<const Stmt *, 2> Branches;
    if (const auto *If = dyn_cast<IfStmt>(N)) {
      Cond = If->getCond();
      Branches = {If->getThen(), If->getElse()};
    } else if (const auto *Choice = dyn_cast<ConditionalOperator>(N)) {
      Cond = Choice->getCond();
      Branches = {Choice->getTrueExpr(), Choice->getFalseExpr()};
    }
    if (Lazy || !Cond || !mentionsOutside(Cond, Handle, Call))
      return;
    bool Before = SM.isBeforeInTranslationUnit(N->getEndLoc(), Call->getBeginLoc());
    Lazy = contains(Cond, Call) ||
           llvm::any_of(Branches, [&](const Stmt *B) {
             return contains(B, Call) || (Before && leaves(B));
           });
  });
  return Lazy;
}

bool declaredIn(const ValueDecl *D, const Stmt *S, const SourceManager &SM) {
  SourceLocation L = SM.getExpansionLoc(D->getLocation());
  return !SM.isBeforeInTranslationUnit(L, SM.getExpansionLoc(S->getBeginLoc())) &&
         !SM.isBeforeInTranslationUnit(SM.getExpansionLoc(S->getEndLoc()), L);
}

// Filling a pool at start-up: each connection the loop opens is kept beyond its iteration,
// put into a container, an array slot or a member that lives outside the loop
// (`Idle.push_back(C)`, `Conns[I] = PQconnectdb(...)`, `Slots.emplace_back(std::move(C))`).
bool keptBeyondIteration(const Expr *Call, const ValueDecl *Handle, const Loop &L,
                         const SourceManager &SM) {
  auto Carries = [&](const Expr *E) {
    bool Found = false;
    forEachDescendant(E, [&](const Stmt *N) {
      Found |= N == Call;
      if (const auto *Ref = dyn_cast<DeclRefExpr>(N); Ref && Handle && Ref->getDecl() == Handle)
        Found = true;
    });
    return Found;
  };
  auto Outside = [&](const Expr *Object) {
    const ValueDecl *Owner = rootVariable(Object);
    return Owner && !declaredIn(Owner, L.S, SM);
  };
  bool Kept = false;
  forEachDescendant(L.Body, [&](const Stmt *N) {
    if (Kept)
      return;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(N)) {
      const CXXMethodDecl *M = Member->getMethodDecl();
      Kept = M && M->getIdentifier() &&
             llvm::is_contained({"push_back", "emplace_back", "push_front", "emplace_front",
                                 "push", "emplace", "insert", "append", "add"},
                                M->getName()) &&
             Outside(Member->getImplicitObjectArgument()) &&
             llvm::any_of(Member->arguments(), Carries);
    } else if (const auto *Op = dyn_cast<BinaryOperator>(N); Op && Op->getOpcode() == BO_Assign) {
      const Expr *Target = Op->getLHS()->IgnoreParenImpCasts();
      Kept = isa<ArraySubscriptExpr, MemberExpr>(Target) && Outside(Target) &&
             Carries(Op->getRHS());
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(N);
               Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2) {
      const Expr *Target = Op->getArg(0)->IgnoreParenImpCasts();
      Kept = (isa<ArraySubscriptExpr, MemberExpr>(Target) ||
              (isa<CXXOperatorCallExpr>(Target) &&
               cast<CXXOperatorCallExpr>(Target)->getOperator() == OO_Subscript)) &&
             Outside(Target) && Carries(Op->getArg(1));
    }
  });
  return Kept;
}

// How each client keeps connections open across requests.
StringRef reuse(DbFamily Family) {
  switch (Family) {
  case DbFamily::Sqlite:
    return "open the database once at start-up and share the sqlite3 handle (opened with "
           "SQLITE_OPEN_FULLMUTEX) or keep one per worker thread";
  case DbFamily::Libpq:
    return "open PGconn handles once at start-up and hand them out from a pool (or put "
           "PgBouncer in front)";
  case DbFamily::MySql:
    return "open MYSQL handles once at start-up and hand them out from a pool";
  case DbFamily::Pqxx:
    return "keep a pqxx::connection per worker thread, opened at start-up, or take one from "
           "a pool";
  case DbFamily::Soci:
    return "create one soci::connection_pool at start-up and build the session from it "
           "(`soci::session Sql(Pool)`)";
  case DbFamily::Qt:
    return "add the connection once with QSqlDatabase::addDatabase at start-up and fetch it "
           "with QSqlDatabase::database(name)";
  case DbFamily::Odbc:
    return "keep the connection open for the service's lifetime, or turn on driver-manager "
           "pooling (SQL_ATTR_CONNECTION_POOLING)";
  }
  return "reuse a connection the service owns (opened at start-up) or take one from a pool";
}

bool isLambda(const FunctionDecl &Fn) {
  const auto *Method = dyn_cast<CXXMethodDecl>(&Fn);
  return Method && Method->getParent()->isLambda();
}

} // namespace

ConnectionInLoopCheck::ConnectionInLoopCheck(const CheckContext &Ctx)
    : Check(Ctx),
      HandlerPattern(Ctx.Options.getString(
          "handler-pattern", "(^|::)(handle|on)[A-Z_].*|Handler::|Controller::")),
      HandlerExcludePattern(Ctx.Options.getString(
          "handler-exclude-pattern",
          "(^|::)(on|handle)_?(Start|Init|Setup|Load|Ready|Boot|Configure|Connect|Open)"
          "[A-Za-z0-9_]*$|(^|::)(start|init|initialize|setup|configure|connect|reconnect|open)"
          "[A-Za-z0-9_]*$")) {}

void ConnectionInLoopCheck::registerMatchers(MatchRegistry &Matchers) {
  onDatabaseApi(
      Matchers, {DbRole::Connect},
      [](const auto &Connect) {
        return expr(Connect, forCallable(functionDecl(hasBody(stmt())).bind("fn"))).bind("call");
      },
      this);
}

void ConnectionInLoopCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<Expr>("call");
  const auto *Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  ASTContext &Ctx = *Result.Context;
  const DbApiFunction *F = findDatabaseApi(Call);
  if (!F || F->Role != DbRole::Connect || opensNothing(Call) ||
      initialisesStaticLocal(Call, Ctx))
    return;
  llvm::SmallVector<Loop, 2> Loops = repeatingLoops(*Call, Ctx);
  // A retry loop connects again only after a failure; a loop over shards or tenants
  // connects to a different database each time.
  if (!Loops.empty() && !backsOff(Loops.front()) &&
      !leavesLoopOnSuccess(Loops.front(),
                           DbSuccess(Call, Ctx, DbSuccess::Worked, Loops.front().S), Ctx) &&
      !targetChangesPerIteration(Call, *F, IterationData(Loops.front(), Ctx)) &&
      !keptBeyondIteration(Call, DbSuccess(Call, Ctx).handle(), Loops.front(),
                           Ctx.getSourceManager())) {
    StringRef Cost = F->Family == DbFamily::Sqlite
                         ? "the file is opened and its schema read each time"
                         : "a network handshake and authentication each time";
    report(Call->getBeginLoc(), ("a database connection is opened on every loop iteration (" +
                                 Cost + "); open it once before the loop and reuse it: " +
                                 reuse(F->Family))
                                    .str())
        .note(Loops.front().Loc, "the loop");
    return;
  }
  if (isLambda(*Fn) || isa<CXXConstructorDecl>(Fn) || isa<CXXDestructorDecl>(Fn))
    return;
  std::string Name = Fn->getQualifiedNameAsString();
  if (!HandlerPattern.match(Name) || HandlerExcludePattern.match(Name) ||
      isOpenedLazily(Call, DbSuccess(Call, Ctx).handle(), *Fn, Ctx.getSourceManager()))
    return;
  report(Call->getBeginLoc(), "a database connection is opened on every call of request "
                              "handler '" +
                                  Name + "'; " + reuse(F->Family).str());
}

SENIORLINT_REGISTER_CHECK(ConnectionInLoopCheck, "database-connection-in-loop");

} // namespace seniorlint
