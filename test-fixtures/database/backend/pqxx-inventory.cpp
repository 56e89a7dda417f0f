// real-headers: yes
// An inventory service on libpqxx: pqxx::work scopes, exceptions for errors, prepared
// statements on the connection, set-based reads, and the classic mistakes next to them.
#include <cstdlib>
#include <map>
#include <memory>
#include <pqxx/pqxx>
#include <stdexcept>
#include <string>
#include <vector>

namespace inventory {

struct Item {
  long Id;
  std::string Sku;
  int Quantity;
};

std::string dsnFromEnv() {
  const char *Dsn = std::getenv("INVENTORY_DSN");
  if (!Dsn)
    throw std::runtime_error("INVENTORY_DSN is not set");
  return Dsn;
}

class StockRepository {
public:
  // ok: database-hardcoded-connection-string, database-connection-in-loop
  StockRepository() : Conn(dsnFromEnv()) {
    // ok: database-prepare-in-loop, database-sql-injection
    Conn.prepare("reserve", "UPDATE stock SET quantity = quantity - $2 WHERE sku = $1 AND "
                            "quantity >= $2");
    Conn.prepare("by_sku", "SELECT id, sku, quantity FROM stock WHERE sku = $1");
  }

  Item find(const std::string &Sku) {
    pqxx::work Tx(Conn);
    // ok: database-sql-injection
    pqxx::result R = Tx.exec_prepared("by_sku", Sku);
    if (R.empty())
      throw std::runtime_error("unknown sku " + Sku);
    Tx.commit();
    return {R[0][0].as<long>(), R[0][1].as<std::string>(), R[0][2].as<int>()};
  }

  // All items in one round-trip: the array is one parameter.
  std::vector<Item> findMany(const std::vector<std::string> &Skus) {
    pqxx::work Tx(Conn);
    std::string Array = "{";
    for (const std::string &S : Skus)
      Array += (Array.size() > 1 ? "," : "") + Tx.quote(S);
    Array += "}";
    // ok: database-sql-injection, database-select-star
    pqxx::result R = Tx.exec_params("SELECT id, sku, quantity FROM stock WHERE sku = ANY($1)",
                                    Array);
    std::vector<Item> Out;
    for (const auto &Row : R)
      Out.push_back({Row[0].as<long>(), Row[1].as<std::string>(), Row[2].as<int>()});
    Tx.commit();
    return Out;
  }

  // A reservation of several lines: one transaction; a failure rolls everything back when
  // Tx goes out of scope without commit().
  void reserve(const std::map<std::string, int> &Lines) {
    pqxx::work Tx(Conn);
    for (const auto &Line : Lines) {
      // expect: database-query-in-loop
      pqxx::result R = Tx.exec_prepared("reserve", Line.first, Line.second);
      if (R.affected_rows() != 1)
        throw std::runtime_error("not enough stock for " + Line.first);
    }
    // ok: database-missing-transaction
    Tx.exec0("INSERT INTO reservations_log(lines) VALUES (1)");
    Tx.exec0("UPDATE counters SET reservations = reservations + 1");
    Tx.commit();
  }

  // Classic mistake: the sku goes into the text.
  int quantityOf(const std::string &Sku) {
    pqxx::work Tx(Conn);
    // expect: database-sql-injection
    pqxx::row R = Tx.exec1("SELECT quantity FROM stock WHERE sku = '" + Sku + "'");
    Tx.commit();
    return R[0].as<int>();
  }

  // Escaped with the connection's quoting: not an injection (a parameter would be nicer).
  int quantityOfQuoted(const std::string &Sku) {
    pqxx::work Tx(Conn);
    // ok: database-sql-injection
    pqxx::row R = Tx.exec1("SELECT quantity FROM stock WHERE sku = " + Tx.quote(Sku));
    Tx.commit();
    return R[0].as<int>();
  }

  // Classic mistake: writes in autocommit mode.
  void restock(const std::string &Sku, int Quantity) {
    pqxx::nontransaction Tx(Conn);
    Tx.exec0("UPDATE stock SET quantity = quantity + " + std::to_string(Quantity) +
             " WHERE sku = " + Tx.quote(Sku));
    // expect: database-missing-transaction
    Tx.exec0("INSERT INTO stock_events(kind) VALUES ('restock')");
  }

  // Classic mistake: SELECT * and a read per item (N+1).
  std::vector<Item> expand(const std::vector<long> &Ids) {
    pqxx::work Tx(Conn);
    std::vector<Item> Out;
    for (long Id : Ids) {
      // expect: database-select-star, database-query-in-loop
      pqxx::row R = Tx.exec_params1("SELECT * FROM stock WHERE id = $1", Id);
      Out.push_back({Id, R[1].as<std::string>(), R[2].as<int>()});
    }
    Tx.commit();
    return Out;
  }

private:
  pqxx::connection Conn;
};

// Classic mistake: a connection for every request.
int handleStockLevel(const std::string &Sku) {
  // expect: database-connection-in-loop
  pqxx::connection C(dsnFromEnv());
  pqxx::work Tx(C);
  // ok: database-sql-injection
  pqxx::result R = Tx.exec_params("SELECT quantity FROM stock WHERE sku = $1", Sku);
  Tx.commit();
  return R.empty() ? 0 : R[0][0].as<int>();
}

// Classic mistake: credentials in the source.
std::unique_ptr<pqxx::connection> connectReporting() {
  // expect: database-hardcoded-connection-string
  return std::make_unique<pqxx::connection>("postgresql://report:hunter2@db.prod:5432/inventory");
}

// A migration runner: each statement of the list runs once, in one transaction.
void migrate(pqxx::connection &C, const std::vector<std::string> &Steps) {
  pqxx::work Tx(C);
  for (const std::string &Step : Steps)
    // ok: database-query-in-loop
    Tx.exec0(Step);
  Tx.commit();
}

} // namespace inventory
