#include "LibraryCalls.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

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

std::optional<uint64_t> knownValue(const Expr *E, ASTContext &Ctx) {
  Expr::EvalResult R;
  if (E->isValueDependent() || !E->EvaluateAsInt(R, Ctx))
    return std::nullopt;
  return R.Val.getInt().getZExtValue();
}

} // namespace seniorlint
