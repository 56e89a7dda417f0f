// Importers and sync jobs on SQLite, PostgreSQL (libpq) and MySQL.
#include <libpq-fe.h>
#include <mysql/mysql.h>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace importer {

void logError(const char *What);
std::string insertInto(const std::string &Table);

struct User {
  std::string Name;
  std::string Email;
};

// --- SQLite ---------------------------------------------------------------------------

// The statement is compiled again for every user, then thrown away.
bool importUsers(sqlite3 *Db, const std::vector<User> &Users) {
  for (const User &U : Users) {
    sqlite3_stmt *Stmt = nullptr;
    // expect: database-prepare-in-loop
    if (sqlite3_prepare_v2(Db, "UPDATE users SET email = ?2 WHERE name = ?1", -1, &Stmt,
                           nullptr) != SQLITE_OK)
      return false;
    bool Ok = sqlite3_bind_text(Stmt, 1, U.Name.c_str(), -1, SQLITE_TRANSIENT) == SQLITE_OK &&
              sqlite3_bind_text(Stmt, 2, U.Email.c_str(), -1, SQLITE_TRANSIENT) == SQLITE_OK &&
              sqlite3_step(Stmt) == SQLITE_DONE;
    sqlite3_finalize(Stmt);
    if (!Ok)
      return false;
  }
  return true;
}

// Prepared once; the loop only binds, steps and resets.
bool importUsersOnce(sqlite3 *Db, const std::vector<User> &Users) {
  sqlite3_stmt *Stmt = nullptr;
  // ok: database-prepare-in-loop
  if (sqlite3_prepare_v2(Db, "UPDATE users SET email = ?2 WHERE name = ?1", -1, &Stmt,
                         nullptr) != SQLITE_OK)
    return false;
  bool Ok = true;
  for (const User &U : Users) {
    Ok = sqlite3_bind_text(Stmt, 1, U.Name.c_str(), -1, SQLITE_TRANSIENT) == SQLITE_OK &&
         sqlite3_bind_text(Stmt, 2, U.Email.c_str(), -1, SQLITE_TRANSIENT) == SQLITE_OK &&
         sqlite3_step(Stmt) == SQLITE_DONE && sqlite3_reset(Stmt) == SQLITE_OK &&
         sqlite3_clear_bindings(Stmt) == SQLITE_OK;
    if (!Ok)
      break;
  }
  sqlite3_finalize(Stmt);
  return Ok;
}

// A retry loop: it prepares again only while the database is busy.
int prepareWhenIdle(sqlite3 *Db, sqlite3_stmt **Out) {
  int Rc;
  // ok: database-prepare-in-loop
  while ((Rc = sqlite3_prepare_v2(Db, "SELECT name FROM users", -1, Out, nullptr)) ==
         SQLITE_BUSY)
    sqlite3_sleep(10);
  return Rc;
}

// Each migration is a different statement: the text changes with the iteration.
bool migrate(sqlite3 *Db, const std::vector<std::string> &Steps) {
  for (const std::string &Step : Steps) {
    sqlite3_stmt *Stmt = nullptr;
    // ok: database-prepare-in-loop
    if (sqlite3_prepare_v2(Db, Step.c_str(), -1, &Stmt, nullptr) != SQLITE_OK)
      return false;
    int Rc = sqlite3_step(Stmt);
    sqlite3_finalize(Stmt);
    if (Rc != SQLITE_DONE)
      return false;
  }
  return true;
}

// --- libpq ----------------------------------------------------------------------------

// Text built once before the loop is still the same text on every iteration.
bool copyRows(PGconn *Conn, const std::string &Table, const std::vector<std::string> &Rows) {
  const std::string Sql = insertInto(Table);
  for (const std::string &Row : Rows) {
    // expect: database-prepare-in-loop
    PGresult *Prepared = PQprepare(Conn, "", Sql.c_str(), 1, nullptr);
    bool Ok = PQresultStatus(Prepared) == PGRES_COMMAND_OK;
    PQclear(Prepared);
    if (!Ok)
      return false;
    const char *Params[1] = {Row.c_str()};
    // Also a round-trip per row: COPY would send them all at once.
    // expect: database-query-in-loop
    PGresult *Res = PQexecPrepared(Conn, "", 1, Params, nullptr, nullptr, 0);
    Ok = PQresultStatus(Res) == PGRES_COMMAND_OK;
    PQclear(Res);
    if (!Ok)
      return false;
  }
  return true;
}

struct Statement {
  const char *Name;
  const char *Sql;
};

// Registering a list of different statements at start-up: one prepare per statement.
bool prepareAll(PGconn *Conn, const std::vector<Statement> &Statements) {
  for (const Statement &S : Statements) {
    // ok: database-prepare-in-loop
    PGresult *Res = PQprepare(Conn, S.Name, S.Sql, 0, nullptr);
    bool Ok = PQresultStatus(Res) == PGRES_COMMAND_OK;
    if (!Ok)
      logError(PQresultErrorMessage(Res));
    PQclear(Res);
    if (!Ok)
      return false;
  }
  return true;
}

// --- MySQL ----------------------------------------------------------------------------

bool touchSessions(MYSQL_STMT *Stmt, const std::vector<long> &SessionIds) {
  static const char Sql[] = "UPDATE sessions SET seen_at = NOW() WHERE id = ?";
  for (long Id : SessionIds) {
    // expect: database-prepare-in-loop
    if (mysql_stmt_prepare(Stmt, Sql, sizeof Sql - 1) != 0)
      return false;
    MYSQL_BIND Bind[1] = {};
    Bind[0].buffer = &Id;
    // expect: database-query-in-loop
    if (mysql_stmt_bind_param(Stmt, Bind) || mysql_stmt_execute(Stmt) != 0)
      return false;
  }
  return true;
}

// Prepared once; the loop only executes with the next value.
bool touchSessionsOnce(MYSQL_STMT *Stmt, const std::vector<long> &SessionIds) {
  static const char Sql[] = "UPDATE sessions SET seen_at = NOW() WHERE id = ?";
  // ok: database-prepare-in-loop
  if (mysql_stmt_prepare(Stmt, Sql, sizeof Sql - 1) != 0)
    return false;
  long Id = 0;
  MYSQL_BIND Bind[1] = {};
  Bind[0].buffer = &Id;
  if (mysql_stmt_bind_param(Stmt, Bind))
    return false;
  for (long Session : SessionIds) {
    Id = Session;
    // expect: database-query-in-loop
    if (mysql_stmt_execute(Stmt) != 0)
      return false;
  }
  return true;
}

} // namespace importer
