/* Mock of the MySQL C API (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_MYSQL_H
#define SENIORLINT_MOCK_MYSQL_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct MYSQL MYSQL;
typedef struct MYSQL_RES MYSQL_RES;
typedef struct MYSQL_STMT MYSQL_STMT;
typedef char **MYSQL_ROW;
typedef unsigned long long my_ulonglong;
enum enum_field_types {
  MYSQL_TYPE_DECIMAL,
  MYSQL_TYPE_TINY,
  MYSQL_TYPE_SHORT,
  MYSQL_TYPE_LONG,
  MYSQL_TYPE_FLOAT,
  MYSQL_TYPE_DOUBLE,
  MYSQL_TYPE_NULL,
  MYSQL_TYPE_TIMESTAMP,
  MYSQL_TYPE_LONGLONG,
  MYSQL_TYPE_STRING = 254
};

typedef struct MYSQL_BIND {
  unsigned long *length;
  bool *is_null;
  void *buffer;
  bool *error;
  int buffer_type;
  unsigned long buffer_length;
} MYSQL_BIND;

MYSQL *mysql_init(MYSQL *mysql);
MYSQL *mysql_real_connect(MYSQL *mysql, const char *host, const char *user, const char *passwd,
                          const char *db, unsigned int port, const char *unix_socket,
                          unsigned long clientflag);
void mysql_close(MYSQL *mysql);
const char *mysql_error(MYSQL *mysql);
unsigned int mysql_errno(MYSQL *mysql);

int mysql_query(MYSQL *mysql, const char *q);
int mysql_real_query(MYSQL *mysql, const char *q, unsigned long length);
MYSQL_RES *mysql_store_result(MYSQL *mysql);
MYSQL_RES *mysql_use_result(MYSQL *mysql);
void mysql_free_result(MYSQL_RES *result);
MYSQL_ROW mysql_fetch_row(MYSQL_RES *result);
my_ulonglong mysql_num_rows(MYSQL_RES *res);
unsigned int mysql_num_fields(MYSQL_RES *res);
my_ulonglong mysql_affected_rows(MYSQL *mysql);
int mysql_select_db(MYSQL *mysql, const char *db);

bool mysql_autocommit(MYSQL *mysql, bool auto_mode);
bool mysql_commit(MYSQL *mysql);
bool mysql_rollback(MYSQL *mysql);

unsigned long mysql_real_escape_string(MYSQL *mysql, char *to, const char *from,
                                       unsigned long length);

MYSQL_STMT *mysql_stmt_init(MYSQL *mysql);
int mysql_stmt_prepare(MYSQL_STMT *stmt, const char *query, unsigned long length);
bool mysql_stmt_bind_param(MYSQL_STMT *stmt, MYSQL_BIND *bnd);
int mysql_stmt_execute(MYSQL_STMT *stmt);
bool mysql_stmt_bind_result(MYSQL_STMT *stmt, MYSQL_BIND *bnd);
int mysql_stmt_store_result(MYSQL_STMT *stmt);
int mysql_stmt_fetch(MYSQL_STMT *stmt);
my_ulonglong mysql_stmt_affected_rows(MYSQL_STMT *stmt);
unsigned int mysql_stmt_errno(MYSQL_STMT *stmt);
bool mysql_stmt_close(MYSQL_STMT *stmt);
const char *mysql_stmt_error(MYSQL_STMT *stmt);

#ifdef __cplusplus
}
#endif

#endif
