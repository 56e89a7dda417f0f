// real-headers: yes
#include "unchecked_result_cache.h"
#include <libpq-fe.h>
#include <mysql/mysql.h>
#include <sqlext.h>
#include <sqlite3.h>
#include <string>

namespace orders {

void logError(const char *What, const char *Detail);
bool expectTuples(PGresult *Res);

struct Order {
  int Id;
  std::string Status;
};

// --- SQLite ---------------------------------------------------------------------------

class OrderRepository {
public:
  explicit OrderRepository(sqlite3 *Db) : Db(Db) {}

  // A status-update handler that never learns the UPDATE failed (SQLITE_BUSY, a constraint).
  void markShipped(const Order &O) {
    sqlite3_stmt *Stmt = nullptr;
    if (sqlite3_prepare_v2(Db, "UPDATE orders SET status = 'shipped' WHERE id = ?1", -1, &Stmt,
                           nullptr) != SQLITE_OK) {
      logError("prepare", sqlite3_errmsg(Db));
      return;
    }
    // expect: database-unchecked-result
    sqlite3_bind_int(Stmt, 1, O.Id);
    // expect: database-unchecked-result
    sqlite3_step(Stmt);
    sqlite3_finalize(Stmt);
  }

  // The status lands in a variable, but the next call overwrites it unread.
  int rename(int Id, const std::string &Name) {
    sqlite3_stmt *Stmt = nullptr;
    int Rc = sqlite3_prepare_v2(Db, "UPDATE orders SET name = ?1 WHERE id = ?2", -1, &Stmt,
                                nullptr);
    if (Rc != SQLITE_OK)
      return Rc;
    // expect: database-unchecked-result
    Rc = sqlite3_bind_text(Stmt, 1, Name.c_str(), -1, SQLITE_TRANSIENT);
    Rc = sqlite3_bind_int(Stmt, 2, Id);
    // ok: database-unchecked-result
    if (Rc == SQLITE_OK)
      Rc = sqlite3_step(Stmt);
    sqlite3_finalize(Stmt);
    return Rc == SQLITE_DONE ? SQLITE_OK : Rc;
  }

  // Checked the usual ways: compared, assigned then compared, through a helper.
  int archive(int Id) {
    sqlite3_stmt *Stmt = nullptr;
    // ok: database-unchecked-result
    int Rc = sqlite3_prepare_v2(Db, "UPDATE orders SET archived = 1 WHERE id = ?1", -1, &Stmt,
                                nullptr);
    if (Rc != SQLITE_OK)
      return Rc;
    // ok: database-unchecked-result
    if ((Rc = sqlite3_bind_int(Stmt, 1, Id)) == SQLITE_OK)
      // ok: database-unchecked-result
      Rc = sqlite3_step(Stmt);
    sqlite3_finalize(Stmt);
    return check(Rc == SQLITE_DONE ? SQLITE_OK : Rc);
  }

  // Best effort on purpose, and said so with (void).
  void warmUp() {
    // ok: database-unchecked-result
    (void)sqlite3_exec(Db, "PRAGMA optimize", nullptr, nullptr, nullptr);
  }

private:
  int check(int Rc) {
    if (Rc != SQLITE_OK)
      logError("sqlite", sqlite3_errmsg(Db));
    return Rc;
  }
  sqlite3 *Db;
};

// --- libpq ------------------------------------------------------------------------------

int countOpenOrders(PGconn *Conn) {
  PGresult *Res = PQexec(Conn, "SELECT count(*) FROM orders WHERE status = 'open'");
  // expect: database-unchecked-result
  int Count = std::stoi(PQgetvalue(Res, 0, 0));
  PQclear(Res);
  return Count;
}

int countCustomers(PGconn *Conn) {
  PGresult *Res = PQexec(Conn, "SELECT count(*) FROM customers");
  // ok: database-unchecked-result
  if (PQresultStatus(Res) != PGRES_TUPLES_OK || PQntuples(Res) != 1) {
    logError("count", PQresultErrorMessage(Res));
    PQclear(Res);
    return -1;
  }
  int Count = std::stoi(PQgetvalue(Res, 0, 0));
  PQclear(Res);
  return Count;
}

// Checked by a project helper: silent.
int countInvoices(PGconn *Conn) {
  PGresult *Res = PQexec(Conn, "SELECT count(*) FROM invoices");
  int Count = -1;
  if (expectTuples(Res))
    // ok: database-unchecked-result
    Count = PQntuples(Res);
  PQclear(Res);
  return Count;
}

// --- MySQL --------------------------------------------------------------------------------

int listCarriers(MYSQL *Db) {
  // expect: database-unchecked-result
  mysql_query(Db, "SELECT name FROM carriers ORDER BY name");
  MYSQL_RES *Rows = mysql_store_result(Db);
  int Count = 0;
  // expect: database-unchecked-result
  while (mysql_fetch_row(Rows))
    ++Count;
  mysql_free_result(Rows);
  return Count;
}

int listWarehouses(MYSQL *Db) {
  // ok: database-unchecked-result
  if (mysql_query(Db, "SELECT name FROM warehouses") != 0) {
    logError("query", mysql_error(Db));
    return -1;
  }
  MYSQL_RES *Rows = mysql_store_result(Db);
  if (Rows == nullptr)
    return -1;
  // ok: database-unchecked-result
  int Count = static_cast<int>(mysql_num_rows(Rows));
  mysql_free_result(Rows);
  return Count;
}

int countZones(MYSQL *Db) {
  if (mysql_query(Db, "SELECT id FROM zones") != 0)
    return -1;
  MYSQL_RES *Rows = mysql_store_result(Db);
  if (!Rows)
    return -1;
  int Count = 0;
  // ok: database-unchecked-result
  while (mysql_fetch_row(Rows))
    ++Count;
  mysql_free_result(Rows);
  return Count;
}

// The status is read back through mysql_errno() on the same connection.
bool closeCarrier(MYSQL *Db) {
  // ok: database-unchecked-result
  mysql_query(Db, "UPDATE carriers SET active = 0 WHERE name = 'legacy'");
  if (mysql_errno(Db) != 0) {
    logError("close carrier", mysql_error(Db));
    return false;
  }
  return true;
}

MYSQL *connectReplica(MYSQL *Db, const char *Host, const char *User, const char *Password) {
  // expect: database-unchecked-result
  mysql_real_connect(Db, Host, User, Password, "orders", 0, nullptr, 0);
  return Db;
}

// --- ODBC ---------------------------------------------------------------------------------

bool purgeDrafts(SQLHSTMT Stmt) {
  // expect: database-unchecked-result
  SQLExecDirect(Stmt, (SQLCHAR *)"DELETE FROM drafts WHERE age_days > 30", SQL_NTS);
  return true;
}

bool purgeCarts(SQLHSTMT Stmt) {
  // ok: database-unchecked-result
  SQLRETURN Rc = SQLExecDirect(Stmt, (SQLCHAR *)"DELETE FROM carts WHERE age_days > 7", SQL_NTS);
  return SQL_SUCCEEDED(Rc);
}

} // namespace orders
