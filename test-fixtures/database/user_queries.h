// Project header: a query helper written inline in a header is checked where it is written.
#pragma once

#include <sqlite3.h>
#include <string>

namespace users {

inline int deleteSessionsOf(sqlite3 *Db, const std::string &UserId) {
  std::string Sql = "DELETE FROM sessions WHERE user_id = '" + UserId + "'";
  // expect: database-sql-injection
  return sqlite3_exec(Db, Sql.c_str(), nullptr, nullptr, nullptr);
}

inline int purgeExpiredSessions(sqlite3 *Db) {
  // ok: database-sql-injection
  return sqlite3_exec(Db, "DELETE FROM sessions WHERE expires_at < strftime('%s','now')", nullptr,
                      nullptr, nullptr);
}

} // namespace users
