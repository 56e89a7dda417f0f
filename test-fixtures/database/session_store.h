// Session storage on SQLite, shared by the web handlers (a project header).
#pragma once

#include <sqlite3.h>
#include <string>

namespace web {

// An expired session returns before the statement is finalized.
inline bool isSessionValid(sqlite3 *Db, const std::string &Token, long Now) {
  sqlite3_stmt *Stmt = nullptr;
  // expect: database-resource-leak
  if (sqlite3_prepare_v2(Db, "SELECT expires_at FROM sessions WHERE token = ?1", -1, &Stmt,
                         nullptr) != SQLITE_OK)
    return false;
  if (sqlite3_bind_text(Stmt, 1, Token.c_str(), -1, SQLITE_TRANSIENT) != SQLITE_OK ||
      sqlite3_step(Stmt) != SQLITE_ROW)
    return false;
  bool Valid = sqlite3_column_int64(Stmt, 0) > Now;
  sqlite3_finalize(Stmt);
  return Valid;
}

// Finalized on every path: the cleanup label is reached from each early exit.
inline int countSessions(sqlite3 *Db) {
  sqlite3_stmt *Stmt = nullptr;
  int Count = -1;
  // ok: database-resource-leak
  int Rc = sqlite3_prepare_v2(Db, "SELECT count(token) FROM sessions", -1, &Stmt, nullptr);
  if (Rc != SQLITE_OK)
    goto done;
  if (sqlite3_step(Stmt) == SQLITE_ROW)
    Count = sqlite3_column_int(Stmt, 0);
done:
  sqlite3_finalize(Stmt);
  return Count;
}

} // namespace web
