// real-headers: yes
// An order service on libpq: a connection pool, request handlers, an RAII result owner,
// parameterised queries, explicit transactions and a nightly job.
#include <cstdio>
#include <cstdlib>
#include <libpq-fe.h>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace orders {

struct PgResultDeleter {
  void operator()(PGresult *R) const { PQclear(R); }
};
using Result = std::unique_ptr<PGresult, PgResultDeleter>;

struct PgConnDeleter {
  void operator()(PGconn *C) const { PQfinish(C); }
};
using Connection = std::unique_ptr<PGconn, PgConnDeleter>;

class PgError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// The project's helper that every result goes through.
Result expectOk(PGconn *Conn, PGresult *Raw) {
  Result R(Raw);
  ExecStatusType S = PQresultStatus(R.get());
  if (S != PGRES_COMMAND_OK && S != PGRES_TUPLES_OK)
    throw PgError(PQerrorMessage(Conn));
  return R;
}

// Connection settings come from the environment.
Connection connectFromEnv() {
  const char *Dsn = std::getenv("ORDERS_DSN");
  // ok: database-resource-leak, database-hardcoded-connection-string
  Connection C(PQconnectdb(Dsn ? Dsn : ""));
  if (PQstatus(C.get()) != CONNECTION_OK)
    throw PgError(PQerrorMessage(C.get()));
  return C;
}

// A small pool: connections are opened once, at start-up, and handed out per request.
class Pool {
public:
  explicit Pool(int Size) {
    for (int I = 0; I < Size; ++I)
      // ok: database-connection-in-loop
      Idle.push_back(connectFromEnv());
  }
  Connection acquire() {
    std::lock_guard<std::mutex> Lock(M);
    if (Idle.empty())
      throw PgError("pool exhausted");
    Connection C = std::move(Idle.back());
    Idle.pop_back();
    return C;
  }
  void release(Connection C) {
    std::lock_guard<std::mutex> Lock(M);
    Idle.push_back(std::move(C));
  }

private:
  std::mutex M;
  std::vector<Connection> Idle;
};

// A pool of raw handles filled at start-up: every connection is kept, none is closed in
// the iteration that opened it.
class RawPool {
public:
  RawPool(const char *Dsn, int Size) {
    for (int I = 0; I < Size; ++I) {
      // ok: database-connection-in-loop, database-resource-leak
      PGconn *C = PQconnectdb(Dsn);
      if (PQstatus(C) != CONNECTION_OK) {
        std::string Error = PQerrorMessage(C);
        PQfinish(C);
        throw PgError(Error);
      }
      Idle.push_back(C);
    }
  }
  ~RawPool() {
    for (PGconn *C : Idle)
      PQfinish(C);
  }

private:
  std::vector<PGconn *> Idle;
};

// Classic mistake: a connection per job of a batch.
void runJobs(const char *Dsn, const std::vector<std::string> &JobIds) {
  for (const std::string &Id : JobIds) {
    // expect: database-connection-in-loop
    Connection C(PQconnectdb(Dsn));
    if (PQstatus(C.get()) != CONNECTION_OK)
      continue;
    const char *Values[] = {Id.c_str()};
    // expect: database-query-in-loop
    expectOk(C.get(), PQexecParams(C.get(), "UPDATE jobs SET state = 'done' WHERE id = $1", 1,
                                   nullptr, Values, nullptr, nullptr, 0));
  }
}

struct Line {
  std::string Sku;
  int Quantity;
  long PriceCents;
};

class OrderHandler {
public:
  explicit OrderHandler(Pool &P) : P(P) {}

  // One order with its lines: one transaction, parameters bound, results checked.
  long handleCreateOrder(const std::string &Customer, const std::vector<Line> &Lines) {
    Connection C = P.acquire();
    PGconn *Conn = C.get();
    expectOk(Conn, PQexec(Conn, "BEGIN"));
    try {
      const char *Head[] = {Customer.c_str()};
      Result Order = expectOk(
          Conn, PQexecParams(Conn, "INSERT INTO orders(customer) VALUES ($1) RETURNING id", 1,
                             nullptr, Head, nullptr, nullptr, 0));
      std::string OrderId = PQgetvalue(Order.get(), 0, 0);
      for (const Line &L : Lines) {
        std::string Qty = std::to_string(L.Quantity);
        std::string Price = std::to_string(L.PriceCents);
        const char *Values[] = {OrderId.c_str(), L.Sku.c_str(), Qty.c_str(), Price.c_str()};
        // expect: database-query-in-loop
        expectOk(Conn, PQexecParams(Conn,
                                    "INSERT INTO order_lines(order_id, sku, qty, price) "
                                    "VALUES ($1, $2, $3, $4)",
                                    4, nullptr, Values, nullptr, nullptr, 0));
      }
      expectOk(Conn, PQexec(Conn, "COMMIT"));
      P.release(std::move(C));
      return std::atol(OrderId.c_str());
    } catch (...) {
      PQclear(PQexec(Conn, "ROLLBACK"));
      throw;
    }
  }

  // The set-based form of the loop above: every line in one statement through arrays.
  void handleAddLines(const std::string &OrderId, const std::string &SkuArray,
                      const std::string &QtyArray) {
    Connection C = P.acquire();
    const char *Values[] = {OrderId.c_str(), SkuArray.c_str(), QtyArray.c_str()};
    // ok: database-query-in-loop, database-sql-injection
    expectOk(C.get(), PQexecParams(C.get(),
                                   "INSERT INTO order_lines(order_id, sku, qty) "
                                   "SELECT $1, s, q FROM unnest($2::text[], $3::int[]) AS t(s, q)",
                                   3, nullptr, Values, nullptr, nullptr, 0));
    P.release(std::move(C));
  }

  // Reading with a raw PGresult, C style, checked and cleared on every path.
  int handleCountOpen(const std::string &Customer) {
    Connection C = P.acquire();
    const char *Values[] = {Customer.c_str()};
    // ok: database-resource-leak, database-unchecked-result
    PGresult *Res = PQexecParams(C.get(),
                                 "SELECT count(id) FROM orders WHERE customer = $1 AND "
                                 "state = 'open'",
                                 1, nullptr, Values, nullptr, nullptr, 0);
    if (PQresultStatus(Res) != PGRES_TUPLES_OK) {
      std::fprintf(stderr, "count: %s", PQresultErrorMessage(Res));
      PQclear(Res);
      P.release(std::move(C));
      return -1;
    }
    int N = std::atoi(PQgetvalue(Res, 0, 0));
    PQclear(Res);
    P.release(std::move(C));
    return N;
  }

  // Classic mistake: the text of the request goes into the statement.
  void handleCancel(const std::string &OrderId) {
    Connection C = P.acquire();
    std::string Sql = "UPDATE orders SET state = 'cancelled' WHERE id = " + OrderId;
    // expect: database-sql-injection
    expectOk(C.get(), PQexec(C.get(), Sql.c_str()));
    P.release(std::move(C));
  }

  // Classic mistake: N+1, one query per customer for their last order.
  std::vector<std::string> handleLastOrders(const std::vector<std::string> &Customers) {
    Connection C = P.acquire();
    std::vector<std::string> Out;
    for (const std::string &Customer : Customers) {
      const char *Values[] = {Customer.c_str()};
      // expect: database-query-in-loop
      Result R = expectOk(C.get(), PQexecParams(C.get(),
                                                "SELECT max(id) FROM orders WHERE customer = $1",
                                                1, nullptr, Values, nullptr, nullptr, 0));
      Out.push_back(PQgetvalue(R.get(), 0, 0));
    }
    P.release(std::move(C));
    return Out;
  }

  // Classic mistake: a result read without looking at its status, and leaked on throw.
  std::string handleCustomerName(const std::string &Id) {
    Connection C = P.acquire();
    const char *Values[] = {Id.c_str()};
    // expect: database-resource-leak
    PGresult *Res = PQexecParams(C.get(), "SELECT name FROM customers WHERE id = $1", 1, nullptr,
                                 Values, nullptr, nullptr, 0);
    // expect: database-unchecked-result
    if (PQntuples(Res) == 0)
      throw PgError("no such customer");
    std::string Name = PQgetvalue(Res, 0, 0);
    PQclear(Res);
    P.release(std::move(C));
    return Name;
  }

private:
  Pool &P;
};

// Classic mistake: a connection per request.
std::string handleHealth() {
  // expect: database-connection-in-loop, database-hardcoded-connection-string
  Connection C(PQconnectdb("host=db.internal port=5432 dbname=orders user=svc password=s3cret"));
  if (PQstatus(C.get()) != CONNECTION_OK)
    return "down";
  Result R(PQexec(C.get(), "SELECT 1"));
  return PQresultStatus(R.get()) == PGRES_TUPLES_OK ? "up" : "degraded";
}

// Nightly job: two writes that belong together, without a transaction.
void archiveClosedOrders(PGconn *Conn) {
  expectOk(Conn, PQexec(Conn, "INSERT INTO orders_archive SELECT id, customer, state FROM "
                              "orders WHERE state = 'closed'"));
  // expect: database-missing-transaction
  expectOk(Conn, PQexec(Conn, "DELETE FROM orders WHERE state = 'closed'"));
}

// The same job done right.
void archiveClosedOrdersAtomically(PGconn *Conn) {
  expectOk(Conn, PQexec(Conn, "BEGIN"));
  expectOk(Conn, PQexec(Conn, "INSERT INTO orders_archive SELECT id, customer, state FROM "
                              "orders WHERE state = 'closed'"));
  // ok: database-missing-transaction
  expectOk(Conn, PQexec(Conn, "DELETE FROM orders WHERE state = 'closed'"));
  expectOk(Conn, PQexec(Conn, "COMMIT"));
}

// Maintenance over a list of partitions: one statement per object is how DDL works.
void vacuumPartitions(PGconn *Conn, const std::vector<std::string> &Partitions) {
  for (const std::string &Name : Partitions) {
    char *Quoted = PQescapeIdentifier(Conn, Name.c_str(), Name.size());
    if (!Quoted)
      throw PgError(PQerrorMessage(Conn));
    std::string Sql = std::string("VACUUM ANALYZE ") + Quoted;
    PQfreemem(Quoted);
    // ok: database-query-in-loop, database-sql-injection
    expectOk(Conn, PQexec(Conn, Sql.c_str()));
  }
}

// Prepared once at start-up, executed per message from a queue consumer.
void consume(PGconn *Conn, const std::vector<std::string> &Events) {
  // ok: database-resource-leak
  expectOk(Conn, PQprepare(Conn, "ins_event", "INSERT INTO events(payload) VALUES ($1)", 1,
                           nullptr));
  for (size_t I = 0; I < Events.size(); I += 500) {
    std::string Batch = "{";
    for (size_t J = I; J < Events.size() && J < I + 500; ++J)
      Batch += (J > I ? "," : "") + Events[J];
    Batch += "}";
    const char *Values[] = {Batch.c_str()};
    // ok: database-query-in-loop
    expectOk(Conn, PQexecParams(Conn, "INSERT INTO events(payload) SELECT unnest($1::text[])",
                                1, nullptr, Values, nullptr, nullptr, 0));
  }
}

} // namespace orders
