// What a branch condition evaluates to when some of its parts have known values.
//
// Path-sensitive checks ask "on which branch did the call succeed?": `if (Rc != SQLITE_OK)
// return;` leaves on failure when Rc holds sqlite3_prepare_v2's status, `if (!Res)` is taken
// only when the result is null, `if (Q.prepare(Sql)) break;` leaves once prepare worked.
// evaluateCondition() folds a condition with the caller's values for some of its leaves (the
// call itself, a status variable, a handle), compile-time constants (SQLITE_OK, nullptr,
// enumerators, macros) and the operators ! ~ - == != < <= > >= & | ^ + - * && || , = ?:
// and casts. A pointer the caller knows to be non-null is 1. nullopt: it depends on
// something else.
#pragma once

#include "llvm/ADT/STLFunctionalExtras.h"
#include <cstdint>
#include <optional>

namespace clang {
class ASTContext;
class Expr;
} // namespace clang

namespace seniorlint {

// Asked about every subexpression (parentheses removed); nullopt when the caller does not know.
using KnownValue = llvm::function_ref<std::optional<std::int64_t>(const clang::Expr *)>;

std::optional<bool> evaluateCondition(const clang::Expr *Cond, KnownValue Known,
                                      clang::ASTContext &Ctx);

} // namespace seniorlint
