// What the security rules ask about calls into the C library and POSIX.
#pragma once

#include "llvm/ADT/SmallPtrSet.h"

#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <string>

namespace seniorlint {

// The C library's or POSIX's function, not a project's own `text::strcpy` or
// `Buffer::strcat`: declared at file scope or in std, and `extern "C"` or in a system header.
bool isCLibraryFunction(const clang::FunctionDecl &Fn, clang::ASTContext &Ctx);

// A variable that keeps the value it was initialised with: const, or a local that its
// function never modifies.
bool keepsItsValue(const clang::VarDecl *VD, clang::ASTContext &Ctx);

// Does an `open` flags argument name the macro Flag (`O_CREAT`, `O_EXCL`, ...)? The values
// differ between systems, so the spelling is read, through a constant or never-modified local
// (`const int Flags = O_WRONLY | O_CREAT;`).
bool openFlagsName(const clang::Expr *Flags, llvm::StringRef Flag, clang::ASTContext &Ctx);

// The value of an integer expression (a mode, a mask), if it is known when compiling.
std::optional<uint64_t> knownValue(const clang::Expr *E, clang::ASTContext &Ctx);

// The path of the log file a `FILE *` was opened on: the stream is a local or member that the
// function initialises or assigns from `fopen("debug.txt", ...)`, and a word of the path is
// `log`, `logs`, `debug` or `trace` ("logs/app.txt", "debug.txt"; not "catalog.txt",
// "login.txt"). Writing to it is logging rather than storing.
std::optional<std::string> logFileOf(const clang::Expr *Stream, clang::ASTContext &Ctx);

// The local a buffer argument names (`Buf`, `(char *)Buf`) and the local arrays it is made
// to point into (`char *Data = Buffer;`, `Data = Buffer;`), with the function holding Use;
// empty when Buffer is not a local or Use is not in a function body.
struct LocalBuffer {
  const clang::FunctionDecl *Function = nullptr;
  llvm::SmallPtrSet<const clang::Decl *, 4> Names;
};
LocalBuffer localBuffer(const clang::Expr *Buffer, const clang::Stmt &Use, clang::ASTContext &Ctx);

// The last call before Use, in the same function, that may write the local buffer Buffer
// names: the local itself, or the array a local pointer was set to (`Data = DataBuffer`),
// passed as a pointer to non-const, also at an offset (`recv(S, Data + Len, ...)`). A read
// followed by a decryption, a copy back or a wipe gives the latter. Null when there is none.
const clang::CallExpr *lastWriteBefore(const clang::Expr *Buffer, const clang::Expr &Use,
                                       clang::ASTContext &Ctx);

AST_MATCHER(clang::FunctionDecl, isCLibrary) {
  return isCLibraryFunction(Node, Finder->getASTContext());
}

} // namespace seniorlint
