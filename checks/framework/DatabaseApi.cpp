#include "DatabaseApi.h"
#include "Ancestors.h"
#include "Loops.h"
#include "NameMatchers.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include <string>
#include <vector>

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

using F = DbFamily;
using R = DbRole;
using Res = DbResource;

// Builds one table row; the setters name the columns so a row reads like a sentence.
struct Api {
  DbApiFunction Fn;
  Api(StringRef Name, DbFamily Family, DbRole Role, std::int8_t Handle = DbNone)
      : Fn{Name, Family, Role} {
    Fn.Handle = Handle;
  }
  Api sql(std::int8_t I) const { return with([I](DbApiFunction &X) { X.Sql = I; }); }
  Api values(std::int8_t I) const { return with([I](DbApiFunction &X) { X.Values = I; }); }
  Api arity(std::int8_t N) const { return with([N](DbApiFunction &X) { X.Arity = N; }); }
  Api acquires(DbResource What, std::int8_t Out = DbNone) const {
    return with([=](DbApiFunction &X) {
      X.Acquires = What;
      X.Out = Out;
    });
  }
  Api releases(DbResource What) const {
    return with([What](DbApiFunction &X) { X.Releases = What; });
  }

private:
  template <typename Fun> Api with(Fun Set) const {
    Api Copy = *this;
    Set(Copy.Fn);
    return Copy;
  }
};

std::vector<DbApiFunction> buildTable() {
  std::vector<Api> Rows = {
      // SQLite. sqlite3_step runs the statement on its first call: it is the execution.
      Api("sqlite3_open", F::Sqlite, R::Connect).acquires(Res::SqliteDb, 1),
      Api("sqlite3_open16", F::Sqlite, R::Connect).acquires(Res::SqliteDb, 1),
      Api("sqlite3_open_v2", F::Sqlite, R::Connect).acquires(Res::SqliteDb, 1),
      Api("sqlite3_close", F::Sqlite, R::Close, 0).releases(Res::SqliteDb),
      Api("sqlite3_close_v2", F::Sqlite, R::Close, 0).releases(Res::SqliteDb),
      Api("sqlite3_exec", F::Sqlite, R::Execute, 0).sql(1),
      Api("sqlite3_prepare", F::Sqlite, R::Prepare, 0).sql(1).acquires(Res::SqliteStmt, 3),
      Api("sqlite3_prepare_v2", F::Sqlite, R::Prepare, 0).sql(1).acquires(Res::SqliteStmt, 3),
      Api("sqlite3_prepare_v3", F::Sqlite, R::Prepare, 0).sql(1).acquires(Res::SqliteStmt, 4),
      Api("sqlite3_prepare16", F::Sqlite, R::Prepare, 0).sql(1).acquires(Res::SqliteStmt, 3),
      Api("sqlite3_prepare16_v2", F::Sqlite, R::Prepare, 0).sql(1).acquires(Res::SqliteStmt, 3),
      Api("sqlite3_prepare16_v3", F::Sqlite, R::Prepare, 0).sql(1).acquires(Res::SqliteStmt, 4),
      Api("sqlite3_step", F::Sqlite, R::Execute, 0),
      Api("sqlite3_reset", F::Sqlite, R::Reset, 0),
      Api("sqlite3_clear_bindings", F::Sqlite, R::Reset, 0),
      Api("sqlite3_finalize", F::Sqlite, R::Finalize, 0).releases(Res::SqliteStmt),
      Api("sqlite3_bind_int", F::Sqlite, R::Bind, 0).values(2),
      Api("sqlite3_bind_int64", F::Sqlite, R::Bind, 0).values(2),
      Api("sqlite3_bind_double", F::Sqlite, R::Bind, 0).values(2),
      Api("sqlite3_bind_text", F::Sqlite, R::Bind, 0).values(2),
      Api("sqlite3_bind_text16", F::Sqlite, R::Bind, 0).values(2),
      Api("sqlite3_bind_text64", F::Sqlite, R::Bind, 0).values(2),
      Api("sqlite3_bind_blob", F::Sqlite, R::Bind, 0).values(2),
      Api("sqlite3_bind_blob64", F::Sqlite, R::Bind, 0).values(2),
      Api("sqlite3_bind_value", F::Sqlite, R::Bind, 0).values(2),
      Api("sqlite3_bind_zeroblob", F::Sqlite, R::Bind, 0).values(2),
      Api("sqlite3_bind_pointer", F::Sqlite, R::Bind, 0).values(2),
      Api("sqlite3_bind_null", F::Sqlite, R::Bind, 0),
      Api("sqlite3_bind_parameter_count", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_bind_parameter_index", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_bind_parameter_name", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_column_count", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_column_type", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_column_int", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_column_int64", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_column_double", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_column_text", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_column_text16", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_column_blob", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_column_bytes", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_column_bytes16", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_column_value", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_column_name", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_data_count", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_sql", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_expanded_sql", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_stmt_readonly", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_db_handle", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_errcode", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_extended_errcode", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_errmsg", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_changes", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_changes64", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_total_changes", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_last_insert_rowid", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_busy_timeout", F::Sqlite, R::Inspect, 0),
      Api("sqlite3_extended_result_codes", F::Sqlite, R::Inspect, 0),

      // libpq. Every synchronous execution returns a PGresult the caller must PQclear.
      Api("PQconnectdb", F::Libpq, R::Connect).acquires(Res::PgConn),
      Api("PQconnectdbParams", F::Libpq, R::Connect).acquires(Res::PgConn),
      Api("PQsetdbLogin", F::Libpq, R::Connect).acquires(Res::PgConn),
      Api("PQconnectStart", F::Libpq, R::Connect).acquires(Res::PgConn),
      Api("PQconnectStartParams", F::Libpq, R::Connect).acquires(Res::PgConn),
      Api("PQfinish", F::Libpq, R::Close, 0).releases(Res::PgConn),
      Api("PQexec", F::Libpq, R::Execute, 0).sql(1).acquires(Res::PgResult),
      Api("PQexecParams", F::Libpq, R::Execute, 0).sql(1).values(4).acquires(Res::PgResult),
      Api("PQprepare", F::Libpq, R::Prepare, 0).sql(2).acquires(Res::PgResult),
      Api("PQexecPrepared", F::Libpq, R::Execute, 0).values(3).acquires(Res::PgResult),
      Api("PQdescribePrepared", F::Libpq, R::Inspect, 0).acquires(Res::PgResult),
      Api("PQsendQuery", F::Libpq, R::Execute, 0).sql(1),
      Api("PQsendQueryParams", F::Libpq, R::Execute, 0).sql(1).values(4),
      Api("PQsendPrepare", F::Libpq, R::Prepare, 0).sql(2),
      Api("PQsendQueryPrepared", F::Libpq, R::Execute, 0).values(3),
      Api("PQgetResult", F::Libpq, R::Result, 0).acquires(Res::PgResult),
      Api("PQclear", F::Libpq, R::ResultFree, 0).releases(Res::PgResult),
      Api("PQresultStatus", F::Libpq, R::Inspect, 0),
      Api("PQresultErrorMessage", F::Libpq, R::Inspect, 0),
      Api("PQresultErrorField", F::Libpq, R::Inspect, 0),
      Api("PQntuples", F::Libpq, R::Inspect, 0),
      Api("PQnfields", F::Libpq, R::Inspect, 0),
      Api("PQfname", F::Libpq, R::Inspect, 0),
      Api("PQfnumber", F::Libpq, R::Inspect, 0),
      Api("PQgetvalue", F::Libpq, R::Inspect, 0),
      Api("PQgetisnull", F::Libpq, R::Inspect, 0),
      Api("PQgetlength", F::Libpq, R::Inspect, 0),
      Api("PQcmdTuples", F::Libpq, R::Inspect, 0),
      Api("PQcmdStatus", F::Libpq, R::Inspect, 0),
      Api("PQstatus", F::Libpq, R::Inspect, 0),
      Api("PQtransactionStatus", F::Libpq, R::Inspect, 0),
      Api("PQerrorMessage", F::Libpq, R::Inspect, 0),
      Api("PQsocket", F::Libpq, R::Inspect, 0),
      Api("PQserverVersion", F::Libpq, R::Inspect, 0),
      Api("PQescapeLiteral", F::Libpq, R::Inspect, 0),
      Api("PQescapeIdentifier", F::Libpq, R::Inspect, 0),
      Api("PQescapeStringConn", F::Libpq, R::Inspect, 0),
      Api("PQescapeByteaConn", F::Libpq, R::Inspect, 0),

      // MySQL C API. mysql_init(NULL) allocates the handle that mysql_real_connect connects.
      Api("mysql_init", F::MySql, R::Allocate, 0).acquires(Res::MySqlConn),
      Api("mysql_real_connect", F::MySql, R::Connect, 0),
      Api("mysql_close", F::MySql, R::Close, 0).releases(Res::MySqlConn),
      Api("mysql_query", F::MySql, R::Execute, 0).sql(1),
      Api("mysql_real_query", F::MySql, R::Execute, 0).sql(1),
      Api("mysql_send_query", F::MySql, R::Execute, 0).sql(1),
      Api("mysql_store_result", F::MySql, R::Result, 0).acquires(Res::MySqlResult),
      Api("mysql_use_result", F::MySql, R::Result, 0).acquires(Res::MySqlResult),
      Api("mysql_free_result", F::MySql, R::ResultFree, 0).releases(Res::MySqlResult),
      Api("mysql_fetch_row", F::MySql, R::Step, 0),
      Api("mysql_fetch_lengths", F::MySql, R::Inspect, 0),
      Api("mysql_fetch_field", F::MySql, R::Inspect, 0),
      Api("mysql_fetch_fields", F::MySql, R::Inspect, 0),
      Api("mysql_num_rows", F::MySql, R::Inspect, 0),
      Api("mysql_num_fields", F::MySql, R::Inspect, 0),
      Api("mysql_field_count", F::MySql, R::Inspect, 0),
      Api("mysql_affected_rows", F::MySql, R::Inspect, 0),
      Api("mysql_insert_id", F::MySql, R::Inspect, 0),
      Api("mysql_error", F::MySql, R::Inspect, 0),
      Api("mysql_errno", F::MySql, R::Inspect, 0),
      Api("mysql_options", F::MySql, R::Inspect, 0),
      Api("mysql_ping", F::MySql, R::Inspect, 0),
      Api("mysql_real_escape_string", F::MySql, R::Inspect, 0),
      Api("mysql_stmt_init", F::MySql, R::Allocate, 0).acquires(Res::MySqlStmt),
      Api("mysql_stmt_prepare", F::MySql, R::Prepare, 0).sql(1),
      Api("mysql_stmt_bind_param", F::MySql, R::Bind, 0).values(1),
      Api("mysql_stmt_bind_result", F::MySql, R::Inspect, 0),
      Api("mysql_stmt_execute", F::MySql, R::Execute, 0),
      Api("mysql_stmt_store_result", F::MySql, R::Result, 0),
      Api("mysql_stmt_fetch", F::MySql, R::Step, 0),
      Api("mysql_stmt_free_result", F::MySql, R::Reset, 0),
      Api("mysql_stmt_reset", F::MySql, R::Reset, 0),
      Api("mysql_stmt_close", F::MySql, R::Finalize, 0).releases(Res::MySqlStmt),
      Api("mysql_stmt_error", F::MySql, R::Inspect, 0),
      Api("mysql_stmt_errno", F::MySql, R::Inspect, 0),
      Api("mysql_stmt_affected_rows", F::MySql, R::Inspect, 0),
      Api("mysql_stmt_num_rows", F::MySql, R::Inspect, 0),
      Api("mysql_stmt_insert_id", F::MySql, R::Inspect, 0),
      Api("mysql_stmt_param_count", F::MySql, R::Inspect, 0),

      // libpqxx 7: transactions inherit their query functions from transaction_base.
      Api("pqxx::connection::connection", F::Pqxx, R::Connect),
      Api("pqxx::connection::prepare", F::Pqxx, R::Prepare, DbObject).sql(1).arity(2),
      Api("pqxx::connection::prepare", F::Pqxx, R::Prepare, DbObject).sql(0).arity(1),
      Api("pqxx::connection::close", F::Pqxx, R::Close, DbObject),
      Api("pqxx::transaction_base::exec", F::Pqxx, R::Execute, DbObject).sql(0),
      Api("pqxx::transaction_base::exec0", F::Pqxx, R::Execute, DbObject).sql(0),
      Api("pqxx::transaction_base::exec1", F::Pqxx, R::Execute, DbObject).sql(0),
      Api("pqxx::transaction_base::exec_n", F::Pqxx, R::Execute, DbObject).sql(1),
      Api("pqxx::transaction_base::exec_params", F::Pqxx, R::Execute, DbObject).sql(0).values(1),
      Api("pqxx::transaction_base::exec_params0", F::Pqxx, R::Execute, DbObject).sql(0).values(1),
      Api("pqxx::transaction_base::exec_params1", F::Pqxx, R::Execute, DbObject).sql(0).values(1),
      Api("pqxx::transaction_base::exec_params_n", F::Pqxx, R::Execute, DbObject)
          .sql(1)
          .values(2),
      Api("pqxx::transaction_base::exec_prepared", F::Pqxx, R::Execute, DbObject).values(1),
      Api("pqxx::transaction_base::exec_prepared0", F::Pqxx, R::Execute, DbObject).values(1),
      Api("pqxx::transaction_base::exec_prepared1", F::Pqxx, R::Execute, DbObject).values(1),
      Api("pqxx::transaction_base::exec_prepared_n", F::Pqxx, R::Execute, DbObject).values(2),
      Api("pqxx::transaction_base::query", F::Pqxx, R::Execute, DbObject).sql(0),
      Api("pqxx::transaction_base::query1", F::Pqxx, R::Execute, DbObject).sql(0),
      Api("pqxx::transaction_base::query01", F::Pqxx, R::Execute, DbObject).sql(0),
      Api("pqxx::transaction_base::query_n", F::Pqxx, R::Execute, DbObject).sql(1),
      Api("pqxx::transaction_base::query_value", F::Pqxx, R::Execute, DbObject).sql(0),
      Api("pqxx::transaction_base::for_query", F::Pqxx, R::Execute, DbObject).sql(0),
      Api("pqxx::transaction_base::stream", F::Pqxx, R::Execute, DbObject).sql(0),

      // SOCI. `sql << "..." , use(x)` runs when the full expression ends.
      Api("soci::session::session", F::Soci, R::Connect),
      Api("soci::session::open", F::Soci, R::Connect, DbObject),
      Api("soci::session::close", F::Soci, R::Close, DbObject),
      Api("soci::session::operator<<", F::Soci, R::Execute, DbObject).sql(0),
      Api("soci::details::once_type::operator<<", F::Soci, R::Execute, DbObject).sql(0),
      Api("soci::details::prepare_type::operator<<", F::Soci, R::Prepare, DbObject).sql(0),
      Api("soci::use", F::Soci, R::Bind).values(0),
      Api("soci::into", F::Soci, R::Inspect),
      Api("soci::statement::prepare", F::Soci, R::Prepare, DbObject).sql(0),
      Api("soci::statement::execute", F::Soci, R::Execute, DbObject),
      Api("soci::statement::fetch", F::Soci, R::Step, DbObject),

      // Qt SQL. A QSqlQuery constructed with a query text executes it at once.
      Api("QSqlDatabase::open", F::Qt, R::Connect, DbObject),
      Api("QSqlDatabase::close", F::Qt, R::Close, DbObject),
      Api("QSqlDatabase::exec", F::Qt, R::Execute, DbObject).sql(0),
      Api("QSqlQuery::QSqlQuery", F::Qt, R::Execute).sql(0).arity(2),
      Api("QSqlQuery::prepare", F::Qt, R::Prepare, DbObject).sql(0),
      Api("QSqlQuery::exec", F::Qt, R::Execute, DbObject).sql(0).arity(1),
      Api("QSqlQuery::exec", F::Qt, R::Execute, DbObject).arity(0),
      Api("QSqlQuery::execBatch", F::Qt, R::Execute, DbObject),
      Api("QSqlQuery::bindValue", F::Qt, R::Bind, DbObject).values(1),
      Api("QSqlQuery::addBindValue", F::Qt, R::Bind, DbObject).values(0),
      Api("QSqlQuery::next", F::Qt, R::Step, DbObject),
      Api("QSqlQuery::previous", F::Qt, R::Step, DbObject),
      Api("QSqlQuery::first", F::Qt, R::Step, DbObject),
      Api("QSqlQuery::last", F::Qt, R::Step, DbObject),
      Api("QSqlQuery::seek", F::Qt, R::Step, DbObject),
      Api("QSqlQuery::value", F::Qt, R::Inspect, DbObject),
      Api("QSqlQuery::lastError", F::Qt, R::Inspect, DbObject),
      Api("QSqlQuery::isActive", F::Qt, R::Inspect, DbObject),
      Api("QSqlQuery::numRowsAffected", F::Qt, R::Inspect, DbObject),
      Api("QSqlQuery::lastInsertId", F::Qt, R::Inspect, DbObject),
      Api("QSqlQuery::finish", F::Qt, R::Reset, DbObject),
      Api("QSqlQuery::clear", F::Qt, R::Reset, DbObject),

      // ODBC 3 (and the W variants UNICODE builds call). SQLFreeHandle frees every kind of
      // handle; SQLDisconnect only closes the connection.
      Api("SQLAllocHandle", F::Odbc, R::Allocate, 1).acquires(Res::OdbcHandle, 2),
      Api("SQLFreeHandle", F::Odbc, R::Finalize, 1).releases(Res::OdbcHandle),
      Api("SQLConnect", F::Odbc, R::Connect, 0),
      Api("SQLConnectW", F::Odbc, R::Connect, 0),
      Api("SQLDriverConnect", F::Odbc, R::Connect, 0),
      Api("SQLDriverConnectW", F::Odbc, R::Connect, 0),
      Api("SQLDisconnect", F::Odbc, R::Close, 0),
      Api("SQLPrepare", F::Odbc, R::Prepare, 0).sql(1),
      Api("SQLPrepareW", F::Odbc, R::Prepare, 0).sql(1),
      Api("SQLExecDirect", F::Odbc, R::Execute, 0).sql(1),
      Api("SQLExecDirectW", F::Odbc, R::Execute, 0).sql(1),
      Api("SQLExecute", F::Odbc, R::Execute, 0),
      Api("SQLBindParameter", F::Odbc, R::Bind, 0).values(7),
      Api("SQLFetch", F::Odbc, R::Step, 0),
      Api("SQLFetchScroll", F::Odbc, R::Step, 0),
      Api("SQLGetData", F::Odbc, R::Inspect, 0),
      Api("SQLBindCol", F::Odbc, R::Inspect, 0),
      Api("SQLRowCount", F::Odbc, R::Inspect, 0),
      Api("SQLNumResultCols", F::Odbc, R::Inspect, 0),
      Api("SQLGetDiagRec", F::Odbc, R::Inspect, 1),
      Api("SQLGetDiagRecW", F::Odbc, R::Inspect, 1),
      Api("SQLSetEnvAttr", F::Odbc, R::Inspect, 0),
      Api("SQLSetConnectAttr", F::Odbc, R::Inspect, 0),
      Api("SQLSetStmtAttr", F::Odbc, R::Inspect, 0),
      Api("SQLEndTran", F::Odbc, R::Inspect, 1),
      Api("SQLFreeStmt", F::Odbc, R::Reset, 0),
      Api("SQLCloseCursor", F::Odbc, R::Reset, 0),
  };
  std::vector<DbApiFunction> Table;
  for (const Api &Row : Rows)
    Table.push_back(Row.Fn);
  return Table;
}

const std::vector<DbApiFunction> &table() {
  static const std::vector<DbApiFunction> Table = buildTable();
  return Table;
}

// "pqxx::connection::prepare" -> ("pqxx::connection", "prepare"); a C function has no scope.
std::pair<StringRef, StringRef> splitScope(StringRef Qualified) {
  size_t Pos = Qualified.rfind("::");
  if (Pos == StringRef::npos)
    return {"", Qualified};
  return {Qualified.take_front(Pos), Qualified.drop_front(Pos + 2)};
}

// Rows by unqualified name, so most calls are rejected by one hash lookup.
const llvm::StringMap<llvm::SmallVector<const DbApiFunction *, 2>> &index() {
  static const auto Index = [] {
    llvm::StringMap<llvm::SmallVector<const DbApiFunction *, 2>> Map;
    for (const DbApiFunction &Fn : table())
      Map[splitScope(Fn.Name).second].push_back(&Fn);
    return Map;
  }();
  return Index;
}

// The last component of a function's name as the table spells it.
std::string functionName(const FunctionDecl *FD) {
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    return Ctor->getParent()->getName().str();
  if (FD->getIdentifier())
    return FD->getName().str();
  if (FD->isOverloadedOperator())
    return FD->getDeclName().getAsString();
  return {};
}

bool consumeComponent(StringRef &Qualified, StringRef Name) {
  if (Name.empty() || !Qualified.consume_back(Name))
    return false;
  return Qualified.empty() || Qualified.consume_back("::");
}

// Does FD, a function named like Qualified's last component, live where Qualified says?
// Template arguments, `extern "C"` blocks and inline namespaces are not part of the name.
bool isDeclaredAt(const FunctionDecl *FD, StringRef Qualified) {
  StringRef Rest = splitScope(Qualified).first;
  for (const DeclContext *DC = FD->getDeclContext();; DC = DC->getParent()) {
    if (DC->isTransparentContext() || DC->isInlineNamespace())
      continue;
    if (DC->isTranslationUnit())
      return Rest.empty();
    const auto *ND = dyn_cast<NamedDecl>(DC);
    if (!ND || !ND->getIdentifier() || !(isa<NamespaceDecl>(DC) || isa<RecordDecl>(DC)))
      return false;
    if (!consumeComponent(Rest, ND->getName()))
      return false;
  }
}

} // namespace

llvm::ArrayRef<DbApiFunction> databaseApiFunctions() { return table(); }

const DbApiFunction *findDatabaseApi(const FunctionDecl *FD) {
  if (!FD)
    return nullptr;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD);
      Ctor && (Ctor->isCopyOrMoveConstructor() || !Ctor->getParent()->getIdentifier()))
    return nullptr;
  auto It = index().find(functionName(FD));
  if (It == index().end())
    return nullptr;
  for (const DbApiFunction *Fn : It->second)
    if ((Fn->Arity == DbNone || Fn->Arity == static_cast<int>(FD->getNumParams())) &&
        isDeclaredAt(FD, Fn->Name))
      return Fn;
  return nullptr;
}

const DbApiFunction *findDatabaseApi(const Expr *CallOrConstruct) {
  if (const auto *Call = dyn_cast_or_null<CallExpr>(CallOrConstruct))
    return findDatabaseApi(Call->getDirectCallee());
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(CallOrConstruct))
    return findDatabaseApi(Construct->getConstructor());
  return nullptr;
}

const Expr *databaseApiArg(const Expr *CallOrConstruct, int Index) {
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(CallOrConstruct))
    return Index >= 0 && static_cast<unsigned>(Index) < Construct->getNumArgs()
               ? Construct->getArg(Index)
               : nullptr;
  const auto *Call = dyn_cast<CallExpr>(CallOrConstruct);
  if (!Call)
    return nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
      Member && Index == DbObject)
    return Member->getImplicitObjectArgument();
  // A member operator's object is its argument 0.
  bool MemberOperator = isa<CXXOperatorCallExpr>(Call) &&
                        isa_and_nonnull<CXXMethodDecl>(Call->getDirectCallee());
  if (Index == DbObject)
    return MemberOperator ? Call->getArg(0) : nullptr;
  unsigned Position = Index + (MemberOperator ? 1 : 0);
  return Index >= 0 && Position < Call->getNumArgs() ? Call->getArg(Position) : nullptr;
}

const Expr *passedText(const Expr *E) {
  for (;;) {
    const Expr *Next = E->IgnoreImplicit()->IgnoreParenCasts();
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Next); Call && Call->getNumArgs() == 0) {
      const CXXMethodDecl *M = Call->getMethodDecl();
      if (M && (isa<CXXConversionDecl>(M) ||
                (M->getIdentifier() && llvm::is_contained({"c_str", "data"}, M->getName()))))
        Next = Call->getImplicitObjectArgument();
    } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Next);
               Construct && Construct->getNumArgs() == 1) {
      Next = Construct->getArg(0);
    }
    if (Next == E)
      return E;
    E = Next;
  }
}

const ValueDecl *handleVariable(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E); Call && Call->getNumArgs() == 0) {
    const CXXMethodDecl *M = Call->getMethodDecl();
    if (M && (isa<CXXConversionDecl>(M) || (M->getIdentifier() && M->getName() == "get")))
      return rootVariable(Call->getImplicitObjectArgument());
  }
  return rootVariable(E);
}

namespace {

std::vector<std::string> namesOf(llvm::function_ref<bool(const DbApiFunction &)> Which) {
  std::vector<std::string> Names;
  for (const DbApiFunction &Fn : table())
    if (Which(Fn))
      Names.push_back(("::" + Fn.Name).str());
  llvm::sort(Names);
  Names.erase(std::unique(Names.begin(), Names.end()), Names.end());
  return Names;
}

auto hasRole(std::initializer_list<DbRole> Roles) {
  return [Roles](const DbApiFunction &Fn) { return llvm::is_contained(Roles, Fn.Role); };
}

void registerDatabaseApi(MatchRegistry &Matchers,
                         llvm::function_ref<bool(const DbApiFunction &)> Which,
                         DbMatcherMaker Make, MatchRegistry::Callback *C, bool Constructions) {
  std::vector<std::string> Names = namesOf(Which);
  auto [Call, Construct] = callsAndConstructions(functionDecl(anyNameOf(Names)));
  Matchers.onCallsTo(Names, Make(Call), C);
  if (Constructions)
    Matchers.onConstructionsOf(Names, Make(Construct), C);
}

} // namespace

void onDatabaseApi(MatchRegistry &Matchers, llvm::function_ref<bool(const DbApiFunction &)> Which,
                   DbMatcherMaker Make, MatchRegistry::Callback *C) {
  registerDatabaseApi(Matchers, Which, Make, C, /*Constructions=*/true);
}

void onDatabaseApi(MatchRegistry &Matchers, std::initializer_list<DbRole> Roles,
                   DbMatcherMaker Make, MatchRegistry::Callback *C) {
  registerDatabaseApi(Matchers, hasRole(Roles), Make, C, /*Constructions=*/true);
}

void onDatabaseApiCalls(MatchRegistry &Matchers, std::initializer_list<DbRole> Roles,
                        DbMatcherMaker Make, MatchRegistry::Callback *C) {
  registerDatabaseApi(Matchers, hasRole(Roles), Make, C, /*Constructions=*/false);
}

std::array<internal::BindableMatcher<Stmt>, 2>
callsAndConstructions(const internal::Matcher<Decl> &Function) {
  return {callExpr(callee(Function)), cxxConstructExpr(hasDeclaration(Function))};
}

internal::BindableMatcher<Stmt> databaseApiCall(std::initializer_list<DbRole> Roles) {
  auto [Call, Construct] = callsAndConstructions(functionDecl(anyNameOf(namesOf(hasRole(Roles)))));
  return expr(anyOf(Call, Construct));
}

namespace {

std::optional<std::int64_t> successValue(const FunctionDecl *FD) {
  QualType T = FD->getReturnType();
  if (T->isPointerType())
    return 1;
  if (isa<CXXMethodDecl>(FD))
    return T->isBooleanType() ? std::optional<std::int64_t>(1) : std::nullopt;
  return T->isIntegralOrEnumerationType() ? std::optional<std::int64_t>(0) : std::nullopt;
}

// The variable a call's result is stored in: `T V = Call;` or `V = Call`.
const ValueDecl *storedIn(const Expr *Call, ASTContext &Ctx) {
  using Verdict = std::optional<const ValueDecl *>;
  return walkUp<const ValueDecl *>(
      *Call, Ctx, nullptr, [](const DynTypedNode &Parent, const DynTypedNode &Node) -> Verdict {
        if (const auto *VD = Parent.get<VarDecl>())
          return VD;
        const auto *E = Parent.get<Expr>();
        if (const auto *Op = dyn_cast_or_null<BinaryOperator>(E))
          return Op->getOpcode() == BO_Assign && Node.get<Expr>() == Op->getRHS()
                     ? rootVariable(Op->getLHS())
                     : nullptr;
        if (!E || !(isa<ImplicitCastExpr, ParenExpr, ExprWithCleanups, CXXBindTemporaryExpr,
                        MaterializeTemporaryExpr>(E)))
          return nullptr;
        return std::nullopt;
      });
}

bool isStatusOf(const CallExpr *Call, const ValueDecl *Handle) {
  const FunctionDecl *FD = Call->getDirectCallee();
  if (!FD || !FD->getIdentifier() || !Handle)
    return false;
  StringRef Name = FD->getName();
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    return rootVariable(Member->getImplicitObjectArgument()) == Handle &&
           llvm::is_contained({"isOpen", "is_open", "is_connected"}, Name);
  return Call->getNumArgs() >= 1 && rootVariable(Call->getArg(0)) == Handle &&
         llvm::is_contained({"PQstatus", "mysql_errno", "mysql_stmt_errno", "sqlite3_errcode"},
                            Name) &&
         findDatabaseApi(FD);
}

} // namespace

DbSuccess::DbSuccess(const Expr *Call, ASTContext &Ctx, Mode M, const Stmt *NotReassignedIn)
    : Call(Call), Fn(findDatabaseApi(Call)), M(M) {
  if (const auto *CE = dyn_cast<CallExpr>(Call); CE && CE->getDirectCallee())
    Value = successValue(CE->getDirectCallee());
  Status = storedIn(Call, Ctx);
  if (!Fn)
    return;
  if (Fn->Out >= 0)
    Handle = rootVariable(databaseApiArg(Call, Fn->Out));
  else if (Fn->Handle == DbObject)
    Handle = rootVariable(databaseApiArg(Call, DbObject));
  else if (Fn->Handle != DbNone && Fn->Role == DbRole::Connect)
    Handle = rootVariable(databaseApiArg(Call, Fn->Handle));
  else if ((Fn->Acquires != DbResource::None && Value == 1) || isa<CXXConstructExpr>(Call))
    Handle = Status; // the returned or constructed handle
  forEachDescendant(NotReassignedIn, [&](const Stmt *N) {
    const auto *Op = dyn_cast<BinaryOperator>(N);
    if (!Op || !Op->isAssignmentOp() || Op->getRHS()->IgnoreParenImpCasts() == Call)
      return;
    const ValueDecl *Target = rootVariable(Op->getLHS());
    if (Target && Target == Status)
      Status = nullptr;
    if (Target && Target == Handle)
      Handle = nullptr;
  });
}

std::optional<std::int64_t> DbSuccess::callValue() const {
  if (M == Worked || (Handle && Handle == Status))
    return Value;
  bool CreatesOnlyOnSuccess = Fn && Fn->Out >= 0 && Fn->Acquires != DbResource::SqliteDb;
  return CreatesOnlyOnSuccess ? Value : std::nullopt;
}

std::optional<std::int64_t> DbSuccess::operator()(const Expr *E) const {
  E = E->IgnoreParenImpCasts();
  if (E == Call->IgnoreParenImpCasts())
    return callValue();
  const ValueDecl *Var = rootVariable(E);
  if (Var && Var == Handle && E->getType()->isPointerType())
    return 1;
  if (Var && Var == Status && isa<DeclRefExpr, MemberExpr>(E))
    return callValue();
  if (const auto *Inner = dyn_cast<CallExpr>(E); Inner && M == Worked && isStatusOf(Inner, Handle))
    return isa<CXXMemberCallExpr>(Inner) ? 1 : 0;
  return std::nullopt;
}

} // namespace seniorlint
