#include <QtCore/QString>
#include <QtCore/QVariant>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <pqxx/pqxx>

namespace inventory {

void warn(const QString &Message);

class StockRepository {
public:
  explicit StockRepository(QSqlDatabase Db) : Db(Db) {}

  void connect(const QString &User, const QString &Password) {
    // expect: database-unchecked-result
    Db.open(User, Password);
    Connected = true;
  }

  // open() and exec() checked afterwards through the objects' error state.
  bool connectChecked(const QString &User, const QString &Password) {
    // open()'s result noticed later through isOpen() is not recognised yet (see the
    // rule's Limits), so this near miss checks the result directly.
    // ok: database-unchecked-result
    if (!Db.open(User, Password) || !Db.isOpen())
      return false;
    QSqlQuery Query(Db);
    // ok: database-unchecked-result
    Query.exec("UPDATE stock SET checked_at = CURRENT_TIMESTAMP");
    return !Query.lastError().isValid();
  }

  // exec() on its own: a failed UPDATE goes unnoticed and the handler answers 200.
  void reserve(int Sku, int Quantity) {
    QSqlQuery Query(Db);
    // ok: database-unchecked-result
    if (!Query.prepare(QStringLiteral("UPDATE stock SET reserved = reserved + ? WHERE sku = ?")))
      return;
    Query.addBindValue(Quantity);
    Query.addBindValue(Sku);
    // expect: database-unchecked-result
    Query.exec();
  }

  void releaseNegative() {
    QSqlQuery Query(Db);
    // expect: database-unchecked-result
    Query.exec(QString("UPDATE stock SET reserved = 0 WHERE reserved < 0"));
  }

  // The Qt idiom: prepare() unchecked, exec() checked; a failed prepare makes exec() fail
  // with the prepare error in lastError().
  bool restock(int Sku, int Quantity) {
    QSqlQuery Query(Db);
    // ok: database-unchecked-result
    Query.prepare("UPDATE stock SET available = available + :qty WHERE sku = :sku");
    Query.bindValue(":qty", Quantity);
    Query.bindValue(":sku", Sku);
    // ok: database-unchecked-result
    if (!Query.exec()) {
      warn(Query.lastError().text());
      return false;
    }
    return true;
  }

  // prepare() unchecked and exec() unchecked too: both are findings.
  void audit(int Sku) {
    QSqlQuery Query(Db);
    // expect: database-unchecked-result
    Query.prepare("INSERT INTO stock_audit (sku) VALUES (?)");
    Query.addBindValue(Sku);
    // expect: database-unchecked-result
    Query.exec();
  }

  int available(int Sku) {
    QSqlQuery Query(Db);
    // ok: database-unchecked-result
    Query.prepare("SELECT available FROM stock WHERE sku = ?");
    Query.addBindValue(Sku);
    bool Ok = Query.exec() && Query.next();
    return Ok ? Query.value(0).toInt() : -1;
  }

private:
  QSqlDatabase Db;
  bool Connected = false;
};

// libpqxx reports failures by throwing: nothing to check in a return value.
void expire(pqxx::connection &Conn) {
  pqxx::work Tx{Conn};
  // ok: database-unchecked-result
  Tx.exec0("DELETE FROM reservations WHERE expires_at < now()");
  Tx.commit();
}

} // namespace inventory
