// The one catalogue of database client APIs that seniorlint's database rules share.
//
// Every rule about queries (N+1, prepare in a loop, leaks, unchecked results, injection, ...)
// asks the same questions about a call: which library is this, what does the call do, which
// argument is the SQL, which is the connection or statement, which arguments are values bound
// into the statement, which handle does it create or release? The answers live in ONE table,
// in DatabaseApi.cpp. Add a function there (or a field, if your rule needs a new question)
// rather than keeping a private list of names in a check.
//
// Families: SQLite, libpq, the MySQL C API, libpqxx, SOCI, Qt SQL and ODBC. Names are the real
// ones; C functions must be declared at file scope (a project's own `db::sqlite3_open` is
// not SQLite), methods are named with their declaring class (`pqxx::transaction_base::exec`,
// which is where libpqxx declares what `pqxx::work` inherits).
//
// Argument indices count the parameters as declared, without `this`, also for member
// operators (`session << "select ..."`: the SQL is argument 0). Use databaseApiArg() to get
// an argument of a call expression, so that operator calls and constructions are handled.
//
// Use:
//   onDatabaseApi(Matchers, {DbRole::Prepare}, [](auto Call) { return expr(Call).bind("call"); },
//                 this);
//   ...
//   const DbApiFunction *F = findDatabaseApi(Call);   // nullptr: not in the table
//   const Expr *Sql = databaseApiArg(Call, F->Sql);   // nullptr: no such argument
//
// Also here, because they are questions about these calls too: passedText() (the text an
// SQL argument passes on through c_str(), casts and conversions) and DbSuccess (on which
// branch of a condition the call worked, for path and retry reasoning).
#pragma once

#include "MatchRegistry.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <array>
#include <cstdint>
#include <optional>

namespace clang {
class ASTContext;
class Expr;
class FunctionDecl;
class ValueDecl;
} // namespace clang

namespace seniorlint {

enum class DbFamily : std::uint8_t { Sqlite, Libpq, MySql, Pqxx, Soci, Qt, Odbc };

enum class DbRole : std::uint8_t {
  Allocate,   // creates a handle without talking to the server: mysql_init, SQLAllocHandle
  Connect,    // opens a connection: sqlite3_open, PQconnectdb, pqxx::connection{...}
  Prepare,    // compiles SQL text into a reusable statement
  Execute,    // runs SQL text or a prepared statement (one round-trip)
  Result,     // takes the result of the last execution: mysql_store_result, PQgetResult
  Step,       // moves to the next row: sqlite3_step, mysql_fetch_row, QSqlQuery::next
  Bind,       // puts a value into a statement parameter: sqlite3_bind_*, soci::use
  Reset,      // readies a statement for the next execution: sqlite3_reset, clear_bindings
  Inspect,    // reads a value, a status or an error, or sets an option; owns nothing
  Finalize,   // destroys a statement: sqlite3_finalize, mysql_stmt_close
  ResultFree, // frees a result: PQclear, mysql_free_result
  Close,      // closes a connection: sqlite3_close, PQfinish, QSqlDatabase::close
};

// The handles a program must release; each is released by the functions whose Releases
// names it. Result sets of the C++ APIs (pqxx::result, QSqlQuery) clean up themselves.
enum class DbResource : std::uint8_t {
  None,
  SqliteDb,    // sqlite3 *          sqlite3_close / sqlite3_close_v2
  SqliteStmt,  // sqlite3_stmt *     sqlite3_finalize
  PgConn,      // PGconn *           PQfinish
  PgResult,    // PGresult *         PQclear
  MySqlConn,   // MYSQL *            mysql_close
  MySqlResult, // MYSQL_RES *        mysql_free_result
  MySqlStmt,   // MYSQL_STMT *       mysql_stmt_close
  OdbcHandle,  // SQLHANDLE          SQLFreeHandle
};

// The object a method is called on, as the value of DbApiFunction::Handle.
constexpr std::int8_t DbObject = -2;
// No such argument.
constexpr std::int8_t DbNone = -1;

struct DbApiFunction {
  llvm::StringRef Name; // qualified, no leading "::"; a constructor is "ns::Class::Class"
  DbFamily Family;
  DbRole Role;
  std::int8_t Sql = DbNone;    // the SQL text
  std::int8_t Handle = DbNone; // the connection, statement or result worked on, or DbObject
  std::int8_t Values = DbNone; // the first argument holding bound values; all later ones too
  DbResource Acquires = DbResource::None; // the handle this call creates...
  std::int8_t Out = DbNone;               // ...in this out-argument (`sqlite3 **`), or returned
  DbResource Releases = DbResource::None; // the handle released through Handle
  std::int8_t Arity = DbNone; // when set, the entry covers only the overload with this
                              // many parameters (`QSqlQuery::exec()` vs `exec(sql)`)
};

llvm::ArrayRef<DbApiFunction> databaseApiFunctions();

// The entry for a function, a call (CallExpr, member or operator call) or a construction
// (CXXConstructExpr); nullptr when it is not in the table. Copy and move constructors are
// never in the table.
const DbApiFunction *findDatabaseApi(const clang::FunctionDecl *FD);
const DbApiFunction *findDatabaseApi(const clang::Expr *CallOrConstruct);

// Argument Index of a call or construction as the table counts it (see above); DbObject gives
// the object a method is called on. nullptr when the call has no such argument.
const clang::Expr *databaseApiArg(const clang::Expr *CallOrConstruct, int Index);

// The expression whose text an SQL argument passes on unchanged: `Sql` for `Sql.c_str()`,
// `Sql.data()`, `QString(Sql)`, `(SQLCHAR *)Sql`, conversions and copies.
const clang::Expr *passedText(const clang::Expr *Sql);

// The variable holding the connection or statement an argument names: `Stmt`, `&Stmt`,
// `this->Stmt`, and the owner of a smart pointer or RAII guard it is taken from
// (`Owner.get()`, `*Owner`). nullptr for anything else.
const clang::ValueDecl *handleVariable(const clang::Expr *E);

// A narrow matcher (by qualified name) for calls and constructions of the table's functions
// whose role is one of Roles, for match() inside a function body; rules register their own
// top-level matchers with onDatabaseApi(). Confirm with findDatabaseApi(): overloads share
// a name.
clang::ast_matchers::internal::BindableMatcher<clang::Stmt>
databaseApiCall(std::initializer_list<DbRole> Roles);

// Registers with Matchers, dispatched by the table's names, the matcher Make builds from the
// narrow call matcher and the one Make builds from the narrow construction matcher (the
// function's constructor: `pqxx::connection C("...")`). onDatabaseApiCalls registers the
// calls only, for questions a construction has no answer to (its status).
using DbMatcherMaker = llvm::function_ref<clang::ast_matchers::StatementMatcher(
    const clang::ast_matchers::internal::BindableMatcher<clang::Stmt> &)>;
void onDatabaseApi(MatchRegistry &Matchers, std::initializer_list<DbRole> Roles,
                   DbMatcherMaker Make, MatchRegistry::Callback *C);
void onDatabaseApi(MatchRegistry &Matchers, llvm::function_ref<bool(const DbApiFunction &)> Which,
                   DbMatcherMaker Make, MatchRegistry::Callback *C);
void onDatabaseApiCalls(MatchRegistry &Matchers, std::initializer_list<DbRole> Roles,
                        DbMatcherMaker Make, MatchRegistry::Callback *C);

// Calls of Function and constructions through it (a constructor), as those two matchers.
std::array<clang::ast_matchers::internal::BindableMatcher<clang::Stmt>, 2>
callsAndConstructions(const clang::ast_matchers::internal::Matcher<clang::Decl> &Function);

// What success looks like after one call of the table, for evaluateCondition()
// (ConditionValue.h): on which branch of `if (Rc != SQLITE_OK)`, `if (!Res)` or
// `if (Db.isOpen())` did the call work? Known values once it worked:
//   - the call itself and the variable its result is stored in (`int Rc = sqlite3_prepare_v2(
//     ...)`, `PGconn *C = PQconnectdb(...)`): 0 for a C status (SQLITE_OK, SQL_SUCCESS, MySQL's
//     0 and false), non-null (1) for a returned pointer, true for a C++ method's bool;
//   - the handle it created or works on (the `&Stmt` out-argument, `Db` in `Db.open()`, the
//     constructed pqxx::connection): a pointer is non-null; PQstatus, mysql_errno and
//     sqlite3_errcode on it say OK (0); isOpen(), is_open(), is_connected() on it say true.
// Mode Allocated asks a narrower question: does the handle exist (must it be released)?
// Only null checks of the handle and the status of calls that create nothing when they fail
// count then: sqlite3_open and PQconnectdb create their handle even when they fail.
// The values hold from the call until the variables are assigned again. A caller that
// evaluates conditions without following paths passes the statement it looks at as
// NotReassignedIn: variables assigned anything else in there are not known.
class DbSuccess {
public:
  enum Mode { Worked, Allocated };
  DbSuccess(const clang::Expr *Call, clang::ASTContext &Ctx, Mode M = Worked,
            const clang::Stmt *NotReassignedIn = nullptr);
  std::optional<std::int64_t> operator()(const clang::Expr *E) const;

  const clang::ValueDecl *handle() const { return Handle; }
  const clang::ValueDecl *status() const { return Status; }

private:
  std::optional<std::int64_t> callValue() const;

  const clang::Expr *Call;
  const DbApiFunction *Fn;
  Mode M;
  std::optional<std::int64_t> Value;
  const clang::ValueDecl *Handle = nullptr;
  const clang::ValueDecl *Status = nullptr;
};

} // namespace seniorlint
