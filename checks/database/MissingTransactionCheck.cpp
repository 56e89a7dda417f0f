#include "MissingTransactionCheck.h"
#include "CheckRegistry.h"
#include "DatabaseApi.h"
#include "SqlText.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/Analyses/CFGReachabilityAnalysis.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/CFGStmtMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

struct Write {
  const Expr *Exec; // where the statement runs
  std::string Verb;
  DbFamily Family;
};

// `Stmt`, `&Stmt` (sqlite3_prepare_v2(..., &Stmt, ...)) and `Owner.get()` name the local Stmt
// or Owner.
const VarDecl *referencedVar(const Expr *E) {
  return dyn_cast_or_null<VarDecl>(handleVariable(E));
}

// A statement the project's own helper prepares from fixed text:
// `StmtPtr St = prepare(Db, "DELETE FROM t WHERE id = ?1");` The text is the first argument
// of the initialising call that reads as SQL.
std::optional<std::string> helperPreparedText(const VarDecl *Handle, ASTContext &Ctx) {
  if (!Handle || !Handle->isLocalVarDecl() || !Handle->getInit())
    return std::nullopt;
  const Expr *Init = Handle->getInit()->IgnoreImplicit();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init);
      Construct && Construct->getNumArgs() == 1)
    Init = Construct->getArg(0)->IgnoreImplicit();
  const auto *Call = dyn_cast<CallExpr>(Init);
  if (!Call || findDatabaseApi(Call))
    return std::nullopt;
  for (const Expr *Arg : Call->arguments()) {
    std::optional<std::string> Text = sqlText(Arg, Ctx);
    if (Text && !sqlFirstKeyword(*Text).empty() && Text->find(' ') != std::string::npos)
      return Text;
  }
  return std::nullopt;
}

// A statement that opens a transaction (or turns autocommit off) when sent as SQL.
bool beginsTransaction(StringRef Sql) {
  std::string Keyword = sqlFirstKeyword(Sql);
  if (llvm::is_contained({"BEGIN", "START", "SAVEPOINT"}, Keyword))
    return true;
  std::string Flat = Sql.lower();
  llvm::erase_if(Flat, [](char C) { return llvm::isSpace(C); });
  return Keyword == "SET" && (Flat.find("autocommit=0") != std::string::npos ||
                              Flat.find("autocommit=off") != std::string::npos);
}

// A name that says "transaction": the project's own `ScopedTransaction`, `beginTxn()`,
// `DbTx`, soci::transaction, QSqlDatabase::transaction(). Matched by word, so `ctx` and
// `context` are not transactions.
bool namesTransaction(StringRef Name) {
  std::string Lower = Name.lower();
  if (StringRef(Lower).contains("transaction") || StringRef(Lower).contains("txn") ||
      StringRef(Lower).contains("savepoint"))
    return true;
  for (size_t I = 0; I + 1 < Name.size(); ++I) {
    bool Starts = I == 0 || Name[I - 1] == '_' || (llvm::isLower(Name[I - 1]) && Name[I] == 'T');
    bool Ends = I + 2 == Name.size() || Name[I + 2] == '_' || llvm::isUpper(Name[I + 2]);
    if (Starts && Ends && StringRef(Lower).substr(I, 2) == "tx")
      return true;
  }
  return false;
}

bool isConstantZero(const Expr *E, ASTContext &Ctx) {
  Expr::EvalResult R;
  return E->IgnoreParenCasts()->EvaluateAsInt(R, Ctx) && R.Val.getInt() == 0;
}

// Calls and constructions that begin a transaction without SQL text.
// Exactly a statement that begins a transaction (`BEGIN`, `START TRANSACTION`,
// `BEGIN IMMEDIATE;`, `SAVEPOINT s`), not text that merely starts with the word.
bool isBeginStatement(StringRef Sql) {
  llvm::SmallVector<StringRef, 8> Words;
  Sql.trim(" \t\r\n;").split(Words, ' ', -1, false);
  if (Words.empty())
    return false;
  std::string First = Words.front().upper();
  if (First == "SAVEPOINT")
    return Words.size() == 2;
  if (First != "BEGIN" && First != "START")
    return false;
  return llvm::all_of(llvm::drop_begin(Words), [](StringRef W) {
    return llvm::is_contained({"TRANSACTION", "WORK", "IMMEDIATE", "EXCLUSIVE", "DEFERRED",
                               "ISOLATION", "LEVEL", "READ", "WRITE", "ONLY", "COMMITTED",
                               "UNCOMMITTED", "REPEATABLE", "SERIALIZABLE"},
                              W.upper());
  });
}

bool beginsTransaction(const Expr *E, ASTContext &Ctx) {
  // The project's own query helper sent the BEGIN: `exec(Conn, "BEGIN")`.
  if (const auto *Call = dyn_cast<CallExpr>(E); Call && !findDatabaseApi(Call))
    for (const Expr *Arg : Call->arguments())
      if (std::optional<std::string> Text = sqlText(Arg, Ctx); Text && isBeginStatement(*Text))
        return true;
  const NamedDecl *Callee = nullptr;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    Callee = Construct->getConstructor()->getParent();
  const auto *Call = dyn_cast<CallExpr>(E);
  if (Call)
    Callee = Call->getDirectCallee();
  if (!Callee || !Callee->getIdentifier())
    return false;
  // libpqxx transactions are judged by the object a write goes through.
  if (StringRef(Callee->getQualifiedNameAsString()).starts_with("pqxx::"))
    return false;
  StringRef Name = Callee->getName();
  if (Call && Name == "SQLSetConnectAttr" && Call->getNumArgs() >= 3) {
    Expr::EvalResult Attr;
    return Call->getArg(1)->EvaluateAsInt(Attr, Ctx) && Attr.Val.getInt() == 102 && // AUTOCOMMIT
           isConstantZero(Call->getArg(2), Ctx);
  }
  if (Call && Name == "mysql_autocommit" && Call->getNumArgs() == 2)
    return isConstantZero(Call->getArg(1), Ctx);
  // soci::session::begin() and the project's own `Db.begin()`, `db_begin(Conn)`; `begin` of
  // containers and ranges returns an iterator, not a status.
  if (Name == "begin" || Name == "Begin" || Name == "beginWork" || Name == "BeginWork" ||
      Name == "db_begin") {
    const auto *FD = dyn_cast<FunctionDecl>(Callee);
    QualType T = FD ? FD->getReturnType() : QualType();
    return FD && !FD->isInStdNamespace() &&
           (T->isVoidType() || T->isBooleanType() || T->isIntegerType());
  }
  return namesTransaction(Name);
}

// libpqxx writes through a dbtransaction (work, transaction<>, subtransaction,
// robusttransaction) are atomic; through a nontransaction they are not. A transaction_base&
// from the caller may be either: not counted.
std::optional<bool> pqxxAutocommits(const Expr *Object, ASTContext &Ctx) {
  // The object as declared, not the transaction_base it is converted to for the call.
  QualType T = Object->IgnoreParenImpCasts()->getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  const auto *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return std::nullopt;
  if (!match(cxxRecordDecl(isSameOrDerivedFrom(hasName("::pqxx::dbtransaction"))), *RD, Ctx)
           .empty())
    return false;
  if (RD->getQualifiedNameAsString() == "pqxx::nontransaction")
    return true;
  return std::nullopt;
}

std::string advice(DbFamily Family) {
  switch (Family) {
  case DbFamily::Sqlite:
    return "run them between sqlite3_exec(db, \"BEGIN\", ...) and \"COMMIT\"";
  case DbFamily::Libpq:
    return "run them between PQexec(conn, \"BEGIN\") and PQexec(conn, \"COMMIT\")";
  case DbFamily::MySql:
    return "turn autocommit off with mysql_autocommit(conn, 0) and end with mysql_commit()";
  case DbFamily::Pqxx:
    return "run them in a pqxx::work instead of a pqxx::nontransaction";
  case DbFamily::Soci:
    return "run them inside a soci::transaction and commit() it";
  case DbFamily::Qt:
    return "run them between QSqlDatabase::transaction() and commit()";
  case DbFamily::Odbc:
    return "set SQL_ATTR_AUTOCOMMIT to SQL_AUTOCOMMIT_OFF and end with SQLEndTran()";
  }
  return "";
}

// Can A and B both run in one call of the function (neither excludes the other)?
class PathOracle {
public:
  PathOracle(const FunctionDecl &Fn, ASTContext &Ctx)
      : Parents(Fn.getBody()), Graph(CFG::buildCFG(&Fn, Fn.getBody(), &Ctx, CFG::BuildOptions())) {
    if (Graph) {
      Map.reset(CFGStmtMap::Build(Graph.get(), &Parents));
      Reach = std::make_unique<CFGReverseBlockReachabilityAnalysis>(*Graph);
    }
  }
  bool together(const Expr *A, const Expr *B) {
    if (!Map)
      return true;
    const CFGBlock *BA = Map->getBlock(A), *BB = Map->getBlock(B);
    if (!BA || !BB || BA == BB)
      return true;
    return Reach->isReachable(BA, BB) || Reach->isReachable(BB, BA);
  }

private:
  ParentMap Parents;
  std::unique_ptr<CFG> Graph;
  std::unique_ptr<CFGStmtMap> Map;
  std::unique_ptr<CFGReverseBlockReachabilityAnalysis> Reach;
};

} // namespace

void MissingTransactionCheck::registerMatchers(MatchRegistry &Matchers) {
  onDatabaseApi(
      Matchers, {DbRole::Execute, DbRole::Prepare},
      [](const auto &Query) {
        return expr(Query, forCallable(functionDecl(isDefinition()).bind("fn")));
      },
      this);
}

void MissingTransactionCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  if (Done.insert(Fn).second && Fn->getBody())
    checkFunction(*Fn, *Result.Context);
}

void MissingTransactionCheck::checkFunction(const FunctionDecl &Fn, ASTContext &Ctx) {
  // Seeding rows in a GoogleTest body or SetUp() needs no atomicity.
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&Fn);
      Method && !match(cxxRecordDecl(isSameOrDerivedFrom(hasName("::testing::Test"))),
                       *Method->getParent(), Ctx)
                     .empty())
    return;
  // A transaction handed in by the caller: `void save(Transaction &Tx, ...)`.
  for (const ParmVarDecl *P : Fn.parameters())
    if (const auto *RD = P->getType().getNonReferenceType()->getAsRecordDecl();
        RD && RD->getIdentifier() && namesTransaction(RD->getName()))
      return;
  const SourceManager &SM = Ctx.getSourceManager();
  auto before = [&SM](const Expr *A, const Expr *B) {
    return SM.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
  };
  const Stmt &Body = *Fn.getBody();
  auto Mine = forCallable(equalsNode(&Fn));
  std::vector<const Expr *> Calls;
  for (const BoundNodes &N :
       match(findAll(expr(databaseApiCall({DbRole::Execute, DbRole::Prepare}), Mine).bind("q")),
             Body, Ctx))
    Calls.push_back(N.getNodeAs<Expr>("q"));
  llvm::sort(Calls, before);

  std::vector<Write> Writes;
  const Expr *FirstBegin = nullptr;
  for (auto It = Calls.begin(); It != Calls.end(); ++It) {
    const DbApiFunction *F = findDatabaseApi(*It);
    const Expr *SqlArg = F ? databaseApiArg(*It, F->Sql) : nullptr;
    std::optional<std::string> Sql = SqlArg ? sqlLeadingText(SqlArg, Ctx) : std::nullopt;
    if (!Sql && F && F->Role == DbRole::Execute && F->Sql == DbNone) {
      std::optional<std::string> Helper =
          helperPreparedText(referencedVar(databaseApiArg(*It, F->Handle)), Ctx);
      if (Helper && isSqlWrite(*Helper))
        Writes.push_back({*It, sqlFirstKeyword(*Helper), F->Family});
      continue;
    }
    if (!Sql)
      continue;
    if (beginsTransaction(*Sql) && !FirstBegin)
      FirstBegin = *It;
    if (!isSqlWrite(*Sql))
      continue;
    std::string Verb = sqlFirstKeyword(*Sql);
    if (F->Role == DbRole::Execute) {
      if (F->Family == DbFamily::Pqxx &&
          !pqxxAutocommits(databaseApiArg(*It, DbObject), Ctx).value_or(false))
        continue;
      Writes.push_back({*It, Verb, F->Family});
      continue;
    }
    // A prepared write runs where its statement handle is executed, until it is prepared
    // again. libpq and libpqxx prepare named statements, usually once at start-up: skipped.
    if (F->Family == DbFamily::Libpq || F->Family == DbFamily::Pqxx)
      continue;
    const VarDecl *Handle = referencedVar(databaseApiArg(*It, F->Out >= 0 ? F->Out : F->Handle));
    for (auto Next = std::next(It); Handle && Next != Calls.end(); ++Next) {
      const DbApiFunction *G = findDatabaseApi(*Next);
      if (!G || referencedVar(databaseApiArg(*Next, G->Out >= 0 ? G->Out : G->Handle)) != Handle)
        continue;
      if (G->Role == DbRole::Prepare)
        break;
      if (G->Role == DbRole::Execute && G->Sql == DbNone)
        Writes.push_back({*Next, Verb, F->Family});
    }
  }
  llvm::sort(Writes, [&](const Write &A, const Write &B) { return before(A.Exec, B.Exec); });
  if (FirstBegin)
    llvm::erase_if(Writes, [&](const Write &W) { return !before(W.Exec, FirstBegin); });
  if (Writes.size() < 2)
    return;

  // The other ways to begin: API calls, RAII transaction objects, the project's wrappers.
  auto Begin = expr(anyOf(callExpr(), cxxConstructExpr()), Mine).bind("begin");
  for (const BoundNodes &N : match(findAll(Begin), Body, Ctx)) {
    const auto *E = N.getNodeAs<Expr>("begin");
    if (beginsTransaction(E, Ctx) && before(E, Writes[1].Exec))
      return;
  }

  PathOracle Paths(Fn, Ctx);
  for (size_t I = 1; I < Writes.size(); ++I)
    for (size_t J = 0; J < I; ++J)
      if (Paths.together(Writes[J].Exec, Writes[I].Exec)) {
        report(Writes[I].Exec->getBeginLoc(),
               "second write ('" + Writes[I].Verb +
                   "') in this function without a transaction: if it fails, the first one "
                   "stays committed; " +
                   advice(Writes[I].Family))
            .note(Writes[J].Exec->getBeginLoc(),
                  "first write ('" + Writes[J].Verb + "') commits on its own here");
        return;
      }
}

SENIORLINT_REGISTER_CHECK(MissingTransactionCheck, "database-missing-transaction");

} // namespace seniorlint
