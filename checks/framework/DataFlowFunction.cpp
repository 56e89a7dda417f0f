#include "DataFlowFunction.h"
#include "DataFlowLibrary.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace seniorlint::dataflow {

const Expr *strip(const Expr *E) {
  for (;;) {
    const Expr *Next = E->IgnoreParenCasts();
    if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = Bind->getSubExpr();
    else if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(Next))
      Next = Cleanups->getSubExpr();
    else if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(Next))
      Next = Temp->getSubExpr();
    else if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(Next))
      Next = Default->getExpr();
    else if (const auto *DefaultInit = dyn_cast<CXXDefaultInitExpr>(Next))
      Next = DefaultInit->getExpr();
    else if (const auto *Opaque = dyn_cast<OpaqueValueExpr>(Next); Opaque && Opaque->getSourceExpr())
      Next = Opaque->getSourceExpr();
    if (Next == E)
      return E;
    E = Next;
  }
}

bool carriesText(QualType T) {
  if (T.isNull() || T->isDependentType())
    return true;
  T = T.getNonReferenceType().getCanonicalType();
  if (T->isAnyCharacterType())
    return true;
  return !(T->isArithmeticType() || T->isEnumeralType() || T->isNullPtrType() ||
           T->isFunctionType() || T->isMemberPointerType());
}

namespace {

bool isLocalStorage(const VarDecl *VD) {
  return VD && (isa<ParmVarDecl>(VD) || VD->isLocalVarDecl());
}

} // namespace

std::pair<const VarDecl *, const FieldDecl *> storageOf(const Expr *E) {
  const FieldDecl *Field = nullptr;
  for (int Steps = 0; E && Steps < 16; ++Steps) {
    E = strip(E);
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      const auto *VD = dyn_cast<VarDecl>(Ref->getDecl());
      return isLocalStorage(VD) ? std::pair(VD, Field) : std::pair(nullptr, nullptr);
    }
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      const auto *Named = dyn_cast<FieldDecl>(Member->getMemberDecl());
      if (!Named)
        return {nullptr, nullptr};
      if (!Named->getParent()->isUnion()) // a union's members are one storage
        Field = Named;
      E = Member->getBase();
    } else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
      E = Subscript->getBase();
    } else if (const auto *Unary = dyn_cast<UnaryOperator>(E);
               Unary && (Unary->getOpcode() == UO_Deref || Unary->getOpcode() == UO_AddrOf)) {
      E = Unary->getSubExpr();
    } else if (const auto *Binary = dyn_cast<BinaryOperator>(E);
               Binary && Binary->isAdditiveOp() && Binary->getType()->isPointerType()) {
      E = Binary->getLHS()->getType()->isPointerType() ? Binary->getLHS() : Binary->getRHS();
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
               Op && Op->getNumArgs() >= 1 && Op->isLValue() &&
               (Op->getOperator() == OO_Subscript || Op->getOperator() == OO_LessLess ||
                Op->getOperator() == OO_PlusEqual || Op->getOperator() == OO_Equal)) {
      E = Op->getArg(0); // `S[0]`, and the stream or string a chain writes to
    } else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E);
               Call && (Call->isLValue() || Call->getType()->isPointerType())) {
      E = Call->getImplicitObjectArgument(); // `S.append(A).append(B)`, `S.data()`
    } else {
      break;
    }
  }
  return {nullptr, nullptr};
}

// One walk over a function body. Dead branches of constant conditions (`if (0)`,
// `switch (6)`, `if constexpr`) are skipped: they cannot run, so what they write does not count.
class IndexBuilder : public RecursiveASTVisitor<IndexBuilder> {
public:
  IndexBuilder(FunctionIndex &Index, SourceLookup Sources) : Index(Index), Sources(Sources) {}

  bool TraverseIfStmt(IfStmt *S) {
    if (std::optional<bool> Taken = constantCondition(S->getCond())) {
      if (S->getInit())
        TraverseStmt(S->getInit());
      return TraverseStmt(*Taken ? S->getThen() : S->getElse());
    }
    return RecursiveASTVisitor::TraverseIfStmt(S);
  }

  bool TraverseSwitchStmt(SwitchStmt *S) {
    Expr::EvalResult Selector;
    const auto *Body = dyn_cast_or_null<CompoundStmt>(S->getBody());
    const Expr *Cond = S->getCond();
    if (!Body || Cond->isValueDependent() || !Cond->EvaluateAsInt(Selector, Index.Ctx) ||
        !Selector.Val.isInt())
      return RecursiveASTVisitor::TraverseSwitchStmt(S);
    // From the matching label to the first break or return at the top of the body.
    const Stmt *Start = liveCase(Body, Selector.Val.getInt());
    bool Live = false;
    for (Stmt *Child : Body->body()) {
      Live = Live || Child == Start;
      if (!Live)
        continue;
      Stmt *Inner = Child;
      while (auto *Case = dyn_cast<SwitchCase>(Inner))
        Inner = Case->getSubStmt();
      TraverseStmt(Inner);
      if (isa<BreakStmt, ReturnStmt>(Inner))
        break;
    }
    return true;
  }

  bool TraverseLambdaExpr(LambdaExpr *L) {
    ++InLambda; // its returns are the lambda's, not the function's
    bool Result = RecursiveASTVisitor::TraverseLambdaExpr(L);
    --InLambda;
    return Result;
  }

  bool VisitReturnStmt(ReturnStmt *S) {
    if (!InLambda)
      Index.Returns.push_back(S);
    return true;
  }
  bool VisitForStmt(ForStmt *S) { return loop(S); }
  bool VisitWhileStmt(WhileStmt *S) { return loop(S); }
  bool VisitDoStmt(DoStmt *S) { return loop(S); }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *S) {
    // Each element of the range, in turn.
    if (const VarDecl *Var = S->getLoopVariable())
      add(Var, nullptr, S->getBeginLoc()).Whole = S->getRangeInit();
    return loop(S);
  }

  bool VisitVarDecl(VarDecl *VD) {
    if (!VD->isLocalVarDecl() || VD->isCXXForRangeDecl() || !VD->getInit())
      return true;
    const Expr *Init = VD->getInit();
    if (!bind(VD, Init))
      add(VD, nullptr, VD->getLocation()).Whole = Init;
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->getOpcode() != BO_Assign)
      return true; // compound arithmetic: numbers, or pointer steps within the same buffer
    auto [Target, Field] = storageOf(B->getLHS());
    const Expr *LHS = strip(B->getLHS());
    if (!Target || (isa<DeclRefExpr>(LHS) && bind(Target, B->getRHS())))
      return true;
    add(Target, Field, B->getOperatorLoc()).Whole = B->getRHS();
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD)
      return true;
    sources(Call, *FD);
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
      return operatorCall(Op);
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      return memberCall(Member);
    if (const BufferWrite *B = bufferWrite(*FD)) {
      for (unsigned I = B->Target; I < Call->getNumArgs(); ++I) {
        if (auto [Target, Field] = storageOf(Call->getArg(I)); Target) {
          Write &W = add(Target, Field, Call->getBeginLoc());
          W.Call = Call;
          W.First = B->First;
          W.Last = B->Last;
          W.How = B->How;
        }
        if (!B->TargetsFollow)
          break;
      }
      return true;
    }
    // std::getline(In, Line): the stream's text goes into Line.
    if (FD->getIdentifier() && FD->getName() == "getline" && FD->isInStdNamespace() &&
        Call->getNumArgs() >= 2)
      readInto(Call->getArg(1), Call->getArg(0), Call->getBeginLoc());
    else if (!isLibrary(*FD, Index.Ctx.getSourceManager()))
      opaqueCallee(Call, *FD, 0);
    return true;
  }

private:
  std::optional<bool> constantCondition(const Expr *Cond) const {
    bool Result;
    if (!Cond || Cond->isValueDependent() || Cond->isInstantiationDependent() ||
        !Cond->EvaluateAsBooleanCondition(Result, Index.Ctx))
      return std::nullopt;
    return Result;
  }

  const Stmt *liveCase(const CompoundStmt *Body, const llvm::APSInt &Value) const {
    const Stmt *Default = nullptr;
    for (const Stmt *Child : Body->body())
      for (const Stmt *Labelled = Child; const auto *Case = dyn_cast<SwitchCase>(Labelled);
           Labelled = Case->getSubStmt()) {
        if (isa<DefaultStmt>(Case)) {
          Default = Default ? Default : Child;
          continue;
        }
        Expr::EvalResult Label;
        const Expr *LHS = cast<CaseStmt>(Case)->getLHS();
        if (!LHS->isValueDependent() && LHS->EvaluateAsInt(Label, Index.Ctx) &&
            llvm::APSInt::isSameValue(Label.Val.getInt(), Value))
          return Child;
      }
    return Default;
  }

  bool loop(const Stmt *S) {
    Index.Loops.push_back(S->getSourceRange());
    return true;
  }

  Write &add(const VarDecl *Target, const FieldDecl *Field, SourceLocation Loc) {
    Index.AllWrites.emplace_back();
    Write &W = Index.AllWrites.back();
    W.Target = Target;
    W.Field = Field;
    W.Loc = Loc;
    return W;
  }

  // `char *Data = Buffer;`, `Data = &Buffer[0];`, `std::string &Ref = S;`: from now on both
  // names reach the same storage, so they become one group instead of a write.
  bool bind(const VarDecl *Target, const Expr *Value) {
    QualType T = Target->getType();
    if (!T->isPointerType() && !T->isReferenceType())
      return false;
    const Expr *E = strip(Value);
    if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
      bool True = bind(Target, Cond->getTrueExpr());
      bool False = bind(Target, Cond->getFalseExpr());
      return True && False;
    }
    auto [Other, Field] = storageOf(E);
    if (!Other || Other == Target)
      return false;
    // A pointer copied from a pointer, or pointing into an array or an object.
    QualType OtherType = Other->getType().getNonReferenceType();
    bool SharesStorage = T->isReferenceType() || OtherType->isPointerType() ||
                         OtherType->isArrayType() || isa<UnaryOperator>(E) ||
                         isa<CXXMemberCallExpr>(E);
    if (!SharesStorage)
      return false;
    Index.unite(Target, Other);
    return true;
  }

  void readInto(const Expr *Target, const Expr *Stream, SourceLocation Loc) {
    // `In >> A >> B`: every target reads from the stream at the root of the chain.
    while (const auto *Op = dyn_cast<CXXOperatorCallExpr>(strip(Stream)))
      if (Op->getOperator() == OO_GreaterGreater && Op->getNumArgs() == 2)
        Stream = Op->getArg(0);
      else
        break;
    if (auto [Var, Field] = storageOf(Target); Var)
      add(Var, Field, Loc).Whole = Stream;
  }

  void sources(const CallExpr *Call, const FunctionDecl &FD) {
    unsigned Offset = isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(FD) ? 1 : 0;
    for (const FlowSource *Source : Sources(FD)) {
      const FlowSource &S = *Source;
      if (S.Argument == FlowSource::Return)
        continue;
      for (unsigned I = S.Argument + Offset; I < Call->getNumArgs(); ++I) {
        if (auto [Target, Field] = storageOf(Call->getArg(I)); Target) {
          Write &W = add(Target, Field, Call->getBeginLoc());
          W.Fixed = S.Kind == SourceKind::Sanitizer
                        ? Value()
                        : Value::external(S.Kind, Call->getBeginLoc(),
                                          "untrusted data from '" + FD.getNameAsString() +
                                              "' enters here");
        }
        if (!S.AndLater)
          break;
      }
    }
  }

  bool operatorCall(const CXXOperatorCallExpr *Op) {
    if (Op->getNumArgs() != 2)
      return true;
    OverloadedOperatorKind Kind = Op->getOperator();
    if (Kind == OO_GreaterGreater) {
      readInto(Op->getArg(1), Op->getArg(0), Op->getOperatorLoc());
      return true;
    }
    auto [Target, Field] = storageOf(Op->getArg(0));
    if (!Target)
      return true;
    if (Kind == OO_Equal) {
      add(Target, Field, Op->getOperatorLoc()).Whole = Op->getArg(1);
    } else if (Kind == OO_PlusEqual || Kind == OO_LessLess) {
      Write &W = add(Target, Field, Op->getOperatorLoc());
      W.Whole = Op->getArg(1);
      W.How = Kind == OO_PlusEqual ? Appended : Streamed;
    }
    return true;
  }

  bool memberCall(const CXXMemberCallExpr *Call) {
    const CXXMethodDecl *M = Call->getMethodDecl();
    if (!M)
      return true;
    auto [Target, Field] = storageOf(Call->getImplicitObjectArgument());
    if (!isLibrary(*M, Index.Ctx.getSourceManager())) {
      // A project method may store its arguments in the object, or fill it from anywhere.
      if (Target && !M->isConst() && Call->getNumArgs() > 0) {
        Write &W = add(Target, Field, Call->getBeginLoc());
        W.Call = Call;
        W.Last = Call->getNumArgs() - 1;
      }
      if (Target && !M->isConst() && !M->hasBody())
        add(Target, Field, Call->getBeginLoc()).Fixed =
            Value::unknown(Call->getBeginLoc(),
                           "'" + M->getNameAsString() + "' may change it (its body is not here)");
      opaqueCallee(Call, *M, 0);
      return true;
    }
    switch (methodEffect(*M)) {
    case Effect::ReadInto:
      if (Call->getNumArgs() > 0)
        readInto(Call->getArg(0), Call->getImplicitObjectArgument(), Call->getBeginLoc());
      break;
    case Effect::Append:
    case Effect::Replace:
      if (Target && Call->getNumArgs() > 0) {
        Write &W = add(Target, Field, Call->getBeginLoc());
        W.Call = Call;
        W.Last = Call->getNumArgs() - 1;
        W.How = methodEffect(*M) == Effect::Append ? Appended : nullptr;
      }
      break;
    case Effect::None:
      break;
    }
    return true;
  }

  // A project function taking a variable by non-const pointer or reference may write into
  // it: what, its body in this file says (an out-parameter summary); without one, anything.
  void opaqueCallee(const CallExpr *Call, const FunctionDecl &FD, unsigned Offset) {
    for (unsigned I = Offset; I < Call->getNumArgs(); ++I) {
      QualType T = I < FD.getNumParams() ? FD.getParamDecl(I)->getType()
                                         : Call->getArg(I)->getType();
      QualType Pointee = T->getPointeeType();
      if (Pointee.isNull() || Pointee.isConstQualified())
        continue;
      if (auto [Target, Field] = storageOf(Call->getArg(I)); Target) {
        Write &W = add(Target, Field, Call->getBeginLoc());
        W.By = Call;
        const FunctionDecl *Def = FD.getDefinition();
        if (Def && Def->hasBody() && I - Offset < Def->getNumParams() && !Def->isVariadic()) {
          W.OutOf = Def;
          W.OutParam = I - Offset;
        } else {
          W.Fixed = Value::unknown(Call->getArg(I)->getBeginLoc(),
                                   "'" + FD.getNameAsString() + "' may write anything into it");
        }
      }
    }
  }

  FunctionIndex &Index;
  SourceLookup Sources;
  int InLambda = 0;
};

FunctionIndex::FunctionIndex(const FunctionDecl &F, ASTContext &Ctx, SourceLookup Sources)
    : Ctx(Ctx) {
  IndexBuilder Builder(*this, Sources);
  Builder.TraverseStmt(F.getBody());
  for (Write &W : AllWrites)
    ByGroup[group(W.Target)].push_back(std::move(W));
  AllWrites.clear();
  for (const ParmVarDecl *P : F.parameters())
    Members[group(P)].push_back(P);
  for (const auto &[VD, Up] : Parent)
    if (!isa<ParmVarDecl>(VD))
      Members[group(VD)].push_back(VD);
}

const VarDecl *FunctionIndex::find(const VarDecl *VD) const {
  auto It = Parent.find(VD);
  if (It == Parent.end() || It->second == VD)
    return VD;
  const VarDecl *Root = find(It->second);
  Parent[VD] = Root;
  return Root;
}

void FunctionIndex::unite(const VarDecl *A, const VarDecl *B) {
  Parent.try_emplace(A, A);
  Parent.try_emplace(B, B);
  A = find(A);
  B = find(B);
  if (A != B)
    Parent[A] = B;
}

const VarDecl *FunctionIndex::group(const VarDecl *VD) const { return find(VD); }

llvm::ArrayRef<const VarDecl *> FunctionIndex::members(const VarDecl *Group) const {
  auto It = Members.find(Group);
  if (It == Members.end())
    return {};
  return It->second;
}

llvm::ArrayRef<Write> FunctionIndex::writes(const VarDecl *Group) const {
  auto It = ByGroup.find(Group);
  if (It == ByGroup.end())
    return {};
  return It->second;
}

bool FunctionIndex::reaches(const Write &W, SourceLocation Use) const {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation At = SM.getExpansionLoc(W.Loc);
  Use = SM.getExpansionLoc(Use);
  if (W.By && !SM.isBeforeInTranslationUnit(Use, At) &&
      !SM.isBeforeInTranslationUnit(SM.getExpansionLoc(W.By->getEndLoc()), Use))
    return false; // `Sink(Buffer)`: what Sink does to Buffer comes after it reads it
  if (SM.isBeforeInTranslationUnit(At, Use))
    return true;
  for (SourceRange Loop : Loops) {
    SourceLocation Begin = SM.getExpansionLoc(Loop.getBegin());
    SourceLocation End = SM.getExpansionLoc(Loop.getEnd());
    auto Inside = [&](SourceLocation L) {
      return !SM.isBeforeInTranslationUnit(L, Begin) && !SM.isBeforeInTranslationUnit(End, L);
    };
    if (Inside(At) && Inside(Use))
      return true;
  }
  return false;
}

} // namespace seniorlint::dataflow
