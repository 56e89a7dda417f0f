#include "QueryInLoopCheck.h"
#include "CheckRegistry.h"
#include "DatabaseApi.h"
#include "Loops.h"
#include "SqlText.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

bool isCalled(const Expr *E, StringRef Name) {
  const DbApiFunction *F = findDatabaseApi(E->IgnoreImplicit());
  return F && F->Name == Name;
}

bool isCollection(QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  const auto *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->getIdentifier())
    return false;
  if (RD->isInStdNamespace())
    return llvm::is_contained({"vector", "list", "deque", "set", "unordered_set", "multiset",
                               "array", "span", "initializer_list"},
                              RD->getName());
  return llvm::is_contained({"QList", "QVector", "QStringList", "QVariantList"}, RD->getName());
}

struct Part {
  const Expr *E;
  bool Sql; // text, not a bound value
};

// `sql << "select ... :id", soci::use(Id), soci::into(Name)` runs when the full expression
// ends: the text pieces and use() values are the operands of the << and , around the call.
// into() receives a column; it sends nothing.
void sociOperands(const Expr *Call, ASTContext &Ctx, std::vector<Part> &Parts) {
  TraversalKindScope AsIs(Ctx, TK_AsIs);
  DynTypedNode Node = DynTypedNode::create(*Call);
  for (;;) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    const auto *P = Parents.empty() ? nullptr : Parents[0].get<Expr>();
    if (!P)
      return;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P)) {
      if (Op->getNumArgs() != 2 ||
          Op->getArg(0)->IgnoreImplicit() != Node.get<Expr>()->IgnoreImplicit())
        return;
      if (!isCalled(Op->getArg(1), "soci::into"))
        Parts.push_back({Op->getArg(1), Op->getOperator() == OO_LessLess});
    } else if (!isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr,
                    ExprWithCleanups, ParenExpr, CXXConstructExpr>(P)) {
      return;
    }
    Node = Parents[0];
  }
}

// A statement prepared earlier gets its text and values from other calls on the same
// handle, anywhere in the function: a bind in the loop, a bind by reference before it that
// reads the variable at each execution (`Bind[0].buffer = &Id;`, SQLBindParameter(&Id),
// soci::use(Id)), or a prepare of text that changes.
void statementParts(const ValueDecl *Handle, const Stmt *Body, std::vector<Part> &Parts) {
  llvm::SmallVector<const ValueDecl *, 2> Buffers;
  // `soci::statement St = (Sql.prepare << "...", soci::use(Id));`, `St.exchange(use(Id))`
  auto AddUses = [&Parts](const Stmt *S) {
    forEachDescendant(S, [&Parts](const Stmt *N) {
      const auto *Call = dyn_cast<Expr>(N);
      const DbApiFunction *F = Call ? findDatabaseApi(Call) : nullptr;
      if (F && F->Name == "soci::use")
        for (int I = 0; const Expr *Arg = databaseApiArg(Call, I); ++I)
          Parts.push_back({Arg, false});
      else if (F && F->Role == DbRole::Prepare)
        if (const Expr *Sql = databaseApiArg(Call, F->Sql))
          Parts.push_back({Sql, true});
    });
  };
  if (const auto *VD = dyn_cast<VarDecl>(Handle); VD && VD->getInit())
    AddUses(VD->getInit());
  forEachDescendant(Body, [&](const Stmt *N) {
    const auto *Call = dyn_cast<CallExpr>(N);
    const DbApiFunction *F = Call ? findDatabaseApi(Call) : nullptr;
    if (!F || handleVariable(databaseApiArg(Call, F->Handle)) != Handle)
      return;
    if (F->Family == DbFamily::Soci)
      AddUses(Call);
    if (F->Role == DbRole::Prepare)
      if (const Expr *Sql = databaseApiArg(Call, F->Sql))
        Parts.push_back({Sql, true});
    if (F->Role == DbRole::Bind && F->Values != DbNone)
      for (int I = F->Values; const Expr *Arg = databaseApiArg(Call, I); ++I) {
        Parts.push_back({Arg, false});
        if (const ValueDecl *Buffer = rootVariable(Arg))
          Buffers.push_back(Buffer);
      }
  });
  forEachDescendant(Body, [&](const Stmt *N) {
    if (const auto *Op = dyn_cast<BinaryOperator>(N);
        Op && Op->isAssignmentOp() && llvm::is_contained(Buffers, rootVariable(Op->getLHS())))
      Parts.push_back({Op->getRHS(), false});
  });
}

// What a value of the iteration may reach: the SQL text and the bound values.
std::vector<Part> queryParts(const Expr *Call, const DbApiFunction &F, const Stmt *Body,
                             ASTContext &Ctx) {
  std::vector<Part> Parts;
  if (const Expr *Sql = databaseApiArg(Call, F.Sql))
    Parts.push_back({Sql, true});
  if (F.Values != DbNone)
    for (int I = F.Values; const Expr *Arg = databaseApiArg(Call, I); ++I)
      Parts.push_back({Arg, false});
  if (F.Family == DbFamily::Soci && F.Sql != DbNone)
    sociOperands(Call, Ctx, Parts);
  if (F.Sql == DbNone && F.Values == DbNone)
    if (const ValueDecl *Handle = handleVariable(databaseApiArg(Call, F.Handle)))
      statementParts(Handle, Body, Parts);
  llvm::erase_if(Parts, [](const Part &P) { return isa<CXXDefaultArgExpr>(P.E); });
  return Parts;
}

// The value of the iteration that reaches this part of the query, if it is one element.
// A whole statement taken from a list (`for (const auto &Step : Migrations) exec(Step)`)
// runs a script, and a whole collection bound at once (`= ANY($1)` with a vector, SOCI's
// bulk use(std::vector)) is already the batch.
const ValueDecl *elementIn(const Part &P, const IterationData &Data) {
  const ValueDecl *D = Data.reachedBy(P.E);
  if (!D || isCollection(P.E->getType()))
    return nullptr;
  if (P.Sql) {
    const Expr *Text = passedText(P.E);
    if (isa<DeclRefExpr, MemberExpr>(Text) && Data.isLoopVariable(rootVariable(Text)))
      return nullptr;
  }
  return D;
}

// `for (size_t I = 0; I < Ids.size(); I += BatchSize)`: a loop over chunks.
bool stepsOverChunks(const Loop &L, ASTContext &Ctx) {
  const auto *For = dyn_cast<ForStmt>(L.S);
  const auto *Step = For && For->getInc() ? dyn_cast<CompoundAssignOperator>(
                                                For->getInc()->IgnoreParenImpCasts())
                                          : nullptr;
  if (!Step || Step->getOpcode() != BO_AddAssign)
    return false;
  Expr::EvalResult One;
  return !(Step->getRHS()->EvaluateAsInt(One, Ctx) && One.Val.getInt() == 1);
}

// Reads and writes of rows can be merged into one statement; DDL and maintenance run per
// object (REFRESH MATERIALIZED VIEW, VACUUM, CREATE INDEX) and cannot.
bool touchesRows(const std::string &Sql) {
  std::string Keyword = sqlFirstKeyword(Sql);
  return Keyword.empty() ||
         llvm::is_contained({"SELECT", "INSERT", "UPDATE", "DELETE", "REPLACE", "MERGE", "WITH",
                             "UPSERT", "CALL", "EXEC", "EXECUTE", "VALUES"},
                            Keyword);
}

// The fixed beginning of the text asks for a table or other object name next
// (`"SELECT 1 FROM " + Table`): the loop visits a different object each time, which no
// set-based query over one table replaces.
bool namesObjectNext(const std::string &Leading) {
  StringRef Text = StringRef(Leading).rtrim(" \t\r\n\"`[");
  size_t Start = Text.find_last_of(" \t\r\n(");
  StringRef Last = Start == StringRef::npos ? Text : Text.drop_front(Start + 1);
  return llvm::any_of(std::initializer_list<StringRef>{"FROM", "JOIN", "INTO", "UPDATE", "TABLE"},
                      [&](StringRef Word) { return Last.equals_insensitive(Word); });
}

// LIMIT/OFFSET/FETCH: a loop over pages of one query, not one query per element.
bool readsPages(const std::string &Sql) {
  llvm::SmallVector<StringRef, 32> Words;
  StringRef(Sql).split(Words, ' ', -1, false);
  return llvm::any_of(Words, [](StringRef W) {
    W = W.trim(" \t\r\n(),;");
    return W.equals_insensitive("LIMIT") || W.equals_insensitive("OFFSET") ||
           W.equals_insensitive("FETCH");
  });
}

enum class Kind { Read, Write, Unknown };

std::string advice(DbFamily Family, Kind K) {
  StringRef Read, Write;
  switch (Family) {
  case DbFamily::Libpq:
    Read = "`WHERE id = ANY($1)` with an array parameter, or a JOIN";
    Write = "one multi-row INSERT ... VALUES, or COPY ... FROM STDIN";
    break;
  case DbFamily::Pqxx:
    Read = "`WHERE id = ANY($1)` with a std::vector parameter, or a JOIN";
    Write = "one multi-row INSERT ... VALUES, or pqxx::stream_to";
    break;
  case DbFamily::Soci:
    Read = "`WHERE id IN (...)`, a JOIN, or a bulk into(std::vector)";
    Write = "one bulk statement with use(std::vector)";
    break;
  case DbFamily::Qt:
    Read = "`WHERE id IN (...)`, or a JOIN";
    Write = "QSqlQuery::execBatch() with QVariantList bindings";
    break;
  case DbFamily::Odbc:
    Read = "`WHERE id IN (...)`, or a JOIN";
    Write = "one execution with an array of parameters (SQL_ATTR_PARAMSET_SIZE)";
    break;
  default:
    Read = "`WHERE id IN (...)`, or a JOIN";
    Write = "one multi-row INSERT ... VALUES (...), (...)";
    break;
  }
  if (K == Kind::Read)
    return ("fetch all rows in one set-based query: " + Read).str();
  if (K == Kind::Write)
    return ("write all rows at once: " + Write).str();
  return ("use one set-based query (" + Read + ") or one batch (" + Write + ")").str();
}

std::string name(const ValueDecl *D) { return D->getDeclName().getAsString(); }

} // namespace

void QueryInLoopCheck::registerMatchers(MatchRegistry &Matchers) {
  onDatabaseApi(
      Matchers, {DbRole::Execute},
      [](const auto &Query) {
        return expr(Query, forCallable(functionDecl(hasBody(stmt().bind("body"))))).bind("call");
      },
      this);
}

void QueryInLoopCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<Expr>("call");
  ASTContext &Ctx = *Result.Context;
  const DbApiFunction *F = findDatabaseApi(Call);
  // SQLite runs in the process: a query costs a function call, not a round-trip, and many
  // small queries are the way SQLite is meant to be used. execBatch is the batch.
  if (!F || F->Role != DbRole::Execute || F->Family == DbFamily::Sqlite ||
      F->Name == "QSqlQuery::execBatch")
    return;
  llvm::SmallVector<Loop, 2> Loops = repeatingLoops(*Call, Ctx);
  if (Loops.empty())
    return;
  std::vector<Part> Parts = queryParts(Call, *F, Result.Nodes.getNodeAs<Stmt>("body"), Ctx);
  Kind K = Kind::Unknown;
  for (const Part &P : Parts) {
    std::optional<std::string> Leading = P.Sql ? sqlLeadingText(P.E, Ctx) : std::nullopt;
    if (Leading && (!touchesRows(*Leading) || namesObjectNext(*Leading)))
      return;
    std::optional<std::string> Sql = P.Sql ? sqlText(P.E, Ctx) : std::nullopt;
    if (!Sql)
      Sql = Leading;
    if (!Sql)
      continue;
    if (readsPages(*Sql))
      return;
    if (K == Kind::Unknown)
      K = isSqlWrite(*Sql)                     ? Kind::Write
          : sqlFirstKeyword(*Sql) == "SELECT" ? Kind::Read
                                               : Kind::Unknown;
  }

  llvm::SmallVector<std::pair<const Loop *, const ValueDecl *>, 2> PerElement;
  for (const Loop &L : Loops) {
    if (stepsOverChunks(L, Ctx))
      continue;
    IterationData Data(L, Ctx);
    for (const Part &P : Parts)
      if (const ValueDecl *D = elementIn(P, Data)) {
        PerElement.push_back({&L, D});
        break;
      }
  }
  if (PerElement.empty())
    return;
  auto Finding = report(Call->getBeginLoc(),
                        "query runs once per loop iteration with a value from the iteration "
                        "(N+1 round-trips); " +
                            advice(F->Family, K));
  Finding.note(PerElement[0].first->Loc, "the loop: '" + name(PerElement[0].second) +
                                             "' changes with every iteration and reaches "
                                             "the query");
  for (const auto &[L, D] : llvm::drop_begin(PerElement))
    Finding.note(L->Loc, "and once per iteration of this enclosing loop ('" + name(D) + "')");
}

SENIORLINT_REGISTER_CHECK(QueryInLoopCheck, "database-query-in-loop");

} // namespace seniorlint
