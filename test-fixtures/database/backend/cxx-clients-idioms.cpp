// The idioms C++ client code is written in: libpqxx work/subtransaction scopes and per-thread
// connections, SOCI rowsets, bulk use() and sessions from a pool, Qt named connections and
// checked prepared queries, and a repository base class that hides the driver.
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <cstdlib>
#include <map>
#include <memory>
#include <pqxx/pqxx>
#include <soci/soci.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace cxxidioms {

// --- libpqxx -----------------------------------------------------------------------------

class Catalog {
public:
  explicit Catalog(pqxx::connection &C) : Conn(C) {}

  // Price changes and their audit rows in one transaction; a savepoint for the optional part.
  void reprice(const std::map<std::string, long> &Prices) {
    pqxx::work Tx(Conn);
    for (const auto &P : Prices)
      // expect: database-query-in-loop
      Tx.exec_params0("UPDATE products SET price = $2 WHERE sku = $1", P.first, P.second);
    {
      pqxx::subtransaction Audit(Tx, "audit");
      // ok: database-missing-transaction
      Audit.exec0("INSERT INTO audit(action) VALUES ('reprice')");
      Audit.commit();
    }
    Tx.commit();
  }

  // Read-only reports in a nontransaction: nothing to make atomic.
  long countProducts() {
    pqxx::nontransaction Tx(Conn);
    // ok: database-missing-transaction, database-sql-injection
    return Tx.query_value<long>("SELECT count(sku) FROM products");
  }

  // Identifiers quoted by the connection.
  long countIn(const std::string &Table) {
    pqxx::work Tx(Conn);
    // ok: database-sql-injection
    long N = Tx.query_value<long>("SELECT count(*) FROM " + Conn.quote_name(Table));
    Tx.commit();
    return N;
  }

  // Numbers spliced into the text cannot change the statement.
  pqxx::result page(int Limit, int Offset) {
    pqxx::work Tx(Conn);
    // ok: database-sql-injection
    pqxx::result R = Tx.exec("SELECT sku, price FROM products ORDER BY sku LIMIT " +
                             std::to_string(Limit) + " OFFSET " + std::to_string(Offset));
    Tx.commit();
    return R;
  }

  // Classic mistake: a search term in the text of a libpqxx query.
  pqxx::result search(const std::string &Term) {
    pqxx::work Tx(Conn);
    // expect: database-sql-injection
    pqxx::result R = Tx.exec("SELECT sku FROM products WHERE name ILIKE '%" + Term + "%'");
    Tx.commit();
    return R;
  }

private:
  pqxx::connection &Conn;
};

// A connection per worker thread, opened once when the worker starts.
void workerMain(const std::vector<std::string> &Jobs) {
  // ok: database-connection-in-loop, database-hardcoded-connection-string
  pqxx::connection C(std::getenv("WORKER_DSN"));
  for (const std::string &Job : Jobs) {
    pqxx::work Tx(C);
    // expect: database-query-in-loop
    Tx.exec_params0("UPDATE jobs SET state = 'done' WHERE id = $1", Job);
    Tx.commit();
  }
}

// --- SOCI --------------------------------------------------------------------------------

struct Person {
  int Id;
  std::string Name;
};

class People {
public:
  explicit People(soci::connection_pool &Pool) : Pool(Pool) {}

  // A rowset iterates the rows of one query.
  std::vector<std::string> names() {
    // ok: database-connection-in-loop
    soci::session Sql(Pool);
    std::vector<std::string> Out;
    // ok: database-select-star, database-query-in-loop
    soci::rowset<soci::row> Rows = (Sql.prepare << "SELECT name FROM people ORDER BY name");
    for (auto It = Rows.begin(); It != Rows.end(); ++It)
      Out.push_back("x");
    return Out;
  }

  // A bulk insert: one statement for the whole vector.
  void addAll(const std::vector<std::string> &Names) {
    soci::session Sql(Pool);
    soci::transaction Tr(Sql);
    // ok: database-query-in-loop
    Sql << "INSERT INTO people(name) VALUES (:n)", soci::use(Names);
    Tr.commit();
  }

  // Classic mistake: one query per id.
  std::vector<Person> load(const std::vector<int> &Ids) {
    soci::session Sql(Pool);
    std::vector<Person> Out;
    for (int Id : Ids) {
      Person P{Id, ""};
      // expect: database-query-in-loop
      Sql << "SELECT name FROM people WHERE id = :id", soci::use(Id), soci::into(P.Name);
      Out.push_back(P);
    }
    return Out;
  }

  // Begin and commit on the session itself.
  void rename(int Id, const std::string &Name) {
    soci::session Sql(Pool);
    Sql.begin();
    Sql << "UPDATE people SET name = :n WHERE id = :id", soci::use(Name), soci::use(Id);
    // ok: database-missing-transaction
    Sql << "INSERT INTO people_history(id, name) VALUES (:id, :n)", soci::use(Id),
        soci::use(Name);
    Sql.commit();
  }

private:
  soci::connection_pool &Pool;
};

// --- Qt ----------------------------------------------------------------------------------

// A named connection looked up per request: Qt keeps it open.
int handleTagCount() {
  QSqlDatabase Db = QSqlDatabase::database("main");
  QSqlQuery Q(Db);
  // ok: database-unchecked-result, database-connection-in-loop
  if (!Q.exec("SELECT count(id) FROM tags") || !Q.next())
    return -1;
  return Q.value(0).toInt();
}

// Opened once at start-up with settings from the environment.
bool setupDatabase() {
  QSqlDatabase Db = QSqlDatabase::addDatabase("QPSQL", "main");
  // ok: database-hardcoded-connection-string
  Db.setHostName(QString(std::getenv("DB_HOST")));
  Db.setDatabaseName("tags");
  // ok: database-connection-in-loop, database-unchecked-result
  return Db.open();
}

// Classic mistake: the host written into the code.
bool setupReporting() {
  QSqlDatabase Db = QSqlDatabase::addDatabase("QPSQL", "reporting");
  // expect: database-hardcoded-connection-string
  Db.setHostName("reporting.db.prod.example.com");
  Db.setDatabaseName("reports");
  return Db.open();
}

// A checked prepared query; the error is reported.
bool addTag(QSqlDatabase &Db, const QString &Name, QString &Error) {
  QSqlQuery Q(Db);
  // ok: database-unchecked-result
  if (!Q.prepare("INSERT INTO tags(name) VALUES (:name)")) {
    Error = Q.lastError().text();
    return false;
  }
  Q.bindValue(":name", Name);
  // ok: database-unchecked-result
  if (!Q.exec()) {
    Error = Q.lastError().text();
    return false;
  }
  return true;
}

// Classic mistake: a prepared write executed without looking at the result.
void touchTag(QSqlDatabase &Db, int Id) {
  QSqlQuery Q(Db);
  // ok: database-unchecked-result
  if (!Q.prepare("UPDATE tags SET used = used + 1 WHERE id = :id"))
    return;
  Q.bindValue(":id", Id);
  // expect: database-unchecked-result
  Q.exec();
}

} // namespace cxxidioms
