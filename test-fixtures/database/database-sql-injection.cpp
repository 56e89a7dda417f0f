#include "user_queries.h"
#include <cstdio>
#include <format>
#include <sqlite3.h>
#include <sstream>
#include <string>
#include <vector>

namespace users {

constexpr const char *kUsersTable = "users";
const char *const kColumns = "id, email, display_name";

struct LoginRequest {
  std::string Email;
  std::string Password;
};

void logWarning(const char *Message);

class UserRepository {
public:
  explicit UserRepository(sqlite3 *Db) : Db(Db) {}

  // The classic: a request field spliced between quotes.
  int findByEmail(const LoginRequest &Request) {
    std::string Sql = "SELECT id FROM users WHERE email = '" + Request.Email + "'";
    // expect: database-sql-injection
    return sqlite3_exec(Db, Sql.c_str(), nullptr, nullptr, nullptr);
  }

  // Built directly inside the call.
  int rename(int UserId, const std::string &Name) {
    sqlite3_stmt *Stmt = nullptr;
    // expect: database-sql-injection
    int Rc = sqlite3_prepare_v2(Db,
                                ("UPDATE users SET display_name = '" + Name +
                                 "' WHERE id = " + std::to_string(UserId))
                                    .c_str(),
                                -1, &Stmt, nullptr);
    sqlite3_finalize(Stmt);
    return Rc;
  }

  // Appended piece by piece.
  int search(const std::string &Prefix, int Limit) {
    std::string Sql;
    Sql.reserve(128);
    Sql += "SELECT id FROM users WHERE display_name LIKE '";
    Sql.append(Prefix);
    Sql += "%' LIMIT ";
    Sql += std::to_string(Limit);
    sqlite3_stmt *Stmt = nullptr;
    // expect: database-sql-injection
    int Rc = sqlite3_prepare_v3(Db, Sql.c_str(), -1, 0, &Stmt, nullptr);
    sqlite3_finalize(Stmt);
    return Rc;
  }

  // Formatted into a fixed buffer.
  int disable(const char *Email) {
    char Sql[256];
    snprintf(Sql, sizeof Sql, "UPDATE users SET disabled = 1 WHERE email = '%s'", Email);
    // expect: database-sql-injection
    return sqlite3_exec(Db, Sql, nullptr, nullptr, nullptr);
  }

  // Streamed.
  int countByDomain(const std::string &Domain) {
    std::ostringstream Query;
    Query << "SELECT count(*) FROM users WHERE email LIKE '%@" << Domain << "'";
    sqlite3_stmt *Stmt = nullptr;
    // expect: database-sql-injection
    int Rc = sqlite3_prepare_v2(Db, Query.str().c_str(), -1, &Stmt, nullptr);
    sqlite3_finalize(Stmt);
    return Rc;
  }

  // std::format is concatenation with better manners.
  int tagUser(int UserId, const std::string &Tag) {
    std::string Sql = std::format("INSERT INTO user_tags VALUES ({}, '{}')", UserId, Tag);
    // expect: database-sql-injection
    return sqlite3_exec(Db, Sql.c_str(), nullptr, nullptr, nullptr);
  }

  // Escaping first does not make splicing safe: one forgotten call is an injection.
  int findByName(const std::string &Name) {
    char *Quoted = sqlite3_mprintf("%Q", Name.c_str());
    std::string Sql = std::string("SELECT id FROM users WHERE display_name = ") + Quoted;
    sqlite3_free(Quoted);
    // expect: database-sql-injection
    return sqlite3_exec(Db, Sql.c_str(), nullptr, nullptr, nullptr);
  }

  // A list of ids, built in a loop: numbers cannot carry a quote into the statement.
  int deleteMany(const std::vector<long long> &Ids) {
    std::string Sql = "DELETE FROM users WHERE id IN (";
    for (size_t I = 0; I < Ids.size(); ++I) {
      if (I != 0)
        Sql += ",";
      Sql += std::to_string(Ids[I]);
    }
    Sql += ")";
    // ok: database-sql-injection
    return sqlite3_exec(Db, Sql.c_str(), nullptr, nullptr, nullptr);
  }

  // Near misses below.

  // Bound parameters: the values never touch the SQL text.
  int findByEmailBound(const LoginRequest &Request) {
    sqlite3_stmt *Stmt = nullptr;
    // ok: database-sql-injection
    int Rc = sqlite3_prepare_v2(Db, "SELECT id FROM users WHERE email = ?1", -1, &Stmt, nullptr);
    if (Rc == SQLITE_OK) {
      // expect: database-unchecked-result
      sqlite3_bind_text(Stmt, 1, Request.Email.c_str(), -1, SQLITE_TRANSIENT);
      Rc = sqlite3_step(Stmt);
    }
    sqlite3_finalize(Stmt);
    return Rc;
  }

  // Assembled only from compile-time constants.
  int listAll() {
    std::string Sql = std::string("SELECT ") + kColumns + " FROM " + kUsersTable;
    // ok: database-sql-injection
    return sqlite3_exec(Db, Sql.c_str(), nullptr, nullptr, nullptr);
  }

  // The placeholder list grows with the input, the values are bound.
  int deleteManyBound(const std::vector<long long> &Ids) {
    std::string Sql = "DELETE FROM users WHERE id IN (";
    for (size_t I = 0; I < Ids.size(); ++I)
      Sql += I == 0 ? "?" : ",?";
    Sql += ")";
    sqlite3_stmt *Stmt = nullptr;
    // ok: database-sql-injection
    int Rc = sqlite3_prepare_v2(Db, Sql.c_str(), -1, &Stmt, nullptr);
    for (size_t I = 0; I < Ids.size(); ++I)
      // expect: database-unchecked-result
      sqlite3_bind_int64(Stmt, static_cast<int>(I + 1), Ids[I]);
    sqlite3_finalize(Stmt);
    return Rc;
  }

  // Numbered placeholders: the number is not a value.
  int insertRow(const std::vector<std::string> &Values) {
    std::string Sql = "INSERT INTO audit VALUES (";
    for (size_t I = 0; I < Values.size(); ++I)
      Sql += (I == 0 ? "?" : ",?") + std::to_string(I + 1);
    Sql += ")";
    sqlite3_stmt *Stmt = nullptr;
    // ok: database-sql-injection
    int Rc = sqlite3_prepare_v2(Db, Sql.c_str(), -1, &Stmt, nullptr);
    sqlite3_finalize(Stmt);
    return Rc;
  }

  // A table chosen from fixed names, and a page size fixed at compile time.
  int listPage(bool Archived) {
    constexpr int kPageSize = 50;
    const char *Table = Archived ? "users_archive" : "users";
    std::string Sql = std::string("SELECT id FROM ") + Table + " LIMIT " +
                      std::to_string(kPageSize);
    // ok: database-sql-injection
    return sqlite3_exec(Db, Sql.c_str(), nullptr, nullptr, nullptr);
  }

  // A query handed in from elsewhere: not built here, nothing to say about it.
  int runMigration(const std::string &Statement) {
    // ok: database-sql-injection
    return sqlite3_exec(Db, Statement.c_str(), nullptr, nullptr, nullptr);
  }

  // Only the later query is built from input; the earlier use of the variable is constant.
  int resetAndLog(const std::string &Who) {
    std::string Sql = "DELETE FROM login_attempts";
    // ok: database-sql-injection
    // expect: database-unchecked-result
    int Rc = sqlite3_exec(Db, Sql.c_str(), nullptr, nullptr, nullptr);
    Sql = "INSERT INTO audit(actor) VALUES ('" + Who + "')";
    // expect: database-sql-injection
    Rc = sqlite3_exec(Db, Sql.c_str(), nullptr, nullptr, nullptr);
    return Rc;
  }

  // Streamed from constants only.
  int vacuum() {
    std::ostringstream Query;
    Query << "VACUUM " << kUsersTable;
    // ok: database-sql-injection
    return sqlite3_exec(Db, Query.str().c_str(), nullptr, nullptr, nullptr);
  }

private:
  sqlite3 *Db;
};

} // namespace users
