#include "DataFlowFacts.h"
#include "DataFlowFunction.h"
#include "FindingSink.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Index/USRGeneration.h"
#include <map>

using namespace clang;

namespace seniorlint::dataflow {
namespace {

// The methods at the root of M's override chain (M itself when it overrides nothing): a call
// through a base class the analysis cannot see through lands there.
void overrideRoots(const CXXMethodDecl *M, llvm::SmallVectorImpl<const CXXMethodDecl *> &Roots,
                   int Depth = 0) {
  if (M->size_overridden_methods() == 0 || Depth > 16) {
    if (!llvm::is_contained(Roots, M->getCanonicalDecl()))
      Roots.push_back(M->getCanonicalDecl());
    return;
  }
  for (const CXXMethodDecl *Overridden : M->overridden_methods())
    overrideRoots(Overridden, Roots, Depth + 1);
}

class Collector {
public:
  Collector(ASTContext &Ctx, ParameterKeys &Keys, FactSource Flow)
      : SM(Ctx.getSourceManager()), Keys(Keys), Flow(Flow) {}

  void call(const CallExpr *Call) {
    if (SM.isInSystemHeader(SM.getExpansionLoc(Call->getBeginLoc())))
      return;
    unsigned Offset = 0;
    llvm::SmallVector<const FunctionDecl *, 2> Targets;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
      if (const CXXMethodDecl *M = Member->getMethodDecl())
        targetsOfMethod(*Member, *M, Targets);
    } else if (const FunctionDecl *FD = Call->getDirectCallee()) {
      Offset = isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(FD) ? 1 : 0;
      Targets.push_back(FD);
    } else if (const FunctionDecl *FD = throughPointer(Call)) {
      Targets.push_back(FD);
    }
    if (Targets.empty() || !isProject(*Targets.front()))
      return;
    const FunctionDecl &Callee = *Targets.front();
    for (unsigned I = 0; I < Callee.getNumParams() && I + Offset < Call->getNumArgs(); ++I)
      if (carriesText(Callee.getParamDecl(I)->getType()))
        argument(Targets, I, Call->getArg(I + Offset));
  }

  std::vector<CallFact> take() {
    std::vector<CallFact> Out;
    Out.reserve(Facts.size());
    for (auto &[Key, Fact] : Facts)
      Out.push_back(std::move(Fact));
    return Out;
  }

private:
  bool isProject(const FunctionDecl &FD) const {
    SourceLocation Loc = FD.getLocation();
    return Loc.isValid() && !FD.getBuiltinID() && !SM.isInSystemHeader(SM.getExpansionLoc(Loc));
  }

  // A virtual call lands on the override of the object's class when that class is known,
  // otherwise on the roots of the override chain, which every override also answers to.
  void targetsOfMethod(const CXXMemberCallExpr &Call, const CXXMethodDecl &M,
                       llvm::SmallVectorImpl<const FunctionDecl *> &Targets) {
    const auto *Callee = dyn_cast<MemberExpr>(Call.getCallee()->IgnoreParens());
    if (!M.isVirtual() || (Callee && Callee->hasQualifier())) {
      Targets.push_back(&M);
      return;
    }
    if (const CXXRecordDecl *Class = dynamicClass(Call.getImplicitObjectArgument()))
      if (const CXXMethodDecl *Override = M.getCorrespondingMethodInClass(Class)) {
        Targets.push_back(Override);
        return;
      }
    llvm::SmallVector<const CXXMethodDecl *, 2> Roots;
    overrideRoots(&M, Roots);
    Targets.append(Roots.begin(), Roots.end());
  }

  // The class of the object a call is made on, when the function shows it: a temporary, a
  // `new`, a local object, or a local pointer or reference given one of those once.
  const CXXRecordDecl *dynamicClass(const Expr *Object, int Depth = 0) {
    const Expr *E = strip(Object);
    if (const auto *New = dyn_cast<CXXNewExpr>(E))
      return New->getAllocatedType()->getAsCXXRecordDecl();
    if (isa<CXXConstructExpr>(E))
      return E->getType()->getAsCXXRecordDecl();
    if (const auto *Unary = dyn_cast<UnaryOperator>(E);
        Unary && (Unary->getOpcode() == UO_Deref || Unary->getOpcode() == UO_AddrOf))
      return dynamicClass(Unary->getSubExpr(), Depth);
    const auto *Ref = dyn_cast<DeclRefExpr>(E);
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!Var || !Var->isLocalVarDecl())
      return nullptr;
    QualType T = Var->getType();
    if (T->isRecordType())
      return T->getAsCXXRecordDecl();
    if (Depth > 2 || !(T->isReferenceType() || T->isPointerType()))
      return nullptr;
    auto Values = Flow.AssignedValues(Var);
    return Values && Values->size() == 1 ? dynamicClass(Values->front(), Depth + 1) : nullptr;
  }

  // `void (*Run)(char *) = goodSink; Run(Data);`: a local function pointer that is only
  // ever given one function is a call to it.
  const FunctionDecl *throughPointer(const CallExpr *Call) {
    const Expr *Callee = strip(Call->getCallee());
    if (const auto *Deref = dyn_cast<UnaryOperator>(Callee); Deref && Deref->getOpcode() == UO_Deref)
      Callee = strip(Deref->getSubExpr());
    const auto *Ref = dyn_cast<DeclRefExpr>(Callee);
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!Var || !Var->isLocalVarDecl())
      return nullptr;
    auto Values = Flow.AssignedValues(Var);
    if (!Values || Values->empty())
      return nullptr;
    const FunctionDecl *Only = nullptr;
    for (const Expr *Value : *Values) {
      const Expr *E = strip(Value);
      if (const auto *AddrOf = dyn_cast<UnaryOperator>(E); AddrOf && AddrOf->getOpcode() == UO_AddrOf)
        E = strip(AddrOf->getSubExpr());
      const auto *Named = dyn_cast<DeclRefExpr>(E);
      const auto *FD = Named ? dyn_cast<FunctionDecl>(Named->getDecl()) : nullptr;
      if (!FD || (Only && Only->getCanonicalDecl() != FD->getCanonicalDecl()))
        return nullptr;
      Only = FD;
    }
    return Only;
  }

  void argument(llvm::ArrayRef<const FunctionDecl *> Targets, unsigned I, const Expr *Arg) {
    Value V = Flow.ValueOf(Arg);
    Origin Kind = V.Kind;
    llvm::SmallVector<ParameterRef, 1> Via;
    for (const auto &[D, Loc] : V.Inputs) {
      const auto *P = dyn_cast<ParmVarDecl>(D);
      ParameterRef Ref = P ? Keys.ref(*P) : ParameterRef();
      if (Ref.Keys.empty())
        Kind = std::max(Kind, Origin::Unknown); // a data member, *this: unknown
      else
        Via.push_back(std::move(Ref));
    }
    std::optional<SourcePosition> Where;
    auto Position = [&]() -> const SourcePosition & {
      if (!Where)
        Where = FindingSink::position(SM, Arg->getBeginLoc()).value_or(SourcePosition());
      return *Where;
    };
    for (const FunctionDecl *Target : Targets) {
      std::string Key = Keys.key(*Target, I);
      if (Key.empty())
        continue;
      CallFact &Fact = Facts[Key];
      if (Fact.Key.empty())
        Fact.Key = Key;
      if (Kind > Fact.Kind) {
        Fact.Kind = Kind;
        Fact.Where = Position();
      }
      for (ParameterRef &Ref : Via)
        if (llvm::none_of(Fact.Via, [&](const auto &Known) { return Known.first == Ref; }))
          Fact.Via.emplace_back(Ref, Position());
    }
  }

  const SourceManager &SM;
  ParameterKeys &Keys;
  FactSource Flow;
  std::map<std::string, CallFact> Facts; // sorted: the same unit gives the same facts
};

} // namespace

const std::string &ParameterKeys::usr(const FunctionDecl &F) {
  const FunctionDecl *Named = &F;
  if (const FunctionDecl *Pattern = F.getTemplateInstantiationPattern())
    Named = Pattern;
  Named = Named->getCanonicalDecl();
  auto [It, Inserted] = Usrs.try_emplace(Named);
  if (Inserted) {
    llvm::SmallString<128> Buffer;
    if (!index::generateUSRForDecl(Named, Buffer))
      It->second = Buffer.str().str();
  }
  return It->second;
}

std::string ParameterKeys::key(const FunctionDecl &F, unsigned I) {
  const std::string &Usr = usr(F);
  return Usr.empty() ? std::string() : Usr + "#" + std::to_string(I);
}

ParameterRef ParameterKeys::ref(const ParmVarDecl &P) {
  ParameterRef Ref;
  const auto *F = dyn_cast<FunctionDecl>(P.getDeclContext());
  if (!F)
    return Ref;
  unsigned I = P.getFunctionScopeIndex();
  std::string Own = key(*F, I);
  if (Own.empty())
    return Ref;
  Ref.Keys.push_back(std::move(Own));
  Ref.Visible = F->isExternallyVisible();
  if (const auto *M = dyn_cast<CXXMethodDecl>(F); M && M->isVirtual()) {
    llvm::SmallVector<const CXXMethodDecl *, 2> Roots;
    overrideRoots(M, Roots);
    for (const CXXMethodDecl *Root : Roots)
      if (std::string RootKey = key(*Root, I); !RootKey.empty() && RootKey != Ref.Keys.front())
        Ref.Keys.push_back(std::move(RootKey));
  }
  return Ref;
}

std::vector<CallFact> collectCallFacts(ASTContext &Ctx, ParameterKeys &Keys, FactSource Flow,
                                       llvm::ArrayRef<const CallExpr *> Calls) {
  Collector C(Ctx, Keys, Flow);
  for (const CallExpr *Call : Calls)
    C.call(Call);
  return C.take();
}

} // namespace seniorlint::dataflow
