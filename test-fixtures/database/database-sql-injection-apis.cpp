// The C++ client libraries and ODBC: where request data ends up in the query text, and
// the parameterised forms that keep it out.
#include <QtCore/QString>
#include <QtSql/QSqlQuery>
#include <iostream>
#include <pqxx/pqxx>
#include <soci/soci.h>
#include <sql.h>
#include <sqlext.h>
#include <string>

namespace reports {

struct Filter {
  std::string Region;
  int Year;
};

pqxx::result byRegion(pqxx::work &Txn) {
  std::string Region;
  std::getline(std::cin, Region);
  // expect: database-sql-injection
  return Txn.exec("SELECT id, total FROM sales WHERE region = '" + Region + "'");
}

pqxx::result byRegionBound(pqxx::work &Txn, const Filter &F) {
  // ok: database-sql-injection
  return Txn.exec_params("SELECT id, total FROM sales WHERE region = $1 AND year = $2", F.Region,
                         F.Year);
}

pqxx::result byRegionQuoted(pqxx::work &Txn, const Filter &F) {
  // ok: database-sql-injection
  return Txn.exec("SELECT id, total FROM sales WHERE region = " + Txn.quote(F.Region));
}

int countForRegion(soci::session &Sql, const Filter &F) {
  int Count = 0;
  // expect: database-sql-injection
  Sql << "SELECT count(id) FROM sales WHERE region = '" << F.Region << "'", soci::into(Count);
  return Count;
}

int countForRegionBound(soci::session &Sql, const Filter &F) {
  int Count = 0;
  // ok: database-sql-injection
  Sql << "SELECT count(id) FROM sales WHERE region = :region AND year = " << F.Year,
      soci::use(F.Region, "region"), soci::into(Count);
  return Count;
}

bool archiveYear(const QString &Table, int Year) {
  QSqlQuery Query;
  // expect: database-sql-injection
  return Query.exec(QString("SELECT id FROM %1 WHERE year = %2").arg(Table).arg(Year));
}

bool archiveYearBound(const QString &Region) {
  QSqlQuery Query;
  // ok: database-sql-injection
  if (!Query.prepare("SELECT id FROM sales WHERE region = :region"))
    return false;
  Query.bindValue(":region", Region);
  return Query.exec();
}

SQLRETURN deleteDraft(SQLHSTMT Stmt, const char *Id) {
  std::string Sql = "SELECT id FROM drafts WHERE id = '" + std::string(Id) + "'";
  // expect: database-sql-injection
  return SQLExecDirect(Stmt, (SQLCHAR *)Sql.c_str(), SQL_NTS);
}

SQLRETURN listDrafts(SQLHSTMT Stmt) {
  static const char kQuery[] = "SELECT id FROM drafts ORDER BY id";
  // ok: database-sql-injection
  return SQLExecDirect(Stmt, (SQLCHAR *)kQuery, SQL_NTS);
}

} // namespace reports
