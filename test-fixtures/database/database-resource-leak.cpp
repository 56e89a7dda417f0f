// Repositories and health checks on SQLite, PostgreSQL (libpq), MySQL and ODBC.
#include "session_store.h"
#include <libpq-fe.h>
#include <memory>
#include <mysql/mysql.h>
#include <sql.h>
#include <sqlext.h>
#include <sqlite3.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace repo {

void logError(const char *What);

// --- SQLite ---------------------------------------------------------------------------

// A failed bind returns early: the statement stays allocated. The failed prepare above it
// is fine: sqlite3_prepare_v2 leaves no statement behind when it fails.
int countByTenant(sqlite3 *Db, int Tenant) {
  sqlite3_stmt *Stmt = nullptr;
  // expect: database-resource-leak
  if (sqlite3_prepare_v2(Db, "SELECT count(id) FROM users WHERE tenant = ?1", -1, &Stmt,
                         nullptr) != SQLITE_OK)
    return -1;
  if (sqlite3_bind_int(Stmt, 1, Tenant) != SQLITE_OK)
    return -1;
  int Count = sqlite3_step(Stmt) == SQLITE_ROW ? sqlite3_column_int(Stmt, 0) : -1;
  sqlite3_finalize(Stmt);
  return Count;
}

// sqlite3_open allocates the handle even when it fails to open the file.
bool vacuum(const std::string &Path) {
  sqlite3 *Db = nullptr;
  // expect: database-resource-leak
  if (sqlite3_open(Path.c_str(), &Db) != SQLITE_OK) {
    logError(Db ? sqlite3_errmsg(Db) : "out of memory");
    return false;
  }
  bool Ok = sqlite3_exec(Db, "VACUUM", nullptr, nullptr, nullptr) == SQLITE_OK;
  sqlite3_close(Db);
  return Ok;
}

using StatementPtr = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

// An RAII owner finalizes on every path.
int countUsers(sqlite3 *Db) {
  sqlite3_stmt *Raw = nullptr;
  // ok: database-resource-leak
  if (sqlite3_prepare_v2(Db, "SELECT count(id) FROM users", -1, &Raw, nullptr) != SQLITE_OK)
    return -1;
  StatementPtr Stmt(Raw, &sqlite3_finalize);
  if (sqlite3_step(Stmt.get()) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int(Stmt.get(), 0);
}

// The caller owns the statement: it leaves through the out-parameter.
bool prepareLookup(sqlite3 *Db, sqlite3_stmt **Out) {
  // ok: database-resource-leak
  return sqlite3_prepare_v2(Db, "SELECT id FROM users WHERE name = ?1", -1, Out, nullptr) ==
         SQLITE_OK;
}

// --- libpq ----------------------------------------------------------------------------

// The error branch returns without PQclear.
std::string lookupEmail(PGconn *Conn, const std::string &Name) {
  const char *Params[1] = {Name.c_str()};
  // expect: database-resource-leak
  PGresult *Res = PQexecParams(Conn, "SELECT email FROM users WHERE name = $1", 1, nullptr,
                               Params, nullptr, nullptr, 0);
  if (PQresultStatus(Res) != PGRES_TUPLES_OK || PQntuples(Res) != 1)
    return std::string();
  std::string Email = PQgetvalue(Res, 0, 0);
  PQclear(Res);
  return Email;
}

// The result of BEGIN is read and dropped: nobody can PQclear it.
bool begin(PGconn *Conn) {
  // expect: database-resource-leak
  return PQresultStatus(PQexec(Conn, "BEGIN")) == PGRES_COMMAND_OK;
}

// PQfinish is needed even when the connection failed.
bool ping(const std::string &Conninfo) {
  // expect: database-resource-leak
  PGconn *Conn = PQconnectdb(Conninfo.c_str());
  if (PQstatus(Conn) != CONNECTION_OK) {
    logError(PQerrorMessage(Conn));
    return false;
  }
  PQfinish(Conn);
  return true;
}

// Cleared on every path, the null result of an out-of-memory included.
int countOrders(PGconn *Conn) {
  // ok: database-resource-leak
  PGresult *Res = PQexec(Conn, "SELECT id FROM orders");
  if (!Res)
    return -1;
  int Count = PQresultStatus(Res) == PGRES_TUPLES_OK ? PQntuples(Res) : -1;
  PQclear(Res);
  return Count;
}

// The caller gets the result and clears it.
PGresult *fetchOrders(PGconn *Conn) {
  // ok: database-resource-leak
  PGresult *Res = PQexec(Conn, "SELECT id FROM orders");
  if (PQresultStatus(Res) != PGRES_TUPLES_OK)
    logError(PQresultErrorMessage(Res));
  return Res;
}

// `continue` skips PQclear: the next iteration overwrites the unreleased result.
int countPaid(PGconn *Conn, const std::vector<std::string> &Months) {
  int Paid = 0;
  for (const std::string &Month : Months) {
    const char *Params[1] = {Month.c_str()};
    // expect: database-query-in-loop
    // expect: database-resource-leak
    PGresult *Res = PQexecParams(Conn, "SELECT id FROM invoices WHERE paid AND month = $1", 1,
                                 nullptr, Params, nullptr, nullptr, 0);
    if (PQresultStatus(Res) != PGRES_TUPLES_OK)
      continue;
    Paid += PQntuples(Res);
    PQclear(Res);
  }
  return Paid;
}

// --- MySQL ----------------------------------------------------------------------------

// An empty result returns early without mysql_free_result.
long countRows(MYSQL *Conn) {
  if (mysql_query(Conn, "SELECT id FROM orders") != 0)
    return -1;
  // expect: database-resource-leak
  MYSQL_RES *Res = mysql_store_result(Conn);
  if (Res == nullptr)
    return -1;
  long Rows = static_cast<long>(mysql_num_rows(Res));
  if (Rows == 0)
    return 0;
  mysql_free_result(Res);
  return Rows;
}

// A throw between mysql_store_result and mysql_free_result.
std::vector<std::string> names(MYSQL *Conn) {
  if (mysql_query(Conn, "SELECT name FROM users") != 0)
    throw std::runtime_error(mysql_error(Conn));
  // expect: database-resource-leak
  MYSQL_RES *Res = mysql_store_result(Conn);
  if (Res == nullptr)
    throw std::runtime_error(mysql_error(Conn));
  std::vector<std::string> Names;
  while (MYSQL_ROW Row = mysql_fetch_row(Res)) {
    if (!Row[0])
      throw std::runtime_error("user without a name");
    Names.push_back(Row[0]);
  }
  mysql_free_result(Res);
  return Names;
}

// The handle from mysql_init must be closed when mysql_real_connect fails too.
bool checkReplica(const char *Host, const char *User, const char *Password, const char *Db) {
  // expect: database-resource-leak
  MYSQL *Conn = mysql_init(nullptr);
  if (!Conn)
    return false;
  if (!mysql_real_connect(Conn, Host, User, Password, Db, 0, nullptr, 0)) {
    logError(mysql_error(Conn));
    return false;
  }
  bool Ok = mysql_query(Conn, "SELECT 1") == 0;
  mysql_close(Conn);
  return Ok;
}

// mysql_init on the caller's struct allocates nothing to close here.
bool initInPlace(MYSQL *Storage) {
  // ok: database-resource-leak
  return mysql_init(Storage) != nullptr;
}

// --- ODBC -----------------------------------------------------------------------------

// A failed SQLExecDirect returns with the statement handle still allocated.
bool countTickets(SQLHDBC Dbc, SQLLEN *Count) {
  SQLHSTMT Stmt = SQL_NULL_HSTMT;
  // expect: database-resource-leak
  if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, Dbc, &Stmt)))
    return false;
  if (!SQL_SUCCEEDED(SQLExecDirect(Stmt, (SQLCHAR *)"SELECT id FROM tickets", SQL_NTS)))
    return false;
  bool Ok = SQL_SUCCEEDED(SQLRowCount(Stmt, Count));
  SQLFreeHandle(SQL_HANDLE_STMT, Stmt);
  return Ok;
}

// A scope guard frees the handle on every path.
struct StatementGuard {
  SQLHSTMT Handle;
  ~StatementGuard() { SQLFreeHandle(SQL_HANDLE_STMT, Handle); }
};

bool countClosed(SQLHDBC Dbc, SQLLEN *Count) {
  SQLHSTMT Stmt = SQL_NULL_HSTMT;
  // ok: database-resource-leak
  if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, Dbc, &Stmt)))
    return false;
  StatementGuard Guard{Stmt};
  if (!SQL_SUCCEEDED(
          SQLExecDirect(Stmt, (SQLCHAR *)"SELECT id FROM tickets WHERE closed = 1", SQL_NTS)))
    return false;
  return SQL_SUCCEEDED(SQLRowCount(Stmt, Count));
}

} // namespace repo
