#include "SqlStringConcatCheck.h"
#include "CheckRegistry.h"
#include "ConstantString.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

struct QueryFunction {
  StringRef Name;
  unsigned SqlArg;
};

// The query functions of SQLite, libpq and the MySQL C API, and which argument is the SQL.
const QueryFunction QueryFunctions[] = {
    {"sqlite3_exec", 1},         {"sqlite3_prepare", 1},
    {"sqlite3_prepare_v2", 1},   {"sqlite3_prepare_v3", 1},
    {"sqlite3_prepare16", 1},    {"sqlite3_prepare16_v2", 1},
    {"sqlite3_prepare16_v3", 1}, {"PQexec", 1},
    {"PQexecParams", 1},         {"PQsendQuery", 1},
    {"PQsendQueryParams", 1},    {"PQprepare", 2},
    {"PQsendPrepare", 2},        {"mysql_query", 1},
    {"mysql_real_query", 1},     {"mysql_stmt_prepare", 1},
};

// Notes at the place where a run-time value entered the text.
const char *const Concatenated = "run-time value concatenated here";
const char *const Appended = "run-time value appended here";
const char *const Streamed = "run-time value streamed into the query here";
const char *const Formatted = "run-time value formatted into the query here";

// C functions that write text into a char buffer: which argument is the buffer, which
// arguments end up in it, and how (nullptr: they replace what was there).
struct BufferWriter {
  StringRef Name;
  unsigned Buffer, FirstPiece, LastPiece;
  const char *How;
};

const BufferWriter BufferWriters[] = {
    {"snprintf", 0, 2, ~0u, Formatted},
    {"sprintf", 0, 1, ~0u, Formatted},
    {"vsnprintf", 0, 2, ~0u, Formatted},
    {"vsprintf", 0, 1, ~0u, Formatted},
    {"sqlite3_snprintf", 1, 2, ~0u, Formatted},
    {"strcat", 0, 1, 1, Appended},
    {"strncat", 0, 1, 1, Appended},
    {"strcpy", 0, 1, 1, nullptr},
    {"strncpy", 0, 1, 1, nullptr},
};

// Where a query's text came from, as far as its function shows.
struct Origin {
  enum Kind { Constant, Opaque, Built } K = Constant;
  const Expr *Where = nullptr; // Built: where a run-time value entered the text
  const char *How = nullptr;
};

// A piece added to the text: if it is not constant, the text is built at run time there.
Origin added(Origin Piece, const Expr *Where, const char *How) {
  return Piece.K == Origin::Opaque ? Origin{Origin::Built, Where, How} : Piece;
}

bool isInNamespace(const Decl *D, StringRef Name) {
  const DeclContext *DC = D->getDeclContext();
  while (DC->isInlineNamespace()) // std::__cxx11, fmt::v10
    DC = DC->getParent();
  const auto *NS = dyn_cast<NamespaceDecl>(DC);
  return NS && NS->getName() == Name && NS->getParent()->getRedeclContext()->isTranslationUnit();
}

bool isStdRecord(QualType T, std::initializer_list<StringRef> Names) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  return RD && RD->getIdentifier() && isInNamespace(RD, "std") &&
         llvm::is_contained(Names, RD->getName());
}
bool isString(QualType T) { return isStdRecord(T, {"basic_string"}); }
bool isStringStream(QualType T) {
  return isStdRecord(T, {"basic_ostringstream", "basic_stringstream"});
}

bool isCalled(const CallExpr *Call, StringRef Name, StringRef Namespace) {
  const FunctionDecl *FD = Call->getDirectCallee();
  return FD && FD->getIdentifier() && FD->getName() == Name && isInNamespace(FD, Namespace);
}

bool isFormattingCall(const CallExpr *Call) {
  const FunctionDecl *FD = Call->getDirectCallee();
  if (!FD || !FD->getIdentifier())
    return false;
  StringRef Name = FD->getName();
  if (Name == "format")
    return isInNamespace(FD, "std") || isInNamespace(FD, "fmt");
  if (Name == "StrCat" || Name == "StrFormat")
    return isInNamespace(FD, "absl");
  return Name == "sqlite3_mprintf";
}

bool passesTextThrough(const CXXMemberCallExpr *Call) {
  const CXXMethodDecl *M = Call->getMethodDecl();
  if (!M)
    return false;
  if (isStringStream(Call->getObjectType()))
    return M->getIdentifier() && M->getName() == "str" && Call->getNumArgs() == 0;
  if (!isStdRecord(Call->getObjectType(), {"basic_string", "basic_string_view"}))
    return false;
  return isa<CXXConversionDecl>(M) ||
         (M->getIdentifier() && (M->getName() == "c_str" || M->getName() == "data"));
}

unsigned writtenArgs(const CXXConstructExpr *Construct) {
  return llvm::count_if(Construct->arguments(),
                        [](const Expr *Arg) { return !isa<CXXDefaultArgExpr>(Arg); });
}

// Peels what passes text through unchanged: casts, temporaries, conversions, copies,
// Sql.c_str(), Sql.data(), Os.str().
const Expr *strip(const Expr *E) {
  for (;;) {
    const Expr *Next = E->IgnoreParenImpCasts();
    if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = Bind->getSubExpr();
    else if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Next))
      Next = Cast->getSubExpr();
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Next);
             Construct && writtenArgs(Construct) == 1) // std::string(X), copies, absl::AlphaNum
      Next = Construct->getArg(0);
    else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Next); Call && passesTextThrough(Call))
      Next = Call->getImplicitObjectArgument();
    if (Next == E)
      return E;
    E = Next;
  }
}

// Does the text end with a placeholder mark, as `", $"` in `Sql + ", $"` or `Os << ", $"`?
bool endsWithPlaceholderMark(const Expr *E) {
  E = strip(E);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && Op->getNumArgs() == 2 &&
      (Op->getOperator() == OO_Plus || Op->getOperator() == OO_LessLess))
    return endsWithPlaceholderMark(Op->getArg(1));
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E))
    return endsWithPlaceholderMark(Cond->getTrueExpr()) &&
           endsWithPlaceholderMark(Cond->getFalseExpr());
  const auto *Literal = dyn_cast<StringLiteral>(E);
  return Literal && Literal->isOrdinary() &&
         (Literal->getString().ends_with("$") || Literal->getString().ends_with("?"));
}

// `"$" + std::to_string(I + 1)` and `Os << "?" << I` number a placeholder: no value enters.
bool isPlaceholderNumber(const Expr *Before, const Expr *Piece) {
  Piece = strip(Piece);
  if (const auto *Call = dyn_cast<CallExpr>(Piece);
      Call && Call->getNumArgs() == 1 && isCalled(Call, "to_string", "std"))
    Piece = Call->getArg(0)->IgnoreParenImpCasts();
  QualType T = Piece->getType();
  return T->isIntegerType() && !T->isAnyCharacterType() && !T->isBooleanType() &&
         endsWithPlaceholderMark(Before);
}

// Sizes and positions (`Sql.append(Buf, N)`) are not text.
bool isTextArg(const Expr *Arg) {
  QualType T = Arg->getType();
  return !T->isIntegralOrEnumerationType() || T->isAnyCharacterType();
}

// Follows `Sql.append(A).append(B)` and `Os << A << B` back to the variable written to.
const DeclRefExpr *chainRoot(const Expr *E) {
  for (;;) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
        Op && Op->isLValue() && Op->getNumArgs() == 2)
      E = Op->getArg(0);
    else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E); Call && Call->isLValue())
      E = Call->getImplicitObjectArgument();
    else
      return dyn_cast<DeclRefExpr>(E);
  }
}

// Traces the SQL argument back through the locals of its function. Writes after the use are
// ignored, so a variable reused for a later query does not taint an earlier one.
class QueryTracer {
public:
  explicit QueryTracer(ASTContext &Ctx) : Ctx(Ctx), SM(Ctx.getSourceManager()) {}

  Origin trace(const Expr *E) {
    if (isConstantString(E, Ctx))
      return {};
    if (const Expr *Inner = strip(E); Inner != E)
      return trace(Inner);
    if ((E->getType()->isIntegralOrEnumerationType() || isa<InitListExpr>(E)) &&
        E->isEvaluatable(Ctx))
      return {};
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      if (isa<FunctionDecl>(Ref->getDecl())) // std::endl
        return {};
      const auto *VD = dyn_cast<VarDecl>(Ref->getDecl());
      return VD && VD->isLocalVarDecl() ? variable(VD, Ref->getLocation()) : opaque();
    }
    if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E))
      return join(trace(Cond->getTrueExpr()), trace(Cond->getFalseExpr()));
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
        Op && Op->getOperator() == OO_Plus && Op->getNumArgs() == 2 && isString(Op->getType()))
      return join(added(trace(Op->getArg(0)), Op, Concatenated),
                  isPlaceholderNumber(Op->getArg(0), Op->getArg(1))
                      ? Origin()
                      : added(trace(Op->getArg(1)), Op, Concatenated));
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
        Construct && writtenArgs(Construct) == 0)
      return {}; // empty text: std::ostringstream Os;
    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      if (Call->getNumArgs() == 1 && isCalled(Call, "to_string", "std"))
        return Call->getArg(0)->isEvaluatable(Ctx) ? Origin() : opaque();
      if (isFormattingCall(Call))
        return pieces(Call, 0, ~0u, Formatted);
    }
    return opaque();
  }

private:
  static Origin opaque() { return {Origin::Opaque}; }

  // Built wins over Opaque (a value of unknown origin, such as a parameter) wins over
  // Constant; the note goes to the first place a run-time value entered.
  Origin join(Origin A, Origin B) const {
    if (A.K == Origin::Built && B.K == Origin::Built)
      return isBefore(B.Where->getExprLoc(), A.Where->getExprLoc()) ? B : A;
    return B.K > A.K ? B : A;
  }

  // How is nullptr when the text is replaced in whole rather than added to. Formatting
  // turns numbers into text too; elsewhere an integer argument is a size or position.
  Origin pieces(const CallExpr *Call, unsigned First, unsigned Last, const char *How) {
    Origin R;
    for (unsigned I = First; I < Call->getNumArgs() && I <= Last; ++I) {
      const Expr *Arg = Call->getArg(I);
      if (How != Formatted && !isTextArg(Arg))
        continue;
      Origin Piece = trace(Arg);
      R = join(R, How ? added(Piece, Call, How) : Piece);
    }
    return R;
  }

  bool isBefore(SourceLocation A, SourceLocation B) const {
    return SM.isBeforeInTranslationUnit(SM.getExpansionLoc(A), SM.getExpansionLoc(B));
  }

  Origin variable(const VarDecl *VD, SourceLocation Use) {
    if (Active.count(VD)) // `Sql = Sql + X`: the other pieces decide
      return {};
    const auto *Fn = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
    const Stmt *Body = Fn ? Fn->getBody() : nullptr;
    if (!Body)
      return opaque();
    Active.insert(VD);
    QualType T = VD->getType().getNonReferenceType();
    const ArrayType *Array = Ctx.getAsArrayType(T);
    Origin R;
    if (isString(T) || isStringStream(T) ||
        (Array && Array->getElementType()->isAnyCharacterType()))
      R = textVariable(VD, *Body, Use);
    else if (VD->getInit() && !ExprMutationAnalyzer(*Body, Ctx).isMutated(VD))
      R = trace(VD->getInit()); // `const char *Sql = Query.c_str();`
    else
      R = opaque();
    Active.erase(VD);
    return R;
  }

  // A string, stream or char buffer: its initialiser and every write before the use.
  Origin textVariable(const VarDecl *VD, const Stmt &Body, SourceLocation Use) {
    Origin R = VD->getInit() ? trace(VD->getInit()) : Origin();
    llvm::SmallPtrSet<const DeclRefExpr *, 8> Explained;
    std::vector<StringRef> WriterNames;
    for (const BufferWriter &B : BufferWriters)
      WriterNames.push_back(B.Name);
    auto Writes =
        callExpr(anyOf(cxxOperatorCallExpr(hasAnyOverloadedOperatorName("=", "+=", "<<")),
                       cxxMemberCallExpr(), callee(functionDecl(hasAnyName(WriterNames)))));
    for (const BoundNodes &N : match(findAll(Writes.bind("write")), Body, Ctx)) {
      const auto *W = N.getNodeAs<CallExpr>("write");
      const DeclRefExpr *Ref = nullptr;
      if (!isBefore(W->getBeginLoc(), Use))
        continue;
      if (std::optional<Origin> Piece = write(W, VD, Ref)) {
        Explained.insert(Ref);
        R = join(R, *Piece);
      }
    }
    if (R.K == Origin::Built)
      return R;
    // Anything else that may change the text (a helper taking it by reference) leaves
    // its content unknown.
    ExprMutationAnalyzer Mutations(Body, Ctx);
    auto Refs = declRefExpr(to(varDecl(equalsNode(VD)))).bind("ref");
    for (const BoundNodes &N : match(findAll(Refs), Body, Ctx)) {
      const auto *Ref = N.getNodeAs<DeclRefExpr>("ref");
      if (!Explained.count(Ref) && isBefore(Ref->getLocation(), Use) && Mutations.isMutated(Ref))
        return join(R, opaque());
    }
    return R;
  }

  // What W puts into VD, if it is a write this check understands.
  std::optional<Origin> write(const CallExpr *W, const VarDecl *VD, const DeclRefExpr *&Ref) {
    auto WritesTo = [VD](const DeclRefExpr *R) { return R && R->getDecl() == VD; };
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(W)) {
      Ref = chainRoot(Op->getArg(0));
      if (!WritesTo(Ref) || Op->getNumArgs() != 2)
        return std::nullopt;
      if (Op->getOperator() == OO_Equal)
        return trace(Op->getArg(1));
      if (Op->getOperator() == OO_PlusEqual)
        return added(trace(Op->getArg(1)), Op, Appended);
      if (isPlaceholderNumber(Op->getArg(0), Op->getArg(1)))
        return Origin();
      return added(trace(Op->getArg(1)), Op, Streamed);
    }
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(W)) {
      Ref = chainRoot(Call->getImplicitObjectArgument());
      const CXXMethodDecl *M = Call->getMethodDecl();
      if (!WritesTo(Ref) || !M || !M->getIdentifier())
        return std::nullopt;
      StringRef Name = M->getName();
      if (llvm::is_contained({"append", "push_back", "insert", "replace"}, Name))
        return pieces(Call, 0, ~0u, Appended);
      if (Name == "assign" || (Name == "str" && Call->getNumArgs() == 1))
        return pieces(Call, 0, ~0u, nullptr);
      // These only shorten, size or configure the text.
      if (llvm::is_contained({"clear", "reserve", "resize", "erase", "pop_back", "shrink_to_fit",
                              "precision", "setf", "unsetf", "width", "fill", "imbue"},
                             Name))
        return Origin();
      return std::nullopt;
    }
    const FunctionDecl *FD = W->getDirectCallee();
    const auto *Writer = llvm::find_if(
        BufferWriters, [FD](const BufferWriter &B) { return FD->getName() == B.Name; });
    if (Writer == std::end(BufferWriters) || W->getNumArgs() <= Writer->Buffer)
      return std::nullopt;
    Ref = dyn_cast<DeclRefExpr>(W->getArg(Writer->Buffer)->IgnoreParenImpCasts());
    if (!WritesTo(Ref))
      return std::nullopt;
    return pieces(W, Writer->FirstPiece, Writer->LastPiece, Writer->How);
  }

  ASTContext &Ctx;
  const SourceManager &SM;
  llvm::SmallPtrSet<const VarDecl *, 4> Active;
};

StringRef advice(StringRef Api) {
  if (Api.starts_with("sqlite3_"))
    return "bind values with sqlite3_prepare_v2 and sqlite3_bind_* instead of concatenating them";
  if (Api.starts_with("PQ"))
    return "pass values as $1, $2, ... parameters of PQexecParams instead of concatenating them";
  return "bind values with mysql_stmt_prepare and mysql_stmt_bind_param instead of "
         "concatenating them";
}

} // namespace

void SqlStringConcatCheck::registerMatchers(MatchFinder &Finder) {
  std::vector<std::string> Names;
  for (const QueryFunction &F : QueryFunctions)
    Names.push_back(("::" + F.Name).str());
  auto QueryCall =
      callExpr(callee(functionDecl(hasAnyName(std::vector<StringRef>(Names.begin(), Names.end())))
                          .bind("fn")))
          .bind("call");
  Finder.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource, QueryCall), this);
}

void SqlStringConcatCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  StringRef Api = Result.Nodes.getNodeAs<FunctionDecl>("fn")->getName();
  const auto *Function =
      llvm::find_if(QueryFunctions, [Api](const QueryFunction &F) { return F.Name == Api; });
  if (Call->getNumArgs() <= Function->SqlArg)
    return;
  Origin O = QueryTracer(*Result.Context).trace(Call->getArg(Function->SqlArg));
  if (O.K != Origin::Built)
    return;
  report(Call->getBeginLoc(),
         ("SQL text built at run time reaches '" + Api + "'; " + advice(Api)).str())
      .note(O.Where->getExprLoc(), O.How);
}

SENIORLINT_REGISTER_CHECK(SqlStringConcatCheck, "database-sql-string-concat");

} // namespace seniorlint
