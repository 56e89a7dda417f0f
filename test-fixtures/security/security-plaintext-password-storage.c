#include <mysql/mysql.h>
#include <stdio.h>
#include <string.h>

struct credentials {
  char user[64];
  char password[64];
};

int save_credentials(const char *path, const struct credentials *c) {
  FILE *f = fopen(path, "w");
  if (!f)
    return -1;
  // expect: security-plaintext-password-storage
  fprintf(f, "%s:%s\n", c->user, c->password);
  return fclose(f);
}

int append_password(FILE *store, const char *passwd) {
  // expect: security-plaintext-password-storage
  return fputs(passwd, store);
}

int insert_user(MYSQL_STMT *stmt, const struct credentials *c) {
  static const char sql[] = "INSERT INTO accounts (user, passwd) VALUES (?, ?)";
  MYSQL_BIND binds[2];
  memset(binds, 0, sizeof binds);
  if (mysql_stmt_prepare(stmt, sql, sizeof sql - 1) != 0)
    return -1;
  binds[0].buffer = (void *)c->user;
  // expect: security-plaintext-password-storage
  binds[1].buffer = (void *)c->password;
  return mysql_stmt_bind_param(stmt, binds) ? -1 : 0;
}

int build_insert(char *sql, size_t size, const struct credentials *c) {
  // expect: security-plaintext-password-storage
  return snprintf(sql, size, "INSERT INTO accounts (user, passwd) VALUES ('%s', '%s')", c->user, c->password);
}

int print_credentials(const struct credentials *c) {
  // The terminal is not storage (security-secret-in-log decides about printing secrets).
  // ok: security-plaintext-password-storage
  return fprintf(stderr, "user %s\n", c->user);
}

int save_user(const char *path, const struct credentials *c) {
  FILE *f = fopen(path, "w");
  if (!f)
    return -1;
  // ok: security-plaintext-password-storage
  fprintf(f, "%s\n", c->user);
  return fclose(f);
}

int build_lookup(char *sql, size_t size, const struct credentials *c) {
  // ok: security-plaintext-password-storage
  return snprintf(sql, size, "UPDATE accounts SET last_seen = now() WHERE user = '%s'", c->user);
}
