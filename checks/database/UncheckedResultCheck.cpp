#include "UncheckedResultCheck.h"
#include "CheckRegistry.h"
#include "DatabaseApi.h"
#include "SqlText.h"
#include "NameMatchers.h"
#include "ResultUse.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

// Functions that read rows, counts or names out of a result. A failed libpq query still
// returns a PGresult (with no rows); a failed mysql_store_result returns NULL.
const StringRef PgReaders[] = {"::PQgetvalue",  "::PQntuples",   "::PQnfields", "::PQgetisnull",
                               "::PQgetlength", "::PQcmdTuples", "::PQfname",   "::PQfnumber"};
const StringRef MySqlReaders[] = {"::mysql_fetch_row",   "::mysql_num_rows",
                                  "::mysql_num_fields",  "::mysql_fetch_lengths",
                                  "::mysql_fetch_field", "::mysql_fetch_fields"};
// Looking at a PGresult's status, directly or through its error text.
const StringRef PgStatusReaders[] = {"PQresultStatus", "PQresultErrorMessage",
                                     "PQresultErrorField"};

// The C APIs and Qt report failure in the return value; libpqxx and SOCI throw, and libpq's
// PGresult is judged where it is read.
bool returnsStatus(const DbApiFunction &F) {
  bool Family = llvm::is_contained(
      {DbFamily::Sqlite, DbFamily::MySql, DbFamily::Odbc, DbFamily::Qt}, F.Family);
  return Family && llvm::is_contained(
                       {DbRole::Connect, DbRole::Prepare, DbRole::Execute, DbRole::Bind}, F.Role);
}

std::string advice(const DbApiFunction &F) {
  StringRef Name = F.Name;
  switch (F.Family) {
  case DbFamily::Sqlite:
    return Name == "sqlite3_step"
               ? "compare it with SQLITE_ROW and SQLITE_DONE and report "
                 "sqlite3_errmsg() otherwise"
               : "compare it with SQLITE_OK and report sqlite3_errmsg() otherwise";
  case DbFamily::MySql:
    if (Name == "mysql_real_connect")
      return "it returns NULL when the connection fails; check it and report mysql_error()";
    return Name.starts_with("mysql_stmt_")
               ? "non-zero means failure; check it and report mysql_stmt_error()"
               : "non-zero means failure; check it and report mysql_error()";
  case DbFamily::Odbc:
    return "check it with SQL_SUCCEEDED() and read the diagnostics with SQLGetDiagRec()";
  default: // Qt: returnsStatus() admits no other family
    return "it returns false on failure; check it and report lastError()";
  }
}

const Stmt *parentOf(const Stmt &S, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(S);
  return Parents.size() == 1 ? Parents[0].get<Stmt>() : nullptr;
}

auto refTo(const VarDecl *VD) { return declRefExpr(to(varDecl(equalsNode(VD)))); }

bool hasMatch(const internal::Matcher<Stmt> &M, const Stmt &Body, ASTContext &Ctx) {
  return !match(findAll(M), Body, Ctx).empty();
}

// Calls that read the error state of a connection, statement or query object after the fact,
// and which argument is that object (-1: the object a method is called on).
struct ErrorProbe {
  StringRef Name;
  int Handle;
};
const ErrorProbe ErrorProbes[] = {
    {"QSqlQuery::lastError", -1},
    {"QSqlQuery::isActive", -1},
    {"QSqlDatabase::lastError", -1},
    {"QSqlDatabase::isOpen", -1},
    {"QSqlDatabase::isOpenError", -1},
    {"mysql_errno", 0},
    {"mysql_error", 0},
    {"mysql_stmt_errno", 0},
    {"mysql_stmt_error", 0},
    {"SQLGetDiagRec", 1},
    {"SQLGetDiagRecW", 1},
    {"sqlite3_errcode", 0},
    {"sqlite3_extended_errcode", 0},
};

// The variable or data member (`this->Db`) an argument names.
const ValueDecl *handleDecl(const Expr *E) {
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(Ref->getDecl());
  const auto *Member = dyn_cast_or_null<MemberExpr>(E);
  if (Member && isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
    return dyn_cast<FieldDecl>(Member->getMemberDecl());
  return nullptr;
}

// sqlite3_reset() and sqlite3_finalize() return the error of the statement's last
// sqlite3_step(): `sqlite3_step(St); if (sqlite3_reset(St) != SQLITE_OK)` checks the step.
bool resetReportsStep(const DbApiFunction &F, StringRef Later) {
  return F.Name == "sqlite3_step" && (Later == "sqlite3_reset" || Later == "sqlite3_finalize");
}

// Is the failure of Call, a discarded status, noticed later in the function through the
// object it worked on? `mysql_query(Db, ...); if (mysql_errno(Db))`, `Q.exec(); if
// (Q.lastError().isValid())`, and, because Qt keeps a failed prepare's error and fails exec()
// with it, `Q.prepare(...); ... if (!Q.exec())`.
bool noticedLater(const CallExpr *Call, const DbApiFunction &F, const Stmt &Body, ASTContext &Ctx) {
  const ValueDecl *Handle = handleDecl(databaseApiArg(Call, F.Handle));
  if (!Handle)
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  auto Names = expr(anyOf(declRefExpr(to(equalsNode(Handle))),
                          memberExpr(member(equalsNode(Handle)), has(cxxThisExpr()))));
  auto OnHandle = expr(anyOf(callExpr(hasAnyArgument(ignoringParenImpCasts(Names))),
                             cxxMemberCallExpr(on(Names))))
                      .bind("later");
  auto Calls = match(findAll(OnHandle), Body, Ctx);
  // A later call that talks to the server through the same handle replaces its error state:
  // a probe after it reports that call, not this one.
  auto Before = [&SM](const Expr *A, const Expr *B) {
    return SM.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
  };
  const Expr *NextUse = nullptr;
  for (const BoundNodes &N : Calls) {
    const auto *Other = N.getNodeAs<CallExpr>("later");
    const DbApiFunction *G = findDatabaseApi(Other);
    if (Other == Call || !G || !returnsStatus(*G) || G->Role == DbRole::Bind ||
        handleDecl(databaseApiArg(Other, G->Handle)) != Handle || !Before(Call, Other))
      continue;
    if (!NextUse || Before(Other, NextUse))
      NextUse = Other;
  }
  return llvm::any_of(Calls, [&](const BoundNodes &N) {
    const auto *Later = N.getNodeAs<CallExpr>("later");
    if (NextUse && Before(NextUse, Later))
      return false;
    const FunctionDecl *Callee = Later->getDirectCallee();
    if (!Callee || !SM.isBeforeInTranslationUnit(Call->getBeginLoc(), Later->getBeginLoc()))
      return false;
    std::string Name = Callee->getQualifiedNameAsString();
    if (F.Family == DbFamily::Qt && F.Role == DbRole::Prepare && Name == "QSqlQuery::exec" &&
        Callee->getNumParams() == 0)
      return resultUse(Later, Ctx) == ResultUse::Used;
    if (resetReportsStep(F, Name) && handleDecl(Later->getArg(0)) == Handle)
      return resultUse(Later, Ctx) == ResultUse::Used;
    const auto *Probe =
        llvm::find_if(ErrorProbes, [&](const ErrorProbe &P) { return P.Name == Name; });
    if (Probe == std::end(ErrorProbes))
      return false;
    const Expr *Object = nullptr;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Later); Member && Probe->Handle < 0)
      Object = Member->getImplicitObjectArgument();
    else if (Probe->Handle >= 0 && Probe->Handle < static_cast<int>(Later->getNumArgs()))
      Object = Later->getArg(Probe->Handle);
    return handleDecl(Object) == Handle;
  });
}

// A ROLLBACK on an error path is the cleanup after a failure that is already being handled;
// if it fails too, the server rolls the transaction back when the connection ends.
bool rollsBack(const CallExpr *Call, const DbApiFunction &F, ASTContext &Ctx) {
  const Expr *Sql = databaseApiArg(Call, F.Sql);
  std::optional<std::string> Text = Sql ? sqlLeadingText(Sql, Ctx) : std::nullopt;
  return Text && sqlFirstKeyword(*Text) == "ROLLBACK";
}

// `Rc = call(...)` or `int Rc = call(...)`: the local that receives Call's value, and the
// statement that stores it.
std::pair<const VarDecl *, const Stmt *> statusStore(const CallExpr *Call, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(*Call);
  while (Parents.size() == 1 && Parents[0].get<ImplicitCastExpr>())
    Parents = Ctx.getParents(Parents[0]);
  if (Parents.size() != 1)
    return {};
  if (const auto *VD = Parents[0].get<VarDecl>()) {
    const Stmt *Decl =
        Ctx.getParents(*VD).size() == 1 ? Ctx.getParents(*VD)[0].get<DeclStmt>() : nullptr;
    return {VD, Decl && cast<DeclStmt>(Decl)->isSingleDecl() ? Decl : nullptr};
  }
  const auto *Assign = Parents[0].get<BinaryOperator>();
  if (!Assign || Assign->getOpcode() != BO_Assign)
    return {};
  const auto *Ref = dyn_cast<DeclRefExpr>(Assign->getLHS()->IgnoreParenImpCasts());
  return {Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr, Assign};
}

// The next statement that touches Status, when it only overwrites it: `Rc = other(...)`.
// Statements in between must be plain expressions or declarations that leave it alone.
const Expr *overwriteBeforeRead(const Stmt *Store, const VarDecl *Status, ASTContext &Ctx) {
  const auto *Block = dyn_cast_or_null<CompoundStmt>(parentOf(*Store, Ctx));
  if (!Block)
    return nullptr;
  const auto *It = llvm::find(Block->body(), Store);
  for (++It; It != Block->body_end(); ++It) {
    const Stmt *S = *It;
    if (const auto *Assign = dyn_cast<BinaryOperator>(S);
        Assign && Assign->getOpcode() == BO_Assign) {
      const auto *Ref = dyn_cast<DeclRefExpr>(Assign->getLHS()->IgnoreParenImpCasts());
      if (Ref && Ref->getDecl() == Status)
        return hasMatch(refTo(Status), *Assign->getRHS(), Ctx) ? nullptr : Assign;
    }
    if (!isa<Expr, DeclStmt, NullStmt>(S) || hasMatch(refTo(Status), *S, Ctx))
      return nullptr;
  }
  return nullptr;
}

} // namespace

void UncheckedResultCheck::registerMatchers(MatchRegistry &Matchers) {
  auto InFunction = forCallable(functionDecl().bind("fn"));
  // Calls only: a construction has no status to check.
  onDatabaseApiCalls(
      Matchers, {DbRole::Connect, DbRole::Prepare, DbRole::Execute, DbRole::Bind},
      [&InFunction](const auto &Status) { return callExpr(Status, InFunction).bind("status"); },
      this);
  auto Readers = std::vector<StringRef>(std::begin(PgReaders), std::end(PgReaders));
  Readers.insert(Readers.end(), std::begin(MySqlReaders), std::end(MySqlReaders));
  auto Read =
      callExpr(callee(functionDecl(anyNameOf(Readers))), argumentCountAtLeast(1), InFunction)
          .bind("read");
  Matchers.onCallsTo(Readers, Read, this);
}

void UncheckedResultCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  if (!Fn->hasBody())
    return;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("status"))
    checkStatusCall(Call, Fn, *Result.Context);
  else
    checkResultRead(Result.Nodes.getNodeAs<CallExpr>("read"), Fn, *Result.Context);
}

void UncheckedResultCheck::checkStatusCall(const CallExpr *Call, const FunctionDecl *Fn,
                                           ASTContext &Ctx) {
  const DbApiFunction *F = findDatabaseApi(Call);
  if (!F || !returnsStatus(*F))
    return;
  QualType T = Call->getCallReturnType(Ctx);
  if (!T->isIntegralOrEnumerationType() && !T->isPointerType())
    return;
  ResultUse U = resultUse(Call, Ctx);
  if (U == ResultUse::CastToVoid)
    return;
  if (U == ResultUse::Discarded) {
    if (noticedLater(Call, *F, *Fn->getBody(), Ctx) || rollsBack(Call, *F, Ctx))
      return;
    report(Call->getBeginLoc(), ("the result of '" + F->Name + "' is ignored; " + advice(*F) +
                                 " (cast the call to void if failure really does not matter)")
                                    .str());
    return;
  }
  auto [Status, Store] = statusStore(Call, Ctx);
  if (!Status || !Store || !Status->isLocalVarDecl() || Status->isStaticLocal() ||
      Status->getType()->isReferenceType() || Status->getType().isVolatileQualified())
    return;
  // Read through a pointer or by a lambda, the value may be looked at out of sight.
  auto Escapes = expr(anyOf(unaryOperator(hasOperatorName("&"), hasUnaryOperand(refTo(Status))),
                            lambdaExpr(hasDescendant(refTo(Status)))));
  if (hasMatch(Escapes, *Fn->getBody(), Ctx))
    return;
  const Expr *Overwrite = overwriteBeforeRead(Store, Status, Ctx);
  const auto *By = Overwrite ? dyn_cast<CallExpr>(
                                   cast<BinaryOperator>(Overwrite)->getRHS()->IgnoreParenImpCasts())
                             : nullptr;
  const FunctionDecl *ByFn = By ? By->getDirectCallee() : nullptr;
  const ValueDecl *Stepped = handleDecl(databaseApiArg(Call, F->Handle));
  if (ByFn && ByFn->getIdentifier() && findDatabaseApi(By) && Stepped &&
      resetReportsStep(*F, ByFn->getName()) && By->getNumArgs() >= 1 &&
      handleDecl(By->getArg(0)) == Stepped)
    return;
  if (Overwrite)
    report(Call->getBeginLoc(), ("the result of '" + F->Name + "' stored in '" + Status->getName() +
                                 "' is overwritten before it is checked; " + advice(*F))
                                    .str())
        .note(Overwrite->getBeginLoc(), "overwritten here");
}

void UncheckedResultCheck::checkResultRead(const CallExpr *Read, const FunctionDecl *Fn,
                                           ASTContext &Ctx) {
  bool Pg = Read->getDirectCallee()->getName().starts_with("PQ");
  auto Produces = [Pg](const Expr *E) -> const DbApiFunction * {
    const auto *Call = dyn_cast_or_null<CallExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
    const DbApiFunction *F = Call ? findDatabaseApi(Call) : nullptr;
    if (!F || F->Acquires != (Pg ? DbResource::PgResult : DbResource::MySqlResult))
      return nullptr;
    return F;
  };
  StringRef Problem = Pg ? "without a PQresultStatus() check: a failed query returns a result "
                           "with no rows and its error in PQresultErrorMessage(); check for "
                           "PGRES_TUPLES_OK or PGRES_COMMAND_OK first"
                         : "without a null check: it is NULL when the query failed or returned "
                           "no result set; check it and report mysql_error()";
  const Expr *Arg = Read->getArg(0)->IgnoreParenImpCasts();
  if (const DbApiFunction *F = Produces(Arg)) {
    report(Read->getBeginLoc(), ("the result of '" + F->Name + "' is used " + Problem).str());
    return;
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(Arg);
  const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!VD || !VD->isLocalVarDecl() || !Judged.insert(VD).second)
    return;
  const Stmt &Body = *Fn->getBody();
  // Where the variable got a result in this function: its initialiser or assignments.
  const Expr *Producer = Produces(VD->getInit()) ? VD->getInit() : nullptr;
  auto Assign =
      binaryOperator(hasOperatorName("="), hasLHS(ignoringParenImpCasts(refTo(VD)))).bind("assign");
  for (const BoundNodes &N : match(findAll(Assign), Body, Ctx))
    if (!Producer && Produces(N.getNodeAs<BinaryOperator>("assign")->getRHS()))
      Producer = N.getNodeAs<BinaryOperator>("assign")->getRHS();
  if (!Producer)
    return;
  // Checked: the status read (libpq) or a null test (MySQL), or the result handed to a helper
  // of the project's own (`expectOk(Res)`), which is where such checks usually live.
  auto PassedOn = callExpr(hasAnyArgument(ignoringParenImpCasts(refTo(VD)))).bind("call");
  for (const BoundNodes &N : match(findAll(PassedOn), Body, Ctx)) {
    const auto *Call = N.getNodeAs<CallExpr>("call");
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!findDatabaseApi(Call) || (Pg && Callee && Callee->getIdentifier() &&
                                   llvm::is_contained(PgStatusReaders, Callee->getName())))
      return;
  }
  auto NullTest =
      expr(anyOf(implicitCastExpr(hasCastKind(CK_PointerToBoolean),
                                  hasSourceExpression(ignoringParenImpCasts(refTo(VD)))),
                 binaryOperator(hasAnyOperatorName("==", "!="),
                                hasEitherOperand(ignoringParenImpCasts(refTo(VD))))));
  if (!Pg && hasMatch(NullTest, Body, Ctx))
    return;
  report(Read->getBeginLoc(), ("'" + VD->getName() + "' is used " + Problem).str())
      .note(Producer->getBeginLoc(), "the result comes from here");
}

SENIORLINT_REGISTER_CHECK(UncheckedResultCheck, "database-unchecked-result");

} // namespace seniorlint
