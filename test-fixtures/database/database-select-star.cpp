// real-headers: yes
#include "select_star_queries.h"
#include <libpq-fe.h>
#include <mysql/mysql.h>
#include <pqxx/pqxx>
#include <sqlext.h>
#include <sqlite3.h>
#include <string>

namespace catalog {

void logInfo(const char *Message);
typedef int (*RowCallback)(void *, int, char **, char **);

// --- SQLite -------------------------------------------------------------------------------

int dumpProducts(sqlite3 *Db, RowCallback OnRow) {
  // expect: database-select-star
  return sqlite3_exec(Db, "SELECT * FROM products", OnRow, nullptr, nullptr);
}

int loadProduct(sqlite3 *Db, sqlite3_stmt **Stmt) {
  return sqlite3_prepare_v2(Db,
                            // expect: database-select-star
                            "SELECT p.*, c.name FROM products p "
                            "JOIN categories c ON c.id = p.category_id WHERE p.id = ?1",
                            -1, Stmt, nullptr);
}

// Near misses: counting, EXISTS, a derived table whose columns are named, arithmetic.
int countProducts(sqlite3 *Db, RowCallback OnRow) {
  // ok: database-select-star
  return sqlite3_exec(Db, "SELECT COUNT(*) FROM products", OnRow, nullptr, nullptr);
}

int listStocked(sqlite3 *Db, RowCallback OnRow) {
  return sqlite3_exec(Db,
                      // ok: database-select-star
                      "SELECT p.id FROM products p WHERE EXISTS (SELECT * FROM stock s "
                      "WHERE s.sku = p.sku)",
                      OnRow, nullptr, nullptr);
}

int listActive(sqlite3 *Db, RowCallback OnRow) {
  return sqlite3_exec(Db,
                      // ok: database-select-star
                      "SELECT id, name FROM (SELECT * FROM products WHERE active = 1) AS a",
                      OnRow, nullptr, nullptr);
}

int listCategories(sqlite3 *Db, RowCallback OnRow) {
  return sqlite3_exec(Db, kListCategoriesSql, OnRow, nullptr, nullptr);
}

// --- libpq --------------------------------------------------------------------------------

PGresult *invoicesOf(PGconn *Conn, const char *CustomerId) {
  // expect: database-select-star
  const char *Sql = "SELECT * FROM invoices WHERE customer_id = $1";
  const char *Values[] = {CustomerId};
  return PQexecParams(Conn, Sql, 1, nullptr, Values, nullptr, nullptr, 0);
}

PGresult *orderTotals(PGconn *Conn) {
  // ok: database-select-star
  return PQexec(Conn, "SELECT id, price * quantity AS total FROM order_lines");
}

// --- MySQL --------------------------------------------------------------------------------

int listCarriers(MYSQL *Db, bool Sorted) {
  // expect: database-select-star
  std::string Sql = "select distinct * from carriers";
  if (Sorted)
    Sql += " ORDER BY name";
  return mysql_query(Db, Sql.c_str());
}

// --- ODBC ---------------------------------------------------------------------------------

SQLRETURN listSuppliers(SQLHSTMT Stmt) {
  // expect: database-select-star
  return SQLExecDirect(Stmt, (SQLCHAR *)"SELECT s.* FROM suppliers s", SQL_NTS);
}

// --- libpqxx ------------------------------------------------------------------------------

pqxx::result prices(pqxx::connection &Conn) {
  pqxx::work Tx{Conn};
  // expect: database-select-star
  pqxx::result Rows = Tx.exec("SELECT * FROM prices WHERE valid_to IS NULL");
  Tx.commit();
  return Rows;
}

// Not SQL, not a query: a log message.
void explainExport() {
  // ok: database-select-star
  logInfo("select * rows to export them all");
}

} // namespace catalog
