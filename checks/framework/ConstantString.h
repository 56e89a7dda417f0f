// Is a string argument fixed when the program is compiled, or built from data at run time?
//
// Rules about injection (shell commands, SQL, format strings) stay silent when the string
// reaching the sink is a constant: nothing from outside can get into it. Ask
// isConstantString() about the sink's argument expression, as written in the call.
//
// Constant:
//   - a string literal ("ls", L"ls", u8"ls", "a" "b", "ls"sv), through parentheses, casts
//     and implicit conversions; a macro that expands to one is a literal after preprocessing;
//   - a variable that cannot change and whose initialiser is constant: `const`/`constexpr`,
//     local, global or static member (`const char *const`, `const char[]`,
//     `constexpr std::string_view`, `const std::string`); an `extern const char X[]` with no
//     visible initialiser (a const char array can only be filled from a literal);
//   - a local variable not declared const but never modified in its function
//     (`const char *Cmd = "ls";`, `char Cmd[] = "ls";`), checked with ExprMutationAnalyzer;
//   - an element of a constant table (`kCommands[I]` where every initialiser is constant),
//     or the variable of a range-for over one (`for (const char *Step : {"a", "b"})`):
//     choosing among fixed strings is the allow-list pattern, not injection;
//   - std::string / std::string_view built from a constant (`std::string("ls").c_str()`,
//     `.data()`), and `+` of two constants;
//   - `Cond ? A : B` when both A and B are constant.
// Not constant: parameters, anything returned by a call (getenv, a getter), a buffer filled
// by snprintf, a string built with + from non-constants, data members (even const ones:
// a constructor may set them), expressions that depend on a template parameter, and
// `extern const char *const` (its initialiser in another file may be anything).
//
// A null pointer (`system(NULL)`) is not a string: callers decide what it means.
#pragma once

namespace clang {
class ASTContext;
class Expr;
class Stmt;
} // namespace clang

namespace seniorlint {

bool isConstantString(const clang::Expr *E, clang::ASTContext &Ctx);

// Are the bytes behind E fixed when the program is compiled? What isConstantString accepts,
// and also arrays initialised from a brace list of integer constants (`unsigned char Iv[16] =
// {0};`, `static const uint8_t kIv[] = {0x01, ...}`) that are const or are locals nothing
// writes. Uses of the array inside Except (the call being judged, which may take the buffer
// through a non-const pointer, as AES_cbc_encrypt does with its IV) are not counted as writes.
// A local array without an initialiser is not constant: its bytes are indeterminate.
bool isConstantBuffer(const clang::Expr *E, clang::ASTContext &Ctx,
                      const clang::Stmt *Except = nullptr);

} // namespace seniorlint
