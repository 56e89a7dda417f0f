// What happens to the value of an expression, usually a call's status: thrown away, thrown
// away on purpose with a cast to void, or used (tested, stored, returned, passed on).
#pragma once

namespace clang {
class ASTContext;
class Expr;
} // namespace clang

namespace seniorlint {

enum class ResultUse { Discarded, CastToVoid, Used };

// Discarded: a statement of its own, also as the body of an if or a loop (not their
// condition), a case or label, or the left of a comma. CastToVoid: `(void)E` or
// `static_cast<void>(E)`. Used: anything else, including being stored in a variable; parens,
// implicit casts and temporaries between E and its user are looked through.
ResultUse resultUse(const clang::Expr *E, clang::ASTContext &Ctx);

} // namespace seniorlint
