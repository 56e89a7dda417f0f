#include "PlaintextPasswordStorageCheck.h"
#include "CheckRegistry.h"
#include "DatabaseApi.h"
#include "KnownArguments.h"
#include "LibraryCalls.h"
#include "SqlColumns.h"
#include "SqlText.h"
#include "NameMatchers.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

const Stmt *enclosingBody(const Stmt *S, ASTContext &Ctx) {
  const FunctionDecl *Fn = enclosingFunction(*S, Ctx);
  return Fn ? Fn->getBody() : nullptr;
}

// The variable or field an expression names, through `&`: `Stmt`, `&Stmt`, `this->Stmt`.
const ValueDecl *declOf(const Expr *E) {
  E = E->IgnoreParenCasts();
  if (const auto *Addr = dyn_cast<UnaryOperator>(E); Addr && Addr->getOpcode() == UO_AddrOf)
    E = Addr->getSubExpr()->IgnoreParenCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->getMemberDecl();
  return nullptr;
}

const FunctionDecl *calledFunction(const Expr *E) {
  const auto *Call = dyn_cast<CallExpr>(sameText(E));
  return Call ? Call->getDirectCallee() : nullptr;
}

// hash_password(), bcrypt_hashpw(), argon2id_hash_encoded(), crypt(), Hasher::digest() ...
bool isHashCall(const Expr *E) {
  const FunctionDecl *Fn = calledFunction(E);
  if (!Fn || !Fn->getIdentifier())
    return false;
  std::string Name = Fn->getName().lower();
  static const StringRef Parts[] = {"hash",  "bcrypt", "argon2", "scrypt",
                                    "crypt", "pbkdf2", "pwhash", "digest"};
  return !StringRef(Name).contains("decrypt") &&
         llvm::any_of(Parts, [&Name](StringRef Part) { return StringRef(Name).contains(Part); });
}

// Functions that write a hash or derived key into an argument.
struct HashOutput {
  StringRef Function;
  unsigned Arg;
};
const HashOutput HashOutputs[] = {
    {"PKCS5_PBKDF2_HMAC", 7}, {"PKCS5_PBKDF2_HMAC_SHA1", 6}, {"EVP_PBE_scrypt", 8},
    {"crypto_pwhash", 0},     {"crypto_pwhash_str", 0},      {"crypto_pwhash_str_alg", 0},
    {"EVP_Digest", 2},        {"EVP_DigestFinal_ex", 1},     {"EVP_DigestFinal", 1},
};

// Has the function put a hash into D: `Stored = hash_password(Plain)`,
// `PKCS5_PBKDF2_HMAC(..., Password)`?
bool hashedHere(const ValueDecl *D, const Stmt &Body, ASTContext &Ctx) {
  if (const auto *VD = dyn_cast<VarDecl>(D); VD && VD->getInit() && isHashCall(VD->getInit()))
    return true;
  std::vector<StringRef> Outputs;
  for (const HashOutput &H : HashOutputs)
    Outputs.push_back(H.Function);
  auto Writes = expr(anyOf(binaryOperator(isAssignmentOperator()).bind("set"),
                           cxxOperatorCallExpr(hasOverloadedOperatorName("=")).bind("set"),
                           callExpr(callee(functionDecl(anyNameOf(Outputs)))).bind("out")));
  for (const BoundNodes &N : match(findAll(Writes), Body, Ctx)) {
    if (const auto *Op = N.getNodeAs<BinaryOperator>("set")) {
      if (declOf(Op->getLHS()) == D && isHashCall(Op->getRHS()))
        return true;
    } else if (const auto *Set = N.getNodeAs<CXXOperatorCallExpr>("set")) {
      if (Set->getNumArgs() == 2 && declOf(Set->getArg(0)) == D && isHashCall(Set->getArg(1)))
        return true;
    } else if (const auto *Out = N.getNodeAs<CallExpr>("out")) {
      StringRef Name = Out->getDirectCallee()->getName();
      const HashOutput *H = llvm::find_if(
          HashOutputs, [Name](const HashOutput &Entry) { return Entry.Function == Name; });
      if (H->Arg < Out->getNumArgs() && declOf(Out->getArg(H->Arg)) == D)
        return true;
    }
  }
  return false;
}

bool isVariableNamed(const Expr *E, std::initializer_list<StringRef> Names) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  return Ref && Ref->getDecl()->getIdentifier() &&
         llvm::is_contained(Names, Ref->getDecl()->getName());
}

bool isCalled(const Expr *E, std::initializer_list<StringRef> Names) {
  const FunctionDecl *Fn = calledFunction(E);
  return Fn && Fn->getIdentifier() && llvm::is_contained(Names, Fn->getName());
}

// Is Handle (a FILE * or a descriptor) a file rather than a terminal, a pipe to another
// program, a socket or a log? A stream is unless it is a standard one, popen's or opened on a
// log file's path; a descriptor only when the function got it from open, creat or mkstemp.
bool isFile(const Expr *Handle, bool Descriptor, const Stmt &Body, ASTContext &Ctx) {
  // A log file is security-secret-in-log's.
  if (isVariableNamed(Handle, {"stdout", "stderr", "stdin"}) ||
      (!Descriptor && logFileOf(Handle, Ctx)))
    return false;
  const ValueDecl *D = declOf(Handle);
  std::vector<const Expr *> Sources;
  if (const auto *VD = dyn_cast_or_null<VarDecl>(D); VD && VD->getInit())
    Sources.push_back(VD->getInit());
  if (D)
    for (const BoundNodes &N :
         match(findAll(binaryOperator(isAssignmentOperator()).bind("set")), Body, Ctx))
      if (const auto *Set = N.getNodeAs<BinaryOperator>("set"); declOf(Set->getLHS()) == D)
        Sources.push_back(Set->getRHS());
  if (!Descriptor)
    return llvm::none_of(Sources, [](const Expr *S) { return isCalled(S, {"popen"}); });
  return llvm::any_of(Sources, [](const Expr *S) {
    return isCalled(S, {"open", "open64", "openat", "creat", "mkstemp", "mkostemp", "fileno"});
  });
}

bool isFileStream(QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  return RD && RD->isInStdNamespace() && RD->getIdentifier() &&
         llvm::is_contained({"basic_ofstream", "basic_fstream"}, RD->getName());
}

bool startsWrite(StringRef Sql) {
  std::string First = sqlFirstKeyword(Sql);
  return First == "INSERT" || First == "UPDATE" || First == "REPLACE";
}

// The file a local buffer was read from, before Use in the same function, when nothing wrote
// the buffer between that read and Use (a decryption, a copy back, a wipe): `fgets(Data, N,
// F)` with F from `fopen("passwords.txt", "r")`. An empty path when it is not a literal.
std::optional<std::string> readFromFile(const Expr *Buffer, const Expr &Use, ASTContext &Ctx) {
  const CallExpr *Last = lastWriteBefore(Buffer, Use, Ctx);
  const FunctionDecl *Fn = enclosingFunction(Use, Ctx);
  const FunctionDecl *Reader = Last ? Last->getDirectCallee() : nullptr;
  if (!Reader || !Reader->getIdentifier() || !Fn || !Fn->getBody())
    return std::nullopt;
  StringRef Name = Reader->getName();
  const Expr *Stream = nullptr;
  if ((Name == "fgets" || Name == "fgetws") && Last->getNumArgs() == 3)
    Stream = Last->getArg(2);
  else if (Name == "fread" && Last->getNumArgs() == 4)
    Stream = Last->getArg(3);
  else if (Name == "fscanf" && Last->getNumArgs() >= 1)
    Stream = Last->getArg(0);
  if (!Stream)
    return std::nullopt;
  const ValueDecl *D = declOf(Stream);
  std::vector<const Expr *> Sources;
  if (const auto *SV = dyn_cast_or_null<VarDecl>(D); SV && SV->getInit())
    Sources.push_back(SV->getInit());
  for (const BoundNodes &N : match(findAll(binaryOperator(isAssignmentOperator()).bind("set")),
                                   *Fn->getBody(), Ctx))
    if (const auto *Set = N.getNodeAs<BinaryOperator>("set"); D && declOf(Set->getLHS()) == D)
      Sources.push_back(Set->getRHS());
  for (const Expr *Source : Sources) {
    const auto *Open = dyn_cast<CallExpr>(Source->IgnoreParenImpCasts());
    if (!Open || !isCalled(Open, {"fopen", "_wfopen", "fopen64"}) || Open->getNumArgs() < 1)
      continue;
    if (const StringLiteral *Path = visibleLiteral(Open->getArg(0), Ctx))
      return literalText(*Path);
    return std::string();
  }
  return std::nullopt;
}

} // namespace

PlaintextPasswordStorageCheck::PlaintextPasswordStorageCheck(const CheckContext &Ctx)
    : Check(Ctx), Passwords(Ctx.Options.getList("password-names", "password, passwd, passphrase")) {
}

void PlaintextPasswordStorageCheck::registerMatchers(MatchRegistry &Matchers) {
  std::vector<StringRef> Writers = {"fprintf", "fputs",    "fwrite", "write",
                                   "pwrite",  "snprintf", "sprintf"};
  auto Writer = functionDecl(anyNameOf(Writers), isCLibrary());
  Matchers.onCallsTo(Writers, callExpr(callee(Writer.bind("fn"))).bind("cwrite"), this);
  Matchers.onCallsTo(
      {"operator<<"},
      cxxOperatorCallExpr(hasOverloadedOperatorName("<<"), argumentCountIs(2)).bind("insert"),
      this);
  auto Stream = cxxRecordDecl(
      anyNameOf("::std::basic_ofstream", "::std::basic_fstream", "::std::basic_ostream"));
  Matchers.onCallsTo(
      {"write"},
      cxxMemberCallExpr(callee(cxxMethodDecl(hasName("write"), ofClass(Stream)))).bind("swrite"),
      this);
  onDatabaseApiCalls(
      Matchers, {DbRole::Bind, DbRole::Execute},
      [](const auto &Call) { return callExpr(Call).bind("db"); }, this);
  Matchers.onCallsTo(
      {"operator+"},
      cxxOperatorCallExpr(hasOverloadedOperatorName("+"), argumentCountIs(2)).bind("concat"),
      this);
  Matchers.onCallsTo({"format"}, callExpr(callee(functionDecl(hasName("format")))).bind("format"),
                     this);
  std::vector<StringRef> Logons = {"LogonUserA", "LogonUserW"};
  Matchers.onCallsTo(
      Logons,
      callExpr(callee(functionDecl(anyNameOf(Logons), isCLibrary())), argumentCountIs(6))
          .bind("logon"),
      this);
}

const NamedDecl *PlaintextPasswordStorageCheck::passwordText(const Expr *Value) const {
  const NamedDecl *D = valueSource(Value);
  if (!D || !D->getIdentifier() || !Passwords.matches(D->getName()))
    return nullptr;
  QualType T = isa<CXXMethodDecl>(D) ? cast<CXXMethodDecl>(D)->getReturnType()
                                     : cast<ValueDecl>(D)->getType();
  return isTextLike(T) ? D : nullptr;
}

bool PlaintextPasswordStorageCheck::mentionsPassword(llvm::ArrayRef<const Expr *> Args) const {
  bool Found = false;
  for (const Expr *Arg : Args)
    forEachTextPiece(Arg, [&](const Expr *Piece) { Found = Found || passwordText(Piece); });
  return Found;
}

std::optional<std::string> PlaintextPasswordStorageCheck::plaintextPassword(const Expr *Value,
                                                                            ASTContext &Ctx) const {
  const NamedDecl *D = passwordText(Value);
  if (!D)
    return std::nullopt;
  const Stmt *Body = enclosingBody(Value, Ctx);
  if (const auto *VD = dyn_cast<ValueDecl>(D); VD && Body && hashedHere(VD, *Body, Ctx))
    return std::nullopt;
  return D->getName().str();
}

void PlaintextPasswordStorageCheck::checkFileWrite(llvm::ArrayRef<const Expr *> Written,
                                                   StringRef Writer, ASTContext &Ctx) {
  for (const Expr *Arg : Written)
    forEachTextPiece(Arg, [&](const Expr *Piece) {
      std::optional<std::string> Name = plaintextPassword(Piece, Ctx);
      if (!Name || !Reported.insert(Piece).second)
        return;
      report(Piece->getBeginLoc(),
             "'" + *Name + "' is written to a file as plain text by '" + Writer.str() +
                 "': whoever reads the file or a backup of it has the password; store a salted "
                 "hash (Argon2id, scrypt, bcrypt or PBKDF2) of a password you verify, and keep "
                 "one you must present elsewhere in a secret store");
    });
}

void PlaintextPasswordStorageCheck::reportStored(const Expr *Value, const std::string &Name,
                                                 StringRef Column) {
  if (!Reported.insert(Value).second)
    return;
  report(Value->getBeginLoc(),
         "'" + Name + "' is stored as plain text in column '" + Column.str() +
             "': a leaked database, a backup or one SQL injection exposes every user's "
             "password; store a salted hash from Argon2id, scrypt, bcrypt or PBKDF2 "
             "(crypto_pwhash_str, PKCS5_PBKDF2_HMAC) and verify against it");
}

void PlaintextPasswordStorageCheck::checkBuiltSql(const std::string &Sql,
                                                  llvm::ArrayRef<const Expr *> Spliced,
                                                  ASTContext &Ctx) {
  std::vector<ColumnParameter> Columns;
  bool Parsed = false;
  for (unsigned I = 0; I < Spliced.size(); ++I) {
    if (!Spliced[I])
      continue;
    std::optional<std::string> Name = plaintextPassword(Spliced[I], Ctx);
    if (!Name)
      continue;
    if (!Parsed) {
      Columns = columnParameters(Sql);
      Parsed = true;
    }
    for (const ColumnParameter &C : Columns)
      if (C.Spliced && C.Number == I + 1)
        reportStored(Spliced[I], *Name, C.Column);
  }
}

void PlaintextPasswordStorageCheck::checkBoundValues(const CallExpr *Call, const DbApiFunction &Api,
                                                     ASTContext &Ctx) {
  const Stmt *Body = enclosingBody(Call, Ctx);
  if (!Body || Api.Values == DbNone)
    return;
  const Expr *ValuesArg = databaseApiArg(Call, Api.Values);
  if (!ValuesArg)
    return;
  // Parameter number -> the value bound to it.
  std::vector<std::pair<unsigned, const Expr *>> Values;
  const auto *Array = dyn_cast_or_null<VarDecl>(declOf(ValuesArg));
  switch (Api.Family) {
  case DbFamily::Sqlite:
    if (std::optional<uint64_t> N = knownValue(databaseApiArg(Call, 1), Ctx))
      Values.push_back({static_cast<unsigned>(*N), ValuesArg});
    break;
  case DbFamily::Libpq: // const char *Params[] = {Name.c_str(), Password.c_str()};
    if (const auto *Init = Array ? dyn_cast_or_null<InitListExpr>(Array->getInit()) : nullptr)
      for (unsigned I = 0; I < Init->getNumInits(); ++I)
        Values.push_back({I + 1, Init->getInit(I)});
    break;
  case DbFamily::MySql: { // Binds[1].buffer = (void *)Password.c_str();
    if (!Array)
      return;
    auto Buffer = binaryOperator(
        isAssignmentOperator(),
        hasLHS(memberExpr(
            member(hasName("buffer")),
            hasObjectExpression(arraySubscriptExpr(hasBase(ignoringParenImpCasts(
                                                       declRefExpr(to(equalsNode(Array))))))
                                    .bind("at")))));
    for (const BoundNodes &N : match(findAll(Buffer.bind("set")), *Body, Ctx))
      if (std::optional<uint64_t> I =
              knownValue(N.getNodeAs<ArraySubscriptExpr>("at")->getIdx(), Ctx))
        Values.push_back(
            {static_cast<unsigned>(*I) + 1, N.getNodeAs<BinaryOperator>("set")->getRHS()});
    break;
  }
  case DbFamily::Pqxx: // Tx.exec_params("... $1, $2", Name, Password)
    for (int I = Api.Values; const Expr *Arg = databaseApiArg(Call, I); ++I)
      Values.push_back({static_cast<unsigned>(I - Api.Values + 1), Arg});
    break;
  default:
    return;
  }
  std::vector<std::pair<const Expr *, std::string>> Passwords;
  std::vector<unsigned> Numbers;
  for (auto [Number, Value] : Values)
    if (std::optional<std::string> Name = plaintextPassword(Value, Ctx)) {
      Passwords.push_back({Value, *Name});
      Numbers.push_back(Number);
    }
  if (Passwords.empty())
    return;
  const Expr *SqlArg = Api.Sql != DbNone ? databaseApiArg(Call, Api.Sql) : nullptr;
  if (!SqlArg) {
    // The statement was prepared earlier in the function: the last preparation before the
    // call, of the handle the call binds to.
    const ValueDecl *Handle = declOf(databaseApiArg(Call, Api.Handle));
    const SourceManager &SM = Ctx.getSourceManager();
    for (const BoundNodes &N : match(findAll(callExpr().bind("c")), *Body, Ctx)) {
      const auto *Prepare = N.getNodeAs<CallExpr>("c");
      const DbApiFunction *P = findDatabaseApi(Prepare);
      if (!P || P->Role != DbRole::Prepare || P->Sql == DbNone ||
          !SM.isBeforeInTranslationUnit(Prepare->getBeginLoc(), Call->getBeginLoc()))
        continue;
      const Expr *Target = databaseApiArg(Prepare, P->Out != DbNone ? P->Out : P->Handle);
      if (Handle && Target && declOf(Target) == Handle)
        SqlArg = databaseApiArg(Prepare, P->Sql);
    }
  }
  std::optional<std::string> Sql = SqlArg ? sqlText(SqlArg, Ctx) : std::nullopt;
  if (!Sql)
    return;
  std::vector<ColumnParameter> Columns = columnParameters(*Sql);
  for (unsigned I = 0; I < Passwords.size(); ++I)
    for (const ColumnParameter &C : Columns)
      if (!C.Spliced && C.Number == Numbers[I])
        reportStored(Passwords[I].first, Passwords[I].second, C.Column);
}

void PlaintextPasswordStorageCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  // The other side of plain-text storage: a logon password read back from a file as is.
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("logon")) {
    const Expr *Password = Call->getArg(2);
    if (std::optional<std::string> File = readFromFile(Password, *Call, Ctx))
      report(Password->getBeginLoc(),
             "the password given to '" + Call->getDirectCallee()->getName().str() +
                 "' is read as plain text from " + (File->empty() ? "a file" : "'" + *File + "'") +
                 ": whoever reads that file or a backup of it can log on as the account; keep "
                 "it encrypted (CryptProtectData) or in the Windows Credential Manager, and "
                 "decrypt it just before use");
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("db")) {
    if (const DbApiFunction *Api = findDatabaseApi(Call))
      checkBoundValues(Call, *Api, Ctx);
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("cwrite")) {
    StringRef Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn")->getName();
    std::vector<const Expr *> Args(Call->arg_begin(), Call->arg_end());
    if (Fn == "snprintf" || Fn == "sprintf") {
      unsigned FormatArg = Fn == "snprintf" ? 2 : 1;
      if (Args.size() <= FormatArg ||
          !mentionsPassword(llvm::ArrayRef(Args).drop_front(FormatArg + 1)))
        return;
      std::optional<std::string> Format = sqlText(Args[FormatArg], Ctx);
      if (!Format || !startsWrite(*Format))
        return;
      std::vector<unsigned> ArgsPerValue;
      std::string Sql = splicePrintf(*Format, ArgsPerValue);
      std::vector<const Expr *> Spliced;
      unsigned Next = FormatArg + 1;
      for (unsigned Taken : ArgsPerValue) {
        Next += Taken;
        Spliced.push_back(Next - 1 < Args.size() ? Args[Next - 1] : nullptr);
      }
      checkBuiltSql(Sql, Spliced, Ctx);
      return;
    }
    // Most writes carry no password: look for one before the costlier questions.
    if (!mentionsPassword(Args))
      return;
    const Stmt *Body = enclosingBody(Call, Ctx);
    bool Descriptor = Fn == "write" || Fn == "pwrite";
    unsigned HandleArg = Fn == "fprintf" || Descriptor ? 0 : Fn == "fputs" ? 1 : 3;
    if (!Body || Args.size() <= HandleArg || !isFile(Args[HandleArg], Descriptor, *Body, Ctx))
      return;
    if (Fn == "fprintf")
      checkFileWrite(llvm::ArrayRef(Args).drop_front(), Fn, Ctx);
    else
      checkFileWrite({Args[Descriptor ? 1 : 0]}, Fn, Ctx);
    return;
  }
  if (const auto *Insert = Result.Nodes.getNodeAs<CXXOperatorCallExpr>("insert")) {
    if (isFileStream(streamRoot(Insert)->getType()))
      checkFileWrite({Insert->getArg(1)}, "std::ofstream", Ctx);
    return;
  }
  if (const auto *Write = Result.Nodes.getNodeAs<CXXMemberCallExpr>("swrite")) {
    if (isFileStream(Write->getImplicitObjectArgument()->getType()) && Write->getNumArgs() > 0)
      checkFileWrite({Write->getArg(0)}, "std::ofstream::write", Ctx);
    return;
  }
  if (const auto *Format = Result.Nodes.getNodeAs<CallExpr>("format")) {
    const FunctionDecl *Fn = Format->getDirectCallee();
    std::string Qualified = Fn ? Fn->getQualifiedNameAsString() : "";
    if (Format->getNumArgs() == 0 ||
        !(StringRef(Qualified).starts_with("std::") || StringRef(Qualified).starts_with("fmt::")) ||
        !mentionsPassword(llvm::ArrayRef(Format->getArgs(), Format->getNumArgs()).drop_front()))
      return;
    std::optional<std::string> Text = sqlText(Format->getArg(0), Ctx);
    if (!Text || !startsWrite(*Text))
      return;
    std::vector<unsigned> Indices;
    std::string Sql = spliceBraces(*Text, Indices);
    std::vector<const Expr *> Spliced;
    for (unsigned Index : Indices)
      Spliced.push_back(Index + 1 < Format->getNumArgs() ? Format->getArg(Index + 1) : nullptr);
    checkBuiltSql(Sql, Spliced, Ctx);
    return;
  }
  const auto *Concat = Result.Nodes.getNodeAs<CXXOperatorCallExpr>("concat");
  std::vector<const Expr *> Pieces;
  forEachTextPiece(Concat, [&](const Expr *P) { Pieces.push_back(P); });
  // Only a password among the pieces can be reported: look for one before reading SQL.
  if (Pieces.size() < 2 || !mentionsPassword(Pieces))
    return;
  std::optional<std::string> First = sqlText(Pieces.front(), Ctx);
  if (!First || !startsWrite(*First))
    return;
  std::string Sql;
  std::vector<const Expr *> Spliced;
  for (const Expr *P : Pieces) {
    if (std::optional<std::string> Text = sqlText(P, Ctx)) {
      Sql += *Text;
    } else {
      Sql += SplicedValue;
      Spliced.push_back(P);
    }
  }
  checkBuiltSql(Sql, Spliced, Ctx);
}

SENIORLINT_REGISTER_CHECK(PlaintextPasswordStorageCheck, "security-plaintext-password-storage");

} // namespace seniorlint
