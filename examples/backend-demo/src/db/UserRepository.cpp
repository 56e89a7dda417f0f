#include "db/UserRepository.h"

#include <sqlite3.h>

#include <stdexcept>

namespace demo {
namespace {

constexpr const char* kSchema =
    "CREATE TABLE IF NOT EXISTS users ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL UNIQUE,"
    "  email TEXT NOT NULL,"
    "  country TEXT NOT NULL,"
    "  city TEXT NOT NULL,"
    "  age INTEGER NOT NULL,"
    "  admin INTEGER NOT NULL DEFAULT 0,"
    "  created_at INTEGER NOT NULL,"
    "  lookups INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE IF NOT EXISTS users_archive ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL,"
    "  email TEXT NOT NULL,"
    "  country TEXT NOT NULL,"
    "  city TEXT NOT NULL,"
    "  age INTEGER NOT NULL,"
    "  admin INTEGER NOT NULL,"
    "  created_at INTEGER NOT NULL)";

constexpr const char* kInsertUser =
    "INSERT INTO users (name, email, country, city, age, admin, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

constexpr const char* kSelectByName =
    "SELECT id, name, email, country, city, age, admin, created_at FROM users "
    "WHERE name = ?1 ORDER BY id";

// The admin list is small and shown on the status page.
constexpr const char* kSelectAdmins =
    // planted: database-select-star
    "SELECT * FROM users WHERE admin = 1 ORDER BY name";

constexpr const char* kSelectByCountry =
    "SELECT id, name, email, country, city, age, admin, created_at FROM users "
    "WHERE country = ?1 AND (?2 = 0 OR admin = 1) ORDER BY name LIMIT ?3 OFFSET ?4";

// Owns a prepared statement; finalize() runs on every path out of the caller.
class Statement {
public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) {
      throw std::runtime_error("prepare failed: " + std::string(sqlite3_errmsg(db)));
    }
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  void bind(int index, const std::string& value) {
    check(sqlite3_bind_text(stmt_, index, value.c_str(), static_cast<int>(value.size()),
                            SQLITE_TRANSIENT));
  }
  void bind(int index, long long value) { check(sqlite3_bind_int64(stmt_, index, value)); }

  bool step() {
    const int rc = sqlite3_step(stmt_);
    check(rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc);
    return rc == SQLITE_ROW;
  }

  std::string text(int column) const {
    const unsigned char* value = sqlite3_column_text(stmt_, column);
    return value ? reinterpret_cast<const char*>(value) : std::string();
  }
  long long int64(int column) const { return sqlite3_column_int64(stmt_, column); }

private:
  void check(int rc) const {
    if (rc != SQLITE_OK) {
      throw std::runtime_error("sqlite: " + std::string(sqlite3_errmsg(db_)));
    }
  }

  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

User readUser(const Statement& row) {
  User user;
  user.id = row.int64(0);
  user.name = row.text(1);
  user.email = row.text(2);
  user.country = row.text(3);
  user.city = row.text(4);
  user.age = static_cast<int>(row.int64(5));
  user.admin = row.int64(6) != 0;
  user.createdAt = row.int64(7);
  return user;
}

// Kept from the first version of the import tool, which called it column by column.
// planted: design-too-many-parameters
void bindUserColumns(Statement& insert, const std::string& name, const std::string& email,
                     const std::string& country, const std::string& city, int age, bool admin,
                     long long createdAt) {
  insert.bind(1, name);
  insert.bind(2, email);
  insert.bind(3, country);
  insert.bind(4, city);
  insert.bind(5, age);
  insert.bind(6, admin ? 1LL : 0LL);
  insert.bind(7, createdAt);
}

}  // namespace

UserRepository::UserRepository(const std::string& path) {
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw std::runtime_error("cannot open " + path + ": " + message);
  }
  sqlite3_busy_timeout(db_, 2000);
}

UserRepository::~UserRepository() { sqlite3_close_v2(db_); }

void UserRepository::migrate() {
  std::lock_guard<std::mutex> lock(mutex_);
  char* error = nullptr;
  if (sqlite3_exec(db_, kSchema, nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    throw std::runtime_error("migration failed: " + message);
  }
}

long long UserRepository::create(const User& user) {
  std::lock_guard<std::mutex> lock(mutex_);
  Statement insert(db_, kInsertUser);
  bindUserColumns(insert, user.name, user.email, user.country, user.city, user.age, user.admin,
                  user.createdAt);
  insert.step();
  return sqlite3_last_insert_rowid(db_);
}

std::vector<User> UserRepository::findByName(const std::string& name) const {
  std::lock_guard<std::mutex> lock(mutex_);
  Statement query(db_, kSelectByName);
  query.bind(1, name);
  std::vector<User> users;
  while (query.step()) {
    users.push_back(readUser(query));
  }
  return users;
}

std::vector<User> UserRepository::list(const std::string& country, bool adminsOnly, int limit,
                                       int offset) const {
  std::lock_guard<std::mutex> lock(mutex_);
  Statement query(db_, kSelectByCountry);
  query.bind(1, country);
  query.bind(2, adminsOnly ? 1LL : 0LL);
  query.bind(3, limit);
  query.bind(4, offset);
  std::vector<User> users;
  while (query.step()) {
    users.push_back(readUser(query));
  }
  return users;
}

std::vector<User> UserRepository::admins() const {
  std::lock_guard<std::mutex> lock(mutex_);
  Statement query(db_, kSelectAdmins);
  std::vector<User> users;
  while (query.step()) {
    users.push_back(readUser(query));
  }
  return users;
}

void UserRepository::setAdmin(long long id, bool admin) {
  std::lock_guard<std::mutex> lock(mutex_);
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, "UPDATE users SET admin = ?1 WHERE id = ?2", -1, &stmt, nullptr) !=
          SQLITE_OK ||
      sqlite3_bind_int(stmt, 1, admin ? 1 : 0) != SQLITE_OK ||
      sqlite3_bind_int64(stmt, 2, id) != SQLITE_OK) {
    sqlite3_finalize(stmt);
    throw std::runtime_error("setAdmin failed: " + std::string(sqlite3_errmsg(db_)));
  }
  // planted: database-unchecked-result
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
}

// Moves users who have not been looked up for two years out of the hot table.
void UserRepository::archiveDormant() {
  std::lock_guard<std::mutex> lock(mutex_);
  char* error = nullptr;
  if (sqlite3_exec(db_,
                   "INSERT INTO users_archive (id, name, email, country, city, age, admin, "
                   "created_at) SELECT id, name, email, country, city, age, admin, created_at "
                   "FROM users WHERE lookups = 0 AND created_at < strftime('%s', 'now', '-2 years')",
                   nullptr, nullptr, &error) != SQLITE_OK ||
      // planted: database-missing-transaction
      sqlite3_exec(db_,
                   "DELETE FROM users "
                   "WHERE lookups = 0 AND created_at < strftime('%s', 'now', '-2 years')",
                   nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    throw std::runtime_error("archiveDormant failed: " + message);
  }
}

void UserRepository::recordLookup(const std::string& name) {
  std::lock_guard<std::mutex> lock(mutex_);
  const std::string sql = "UPDATE users SET lookups = lookups + 1 WHERE name = '" + name + "'";
  char* error = nullptr;
  // planted: database-sql-injection
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    throw std::runtime_error("recordLookup failed: " + message);
  }
}

}  // namespace demo
