#include "LibraryCalls.h"
#include "KnownArguments.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {

bool isCLibraryFunction(const FunctionDecl &Fn, ASTContext &Ctx) {
  if (!Fn.getDeclContext()->getRedeclContext()->isTranslationUnit() && !Fn.isInStdNamespace())
    return false;
  return Fn.isExternC() ||
         Ctx.getSourceManager().isInSystemHeader(Fn.getCanonicalDecl()->getLocation());
}

bool keepsItsValue(const VarDecl *VD, ASTContext &Ctx) {
  if (VD->getType().isConstQualified())
    return true;
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
  return VD->isLocalVarDecl() && Fn && Fn->getBody() &&
         !ExprMutationAnalyzer(*Fn->getBody(), Ctx).isMutated(VD);
}

bool openFlagsName(const Expr *Flags, StringRef Flag, ASTContext &Ctx) {
  for (int Depth = 0; Depth < 4; ++Depth) {
    const auto *Ref = dyn_cast<DeclRefExpr>(Flags->IgnoreParenImpCasts());
    const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!VD || isa<ParmVarDecl>(VD) || !VD->getInit() || !keepsItsValue(VD, Ctx))
      break;
    Flags = VD->getInit();
  }
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange Range =
      CharSourceRange::getTokenRange(SM.getExpansionRange(Flags->getSourceRange()).getAsRange());
  StringRef Text = Lexer::getSourceText(Range, SM, Ctx.getLangOpts());
  for (size_t Pos = Text.find(Flag); Pos != StringRef::npos; Pos = Text.find(Flag, Pos + 1)) {
    auto IsNamePart = [](char C) { return llvm::isAlnum(C) || C == '_'; };
    size_t End = Pos + Flag.size();
    if ((Pos == 0 || !IsNamePart(Text[Pos - 1])) && (End == Text.size() || !IsNamePart(Text[End])))
      return true;
  }
  return false;
}

namespace {

bool namesLog(StringRef Path) {
  llvm::SmallVector<StringRef, 8> Words;
  llvm::SplitString(Path, Words, "/\\._-");
  return llvm::any_of(Words, [](StringRef W) {
    return W.equals_insensitive("log") || W.equals_insensitive("logs") ||
           W.equals_insensitive("debug") || W.equals_insensitive("trace");
  });
}

std::optional<std::string> openedLogPath(const Expr *E, ASTContext &Ctx) {
  const auto *Call = dyn_cast<CallExpr>(E->IgnoreParenImpCasts());
  const FunctionDecl *Fn = Call ? Call->getDirectCallee() : nullptr;
  if (!Fn || !Fn->getIdentifier() || Call->getNumArgs() < 1 ||
      !llvm::is_contained({"fopen", "fopen64", "freopen", "_wfopen"}, Fn->getName()))
    return std::nullopt;
  const StringLiteral *Path = visibleLiteral(Call->getArg(0), Ctx);
  if (!Path)
    return std::nullopt;
  std::string Text = literalText(*Path);
  if (!namesLog(Text))
    return std::nullopt;
  return Text;
}

} // namespace

std::optional<std::string> logFileOf(const Expr *Stream, ASTContext &Ctx) {
  const Expr *E = Stream->IgnoreParenImpCasts();
  const ValueDecl *D = nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    D = Ref->getDecl();
  else if (const auto *Member = dyn_cast<MemberExpr>(E))
    D = Member->getMemberDecl();
  if (!D)
    return std::nullopt;
  if (const auto *VD = dyn_cast<VarDecl>(D); VD && VD->getInit())
    if (auto Path = openedLogPath(VD->getInit(), Ctx))
      return Path;
  const FunctionDecl *Fn = enclosingFunction(*Stream, Ctx, /*ThroughLambdas=*/true);
  if (!Fn || !Fn->getBody())
    return std::nullopt;
  auto Set = binaryOperator(isAssignmentOperator(),
                            hasLHS(ignoringParenImpCasts(anyOf(declRefExpr(to(equalsNode(D))),
                                                               memberExpr(member(equalsNode(D)))))))
                 .bind("set");
  for (const BoundNodes &N : match(findAll(Set), *Fn->getBody(), Ctx))
    if (auto Path = openedLogPath(N.getNodeAs<BinaryOperator>("set")->getRHS(), Ctx))
      return Path;
  return std::nullopt;
}

LocalBuffer localBuffer(const Expr *Buffer, const Stmt &Use, ASTContext &Ctx) {
  const auto *Ref = dyn_cast<DeclRefExpr>(Buffer->IgnoreParenCasts());
  const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  const FunctionDecl *Fn = enclosingFunction(Use, Ctx, /*ThroughLambdas=*/true);
  if (!VD || !VD->isLocalVarDecl() || !Fn || !Fn->getBody())
    return {};
  LocalBuffer Out{Fn, {VD}};
  auto AddArray = [&](const Expr *E) {
    if (const auto *R = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
      if (const auto *A = dyn_cast<VarDecl>(R->getDecl());
          A && A->isLocalVarDecl() && A->getType()->isArrayType())
        Out.Names.insert(A);
  };
  if (VD->getInit())
    AddArray(VD->getInit());
  auto Set = binaryOperator(hasOperatorName("="),
                            hasLHS(ignoringParenImpCasts(declRefExpr(to(equalsNode(VD))))))
                 .bind("set");
  for (const BoundNodes &N : match(findAll(Set), *Fn->getBody(), Ctx))
    AddArray(N.getNodeAs<BinaryOperator>("set")->getRHS());
  return Out;
}

const CallExpr *lastWriteBefore(const Expr *Buffer, const Expr &Use, ASTContext &Ctx) {
  LocalBuffer Local = localBuffer(Buffer, Use, Ctx);
  if (!Local.Function)
    return nullptr;
  const FunctionDecl *Fn = Local.Function;
  const auto &Names = Local.Names;
  auto IsBuffer = [&](const Expr *E) {
    E = E->IgnoreParenCasts();
    while (const auto *Op = dyn_cast<BinaryOperator>(E)) {
      if (!Op->isAdditiveOp() || !Op->getLHS()->getType()->isPointerType())
        break;
      E = Op->getLHS()->IgnoreParenCasts();
    }
    const auto *R = dyn_cast<DeclRefExpr>(E);
    return R && Names.contains(R->getDecl());
  };
  const SourceManager &SM = Ctx.getSourceManager();
  const CallExpr *Last = nullptr;
  for (const BoundNodes &N : match(findAll(callExpr().bind("call")), *Fn->getBody(), Ctx)) {
    const auto *C = N.getNodeAs<CallExpr>("call");
    if (!SM.isBeforeInTranslationUnit(C->getBeginLoc(), Use.getBeginLoc()) ||
        (Last && SM.isBeforeInTranslationUnit(C->getBeginLoc(), Last->getBeginLoc())))
      continue;
    const FunctionDecl *Callee = C->getDirectCallee();
    for (unsigned I = 0; I < C->getNumArgs(); ++I) {
      bool ReadOnly = Callee && I < Callee->getNumParams() &&
                      Callee->getParamDecl(I)->getType()->isPointerType() &&
                      Callee->getParamDecl(I)->getType()->getPointeeType().isConstQualified();
      if (IsBuffer(C->getArg(I)) && !ReadOnly) {
        Last = C;
        break;
      }
    }
  }
  return Last;
}

std::optional<uint64_t> knownValue(const Expr *E, ASTContext &Ctx) {
  Expr::EvalResult R;
  if (E->isValueDependent() || !E->EvaluateAsInt(R, Ctx))
    return std::nullopt;
  return R.Val.getInt().getZExtValue();
}

} // namespace seniorlint
