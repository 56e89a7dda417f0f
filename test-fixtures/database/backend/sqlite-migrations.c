// real-headers: yes
/* Schema migrations and a nightly batch job on SQLite, C style: goto cleanup, CHECK_RC
 * macros, switch on the step result, retry on SQLITE_BUSY. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK_RC(expr, db)                                                                 \
  do {                                                                                     \
    int rc_ = (expr);                                                                      \
    if (rc_ != SQLITE_OK) {                                                                \
      fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, sqlite3_errmsg(db));              \
      goto cleanup;                                                                        \
    }                                                                                      \
  } while (0)

static const char *const kMigrations[] = {
    "CREATE TABLE IF NOT EXISTS accounts (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, "
    "balance INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS ledger (id INTEGER PRIMARY KEY, account INTEGER NOT NULL, "
    "amount INTEGER NOT NULL, note TEXT)",
    "CREATE INDEX IF NOT EXISTS ledger_account ON ledger(account)",
};

/* Every migration in one transaction; the version bump is part of it. */
int migrate(sqlite3 *db) {
  char *err = NULL;
  size_t i;
  // ok: database-unchecked-result
  int rc = sqlite3_exec(db, "BEGIN", NULL, NULL, &err);
  if (rc != SQLITE_OK)
    goto fail;
  for (i = 0; i < sizeof kMigrations / sizeof kMigrations[0]; ++i) {
    // ok: database-query-in-loop, database-sql-injection
    rc = sqlite3_exec(db, kMigrations[i], NULL, NULL, &err);
    if (rc != SQLITE_OK)
      goto fail;
  }
  rc = sqlite3_exec(db, "PRAGMA user_version = 3", NULL, NULL, &err);
  if (rc != SQLITE_OK)
    goto fail;
  return sqlite3_exec(db, "COMMIT", NULL, NULL, &err) == SQLITE_OK ? 0 : -1;
fail:
  fprintf(stderr, "migration failed: %s\n", err ? err : sqlite3_errmsg(db));
  sqlite3_free(err);
  /* Best-effort cleanup on the error path: a failed ROLLBACK ends with the connection. */
  // ok: database-unchecked-result
  sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
  // expect: database-unchecked-result
  sqlite3_exec(db, "PRAGMA optimize", NULL, NULL, NULL);
  return -1;
}

/* Posting a transfer: two ledger rows and two balance updates, with goto cleanup. */
int post_transfer(sqlite3 *db, int from, int to, int amount) {
  sqlite3_stmt *ins = NULL;
  sqlite3_stmt *upd = NULL;
  int result = -1;

  CHECK_RC(sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL), db);
  // ok: database-resource-leak
  CHECK_RC(sqlite3_prepare_v2(db, "INSERT INTO ledger(account, amount) VALUES (?1, ?2)", -1,
                              &ins, NULL),
           db);
  // ok: database-resource-leak
  CHECK_RC(sqlite3_prepare_v2(db, "UPDATE accounts SET balance = balance + ?2 WHERE id = ?1",
                              -1, &upd, NULL),
           db);
  CHECK_RC(sqlite3_bind_int(ins, 1, from), db);
  CHECK_RC(sqlite3_bind_int(ins, 2, -amount), db);
  if (sqlite3_step(ins) != SQLITE_DONE)
    goto cleanup;
  CHECK_RC(sqlite3_reset(ins), db);
  CHECK_RC(sqlite3_bind_int(ins, 1, to), db);
  CHECK_RC(sqlite3_bind_int(ins, 2, amount), db);
  // ok: database-missing-transaction
  if (sqlite3_step(ins) != SQLITE_DONE)
    goto cleanup;
  CHECK_RC(sqlite3_bind_int(upd, 1, from), db);
  CHECK_RC(sqlite3_bind_int(upd, 2, -amount), db);
  if (sqlite3_step(upd) != SQLITE_DONE)
    goto cleanup;
  CHECK_RC(sqlite3_reset(upd), db);
  CHECK_RC(sqlite3_bind_int(upd, 1, to), db);
  CHECK_RC(sqlite3_bind_int(upd, 2, amount), db);
  if (sqlite3_step(upd) != SQLITE_DONE)
    goto cleanup;
  CHECK_RC(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL), db);
  result = 0;
cleanup:
  if (result != 0)
    (void)sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_finalize(ins);
  sqlite3_finalize(upd);
  return result;
}

/* Reads with a switch on the step result and a retry on SQLITE_BUSY. */
long long total_balance(sqlite3 *db) {
  sqlite3_stmt *st = NULL;
  long long total = -1;
  int attempts = 0;
  int rc;
  // ok: database-resource-leak
  rc = sqlite3_prepare_v2(db, "SELECT coalesce(sum(balance), 0) FROM accounts", -1, &st, NULL);
  if (rc != SQLITE_OK) {
    fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
    return -1;
  }
  for (;;) {
    rc = sqlite3_step(st);
    switch (rc) {
    case SQLITE_ROW:
      total = sqlite3_column_int64(st, 0);
      break;
    case SQLITE_BUSY:
      if (++attempts < 5) {
        sqlite3_reset(st);
        continue;
      }
      /* fall through */
    default:
      fprintf(stderr, "step: %s\n", sqlite3_errmsg(db));
      break;
    }
    break;
  }
  sqlite3_finalize(st);
  return total;
}

/* Opens, uses and closes a database; sqlite3_close is needed even when the open failed. */
int count_accounts(const char *path) {
  sqlite3 *db = NULL;
  sqlite3_stmt *st = NULL;
  int n = -1;
  // ok: database-resource-leak
  if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
    fprintf(stderr, "open %s: %s\n", path, sqlite3_errmsg(db));
    sqlite3_close(db);
    return -1;
  }
  // ok: database-resource-leak
  if (sqlite3_prepare_v2(db, "SELECT count(id) FROM accounts", -1, &st, NULL) == SQLITE_OK) {
    if (sqlite3_step(st) == SQLITE_ROW)
      n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return n;
}

/* Classic mistake: the early return on open failure leaks the handle. */
int touch_database(const char *path) {
  sqlite3 *db = NULL;
  // expect: database-resource-leak
  if (sqlite3_open(path, &db) != SQLITE_OK)
    return -1;
  int rc = sqlite3_exec(db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
  sqlite3_close(db);
  return rc == SQLITE_OK ? 0 : -1;
}

/* Classic mistake: the same INSERT prepared for every row. */
int import_notes(sqlite3 *db, const char *const *notes, int count) {
  int i;
  for (i = 0; i < count; ++i) {
    sqlite3_stmt *st = NULL;
    // expect: database-prepare-in-loop
    if (sqlite3_prepare_v2(db, "INSERT INTO ledger(account, amount, note) VALUES (0, 0, ?1)", -1,
                           &st, NULL) != SQLITE_OK)
      return -1;
    if (sqlite3_bind_text(st, 1, notes[i], -1, SQLITE_STATIC) != SQLITE_OK ||
        sqlite3_step(st) != SQLITE_DONE) {
      sqlite3_finalize(st);
      return -1;
    }
    sqlite3_finalize(st);
  }
  return 0;
}

/* Classic mistake: an account filter assembled with sprintf from the command line. */
int main(int argc, char **argv) {
  sqlite3 *db = NULL;
  char sql[256];
  if (argc < 3)
    return 2;
  // ok: database-resource-leak
  if (sqlite3_open(argv[1], &db) != SQLITE_OK) {
    sqlite3_close(db);
    return 1;
  }
  snprintf(sql, sizeof sql, "DELETE FROM ledger WHERE note = '%s'", argv[2]);
  // expect: database-sql-injection
  if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
    fprintf(stderr, "%s\n", sqlite3_errmsg(db));
  /* sqlite3_mprintf's %q escapes quotes: the parameterised form is still better, but safe. */
  char *q = sqlite3_mprintf("DELETE FROM ledger WHERE note = %Q", argv[2]);
  // ok: database-sql-injection
  if (sqlite3_exec(db, q, NULL, NULL, NULL) != SQLITE_OK)
    fprintf(stderr, "%s\n", sqlite3_errmsg(db));
  sqlite3_free(q);
  sqlite3_close(db);
  return 0;
}
