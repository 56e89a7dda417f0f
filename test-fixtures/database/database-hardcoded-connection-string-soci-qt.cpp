#include <QtCore/QString>
#include <QtSql/QSqlDatabase>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <stdlib.h>
#include <string>

namespace support {

std::string configValue(const char *Key);

// --- SOCI ---------------------------------------------------------------------------------

void openTickets(soci::session &Sql) {
  // expect: database-hardcoded-connection-string
  Sql.open(soci::postgresql, "dbname=tickets host=tickets-db.prod.internal");
}

void openTicketsUri() {
  // expect: database-hardcoded-connection-string
  soci::session Sql("postgresql://tickets-db.prod.internal/tickets");
}

void openTicketsAsAdmin() {
  // expect: database-hardcoded-connection-string
  soci::session Sql("postgresql://admin:hunter2@tickets-db.prod.internal:5432/tickets");
}

void openTicketsConfigured() {
  // ok: database-hardcoded-connection-string
  soci::session Sql(soci::postgresql, configValue("tickets.connection"));
}

void openTicketsLocal() {
  // ok: database-hardcoded-connection-string
  soci::session Sql(soci::postgresql, "dbname=tickets host=localhost");
}

// --- Qt -----------------------------------------------------------------------------------

QSqlDatabase openKnowledgeBase() {
  QSqlDatabase Db = QSqlDatabase::addDatabase("QPSQL");
  // expect: database-hardcoded-connection-string
  Db.setHostName("kb.db.example.org");
  Db.setDatabaseName("knowledge");
  return Db;
}

QSqlDatabase openKnowledgeBaseAsReader() {
  QSqlDatabase Db = QSqlDatabase::addDatabase("QPSQL");
  Db.setUserName("kb_reader");
  // expect: database-hardcoded-connection-string
  Db.setPassword(QStringLiteral("kb-reader-2024"));
  return Db;
}

QSqlDatabase openKnowledgeBaseConfigured() {
  QSqlDatabase Db = QSqlDatabase::addDatabase("QPSQL");
  // ok: database-hardcoded-connection-string
  Db.setHostName(QString::fromStdString(configValue("kb.host")));
  // ok: database-hardcoded-connection-string
  Db.setDatabaseName("knowledge");
  return Db;
}

QSqlDatabase openKnowledgeBaseLocal() {
  QSqlDatabase Db = QSqlDatabase::addDatabase("QPSQL");
  // ok: database-hardcoded-connection-string
  Db.setHostName(QStringLiteral("127.0.0.1"));
  return Db;
}

// The ODBC driver takes a whole connection string as the database name.
QSqlDatabase openLegacyCrm() {
  QSqlDatabase Db = QSqlDatabase::addDatabase("QODBC");
  // expect: database-hardcoded-connection-string
  Db.setDatabaseName("DRIVER={FreeTDS};SERVER=crm-legacy.corp.example.com;DATABASE=crm");
  return Db;
}

} // namespace support
