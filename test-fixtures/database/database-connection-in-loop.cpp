// Jobs and request handlers that open database connections: SQLite, libpq, MySQL, ODBC.
#include <libpq-fe.h>
#include <mysql/mysql.h>
#include <sql.h>
#include <sqlext.h>
#include <sqlite3.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace jobs {

void logError(const char *What);

struct Settings {
  std::string Conninfo;
  std::string Host, User, Password, Database;
};

struct Shard {
  std::string Conninfo;
};

struct Request {
  std::string Id;
};

// --- libpq ----------------------------------------------------------------------------

// A connection per job: the handshake costs more than the UPDATE it is opened for.
bool markDone(const Settings &S, const std::vector<std::string> &JobIds) {
  for (const std::string &Id : JobIds) {
    // expect: database-connection-in-loop
    PGconn *Conn = PQconnectdb(S.Conninfo.c_str());
    if (PQstatus(Conn) != CONNECTION_OK) {
      PQfinish(Conn);
      return false;
    }
    const char *Params[1] = {Id.c_str()};
    // expect: database-query-in-loop
    PGresult *Res = PQexecParams(Conn, "UPDATE jobs SET done = true WHERE id = $1", 1, nullptr,
                                 Params, nullptr, nullptr, 0);
    bool Ok = PQresultStatus(Res) == PGRES_COMMAND_OK;
    PQclear(Res);
    PQfinish(Conn);
    if (!Ok)
      return false;
  }
  return true;
}

// A retry loop: it connects again only after a failed attempt, and waits in between.
PGconn *connectWithRetry(const Settings &S) {
  for (int Attempt = 0; Attempt < 5; ++Attempt) {
    // ok: database-connection-in-loop
    PGconn *Conn = PQconnectdb(S.Conninfo.c_str());
    if (PQstatus(Conn) == CONNECTION_OK)
      return Conn;
    PQfinish(Conn);
    sleep(1);
  }
  return nullptr;
}

// One connection per shard: each iteration talks to a different database.
int countAcrossShards(const std::vector<Shard> &Shards) {
  int Total = 0;
  for (const Shard &Sh : Shards) {
    // ok: database-connection-in-loop
    PGconn *Conn = PQconnectdb(Sh.Conninfo.c_str());
    if (PQstatus(Conn) == CONNECTION_OK) {
      PGresult *Res = PQexec(Conn, "SELECT id FROM orders");
      if (PQresultStatus(Res) == PGRES_TUPLES_OK)
        Total += PQntuples(Res);
      PQclear(Res);
    }
    PQfinish(Conn);
  }
  return Total;
}

class OrderHandler {
public:
  explicit OrderHandler(const Settings &S) : S(S) {}

  // Every request pays for a new connection.
  int handleGet(const Request &R) {
    // expect: database-connection-in-loop
    PGconn *Conn = PQconnectdb(S.Conninfo.c_str());
    int Found = -1;
    if (PQstatus(Conn) == CONNECTION_OK) {
      const char *Params[1] = {R.Id.c_str()};
      PGresult *Res = PQexecParams(Conn, "SELECT id FROM orders WHERE id = $1", 1, nullptr,
                                   Params, nullptr, nullptr, 0);
      Found = PQresultStatus(Res) == PGRES_TUPLES_OK ? PQntuples(Res) : -1;
      PQclear(Res);
    }
    PQfinish(Conn);
    return Found;
  }

  // Opened on the first request, kept for the next ones.
  bool handleList() {
    if (!Conn) {
      // ok: database-connection-in-loop
      Conn = PQconnectdb(S.Conninfo.c_str());
    }
    return PQstatus(Conn) == CONNECTION_OK;
  }

  // Start-up: opening the service's connection here is the fix.
  bool init() {
    // ok: database-connection-in-loop
    Conn = PQconnectdb(S.Conninfo.c_str());
    return PQstatus(Conn) == CONNECTION_OK;
  }

private:
  Settings S;
  PGconn *Conn = nullptr;
};

// --- SQLite ---------------------------------------------------------------------------

// Opening the file parses the schema again for every event.
bool recordEvents(const std::string &Path, const std::vector<std::string> &Events) {
  for (const std::string &Event : Events) {
    sqlite3 *Db = nullptr;
    // expect: database-connection-in-loop
    int Rc = sqlite3_open_v2(Path.c_str(), &Db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_stmt *Stmt = nullptr;
    if (Rc == SQLITE_OK)
      // expect: database-prepare-in-loop
      Rc = sqlite3_prepare_v2(Db, "INSERT INTO events (body) VALUES (?1)", -1, &Stmt, nullptr);
    if (Rc == SQLITE_OK && sqlite3_bind_text(Stmt, 1, Event.c_str(), -1, SQLITE_TRANSIENT) ==
                               SQLITE_OK)
      Rc = sqlite3_step(Stmt);
    sqlite3_finalize(Stmt);
    sqlite3_close(Db);
    if (Rc != SQLITE_DONE)
      return false;
  }
  return true;
}

// A handler that opens the database for each upload.
bool onUpload(const std::string &Path, const Request &R) {
  sqlite3 *Db = nullptr;
  // expect: database-connection-in-loop
  bool Ok = sqlite3_open(Path.c_str(), &Db) == SQLITE_OK;
  if (Ok && R.Id.empty())
    logError("upload without an id");
  sqlite3_close(Db);
  return Ok;
}

// Each tenant has its own database file.
bool checkTenants(const std::vector<std::string> &Paths) {
  for (const std::string &Path : Paths) {
    sqlite3 *Db = nullptr;
    // ok: database-connection-in-loop
    int Rc = sqlite3_open(Path.c_str(), &Db);
    sqlite3_close(Db);
    if (Rc != SQLITE_OK)
      return false;
  }
  return true;
}

// --- MySQL ----------------------------------------------------------------------------

bool pingAll(const Settings &S, int Rounds) {
  for (int I = 0; I < Rounds; ++I) {
    MYSQL *Conn = mysql_init(nullptr);
    if (!Conn)
      return false;
    // expect: database-connection-in-loop
    bool Ok = mysql_real_connect(Conn, S.Host.c_str(), S.User.c_str(), S.Password.c_str(),
                                 S.Database.c_str(), 0, nullptr, 0) != nullptr;
    mysql_close(Conn);
    if (!Ok)
      return false;
  }
  return true;
}

// Keeps trying until the server is up, then leaves the loop.
bool waitForServer(MYSQL *Conn, const Settings &S) {
  while (true) {
    // ok: database-connection-in-loop
    if (mysql_real_connect(Conn, S.Host.c_str(), S.User.c_str(), S.Password.c_str(),
                           S.Database.c_str(), 0, nullptr, 0))
      break;
    logError(mysql_error(Conn));
  }
  return true;
}

// --- ODBC -----------------------------------------------------------------------------

class ReportController {
public:
  explicit ReportController(SQLHDBC Dbc) : Dbc(Dbc) {}

  // A new ODBC connection for each download request.
  bool download(const std::string &ConnectionString) {
    // expect: database-connection-in-loop
    SQLRETURN Rc = SQLDriverConnect(Dbc, nullptr, (SQLCHAR *)ConnectionString.c_str(), SQL_NTS,
                                    nullptr, 0, nullptr, SQL_DRIVER_NOPROMPT);
    if (!SQL_SUCCEEDED(Rc))
      return false;
    return SQL_SUCCEEDED(SQLDisconnect(Dbc));
  }

private:
  SQLHDBC Dbc;
};

// One DSN per region: a different server each time.
bool checkRegions(SQLHDBC Dbc, const std::vector<std::string> &Dsns) {
  for (const std::string &Dsn : Dsns) {
    // ok: database-connection-in-loop
    if (!SQL_SUCCEEDED(SQLConnect(Dbc, (SQLCHAR *)Dsn.c_str(), SQL_NTS, nullptr, 0, nullptr, 0)))
      return false;
    if (!SQL_SUCCEEDED(SQLDisconnect(Dbc)))
      return false;
  }
  return true;
}

} // namespace jobs
