// The text of a query when it is fixed at compile time, and what its first keyword says.
//
// The database rules that read SQL (writes outside a transaction, SELECT *, connection
// strings) need the literal behind a query argument, not only the answer "it is constant"
// that ConstantString gives. sqlLiterals() follows the argument as written in the call to the
// string literals it is made of:
//   - a literal of any character width (QStringLiteral's u"..." too), through parentheses,
//     casts (`(SQLCHAR *)"..."`), `"..."sv`, and objects built from one text (std::string,
//     QString, pqxx::zview, QString(QtPrivate::qMakeStringPrivate(u"...")));
//   - c_str(), data() and conversions of such an object;
//   - a variable that cannot change: const or constexpr with an initialiser, or a local never
//     modified in its function (parameters never: their value comes from the caller);
//   - `A + B` of such texts, in order.
// Anything else (a call, a parameter, a data member, `?:`) makes the text unknown: nullopt.
#pragma once

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class Expr;
class StringLiteral;
} // namespace clang

namespace seniorlint {

// The literals a fixed text is made of, in order; nullopt when the text is not fixed.
std::optional<std::vector<const clang::StringLiteral *>> sqlLiterals(const clang::Expr *E,
                                                                     clang::ASTContext &Ctx);

// Every literal that may end up in the text, fixed or not: the pieces of `+` (also next to
// run-time values), both branches of `?:`, the elements of an initialiser list, and for a
// variable (not a parameter) its initialiser and, for a local, every `=` assigned to it in its
// function. For rules about what a query says (`SELECT *`) rather than whether it is fixed.
void forEachSqlLiteral(const clang::Expr *E, clang::ASTContext &Ctx,
                       llvm::function_ref<void(const clang::StringLiteral *)> Visit);

// The whole fixed text (the literals joined); nullopt when it is not fixed.
std::optional<std::string> sqlText(const clang::Expr *E, clang::ASTContext &Ctx);

// The fixed text a statement starts with, when the rest is appended at run time: the whole
// text when it is fixed, else the left of `+` (`"UPDATE t SET x = " + Value`), or what a
// local that is only ever appended to was initialised with. Enough to read the verb.
std::optional<std::string> sqlLeadingText(const clang::Expr *E, clang::ASTContext &Ctx);

// A literal's text; code units of wide literals outside ASCII become '?'.
std::string literalText(const clang::StringLiteral *Literal);

// The first keyword of a statement, upper-cased, after whitespace, `--` and `/* */` comments
// and opening parentheses: "  /* audit */ insert into t ..." -> "INSERT".
std::string sqlFirstKeyword(llvm::StringRef Sql);

// INSERT, UPDATE, DELETE, REPLACE or MERGE: a statement that changes rows.
bool isSqlWrite(llvm::StringRef Sql);

} // namespace seniorlint
