#include "SqlInjectionCheck.h"
#include "CheckRegistry.h"
#include "DatabaseApi.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

// The parameterised form of each client API, for the message.
StringRef advice(DbFamily Family) {
  switch (Family) {
  case DbFamily::Sqlite:
    return "put a `?` placeholder in a constant query and bind the value with sqlite3_bind_*";
  case DbFamily::Libpq:
    return "put $1, $2, ... in a constant query and pass the values to PQexecParams (or "
           "PQprepare and PQexecPrepared)";
  case DbFamily::MySql:
    return "put `?` in a constant query, prepare it with mysql_stmt_prepare and bind the values "
           "with mysql_stmt_bind_param";
  case DbFamily::Pqxx:
    return "put $1, $2, ... in a constant query and pass the values to exec_params (or prepare "
           "and exec_prepared)";
  case DbFamily::Soci:
    return "put :name placeholders in a constant query and pass the values with soci::use()";
  case DbFamily::Qt:
    return "prepare a constant query with placeholders and pass the values with bindValue()";
  case DbFamily::Odbc:
    return "put `?` in a constant query, prepare it with SQLPrepare and bind the values with "
           "SQLBindParameter";
  }
  return "";
}

StringRef advice(const DbApiFunction *Api, const FunctionDecl &Fn) {
  if (Api)
    return advice(Api->Family);
  // SOCI's continuation pieces (`<< Name`) are not query functions of their own.
  if (StringRef(Fn.getQualifiedNameAsString()).starts_with("soci::"))
    return advice(DbFamily::Soci);
  return "keep the query constant and bind the values through the client's parameter API";
}

// `Sql << "SELECT ..." << Name`: SOCI appends every piece after the first to the query.
bool isAppendedPiece(const Expr *Call) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
  if (!Op || Op->getOperator() != OO_LessLess || Op->getNumArgs() != 2)
    return false;
  const auto *Before = dyn_cast<CXXOperatorCallExpr>(Op->getArg(0)->IgnoreImplicit());
  return Before && Before->getOperator() == OO_LessLess;
}

// sqlite3_mprintf's %q, %Q and %w double the quotes of what they insert: a query formatted
// with only those and numeric conversions cannot be broken out of. %s inserts text as is.
bool onlyEscapingConversions(StringRef Format) {
  for (size_t I = Format.find('%'); I != StringRef::npos; I = Format.find('%', I + 1)) {
    size_t J = I + 1;
    while (J < Format.size() && StringRef("-+ #!0123456789.,*l").contains(Format[J]))
      ++J;
    if (J >= Format.size())
      return false;
    char C = Format[J];
    if (C == '%') {
      I = J;
      continue;
    }
    if (!StringRef("qQwdiuxXfeEgGp").contains(C))
      return false;
    I = J;
  }
  return true;
}

// The text comes from sqlite3_mprintf("... %Q ...", Value), directly or through a local that
// holds nothing else.
bool escapedBySqlitePrintf(const Expr *Sql, ASTContext &Ctx) {
  const Expr *E = passedText(Sql)->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(Ref->getDecl());
    if (!VD || !VD->isLocalVarDecl() || !VD->getInit())
      return false;
    auto Assigned = binaryOperator(isAssignmentOperator(),
                                   hasLHS(ignoringParenImpCasts(declRefExpr(to(equalsNode(VD))))));
    const auto *Fn = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
    if (!Fn || !Fn->getBody() || !match(findAll(Assigned), *Fn->getBody(), Ctx).empty())
      return false;
    E = VD->getInit()->IgnoreParenImpCasts();
  }
  const auto *Call = dyn_cast<CallExpr>(E);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || !Callee->getIdentifier() || Callee->getName() != "sqlite3_mprintf" ||
      Call->getNumArgs() < 1 || !Callee->getDeclContext()->getRedeclContext()->isTranslationUnit())
    return false;
  const auto *Format = dyn_cast<StringLiteral>(Call->getArg(0)->IgnoreParenImpCasts());
  return Format && Format->getCharByteWidth() == 1 && onlyEscapingConversions(Format->getString());
}

} // namespace

void SqlInjectionCheck::registerMatchers(MatchRegistry &Matchers) {
  auto Sink = functionDecl(hasSinkName(spec())).bind("fn");
  auto Call = callExpr(callee(Sink)).bind("call");
  auto Construct =
      cxxConstructExpr(hasDeclaration(cxxConstructorDecl(hasSinkName(spec())).bind("fn")))
          .bind("call");
  Matchers.onCallsTo(spec().sinkNames(), Call, this);
  Matchers.onConstructionsOf(spec().sinkNames(), Construct, this);
}

void SqlInjectionCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<Expr>("call");
  const auto *Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Fn); Ctor && Ctor->isCopyOrMoveConstructor())
    return;
  const DbApiFunction *Api = findDatabaseApi(Call);
  for (unsigned Index : sinkArguments(*Fn)) {
    // Overloads share a name (`prepare(Name, Sql)` and `prepare(Sql)`); the database API table
    // knows which argument of this one is the SQL, and `QSqlQuery::exec()` has none.
    if (Api && Api->Sql != static_cast<int>(Index))
      continue;
    const Expr *Sql = databaseApiArg(Call, static_cast<int>(Index));
    if (!Sql || Sql->isNullPointerConstant(*Result.Context, Expr::NPC_ValueDependentIsNotNull))
      continue;
    if (escapedBySqlitePrintf(Sql, *Result.Context))
      continue;
    FlowResult F = flow(*Result.Context).origin(Sql);
    if (!F.isConstant() && !F.Built && isAppendedPiece(Call))
      F.Built = FlowStep{Call->getExprLoc(), "run-time value appended to the query here"};
    // A whole query handed in by the caller is the caller's to check; a query assembled
    // here from values nobody can vouch for is this function's mistake.
    if (F.Kind != Origin::External && !(F.Kind == Origin::Unknown && F.Built))
      continue;
    std::string Name = Fn->getNameAsString();
    std::string What = F.Kind == Origin::External
                           ? "SQL text that may contain data from outside the program reaches '"
                           : "SQL text built at run time reaches '";
    FindingBuilder B = report(Call->getBeginLoc(), What + Name + "'; " + advice(Api, *Fn).str());
    F.explain(B);
    return;
  }
}

SENIORLINT_REGISTER_CHECK(SqlInjectionCheck, "database-sql-injection");

} // namespace seniorlint
