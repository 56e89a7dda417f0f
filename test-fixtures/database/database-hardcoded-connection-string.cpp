// real-headers: yes
#include "connection_defaults.h"
#include <libpq-fe.h>
#include <mysql/mysql.h>
#include <pqxx/pqxx>
#include <sqlext.h>
#include <stdlib.h>
#include <string>

namespace accounts {

struct Settings {
  std::string DatabaseUrl;
  std::string MySqlHost;
};

// --- libpq --------------------------------------------------------------------------------

PGconn *openPrimary() {
  // expect: database-hardcoded-connection-string
  return PQconnectdb("host=pg-primary.prod.example.com dbname=accounts sslmode=require");
}

PGconn *openReplica() {
  // expect: database-hardcoded-connection-string
  return PQsetdbLogin("10.0.12.7", "5432", nullptr, nullptr, "accounts", nullptr, nullptr);
}

// A password in the connection string, even to the local server.
PGconn *openAudit() {
  // expect: database-hardcoded-connection-string
  return PQconnectdb("host=localhost dbname=audit user=auditor password='s3cr3t pass'");
}

// Near misses: the local server through its socket, or libpq's PG* environment variables.
PGconn *openLocal() {
  // ok: database-hardcoded-connection-string
  return PQconnectdb("host=/var/run/postgresql dbname=accounts");
}

PGconn *openFromEnvironment() {
  // ok: database-hardcoded-connection-string
  return PQconnectdb("dbname=accounts");
}

// --- libpqxx ------------------------------------------------------------------------------

const char *const kAnalyticsUrl = "postgresql://analytics.example.com:5432/events";

int countEvents() {
  // expect: database-hardcoded-connection-string
  pqxx::connection Conn{kAnalyticsUrl};
  pqxx::work Tx{Conn};
  return Tx.exec1("SELECT count(*) FROM events")[0].as<int>();
}

int countEventsConfigured(const Settings &Config) {
  // ok: database-hardcoded-connection-string
  pqxx::connection Conn{Config.DatabaseUrl};
  pqxx::work Tx{Conn};
  return Tx.exec1("SELECT count(*) FROM events")[0].as<int>();
}

// --- MySQL --------------------------------------------------------------------------------

MYSQL *openBilling(MYSQL *Db, const char *User, const char *Password) {
  // expect: database-hardcoded-connection-string
  return mysql_real_connect(Db, "billing-db.internal", User, Password, "billing", 3306, nullptr,
                            0);
}

MYSQL *openBillingLocal(MYSQL *Db, const Settings &Config, const char *User,
                        const char *Password) {
  // ok: database-hardcoded-connection-string
  return mysql_real_connect(Db, Config.MySqlHost.c_str(), User, Password, "billing", 0, nullptr,
                            0);
}

MYSQL *openBillingSocket(MYSQL *Db, const char *User, const char *Password) {
  // ok: database-hardcoded-connection-string
  return mysql_real_connect(Db, "localhost", User, Password, "billing", 0,
                            "/run/mysqld/mysqld.sock", 0);
}

MYSQL *openBillingAsService(MYSQL *Db) {
  // expect: database-hardcoded-connection-string
  return mysql_real_connect(Db, "localhost", "billing", "Tr0ub4dor&3", "billing", 0, nullptr, 0);
}

// A constant named like a password is security-hardcoded-credential's finding, where it is
// defined; the call is not reported a second time.
// expect: security-hardcoded-credential
const char *const kBillingPassword = "Tr0ub4dor&3";

MYSQL *openBillingWithConstant(MYSQL *Db) {
  // ok: database-hardcoded-connection-string
  return mysql_real_connect(Db, "localhost", "billing", kBillingPassword, "billing", 0, nullptr,
                            0);
}

// --- ODBC ---------------------------------------------------------------------------------

SQLRETURN openLedgerAsAuditor(SQLHDBC Conn) {
  return SQLConnect(Conn, (SQLCHAR *)"ledger", SQL_NTS, (SQLCHAR *)"auditor", SQL_NTS,
                    // expect: database-hardcoded-connection-string
                    (SQLCHAR *)"Xy7-audit-pass", SQL_NTS);
}

SQLRETURN openLedger(SQLHDBC Conn) {
  SQLSMALLINT Length = 0;
  return SQLDriverConnect(Conn, nullptr,
                          // expect: database-hardcoded-connection-string
                          (SQLCHAR *)"Driver={ODBC Driver 18 for SQL Server};"
                                     "Server=tcp:ledger.database.example.net,1433;"
                                     "Database=ledger;Encrypt=yes;",
                          SQL_NTS, nullptr, 0, &Length, SQL_DRIVER_NOPROMPT);
}

// Near miss: a DSN name; the DSN's server and credentials live in odbc.ini.
SQLRETURN openLedgerDsn(SQLHDBC Conn) {
  SQLSMALLINT Length = 0;
  // ok: database-hardcoded-connection-string
  return SQLDriverConnect(Conn, nullptr, (SQLCHAR *)"DSN=ledger;", SQL_NTS, nullptr, 0, &Length,
                          SQL_DRIVER_NOPROMPT);
}

} // namespace accounts
