#include <QtCore/QString>
#include <QtCore/QVariant>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <soci/soci.h>
#include <string>

namespace crm {

// --- SOCI ---------------------------------------------------------------------------------

int countContacts(soci::session &Sql) {
  int Count = 0;
  // ok: database-select-star
  Sql << "SELECT COUNT(*) FROM contacts", soci::into(Count);
  return Count;
}

int firstContact(soci::session &Sql) {
  soci::rowset<soci::row> Rows =
      // expect: database-select-star
      (Sql.prepare << "SELECT * FROM contacts ORDER BY created_at");
  int Id = 0;
  for (const soci::row &Row : Rows)
    Id = Row.get<int>(0);
  return Id;
}

void loadContact(soci::session &Sql, int Id, std::string &Name) {
  // expect: database-select-star
  Sql << "SELECT c.* FROM contacts c WHERE c.id = :id", soci::use(Id), soci::into(Name);
}

// --- Qt -----------------------------------------------------------------------------------

// expect: database-select-star
static const QString kLeadsQuery = QStringLiteral("SELECT * FROM leads WHERE owner = :owner");
// ok: database-select-star
static const QString kLeadsCountQuery = QStringLiteral("SELECT count(*) FROM leads");

bool leadsOf(QSqlDatabase Db, int Owner) {
  QSqlQuery Query(Db);
  if (!Query.prepare(kLeadsQuery))
    return false;
  Query.bindValue(":owner", Owner);
  return Query.exec();
}

bool campaigns(QSqlDatabase Db) {
  QSqlQuery Query(Db);
  // expect: database-select-star
  return Query.exec("SELECT * FROM campaigns");
}

bool activeCampaigns(QSqlDatabase Db) {
  QSqlQuery Query(Db);
  // ok: database-select-star
  return Query.exec("SELECT id, name FROM campaigns WHERE active = true");
}

} // namespace crm
