#include "LibraryCalls.h"
#include "KnownArguments.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "clang/Lex/Lexer.h"
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
  const FunctionDecl *Fn = enclosingFunction(*Stream, Ctx);
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

std::optional<uint64_t> knownValue(const Expr *E, ASTContext &Ctx) {
  Expr::EvalResult R;
  if (E->isValueDependent() || !E->EvaluateAsInt(R, Ctx))
    return std::nullopt;
  return R.Val.getInt().getZExtValue();
}

} // namespace seniorlint
