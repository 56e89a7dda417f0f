#include <QtCore/QString>
#include <QtCore/QVariant>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <soci/soci.h>

namespace warehouse {

// --- SOCI ---------------------------------------------------------------------------------

void moveItem(soci::session &Sql, int Item, int From, int To) {
  Sql << "DELETE FROM shelf_items WHERE item = :item AND shelf = :shelf", soci::use(Item),
      soci::use(From);
  // expect: database-missing-transaction
  Sql << "INSERT INTO shelf_items (item, shelf) VALUES (:item, :shelf)", soci::use(Item),
      soci::use(To);
}

void moveItemAtomically(soci::session &Sql, int Item, int From, int To) {
  soci::transaction Tr(Sql);
  Sql << "DELETE FROM shelf_items WHERE item = :item AND shelf = :shelf", soci::use(Item),
      soci::use(From);
  // ok: database-missing-transaction
  Sql << "INSERT INTO shelf_items (item, shelf) VALUES (:item, :shelf)", soci::use(Item),
      soci::use(To);
  Tr.commit();
}

void countShelf(soci::session &Sql, int Shelf, int &Count) {
  Sql << "SELECT count(*) FROM shelf_items WHERE shelf = :shelf", soci::use(Shelf),
      soci::into(Count);
  // ok: database-missing-transaction
  Sql << "UPDATE shelves SET counted_at = CURRENT_TIMESTAMP WHERE id = :shelf", soci::use(Shelf);
}

// --- Qt -----------------------------------------------------------------------------------

bool tagPost(QSqlDatabase Db, int Post, const QString &Tag) {
  QSqlQuery AddTag(Db);
  if (!AddTag.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)")))
    return false;
  AddTag.addBindValue(Tag);
  if (!AddTag.exec())
    return false;
  QSqlQuery Link(Db);
  if (!Link.prepare(QStringLiteral("INSERT INTO post_tags (post_id, tag) VALUES (?, ?)")))
    return false;
  Link.addBindValue(Post);
  Link.addBindValue(Tag);
  // expect: database-missing-transaction
  return Link.exec();
}

bool tagPostAtomically(QSqlDatabase Db, int Post, const QString &Tag) {
  if (!Db.transaction())
    return false;
  QSqlQuery Query(Db);
  bool Ok = Query.prepare("INSERT INTO tags (name) VALUES (?)");
  Query.addBindValue(Tag);
  Ok = Ok && Query.exec();
  Ok = Ok && Query.prepare("INSERT INTO post_tags (post_id, tag) VALUES (?, ?)");
  Query.addBindValue(Post);
  Query.addBindValue(Tag);
  // ok: database-missing-transaction
  Ok = Ok && Query.exec();
  return Ok ? Db.commit() : Db.rollback();
}

// Near miss: the two writes are alternatives.
bool saveDraft(QSqlDatabase Db, bool Exists) {
  QSqlQuery Query(Db);
  if (Exists)
    return Query.exec("UPDATE drafts SET saved_at = CURRENT_TIMESTAMP WHERE id = 1");
  // ok: database-missing-transaction
  return Query.exec("INSERT INTO drafts (id, saved_at) VALUES (1, CURRENT_TIMESTAMP)");
}

} // namespace warehouse
