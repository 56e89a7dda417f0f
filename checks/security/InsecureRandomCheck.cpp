#include "InsecureRandomCheck.h"
#include "CheckRegistry.h"
#include "KnownArguments.h"
#include "LibraryCalls.h"
#include "NameMatchers.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

// How far a value is followed: into a local and on through its uses, out of a function
// through its callers. Enough for `int R = rand(); Token += kAlphabet[R % 62];` and for a
// `randomString()` helper whose result becomes a token.
constexpr int MaxHops = 3;

bool isWeakEngineType(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  return Spec && Spec->isInStdNamespace() && Spec->getIdentifier() &&
         llvm::is_contained({"mersenne_twister_engine", "linear_congruential_engine",
                             "subtract_with_carry_engine", "discard_block_engine",
                             "independent_bits_engine", "shuffle_order_engine"},
                            Spec->getName());
}

AST_MATCHER(Expr, isWeakEngine) { return isWeakEngineType(Node.getType()); }

AST_MATCHER_P(FunctionDecl, isSameFunction, const FunctionDecl *, Other) {
  return Node.getCanonicalDecl() == Other->getCanonicalDecl();
}

// One parent, or none: several parents (a template instantiation sharing nodes) end the walk.
DynTypedNode parentOf(const DynTypedNode &Node, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(Node);
  return Parents.size() == 1 ? Parents[0] : DynTypedNode();
}

// Does Parent compute its value from Child, so that a random Child makes it random?
// Arithmetic, casts, taking the address (`RAND_seed(&Seed, ...)`) and picking a character
// from a table by a random index do; comparisons (`rand() % 100 < Rate`: sampling) and
// conditions do not.
bool carriesValue(const Expr *Parent, const Expr *Child) {
  if (isa<CastExpr, ParenExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr, ExprWithCleanups>(
          Parent))
    return true;
  if (const auto *Op = dyn_cast<UnaryOperator>(Parent))
    return llvm::is_contained({UO_Minus, UO_Plus, UO_Not, UO_AddrOf}, Op->getOpcode());
  if (const auto *Op = dyn_cast<BinaryOperator>(Parent))
    return Op->isAdditiveOp() || Op->isMultiplicativeOp() || Op->isShiftOp() || Op->isBitwiseOp();
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(Parent))
    return Cond->getCond() != Child;
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(Parent))
    return Subscript->getIdx() == Child && Subscript->getType()->isAnyCharacterType();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Parent))
    return (Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2 && Op->getArg(1) == Child &&
            isStdString(Op->getArg(0)->getType())) ||
           (Op->getOperator() == OO_Plus && isStdString(Op->getType()));
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Parent))
    return isStdString(Construct->getType());
  if (const auto *Call = dyn_cast<CallExpr>(Parent)) {
    const FunctionDecl *Fn = Call->getDirectCallee();
    return Fn && Fn->isInStdNamespace() && Fn->getIdentifier() &&
           llvm::is_contained({"to_string", "to_wstring"}, Fn->getName());
  }
  return false;
}

// OpenSSL arguments that must be unpredictable: cipher keys and IVs, MAC keys, seeds.
std::optional<std::string> cryptoArgument(const FunctionDecl &Fn, unsigned Index) {
  StringRef Name = Fn.getName();
  auto Is = [&](std::initializer_list<StringRef> Names) { return llvm::is_contained(Names, Name); };
  if (Is({"EVP_EncryptInit_ex", "EVP_DecryptInit_ex", "EVP_CipherInit_ex"}) &&
      (Index == 3 || Index == 4))
    return std::string(Index == 3 ? "the key" : "the IV") + " of '" + Name.str() + "'";
  if (Is({"EVP_EncryptInit", "EVP_DecryptInit", "EVP_CipherInit", "EVP_EncryptInit_ex2",
          "EVP_DecryptInit_ex2", "EVP_CipherInit_ex2"}) &&
      (Index == 2 || Index == 3))
    return std::string(Index == 2 ? "the key" : "the IV") + " of '" + Name.str() + "'";
  if ((Is({"AES_set_encrypt_key", "AES_set_decrypt_key", "RAND_seed", "RAND_add"}) && Index == 0) ||
      (Name == "HMAC" && Index == 1))
    return "the key material of '" + Name.str() + "'";
  return std::nullopt;
}

unsigned argumentIndex(const CallExpr &Call, const Expr *Arg) {
  for (unsigned I = 0; I < Call.getNumArgs(); ++I)
    if (Call.getArg(I) == Arg)
      return I;
  return Call.getNumArgs();
}

// The variable, field or parameter an assignment writes: `Token`, `Token[I]`, `*Out`,
// `Session.Token`, `Token.push_back(...)`'s object. Qualifier is the class of a member
// (`Session` in `S.Id`): a session's id is a session id.
const NamedDecl *writtenDecl(const Expr *Target, std::string &Qualifier) {
  for (;;) {
    Target = Target->IgnoreParenImpCasts();
    if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(Target))
      Target = Subscript->getBase();
    else if (const auto *Op = dyn_cast<UnaryOperator>(Target);
             Op && (Op->getOpcode() == UO_Deref || Op->getOpcode() == UO_AddrOf))
      Target = Op->getSubExpr();
    else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Target);
             Op && Op->getOperator() == OO_Subscript)
      Target = Op->getArg(0);
    else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Target);
             Op && Op->getOperator() == OO_LessLess) // Out << std::hex << Value
      Target = Op->getArg(0);
    else
      break;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Target))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast<MemberExpr>(Target)) {
    if (const auto *Record = dyn_cast<CXXRecordDecl>(Member->getMemberDecl()->getDeclContext());
        Record && Record->getIdentifier())
      Qualifier = Record->getName().str();
    return Member->getMemberDecl();
  }
  return nullptr;
}

const char *seedingFunction(StringRef Generator) {
  return llvm::StringSwitch<const char *>(Generator)
      .Case("rand", "srand")
      .Case("random", "srandom")
      .Cases("drand48", "lrand48", "mrand48", "srand48")
      .Default(nullptr);
}

// Reading the clock or the process id: whoever knows roughly when the process ran can
// replay the seeds.
auto clockRead() {
  return callExpr(
      callee(functionDecl(anyOf(anyNameOf("::time", "::clock", "::gettimeofday", "::clock_gettime",
                                           "::getpid", "::GetTickCount", "::GetTickCount64"),
                                cxxMethodDecl(hasName("now"), ofClass(matchesName("_clock$")))))));
}

auto involvesClock() { return expr(anyOf(hasDescendant(clockRead()), clockRead())); }

// Where the generator behind a random value was seeded from the clock, if anywhere.
std::optional<SourceLocation> clockSeed(const Expr *Engine, StringRef Generator,
                                        const CallExpr *Draw, ASTContext &Ctx) {
  if (!Engine && Generator == "rand_r" && Draw->getNumArgs() == 1)
    Engine = Draw->getArg(0); // rand_r(&Seed): the state is a variable like an engine
  if (!Engine) {
    const char *Seeder = seedingFunction(Generator);
    if (!Seeder)
      return std::nullopt;
    auto Seeding = callExpr(callee(functionDecl(hasName(Seeder))), hasArgument(0, involvesClock()))
                       .bind("seed");
    auto Seeds = match(findAll(Seeding), Ctx);
    if (Seeds.empty())
      return std::nullopt;
    return Seeds.front().getNodeAs<CallExpr>("seed")->getBeginLoc();
  }
  std::string Qualifier;
  const auto *Holder = dyn_cast_or_null<ValueDecl>(writtenDecl(Engine, Qualifier));
  if (const auto *Var = dyn_cast_or_null<VarDecl>(Holder);
      Var && Var->getInit() && !match(involvesClock(), *Var->getInit(), Ctx).empty())
    return Var->getInit()->getBeginLoc();
  if (!Holder)
    return std::nullopt;
  auto Refers = ignoringParenImpCasts(
      anyOf(declRefExpr(to(equalsNode(Holder))), memberExpr(member(equalsNode(Holder)))));
  auto Reseeded = cxxMemberCallExpr(callee(cxxMethodDecl(hasName("seed"))), on(Refers),
                                    hasArgument(0, involvesClock()))
                      .bind("seed");
  auto Assigned =
      binaryOperator(hasOperatorName("="), hasLHS(Refers), hasRHS(involvesClock())).bind("seed");
  auto Constructed = cxxConstructorDecl(forEachConstructorInitializer(cxxCtorInitializer(
      forField(equalsNode(Holder)), withInitializer(expr(involvesClock()).bind("seed")))));
  for (const auto &Nodes :
       {match(findAll(expr(anyOf(Reseeded, Assigned))), Ctx), match(findAll(Constructed), Ctx)})
    if (!Nodes.empty())
      return Nodes.front().getNodeAs<Expr>("seed")->getBeginLoc();
  if (const auto *Field = dyn_cast<FieldDecl>(Holder);
      Field && Field->hasInClassInitializer() &&
      !match(involvesClock(), *Field->getInClassInitializer(), Ctx).empty())
    return Field->getInClassInitializer()->getBeginLoc();
  return std::nullopt;
}

} // namespace

InsecureRandomCheck::InsecureRandomCheck(const CheckContext &Ctx)
    : Check(Ctx),
      Sensitive(Ctx.Options.getList(
          "sensitive-names",
          "token, secret, password, passwd, pwd, passphrase, salt, nonce, iv, otp, csrf, xsrf, "
          "session_id, api_key, secret_key, private_key, session_key, signing_key, "
          "encryption_key, hmac_key, master_key, access_key, aes_key")) {}

void InsecureRandomCheck::registerMatchers(MatchRegistry &Matchers) {
  std::vector<StringRef> Names = {"rand",    "random",  "rand_r",  "drand48", "erand48",
                                 "lrand48", "nrand48", "mrand48", "jrand48"};
  auto CGenerator = callExpr(callee(functionDecl(isCLibrary(), anyNameOf(Names)).bind("fn")));
  auto EngineDraw = cxxOperatorCallExpr(hasOverloadedOperatorName("()"),
                                        hasArgument(0, expr(isWeakEngine()).bind("engine")));
  auto DistributionDraw = cxxOperatorCallExpr(hasOverloadedOperatorName("()"), argumentCountIs(2),
                                              hasArgument(1, expr(isWeakEngine()).bind("engine")));
  Names.push_back("operator()"); // an engine or a distribution drawing a number
  Matchers.onCallsTo(Names, callExpr(anyOf(CGenerator, EngineDraw, DistributionDraw)).bind("draw"),
                     this);
}

bool InsecureRandomCheck::isSecretName(StringRef Name) const {
  return !Name.empty() && Sensitive.matches(Name);
}

void InsecureRandomCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Draw = Result.Nodes.getNodeAs<CallExpr>("draw");
  const auto *Engine = Result.Nodes.getNodeAs<Expr>("engine");
  ASTContext &Ctx = *Result.Context;
  std::optional<Secret> Reached = secretReached(Draw, Ctx, 0);
  // `(rand() << 32) | rand()` makes one secret: one finding.
  if (!Reached || !Reported.insert({Reached->Loc.getRawEncoding(), Reached->What}).second)
    return;
  std::string Generator =
      Engine ? Engine->getType().getNonReferenceType().getUnqualifiedType().getAsString(
                   PrintingPolicy(Ctx.getLangOpts()))
             : Result.Nodes.getNodeAs<FunctionDecl>("fn")->getName().str();
  const SourceManager &SM = Ctx.getSourceManager();
  auto Finding =
      report(Draw->getBeginLoc(),
             "'" + Generator +
                 "' is not a cryptographic generator: a few of its outputs, or the "
                 "time it was seeded with, predict the rest, and this value becomes " +
                 Reached->What + "; fill secrets from RAND_bytes, getrandom or arc4random_buf");
  if (SM.getExpansionLineNumber(Reached->Loc) != SM.getExpansionLineNumber(Draw->getBeginLoc()))
    Finding.note(Reached->Loc, "the value becomes " + Reached->What + " here");
  if (std::optional<SourceLocation> Seed = clockSeed(Engine, Generator, Draw, Ctx))
    Finding.note(*Seed, "seeded from the clock here: whoever knows roughly when this ran can "
                        "reproduce every value");
}

std::optional<InsecureRandomCheck::Secret>
InsecureRandomCheck::secretReached(const Expr *Value, ASTContext &Ctx, int Depth) const {
  const Expr *E = Value;
  for (;;) {
    DynTypedNode Parent = parentOf(DynTypedNode::create(*E), Ctx);
    if (const auto *Var = Parent.get<VarDecl>())
      return secretHeldBy(Var, Var->getLocation(), Ctx, Depth);
    if (const auto *Field = Parent.get<FieldDecl>())
      return secretHeldBy(Field, Field->getLocation(), Ctx, Depth);
    if (const auto *Init = Parent.get<CXXCtorInitializer>())
      return Init->getMember()
                 ? secretHeldBy(Init->getMember(), Init->getSourceLocation(), Ctx, Depth)
                 : std::nullopt;
    if (Parent.get<ReturnStmt>()) {
      for (DynTypedNode Up = Parent; !Up.get<TranslationUnitDecl>();) {
        Up = parentOf(Up, Ctx);
        if (Up.get<LambdaExpr>() || Up.getNodeKind().isNone())
          return std::nullopt;
        if (const auto *Fn = Up.get<FunctionDecl>())
          return secretReturnedBy(Fn, Parent.get<ReturnStmt>()->getBeginLoc(), Ctx, Depth);
      }
      return std::nullopt;
    }
    const auto *P = Parent.get<Expr>();
    if (!P)
      return std::nullopt;
    if (carriesValue(P, E)) {
      E = P;
      continue;
    }
    std::string Qualifier;
    if (const auto *Op = dyn_cast<BinaryOperator>(P)) {
      if (!Op->isAssignmentOp() || Op->getRHS() != E)
        return std::nullopt;
      const NamedDecl *Target = writtenDecl(Op->getLHS(), Qualifier);
      return Target ? secretHeldBy(Target, Op->getOperatorLoc(), Ctx, Depth, Qualifier)
                    : std::nullopt;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P)) {
      bool Writes = llvm::is_contained({OO_Equal, OO_PlusEqual, OO_LessLess}, Op->getOperator());
      if (!Writes || Op->getNumArgs() != 2 || Op->getArg(1) != E)
        return std::nullopt;
      const NamedDecl *Target = writtenDecl(Op->getArg(0), Qualifier);
      return Target ? secretHeldBy(Target, Op->getOperatorLoc(), Ctx, Depth, Qualifier)
                    : std::nullopt;
    }
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(P);
        Call && Call->getMethodDecl() && Call->getMethodDecl()->getIdentifier() &&
        llvm::is_contained({"push_back", "emplace_back", "append", "insert", "assign", "push"},
                           Call->getMethodDecl()->getName())) {
      const NamedDecl *Target = writtenDecl(Call->getImplicitObjectArgument(), Qualifier);
      return Target ? secretHeldBy(Target, Call->getExprLoc(), Ctx, Depth, Qualifier)
                    : std::nullopt;
    }
    if (const auto *Call = dyn_cast<CallExpr>(P)) {
      const FunctionDecl *Fn = Call->getDirectCallee();
      unsigned Index = argumentIndex(*Call, E);
      if (!Fn || !Fn->getIdentifier() || Index >= Call->getNumArgs())
        return std::nullopt;
      if (std::optional<std::string> What = cryptoArgument(*Fn, Index))
        return Secret{E->getBeginLoc(), *What};
      // snprintf(Token, sizeof Token, "%08x", rand())
      if (llvm::is_contained({"snprintf", "sprintf"}, Fn->getName()) &&
          Index >= (Fn->getName() == "snprintf" ? 3u : 2u)) {
        const NamedDecl *Target = writtenDecl(Call->getArg(0), Qualifier);
        return Target ? secretHeldBy(Target, Call->getArg(0)->getBeginLoc(), Ctx, Depth, Qualifier)
                      : std::nullopt;
      }
      if (Index < Fn->getNumParams() && isSecretName(Fn->getParamDecl(Index)->getName()))
        return Secret{E->getBeginLoc(), "the parameter '" +
                                            Fn->getParamDecl(Index)->getName().str() + "' of '" +
                                            Fn->getName().str() + "'"};
      return std::nullopt;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(P)) {
      unsigned Index = 0;
      while (Index < Construct->getNumArgs() && Construct->getArg(Index) != E)
        ++Index;
      const CXXConstructorDecl *Ctor = Construct->getConstructor();
      if (Index < Ctor->getNumParams() && isSecretName(Ctor->getParamDecl(Index)->getName()))
        return Secret{E->getBeginLoc(), "the parameter '" +
                                            Ctor->getParamDecl(Index)->getName().str() + "' of '" +
                                            Ctor->getParent()->getName().str() + "'"};
      return std::nullopt;
    }
    // Session{rand(), ...}: the field initialised from the value.
    if (const auto *List = dyn_cast<InitListExpr>(P)) {
      const RecordDecl *Record = List->getType()->getAsRecordDecl();
      if (!Record)
        return std::nullopt;
      unsigned Index = 0;
      for (const FieldDecl *Field : Record->fields()) {
        if (Index < List->getNumInits() && List->getInit(Index) == E)
          return secretHeldBy(Field, E->getBeginLoc(), Ctx, Depth, Record->getName());
        ++Index;
      }
      return std::nullopt;
    }
    return std::nullopt;
  }
}

std::optional<InsecureRandomCheck::Secret>
InsecureRandomCheck::secretHeldBy(const NamedDecl *Holder, SourceLocation Loc, ASTContext &Ctx,
                                  int Depth, StringRef Qualifier) const {
  if (!Holder->getIdentifier())
    return std::nullopt;
  StringRef Name = Holder->getName();
  if (isSecretName(Name) ||
      (!Qualifier.empty() && isSecretName(Qualifier.str() + "_" + Name.str())))
    return Secret{Loc, "'" + (Qualifier.empty() ? Name.str() : Qualifier.str() + "." + Name.str()) +
                           "'"};
  // A local is an intermediate: follow where its value goes next.
  const auto *Var = dyn_cast<VarDecl>(Holder);
  const auto *Fn = Var ? dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod()) : nullptr;
  if (!Var || !Fn || !Fn->getBody() || Var->isStaticLocal() || Depth >= MaxHops)
    return std::nullopt;
  // `for (auto &Byte : Key) Byte = Dist(Gen);` fills Key.
  if (Var->isCXXForRangeDecl() && Var->getType()->isReferenceType()) {
    auto Loops = match(findAll(cxxForRangeStmt(hasLoopVariable(equalsNode(Var))).bind("loop")),
                       *Fn->getBody(), Ctx);
    if (Loops.empty())
      return std::nullopt;
    std::string RangeQualifier;
    const NamedDecl *Range = writtenDecl(
        Loops.front().getNodeAs<CXXForRangeStmt>("loop")->getRangeInit(), RangeQualifier);
    return Range ? secretHeldBy(Range, Loc, Ctx, Depth + 1, RangeQualifier) : std::nullopt;
  }
  for (const BoundNodes &Use :
       match(findAll(declRefExpr(to(equalsNode(Var))).bind("use")), *Fn->getBody(), Ctx))
    if (std::optional<Secret> Found = secretReached(Use.getNodeAs<Expr>("use"), Ctx, Depth + 1))
      return Found;
  return std::nullopt;
}

std::optional<InsecureRandomCheck::Secret>
InsecureRandomCheck::secretReturnedBy(const FunctionDecl *Fn, SourceLocation Loc, ASTContext &Ctx,
                                      int Depth) const {
  if (Fn->getIdentifier() && isSecretName(Fn->getName()))
    return Secret{Loc, "the value returned by '" + Fn->getName().str() + "'"};
  if (Depth >= MaxHops)
    return std::nullopt;
  // A helper (`randomString(N)`) is as weak as its callers make it.
  for (const BoundNodes &Caller :
       match(findAll(callExpr(callee(functionDecl(isSameFunction(Fn)))).bind("call")), Ctx))
    if (std::optional<Secret> Found = secretReached(Caller.getNodeAs<Expr>("call"), Ctx, Depth + 1))
      return Found;
  return std::nullopt;
}

SENIORLINT_REGISTER_CHECK(InsecureRandomCheck, "security-insecure-random");

} // namespace seniorlint
