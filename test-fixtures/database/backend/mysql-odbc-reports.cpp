// real-headers: yes
// A reporting service on the MySQL/MariaDB C API and a billing export over ODBC: handles
// owned by RAII guards, prepared statements bound by reference and reused, autocommit off
// around related writes, and the classic mistakes.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mysql/mysql.h>
#include <sql.h>
#include <sqlext.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace reports {

struct MySqlClose {
  void operator()(MYSQL *M) const { mysql_close(M); }
};
struct MySqlFree {
  void operator()(MYSQL_RES *R) const { mysql_free_result(R); }
};
struct MySqlStmtClose {
  void operator()(MYSQL_STMT *S) const { mysql_stmt_close(S); }
};
using MySqlPtr = std::unique_ptr<MYSQL, MySqlClose>;
using ResultPtr = std::unique_ptr<MYSQL_RES, MySqlFree>;
using StmtPtr = std::unique_ptr<MYSQL_STMT, MySqlStmtClose>;

MySqlPtr connect() {
  // ok: database-resource-leak
  MySqlPtr M(mysql_init(nullptr));
  if (!M)
    throw std::runtime_error("mysql_init: out of memory");
  const char *Host = std::getenv("REPORTS_DB_HOST");
  const char *User = std::getenv("REPORTS_DB_USER");
  const char *Password = std::getenv("REPORTS_DB_PASSWORD");
  // ok: database-hardcoded-connection-string, database-unchecked-result
  if (!mysql_real_connect(M.get(), Host, User, Password, "reports", 0, nullptr, 0))
    throw std::runtime_error(mysql_error(M.get()));
  return M;
}

// Daily totals: a fixed query, the result checked for null and freed by its owner.
std::vector<std::string> dailyTotals(MYSQL *Db) {
  // ok: database-unchecked-result
  if (mysql_query(Db, "SELECT day, sum(amount) FROM payments GROUP BY day ORDER BY day") != 0)
    throw std::runtime_error(mysql_error(Db));
  // ok: database-resource-leak
  ResultPtr Res(mysql_store_result(Db));
  if (!Res)
    throw std::runtime_error(mysql_error(Db));
  std::vector<std::string> Out;
  // ok: database-unchecked-result
  while (MYSQL_ROW Row = mysql_fetch_row(Res.get()))
    Out.push_back(std::string(Row[0]) + " " + (Row[1] ? Row[1] : "0"));
  return Out;
}

// A prepared insert, parameters bound by reference once, executed per row, autocommit off.
void storePayments(MYSQL *Db, const std::vector<int> &Amounts) {
  // ok: database-resource-leak
  StmtPtr St(mysql_stmt_init(Db));
  if (!St)
    throw std::runtime_error(mysql_error(Db));
  static const char Sql[] = "INSERT INTO payments(amount) VALUES (?)";
  if (mysql_stmt_prepare(St.get(), Sql, sizeof Sql - 1) != 0)
    throw std::runtime_error(mysql_stmt_error(St.get()));
  int Amount = 0;
  MYSQL_BIND Bind[1];
  std::memset(Bind, 0, sizeof Bind);
  Bind[0].buffer_type = MYSQL_TYPE_LONG;
  Bind[0].buffer = &Amount;
  if (mysql_stmt_bind_param(St.get(), Bind))
    throw std::runtime_error(mysql_stmt_error(St.get()));
  if (mysql_autocommit(Db, 0))
    throw std::runtime_error(mysql_error(Db));
  for (int A : Amounts) {
    Amount = A;
    // expect: database-query-in-loop
    if (mysql_stmt_execute(St.get()) != 0) {
      mysql_rollback(Db);
      throw std::runtime_error(mysql_stmt_error(St.get()));
    }
  }
  if (mysql_commit(Db))
    throw std::runtime_error(mysql_error(Db));
}

// Classic mistake: a filter pasted into the query and a result never freed.
long countByMerchant(MYSQL *Db, const std::string &Merchant) {
  std::string Sql = "SELECT count(*) FROM payments WHERE merchant = '" + Merchant + "'";
  // expect: database-sql-injection
  if (mysql_query(Db, Sql.c_str()) != 0)
    return -1;
  // expect: database-resource-leak
  MYSQL_RES *Res = mysql_store_result(Db);
  if (!Res)
    return -1;
  MYSQL_ROW Row = mysql_fetch_row(Res);
  return Row ? std::atol(Row[0]) : -1;
}

// Escaped with the connection's escaping function: not an injection.
long countByMerchantEscaped(MYSQL *Db, const std::string &Merchant) {
  std::vector<char> Escaped(Merchant.size() * 2 + 1);
  mysql_real_escape_string(Db, Escaped.data(), Merchant.c_str(), Merchant.size());
  std::string Sql = "SELECT count(id) FROM payments WHERE merchant = '" +
                    std::string(Escaped.data()) + "'";
  // ok: database-sql-injection
  if (mysql_query(Db, Sql.c_str()) != 0)
    return -1;
  // ok: database-resource-leak, database-unchecked-result
  MYSQL_RES *Res = mysql_store_result(Db);
  if (!Res)
    return -1;
  MYSQL_ROW Row = mysql_fetch_row(Res);
  long N = Row ? std::atol(Row[0]) : -1;
  mysql_free_result(Res);
  return N;
}

// Classic mistake: status ignored and two writes in autocommit mode.
void refund(MYSQL *Db, long PaymentId) {
  std::string Id = std::to_string(PaymentId);
  // expect: database-unchecked-result
  mysql_query(Db, ("UPDATE payments SET refunded = 1 WHERE id = " + Id).c_str());
  // expect: database-missing-transaction
  if (mysql_query(Db, ("INSERT INTO refunds(payment) VALUES (" + Id + ")").c_str()) != 0)
    std::fprintf(stderr, "%s\n", mysql_error(Db));
}

// --- ODBC --------------------------------------------------------------------------------

// A statement handle owned by a guard.
class OdbcStmt {
public:
  explicit OdbcStmt(SQLHDBC Dbc) {
    // ok: database-resource-leak
    if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, Dbc, &H)))
      throw std::runtime_error("SQLAllocHandle failed");
  }
  ~OdbcStmt() { SQLFreeHandle(SQL_HANDLE_STMT, H); }
  SQLHSTMT get() const { return H; }

private:
  SQLHSTMT H = SQL_NULL_HSTMT;
};

void exportInvoices(SQLHDBC Dbc, const std::vector<int> &Ids) {
  OdbcStmt St(Dbc);
  SQLINTEGER Id = 0;
  SQLLEN Len = 0;
  // ok: database-unchecked-result
  if (!SQL_SUCCEEDED(SQLPrepare(St.get(), (SQLCHAR *)"UPDATE invoices SET exported = 1 "
                                                     "WHERE id = ?",
                                SQL_NTS)))
    throw std::runtime_error("prepare failed");
  if (!SQL_SUCCEEDED(SQLBindParameter(St.get(), 1, SQL_PARAM_INPUT, SQL_C_SLONG, SQL_INTEGER,
                                      0, 0, &Id, 0, &Len)))
    throw std::runtime_error("bind failed");
  for (int I : Ids) {
    Id = I;
    // expect: database-query-in-loop
    SQLRETURN Rc = SQLExecute(St.get());
    if (!SQL_SUCCEEDED(Rc))
      throw std::runtime_error("export failed");
  }
}

// Classic mistake: a statement handle that an early return leaks.
long invoiceCount(SQLHDBC Dbc) {
  SQLHSTMT St = SQL_NULL_HSTMT;
  // expect: database-resource-leak
  if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, Dbc, &St)))
    return -1;
  if (!SQL_SUCCEEDED(SQLExecDirect(St, (SQLCHAR *)"SELECT count(id) FROM invoices", SQL_NTS)))
    return -1;
  SQLINTEGER N = 0;
  SQLLEN Ind = 0;
  if (SQL_SUCCEEDED(SQLFetch(St)))
    SQLGetData(St, 1, SQL_C_SLONG, &N, 0, &Ind);
  SQLFreeHandle(SQL_HANDLE_STMT, St);
  return N;
}

} // namespace reports
