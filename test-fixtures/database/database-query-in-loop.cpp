// Order and stock services on PostgreSQL (libpq) and MySQL; a local SQLite cache.
#include "order_report.h"
#include <libpq-fe.h>
#include <mysql/mysql.h>
#include <sqlite3.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace shop {

void logError(const char *What);

struct Order {
  int Id;
  std::string Number;
};

// --- libpq ----------------------------------------------------------------------------

// The classic N+1: the orders came from one query, their lines come from one query each.
int countLines(PGconn *Conn, const std::vector<Order> &Orders) {
  int Total = 0;
  for (const Order &O : Orders) {
    const char *Params[1] = {O.Number.c_str()};
    // expect: database-query-in-loop
    PGresult *Res = PQexecParams(Conn, "SELECT id FROM order_lines WHERE order_number = $1", 1,
                                 nullptr, Params, nullptr, nullptr, 0);
    if (PQresultStatus(Res) == PGRES_TUPLES_OK)
      Total += PQntuples(Res);
    PQclear(Res);
  }
  return Total;
}

// Rows of one result drive a prepared statement each: the index walks the rows.
void archiveCustomers(PGconn *Conn, PGresult *Customers) {
  for (int Row = 0; Row < PQntuples(Customers); ++Row) {
    const char *Params[1] = {PQgetvalue(Customers, Row, 0)};
    // expect: database-query-in-loop
    PGresult *Res = PQexecPrepared(Conn, "archive_customer", 1, Params, nullptr, nullptr, 0);
    if (PQresultStatus(Res) != PGRES_COMMAND_OK)
      logError(PQresultErrorMessage(Res));
    PQclear(Res);
  }
}

// Polling: the same query every time, nothing from the iteration reaches it.
void waitForQueue(PGconn *Conn, const volatile bool &Stopping) {
  while (!Stopping) {
    // ok: database-query-in-loop
    PGresult *Res = PQexec(Conn, "SELECT count(id) FROM jobs WHERE state = 'queued'");
    bool Ready = PQresultStatus(Res) == PGRES_TUPLES_OK && PQntuples(Res) > 0;
    PQclear(Res);
    if (Ready)
      return;
    sleep(1);
  }
}

// A fixed handful of statuses written out as a loop: three queries, whatever the data.
int countOpen(PGconn *Conn) {
  int Open = 0;
  for (const char *Status : {"new", "paid", "packed"}) {
    const char *Params[1] = {Status};
    // ok: database-query-in-loop
    PGresult *Res = PQexecParams(Conn, "SELECT id FROM orders WHERE status = $1", 1, nullptr,
                                 Params, nullptr, nullptr, 0);
    if (PQresultStatus(Res) == PGRES_TUPLES_OK)
      Open += PQntuples(Res);
    PQclear(Res);
  }
  return Open;
}

// Paging through one big result: one query per page of 500 rows, not per row.
int exportEvents(PGconn *Conn) {
  int Exported = 0;
  for (int Offset = 0;; Offset += 500) {
    const std::string Start = std::to_string(Offset);
    const char *Params[1] = {Start.c_str()};
    // ok: database-query-in-loop
    PGresult *Res = PQexecParams(Conn, "SELECT id, body FROM events ORDER BY id LIMIT 500 OFFSET $1",
                                 1, nullptr, Params, nullptr, nullptr, 0);
    int Rows = PQresultStatus(Res) == PGRES_TUPLES_OK ? PQntuples(Res) : 0;
    PQclear(Res);
    if (Rows == 0)
      return Exported;
    Exported += Rows;
  }
}

// Find the one order and load it: the query runs once, then the function returns.
int loadFirstUnpaid(PGconn *Conn, const std::vector<Order> &Orders, const std::string &Wanted) {
  for (const Order &O : Orders) {
    if (O.Number != Wanted)
      continue;
    const char *Params[1] = {O.Number.c_str()};
    // ok: database-query-in-loop
    PGresult *Res = PQexecParams(Conn, "SELECT id FROM payments WHERE order_number = $1", 1,
                                 nullptr, Params, nullptr, nullptr, 0);
    int Found = PQresultStatus(Res) == PGRES_TUPLES_OK ? PQntuples(Res) : -1;
    PQclear(Res);
    return Found;
  }
  return 0;
}

// --- MySQL ----------------------------------------------------------------------------

// Deferred binding: the MYSQL_BIND buffer points at Id, each execution sends the next value.
bool reserveStock(MYSQL *Conn, const std::vector<int> &ItemIds) {
  MYSQL_STMT *Stmt = mysql_stmt_init(Conn);
  if (!Stmt)
    return false;
  const char Sql[] = "SELECT quantity FROM stock WHERE item_id = ?";
  if (mysql_stmt_prepare(Stmt, Sql, sizeof Sql - 1) != 0) {
    mysql_stmt_close(Stmt);
    return false;
  }
  int Id = 0;
  MYSQL_BIND Bind[1] = {};
  Bind[0].buffer = &Id;
  if (mysql_stmt_bind_param(Stmt, Bind)) {
    mysql_stmt_close(Stmt);
    return false;
  }
  bool Ok = true;
  for (int Item : ItemIds) {
    Id = Item;
    // expect: database-query-in-loop
    if (mysql_stmt_execute(Stmt) != 0) {
      Ok = false;
      break;
    }
  }
  mysql_stmt_close(Stmt);
  return Ok;
}

// Rows of one result feed a statement bound inside the loop.
bool loadPrices(MYSQL *Conn, MYSQL_RES *Items, MYSQL_STMT *PriceOf) {
  MYSQL_ROW Row;
  while ((Row = mysql_fetch_row(Items))) {
    MYSQL_BIND Bind[1] = {};
    Bind[0].buffer = Row[0];
    if (mysql_stmt_bind_param(PriceOf, Bind))
      return false;
    // expect: database-query-in-loop
    if (mysql_stmt_execute(PriceOf) != 0) {
      logError(mysql_error(Conn));
      return false;
    }
  }
  return true;
}

// A keep-alive loop: the statement never changes with the iteration.
void keepAlive(MYSQL *Conn, int Rounds) {
  for (int I = 0; I < Rounds; ++I) {
    // ok: database-query-in-loop
    if (mysql_query(Conn, "SELECT 1") != 0)
      logError(mysql_error(Conn));
    sleep(30);
  }
}

// --- SQLite ---------------------------------------------------------------------------

// SQLite runs in this process: a query per element costs a function call, not a network
// round-trip, and is how SQLite is meant to be used.
bool cacheLookups(sqlite3_stmt *Lookup, const std::vector<int> &Ids) {
  for (int Id : Ids) {
    if (sqlite3_bind_int(Lookup, 1, Id) != SQLITE_OK)
      return false;
    // ok: database-query-in-loop
    if (sqlite3_step(Lookup) != SQLITE_ROW)
      return false;
    if (sqlite3_reset(Lookup) != SQLITE_OK)
      return false;
  }
  return true;
}

} // namespace shop
