// real-headers: yes
// A user/session repository on SQLite as a service team writes it: RAII statement owners,
// every status checked, reused statements in batch jobs, transactions around related writes.
#include <cstdio>
#include <memory>
#include <optional>
#include <sqlite3.h>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace users {

struct User {
  long long Id = 0;
  std::string Email;
  std::string Name;
  int Status = 0;
};

class DbError : public std::runtime_error {
public:
  DbError(sqlite3 *Db, const std::string &What)
      : std::runtime_error(What + ": " + sqlite3_errmsg(Db)) {}
};

using StmtPtr = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

// One owner for every statement this repository prepares.
StmtPtr prepare(sqlite3 *Db, const char *Sql) {
  sqlite3_stmt *Raw = nullptr;
  // ok: database-resource-leak
  if (sqlite3_prepare_v2(Db, Sql, -1, &Raw, nullptr) != SQLITE_OK)
    throw DbError(Db, "prepare");
  return StmtPtr(Raw, &sqlite3_finalize);
}

class Transaction {
public:
  explicit Transaction(sqlite3 *Db) : Db(Db) {
    // ok: database-unchecked-result
    if (sqlite3_exec(Db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
      throw DbError(Db, "begin");
  }
  ~Transaction() {
    if (!Done)
      // ok: database-unchecked-result
      (void)sqlite3_exec(Db, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  void commit() {
    if (sqlite3_exec(Db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
      throw DbError(Db, "commit");
    Done = true;
  }

private:
  sqlite3 *Db;
  bool Done = false;
};

class UserRepository {
public:
  explicit UserRepository(const std::string &Path) {
    // ok: database-resource-leak
    int Rc = sqlite3_open_v2(Path.c_str(), &Db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (Rc != SQLITE_OK) {
      std::string Message = Db ? sqlite3_errmsg(Db) : "out of memory";
      sqlite3_close(Db);
      Db = nullptr;
      throw std::runtime_error("cannot open " + Path + ": " + Message);
    }
    sqlite3_busy_timeout(Db, 5000);
  }
  ~UserRepository() { sqlite3_close(Db); }
  UserRepository(const UserRepository &) = delete;
  UserRepository &operator=(const UserRepository &) = delete;

  std::optional<User> findByEmail(const std::string &Email) {
    // ok: database-select-star
    StmtPtr St = prepare(Db, "SELECT id, email, name, status FROM users WHERE email = ?1");
    // ok: database-unchecked-result
    if (sqlite3_bind_text(St.get(), 1, Email.c_str(), -1, SQLITE_TRANSIENT) != SQLITE_OK)
      throw DbError(Db, "bind email");
    int Rc = sqlite3_step(St.get());
    if (Rc == SQLITE_DONE)
      return std::nullopt;
    if (Rc != SQLITE_ROW)
      throw DbError(Db, "find user");
    return readUser(St.get());
  }

  std::vector<User> listByStatus(int Status) {
    StmtPtr St = prepare(Db, "SELECT id, email, name, status FROM users WHERE status = ?1 "
                             "ORDER BY id");
    // expect: database-unchecked-result
    sqlite3_bind_int(St.get(), 1, Status);
    std::vector<User> Out;
    int Rc;
    while ((Rc = sqlite3_step(St.get())) == SQLITE_ROW)
      Out.push_back(readUser(St.get()));
    if (Rc != SQLITE_DONE)
      throw DbError(Db, "list users");
    return Out;
  }

  // Batch import: one statement prepared before the loop, reset and cleared per row, all in
  // one transaction.
  void importUsers(const std::vector<User> &Batch) {
    Transaction Tx(Db);
    StmtPtr St = prepare(Db, "INSERT INTO users(email, name, status) VALUES (?1, ?2, ?3)");
    for (const User &U : Batch) {
      // ok: database-unchecked-result
      if (sqlite3_bind_text(St.get(), 1, U.Email.c_str(), -1, SQLITE_TRANSIENT) != SQLITE_OK ||
          sqlite3_bind_text(St.get(), 2, U.Name.c_str(), -1, SQLITE_TRANSIENT) != SQLITE_OK ||
          sqlite3_bind_int(St.get(), 3, U.Status) != SQLITE_OK)
        throw DbError(Db, "bind user");
      // ok: database-query-in-loop
      if (sqlite3_step(St.get()) != SQLITE_DONE)
        throw DbError(Db, "insert user");
      sqlite3_reset(St.get());
      sqlite3_clear_bindings(St.get());
    }
    Tx.commit();
  }

  // Two related writes in one transaction (RAII guard).
  void renameAndAudit(long long Id, const std::string &NewName, const std::string &Actor) {
    Transaction Tx(Db);
    {
      StmtPtr Up = prepare(Db, "UPDATE users SET name = ?1 WHERE id = ?2");
      // expect: database-unchecked-result
      sqlite3_bind_text(Up.get(), 1, NewName.c_str(), -1, SQLITE_TRANSIENT);
      // expect: database-unchecked-result
      sqlite3_bind_int64(Up.get(), 2, Id);
      if (sqlite3_step(Up.get()) != SQLITE_DONE)
        throw DbError(Db, "rename");
    }
    {
      // ok: database-missing-transaction
      StmtPtr Audit = prepare(Db, "INSERT INTO audit(actor, action, target) VALUES (?1, 'rename', ?2)");
      if (sqlite3_bind_text(Audit.get(), 1, Actor.c_str(), -1, SQLITE_TRANSIENT) != SQLITE_OK ||
          sqlite3_bind_int64(Audit.get(), 2, Id) != SQLITE_OK)
        throw DbError(Db, "bind audit");
      if (sqlite3_step(Audit.get()) != SQLITE_DONE)
        throw DbError(Db, "audit");
    }
    Tx.commit();
  }

  // Classic mistake: a search built by concatenating the caller's text.
  std::vector<User> search(const std::string &Term) {
    std::string Sql = "SELECT id, email, name, status FROM users WHERE name LIKE '%" + Term + "%'";
    sqlite3_stmt *St = nullptr;
    // expect: database-sql-injection
    if (sqlite3_prepare_v2(Db, Sql.c_str(), -1, &St, nullptr) != SQLITE_OK)
      throw DbError(Db, "search");
    std::vector<User> Out;
    while (sqlite3_step(St) == SQLITE_ROW)
      Out.push_back(readUser(St));
    sqlite3_finalize(St);
    return Out;
  }

  // Classic mistake: an early return skips the finalize.
  int countSessions(long long UserId) {
    sqlite3_stmt *St = nullptr;
    // expect: database-resource-leak
    if (sqlite3_prepare_v2(Db, "SELECT count(*) FROM sessions WHERE user_id = ?1", -1, &St,
                           nullptr) != SQLITE_OK)
      return -1;
    if (sqlite3_bind_int64(St, 1, UserId) != SQLITE_OK)
      return -1;
    int N = sqlite3_step(St) == SQLITE_ROW ? sqlite3_column_int(St, 0) : -1;
    sqlite3_finalize(St);
    return N;
  }

  // Classic mistakes: two writes that belong together, each committing on its own.
  void deleteUser(long long Id) {
    StmtPtr Sessions = prepare(Db, "DELETE FROM sessions WHERE user_id = ?1");
    if (sqlite3_bind_int64(Sessions.get(), 1, Id) != SQLITE_OK ||
        sqlite3_step(Sessions.get()) != SQLITE_DONE)
      throw DbError(Db, "delete sessions");
    StmtPtr Users = prepare(Db, "DELETE FROM users WHERE id = ?1");
    if (sqlite3_bind_int64(Users.get(), 1, Id) != SQLITE_OK ||
        // expect: database-missing-transaction
        sqlite3_step(Users.get()) != SQLITE_DONE)
      throw DbError(Db, "delete user");
  }

  // A dump for the admin page.
  void dumpTable() {
    // expect: database-select-star
    StmtPtr St = prepare(Db, "SELECT * FROM users");
    while (sqlite3_step(St.get()) == SQLITE_ROW)
      std::printf("%s\n", reinterpret_cast<const char *>(sqlite3_column_text(St.get(), 1)));
  }

  // COUNT(*) and EXISTS (SELECT * ...) are not column lists.
  bool anyActive() {
    // ok: database-select-star
    StmtPtr St = prepare(Db, "SELECT EXISTS (SELECT * FROM users WHERE status = 1), count(*) "
                             "FROM users");
    int Rc = sqlite3_step(St.get());
    if (Rc != SQLITE_ROW)
      throw DbError(Db, "any active");
    return sqlite3_column_int(St.get(), 0) != 0;
  }

private:
  static User readUser(sqlite3_stmt *St) {
    User U;
    U.Id = sqlite3_column_int64(St, 0);
    U.Email = reinterpret_cast<const char *>(sqlite3_column_text(St, 1));
    U.Name = reinterpret_cast<const char *>(sqlite3_column_text(St, 2));
    U.Status = sqlite3_column_int(St, 3);
    return U;
  }

  sqlite3 *Db = nullptr;
};

} // namespace users
