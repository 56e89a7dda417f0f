// The same N+1 mistakes through the C++ clients (libpqxx, SOCI, Qt SQL) and ODBC.
#include <QtCore/QString>
#include <QtCore/QVariant>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <algorithm>
#include <pqxx/pqxx>
#include <soci/soci.h>
#include <sql.h>
#include <sqlext.h>
#include <string>
#include <vector>

namespace catalog {

void logError(const char *What);
void render(const std::string &Name);

// --- libpqxx --------------------------------------------------------------------------

int countReviews(pqxx::work &Tx, const std::vector<int> &ProductIds) {
  int Reviews = 0;
  for (int Id : ProductIds) {
    // expect: database-query-in-loop
    pqxx::result R = Tx.exec_params("SELECT id FROM reviews WHERE product_id = $1", Id);
    Reviews += R.size();
  }
  return Reviews;
}

// A query per product of every shop: reported at the inner loop, noted at the outer one.
int countStock(pqxx::work &Tx, const std::vector<std::vector<int>> &ProductsByShop) {
  int Stock = 0;
  for (const std::vector<int> &Products : ProductsByShop)
    for (int Id : Products) {
      // expect: database-query-in-loop
      pqxx::result R = Tx.exec_params("SELECT quantity FROM stock WHERE product_id = $1", Id);
      Stock += R.size();
    }
  return Stock;
}

// std::for_each is a loop too: a query per row of another result.
void touchSessions(pqxx::work &Tx, const pqxx::result &Users) {
  std::for_each(Users.begin(), Users.end(), [&Tx](const pqxx::row &User) {
    // expect: database-query-in-loop
    Tx.exec_prepared("touch_session", User[0].as<int>());
  });
}

// All ids at once as one array parameter: the fix, whatever loop is around it.
int countAll(pqxx::work &Tx, const std::vector<std::vector<int>> &Chunks) {
  int Reviews = 0;
  for (const std::vector<int> &Chunk : Chunks) {
    // ok: database-query-in-loop
    pqxx::result R = Tx.exec_params("SELECT id FROM reviews WHERE product_id = ANY($1)", Chunk);
    Reviews += R.size();
  }
  return Reviews;
}

// The same query each time around a retry loop: nothing of the iteration reaches it.
bool waitForMigration(pqxx::work &Tx) {
  for (int Attempt = 0; Attempt < 10; ++Attempt) {
    // ok: database-query-in-loop
    pqxx::result R = Tx.exec("SELECT version FROM schema_migrations WHERE done");
    if (!R.empty())
      return true;
  }
  return false;
}

// --- SOCI -----------------------------------------------------------------------------

void printNames(soci::session &Sql, const std::vector<int> &UserIds) {
  for (int Id : UserIds) {
    std::string Name;
    // expect: database-query-in-loop
    Sql << "SELECT name FROM users WHERE id = :id", soci::use(Id), soci::into(Name);
    render(Name);
  }
}

// A statement prepared with use(Id) reads Id at every execution.
void markSeen(soci::session &Sql, const std::vector<int> &UserIds) {
  int Id = 0;
  soci::statement Seen = (Sql.prepare << "UPDATE users SET seen = now() WHERE id = :id",
                          soci::use(Id));
  for (int User : UserIds) {
    Id = User;
    // expect: database-query-in-loop
    Seen.execute(true);
  }
}

// into() receives a column: the loop variable only gets the result.
void loadOne(soci::session &Sql, std::vector<std::string> &Names) {
  for (std::string &Name : Names) {
    // ok: database-query-in-loop
    Sql << "SELECT name FROM users ORDER BY id DESC LIMIT 1", soci::into(Name);
  }
}

// --- Qt SQL ---------------------------------------------------------------------------

bool priceAll(QSqlQuery &PriceOf, const std::vector<QString> &Skus) {
  for (const QString &Sku : Skus) {
    PriceOf.bindValue(QString::fromStdString(":sku"), QVariant(Sku));
    // expect: database-query-in-loop
    if (!PriceOf.exec())
      return false;
  }
  return true;
}

// execBatch is the batch: one call, all rows.
bool insertAll(QSqlQuery &Insert, const std::vector<QString> &Skus) {
  for (const QString &Sku : Skus)
    Insert.addBindValue(QVariant(Sku));
  // ok: database-query-in-loop
  return Insert.execBatch();
}

// --- ODBC -----------------------------------------------------------------------------

// SQLBindParameter binds the address of Id once; each SQLExecute sends the current value.
bool loadStock(SQLHSTMT Stmt, const std::vector<SQLINTEGER> &Ids) {
  SQLINTEGER Id = 0;
  if (!SQL_SUCCEEDED(SQLPrepare(Stmt, (SQLCHAR *)"SELECT quantity FROM stock WHERE id = ?",
                                SQL_NTS)) ||
      !SQL_SUCCEEDED(SQLBindParameter(Stmt, 1, SQL_PARAM_INPUT, SQL_C_SLONG, SQL_INTEGER, 0, 0,
                                      &Id, 0, nullptr)))
    return false;
  for (SQLINTEGER Item : Ids) {
    Id = Item;
    // expect: database-query-in-loop
    if (!SQL_SUCCEEDED(SQLExecute(Stmt)) || !SQL_SUCCEEDED(SQLFreeStmt(Stmt, SQL_CLOSE)))
      return false;
  }
  return true;
}

// The statement runs once per loop: the loop stops after it.
bool loadFirstInStock(SQLHSTMT Stmt, const std::vector<SQLINTEGER> &Ids) {
  for (SQLINTEGER Item : Ids) {
    if (Item <= 0)
      continue;
    SQLINTEGER Id = Item;
    if (!SQL_SUCCEEDED(SQLBindParameter(Stmt, 1, SQL_PARAM_INPUT, SQL_C_SLONG, SQL_INTEGER, 0,
                                        0, &Id, 0, nullptr)))
      return false;
    // ok: database-query-in-loop
    return SQL_SUCCEEDED(SQLExecDirect(Stmt, (SQLCHAR *)"SELECT quantity FROM stock WHERE id = ?",
                                       SQL_NTS));
  }
  return false;
}

} // namespace catalog
