// What the cryptography and credential rules can know about a call when compiling: the
// integer or the string literal an argument is, seen through constants and locals that
// nothing changes (the function a call is in: enclosingFunction() in Ancestors.h).
#pragma once

#include "Ancestors.h"
#include "clang/AST/Expr.h"
#include <cstdint>
#include <optional>
#include <string>

namespace seniorlint {

// An integer the reader can see: a constant expression (`1024`, `CALG_MD5`, `kBits`), or a
// local initialised with one and never changed (`int Bits = 1024;`).
std::optional<uint64_t> visibleValue(const clang::Expr *E, clang::ASTContext &Ctx);

// The string literal E is, seen through casts, macros, `std::string("...")`, `.c_str()`,
// `"..."s`, and variables that are const or locals never changed. Through, when given, is set
// to the last variable followed (nullptr when the literal is written in E itself).
const clang::StringLiteral *visibleLiteral(const clang::Expr *E, clang::ASTContext &Ctx,
                                           const clang::VarDecl **Through = nullptr);

// The expression a text starts with: E seen through casts, `.c_str()`, `std::string(...)`
// and the left operand of `+` on strings (`"http://" + Host` starts with "http://").
const clang::Expr *textStart(const clang::Expr *E);

// The text of a narrow or wide literal; code units outside ASCII become '?'.
std::string literalText(const clang::StringLiteral &Literal);

// std::basic_string or std::basic_string_view, through references.
bool isStdString(clang::QualType T);

} // namespace seniorlint
