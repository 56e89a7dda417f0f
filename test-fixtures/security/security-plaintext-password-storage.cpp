#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <string>
#include <unistd.h>
#include "account_store.h"

struct SignupForm {
  std::string Email;
  std::string Password;
};

std::string hashPassword(const std::string &Plain);
std::string argon2idEncode(const std::string &Plain);

class Database {
public:
  bool execute(const std::string &Sql);
};

class UserRepository {
public:
  bool create(const SignupForm &Form) {
    sqlite3_stmt *Stmt = nullptr;
    if (sqlite3_prepare_v2(Db, "INSERT INTO users (email, password) VALUES (?, ?)", -1, &Stmt,
                           nullptr) != SQLITE_OK)
      return false;
    bool Ok = sqlite3_bind_text(Stmt, 1, Form.Email.c_str(), -1, SQLITE_TRANSIENT) == SQLITE_OK &&
              // expect: security-plaintext-password-storage
              sqlite3_bind_text(Stmt, 2, Form.Password.c_str(), -1, SQLITE_TRANSIENT) == SQLITE_OK &&
              sqlite3_step(Stmt) == SQLITE_DONE;
    sqlite3_finalize(Stmt);
    return Ok;
  }

  bool changePassword(PGconn *Conn, const std::string &UserId, const std::string &NewPassword) {
    // expect: security-plaintext-password-storage
    const char *Params[] = {NewPassword.c_str(), UserId.c_str()};
    PGresult *Res = PQexecParams(Conn, "UPDATE users SET password = $1 WHERE id = $2", 2, nullptr,
                                 Params, nullptr, nullptr, 0);
    bool Ok = PQresultStatus(Res) == PGRES_COMMAND_OK;
    PQclear(Res);
    return Ok;
  }

  bool importLegacy(Database &Legacy, const std::string &Email, const std::string &Password) {
    // expect: security-plaintext-password-storage
    return Legacy.execute("INSERT INTO users (email, password) VALUES ('" + Email + "', '" + Password + "')");
  }

  bool exportForSupport(const char *Path, const SignupForm &Form) {
    int Fd = open(Path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (Fd < 0)
      return false;
    // expect: security-plaintext-password-storage
    bool Ok = write(Fd, Form.Password.data(), Form.Password.size()) >= 0;
    close(Fd);
    return Ok;
  }

  // Near misses.
  bool createHashed(const SignupForm &Form) {
    sqlite3_stmt *Stmt = nullptr;
    if (sqlite3_prepare_v2(Db, "INSERT INTO users (email, password_hash) VALUES (?, ?)", -1,
                           &Stmt, nullptr) != SQLITE_OK)
      return false;
    std::string Hash = hashPassword(Form.Password);
    bool Ok = sqlite3_bind_text(Stmt, 1, Form.Email.c_str(), -1, SQLITE_TRANSIENT) == SQLITE_OK &&
              // ok: security-plaintext-password-storage
              sqlite3_bind_text(Stmt, 2, Hash.c_str(), -1, SQLITE_TRANSIENT) == SQLITE_OK &&
              sqlite3_step(Stmt) == SQLITE_DONE;
    sqlite3_finalize(Stmt);
    return Ok;
  }

  bool changePasswordHashed(PGconn *Conn, const std::string &UserId, std::string Password) {
    // The variable is reused for the hash before it is bound.
    Password = argon2idEncode(Password);
    // ok: security-plaintext-password-storage
    const char *Params[] = {Password.c_str(), UserId.c_str()};
    PGresult *Res = PQexecParams(Conn, "UPDATE users SET password = $1 WHERE id = $2", 2, nullptr,
                                 Params, nullptr, nullptr, 0);
    bool Ok = PQresultStatus(Res) == PGRES_COMMAND_OK;
    PQclear(Res);
    return Ok;
  }

  bool hashInDatabase(PGconn *Conn, const std::string &UserId, const std::string &Password) {
    // pgcrypto hashes the value before it is stored.
    // ok: security-plaintext-password-storage
    const char *Params[] = {Password.c_str(), UserId.c_str()};
    PGresult *Res = PQexecParams(Conn,
                                 "UPDATE users SET password_hash = crypt($1, gen_salt('bf')) "
                                 "WHERE id = $2",
                                 2, nullptr, Params, nullptr, nullptr, 0);
    bool Ok = PQresultStatus(Res) == PGRES_COMMAND_OK;
    PQclear(Res);
    return Ok;
  }

  bool findByCredentials(const std::string &Email, const std::string &Password) {
    sqlite3_stmt *Stmt = nullptr;
    if (sqlite3_prepare_v2(Db, "UPDATE users SET last_login = CURRENT_TIMESTAMP "
                               "WHERE email = ? AND password_hash = ?",
                           -1, &Stmt, nullptr) != SQLITE_OK)
      return false;
    std::string Hash = hashPassword(Password);
    bool Ok = sqlite3_bind_text(Stmt, 1, Email.c_str(), -1, SQLITE_TRANSIENT) == SQLITE_OK &&
              // ok: security-plaintext-password-storage
              sqlite3_bind_text(Stmt, 2, Hash.c_str(), -1, SQLITE_TRANSIENT) == SQLITE_OK &&
              sqlite3_step(Stmt) == SQLITE_DONE;
    sqlite3_finalize(Stmt);
    return Ok;
  }

  void reportSignup(FILE *Audit, const SignupForm &Form) {
    // ok: security-plaintext-password-storage
    std::fprintf(Audit, "signup %s (password of %zu characters)\n", Form.Email.c_str(),
                 Form.Password.size());
  }

  bool setPasswordViaTool(const std::string &User, const std::string &Password) {
    // A pipe to chpasswd hands the password to the program that hashes it.
    FILE *Tool = popen("chpasswd", "w");
    if (!Tool)
      return false;
    // ok: security-plaintext-password-storage
    std::fprintf(Tool, "%s:%s\n", User.c_str(), Password.c_str());
    return pclose(Tool) == 0;
  }

private:
  sqlite3 *Db = nullptr;
};
