/* Mock of unixODBC's sqltypes.h (seniorlint test fixtures): the ODBC handle and value types as
 * on 64-bit Linux (SQLINTEGER is int, SQLLEN is long). */
#ifndef SENIORLINT_MOCK_SQLTYPES_H
#define SENIORLINT_MOCK_SQLTYPES_H

#define SQL_API

typedef unsigned char SQLCHAR;
typedef signed short int SQLSMALLINT;
typedef unsigned short SQLUSMALLINT;
typedef int SQLINTEGER;
typedef unsigned int SQLUINTEGER;
typedef long SQLLEN;
typedef unsigned long SQLULEN;
typedef void *SQLPOINTER;
typedef double SQLDOUBLE;
typedef SQLSMALLINT SQLRETURN;

typedef void *SQLHANDLE;
typedef SQLHANDLE SQLHENV;
typedef SQLHANDLE SQLHDBC;
typedef SQLHANDLE SQLHSTMT;
typedef SQLHANDLE SQLHDESC;
typedef void *SQLHWND;

#endif
