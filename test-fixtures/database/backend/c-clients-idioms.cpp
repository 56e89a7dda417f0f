// real-headers: yes
// The idioms C client code is written in: async libpq result loops, cursors, result helpers,
// mysql_init/mysql_real_connect factories, the ODBC handle ladder, and SQLite handles owned by
// smart pointers.
#include <cstdio>
#include <cstdlib>
#include <libpq-fe.h>
#include <memory>
#include <mysql/mysql.h>
#include <sql.h>
#include <sqlext.h>
#include <sqlite3.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace idioms {

bool resultOk(PGconn *Conn, PGresult *Res) {
  ExecStatusType S = PQresultStatus(Res);
  if (S == PGRES_COMMAND_OK || S == PGRES_TUPLES_OK)
    return true;
  std::fprintf(stderr, "query failed: %s", PQerrorMessage(Conn));
  return false;
}

// A connection factory: the handle is returned, and released on the failure path.
PGconn *openConnection(const char *Conninfo) {
  // ok: database-resource-leak
  PGconn *Conn = PQconnectdb(Conninfo);
  if (PQstatus(Conn) != CONNECTION_OK) {
    std::fprintf(stderr, "connect: %s", PQerrorMessage(Conn));
    PQfinish(Conn);
    return nullptr;
  }
  return Conn;
}

// Results of an asynchronous query, each cleared in the loop.
int drain(PGconn *Conn) {
  // ok: database-unchecked-result
  if (!PQsendQuery(Conn, "SELECT id FROM jobs WHERE state = 'queued'"))
    return -1;
  int Rows = 0;
  PGresult *Res;
  // ok: database-resource-leak
  while ((Res = PQgetResult(Conn)) != nullptr) {
    if (PQresultStatus(Res) == PGRES_TUPLES_OK)
      Rows += PQntuples(Res);
    PQclear(Res);
  }
  return Rows;
}

// A server-side cursor read in pages.
int exportAll(PGconn *Conn, std::FILE *Out) {
  if (!resultOk(Conn, PQexec(Conn, "BEGIN")))
    return -1;
  PGresult *Declare = PQexec(Conn, "DECLARE export_cur CURSOR FOR SELECT id, payload FROM events");
  bool Declared = resultOk(Conn, Declare);
  PQclear(Declare);
  if (!Declared)
    return -1;
  int Total = 0;
  for (;;) {
    // ok: database-query-in-loop, database-resource-leak
    PGresult *Page = PQexec(Conn, "FETCH 500 FROM export_cur");
    if (!resultOk(Conn, Page) || PQntuples(Page) == 0) {
      PQclear(Page);
      break;
    }
    for (int I = 0; I < PQntuples(Page); ++I)
      std::fprintf(Out, "%s\t%s\n", PQgetvalue(Page, I, 0), PQgetvalue(Page, I, 1));
    Total += PQntuples(Page);
    PQclear(Page);
  }
  PQclear(PQexec(Conn, "CLOSE export_cur"));
  PQclear(PQexec(Conn, "COMMIT"));
  return Total;
}

// A page at a time by keyset: one query per page, not per row.
void scanUsers(PGconn *Conn) {
  std::string Last = "0";
  for (;;) {
    const char *Values[] = {Last.c_str()};
    // ok: database-query-in-loop
    PGresult *Res = PQexecParams(Conn,
                                 "SELECT id FROM users WHERE id > $1 ORDER BY id LIMIT 1000", 1,
                                 nullptr, Values, nullptr, nullptr, 0);
    if (!resultOk(Conn, Res) || PQntuples(Res) == 0) {
      PQclear(Res);
      return;
    }
    Last = PQgetvalue(Res, PQntuples(Res) - 1, 0);
    PQclear(Res);
  }
}

// Classic mistake: a second write that the first one's failure does not stop, unwrapped.
void closeAccount(PGconn *Conn, const char *Id) {
  const char *Values[] = {Id};
  PQclear(PQexecParams(Conn, "UPDATE accounts SET closed = true WHERE id = $1", 1, nullptr,
                       Values, nullptr, nullptr, 0));
  // expect: database-missing-transaction
  PQclear(PQexecParams(Conn, "DELETE FROM sessions WHERE account = $1", 1, nullptr, Values,
                       nullptr, nullptr, 0));
}

void execOrThrow(PGconn *Conn, const char *Sql) {
  PGresult *Res = PQexec(Conn, Sql);
  bool Ok = resultOk(Conn, Res);
  PQclear(Res);
  if (!Ok)
    throw std::runtime_error(Sql);
}

// BEGIN and COMMIT sent through the project's helper.
void moveStock(PGconn *Conn) {
  execOrThrow(Conn, "BEGIN");
  PQclear(PQexec(Conn, "UPDATE stock SET qty = qty - 1 WHERE sku = 'a'"));
  // ok: database-missing-transaction
  PQclear(PQexec(Conn, "UPDATE stock SET qty = qty + 1 WHERE sku = 'b'"));
  execOrThrow(Conn, "COMMIT");
}

// Classic mistake: a log line that says "Begin" is not a transaction.
void moveStockLogged(PGconn *Conn) {
  std::puts("Begin stock move");
  PQclear(PQexec(Conn, "UPDATE stock SET qty = qty - 1 WHERE sku = 'a'"));
  // expect: database-missing-transaction
  PQclear(PQexec(Conn, "UPDATE stock SET qty = qty + 1 WHERE sku = 'b'"));
}

// Two report sections: a loop over a two-element array is two statements written compactly.
void sectionTotals(PGconn *Conn) {
  const char *Sections[] = {"sales", "returns"};
  for (const char *S : Sections) {
    const char *Values[] = {S};
    // ok: database-query-in-loop
    PGresult *Res = PQexecParams(Conn, "SELECT sum(amount) FROM ledger WHERE section = $1", 1,
                                 nullptr, Values, nullptr, nullptr, 0);
    if (resultOk(Conn, Res))
      std::printf("%s %s\n", S, PQgetvalue(Res, 0, 0));
    PQclear(Res);
  }
}

// Classic mistake: the lines of every order fetched one order at a time.
void orderLines(PGconn *Conn) {
  PGresult *Orders = PQexec(Conn, "SELECT id FROM orders WHERE state = 'open'");
  if (!resultOk(Conn, Orders)) {
    PQclear(Orders);
    return;
  }
  for (int I = 0; I < PQntuples(Orders); ++I) {
    const char *Values[] = {PQgetvalue(Orders, I, 0)};
    // expect: database-query-in-loop
    PGresult *Lines = PQexecParams(Conn, "SELECT sku FROM order_lines WHERE order_id = $1", 1,
                                   nullptr, Values, nullptr, nullptr, 0);
    PQclear(Lines);
  }
  PQclear(Orders);
}

// --- MySQL ---------------------------------------------------------------------------------

MYSQL *mysqlConnect() {
  // ok: database-resource-leak
  MYSQL *M = mysql_init(nullptr);
  if (!M)
    return nullptr;
  // ok: database-unchecked-result, database-hardcoded-connection-string
  if (!mysql_real_connect(M, std::getenv("DB_HOST"), std::getenv("DB_USER"),
                          std::getenv("DB_PASS"), "shop", 3306, nullptr, 0)) {
    std::fprintf(stderr, "connect: %s\n", mysql_error(M));
    mysql_close(M);
    return nullptr;
  }
  return M;
}

// The status read right after through mysql_errno on the same handle.
long lastInsertedOrder(MYSQL *M) {
  // ok: database-unchecked-result
  mysql_query(M, "SELECT max(id) FROM orders");
  if (mysql_errno(M) != 0)
    return -1;
  // ok: database-resource-leak, database-unchecked-result
  MYSQL_RES *Res = mysql_store_result(M);
  if (Res == nullptr)
    return -1;
  MYSQL_ROW Row = mysql_fetch_row(Res);
  long Id = Row && Row[0] ? std::atol(Row[0]) : -1;
  mysql_free_result(Res);
  return Id;
}

// Classic mistake: credentials written at the call.
MYSQL *mysqlConnectProd() {
  // ok: database-resource-leak
  MYSQL *M = mysql_init(nullptr);
  // ok: database-unchecked-result
  // expect: database-hardcoded-connection-string
  if (M && !mysql_real_connect(M, "10.20.0.15", "shop", "Sh0pPassw0rd", "shop", 3306, nullptr,
                               0)) {
    mysql_close(M);
    return nullptr;
  }
  return M;
}

// --- ODBC ----------------------------------------------------------------------------------

// The handle ladder: environment, connection, statement, each freed in reverse.
int odbcCount(const char *Dsn) {
  SQLHENV Env = SQL_NULL_HENV;
  SQLHDBC Dbc = SQL_NULL_HDBC;
  SQLHSTMT St = SQL_NULL_HSTMT;
  int Count = -1;
  // ok: database-resource-leak
  if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &Env)))
    return -1;
  SQLSetEnvAttr(Env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)SQL_OV_ODBC3, 0);
  // ok: database-resource-leak
  if (SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_DBC, Env, &Dbc))) {
    // ok: database-unchecked-result, database-hardcoded-connection-string
    if (SQL_SUCCEEDED(SQLDriverConnect(Dbc, nullptr, (SQLCHAR *)Dsn, SQL_NTS, nullptr, 0,
                                       nullptr, SQL_DRIVER_NOPROMPT))) {
      // ok: database-resource-leak
      if (SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, Dbc, &St))) {
        SQLINTEGER N = 0;
        SQLLEN Ind = 0;
        // ok: database-unchecked-result
        if (SQL_SUCCEEDED(SQLExecDirect(St, (SQLCHAR *)"SELECT count(id) FROM invoices",
                                        SQL_NTS)) &&
            SQL_SUCCEEDED(SQLFetch(St)) &&
            SQL_SUCCEEDED(SQLGetData(St, 1, SQL_C_SLONG, &N, 0, &Ind)))
          Count = N;
        SQLFreeHandle(SQL_HANDLE_STMT, St);
      }
      SQLDisconnect(Dbc);
    }
    SQLFreeHandle(SQL_HANDLE_DBC, Dbc);
  }
  SQLFreeHandle(SQL_HANDLE_ENV, Env);
  return Count;
}

// Classic mistakes: an ignored execution status and a password in the connection string.
void odbcPurge(SQLHDBC Dbc) {
  SQLHSTMT St = SQL_NULL_HSTMT;
  // ok: database-unchecked-result
  if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, Dbc, &St)))
    return;
  // expect: database-unchecked-result
  SQLExecDirect(St, (SQLCHAR *)"DELETE FROM invoices WHERE exported = 1", SQL_NTS);
  SQLFreeHandle(SQL_HANDLE_STMT, St);
}

bool odbcConnectProd(SQLHDBC Dbc) {
  // ok: database-unchecked-result
  // expect: database-hardcoded-connection-string
  return SQL_SUCCEEDED(SQLDriverConnect(
      Dbc, nullptr,
      (SQLCHAR *)"Driver={PostgreSQL};Server=billing.db.prod;Database=billing;UID=app;PWD=x9!k",
      SQL_NTS, nullptr, 0, nullptr, SQL_DRIVER_NOPROMPT));
}

// --- SQLite owned by smart pointers -----------------------------------------------------------

using DbPtr = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;

DbPtr openDb(const std::string &Path) {
  sqlite3 *Raw = nullptr;
  // ok: database-resource-leak
  int Rc = sqlite3_open_v2(Path.c_str(), &Raw, SQLITE_OPEN_READWRITE, nullptr);
  DbPtr Db(Raw, &sqlite3_close);
  if (Rc != SQLITE_OK)
    throw std::runtime_error(sqlite3_errmsg(Raw));
  // ok: database-unchecked-result
  if (sqlite3_exec(Db.get(), "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr) != SQLITE_OK)
    throw std::runtime_error(sqlite3_errmsg(Db.get()));
  return Db;
}

// Classic mistake: a transaction begun without looking whether BEGIN worked.
bool bulkTag(sqlite3 *Db, const std::vector<long long> &Ids) {
  // expect: database-unchecked-result
  sqlite3_exec(Db, "BEGIN", nullptr, nullptr, nullptr);
  sqlite3_stmt *St = nullptr;
  // ok: database-resource-leak
  if (sqlite3_prepare_v2(Db, "UPDATE items SET tagged = 1 WHERE id = ?1", -1, &St, nullptr) !=
      SQLITE_OK) {
    sqlite3_exec(Db, "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
  }
  for (long long Id : Ids) {
    if (sqlite3_bind_int64(St, 1, Id) != SQLITE_OK || sqlite3_step(St) != SQLITE_DONE) {
      sqlite3_finalize(St);
      sqlite3_exec(Db, "ROLLBACK", nullptr, nullptr, nullptr);
      return false;
    }
    sqlite3_reset(St);
  }
  sqlite3_finalize(St);
  return sqlite3_exec(Db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace idioms
