#include "Loops.h"
#include "DatabaseApi.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/STLExtras.h"
#include <vector>

using namespace clang;

namespace seniorlint {
namespace {

// Parents as the AST really is (implicit nodes included), whatever traversal mode the
// matcher that called us runs in: loops are recognised by which child a node is.
bool parentOf(const DynTypedNode &N, ASTContext &Ctx, DynTypedNode &Parent) {
  DynTypedNodeList Parents = Ctx.getParents(N);
  if (Parents.empty())
    return false;
  Parent = Parents[0];
  return true;
}

const Expr *peelWrappers(const Expr *E) {
  for (;;) {
    const Expr *Next = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Next);
        Construct && Construct->getNumArgs() == 1)
      Next = Construct->getArg(0);
    if (Next == E)
      return E;
    E = Next;
  }
}

bool isStdAlgorithm(const CallExpr *Call, std::initializer_list<StringRef> Names) {
  const FunctionDecl *FD = Call->getDirectCallee();
  return FD && FD->getIdentifier() && FD->isInStdNamespace() &&
         llvm::is_contained(Names, FD->getName());
}

// The std::for_each call that runs Lambda for every element, or nullptr.
const CallExpr *forEachRunning(const LambdaExpr *Lambda, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*Lambda), Parent;
  while (parentOf(Node, Ctx, Parent)) {
    const Stmt *P = Parent.get<Stmt>();
    if (const auto *Call = dyn_cast<CallExpr>(P)) {
      if (!isStdAlgorithm(Call, {"for_each", "for_each_n"}) || Call->getNumArgs() == 0)
        return nullptr;
      return peelWrappers(Call->getArg(Call->getNumArgs() - 1)) == Lambda ? Call : nullptr;
    }
    if (!isa_and_nonnull<Expr>(P))
      return nullptr;
    Node = Parent;
  }
  return nullptr;
}

bool is(const Stmt *Child, const Stmt *Part) { return Part && Child == Part; }

// Which part of a loop statement a direct child is: does it run on every iteration?
bool runsEachIteration(const Stmt *LoopStmt, const Stmt *Child) {
  if (const auto *For = dyn_cast<ForStmt>(LoopStmt))
    return !is(Child, For->getInit());
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(LoopStmt))
    return is(Child, Range->getBody()) || is(Child, Range->getLoopVarStmt());
  return isa<WhileStmt>(LoopStmt) || isa<DoStmt>(LoopStmt);
}

const Stmt *loopBody(const Stmt *LoopStmt) {
  if (const auto *For = dyn_cast<ForStmt>(LoopStmt))
    return For->getBody();
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(LoopStmt))
    return Range->getBody();
  if (const auto *While = dyn_cast<WhileStmt>(LoopStmt))
    return While->getBody();
  if (const auto *Do = dyn_cast<DoStmt>(LoopStmt))
    return Do->getBody();
  return nullptr;
}

bool isLoopStmt(const Stmt *S) {
  return isa<ForStmt, CXXForRangeStmt, WhileStmt, DoStmt>(S);
}

const ValueDecl *referencedVariable(const Stmt *S) {
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    return isa<VarDecl, BindingDecl>(Ref->getDecl()) ? Ref->getDecl() : nullptr;
  if (const auto *Member = dyn_cast<MemberExpr>(S);
      Member && isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
    return dyn_cast<FieldDecl>(Member->getMemberDecl());
  return nullptr;
}

void referencedVariables(const Stmt *S, llvm::SmallVectorImpl<const ValueDecl *> &Out) {
  forEachDescendant(S, [&](const Stmt *N) {
    if (const ValueDecl *D = referencedVariable(N))
      Out.push_back(D);
  });
}

bool writesThrough(QualType Param) {
  if (Param->isReferenceType() || Param->isPointerType())
    return !Param->getPointeeType().isConstQualified();
  return false;
}

// One way a value moves inside the loop: Targets take on something of Sources.
struct Flow {
  llvm::SmallVector<const ValueDecl *, 2> Targets;
  llvm::SmallVector<const ValueDecl *, 4> Sources;
};

void addTarget(Flow &F, const ValueDecl *D) {
  if (!D)
    return;
  F.Targets.push_back(D);
  if (const auto *Decomp = dyn_cast<DecompositionDecl>(D))
    for (const BindingDecl *B : Decomp->bindings())
      F.Targets.push_back(B);
}

// A call moves its arguments (and object) into what it may write: the object of a non-const
// method and the arguments passed by non-const reference or pointer.
void callFlows(const CallExpr *Call, std::vector<Flow> &Flows) {
  const FunctionDecl *FD = Call->getDirectCallee();
  if (!FD)
    return;
  llvm::SmallVector<const Expr *, 6> Args(Call->arguments());
  llvm::SmallVector<bool, 6> Written(Args.size(), false);
  unsigned ParamOffset = 0;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
    const auto *M = dyn_cast<CXXMethodDecl>(FD);
    if (M && !M->isConst()) {
      Args.push_back(Member->getImplicitObjectArgument());
      Written.push_back(true);
    }
  } else if (const auto *M = dyn_cast<CXXMethodDecl>(FD);
             M && isa<CXXOperatorCallExpr>(Call) && !M->isStatic()) {
    Written[0] = !M->isConst(); // a member operator's object is argument 0
    ParamOffset = 1;
  }
  for (unsigned I = ParamOffset; I < Call->getNumArgs(); ++I)
    if (I - ParamOffset < FD->getNumParams())
      Written[I] = writesThrough(FD->getParamDecl(I - ParamOffset)->getType());
  for (unsigned T = 0; T < Args.size(); ++T) {
    if (!Written[T])
      continue;
    Flow F;
    addTarget(F, rootVariable(Args[T]));
    if (F.Targets.empty())
      continue;
    for (unsigned S = 0; S < Args.size(); ++S)
      if (S != T)
        referencedVariables(Args[S], F.Sources);
    Flows.push_back(std::move(F));
  }
}

void collectFlows(const Stmt *Region, std::vector<Flow> &Flows) {
  forEachDescendant(Region, [&](const Stmt *N) {
    if (const auto *DS = dyn_cast<DeclStmt>(N)) {
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D); VD && VD->getInit()) {
          Flow F;
          addTarget(F, VD);
          referencedVariables(VD->getInit(), F.Sources);
          Flows.push_back(std::move(F));
        }
    } else if (const auto *Range = dyn_cast<CXXForRangeStmt>(N)) {
      Flow F;
      addTarget(F, Range->getLoopVariable());
      referencedVariables(Range->getRangeInit(), F.Sources);
      Flows.push_back(std::move(F));
    } else if (const auto *Op = dyn_cast<BinaryOperator>(N); Op && Op->isAssignmentOp()) {
      Flow F;
      addTarget(F, rootVariable(Op->getLHS()));
      referencedVariables(Op->getRHS(), F.Sources);
      Flows.push_back(std::move(F));
    } else if (const auto *Call = dyn_cast<CallExpr>(N)) {
      callFlows(Call, Flows);
    }
  });
}

// Variables a statement changes: assignments, ++/--, and what its calls may write.
void writtenVariables(const Stmt *S, llvm::SmallVectorImpl<const ValueDecl *> &Out) {
  std::vector<Flow> Flows;
  collectFlows(S, Flows);
  for (const Flow &F : Flows)
    Out.append(F.Targets.begin(), F.Targets.end());
  forEachDescendant(S, [&](const Stmt *N) {
    if (const auto *Op = dyn_cast<UnaryOperator>(N); Op && Op->isIncrementDecrementOp())
      if (const ValueDecl *D = rootVariable(Op->getSubExpr()))
        Out.push_back(D);
  });
}

// Fetches the next element of data the program already has: a row of a result
// (mysql_fetch_row, QSqlQuery::next, sqlite3_step), a line of a stream (std::getline). A
// call on the program's own queue (`Jobs.pop(Job)`) may wait for work that arrives over
// time: a worker loop, not a walk over data.
bool fetchesNext(const Expr *E) {
  const auto *Call = dyn_cast<CallExpr>(E->IgnoreParenImpCasts());
  if (!Call)
    return false;
  if (const DbApiFunction *F = findDatabaseApi(Call))
    return F->Role == DbRole::Step || F->Name == "sqlite3_step";
  const FunctionDecl *FD = Call->getDirectCallee();
  return FD && FD->isInStdNamespace();
}

// What a while/do (or for) condition moves to the next element.
void conditionSeeds(const Stmt *Cond, llvm::SmallVectorImpl<const ValueDecl *> &Out) {
  forEachDescendant(Cond, [&](const Stmt *N) {
    if (const auto *Op = dyn_cast<BinaryOperator>(N);
        Op && Op->getOpcode() == BO_Assign && fetchesNext(Op->getRHS())) {
      Out.push_back(rootVariable(Op->getLHS()));
    } else if (const auto *Call = dyn_cast<CallExpr>(N); Call && fetchesNext(Call)) {
      std::vector<Flow> Flows;
      callFlows(Call, Flows);
      for (const Flow &F : Flows)
        Out.append(F.Targets.begin(), F.Targets.end());
    }
  });
}

std::optional<llvm::APSInt> constantInt(const Expr *E, ASTContext &Ctx) {
  Expr::EvalResult R;
  if (!E || E->isValueDependent() || !E->EvaluateAsInt(R, Ctx))
    return std::nullopt;
  return R.Val.getInt();
}

std::optional<unsigned> elementCount(const Expr *Range, ASTContext &Ctx) {
  Range = Range->IgnoreImplicit();
  if (const auto *List = dyn_cast<CXXStdInitializerListExpr>(Range))
    Range = List->getSubExpr()->IgnoreImplicit();
  if (const auto *Init = dyn_cast<InitListExpr>(Range))
    return Init->getNumInits();
  const auto *Ref = dyn_cast<DeclRefExpr>(Range->IgnoreParenImpCasts());
  const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  // The size of an array or std::array is part of its type: a range-for visits that many
  // elements whether or not the elements can change.
  if (!VD)
    return std::nullopt;
  if (const auto *Array = Ctx.getAsConstantArrayType(VD->getType()))
    return static_cast<unsigned>(Array->getSize().getZExtValue());
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(VD->getType()->getAsCXXRecordDecl());
  if (Spec && Spec->isInStdNamespace() && Spec->getName() == "array" &&
      Spec->getTemplateArgs().size() == 2 &&
      Spec->getTemplateArgs()[1].getKind() == TemplateArgument::Integral)
    return static_cast<unsigned>(Spec->getTemplateArgs()[1].getAsIntegral().getZExtValue());
  return std::nullopt;
}

// `for (int I = A; I < B; ++I)` (or <=, !=, I++, I += 1) with constant A and B; also C's
// `for (I = A; ...)` over a variable declared before the loop.
std::optional<unsigned> countedForTrips(const ForStmt *For, ASTContext &Ctx) {
  const auto *Init = dyn_cast_or_null<DeclStmt>(For->getInit());
  const auto *Var = Init && Init->isSingleDecl() ? dyn_cast<VarDecl>(Init->getSingleDecl())
                                                 : nullptr;
  const Expr *Start = Var ? Var->getInit() : nullptr;
  if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(For->getInit());
      !Var && Assign && Assign->getOpcode() == BO_Assign) {
    Var = dyn_cast_or_null<VarDecl>(rootVariable(Assign->getLHS()));
    Start = Assign->getRHS();
  }
  const auto *Cond = dyn_cast_or_null<BinaryOperator>(For->getCond());
  if (!Var || !Cond || rootVariable(Cond->getLHS()) != Var)
    return std::nullopt;
  const Expr *Inc = For->getInc() ? For->getInc()->IgnoreParenImpCasts() : nullptr;
  const auto *Step = dyn_cast_or_null<UnaryOperator>(Inc);
  if (!Step || !Step->isIncrementOp() || rootVariable(Step->getSubExpr()) != Var)
    return std::nullopt;
  std::optional<llvm::APSInt> From = constantInt(Start, Ctx);
  std::optional<llvm::APSInt> To = constantInt(Cond->getRHS(), Ctx);
  if (!From || !To)
    return std::nullopt;
  int64_t Trips = To->getExtValue() - From->getExtValue();
  if (Cond->getOpcode() == BO_LE)
    ++Trips;
  else if (Cond->getOpcode() != BO_LT && Cond->getOpcode() != BO_NE)
    return std::nullopt;
  return Trips < 0 ? 0u : static_cast<unsigned>(Trips);
}

} // namespace

const ValueDecl *rootVariable(const Expr *E) {
  while (E) {
    E = E->IgnoreParenCasts();
    if (const ValueDecl *D = referencedVariable(E))
      return D;
    if (const auto *Member = dyn_cast<MemberExpr>(E))
      E = Member->getBase();
    else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E))
      E = Subscript->getBase();
    else if (const auto *Op = dyn_cast<UnaryOperator>(E);
             Op && (Op->getOpcode() == UO_Deref || Op->getOpcode() == UO_AddrOf))
      E = Op->getSubExpr();
    else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
             Op && Op->getNumArgs() >= 1 &&
             llvm::is_contained({OO_Subscript, OO_Star, OO_Arrow}, Op->getOperator()))
      E = Op->getArg(0);
    else
      return nullptr;
  }
  return nullptr;
}

llvm::SmallVector<Loop, 2> enclosingLoops(const Stmt &S, ASTContext &Ctx) {
  TraversalKindScope AsIs(Ctx, TK_AsIs);
  llvm::SmallVector<Loop, 2> Loops;
  DynTypedNode Node = DynTypedNode::create(S), Parent;
  while (parentOf(Node, Ctx, Parent)) {
    const Stmt *P = Parent.get<Stmt>();
    if (!P) {
      // Initialisers belong to their declaration; a lambda's body to its call operator and
      // closure class. Any other declaration is the edge of the function.
      const Decl *D = Parent.get<Decl>();
      const auto *Method = dyn_cast_or_null<CXXMethodDecl>(D);
      const auto *Record = dyn_cast_or_null<CXXRecordDecl>(D);
      if (!isa_and_nonnull<VarDecl>(D) && !(Method && Method->getParent()->isLambda()) &&
          !(Record && Record->isLambda()))
        return Loops;
      Node = Parent;
      continue;
    }
    if (const auto *Lambda = dyn_cast<LambdaExpr>(P)) {
      const CallExpr *ForEach = forEachRunning(Lambda, Ctx);
      if (!ForEach)
        return Loops;
      Loops.push_back({ForEach, Lambda->getBody(), ForEach->getBeginLoc()});
      Node = DynTypedNode::create(*static_cast<const Stmt *>(ForEach));
      continue;
    }
    if (isLoopStmt(P) && runsEachIteration(P, Node.get<Stmt>()))
      Loops.push_back({P, loopBody(P), P->getBeginLoc()});
    Node = Parent;
  }
  return Loops;
}

bool leavesLoopAfter(const Stmt &S, const Loop &L, ASTContext &Ctx) {
  TraversalKindScope AsIs(Ctx, TK_AsIs);
  bool ForEach = isa<CallExpr>(L.S);
  bool BreakLeaves = !ForEach; // until an inner loop or switch takes `break` for itself
  DynTypedNode Node = DynTypedNode::create(S), Parent;
  auto Leaves = [&](const Stmt *After) {
    return isa<CXXThrowExpr>(After) || isa<GotoStmt>(After) ||
           (isa<ReturnStmt>(After) && !ForEach) || (isa<BreakStmt>(After) && BreakLeaves);
  };
  while (Node.get<Stmt>() != L.Body && parentOf(Node, Ctx, Parent)) {
    const Stmt *P = Parent.get<Stmt>();
    if (!P) {
      if (!Parent.get<Decl>())
        return false;
      Node = Parent;
      continue;
    }
    if (P == L.S)
      return false;
    if (Leaves(P))
      return true;
    if (const auto *Block = dyn_cast<CompoundStmt>(P)) {
      const Stmt *Child = Node.get<Stmt>();
      const auto *It = llvm::find(Block->body(), Child);
      if (It != Block->body_end() &&
          std::any_of(std::next(It), Block->body_end(), [&](const Stmt *After) {
            if (const auto *E = dyn_cast<Expr>(After))
              After = E->IgnoreImplicit();
            return Leaves(After);
          }))
        return true;
    }
    if (isLoopStmt(P) || isa<SwitchStmt>(P))
      BreakLeaves = false;
    Node = Parent;
  }
  return false;
}

std::optional<unsigned> fixedTripCount(const Loop &L, ASTContext &Ctx) {
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(L.S))
    return Range->getRangeInit() ? elementCount(Range->getRangeInit(), Ctx) : std::nullopt;
  if (const auto *For = dyn_cast<ForStmt>(L.S))
    return countedForTrips(For, Ctx);
  return std::nullopt;
}

bool IterationData::add(const ValueDecl *D, const ValueDecl *From) {
  if (!D || !Origin.try_emplace(D, From).second)
    return false;
  if (const auto *Decomp = dyn_cast<DecompositionDecl>(D))
    for (const BindingDecl *B : Decomp->bindings())
      Origin.try_emplace(B, From);
  return true;
}

IterationData::IterationData(const Loop &L, ASTContext &Ctx) {
  llvm::SmallVector<const Stmt *, 3> Region = {L.Body};
  llvm::SmallVector<const ValueDecl *, 8> Seeds;
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(L.S)) {
    Seeds.push_back(Range->getLoopVariable());
  } else if (const auto *For = dyn_cast<ForStmt>(L.S)) {
    Region.append({For->getCond(), For->getInc()});
    if (const auto *Init = dyn_cast_or_null<DeclStmt>(For->getInit()))
      for (const Decl *D : Init->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D))
          Seeds.push_back(VD);
    writtenVariables(For->getInc(), Seeds);
    conditionSeeds(For->getCond(), Seeds);
  } else if (isa<WhileStmt>(L.S) || isa<DoStmt>(L.S)) {
    const Expr *Cond = isa<WhileStmt>(L.S) ? cast<WhileStmt>(L.S)->getCond()
                                            : cast<DoStmt>(L.S)->getCond();
    Region.push_back(Cond);
    const auto *While = dyn_cast<WhileStmt>(L.S);
    if (const VarDecl *CondVar = While ? While->getConditionVariable() : nullptr;
        CondVar && CondVar->getInit() && fetchesNext(CondVar->getInit()))
      Seeds.push_back(CondVar);
    conditionSeeds(Cond, Seeds);
    // A local index or iterator the condition reads and the body moves on
    // (`while (I < N) { ...; ++I; }`).
    llvm::SmallVector<const ValueDecl *, 4> Read, Written;
    referencedVariables(Cond, Read);
    writtenVariables(L.Body, Written);
    for (const ValueDecl *D : Read)
      if (const auto *VD = dyn_cast<VarDecl>(D);
          VD && VD->isLocalVarDecl() && llvm::is_contained(Written, D))
        Seeds.push_back(D);
  } else if (const auto *Call = dyn_cast<CallExpr>(L.S)) {
    const auto *Lambda = cast<LambdaExpr>(peelWrappers(Call->getArg(Call->getNumArgs() - 1)));
    for (const ParmVarDecl *Param : Lambda->getCallOperator()->parameters())
      Seeds.push_back(Param);
  }
  for (const ValueDecl *D : Seeds)
    add(D, D);

  std::vector<Flow> Flows;
  for (const Stmt *S : Region)
    collectFlows(S, Flows);
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const Flow &F : Flows) {
      const auto *Source = llvm::find_if(F.Sources, [this](const ValueDecl *D) {
        return contains(D);
      });
      if (Source != F.Sources.end())
        for (const ValueDecl *T : F.Targets)
          Changed |= add(T, Origin.lookup(*Source));
    }
  }
}

const ValueDecl *IterationData::reachedBy(const Expr *E) const {
  const ValueDecl *Found = nullptr;
  forEachDescendant(E, [&](const Stmt *N) {
    if (const ValueDecl *D = referencedVariable(N); !Found && D && contains(D))
      Found = Origin.lookup(D);
  });
  return Found;
}

llvm::SmallVector<Loop, 2> repeatingLoops(const Stmt &S, ASTContext &Ctx) {
  // A loop over a literal list of up to this many elements is a few statements written
  // compactly, not a loop over data.
  constexpr unsigned Handful = 3;
  llvm::SmallVector<Loop, 2> Loops = enclosingLoops(S, Ctx);
  llvm::erase_if(Loops, [&](const Loop &L) {
    std::optional<unsigned> Trips = fixedTripCount(L, Ctx);
    return (Trips && *Trips <= Handful) || leavesLoopAfter(S, L, Ctx);
  });
  return Loops;
}

namespace {

// Does Branch, when taken, leave the loop at its own level (break/return/throw)?
bool leaves(const Stmt *Branch, bool BreakLeaves) {
  if (!Branch)
    return false;
  auto Leaving = [BreakLeaves](const Stmt *S) {
    if (const auto *E = dyn_cast<Expr>(S))
      S = E->IgnoreImplicit();
    return isa<ReturnStmt, CXXThrowExpr, GotoStmt>(S) || (BreakLeaves && isa<BreakStmt>(S));
  };
  if (const auto *Block = dyn_cast<CompoundStmt>(Branch))
    return llvm::any_of(Block->body(), Leaving);
  return Leaving(Branch);
}

bool leavesOnSuccess(const Stmt *S, KnownValue Success, ASTContext &Ctx, bool BreakLeaves) {
  if (!S || isa<LambdaExpr>(S))
    return false;
  if (const auto *If = dyn_cast<IfStmt>(S)) {
    std::optional<bool> Taken = evaluateCondition(If->getCond(), Success, Ctx);
    if (Taken && leaves(*Taken ? If->getThen() : If->getElse(), BreakLeaves))
      return true;
  }
  if (isLoopStmt(S) || isa<SwitchStmt>(S))
    BreakLeaves = false;
  return llvm::any_of(S->children(), [&](const Stmt *Child) {
    return leavesOnSuccess(Child, Success, Ctx, BreakLeaves);
  });
}

} // namespace

bool leavesLoopOnSuccess(const Loop &L, KnownValue Success, ASTContext &Ctx) {
  const Expr *Cond = nullptr;
  if (const auto *While = dyn_cast<WhileStmt>(L.S))
    Cond = While->getCond();
  else if (const auto *Do = dyn_cast<DoStmt>(L.S))
    Cond = Do->getCond();
  else if (const auto *For = dyn_cast<ForStmt>(L.S))
    Cond = For->getCond();
  if (std::optional<bool> Again = evaluateCondition(Cond, Success, Ctx); Again && !*Again)
    return true;
  return leavesOnSuccess(L.Body, Success, Ctx, !isa<CallExpr>(L.S));
}

bool backsOff(const Loop &L) {
  bool Sleeps = false;
  forEachDescendant(L.Body, [&](const Stmt *N) {
    const auto *Call = dyn_cast<CallExpr>(N);
    const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
    Sleeps |= FD && FD->getIdentifier() &&
              llvm::is_contained({"sleep", "usleep", "nanosleep", "sleep_for", "sleep_until",
                                  "msleep", "Sleep", "sqlite3_sleep"},
                                 FD->getName());
  });
  return Sleeps;
}

} // namespace seniorlint
