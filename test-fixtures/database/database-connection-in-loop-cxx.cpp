// Connections through libpqxx, SOCI and Qt SQL in workers and request handlers.
#include <QtCore/QString>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <pqxx/pqxx>
#include <soci/soci.h>
#include <string>
#include <vector>

namespace service {

struct Config {
  std::string Dsn;
};

struct Request {
  int UserId;
};

void logError(const char *What);

// --- libpqxx --------------------------------------------------------------------------

void refreshViews(const Config &C, const std::vector<std::string> &Views) {
  for (const std::string &View : Views) {
    // expect: database-connection-in-loop
    pqxx::connection Conn(C.Dsn);
    pqxx::nontransaction Tx(Conn);
    // One maintenance statement per view: nothing to merge into one query.
    // ok: database-query-in-loop
    Tx.exec("REFRESH MATERIALIZED VIEW " + Tx.quote_name(View));
  }
}

// Constructed once, on the first request: a static local.
pqxx::result handleStats(const Config &C) {
  // ok: database-connection-in-loop
  static pqxx::connection Conn(C.Dsn);
  pqxx::nontransaction Tx(Conn);
  return Tx.exec("SELECT name FROM stats");
}

// --- SOCI -----------------------------------------------------------------------------

class UserHandler {
public:
  UserHandler(const Config &C, soci::connection_pool &Pool) : C(C), Pool(Pool) {}

  std::string get(const Request &R) {
    // expect: database-connection-in-loop
    soci::session Sql("postgresql", C.Dsn);
    std::string Name;
    Sql << "SELECT name FROM users WHERE id = :id", soci::use(R.UserId), soci::into(Name);
    return Name;
  }

  // Borrowed from the pool: no new connection.
  std::string getPooled(const Request &R) {
    // ok: database-connection-in-loop
    soci::session Sql(Pool);
    std::string Name;
    Sql << "SELECT name FROM users WHERE id = :id", soci::use(R.UserId), soci::into(Name);
    return Name;
  }

private:
  Config C;
  soci::connection_pool &Pool;
};

// --- Qt SQL ---------------------------------------------------------------------------

bool exportAll(QSqlDatabase &Db, const std::vector<QString> &Tables) {
  for (const QString &Table : Tables) {
    // expect: database-connection-in-loop
    if (!Db.open())
      return false;
    QSqlQuery Q(Db);
    bool Ok = Q.exec("SELECT 1") && !Table.isEmpty();
    Db.close();
    if (!Ok)
      return false;
  }
  return true;
}

// Reopened only when the connection was lost.
bool onRequest(QSqlDatabase &Db, const Request &R) {
  // ok: database-connection-in-loop
  if (!Db.isOpen() && !Db.open())
    return false;
  QSqlQuery Q(Db);
  Q.prepare("UPDATE users SET seen = 1 WHERE id = ?");
  Q.addBindValue(QVariant(R.UserId));
  return Q.exec();
}

} // namespace service
