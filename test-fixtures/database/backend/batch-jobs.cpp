// Batch jobs as they are first written and as review fixes them: statements prepared per row,
// handles lost on `continue` and on throw, next to the versions that prepare once and own
// their handles.
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <libpq-fe.h>
#include <memory>
#include <mysql/mysql.h>
#include <pqxx/pqxx>
#include <sql.h>
#include <sqlext.h>
#include <sqlite3.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace batch {

struct Row {
  std::string Key;
  int Value;
};

// --- prepared per row (the mistake) and once (the fix) ------------------------------------

void pgImport(PGconn *Conn, const std::vector<Row> &Rows) {
  for (const Row &R : Rows) {
    // expect: database-prepare-in-loop
    PGresult *Prep = PQprepare(Conn, "ins_kv", "INSERT INTO kv(k, v) VALUES ($1, $2)", 2, nullptr);
    PQclear(Prep);
    std::string V = std::to_string(R.Value);
    const char *Values[] = {R.Key.c_str(), V.c_str()};
    // expect: database-query-in-loop
    PQclear(PQexecPrepared(Conn, "ins_kv", 2, Values, nullptr, nullptr, 0));
  }
}

void qtImport(QSqlDatabase &Db, const std::vector<Row> &Rows) {
  QSqlQuery Q(Db);
  for (const Row &R : Rows) {
    // expect: database-prepare-in-loop
    if (!Q.prepare("INSERT INTO kv(k, v) VALUES (?, ?)"))
      return;
    Q.addBindValue(QString(R.Key.c_str()));
    Q.addBindValue(R.Value);
    // expect: database-query-in-loop
    if (!Q.exec())
      return;
  }
}

void mysqlImport(MYSQL *Db, const std::vector<Row> &Rows) {
  static const char Sql[] = "INSERT INTO kv(k, v) VALUES (?, ?)";
  // ok: database-resource-leak
  MYSQL_STMT *St = mysql_stmt_init(Db);
  if (!St)
    return;
  for (const Row &R : Rows) {
    // expect: database-prepare-in-loop
    if (mysql_stmt_prepare(St, Sql, sizeof Sql - 1) != 0)
      break;
    MYSQL_BIND Bind[2];
    std::memset(Bind, 0, sizeof Bind);
    int Value = R.Value;
    Bind[0].buffer_type = MYSQL_TYPE_STRING;
    Bind[0].buffer = const_cast<char *>(R.Key.c_str());
    Bind[0].buffer_length = R.Key.size();
    Bind[1].buffer_type = MYSQL_TYPE_LONG;
    Bind[1].buffer = &Value;
    // expect: database-query-in-loop
    if (mysql_stmt_bind_param(St, Bind) || mysql_stmt_execute(St) != 0)
      break;
  }
  mysql_stmt_close(St);
}

void odbcImport(SQLHSTMT St, const std::vector<Row> &Rows) {
  for (const Row &R : Rows) {
    SQLINTEGER Value = R.Value;
    // expect: database-prepare-in-loop
    if (!SQL_SUCCEEDED(SQLPrepare(St, (SQLCHAR *)"UPDATE kv SET v = ? WHERE k = 'x'", SQL_NTS)))
      return;
    if (!SQL_SUCCEEDED(SQLBindParameter(St, 1, SQL_PARAM_INPUT, SQL_C_SLONG, SQL_INTEGER, 0, 0,
                                        &Value, 0, nullptr)))
      return;
    // expect: database-query-in-loop
    if (!SQL_SUCCEEDED(SQLExecute(St)))
      return;
  }
}

void pqxxImport(pqxx::connection &C, const std::vector<Row> &Rows) {
  pqxx::work Tx(C);
  for (const Row &R : Rows) {
    // expect: database-prepare-in-loop
    C.prepare("ins_kv", "INSERT INTO kv(k, v) VALUES ($1, $2)");
    // expect: database-query-in-loop
    Tx.exec_prepared0("ins_kv", R.Key, R.Value);
  }
  Tx.commit();
}

// Each statement of a list prepared in turn: different text every iteration.
bool runScript(sqlite3 *Db, const std::vector<std::string> &Statements) {
  for (const std::string &Text : Statements) {
    sqlite3_stmt *St = nullptr;
    // ok: database-prepare-in-loop, database-sql-injection, database-resource-leak
    if (sqlite3_prepare_v2(Db, Text.c_str(), -1, &St, nullptr) != SQLITE_OK)
      return false;
    int Rc = sqlite3_step(St);
    sqlite3_finalize(St);
    if (Rc != SQLITE_DONE && Rc != SQLITE_ROW)
      return false;
  }
  return true;
}

// --- handles lost (the mistake) and owned (the fix) ---------------------------------------

// A result skipped by `continue` is overwritten on the next iteration.
int countEmpty(PGconn *Conn, const std::vector<std::string> &Tables) {
  int Empty = 0;
  for (const std::string &T : Tables) {
    char *Name = PQescapeIdentifier(Conn, T.c_str(), T.size());
    if (!Name)
      continue;
    std::string Sql = std::string("SELECT 1 FROM ") + Name + " LIMIT 1";
    PQfreemem(Name);
    // expect: database-resource-leak
    // ok: database-query-in-loop
    PGresult *Res = PQexec(Conn, Sql.c_str());
    if (PQresultStatus(Res) != PGRES_TUPLES_OK)
      continue;
    Empty += PQntuples(Res) == 0;
    PQclear(Res);
  }
  return Empty;
}

// The same loop with the result owned by a unique_ptr.
int countEmptyOwned(PGconn *Conn, const std::vector<std::string> &Tables) {
  int Empty = 0;
  for (const std::string &T : Tables) {
    std::unique_ptr<char, decltype(&PQfreemem)> Name(
        PQescapeIdentifier(Conn, T.c_str(), T.size()), &PQfreemem);
    if (!Name)
      continue;
    std::string Sql = std::string("SELECT 1 FROM ") + Name.get() + " LIMIT 1";
    // ok: database-resource-leak, database-query-in-loop
    std::unique_ptr<PGresult, decltype(&PQclear)> Res(PQexec(Conn, Sql.c_str()), &PQclear);
    if (PQresultStatus(Res.get()) != PGRES_TUPLES_OK)
      continue;
    Empty += PQntuples(Res.get()) == 0;
  }
  return Empty;
}

// A MySQL result lost when the parse throws.
long sumAmounts(MYSQL *Db) {
  if (mysql_query(Db, "SELECT amount FROM payments") != 0)
    throw std::runtime_error(mysql_error(Db));
  // expect: database-resource-leak
  MYSQL_RES *Res = mysql_store_result(Db);
  if (!Res)
    throw std::runtime_error(mysql_error(Db));
  long Sum = 0;
  while (MYSQL_ROW Row = mysql_fetch_row(Res)) {
    if (!Row[0])
      throw std::runtime_error("null amount");
    Sum += std::atol(Row[0]);
  }
  mysql_free_result(Res);
  return Sum;
}

// An ODBC statement handle lost on the early return.
bool exportOne(SQLHDBC Dbc, int Id) {
  SQLHSTMT St = SQL_NULL_HSTMT;
  // expect: database-resource-leak
  if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, Dbc, &St)))
    return false;
  SQLINTEGER Key = Id;
  if (!SQL_SUCCEEDED(SQLBindParameter(St, 1, SQL_PARAM_INPUT, SQL_C_SLONG, SQL_INTEGER, 0, 0,
                                      &Key, 0, nullptr)))
    return false;
  bool Ok = SQL_SUCCEEDED(
      SQLExecDirect(St, (SQLCHAR *)"UPDATE invoices SET exported = 1 WHERE id = ?", SQL_NTS));
  SQLFreeHandle(SQL_HANDLE_STMT, St);
  return Ok;
}

} // namespace batch
