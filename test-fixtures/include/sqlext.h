/* Mock of unixODBC's sqlext.h (seniorlint test fixtures): ODBC extensions (driver connect,
 * parameter binding, connection attributes). Real signatures and values; declarations only. */
#ifndef SENIORLINT_MOCK_SQLEXT_H
#define SENIORLINT_MOCK_SQLEXT_H

#include <sql.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SQL_ATTR_ODBC_VERSION 200
#define SQL_OV_ODBC3 3UL

#define SQL_AUTOCOMMIT 102
#define SQL_ATTR_AUTOCOMMIT SQL_AUTOCOMMIT
#define SQL_AUTOCOMMIT_OFF 0UL
#define SQL_AUTOCOMMIT_ON 1UL
#define SQL_AUTOCOMMIT_DEFAULT SQL_AUTOCOMMIT_ON
#define SQL_LOGIN_TIMEOUT 103
#define SQL_ATTR_LOGIN_TIMEOUT SQL_LOGIN_TIMEOUT

#define SQL_IS_POINTER (-4)
#define SQL_IS_UINTEGER (-5)
#define SQL_IS_INTEGER (-6)

#define SQL_DRIVER_NOPROMPT 0
#define SQL_DRIVER_COMPLETE 1
#define SQL_DRIVER_PROMPT 2
#define SQL_DRIVER_COMPLETE_REQUIRED 3

#define SQL_PARAM_INPUT 1
#define SQL_PARAM_INPUT_OUTPUT 2
#define SQL_PARAM_OUTPUT 4

#define SQL_BIGINT (-5)
#define SQL_SIGNED_OFFSET (-20)
#define SQL_C_CHAR SQL_CHAR
#define SQL_C_LONG SQL_INTEGER
#define SQL_C_DOUBLE SQL_DOUBLE
#define SQL_C_SLONG (SQL_C_LONG + SQL_SIGNED_OFFSET)
#define SQL_C_SBIGINT (SQL_BIGINT + SQL_SIGNED_OFFSET)

SQLRETURN SQL_API SQLDriverConnect(SQLHDBC hdbc, SQLHWND hwnd, SQLCHAR *szConnStrIn,
                                   SQLSMALLINT cbConnStrIn, SQLCHAR *szConnStrOut,
                                   SQLSMALLINT cbConnStrOutMax, SQLSMALLINT *pcbConnStrOut,
                                   SQLUSMALLINT fDriverCompletion);
SQLRETURN SQL_API SQLBindParameter(SQLHSTMT hstmt, SQLUSMALLINT ipar, SQLSMALLINT fParamType,
                                   SQLSMALLINT fCType, SQLSMALLINT fSqlType, SQLULEN cbColDef,
                                   SQLSMALLINT ibScale, SQLPOINTER rgbValue, SQLLEN cbValueMax,
                                   SQLLEN *pcbValue);

#ifdef __cplusplus
}
#endif

#endif
