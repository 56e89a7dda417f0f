#include "DataFlow.h"
#include "ConstantString.h"
#include "DataFlowFacts.h"
#include "DataFlowFunction.h"
#include "DataFlowLibrary.h"
#include "DataFlowValue.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace seniorlint {

using dataflow::FunctionIndex;
using dataflow::strip;
using dataflow::Value;
using dataflow::Write;

class DataFlow::Impl {
public:
  Impl(ASTContext &Ctx, const DataFlowSpec &Spec, DataFlowOptions Options)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Spec(Spec), Options(Options) {}

  FlowResult origin(const Expr *E) {
    Depth = 0;
    return resolve(eval(E));
  }

  std::vector<CallFact> callFacts(llvm::ArrayRef<const CallExpr *> Calls) {
    CollectingFacts = true; // after every rule's sinks: see fileGlobal()
    auto ValueOf = [this](const Expr *E) {
      Depth = 0;
      return eval(E);
    };
    auto Assigned = [this](const VarDecl *VD) { return assignedValues(VD); };
    return dataflow::collectCallFacts(Ctx, Keys, {ValueOf, Assigned}, Calls);
  }

private:
  // Recursion through definitions, helpers and pieces is bounded; past it, say so.
  static constexpr int MaxDepth = 48;

  Value eval(const Expr *E) {
    if (!E)
      return {};
    if (Depth >= MaxDepth)
      return Value::unknown(E->getBeginLoc(), "value too deeply derived to follow");
    ++Depth;
    Value V = evalStripped(strip(E));
    --Depth;
    return V;
  }

  Value evalStripped(const Expr *E) {
    if (!dataflow::carriesText(E->getType()) ||
        isa<StringLiteral, PredefinedExpr, CharacterLiteral, CXXNullPtrLiteralExpr, GNUNullExpr,
            LambdaExpr>(E))
      return {};
    if (const auto *Literal = dyn_cast<UserDefinedLiteral>(E))
      if (Literal->getLiteralOperatorKind() == UserDefinedLiteral::LOK_String)
        return {};
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return declRef(Ref, Ref->getDecl(), Ref->getLocation());
    if (const auto *Member = dyn_cast<MemberExpr>(E))
      return member(Member);
    if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E))
      return eval(Subscript->getBase()); // an element shares its array's origin
    if (const auto *Unary = dyn_cast<UnaryOperator>(E))
      return eval(Unary->getSubExpr());
    if (const auto *Binary = dyn_cast<BinaryOperator>(E)) {
      if (Binary->isCommaOp() || Binary->isAssignmentOp())
        return eval(Binary->getRHS());
      Value V = eval(Binary->getLHS());
      V.join(eval(Binary->getRHS()));
      return V;
    }
    if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
      bool Taken;
      const Expr *Test = Cond->getCond();
      if (!Test->isValueDependent() && Test->EvaluateAsBooleanCondition(Taken, Ctx))
        return eval(Taken ? Cond->getTrueExpr() : Cond->getFalseExpr());
      Value V = eval(Cond->getTrueExpr());
      V.join(eval(Cond->getFalseExpr()));
      return V;
    }
    if (const auto *Call = dyn_cast<CallExpr>(E))
      return call(Call);
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
      return construct(Construct);
    if (const auto *List = dyn_cast<InitListExpr>(E))
      return joinAll(List->inits());
    if (const auto *StdList = dyn_cast<CXXStdInitializerListExpr>(E))
      return eval(StdList->getSubExpr());
    if (const auto *Unresolved = dyn_cast<CXXUnresolvedConstructExpr>(E))
      return joinAll(llvm::ArrayRef(Unresolved->arg_begin(), Unresolved->arg_end()));
    if (const auto *Parens = dyn_cast<ParenListExpr>(E)) {
      Value V;
      for (unsigned I = 0; I < Parens->getNumExprs(); ++I)
        V.join(eval(Parens->getExpr(I)));
      return V;
    }
    if (const auto *Dependent = dyn_cast<CXXDependentScopeMemberExpr>(E))
      return Dependent->isImplicitAccess() ? thisValue(E) : eval(Dependent->getBase());
    if (isa<CXXThisExpr>(E))
      return thisValue(E);
    return Value::unknown(E->getBeginLoc(), "value the data-flow analysis does not follow");
  }

  template <typename Range> Value joinAll(const Range &Exprs) {
    Value V;
    for (const Expr *E : Exprs)
      V.join(eval(E));
    return V;
  }

  Value thisValue(const Expr *E) {
    const CXXRecordDecl *Class = E->getType()->getPointeeCXXRecordDecl();
    return Class ? Value::input(Class, E->getBeginLoc())
                 : Value::unknown(E->getBeginLoc(), "value of '*this'");
  }

  Value declRef(const Expr *E, const ValueDecl *D, SourceLocation Loc) {
    const auto *VD = dyn_cast<VarDecl>(D);
    if (const auto *Binding = dyn_cast<BindingDecl>(D)) // auto [Name, Id] = Row;
      return Binding->getBinding() ? eval(Binding->getBinding())
                                   : Value::unknown(Loc, "value of '" + D->getNameAsString() + "'");
    if (!VD)
      return isa<FunctionDecl, EnumConstantDecl, NonTypeTemplateParmDecl>(D)
                 ? Value()
                 : Value::unknown(Loc, "value of '" + D->getNameAsString() + "'");
    if (dataflow::isConsoleInput(*VD))
      return Value::external(SourceKind::Console, Loc,
                             "untrusted data from 'std::" + VD->getName().str() + "' enters here");
    if (isa<ParmVarDecl>(VD) || VD->isLocalVarDecl())
      return variable(VD, nullptr, Loc);
    if (isConstantString(E, Ctx))
      return {};
    // A constant defined from something else: `const std::string kHome = getenv("HOME");`
    if (VD->getType().isConstQualified() || VD->isConstexpr())
      if (const Expr *Init = VD->getAnyInitializer())
        return eval(Init);
    if (!VD->isExternallyVisible() && VD->hasGlobalStorage() && !VD->isStaticLocal() &&
        VD->getType()->isPointerType())
      return fileGlobal(VD, Loc);
    return Value::unknown(Loc, "value of global '" + VD->getNameAsString() +
                                   "', which code elsewhere may change");
  }

  // A pointer global only this file can see (`static char *gCommand;`): its initialiser and
  // every value the file assigns to it. Only when those are all its uses besides plain reads:
  // an address taken, an increment or a reference bound to it make it unknown.
  Value fileGlobal(const VarDecl *VD, SourceLocation Loc) {
    if (auto It = Globals.find(VD); It != Globals.end())
      return It->second;
    Value Untraced = Value::unknown(Loc, "value of global '" + VD->getNameAsString() +
                                             "', which the file changes in ways not followed");
    // Finding the assignments walks the project's declarations: worth it for a sink, not for
    // every call argument the call facts look at (googletest passes many such globals).
    if (CollectingFacts)
      return Untraced;
    Globals[VD] = Untraced; // while the assignments are evaluated: a cycle is not followed
    using namespace ast_matchers;
    TraversalKindScope AsIs(Ctx, TK_AsIs); // a callback may run inside spelled-in-source
    auto Ref = declRefExpr(to(varDecl(equalsNode(VD))));
    auto Assign = binaryOperator(hasOperatorName("="), hasLHS(ignoringParens(Ref)));
    auto Read = implicitCastExpr(hasCastKind(CK_LValueToRValue), has(ignoringParens(Ref)));
    Value V = VD->getInit() ? eval(VD->getInit()) : Value();
    // One walk of the project's declarations (the traversal scope), once per global: every
    // reference, and the reads and assignments among them.
    size_t Refs = 0, Accounted = 0;
    for (const BoundNodes &N :
         match(stmt(anyOf(Read.bind("read"), Assign.bind("set"), Ref.bind("ref"))), Ctx)) {
      if (N.getNodeAs<DeclRefExpr>("ref"))
        ++Refs;
      else
        ++Accounted;
      if (const auto *Set = N.getNodeAs<BinaryOperator>("set"))
        V.join(eval(Set->getRHS()));
    }
    if (Refs != Accounted)
      V = Untraced;
    Globals[VD] = V;
    return V;
  }

  Value member(const MemberExpr *Member) {
    const ValueDecl *D = Member->getMemberDecl();
    if (!isa<FieldDecl>(D))
      return declRef(Member, D, Member->getMemberLoc()); // a static data member
    const auto *Field = cast<FieldDecl>(D);
    const Expr *Base = strip(Member->getBase());
    if (isa<CXXThisExpr>(Base))
      return Value::input(Field, Member->getMemberLoc());
    // A union's members share one storage: reading one sees what was written to another.
    const FieldDecl *Own = Field->getParent()->isUnion() ? nullptr : Field;
    if (auto [Var, Outer] = dataflow::storageOf(Base); Var && isa<DeclRefExpr>(Base))
      return variable(Var, Own, Member->getMemberLoc());
    if (auto [Var, Outer] = dataflow::storageOf(Base); Var && (Outer || !Own))
      return variable(Var, Outer, Member->getMemberLoc()); // `S.Addr.Host`: as S.Addr
    return eval(Base); // a field of a value shares its origin
  }

  const FunctionIndex *indexFor(const VarDecl *VD) {
    const DeclContext *DC =
        isa<ParmVarDecl>(VD) ? VD->getDeclContext() : VD->getParentFunctionOrMethod();
    const auto *F = dyn_cast_or_null<FunctionDecl>(DC);
    if (!F || !F->doesThisDeclarationHaveABody())
      return nullptr;
    return index(*F);
  }

  const FunctionIndex *index(const FunctionDecl &F) {
    auto &Slot = Indexes[&F];
    if (!Slot)
      Slot = std::make_unique<FunctionIndex>(
          F, Ctx, [this](const FunctionDecl &FD) { return sourcesOf(FD); });
    return Slot.get();
  }

  // Every value a local is given, when it is only ever given whole values.
  std::optional<llvm::SmallVector<const Expr *, 2>> assignedValues(const VarDecl *VD) {
    const FunctionIndex *Index = VD->isLocalVarDecl() ? indexFor(VD) : nullptr;
    if (!Index)
      return std::nullopt;
    const VarDecl *Group = Index->group(VD);
    if (Index->members(Group).size() > 1)
      return std::nullopt; // shares storage with another name
    llvm::SmallVector<const Expr *, 2> Values;
    for (const Write &W : Index->writes(Group)) {
      if (!W.Whole || W.Call || W.Fixed || W.Field || W.How)
        return std::nullopt;
      Values.push_back(W.Whole);
    }
    return Values;
  }

  // The catalogue entries naming FD, found once per declaration.
  llvm::ArrayRef<const FlowSource *> sourcesOf(const FunctionDecl &FD) {
    auto [It, Inserted] = SourcesByFunction.try_emplace(FD.getCanonicalDecl());
    if (Inserted)
      for (const FlowSource &S : Spec.Sources)
        if (functionNameMatches(FD, S.Function))
          It->second.push_back(&S);
    return It->second;
  }

  // The text a local or parameter may hold when the program reads it at Use.
  Value variable(const VarDecl *VD, const FieldDecl *Field, SourceLocation Use) {
    const FunctionIndex *Index = indexFor(VD);
    if (!Index)
      return isa<ParmVarDecl>(VD) ? Value::input(VD, VD->getLocation())
                                  : Value::unknown(Use, "value of '" + VD->getNameAsString() + "'");
    const VarDecl *Group = Index->group(VD);
    auto Key = std::make_tuple(Group, Field, Use.getRawEncoding());
    if (auto It = Memo.find(Key); It != Memo.end())
      return It->second;
    if (!Active.insert(Group).second)
      return {}; // `Sql = Sql + X`: the other pieces decide
    Value V;
    llvm::ArrayRef<const VarDecl *> Members = Index->members(Group);
    for (const VarDecl *M : Members.empty() ? llvm::ArrayRef(VD) : Members) {
      if (dataflow::isFileInput(M->getType()))
        V.join(Value::external(SourceKind::File, M->getLocation(),
                               "untrusted data from the file read through '" +
                                   M->getNameAsString() + "' enters here"));
      if (const auto *P = dyn_cast<ParmVarDecl>(M))
        V.join(parameter(P));
    }
    for (const Write &W : Index->writes(Group))
      if ((!Field || !W.Field || W.Field == Field) && Index->reaches(W, Use))
        V.join(written(W, Field));
    Active.erase(Group);
    Memo[Key] = V;
    return V;
  }

  Value parameter(const ParmVarDecl *P) {
    const auto *F = dyn_cast<FunctionDecl>(P->getDeclContext());
    if (F && F->isMain() && P->getFunctionScopeIndex() >= 1)
      return P->getFunctionScopeIndex() == 1
                 ? Value::external(SourceKind::CommandLine, P->getLocation(),
                                   "untrusted data from the command line ('" +
                                       P->getNameAsString() + "') enters here")
                 : Value::external(SourceKind::Environment, P->getLocation(),
                                   "untrusted data from the environment ('" +
                                       P->getNameAsString() + "') enters here");
    return Value::input(P, P->getLocation());
  }

  Value written(const Write &W, const FieldDecl *Field) {
    if (W.Fixed)
      return *W.Fixed;
    if (W.OutOf)
      return instantiate(outSummary(*W.OutOf, W.OutParam), W.By, *W.OutOf, nullptr);
    Value V;
    if (W.Whole) {
      const Expr *Whole = W.Whole;
      // `Request R = {"GET", Path};` read as R.Method: only that field's initialiser.
      if (const auto *List = dyn_cast<InitListExpr>(strip(Whole)); List && Field && !W.Field &&
                                                                 List->getType()->isRecordType())
        Whole = Field->getFieldIndex() < List->getNumInits() ? List->getInit(Field->getFieldIndex())
                                                             : nullptr;
      V = eval(Whole);
    }
    if (W.Call)
      for (unsigned I = W.First; I <= W.Last && I < W.Call->getNumArgs(); ++I)
        V.join(eval(W.Call->getArg(I)));
    return V.builtAt(W.Loc, W.How);
  }

  const FlowSource *returnSource(const FunctionDecl &FD) {
    for (const FlowSource *S : sourcesOf(FD))
      if (S->Argument == FlowSource::Return)
        return S;
    return nullptr;
  }

  Value call(const CallExpr *Call) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD)
      return indirectCall(Call);
    const Expr *Object = nullptr;
    llvm::ArrayRef<const Expr *> Args(Call->getArgs(), Call->getNumArgs());
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      Object = Member->getImplicitObjectArgument();
    else if (isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(FD) && !Args.empty()) {
      Object = Args.front();
      Args = Args.drop_front();
    }
    if (const FlowSource *S = returnSource(*FD))
      return S->Kind == SourceKind::Sanitizer
                 ? Value()
                 : Value::external(S->Kind, Call->getBeginLoc(),
                                   "untrusted data from '" + FD->getNameAsString() +
                                       "' enters here");
    if (dataflow::isPassThrough(*FD))
      return Args.empty() ? Value() : eval(Args.front());
    if (dataflow::isLibrary(*FD, SM))
      return libraryCall(Call, *FD, Object, Args);
    const FunctionDecl *Def = FD->getDefinition();
    if (Def && Def->doesThisDeclarationHaveABody())
      return instantiate(summary(*Def), Call, *Def, Object);
    Value V = Value::unknown(Call->getBeginLoc(), "return value of '" + FD->getNameAsString() +
                                                      "', whose body is not in this file");
    if (Object) // a getter of an object carries the object's origin: Request.header("X")
      V.join(eval(Object));
    return V;
  }

  Value indirectCall(const CallExpr *Call) {
    const Expr *Callee = strip(Call->getCallee());
    Value V = Value::unknown(Call->getBeginLoc(), "return value of a call the analysis cannot "
                                                  "resolve");
    // In a template pattern: `Req.exportCommand()` depends on Req.
    if (const auto *Dependent = dyn_cast<CXXDependentScopeMemberExpr>(Callee))
      V.join(Dependent->isImplicitAccess() ? thisValue(Callee) : eval(Dependent->getBase()));
    else if (const auto *Unresolved = dyn_cast<UnresolvedMemberExpr>(Callee);
             Unresolved && !Unresolved->isImplicitAccess())
      V.join(eval(Unresolved->getBase()));
    return V;
  }

  Value libraryCall(const CallExpr *Call, const FunctionDecl &FD, const Expr *Object,
                    llvm::ArrayRef<const Expr *> Args) {
    Value V = Object ? eval(Object) : Value();
    const char *How = nullptr;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
      switch (Op->getOperator()) {
      case OO_Plus:
        How = dataflow::Concatenated;
        break;
      case OO_PlusEqual:
        How = dataflow::Appended;
        break;
      case OO_LessLess:
        How = dataflow::Streamed;
        break;
      case OO_GreaterGreater: // the value of `In >> X` is the stream
        return Object ? V : eval(Args.front());
      default:
        break;
      }
    } else if (dataflow::isFormatting(FD)) {
      How = dataflow::Formatted;
    } else if (const auto *M = dyn_cast<CXXMethodDecl>(&FD);
               M && dataflow::methodEffect(*M) == dataflow::Effect::Append) {
      How = dataflow::Appended;
    } else if (const dataflow::BufferWrite *B = dataflow::bufferWrite(FD)) {
      // strcpy and friends return their target, which now holds the copy.
      return B->Target < Args.size() ? eval(Args[B->Target]) : Value();
    } else if (!Object && Args.empty()) {
      return Value::unknown(Call->getBeginLoc(),
                            "return value of '" + FD.getNameAsString() + "'");
    }
    // Otherwise the result derives from the object and the arguments: strdup, substr, c_str.
    for (const Expr *Arg : Args) {
      Value Piece = eval(Arg);
      V.join(Piece.builtAt(Call->getExprLoc(), How));
    }
    return V;
  }

  Value construct(const CXXConstructExpr *Construct) {
    if (dataflow::isFileInput(Construct->getType()))
      return Value::external(SourceKind::File, Construct->getBeginLoc(),
                             "untrusted data from the file opened here");
    // A string from pieces, a copy, a stream over a string, a struct from its fields.
    return joinAll(llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs()));
  }

  // The origin of a helper's return value in terms of its own parameters and members:
  // computed once per function, then instantiated at every call.
  Value summary(const FunctionDecl &Def) {
    if (auto It = Summaries.find(&Def); It != Summaries.end())
      return It->second;
    if (!InProgress.insert(&Def).second)
      return {}; // recursion: the other returns decide
    Value V;
    for (const ReturnStmt *Return : index(Def)->returns())
      V.join(eval(Return->getRetValue()));
    InProgress.erase(&Def);
    Summaries[&Def] = V;
    return V;
  }

  // What a function leaves in the storage its parameter I points to or refers to, when it
  // returns: its writes to it, in terms of the caller's argument (`strcat(Data, Env)` gives
  // the argument's old text and Env). Computed once per function and parameter.
  Value outSummary(const FunctionDecl &Def, unsigned I) {
    auto Key = std::make_pair(&Def, I);
    if (auto It = OutSummaries.find(Key); It != OutSummaries.end())
      return It->second;
    OutSummaries[Key] = Value::unknown(Def.getLocation(), "'" + Def.getNameAsString() +
                                                              "' writes it recursively");
    const ParmVarDecl *P = Def.getParamDecl(I);
    Value V = variable(P, nullptr, Def.getBody()->getEndLoc());
    OutSummaries[Key] = V;
    return V;
  }

  Value instantiate(const Value &Summary, const CallExpr *Call, const FunctionDecl &Def,
                    const Expr *Object) {
    Value V = Summary;
    V.Inputs.clear();
    unsigned Offset = isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Def) ? 1 : 0;
    for (const auto &[D, Loc] : Summary.Inputs) {
      Value In;
      if (const auto *P = dyn_cast<ParmVarDecl>(D); P && P->getDeclContext() == &Def) {
        unsigned I = P->getFunctionScopeIndex() + Offset;
        In = I < Call->getNumArgs() ? eval(Call->getArg(I)) : eval(P->getDefaultArg());
      } else if (const auto *Field = dyn_cast<FieldDecl>(D); Field && Object) {
        In = fieldOf(Object, Field);
      } else if (isa<CXXRecordDecl>(D) && Object) {
        In = eval(Object);
      } else {
        In = Value::input(D, Loc);
      }
      V.join(In);
    }
    return V;
  }

  Value fieldOf(const Expr *Object, const FieldDecl *Field) {
    const Expr *Base = strip(Object);
    if (isa<CXXThisExpr>(Base))
      return Value::input(Field, Base->getBeginLoc());
    if (auto [Var, Outer] = dataflow::storageOf(Base); Var && isa<DeclRefExpr>(Base))
      return variable(Var, Field, Base->getBeginLoc());
    return eval(Base);
  }

  // At the sink: a parameter is outside data when other files can call the function. That
  // verdict is pending: the driver keeps it only if a caller in the run passes outside data,
  // or none is seen.
  FlowResult resolve(const Value &V) {
    Value All = V;
    All.Inputs.clear();
    Value Parameters; // those whose callers decide, with the run's call sites
    std::vector<ParameterRef> Pending;
    auto AddPending = [&](const Value &Outside, ParameterRef Ref) {
      Parameters.join(Outside);
      if (llvm::find(Pending, Ref) == Pending.end())
        Pending.push_back(std::move(Ref));
    };
    for (const auto &[D, Loc] : V.Inputs) {
      if (const auto *P = dyn_cast<ParmVarDecl>(D)) {
        const auto *F = dyn_cast<FunctionDecl>(P->getDeclContext());
        std::string Name = "'" + P->getNameAsString() + "'";
        std::string Function = F ? " of '" + F->getNameAsString() + "'" : "";
        bool Visible = F && F->isExternallyVisible();
        if (Options.ParametersAreExternal && Visible) {
          Value Outside = Value::external(SourceKind::External, Loc,
                                          "untrusted data may enter here: parameter " + Name +
                                              Function +
                                              ", a function code in other files can call");
          ParameterRef Ref = Keys.ref(*P);
          if (Ref.Keys.empty())
            All.join(Outside); // no name other units could give it facts under
          else
            AddPending(Outside, std::move(Ref));
        } else if (ParameterRef Ref = Keys.ref(*P);
                   Options.ParametersAreExternal && F && F->isReferenced() &&
                   !Ref.Keys.empty()) {
          // A function only this file can call, and does (or takes the address of): its
          // callers decide, and the finding stands only if one of them passes outside data
          // (driver/CrossUnit.h). One nobody refers to stays unknown, as before.
          AddPending(Value::external(SourceKind::External, Loc,
                                     "untrusted data may enter here: parameter " + Name +
                                         Function + ", from its callers in this file"),
                     std::move(Ref));
        } else
          All.join(Value::unknown(Loc, "value of parameter " + Name + Function +
                                           (Visible ? ", which its callers decide"
                                                    : " (its callers are not analysed)")));
      } else if (const auto *Field = dyn_cast<FieldDecl>(D)) {
        All.join(Value::unknown(Loc, "value of data member '" + Field->getNameAsString() + "'"));
      } else {
        All.join(Value::unknown(Loc, "value of '*this'"));
      }
    }
    FlowResult R;
    if (All.Kind != Origin::External)
      R.Pending = std::move(Pending); // the rest alone is not outside data
    All.join(Parameters);
    R.Kind = All.Kind;
    R.Source = All.Source;
    if (All.Kind != Origin::Constant)
      R.Built = All.Built;
    return R;
  }

  ASTContext &Ctx;
  const SourceManager &SM;
  const DataFlowSpec &Spec;
  const DataFlowOptions Options;
  dataflow::ParameterKeys Keys;
  int Depth = 0;
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionIndex>> Indexes;
  // Vectors keep their elements in place when the map grows: lookups hand out ArrayRefs.
  llvm::DenseMap<const FunctionDecl *, std::vector<const FlowSource *>> SourcesByFunction;
  llvm::DenseMap<const FunctionDecl *, Value> Summaries;
  llvm::DenseSet<const FunctionDecl *> InProgress;
  std::map<std::tuple<const VarDecl *, const FieldDecl *, unsigned>, Value> Memo;
  llvm::DenseMap<const VarDecl *, Value> Globals;
  std::map<std::pair<const FunctionDecl *, unsigned>, Value> OutSummaries;
  bool CollectingFacts = false;
  llvm::DenseSet<const VarDecl *> Active;
};

DataFlow::DataFlow(ASTContext &Ctx, const DataFlowSpec &Spec, DataFlowOptions Options)
    : P(std::make_unique<Impl>(Ctx, Spec, Options)) {}

DataFlow::~DataFlow() = default;

FlowResult DataFlow::origin(const Expr *E) { return P->origin(E); }

std::vector<CallFact> DataFlow::callFacts(llvm::ArrayRef<const CallExpr *> Calls) {
  return P->callFacts(Calls);
}

} // namespace seniorlint
