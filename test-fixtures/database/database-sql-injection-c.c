/* Plain C: the query formatted into a stack buffer. */
#include <sqlite3.h>
#include <stdio.h>

struct job {
  int id;
  const char *queue;
};

int enqueue(sqlite3 *db, const struct job *j) {
  char sql[256];
  snprintf(sql, sizeof sql, "INSERT INTO jobs(id, queue) VALUES (%d, '%s')", j->id, j->queue);
  // expect: database-sql-injection
  return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

int count_queue(sqlite3 *db, const char *queue) {
  char *sql = sqlite3_mprintf("SELECT count(*) FROM jobs WHERE queue = '%s'", queue);
  sqlite3_stmt *stmt = NULL;
  // expect: database-sql-injection
  int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, NULL);
  sqlite3_free(sql);
  sqlite3_finalize(stmt);
  return rc;
}

int drop_done(sqlite3 *db) {
  char sql[128];
  snprintf(sql, sizeof sql, "DELETE FROM jobs WHERE state = '%s'", "done");
  // ok: database-sql-injection
  return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

int claim(sqlite3 *db, int worker) {
  sqlite3_stmt *stmt = NULL;
  // ok: database-sql-injection
  int rc = sqlite3_prepare_v2(db, "UPDATE jobs SET worker = ?1 WHERE worker IS NULL", -1, &stmt, NULL);
  // expect: database-unchecked-result
  sqlite3_bind_int(stmt, 1, worker);
  // expect: database-unchecked-result
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  return rc;
}
