// real-headers: yes
#include "missing_transaction_ledger.h"
#include <libpq-fe.h>
#include <mysql/mysql.h>
#include <sqlext.h>
#include <sqlite3.h>

// As GoogleTest declares it.
namespace testing {
class Test {
public:
  virtual ~Test();

protected:
  virtual void SetUp();
  virtual void TestBody() = 0;
};
} // namespace testing

namespace shop {

int check(int Rc);
bool commandOk(PGresult *Res); // checks PGRES_COMMAND_OK and clears the result
bool succeeded(SQLRETURN Rc);

// The project's RAII transaction: BEGIN in the constructor, ROLLBACK unless committed.
class ScopedTransaction {
public:
  explicit ScopedTransaction(sqlite3 *Db);
  ~ScopedTransaction();
  int commit();
};

// --- SQLite -------------------------------------------------------------------------------

// An order and its first line: a failure in between leaves an order without lines.
int placeOrder(sqlite3 *Db) {
  if (check(sqlite3_exec(Db, "INSERT INTO orders (id, customer_id) VALUES (1, 7)", nullptr,
                         nullptr, nullptr)) != SQLITE_OK)
    return SQLITE_ERROR;
  // expect: database-missing-transaction
  return check(sqlite3_exec(Db, "  insert into order_lines (order_id, sku) VALUES (1, 42)",
                            nullptr, nullptr, nullptr));
}

// One prepared INSERT stepped twice: two statements, two commits.
int recordLogin(sqlite3 *Db, int UserId) {
  sqlite3_stmt *Audit = nullptr;
  if (check(sqlite3_prepare_v2(Db, "/* audit */ INSERT INTO audit (user_id, event) VALUES (?, ?)",
                               -1, &Audit, nullptr)) != SQLITE_OK) {
    sqlite3_finalize(Audit);
    return SQLITE_ERROR;
  }
  check(sqlite3_bind_int(Audit, 1, UserId));
  check(sqlite3_bind_text(Audit, 2, "login", -1, SQLITE_STATIC));
  check(sqlite3_step(Audit));
  check(sqlite3_reset(Audit));
  check(sqlite3_bind_text(Audit, 2, "session-start", -1, SQLITE_STATIC));
  // expect: database-missing-transaction
  check(sqlite3_step(Audit));
  return check(sqlite3_finalize(Audit));
}

// Near miss: BEGIN first.
int placeOrderAtomically(sqlite3 *Db) {
  if (check(sqlite3_exec(Db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr)) != SQLITE_OK)
    return SQLITE_ERROR;
  int Rc = check(sqlite3_exec(Db, "INSERT INTO orders (id, customer_id) VALUES (2, 7)", nullptr,
                              nullptr, nullptr));
  if (Rc == SQLITE_OK)
    // ok: database-missing-transaction
    Rc = check(sqlite3_exec(Db, "INSERT INTO order_lines (order_id, sku) VALUES (2, 42)",
                            nullptr, nullptr, nullptr));
  return check(sqlite3_exec(Db, Rc == SQLITE_OK ? "COMMIT" : "ROLLBACK", nullptr, nullptr,
                            nullptr));
}

// Near miss: the project's transaction object.
int renameCustomer(sqlite3 *Db) {
  ScopedTransaction Tx(Db);
  check(sqlite3_exec(Db, "UPDATE customers SET name = 'ACME' WHERE id = 7", nullptr, nullptr,
                     nullptr));
  // ok: database-missing-transaction
  check(sqlite3_exec(Db, "UPDATE invoices SET customer_name = 'ACME' WHERE customer_id = 7",
                     nullptr, nullptr, nullptr));
  return Tx.commit();
}

// Near miss: an upsert takes one branch or the other, never both.
int touchVisit(sqlite3 *Db, bool Known) {
  if (Known)
    return check(sqlite3_exec(Db, "UPDATE visits SET count = count + 1 WHERE page = 'home'",
                              nullptr, nullptr, nullptr));
  // ok: database-missing-transaction
  return check(sqlite3_exec(Db, "INSERT INTO visits (page, count) VALUES ('home', 1)", nullptr,
                            nullptr, nullptr));
}

// Near miss: one write and a read.
int closeOrder(sqlite3 *Db) {
  check(sqlite3_exec(Db, "SELECT id FROM orders WHERE id = 1", nullptr, nullptr, nullptr));
  // ok: database-missing-transaction
  return check(sqlite3_exec(Db, "UPDATE orders SET closed = 1 WHERE id = 1", nullptr, nullptr,
                            nullptr));
}

// Near miss: seeding a test database in a GoogleTest fixture.
class OrderServiceTest : public testing::Test {
protected:
  void SetUp() override {
    check(sqlite3_exec(Db, "INSERT INTO customers (id, name) VALUES (7, 'ACME')", nullptr,
                       nullptr, nullptr));
    // ok: database-missing-transaction
    check(sqlite3_exec(Db, "INSERT INTO orders (id, customer_id) VALUES (1, 7)", nullptr,
                       nullptr, nullptr));
  }
  sqlite3 *Db = nullptr;
};

// --- libpq --------------------------------------------------------------------------------

bool moveStock(PGconn *Conn) {
  if (!commandOk(PQexec(Conn, "UPDATE stock SET quantity = quantity - 1 WHERE sku = 42")))
    return false;
  // expect: database-missing-transaction
  return commandOk(PQexec(Conn, "UPDATE stock SET reserved = reserved + 1 WHERE sku = 42"));
}

bool moveStockAtomically(PGconn *Conn) {
  if (!commandOk(PQexec(Conn, "BEGIN")))
    return false;
  bool Ok = commandOk(PQexec(Conn, "UPDATE stock SET quantity = quantity - 1 WHERE sku = 43"));
  // ok: database-missing-transaction
  Ok = Ok && commandOk(PQexec(Conn, "UPDATE stock SET reserved = reserved + 1 WHERE sku = 43"));
  return commandOk(PQexec(Conn, Ok ? "COMMIT" : "ROLLBACK")) && Ok;
}

// --- MySQL --------------------------------------------------------------------------------

bool emptyCart(MYSQL *Db) {
  if (mysql_query(Db, "DELETE FROM cart_items WHERE cart_id = 5") != 0)
    return false;
  // expect: database-missing-transaction
  return mysql_query(Db, "DELETE FROM carts WHERE id = 5") == 0;
}

bool emptyCartAtomically(MYSQL *Db) {
  if (mysql_autocommit(Db, 0))
    return false;
  bool Ok = mysql_query(Db, "DELETE FROM cart_items WHERE cart_id = 6") == 0;
  // ok: database-missing-transaction
  Ok = Ok && mysql_query(Db, "DELETE FROM carts WHERE id = 6") == 0;
  return Ok ? !mysql_commit(Db) : !mysql_rollback(Db);
}

// --- ODBC ---------------------------------------------------------------------------------

bool retireProduct(SQLHSTMT Stmt) {
  if (!succeeded(SQLExecDirect(Stmt, (SQLCHAR *)"UPDATE products SET active = 0 WHERE id = 9",
                               SQL_NTS)))
    return false;
  // expect: database-missing-transaction
  return succeeded(SQLExecDirect(Stmt, (SQLCHAR *)"DELETE FROM listings WHERE product_id = 9",
                                 SQL_NTS));
}

bool retireProductAtomically(SQLHDBC Conn, SQLHSTMT Stmt) {
  if (!succeeded(SQLSetConnectAttr(Conn, SQL_ATTR_AUTOCOMMIT, (SQLPOINTER)SQL_AUTOCOMMIT_OFF,
                                   SQL_IS_UINTEGER)))
    return false;
  bool Ok = succeeded(
      SQLExecDirect(Stmt, (SQLCHAR *)"UPDATE products SET active = 0 WHERE id = 10", SQL_NTS));
  // ok: database-missing-transaction
  Ok = Ok && succeeded(SQLExecDirect(
                 Stmt, (SQLCHAR *)"DELETE FROM listings WHERE product_id = 10", SQL_NTS));
  return succeeded(SQLEndTran(SQL_HANDLE_DBC, Conn, Ok ? SQL_COMMIT : SQL_ROLLBACK)) && Ok;
}

// Near miss: one prepared write and a read.
bool tagItem(SQLHSTMT Stmt, SQLHSTMT Lookup, int Item) {
  if (!succeeded(SQLExecDirect(Lookup, (SQLCHAR *)"SELECT id FROM items WHERE tagged = 0",
                               SQL_NTS)))
    return false;
  if (!succeeded(SQLPrepare(Stmt, (SQLCHAR *)"UPDATE items SET tagged = 1 WHERE id = ?",
                            SQL_NTS)))
    return false;
  SQLLEN Size = 0;
  SQLINTEGER Value = Item;
  if (!succeeded(SQLBindParameter(Stmt, 1, SQL_PARAM_INPUT, SQL_C_SLONG, SQL_INTEGER, 0, 0,
                                  &Value, 0, &Size)))
    return false;
  // ok: database-missing-transaction
  return succeeded(SQLExecute(Stmt));
}

} // namespace shop
