#include <format>
#include <libpq-fe.h>
#include <mysql/mysql.h>
#include <sstream>
#include <string>
#include <vector>

namespace orders {

struct Order {
  long long Id;
  std::string CustomerId;
  std::string Status;
};

// Only the query text matters to the rule; a helper like this is what "escaping" usually means.
std::string quoteLiteral(const std::string &Value);

class PgOrderStore {
public:
  explicit PgOrderStore(PGconn *Conn) : Conn(Conn) {}

  PGresult *byCustomer(const std::string &CustomerId) {
    // expect: database-sql-injection
    // expect: database-select-star
    return PQexec(Conn, ("SELECT * FROM orders WHERE customer_id = '" + CustomerId + "'").c_str());
  }

  PGresult *updateStatus(const Order &O) {
    std::ostringstream Sql;
    Sql << "UPDATE orders SET status = '" << O.Status << "' WHERE id = " << O.Id;
    // expect: database-sql-injection
    return PQexecParams(Conn, Sql.str().c_str(), 0, nullptr, nullptr, nullptr, nullptr, 0);
  }

  PGresult *prepareLookup(const std::string &Table) {
    // expect: database-select-star
    std::string Sql = "SELECT * FROM " + Table + " WHERE id = $1";
    // expect: database-sql-injection
    return PQprepare(Conn, "lookup", Sql.c_str(), 1, nullptr);
  }

  int cancelAsync(const std::string &OrderId) {
    // Quoting by hand is still splicing text: bind instead.
    std::string Sql = "UPDATE orders SET status = 'cancelled' WHERE id = " + quoteLiteral(OrderId);
    // expect: database-sql-injection
    return PQsendQuery(Conn, Sql.c_str());
  }

  // Near misses.

  PGresult *byCustomerBound(const std::string &CustomerId) {
    const char *Values[] = {CustomerId.c_str()};
    // ok: database-sql-injection
    // expect: database-select-star
    return PQexecParams(Conn, "SELECT * FROM orders WHERE customer_id = $1", 1, nullptr, Values,
                        nullptr, nullptr, 0);
  }

  // $1, $2, ... generated for a bulk insert; the values travel as parameters.
  PGresult *insertMany(const std::vector<Order> &Orders, const char *const *Values) {
    std::string Sql = "INSERT INTO orders(customer_id, status) VALUES ";
    int N = 0;
    for (size_t I = 0; I < Orders.size(); ++I) {
      if (I != 0)
        Sql += ", ";
      Sql += "($" + std::to_string(++N);
      Sql += ", $" + std::to_string(++N) + ")";
    }
    // ok: database-sql-injection
    return PQexecParams(Conn, Sql.c_str(), N, nullptr, Values, nullptr, nullptr, 0);
  }

  PGresult *statusCounts() {
    std::ostringstream Sql;
    Sql << "SELECT status, count(*) FROM orders GROUP BY status ORDER BY " << 2 << " DESC";
    // ok: database-sql-injection
    return PQexec(Conn, Sql.str().c_str());
  }

private:
  PGconn *Conn;
};

class MySqlOrderStore {
public:
  explicit MySqlOrderStore(MYSQL *Db) : Db(Db) {}

  // An integer formatted into the text cannot carry a quote: not an injection.
  int archive(long long OrderId) {
    std::string Sql = std::format("INSERT INTO orders_archive SELECT * FROM orders WHERE id = {}",
                                  OrderId);
    // ok: database-sql-injection
    return mysql_query(Db, Sql.c_str());
  }

  int setNote(long long OrderId, const std::string &Note) {
    std::string Sql = "UPDATE orders SET note = '";
    Sql += Note;
    Sql += "' WHERE id = " + std::to_string(OrderId);
    // expect: database-sql-injection
    return mysql_real_query(Db, Sql.c_str(), static_cast<unsigned long>(Sql.size()));
  }

  int prepareByStatus(MYSQL_STMT *Stmt, const std::string &Status) {
    std::string Sql = "SELECT id FROM orders WHERE status = '" + Status + "'";
    // expect: database-sql-injection
    return mysql_stmt_prepare(Stmt, Sql.c_str(), static_cast<unsigned long>(Sql.size()));
  }

  // Near misses.

  int prepareByStatusBound(MYSQL_STMT *Stmt, const std::string &Status) {
    const char *Sql = "SELECT id FROM orders WHERE status = ?";
    // ok: database-sql-injection
    if (mysql_stmt_prepare(Stmt, Sql, 39) != 0)
      return -1;
    MYSQL_BIND Param{};
    Param.buffer = const_cast<char *>(Status.data());
    Param.buffer_length = static_cast<unsigned long>(Status.size());
    // expect: database-unchecked-result
    mysql_stmt_bind_param(Stmt, &Param);
    return mysql_stmt_execute(Stmt);
  }

  int truncateStaging() {
    std::string Sql = "TRUNCATE TABLE ";
    Sql += "orders_staging";
    // ok: database-sql-injection
    return mysql_query(Db, Sql.c_str());
  }

  // The text comes from a helper this function cannot see into.
  int run(const std::string &Query) {
    std::string Sql = Query;
    // ok: database-sql-injection
    return mysql_query(Db, Sql.c_str());
  }

private:
  MYSQL *Db;
};

} // namespace orders
