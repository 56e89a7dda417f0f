// Accounts on SOCI and an admin tool on Qt SQL: soci::transaction scopes, a session pool,
// prepared soci::statement objects reused in loops, QSqlDatabase::transaction(), execBatch.
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <cstdlib>
#include <soci/soci.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace accounts {

struct Transfer {
  int From;
  int To;
  long Cents;
};

// SOCI throws soci_error on every failure: nothing to check by hand.
class Ledger {
public:
  explicit Ledger(soci::connection_pool &Pool) : Pool(Pool) {}

  long balance(int Account) {
    soci::session Sql(Pool);
    long Cents = 0;
    // ok: database-unchecked-result, database-sql-injection
    Sql << "SELECT balance FROM accounts WHERE id = :id", soci::use(Account), soci::into(Cents);
    return Cents;
  }

  void transfer(const Transfer &T) {
    soci::session Sql(Pool);
    soci::transaction Tr(Sql);
    Sql << "UPDATE accounts SET balance = balance - :c WHERE id = :id", soci::use(T.Cents),
        soci::use(T.From);
    // ok: database-missing-transaction
    Sql << "UPDATE accounts SET balance = balance + :c WHERE id = :id", soci::use(T.Cents),
        soci::use(T.To);
    Tr.commit();
  }

  // A statement prepared once and executed per element inside one transaction.
  void postAll(const std::vector<Transfer> &Batch) {
    soci::session Sql(Pool);
    soci::transaction Tr(Sql);
    int From = 0;
    long Cents = 0;
    soci::statement St = (Sql.prepare << "UPDATE accounts SET balance = balance - :c WHERE "
                                         "id = :id",
                          soci::use(Cents), soci::use(From));
    for (const Transfer &T : Batch) {
      From = T.From;
      Cents = T.Cents;
      // expect: database-query-in-loop
      St.execute(true);
    }
    Tr.commit();
  }

  // Classic mistake: writes outside a transaction.
  void openAccount(int Id, const std::string &Owner) {
    soci::session Sql(Pool);
    Sql << "INSERT INTO accounts(id, owner, balance) VALUES (:id, :o, 0)", soci::use(Id),
        soci::use(Owner);
    // expect: database-missing-transaction
    Sql << "INSERT INTO audit(action, account) VALUES ('open', :id)", soci::use(Id);
  }

  // Classic mistake: the owner name streamed into the query text.
  int countByOwner(const std::string &Owner) {
    soci::session Sql(Pool);
    int N = 0;
    // expect: database-sql-injection
    Sql << "SELECT count(id) FROM accounts WHERE owner = '" << Owner << "'", soci::into(N);
    return N;
  }

private:
  soci::connection_pool &Pool;
};

// Classic mistake: a session opened for every request with credentials in the code.
int handleAccountCount() {
  // expect: database-connection-in-loop, database-hardcoded-connection-string
  soci::session Sql("postgresql", "host=db.prod dbname=bank user=app password=Winter2024");
  int N = 0;
  Sql << "SELECT count(id) FROM accounts", soci::into(N);
  return N;
}

// --- Qt ----------------------------------------------------------------------------------

bool openAdminDb(const QString &Path) {
  QSqlDatabase Db = QSqlDatabase::addDatabase("QSQLITE", "admin");
  Db.setDatabaseName(Path);
  // ok: database-unchecked-result
  if (!Db.open())
    return false;
  return true;
}

// Rows written with one prepared query and execBatch, inside a transaction.
bool importTags(QSqlDatabase &Db, const QVariant &Names /* a QVariantList */) {
  if (!Db.transaction())
    return false;
  QSqlQuery Q(Db);
  // ok: database-unchecked-result
  if (!Q.prepare("INSERT INTO tags(name) VALUES (?)")) {
    Db.rollback();
    return false;
  }
  Q.addBindValue(Names);
  // ok: database-query-in-loop
  if (!Q.execBatch()) {
    Db.rollback();
    return false;
  }
  return Db.commit();
}

// A prepared query reused for every row, checked, inside a transaction.
bool renameTags(QSqlDatabase &Db, const std::vector<std::pair<int, QString>> &Renames) {
  if (!Db.transaction())
    return false;
  QSqlQuery Q(Db);
  if (!Q.prepare("UPDATE tags SET name = :name WHERE id = :id"))
    return Db.rollback(), false;
  for (const auto &R : Renames) {
    Q.bindValue(":id", R.first);
    Q.bindValue(":name", R.second);
    // expect: database-query-in-loop
    if (!Q.exec()) {
      Db.rollback();
      return false;
    }
  }
  return Db.commit();
}

// Classic mistakes: an unchecked exec and a SELECT *.
int tagCount(QSqlDatabase &Db) {
  QSqlQuery Q(Db);
  // expect: database-unchecked-result, database-select-star
  Q.exec("SELECT * FROM tags");
  int N = 0;
  while (Q.next())
    ++N;
  return N;
}

// Classic mistake: a filter pasted into the text.
bool deleteTag(QSqlDatabase &Db, const QString &Name) {
  QSqlQuery Q(Db);
  // expect: database-sql-injection
  return Q.exec("DELETE FROM tags WHERE name = '" + Name + "'");
}

} // namespace accounts
