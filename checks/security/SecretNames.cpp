#include "SecretNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace seniorlint {
namespace {

// Words that say how a value is held, not what it is: `token_str` is a token.
bool isRepresentationWord(StringRef Word) {
  return llvm::is_contained({"str",       "string", "buf",   "buffer", "bytes",  "data",
                             "value",     "val",    "hex",   "b64",    "base64", "raw",
                             "text",      "ptr",    "view",  "sv",     "plain",  "plaintext",
                             "cleartext", "bin",    "input", "in",     "arg",    "param"},
                            Word) ||
         llvm::all_of(Word, llvm::isDigit);
}

// Words that say the value is no longer the secret itself.
bool isTransformedWord(StringRef Word) {
  return llvm::is_contained({"hash", "hashed", "hashes", "encrypted", "masked", "redacted",
                             "obfuscated", "salted", "censored", "sanitized"},
                            Word);
}

// Tokens that only mark a position or an operation: `next_page_token`, `NextToken`,
// `continuation_token`, `cancellation_token`, `idempotency_token`.
bool isPublicTokenKind(StringRef Word) {
  return llvm::is_contained({"page", "next", "continuation", "cursor", "sync", "cancellation",
                             "cancel", "resume", "idempotency"},
                            Word);
}

bool isStdClass(const CXXRecordDecl *RD, std::initializer_list<StringRef> Names) {
  return RD && RD->isInStdNamespace() && RD->getIdentifier() &&
         llvm::is_contained(Names, RD->getName());
}

bool isStringClass(QualType T) {
  return isStdClass(T.getNonReferenceType()->getAsCXXRecordDecl(),
                    {"basic_string", "basic_string_view"});
}

bool isByte(QualType T) {
  T = T.getCanonicalType().getUnqualifiedType();
  if (T->isAnyCharacterType() || T->isSpecificBuiltinType(BuiltinType::UChar) ||
      T->isSpecificBuiltinType(BuiltinType::SChar))
    return true;
  const auto *Enum = T->getAsTagDecl();
  return Enum && isa<EnumDecl>(Enum) && Enum->isInStdNamespace() && Enum->getIdentifier() &&
         Enum->getName() == "byte";
}

bool isTextBuilder(const FunctionDecl *FD) {
  if (!FD || !FD->getIdentifier())
    return false;
  std::string Name = FD->getQualifiedNameAsString();
  // Inline namespaces (fmt::v10, std::__cxx11) are part of the qualified name.
  StringRef Short = FD->getName();
  StringRef Scope = StringRef(Name).take_until([](char C) { return C == ':'; });
  return (Short == "format" && (Scope == "std" || Scope == "fmt")) ||
         (Scope == "absl" && (Short == "StrCat" || Short == "StrFormat"));
}

bool namedForParsing(const NamedDecl *D) {
  if (!D || !D->getIdentifier())
    return false;
  return llvm::any_of(identifierWords(D->getName()), [](StringRef W) {
    return llvm::is_contained({"lexer", "lex", "parser", "parse", "parsing", "tokenizer",
                               "tokenize", "scanner", "scan", "grammar", "syntax"},
                              W);
  });
}

unsigned writtenArgs(const CXXConstructExpr *Construct) {
  return llvm::count_if(Construct->arguments(),
                        [](const Expr *Arg) { return !isa<CXXDefaultArgExpr>(Arg); });
}

} // namespace

const Expr *sameText(const Expr *E) {
  for (;;) {
    const Expr *Next = E->IgnoreParenCasts();
    if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = Bind->getSubExpr();
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Next);
             Construct && isStringClass(Construct->getType()) && writtenArgs(Construct) == 1)
      Next = Construct->getArg(0);
    else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Next);
             Call && isStringClass(Call->getObjectType()) && Call->getMethodDecl() &&
             (isa<CXXConversionDecl>(Call->getMethodDecl()) ||
              (Call->getMethodDecl()->getIdentifier() &&
               llvm::is_contained({"c_str", "data"}, Call->getMethodDecl()->getName()))))
      Next = Call->getImplicitObjectArgument();
    if (Next == E)
      return E;
    E = Next;
  }
}

llvm::SmallVector<std::string, 4> identifierWords(StringRef Identifier) {
  llvm::SmallVector<std::string, 4> Words;
  std::string Word;
  auto Flush = [&] {
    if (!Word.empty())
      Words.push_back(std::move(Word));
    Word.clear();
  };
  for (size_t I = 0; I < Identifier.size(); ++I) {
    char C = Identifier[I];
    if (!llvm::isAlnum(C)) {
      Flush();
      continue;
    }
    if (!Word.empty()) {
      char Prev = Identifier[I - 1];
      bool NextLower = I + 1 < Identifier.size() && llvm::isLower(Identifier[I + 1]);
      // fooBar, foo2, 2foo, and the last capital of an acronym: APIKey -> API, Key.
      if ((llvm::isUpper(C) &&
           (llvm::isLower(Prev) || llvm::isDigit(Prev) || (llvm::isUpper(Prev) && NextLower))) ||
          llvm::isDigit(C) != llvm::isDigit(Prev))
        Flush();
    }
    Word += llvm::toLower(C);
  }
  Flush();
  return Words;
}

SecretNames::SecretNames(const std::vector<std::string> &List) {
  for (const std::string &Entry : List)
    Entries.push_back(llvm::join(identifierWords(Entry), ""));
}

bool SecretNames::matches(StringRef Identifier) const {
  auto Words = identifierWords(Identifier);
  while (!Words.empty() && isRepresentationWord(Words.back()))
    Words.pop_back();
  auto IsEntry = [this](StringRef Joined) { return llvm::is_contained(Entries, Joined); };
  for (const std::string &Word : Words)
    if (isTransformedWord(Word) && !IsEntry(Word))
      return false;
  // The trailing words, joined, against each entry: session + id = "sessionid".
  std::string Tail;
  for (size_t I = Words.size(); I-- > 0;) {
    Tail = Words[I] + Tail;
    if (IsEntry(Tail))
      return !(Tail == "token" && I > 0 && isPublicTokenKind(Words[I - 1]));
  }
  return false;
}

const NamedDecl *valueSource(const Expr *E) {
  E = sameText(E);
  if (const auto *Deref = dyn_cast<UnaryOperator>(E); Deref && Deref->getOpcode() == UO_Deref)
    E = sameText(Deref->getSubExpr());
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(Ref->getDecl());
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    const ValueDecl *D = Member->getMemberDecl();
    return isa<FieldDecl, VarDecl>(D) ? D : nullptr;
  }
  // Getters: `Request.password()`, `Creds.getToken()`. A method that takes arguments, or
  // changes the object (`Lexer.nextToken()`), computes rather than reads.
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *M = Call->getMethodDecl();
    if (M && M->getIdentifier() && M->isConst() && M->getNumParams() == 0 &&
        !M->getParent()->isInStdNamespace())
      return M;
  }
  return nullptr;
}

bool isLexicalToken(const NamedDecl *Source, const Expr *Use, ASTContext &Ctx) {
  if (!Source->getIdentifier() || !llvm::is_contained(identifierWords(Source->getName()), "token"))
    return false;
  if (namedForParsing(dyn_cast<NamedDecl>(Source->getDeclContext())))
    return true;
  const FunctionDecl *Fn = enclosingFunction(*Use, Ctx);
  return Fn && (namedForParsing(Fn) || namedForParsing(dyn_cast<NamedDecl>(Fn->getDeclContext())));
}

bool isTextLike(QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType())
    return isByte(T->getPointeeType());
  if (T->isArrayType())
    return isByte(T->castAsArrayTypeUnsafe()->getElementType());
  const auto *RD = T->getAsCXXRecordDecl();
  if (isStdClass(RD, {"basic_string", "basic_string_view"}))
    return true;
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD);
  if (!Spec || !isStdClass(Spec, {"vector", "array"}) || Spec->getTemplateArgs().size() == 0)
    return false;
  const TemplateArgument &Element = Spec->getTemplateArgs()[0];
  return Element.getKind() == TemplateArgument::Type && isByte(Element.getAsType());
}

const Expr *streamRoot(const CXXOperatorCallExpr *Insert) {
  const Expr *Root = Insert->getArg(0);
  while (const auto *Inner = dyn_cast<CXXOperatorCallExpr>(Root->IgnoreParenImpCasts())) {
    if (Inner->getOperator() != OO_LessLess || Inner->getNumArgs() != 2)
      break;
    Root = Inner->getArg(0);
  }
  return Root->IgnoreParenImpCasts();
}

void forEachTextPiece(const Expr *E, llvm::function_ref<void(const Expr *)> Piece) {
  E = sameText(E);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && Op->getOperator() == OO_Plus && Op->getNumArgs() == 2 && isStringClass(Op->getType())) {
    forEachTextPiece(Op->getArg(0), Piece);
    forEachTextPiece(Op->getArg(1), Piece);
    return;
  }
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
    forEachTextPiece(Cond->getTrueExpr(), Piece);
    forEachTextPiece(Cond->getFalseExpr(), Piece);
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E); Call && isTextBuilder(Call->getDirectCallee())) {
    for (const Expr *Arg : Call->arguments())
      forEachTextPiece(Arg, Piece);
    return;
  }
  Piece(E);
}

} // namespace seniorlint
