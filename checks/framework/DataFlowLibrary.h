// Internal to the data-flow analysis: what the C and C++ libraries do with text.
//
// Sources live in the catalogue (rules/dataflow.yaml); this file knows how library calls
// *move* text: into a buffer (strcpy, snprintf), out of a stream (>>, getline), through
// std::string operations. It is the part of the analysis that is code, not data, because
// each family needs its own argument layout.
#pragma once

#include "clang/AST/Type.h"
#include "llvm/ADT/StringRef.h"

namespace clang {
class CXXMethodDecl;
class FunctionDecl;
class SourceManager;
} // namespace clang

namespace seniorlint::dataflow {

// Notes for the place where non-constant text was mixed in.
extern const char *const Concatenated;
extern const char *const Appended;
extern const char *const Formatted;
extern const char *const Streamed;

// A C function that writes text into a buffer argument.
struct BufferWrite {
  llvm::StringRef Name;
  unsigned Target;     // the argument written through
  bool TargetsFollow;  // ...and every later argument (sscanf's outputs)
  unsigned First;      // the arguments whose text ends up in the target
  unsigned Last;
  const char *How;     // nullptr: copies whole; otherwise the note for a mixed-in piece
};
const BufferWrite *bufferWrite(const clang::FunctionDecl &FD);

// std::format, fmt::format, absl::StrCat, sqlite3_mprintf: every argument becomes text.
bool isFormatting(const clang::FunctionDecl &FD);
// std::move, std::forward, std::ref: the value itself.
bool isPassThrough(const clang::FunctionDecl &FD);

// Declared in a system header: its behaviour is the library's, not the project's.
bool isLibrary(const clang::FunctionDecl &FD, const clang::SourceManager &SM);

bool isInNamespace(const clang::Decl &D, llvm::StringRef Name);
bool isStdRecord(clang::QualType T, std::initializer_list<llvm::StringRef> Names);
// std::ifstream / std::fstream / std::filebuf, or a class derived from one: reads a file.
bool isFileInput(clang::QualType T);
// std::cin / std::wcin.
bool isConsoleInput(const clang::Decl &D);

// What a non-const std method does to its object's text.
enum class Effect {
  None,     // clear, reserve, seekg: no new text
  Append,   // append, insert, +=, <<, push_back: the arguments join the text
  Replace,  // assign, =, str(s): the arguments become the text
  ReadInto, // an input stream's read/get/getline: the object's text goes into argument 0
};
Effect methodEffect(const clang::CXXMethodDecl &M);

} // namespace seniorlint::dataflow
