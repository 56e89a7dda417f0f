// real-headers: yes
// How services assemble SQL safely: placeholder lists, optional constant clauses, sort columns
// from an allow-list, numbers streamed into the text, and the unsafe versions next to them.
#include <cstdio>
#include <libpq-fe.h>
#include <map>
#include <sqlite3.h>
#include <sstream>
#include <string>
#include <vector>

namespace builders {

// `WHERE id IN (?, ?, ?)` with one placeholder per value, the values bound.
int countUsers(sqlite3 *Db, const std::vector<long long> &Ids, bool OnlyActive) {
  std::string Sql = "SELECT count(id) FROM users WHERE id IN (";
  for (size_t I = 0; I < Ids.size(); ++I)
    Sql += I ? ",?" : "?";
  Sql += ")";
  if (OnlyActive)
    Sql += " AND active = 1";
  sqlite3_stmt *St = nullptr;
  // ok: database-sql-injection, database-resource-leak
  if (sqlite3_prepare_v2(Db, Sql.c_str(), -1, &St, nullptr) != SQLITE_OK)
    return -1;
  for (size_t I = 0; I < Ids.size(); ++I)
    if (sqlite3_bind_int64(St, static_cast<int>(I + 1), Ids[I]) != SQLITE_OK) {
      sqlite3_finalize(St);
      return -1;
    }
  int N = sqlite3_step(St) == SQLITE_ROW ? sqlite3_column_int(St, 0) : -1;
  sqlite3_finalize(St);
  return N;
}

// A sort column taken from a fixed table, chosen by the caller's key.
const char *const kSortColumns[] = {"name", "created_at", "last_login"};

PGresult *listUsers(PGconn *Conn, unsigned SortKey, int Limit) {
  std::ostringstream Sql;
  Sql << "SELECT id, name FROM users ORDER BY " << kSortColumns[SortKey % 3] << " LIMIT "
      << Limit;
  // ok: database-sql-injection, database-resource-leak
  return PQexec(Conn, Sql.str().c_str());
}

// Classic mistake: the sort column as the caller wrote it.
PGresult *listUsersBy(PGconn *Conn, const std::string &Column) {
  std::ostringstream Sql;
  Sql << "SELECT id, name FROM users ORDER BY " << Column;
  // expect: database-sql-injection
  return PQexec(Conn, Sql.str().c_str());
}

// Classic mistake: a value read from the network pasted into the filter.
void auditLogin(sqlite3 *Db, std::FILE *Socket) {
  char User[64];
  if (!std::fgets(User, sizeof User, Socket))
    return;
  char Sql[256];
  std::snprintf(Sql, sizeof Sql, "INSERT INTO logins(user) VALUES ('%s')", User);
  // expect: database-sql-injection, database-unchecked-result
  sqlite3_exec(Db, Sql, nullptr, nullptr, nullptr);
}

// The parameterised version.
bool auditLoginBound(sqlite3 *Db, std::FILE *Socket) {
  char User[64];
  if (!std::fgets(User, sizeof User, Socket))
    return false;
  sqlite3_stmt *St = nullptr;
  // ok: database-sql-injection, database-resource-leak
  if (sqlite3_prepare_v2(Db, "INSERT INTO logins(user) VALUES (?1)", -1, &St, nullptr) !=
      SQLITE_OK)
    return false;
  bool Ok = sqlite3_bind_text(St, 1, User, -1, SQLITE_TRANSIENT) == SQLITE_OK &&
            sqlite3_step(St) == SQLITE_DONE;
  sqlite3_finalize(St);
  return Ok;
}

} // namespace builders
