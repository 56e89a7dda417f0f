// Prepared statements through libpqxx, SOCI, Qt SQL and ODBC, inside and outside loops.
#include <QtCore/QString>
#include <QtCore/QVariant>
#include <QtSql/QSqlQuery>
#include <pqxx/pqxx>
#include <soci/soci.h>
#include <sql.h>
#include <sqlext.h>
#include <string>
#include <vector>

namespace audit {

void logError(const char *What);

struct Event {
  int Id;
  std::string Kind;
};

// --- libpqxx --------------------------------------------------------------------------

void recordAll(pqxx::connection &Conn, const std::vector<Event> &Events) {
  for (const Event &E : Events) {
    // expect: database-prepare-in-loop
    Conn.prepare("record_event", "UPDATE events SET seen = true WHERE id = $1");
    pqxx::work Tx(Conn);
    // expect: database-query-in-loop
    Tx.exec_prepared("record_event", E.Id);
    Tx.commit();
  }
}

// Prepared once when the repository is created; the loop only runs it.
void prepareRepository(pqxx::connection &Conn) {
  // ok: database-prepare-in-loop
  Conn.prepare("record_event", "UPDATE events SET seen = true WHERE id = $1");
}

// --- SOCI -----------------------------------------------------------------------------

void markAll(soci::session &Sql, const std::vector<int> &Ids) {
  for (int Id : Ids) {
    int Current = Id;
    // expect: database-prepare-in-loop
    soci::statement Mark = (Sql.prepare << "UPDATE events SET seen = true WHERE id = :id",
                            soci::use(Current));
    // expect: database-query-in-loop
    Mark.execute(true);
  }
}

// One statement per table, each with its own text.
void purge(soci::session &Sql, const std::vector<std::string> &PurgeStatements) {
  for (const std::string &Text : PurgeStatements) {
    soci::statement Purge(Sql);
    // ok: database-prepare-in-loop
    Purge.prepare(Text);
    Purge.execute(true);
  }
}

// --- Qt SQL ---------------------------------------------------------------------------

bool tagAll(QSqlQuery &Q, const std::vector<QString> &Tags) {
  for (const QString &Tag : Tags) {
    // expect: database-prepare-in-loop
    if (!Q.prepare("UPDATE tags SET used = used + 1 WHERE name = ?"))
      return false;
    Q.addBindValue(QVariant(Tag));
    // expect: database-query-in-loop
    if (!Q.exec())
      return false;
  }
  return true;
}

// A retry loop: it stops at the first prepare that works.
bool prepareWithRetry(QSqlQuery &Q) {
  for (int Attempt = 0; Attempt < 5; ++Attempt) {
    // ok: database-prepare-in-loop
    if (Q.prepare("SELECT name FROM tags WHERE used > ?"))
      return true;
    logError("prepare failed, retrying");
  }
  return false;
}

// --- ODBC -----------------------------------------------------------------------------

bool closeAll(SQLHSTMT Stmt, const std::vector<SQLINTEGER> &TicketIds) {
  for (SQLINTEGER Id : TicketIds) {
    SQLINTEGER Ticket = Id;
    // expect: database-prepare-in-loop
    if (!SQL_SUCCEEDED(SQLPrepare(Stmt, (SQLCHAR *)"UPDATE tickets SET closed = 1 WHERE id = ?",
                                  SQL_NTS)) ||
        !SQL_SUCCEEDED(SQLBindParameter(Stmt, 1, SQL_PARAM_INPUT, SQL_C_SLONG, SQL_INTEGER, 0, 0,
                                        &Ticket, 0, nullptr)) ||
        // expect: database-query-in-loop
        !SQL_SUCCEEDED(SQLExecute(Stmt)))
      return false;
  }
  return true;
}

// Each report has its own query text.
bool runReports(SQLHSTMT Stmt, const std::vector<std::string> &Reports) {
  for (const std::string &Report : Reports) {
    // ok: database-prepare-in-loop
    if (!SQL_SUCCEEDED(SQLPrepare(Stmt, (SQLCHAR *)Report.c_str(), SQL_NTS)) ||
        !SQL_SUCCEEDED(SQLExecute(Stmt)) || !SQL_SUCCEEDED(SQLFreeStmt(Stmt, SQL_CLOSE)))
      return false;
  }
  return true;
}

} // namespace audit
