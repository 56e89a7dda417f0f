// real-headers: yes
// A session store on SQLite with the idioms of a long-lived service: scope guards, lazily
// prepared statements, statuses kept in members, retries on SQLITE_BUSY, savepoints.
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <sqlite3.h>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace sessions {

class ScopeGuard {
public:
  explicit ScopeGuard(std::function<void()> F) : F(std::move(F)) {}
  ~ScopeGuard() { F(); }

private:
  std::function<void()> F;
};

void check(int Rc, sqlite3 *Db, const char *What) {
  if (Rc != SQLITE_OK && Rc != SQLITE_DONE && Rc != SQLITE_ROW)
    throw std::runtime_error(std::string(What) + ": " + sqlite3_errmsg(Db));
}

struct Event {
  std::string Token;
  std::string Kind;
};

class SessionStore {
public:
  explicit SessionStore(sqlite3 *Db) : Db(Db) {}
  ~SessionStore() {
    for (auto &Entry : Cache)
      sqlite3_finalize(Entry.second);
  }

  // A statement cache: each distinct text prepared once.
  sqlite3_stmt *cached(const std::string &Sql) {
    auto It = Cache.find(Sql);
    if (It != Cache.end()) {
      sqlite3_reset(It->second);
      return It->second;
    }
    sqlite3_stmt *St = nullptr;
    // ok: database-resource-leak, database-sql-injection
    check(sqlite3_prepare_v3(Db, Sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &St, nullptr), Db,
          "prepare");
    Cache.emplace(Sql, St);
    return St;
  }

  bool touch(const std::string &Token) {
    sqlite3_stmt *St = cached("UPDATE sessions SET seen = strftime('%s','now') WHERE token = ?1");
    check(sqlite3_bind_text(St, 1, Token.c_str(), -1, SQLITE_TRANSIENT), Db, "bind");
    LastRc = sqlite3_step(St);
    if (LastRc != SQLITE_DONE)
      return false;
    return sqlite3_changes(Db) == 1;
  }

  // A scope guard owns the statement; the early returns are fine.
  std::string userOf(const std::string &Token) {
    sqlite3_stmt *St = nullptr;
    // ok: database-resource-leak
    if (sqlite3_prepare_v2(Db, "SELECT user_id FROM sessions WHERE token = ?1", -1, &St,
                           nullptr) != SQLITE_OK)
      return {};
    ScopeGuard Finalize([St] { sqlite3_finalize(St); });
    if (sqlite3_bind_text(St, 1, Token.c_str(), -1, SQLITE_STATIC) != SQLITE_OK)
      return {};
    if (sqlite3_step(St) != SQLITE_ROW)
      return {};
    return reinterpret_cast<const char *>(sqlite3_column_text(St, 0));
  }

  // Handed to a unique_ptr right after the prepare.
  int activeCount() {
    sqlite3_stmt *Raw = nullptr;
    // ok: database-resource-leak
    int Rc = sqlite3_prepare_v2(Db, "SELECT count(token) FROM sessions WHERE seen > ?1", -1,
                                &Raw, nullptr);
    if (Rc != SQLITE_OK)
      return -1;
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> St(Raw, &sqlite3_finalize);
    if ((Rc = sqlite3_bind_int64(St.get(), 1, 0)) != SQLITE_OK)
      return -1;
    switch (sqlite3_step(St.get())) {
    case SQLITE_ROW:
      return sqlite3_column_int(St.get(), 0);
    case SQLITE_DONE:
      return 0;
    default:
      return -1;
    }
  }

  // Lazily prepared on the first iteration, reused, finalized once after the loop.
  bool recordEvents(const std::vector<Event> &Events) {
    sqlite3_stmt *St = nullptr;
    bool Ok = true;
    // ok: database-unchecked-result
    if (sqlite3_exec(Db, "SAVEPOINT record_events", nullptr, nullptr, nullptr) != SQLITE_OK)
      return false;
    for (const Event &E : Events) {
      // ok: database-prepare-in-loop, database-resource-leak
      if (!St && sqlite3_prepare_v2(Db, "INSERT INTO events(token, kind) VALUES (?1, ?2)", -1,
                                    &St, nullptr) != SQLITE_OK) {
        Ok = false;
        break;
      }
      if (sqlite3_bind_text(St, 1, E.Token.c_str(), -1, SQLITE_TRANSIENT) != SQLITE_OK ||
          sqlite3_bind_text(St, 2, E.Kind.c_str(), -1, SQLITE_TRANSIENT) != SQLITE_OK ||
          // ok: database-missing-transaction
          sqlite3_step(St) != SQLITE_DONE) {
        Ok = false;
        break;
      }
      sqlite3_reset(St);
    }
    sqlite3_finalize(St);
    const char *End = Ok ? "RELEASE record_events" : "ROLLBACK TO record_events";
    return sqlite3_exec(Db, End, nullptr, nullptr, nullptr) == SQLITE_OK && Ok;
  }

  // A retry loop: prepared again only after SQLITE_BUSY.
  sqlite3_stmt *prepareWithRetry(const char *Sql) {
    sqlite3_stmt *St = nullptr;
    for (int Attempt = 0; Attempt < 10; ++Attempt) {
      // ok: database-prepare-in-loop, database-resource-leak, database-sql-injection
      int Rc = sqlite3_prepare_v2(Db, Sql, -1, &St, nullptr);
      if (Rc == SQLITE_OK)
        return St;
      if (Rc != SQLITE_BUSY)
        break;
      sqlite3_sleep(50);
    }
    return nullptr;
  }

  // Rows read with an early exit that finalizes first.
  bool hasKind(const std::string &Token, const std::string &Kind) {
    sqlite3_stmt *St = nullptr;
    // ok: database-resource-leak
    if (sqlite3_prepare_v2(Db, "SELECT kind FROM events WHERE token = ?1", -1, &St, nullptr) !=
        SQLITE_OK)
      return false;
    if (sqlite3_bind_text(St, 1, Token.c_str(), -1, SQLITE_TRANSIENT) != SQLITE_OK) {
      sqlite3_finalize(St);
      return false;
    }
    int Rc;
    while ((Rc = sqlite3_step(St)) == SQLITE_ROW) {
      if (Kind == reinterpret_cast<const char *>(sqlite3_column_text(St, 0))) {
        sqlite3_finalize(St);
        return true;
      }
    }
    sqlite3_finalize(St);
    return false;
  }

  // The step's error comes back from sqlite3_reset (and sqlite3_finalize).
  bool bump(const std::string &Token) {
    sqlite3_stmt *St = cached("UPDATE sessions SET hits = hits + 1 WHERE token = ?1");
    if (sqlite3_bind_text(St, 1, Token.c_str(), -1, SQLITE_TRANSIENT) != SQLITE_OK)
      return false;
    // ok: database-unchecked-result
    sqlite3_step(St);
    return sqlite3_reset(St) == SQLITE_OK;
  }

  int bumpAll() {
    sqlite3_stmt *St = cached("UPDATE sessions SET hits = hits + 1");
    // ok: database-unchecked-result
    int Rc = sqlite3_step(St);
    Rc = sqlite3_reset(St);
    return Rc;
  }

  // Classic mistake: the status of the bind overwritten by the step before anyone looks.
  bool revoke(const std::string &Token) {
    sqlite3_stmt *St = cached("DELETE FROM sessions WHERE token = ?1");
    // expect: database-unchecked-result
    int Rc = sqlite3_bind_text(St, 1, Token.c_str(), -1, SQLITE_TRANSIENT);
    Rc = sqlite3_step(St);
    return Rc == SQLITE_DONE;
  }

  // Classic mistake: the token pasted into the statement.
  bool revokeAll(const std::string &UserToken) {
    std::string Sql = "DELETE FROM sessions WHERE user_id = (SELECT user_id FROM sessions "
                      "WHERE token = '" +
                      UserToken + "')";
    char *Error = nullptr;
    // expect: database-sql-injection
    int Rc = sqlite3_exec(Db, Sql.c_str(), nullptr, nullptr, &Error);
    sqlite3_free(Error);
    return Rc == SQLITE_OK;
  }

  // Classic mistake: a statement leaked when the step fails.
  bool purge(long long Before) {
    sqlite3_stmt *St = nullptr;
    // expect: database-resource-leak
    if (sqlite3_prepare_v2(Db, "DELETE FROM sessions WHERE seen < ?1", -1, &St, nullptr) !=
        SQLITE_OK)
      return false;
    if (sqlite3_bind_int64(St, 1, Before) != SQLITE_OK || sqlite3_step(St) != SQLITE_DONE)
      return false;
    sqlite3_finalize(St);
    return true;
  }

  // Classic mistake: the step's status thrown away.
  void markAllSeen() {
    sqlite3_stmt *St = cached("UPDATE sessions SET seen = strftime('%s','now')");
    // expect: database-unchecked-result
    sqlite3_step(St);
  }

private:
  sqlite3 *Db;
  int LastRc = SQLITE_OK;
  std::map<std::string, sqlite3_stmt *> Cache;
};

// Classic mistake: a request handler that opens the database file for every request.
int handleSessionCount(const char *Path) {
  sqlite3 *Db = nullptr;
  // expect: database-connection-in-loop
  if (sqlite3_open_v2(Path, &Db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(Db);
    return -1;
  }
  SessionStore Store(Db);
  int N = Store.activeCount();
  sqlite3_close(Db);
  return N;
}

// The SQLite callback API, with the error message freed.
int countRows(sqlite3 *Db) {
  int N = 0;
  char *Error = nullptr;
  auto Count = [](void *Arg, int, char **, char **) {
    ++*static_cast<int *>(Arg);
    return 0;
  };
  // ok: database-unchecked-result
  if (sqlite3_exec(Db, "SELECT token FROM sessions", Count, &N, &Error) != SQLITE_OK) {
    std::fprintf(stderr, "count: %s\n", Error);
    sqlite3_free(Error);
    return -1;
  }
  return N;
}

} // namespace sessions
