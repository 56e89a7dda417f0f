#include "MatchRegistry.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/OperatorKinds.h"
#include "llvm/ADT/SmallString.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;
using llvm::StringMap;
using llvm::TimeRecord;

namespace seniorlint {
namespace {

enum DispatchKind : unsigned { Calls, Constructions, References, KindCount };

StringRef operatorName(OverloadedOperatorKind Kind, SmallVectorImpl<char> &Buffer) {
  Buffer.clear();
  StringRef Operator = "operator", Spelling = getOperatorSpelling(Kind);
  Buffer.append(Operator.begin(), Operator.end());
  Buffer.append(Spelling.begin(), Spelling.end());
  return StringRef(Buffer.data(), Buffer.size());
}

} // namespace

StringRef dispatchName(DeclarationName Name, SmallVectorImpl<char> &Buffer) {
  switch (Name.getNameKind()) {
  case DeclarationName::Identifier:
    return Name.getAsIdentifierInfo()->getName();
  case DeclarationName::CXXOperatorName:
    return operatorName(Name.getCXXOverloadedOperator(), Buffer);
  case DeclarationName::CXXConstructorName:
    if (const CXXRecordDecl *Class = Name.getCXXNameType()->getAsCXXRecordDecl())
      if (Class->getIdentifier())
        return Class->getName();
    [[fallthrough]];
  default: {
    std::string Text = Name.getAsString();
    Buffer.assign(Text.begin(), Text.end());
    return StringRef(Buffer.data(), Buffer.size());
  }
  }
}

namespace {

// The name a call, construction or reference refers to; nullopt when it has none (a call
// through a pointer to member, a dependent callee that is not a name).
std::optional<StringRef> referredName(const Stmt &Node, SmallVectorImpl<char> &Buffer) {
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(&Node))
    return operatorName(Operator->getOperator(), Buffer); // dependent ones have no callee
  if (const auto *Call = dyn_cast<CallExpr>(&Node)) {
    if (const auto *Callee = dyn_cast_or_null<NamedDecl>(Call->getCalleeDecl()))
      return dispatchName(Callee->getDeclName(), Buffer);
    const Expr *Callee = Call->getCallee();
    if (!Callee)
      return std::nullopt;
    Callee = Callee->IgnoreParenImpCasts();
    if (const auto *Overloads = dyn_cast<OverloadExpr>(Callee))
      return dispatchName(Overloads->getName(), Buffer);
    if (const auto *Member = dyn_cast<CXXDependentScopeMemberExpr>(Callee))
      return dispatchName(Member->getMember(), Buffer);
    return std::nullopt;
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&Node)) {
    const CXXRecordDecl *Class = Construct->getConstructor()->getParent();
    return Class->getIdentifier() ? std::optional<StringRef>(Class->getName()) : std::nullopt;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(&Node))
    return dispatchName(Ref->getDecl()->getDeclName(), Buffer);
  if (const auto *Lookup = dyn_cast<UnresolvedLookupExpr>(&Node))
    return dispatchName(Lookup->getName(), Buffer);
  return std::nullopt;
}

// Hands each match of a dispatched matcher to its callback, as MatchFinder does.
class RunCallback : public internal::BoundNodesTreeBuilder::Visitor {
public:
  RunCallback(MatchRegistry::Callback *C, ASTContext &Ctx) : C(C), Ctx(Ctx) {}
  void visitMatch(const BoundNodes &Nodes) override {
    // MatchFinder runs callbacks outside the matchers, in the context's own traversal kind;
    // this one runs inside the dispatcher's spelled-in-source matcher. Parent lookups and
    // match() calls in the callback must see the AST as usual.
    TraversalKindScope AsIs(Ctx, TK_AsIs);
    C->run(MatchFinder::MatchResult(Nodes, &Ctx));
  }

private:
  MatchRegistry::Callback *C;
  ASTContext &Ctx;
};

} // namespace

// The table of one node kind; the matcher registered for that kind consults it.
class NameDispatch {
public:
  explicit NameDispatch(StringMap<TimeRecord> *Times) : Times(Times) {}

  void add(ArrayRef<StringRef> Names, const StatementMatcher &Matcher, MatchRegistry::Callback *C) {
    Entry E{traverse(TK_IgnoreUnlessSpelledInSource, Matcher), C};
    for (StringRef Name : Names) {
      size_t Colons = Name.rfind("::");
      ByName[Colons == StringRef::npos ? Name : Name.drop_front(Colons + 2)].push_back(E);
    }
  }
  void add(MatchRegistry::NameTest Test, const StatementMatcher &Matcher,
           MatchRegistry::Callback *C) {
    ByTest.push_back({std::move(Test), {traverse(TK_IgnoreUnlessSpelledInSource, Matcher), C}});
  }

  void addHook(std::function<void(const CallExpr &)> Hook) { Hooks.push_back(std::move(Hook)); }
  void addHook(std::function<void(const DeclRefExpr &)> Hook) {
    RefHooks.push_back(std::move(Hook));
  }

  // Never matches itself: it runs the registered matchers and their callbacks.
  bool matches(const Stmt &Node, internal::ASTMatchFinder *Finder) const {
    if (!Hooks.empty())
      if (const auto *Call = dyn_cast<CallExpr>(&Node))
        for (const auto &Hook : Hooks)
          Hook(*Call);
    if (!RefHooks.empty())
      if (const auto *Ref = dyn_cast<DeclRefExpr>(&Node))
        for (const auto &Hook : RefHooks)
          Hook(*Ref);
    SmallString<32> Buffer;
    std::optional<StringRef> Name = referredName(Node, Buffer);
    if (!Name)
      return false;
    auto Dyn = DynTypedNode::create(Node);
    if (auto It = ByName.find(*Name); It != ByName.end())
      for (const Entry &E : It->second)
        run(E, Dyn, Finder);
    for (const auto &[Test, E] : ByTest)
      if (Test(*Name))
        run(E, Dyn, Finder);
    return false;
  }

private:
  struct Entry {
    internal::DynTypedMatcher Matcher;
    MatchRegistry::Callback *C;
  };

  void run(const Entry &E, const DynTypedNode &Node, internal::ASTMatchFinder *Finder) const {
    std::optional<TimeRecord> Start;
    if (Times)
      Start = TimeRecord::getCurrentTime(true);
    internal::BoundNodesTreeBuilder Bound;
    if (E.Matcher.matches(Node, Finder, &Bound)) {
      RunCallback Run(E.C, Finder->getASTContext());
      Bound.visitMatches(&Run);
    }
    if (Start) {
      TimeRecord Spent = TimeRecord::getCurrentTime(false);
      Spent -= *Start;
      (*Times)[E.C->getID()] += Spent;
    }
  }

  StringMap<std::vector<Entry>> ByName;
  std::vector<std::pair<MatchRegistry::NameTest, Entry>> ByTest;
  std::vector<std::function<void(const CallExpr &)>> Hooks;
  std::vector<std::function<void(const DeclRefExpr &)>> RefHooks;
  StringMap<TimeRecord> *Times;
};

namespace {

// The dispatchers are registered with MatchFinder as matchers with a callback that never runs.
class NoCallback : public MatchFinder::MatchCallback {
public:
  void run(const MatchFinder::MatchResult &) override {}
  StringRef getID() const override { return "(name dispatch)"; }
};
NoCallback NeverCalled;

} // namespace

MatchRegistry::MatchRegistry(MatchFinder &Finder, StringMap<TimeRecord> *Profile)
    : Finder(Finder), Profile(Profile) {
  Dispatchers.resize(KindCount);
}

MatchRegistry::~MatchRegistry() = default;

NameDispatch &MatchRegistry::dispatch(unsigned Kind) {
  if (!Dispatchers[Kind]) {
    Dispatchers[Kind] = std::make_unique<NameDispatch>(Profile ? &Times : nullptr);
    // MatchFinder owns what makeMatcher returns; the table stays ours, so it gets a proxy.
    class Proxy : public internal::MatcherInterface<Stmt> {
    public:
      explicit Proxy(const NameDispatch &D) : D(D) {}
      bool matches(const Stmt &Node, internal::ASTMatchFinder *Finder,
                   internal::BoundNodesTreeBuilder *) const override {
        return D.matches(Node, Finder);
      }

    private:
      const NameDispatch &D;
    };
    internal::Matcher<Stmt> Dispatch = internal::makeMatcher(new Proxy(*Dispatchers[Kind]));
    switch (Kind) {
    case Calls:
      Finder.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource, callExpr(Dispatch)),
                        &NeverCalled);
      break;
    case Constructions:
      Finder.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource, cxxConstructExpr(Dispatch)),
                        &NeverCalled);
      break;
    default:
      Finder.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource, declRefExpr(Dispatch)),
                        &NeverCalled);
      Finder.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource, unresolvedLookupExpr(Dispatch)),
                        &NeverCalled);
    }
  }
  return *Dispatchers[Kind];
}

void MatchRegistry::onCallsTo(const NameList &Names, const StatementMatcher &Matcher,
                              Callback *C) {
  dispatch(Calls).add(Names.Names, Matcher, C);
}

void MatchRegistry::onCallsTo(NameTest Test, const StatementMatcher &Matcher, Callback *C) {
  dispatch(Calls).add(std::move(Test), Matcher, C);
}

void MatchRegistry::onConstructionsOf(const NameList &Names, const StatementMatcher &Matcher,
                                      Callback *C) {
  dispatch(Constructions).add(Names.Names, Matcher, C);
}

void MatchRegistry::onReferencesTo(const NameList &Names, const StatementMatcher &Matcher,
                                   Callback *C) {
  dispatch(References).add(Names.Names, Matcher, C);
}

void MatchRegistry::onEveryCall(std::function<void(const CallExpr &)> Hook) {
  dispatch(Calls).addHook(std::move(Hook));
}

void MatchRegistry::onEveryReference(std::function<void(const DeclRefExpr &)> Hook) {
  dispatch(References).addHook(std::move(Hook));
}

void MatchRegistry::addTimesToProfile() {
  if (!Profile)
    return;
  TimeRecord Dispatched;
  for (const auto &Entry : Times) {
    (*Profile)[Entry.getKey()] += Entry.getValue();
    Dispatched += Entry.getValue();
  }
  // MatchFinder timed the dispatchers, and with them the matchers they ran.
  if (auto It = Profile->find(NeverCalled.getID()); It != Profile->end()) {
    It->second -= Dispatched;
  }
  Times.clear();
}

} // namespace seniorlint
