// Is a value a secret, judged by the name it is read through?
//
// Names are compared word by word: `db_password`, `dbPassword`, `DB_PASSWORD` and `kDbPassword`
// all end in the word "password". A name is a secret when its LAST words are one of the
// entries, so the head noun decides: `password_hash`, `token_count`, `digest_algorithm_name`
// and `secret_path` are not secrets, `tokenizer` is one word that is not "token". Words that
// only say how the value is held (`token_str`, `signature_hex`, `secret_bytes`) are skipped
// first. A name that says the value was hashed, encrypted or masked anywhere
// (`hashed_password`, `masked_token`) is not a secret, nor is a token that only marks a
// position or an operation (`next_page_token`, `continuation_token`). Entries may be written
// in any case style: "api_key" also matches `apiKey`, `APIKey` and `apikey`.
//
// The rules about secrets (timing-unsafe comparison, secrets in logs, plaintext password
// storage) share this, and the helpers below that find the name a value is read through.
#pragma once

#include "Ancestors.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class CXXOperatorCallExpr;
class Expr;
class FunctionDecl;
class NamedDecl;
class Stmt;
} // namespace clang

namespace seniorlint {

// An identifier's words, lower-cased: "kAPIKey2" -> {"k", "api", "key", "2"}.
llvm::SmallVector<std::string, 4> identifierWords(llvm::StringRef Identifier);

class SecretNames {
public:
  explicit SecretNames(const std::vector<std::string> &Entries);
  bool matches(llvm::StringRef Identifier) const;

private:
  std::vector<std::string> Entries; // each entry's words joined: "api_key" -> "apikey"
};

// Peels what hands the same characters on: casts, temporaries, `std::string(S)`,
// `S.c_str()`, `S.data()`, string -> string_view conversions.
const clang::Expr *sameText(const clang::Expr *E);

// The declaration a value is read through, seen through what passes text on unchanged
// (casts, c_str(), data(), copies into std::string or std::string_view, `*` of a pointer):
// a variable, parameter or field, or a const getter without arguments (`req.password()`,
// `creds.getToken()`). nullptr when the value is computed: a call such as `mask(token)` or
// `token.size()`, an operator, a literal.
const clang::NamedDecl *valueSource(const clang::Expr *E);

// A `token` in a lexer or parser is a word of the input, not a credential: Source's class, or
// the function or class where Use sits, is named for parsing (`Lexer::Token`, `parseArgs`).
bool isLexicalToken(const clang::NamedDecl *Source, const clang::Expr *Use, clang::ASTContext &Ctx);

// Character data: char pointers and arrays, std::basic_string, std::basic_string_view, and
// byte containers (std::vector / std::array of char, unsigned char, uint8_t or std::byte).
// Booleans, numbers and other classes named `token` or `password_policy` are not secrets.
bool isTextLike(clang::QualType T);

// The stream a `<<` chain writes to: `Out` in `Out << A << B`.
const clang::Expr *streamRoot(const clang::CXXOperatorCallExpr *Insert);

// The pieces a text is built from, in order: the operands of `+` on strings, the arguments of
// std::format, fmt::format and absl::StrCat, both branches of `?:`; anything else is a piece.
void forEachTextPiece(const clang::Expr *E, llvm::function_ref<void(const clang::Expr *)> Piece);

} // namespace seniorlint
