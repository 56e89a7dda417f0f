/* Mock of the PostgreSQL libpq API (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_LIBPQ_FE_H
#define SENIORLINT_MOCK_LIBPQ_FE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned int Oid;
typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

typedef enum {
  CONNECTION_OK,
  CONNECTION_BAD
} ConnStatusType;

typedef enum {
  PGRES_EMPTY_QUERY = 0,
  PGRES_COMMAND_OK,
  PGRES_TUPLES_OK,
  PGRES_COPY_OUT,
  PGRES_COPY_IN,
  PGRES_BAD_RESPONSE,
  PGRES_NONFATAL_ERROR,
  PGRES_FATAL_ERROR,
  PGRES_COPY_BOTH,
  PGRES_SINGLE_TUPLE
} ExecStatusType;

PGconn *PQconnectdb(const char *conninfo);
PGconn *PQconnectdbParams(const char *const *keywords, const char *const *values,
                          int expand_dbname);
PGconn *PQsetdbLogin(const char *pghost, const char *pgport, const char *pgoptions,
                     const char *pgtty, const char *dbName, const char *login, const char *pwd);
ConnStatusType PQstatus(const PGconn *conn);
void PQfinish(PGconn *conn);
char *PQerrorMessage(const PGconn *conn);

PGresult *PQexec(PGconn *conn, const char *query);
PGresult *PQexecParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
                       const char *const *paramValues, const int *paramLengths,
                       const int *paramFormats, int resultFormat);
PGresult *PQprepare(PGconn *conn, const char *stmtName, const char *query, int nParams,
                    const Oid *paramTypes);
PGresult *PQexecPrepared(PGconn *conn, const char *stmtName, int nParams,
                         const char *const *paramValues, const int *paramLengths,
                         const int *paramFormats, int resultFormat);
int PQsendQuery(PGconn *conn, const char *query);
int PQsendQueryParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
                      const char *const *paramValues, const int *paramLengths,
                      const int *paramFormats, int resultFormat);
int PQsendPrepare(PGconn *conn, const char *stmtName, const char *query, int nParams,
                  const Oid *paramTypes);
int PQsendQueryPrepared(PGconn *conn, const char *stmtName, int nParams,
                        const char *const *paramValues, const int *paramLengths,
                        const int *paramFormats, int resultFormat);
PGresult *PQgetResult(PGconn *conn);

ExecStatusType PQresultStatus(const PGresult *res);
char *PQresultErrorMessage(const PGresult *res);
void PQclear(PGresult *res);
int PQntuples(const PGresult *res);
int PQnfields(const PGresult *res);
char *PQgetvalue(const PGresult *res, int tup_num, int field_num);
int PQgetisnull(const PGresult *res, int tup_num, int field_num);
char *PQcmdTuples(PGresult *res);
char *PQcmdStatus(PGresult *res);
char *PQresStatus(ExecStatusType status);
char *PQfname(const PGresult *res, int field_num);
int PQfnumber(const PGresult *res, const char *field_name);
int PQgetlength(const PGresult *res, int tup_num, int field_num);

char *PQescapeLiteral(PGconn *conn, const char *str, size_t len);
char *PQescapeIdentifier(PGconn *conn, const char *str, size_t len);
size_t PQescapeStringConn(PGconn *conn, char *to, const char *from, size_t length, int *error);
void PQfreemem(void *ptr);

#ifdef __cplusplus
}
#endif

#endif
