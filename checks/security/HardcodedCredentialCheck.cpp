#include "HardcodedCredentialCheck.h"
#include "CheckRegistry.h"
#include "KnownArguments.h"
#include "LibraryCalls.h"
#include "NameMatchers.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include <set>

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

// Arguments that are credentials by the API's contract, whatever they are called.
struct CredentialArgument {
  StringRef Function;
  unsigned Index;
  StringRef What;
};

const CredentialArgument CredentialArguments[] = {
    {"sqlite3_key", 1, "encryption key"},
    {"sqlite3_key_v2", 2, "encryption key"},
    {"sqlite3_rekey", 1, "encryption key"},
    {"sqlite3_rekey_v2", 2, "encryption key"},
    {"LogonUserA", 2, "password"},
    {"LogonUserW", 2, "password"},
    {"PEM_read_bio_PrivateKey", 3, "passphrase"},
    {"PEM_read_PrivateKey", 3, "passphrase"},
    {"PEM_read_bio_RSAPrivateKey", 3, "passphrase"},
    {"PEM_write_bio_PrivateKey", 3, "passphrase"},
    {"PEM_write_bio_PrivateKey", 6, "passphrase"},
    {"PEM_write_PrivateKey", 3, "passphrase"},
    {"PEM_write_PrivateKey", 6, "passphrase"},
    {"SSL_CTX_set_default_passwd_cb_userdata", 1, "private key passphrase"},
    {"SSL_set_default_passwd_cb_userdata", 1, "private key passphrase"},
    {"EVP_BytesToKey", 3, "password"},
    {"PKCS5_PBKDF2_HMAC", 0, "password"},
    {"PKCS5_PBKDF2_HMAC_SHA1", 0, "password"},
    {"EVP_PBE_scrypt", 0, "password"},
    {"CryptHashData", 1, "key material"},
};

// libcurl options whose value is a login (10005 CURLOPT_USERPWD and 10006 CURLOPT_PROXYUSERPWD
// are "user:password"), a password or a token.
std::optional<StringRef> curlCredentialOption(uint64_t Option) {
  switch (Option) {
  case 10005:
    return StringRef("CURLOPT_USERPWD");
  case 10006:
    return StringRef("CURLOPT_PROXYUSERPWD");
  case 10026:
    return StringRef("CURLOPT_KEYPASSWD");
  case 10174:
    return StringRef("CURLOPT_PASSWORD");
  case 10176:
    return StringRef("CURLOPT_PROXYPASSWORD");
  case 10220:
    return StringRef("CURLOPT_XOAUTH2_BEARER");
  default:
    return std::nullopt;
  }
}

// A PEM private key: "-----BEGIN <LABEL>PRIVATE KEY-----", base64 lines, "-----END". Text
// that only names the header (an error message, documentation embedded in a generated
// file) is not a key.
bool isPrivateKeyBlock(StringRef Text) {
  const StringRef Begin = "-----BEGIN ";
  for (size_t At = Text.find(Begin); At != StringRef::npos; At = Text.find(Begin, At + 1)) {
    StringRef Rest = Text.drop_front(At + Begin.size());
    size_t LabelEnd = Rest.find("-----");
    if (LabelEnd == StringRef::npos)
      return false;
    StringRef Label = Rest.take_front(LabelEnd);
    StringRef Body = Rest.drop_front(LabelEnd + 5);
    size_t End = Body.find("-----END ");
    Body = Body.take_front(End);
    bool KeyLabel = Label.ends_with("PRIVATE KEY") &&
                    llvm::all_of(Label, [](char C) { return llvm::isUpper(C) || C == ' '; });
    size_t Base64 = llvm::count_if(
        Body, [](char C) { return llvm::isAlnum(C) || C == '+' || C == '/' || C == '='; });
    if (KeyLabel && End != StringRef::npos && Base64 >= 16)
      return true;
  }
  return false;
}

// "", "***", "<password>", "${DB_PASSWORD}", "$DB_PASSWORD", "REDACTED", "your-api-key": text
// that stands for a credential supplied elsewhere.
bool isPlaceholder(StringRef V) {
  if (V.empty() || llvm::all_of(V, [](char C) { return StringRef("*xX.#?-_").contains(C); }))
    return true;
  auto Wrapped = [&](StringRef Open, StringRef Close) {
    return V.size() > Open.size() + Close.size() && V.starts_with(Open) && V.ends_with(Close);
  };
  if (Wrapped("<", ">") || Wrapped("${", "}") || Wrapped("{{", "}}") || Wrapped("$(", ")") ||
      Wrapped("%", "%") || Wrapped("[", "]"))
    return true;
  if (V.size() > 1 && V[0] == '$' &&
      llvm::all_of(V.drop_front(), [](char C) { return llvm::isAlnum(C) || C == '_'; }))
    return true;
  std::string Lower = V.lower();
  return llvm::is_contained({"redacted", "hidden", "masked", "none", "null", "nil", "undefined",
                             "placeholder", "unset", "todo", "tbd", "fixme", "dummy", "example",
                             "sample"},
                            Lower) ||
         StringRef(Lower).starts_with("your_") || StringRef(Lower).starts_with("your-");
}

// A file or a location, not a credential: "/run/secrets/db", "certs/server.key".
bool isPathOrUrl(StringRef V) {
  if (V.starts_with("/") || V.starts_with("./") || V.starts_with("~") || V.contains('\\') ||
      V.contains("://"))
    return true;
  StringRef Extension = V.rsplit('.').second;
  return llvm::is_contained({"pem", "key", "crt", "der", "p12", "pfx", "jks", "json", "txt", "env",
                             "yaml", "yml", "ini", "conf", "cfg"},
                            Extension.lower());
}

// Generated keys and tokens mix digits or cases; lexer tokens and words do not ("SELECT",
// "identifier").
bool hasKeyShape(StringRef V) {
  bool Digit = llvm::any_of(V, llvm::isDigit);
  bool Upper = llvm::any_of(V, [](char C) { return llvm::isUpper(C); });
  bool Lower = llvm::any_of(V, [](char C) { return llvm::isLower(C); });
  return V.size() >= 8 && (Digit || (Upper && Lower));
}

AST_MATCHER_P(NamedDecl, hasNameIn, const SecretNames *, Names) {
  return Node.getIdentifier() && Names->matches(Node.getName());
}

AST_MATCHER(ValueDecl, hasTextType) { return isTextLike(Node.getType()); }

AST_MATCHER(StringLiteral, holdsPrivateKey) {
  return Node.getCharByteWidth() == 1 && isPrivateKeyBlock(Node.getString());
}

// Every word of every entry: "client_secret" -> client, secret.
std::set<std::string> entryWords(const std::vector<std::string> &Entries) {
  std::set<std::string> Words;
  for (const std::string &Entry : Entries)
    for (std::string &Word : identifierWords(Entry))
      Words.insert(std::move(Word));
  return Words;
}

// Names whose value may be any text: people choose passwords, machines generate keys.
const std::vector<std::string> &defaultPasswordNames() {
  static const std::vector<std::string> Names = {"password", "passwd", "pwd", "passphrase",
                                                 "secret"};
  return Names;
}

// CryptHashData hashes many things; its input is key material when the hash then feeds
// CryptDeriveKey in the same function.
bool feedsKeyDerivation(const CallExpr &HashData, ASTContext &Ctx) {
  const auto *Hash = dyn_cast_or_null<ValueDecl>(valueSource(HashData.getArg(0)));
  const FunctionDecl *Fn = enclosingFunction(HashData, Ctx, /*ThroughLambdas=*/true);
  if (!Hash || !Fn || !Fn->getBody())
    return false;
  auto Derive = callExpr(callee(functionDecl(hasName("CryptDeriveKey"))),
                         hasArgument(2, ignoringParenImpCasts(declRefExpr(to(equalsNode(Hash))))));
  return !match(findAll(Derive), *Fn->getBody(), Ctx).empty();
}

// The C library's copies of a string into a buffer: `strcpy(Password, "...")` sets the
// buffer as `Password = "..."` sets a pointer.
const std::vector<StringRef> &copyFunctions() {
  static const std::vector<StringRef> Names = {
      "strcpy",  "strncpy", "stpcpy", "stpncpy",  "strlcpy",  "wcscpy", "wcsncpy",
      "wcslcpy", "memcpy",  "memmove", "lstrcpyA", "lstrcpyW", "lstrcpy"};
  return Names;
}

// The literal copied, before Call and in the same function, into the buffer that Arg names:
// the local itself, or a local array it was set to (`Key = KeyBuffer; strcpy(Key, "...")`).
// Holder is set to the variable the literal was copied into.
const StringLiteral *copiedLiteral(const Expr *Arg, const CallExpr &Call, ASTContext &Ctx,
                                   const ValueDecl *&Holder) {
  LocalBuffer Local = localBuffer(Arg, Call, Ctx);
  if (!Local.Function)
    return nullptr;
  const FunctionDecl *Fn = Local.Function;
  const auto &Buffers = Local.Names;
  auto Copy = callExpr(callee(functionDecl(isCLibrary(), anyNameOf(copyFunctions()))),
                       hasArgument(1, expr()))
                  .bind("copy");
  const SourceManager &SM = Ctx.getSourceManager();
  for (const BoundNodes &N : match(findAll(Copy), *Fn->getBody(), Ctx)) {
    const auto *C = N.getNodeAs<CallExpr>("copy");
    const auto *To = dyn_cast<DeclRefExpr>(C->getArg(0)->IgnoreParenCasts());
    if (!To || !Buffers.contains(To->getDecl()) ||
        !SM.isBeforeInTranslationUnit(C->getBeginLoc(), Call.getBeginLoc()))
      continue;
    if (const StringLiteral *Literal = visibleLiteral(C->getArg(1), Ctx)) {
      Holder = To->getDecl();
      return Literal;
    }
  }
  return nullptr;
}

} // namespace

HardcodedCredentialCheck::HardcodedCredentialCheck(const CheckContext &Ctx)
    : Check(Ctx),
      Names(Ctx.Options.getList("credential-names",
                                "password, passwd, pwd, passphrase, secret, client_secret, "
                                "api_key, apikey, token, private_key, access_key, secret_key, "
                                "crypto_key, encryption_key, auth")),
      Credentials(Names), Passwords(defaultPasswordNames()), CredentialWords(entryWords(Names)) {}

void HardcodedCredentialCheck::registerMatchers(MatchRegistry &Matchers) {
  auto Named = namedDecl(hasNameIn(&Credentials));
  auto Value = expr().bind("value");
  auto Variable =
      varDecl(unless(parmVarDecl()), hasTextType(), hasInitializer(Value), Named).bind("target");
  auto Field = fieldDecl(hasTextType(), hasInClassInitializer(Value), Named).bind("target");
  auto MemberInit = cxxConstructorDecl(forEachConstructorInitializer(cxxCtorInitializer(
      forField(fieldDecl(hasTextType(), Named).bind("target")), withInitializer(Value))));
  auto Target = ignoringParenImpCasts(
      anyOf(declRefExpr(to(valueDecl(hasTextType(), Named).bind("target"))),
            memberExpr(member(valueDecl(hasTextType(), Named).bind("target")))));
  // Two matchers rather than expr(anyOf(...)): each is tried on its own node kind only.
  auto Assignment = binaryOperator(hasOperatorName("="), hasLHS(Target), hasRHS(Value));
  auto OperatorAssignment = cxxOperatorCallExpr(hasOverloadedOperatorName("="),
                                                hasArgument(0, Target), hasArgument(1, Value));
  std::vector<StringRef> ApiNames = {
      "curl_easy_setopt",         "sqlite3_key",
      "sqlite3_key_v2",           "sqlite3_rekey",
      "sqlite3_rekey_v2",         "LogonUserA",
      "LogonUserW",               "PEM_read_bio_PrivateKey",
      "PEM_read_PrivateKey",      "PEM_read_bio_RSAPrivateKey",
      "PEM_write_bio_PrivateKey", "PEM_write_PrivateKey",
      "SSL_CTX_set_default_passwd_cb_userdata", "SSL_set_default_passwd_cb_userdata",
      "EVP_BytesToKey",           "PKCS5_PBKDF2_HMAC",
      "PKCS5_PBKDF2_HMAC_SHA1",   "EVP_PBE_scrypt",
      "CryptHashData"};
  auto Api =
      callExpr(callee(functionDecl(isCLibrary(), anyNameOf(ApiNames)).bind("fn"))).bind("call");
  // strcpy(Password, "...") into a buffer named like a credential.
  auto CopyInto = callExpr(
      callee(functionDecl(isCLibrary(), anyNameOf(copyFunctions()))),
      hasArgument(0, ignoringParenCasts(
                         anyOf(declRefExpr(to(valueDecl(hasTextType(), Named).bind("target"))),
                               memberExpr(member(valueDecl(hasTextType(), Named).bind("target")))))),
      hasArgument(1, Value));
  for (const auto &Matcher : {decl(Variable), decl(Field), decl(MemberInit)})
    Matchers.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource, Matcher), this);
  for (const auto &Matcher : {stmt(Assignment), stmt(stringLiteral(holdsPrivateKey()).bind("pem"))})
    Matchers.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource, Matcher), this);
  Matchers.onCallsTo({"operator="}, OperatorAssignment, this);
  Matchers.onCallsTo(copyFunctions(), CopyInto, this);
  Matchers.onCallsTo(ApiNames, Api, this);
}

void HardcodedCredentialCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  if (const auto *Pem = Result.Nodes.getNodeAs<StringLiteral>("pem")) {
    report(Pem->getBeginLoc(),
           "a private key is embedded in the source: everyone with the repository or the binary "
           "has it; load it at run time from a file with restricted permissions or a secret "
           "store, and replace this key");
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call")) {
    checkApiCall(*Call, Result.Nodes.getNodeAs<FunctionDecl>("fn")->getName(), Ctx);
    return;
  }
  const auto *Target = Result.Nodes.getNodeAs<NamedDecl>("target");
  const auto *Value = Result.Nodes.getNodeAs<Expr>("value");
  if (Target && Value)
    checkNamed(*Target, *Value, Ctx);
}

bool HardcodedCredentialCheck::isCredentialValue(const StringLiteral &Literal,
                                                 StringRef Name) const {
  std::string Text = literalText(Literal);
  StringRef V = StringRef(Text).trim();
  // A private key block is reported where it is written, whatever holds it.
  if (isPrivateKeyBlock(V) || isPlaceholder(V))
    return false;
  // An Authorization header value: the scheme, then the credential.
  bool Header = V.consume_front_insensitive("Bearer ") || V.consume_front_insensitive("Basic ");
  // Prompts, messages, formats and URLs: "Password: ", "invalid token %s".
  if (V.empty() || isPlaceholder(V) ||
      llvm::any_of(V, [](char C) { return llvm::isSpace(C) || C == '%' || C == ':'; }) ||
      isPathOrUrl(V))
    return false;
  // Names of the credential rather than its value: a form field "password", a header
  // "X-Api-Key", an environment variable "DB_PASSWORD". A digit makes it a value: "password1".
  if (llvm::all_of(V,
                   [](char C) { return llvm::isAlnum(C) || C == '_' || C == '-' || C == '.'; })) {
    auto Words = identifierWords(V);
    bool HasDigits = llvm::any_of(Words, [](const std::string &W) { return llvm::isDigit(W[0]); });
    if (!HasDigits &&
        llvm::any_of(Words, [&](const std::string &W) { return CredentialWords.count(W); }))
      return false;
  }
  return (!Header && Passwords.matches(Name)) || hasKeyShape(V);
}

void HardcodedCredentialCheck::checkNamed(const NamedDecl &Target, const Expr &Value,
                                          ASTContext &Ctx) {
  const VarDecl *Through = nullptr;
  const StringLiteral *Literal = visibleLiteral(&Value, Ctx, &Through);
  // A literal held by another credential-named constant is reported there.
  if (!Literal || (Through && Credentials.matches(Through->getName())) ||
      !isCredentialValue(*Literal, Target.getName()))
    return;
  report(Value.getBeginLoc(),
         "'" + Target.getName().str() + "' is set from a string literal (" +
             std::to_string(Literal->getLength()) +
             " characters): the credential ships with every copy of the source and the binary, "
             "and rotating it needs a release; read it at run time from the environment or a "
             "secret store");
}

void HardcodedCredentialCheck::checkApiCall(const CallExpr &Call, StringRef Fn, ASTContext &Ctx) {
  llvm::SmallVector<std::pair<unsigned, std::string>, 2> Arguments;
  if (Fn == "curl_easy_setopt") {
    std::optional<uint64_t> Option =
        Call.getNumArgs() == 3 ? visibleValue(Call.getArg(1), Ctx) : std::nullopt;
    if (std::optional<StringRef> Name = Option ? curlCredentialOption(*Option) : std::nullopt)
      Arguments.push_back({2, "credential set with " + Name->str()});
  } else if (Fn != "CryptHashData" || feedsKeyDerivation(Call, Ctx)) {
    for (const CredentialArgument &A : CredentialArguments)
      if (A.Function == Fn)
        Arguments.push_back({A.Index, A.What.str() + " passed to '" + Fn.str() + "'"});
  }
  for (const auto &[Index, What] : Arguments) {
    if (Index >= Call.getNumArgs())
      continue;
    const Expr *Arg = Call.getArg(Index);
    const VarDecl *Through = nullptr;
    const StringLiteral *Literal = visibleLiteral(Arg, Ctx, &Through);
    // `char Buf[100] = ""; ... strcpy(Buf, "...")`: the initialiser is not what is passed.
    if (!Literal || isPlaceholder(literalText(*Literal))) {
      // A buffer the function filled with a literal: reported at the copy when the buffer is
      // named like a credential, here otherwise.
      Through = nullptr;
      const ValueDecl *Holder = nullptr;
      Literal = copiedLiteral(Arg, Call, Ctx, Holder);
      if (!Literal || (Holder->getIdentifier() && Credentials.matches(Holder->getName()) &&
                       isCredentialValue(*Literal, Holder->getName())))
        continue;
    }
    std::string Text = literalText(*Literal);
    StringRef Secret = Text;
    // "user:password"; a user name alone is not a secret.
    if (What.find("USERPWD") != std::string::npos)
      Secret = Secret.split(':').second;
    if (isPlaceholder(Secret.trim()) || isPrivateKeyBlock(Secret) ||
        (Through && Credentials.matches(Through->getName()) &&
         isCredentialValue(*Literal, Through->getName())))
      continue;
    report(Arg->getBeginLoc(),
           "the " + What + " is written in the code (" + std::to_string(Literal->getLength()) +
               " characters): it ships with every copy of the source and the binary, and "
               "rotating it needs a release; read it at run time from the environment, a "
               "secret store or a file only the service can read");
  }
}

SENIORLINT_REGISTER_CHECK(HardcodedCredentialCheck, "security-hardcoded-credential");

} // namespace seniorlint
