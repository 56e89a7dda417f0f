/* The shapes of the Juliet test suite (CWE-89) against SQLite and MySQL: bad variants put
 * data from the environment, a file, a socket, the console or argv into the query text;
 * good variants reach the same sinks with constants, or bind the data. */
#include <mysql/mysql.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define QUERY_SIZE 256

static const int STATIC_CONST_TRUE = 1;

struct lookup {
  const char *table;
  char *name;
};

int cwe89_environment_bad(sqlite3 *db) {
  char query[QUERY_SIZE];
  const char *user = getenv("APP_USER");
  snprintf(query, sizeof query, "SELECT id FROM users WHERE name = '%s'", user ? user : "");
  // expect: database-sql-injection
  return sqlite3_exec(db, query, NULL, NULL, NULL);
}

int cwe89_file_bad(MYSQL *conn, FILE *input) {
  char name[64] = "";
  if (fgets(name, sizeof name, input) == NULL)
    return 1;
  char query[QUERY_SIZE] = "SELECT id FROM users WHERE name = '";
  strncat(query, name, QUERY_SIZE - strlen(query) - 3);
  strncat(query, "'", 2);
  // expect: database-sql-injection
  return mysql_query(conn, query);
}

int cwe89_socket_bad(sqlite3 *db, int sock) {
  char name[64];
  ssize_t received = recv(sock, name, sizeof name - 1, 0);
  name[received > 0 ? received : 0] = '\0';
  struct lookup request = {"users", name};
  char query[QUERY_SIZE];
  snprintf(query, sizeof query, "SELECT id FROM %s WHERE name = '%s'", request.table,
           request.name);
  sqlite3_stmt *stmt = NULL;
  // expect: database-sql-injection
  int rc = sqlite3_prepare_v2(db, query, -1, &stmt, NULL);
  sqlite3_finalize(stmt);
  return rc;
}

int cwe89_console_bad(MYSQL *conn) {
  char name[64] = "";
  if (scanf("%63s", name) != 1)
    return 1;
  char query[QUERY_SIZE];
  snprintf(query, sizeof query, "SELECT id FROM users WHERE name = '%s'", name);
  // expect: database-sql-injection
  return mysql_real_query(conn, query, strlen(query));
}

int main(int argc, char *argv[]) {
  if (argc < 2)
    return 1;
  sqlite3 *db = NULL;
  if (sqlite3_open("app.db", &db) != SQLITE_OK) {
    sqlite3_close(db);
    return 1;
  }
  char query[QUERY_SIZE];
  snprintf(query, sizeof query, "SELECT id FROM users WHERE name = '%s'", argv[1]);
  // expect: database-sql-injection
  int rc = sqlite3_exec(db, query, NULL, NULL, NULL);
  sqlite3_close(db);
  return rc == SQLITE_OK ? 0 : 1;
}

/* Good variants. */

int cwe89_good_bound(sqlite3 *db) {
  const char *user = getenv("APP_USER");
  sqlite3_stmt *stmt = NULL;
  // ok: database-sql-injection
  int rc = sqlite3_prepare_v2(db, "SELECT id FROM users WHERE name = ?1", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text(stmt, 1, user ? user : "", -1, SQLITE_TRANSIENT);
  sqlite3_finalize(stmt);
  return rc;
}

static const char *good_table(void) { return STATIC_CONST_TRUE ? "users" : "users_archive"; }

int cwe89_good_helper(sqlite3 *db) {
  char query[QUERY_SIZE];
  snprintf(query, sizeof query, "SELECT count(id) FROM %s", good_table());
  // ok: database-sql-injection
  return sqlite3_exec(db, query, NULL, NULL, NULL);
}

int cwe89_good_struct(MYSQL *conn) {
  char name[64] = "admin";
  struct lookup request = {"users", name};
  char query[QUERY_SIZE];
  snprintf(query, sizeof query, "SELECT id FROM %s WHERE name = '%s'", request.table,
           request.name);
  // ok: database-sql-injection
  return mysql_query(conn, query);
}

int cwe89_good_escaped(MYSQL *conn, const char *name) {
  char escaped[130];
  mysql_real_escape_string(conn, escaped, name, strlen(name) < 64 ? strlen(name) : 64);
  char query[QUERY_SIZE];
  snprintf(query, sizeof query, "SELECT id FROM users WHERE name = '%s'", escaped);
  // ok: database-sql-injection
  return mysql_query(conn, query);
}

int cwe89_good_switch(sqlite3 *db) {
  char query[QUERY_SIZE] = "";
  switch (2) {
  case 1:
    if (fgets(query, sizeof query, stdin) == NULL)
      query[0] = '\0';
    break;
  case 2:
    strncpy(query, "SELECT count(id) FROM users", sizeof query - 1);
    query[sizeof query - 1] = '\0';
    break;
  }
  // ok: database-sql-injection
  return sqlite3_exec(db, query, NULL, NULL, NULL);
}
