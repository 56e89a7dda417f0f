#include "BannedFunctionCheck.h"
#include "CheckRegistry.h"
#include "LibraryCalls.h"
#include "NameMatchers.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Lex/Lexer.h"
#include <algorithm>
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

struct Advice {
  const char *Problem;
  const char *Instead;
};

constexpr Advice Overflows{"writes past the destination whenever the source is longer",
                           "snprintf or strlcpy with the destination size, or std::string"};
constexpr Advice OverflowsOnAppend{
    "writes past the destination whenever the combined string is longer",
    "snprintf or strlcat with the destination size, or std::string::append"};

constexpr Advice Unbounded{"cannot be told the buffer size, so a long line overflows it "
                           "(removed in C11 and C++14)",
                           "fgets(Buf, sizeof Buf, stdin) or std::getline"};
constexpr Advice WideOverflows{Overflows.Problem, "swprintf with the destination size, or "
                                                  "std::wstring"};
constexpr Advice WinOverflows{Overflows.Problem, "StringCchCopy with the destination size, or "
                                                 "std::wstring"};
constexpr Advice WideOverflowsOnAppend{OverflowsOnAppend.Problem, "std::wstring::append"};
constexpr Advice WinOverflowsOnAppend{OverflowsOnAppend.Problem,
                                      "StringCchCat with the destination size, or "
                                      "std::wstring::append"};
constexpr Advice FormatOverflows{"writes past the buffer whenever the formatted text is longer",
                                 "snprintf with the buffer size"};
constexpr Advice VFormatOverflows{FormatOverflows.Problem, "vsnprintf with the buffer size"};

struct BannedName {
  const char *Name;
  const Advice &Why;
};
const BannedName BannedNames[] = {
    {"gets", Unbounded},           {"strcpy", Overflows},
    {"stpcpy", Overflows},         {"wcscpy", WideOverflows},
    {"lstrcpy", WinOverflows},     {"lstrcpyA", WinOverflows},
    {"lstrcpyW", WinOverflows},    {"StrCpy", WinOverflows},
    {"StrCpyW", WinOverflows},     {"strcat", OverflowsOnAppend},
    {"wcscat", WideOverflowsOnAppend}, {"lstrcat", WinOverflowsOnAppend},
    {"lstrcatA", WinOverflowsOnAppend}, {"lstrcatW", WinOverflowsOnAppend},
    {"StrCat", WinOverflowsOnAppend},  {"StrCatW", WinOverflowsOnAppend},
    {"sprintf", FormatOverflows},  {"vsprintf", VFormatOverflows},
};

std::optional<Advice> adviceFor(StringRef Name) {
  for (const BannedName &B : BannedNames)
    if (Name == B.Name)
      return B.Why;
  return std::nullopt;
}

} // namespace

bool isBannedByDefault(StringRef Name) { return adviceFor(Name).has_value(); }

namespace {

std::vector<StringRef> bannedNames() {
  std::vector<StringRef> Names;
  for (const BannedName &B : BannedNames)
    Names.push_back(B.Name);
  return Names;
}

bool isBannedLibraryFunctionDecl(const FunctionDecl &Fn, ASTContext &Ctx) {
  return Fn.getIdentifier() && adviceFor(Fn.getName()) && isCLibraryFunction(Fn, Ctx);
}

AST_MATCHER(FunctionDecl, isBannedLibraryFunction) {
  return isBannedLibraryFunctionDecl(Node, Finder->getASTContext());
}

// The statement of the enclosing block that S is part of, and that block.
std::pair<const Stmt *, const CompoundStmt *> enclosingBlock(const Stmt *S, ASTContext &Ctx) {
  for (;;) {
    DynTypedNodeList Parents = Ctx.getParents(*S);
    if (Parents.size() != 1 || !Parents[0].get<Stmt>())
      return {nullptr, nullptr};
    const Stmt *Parent = Parents[0].get<Stmt>();
    if (const auto *Block = dyn_cast<CompoundStmt>(Parent))
      return {S, Block};
    S = Parent;
  }
}

// The same variable or field path: `Buf`, `R.Actor`, `U->name`, `this->Name`.
bool sameObject(const Expr *A, const Expr *B) {
  A = A->IgnoreParenImpCasts();
  B = B->IgnoreParenImpCasts();
  if (const auto *RefA = dyn_cast<DeclRefExpr>(A)) {
    const auto *RefB = dyn_cast<DeclRefExpr>(B);
    return RefB && RefA->getDecl() == RefB->getDecl();
  }
  if (const auto *MemberA = dyn_cast<MemberExpr>(A)) {
    const auto *MemberB = dyn_cast<MemberExpr>(B);
    return MemberB && MemberA->getMemberDecl() == MemberB->getMemberDecl() &&
           sameObject(MemberA->getBase(), MemberB->getBase());
  }
  return isa<CXXThisExpr>(A) && isa<CXXThisExpr>(B);
}

// `Dst[N - 1] = '\0'` (or `= 0`) in a statement after Copy in the same block.
bool terminatedLater(const CallExpr *Copy, const Expr *Dst, uint64_t Size, ASTContext &Ctx) {
  auto [Statement, Block] = enclosingBlock(Copy, Ctx);
  if (!Block)
    return false;
  auto Termination = binaryOperator(hasOperatorName("="), hasLHS(arraySubscriptExpr().bind("at")));
  bool After = false;
  for (const Stmt *Later : Block->body()) {
    if (!After) {
      After = Later == Statement;
      continue;
    }
    for (const BoundNodes &N : match(findAll(Termination.bind("set")), *Later, Ctx)) {
      const auto *At = N.getNodeAs<ArraySubscriptExpr>("at");
      const auto *Set = N.getNodeAs<BinaryOperator>("set");
      if (sameObject(At->getBase(), Dst) && knownValue(At->getIdx(), Ctx) == Size - 1 &&
          knownValue(Set->getRHS(), Ctx) == 0u)
        return true;
    }
  }
  return false;
}

// The stream an extraction chain reads from: `In` in `In >> A >> B`; and whether the
// operand just before the last one is `std::setw(N)`, which bounds that last extraction.
std::pair<const Expr *, bool> extractionStream(const CXXOperatorCallExpr *Call) {
  const Expr *Lhs = Call->getArg(0)->IgnoreParenImpCasts();
  bool Bounded = false;
  if (const auto *Prev = dyn_cast<CXXOperatorCallExpr>(Lhs);
      Prev && Prev->getOperator() == OO_GreaterGreater && Prev->getNumArgs() == 2) {
    if (const auto *Manip = dyn_cast<CallExpr>(Prev->getArg(1)->IgnoreParenImpCasts()))
      if (const FunctionDecl *Fn = Manip->getDirectCallee();
          Fn && Fn->isInStdNamespace() && Fn->getIdentifier() && Fn->getName() == "setw")
        Bounded = true;
    while ((Prev = dyn_cast<CXXOperatorCallExpr>(Lhs)) &&
           Prev->getOperator() == OO_GreaterGreater && Prev->getNumArgs() == 2)
      Lhs = Prev->getArg(0)->IgnoreParenImpCasts();
  }
  return {Lhs, Bounded};
}

// `In.width(N)` in a statement before Extract in the same block, with no other extraction
// from In in between (each string extraction resets the width to 0).
bool widthSetBefore(const Stmt *Extract, const Expr *Stream, ASTContext &Ctx) {
  auto [Statement, Block] = enclosingBlock(Extract, Ctx);
  if (!Block)
    return false;
  auto Width = cxxMemberCallExpr(callee(cxxMethodDecl(hasName("width"))), argumentCountIs(1))
                   .bind("width");
  auto Other = cxxOperatorCallExpr(hasOverloadedOperatorName(">>")).bind("other");
  auto Begin = Block->body_begin();
  auto It = std::find(Begin, Block->body_end(), Statement);
  while (It != Begin) {
    --It;
    for (const BoundNodes &N : match(findAll(Width), **It, Ctx))
      if (sameObject(N.getNodeAs<CXXMemberCallExpr>("width")->getImplicitObjectArgument(),
                     Stream))
        return true;
    for (const BoundNodes &N : match(findAll(Other), **It, Ctx))
      if (sameObject(extractionStream(N.getNodeAs<CXXOperatorCallExpr>("other")).first, Stream))
        return false;
  }
  return false;
}

llvm::StringMap<std::string> parseExtra(const RuleOptions &Options) {
  llvm::StringMap<std::string> Extra;
  for (const std::string &Entry : Options.getList("extra-functions", "")) {
    auto [Name, Instead] = StringRef(Entry).split('=');
    Name = Name.trim();
    Name.consume_front("::");
    Extra[Name] = Instead.trim().str();
  }
  return Extra;
}

} // namespace

BannedFunctionCheck::BannedFunctionCheck(const CheckContext &Ctx)
    : Check(Ctx), Extra(parseExtra(Ctx.Options)) {}

void BannedFunctionCheck::registerMatchers(MatchRegistry &Matchers) {
  auto Banned = functionDecl(isBannedLibraryFunction());
  // A built-in name listed there only changes the advice; it must not start matching a
  // project's own `text::strcpy`.
  std::vector<StringRef> ExtraNames;
  for (const auto &Entry : Extra)
    if (!adviceFor(Entry.getKey()))
      ExtraNames.push_back(Entry.getKey());
  if (!ExtraNames.empty())
    Banned = functionDecl(anyOf(isBannedLibraryFunction(), anyNameOf(ExtraNames)));
  // Taking the address counts: a banned function behind a pointer is still called.
  auto Use = declRefExpr(to(Banned.bind("fn"))).bind("ref");
  // In a template, a call with dependent arguments is resolved only in instantiations,
  // which spelled-in-source traversal skips; the pattern still names the function.
  auto DependentCall = unresolvedLookupExpr(hasAnyDeclaration(Banned.bind("fn"))).bind("ref");
  std::vector<StringRef> Names = bannedNames();
  Names.insert(Names.end(), ExtraNames.begin(), ExtraNames.end());
  Matchers.onReferencesTo(Names, Use, this);
  Matchers.onReferencesTo(Names, DependentCall, this);
  auto Strncpy =
      callExpr(callee(functionDecl(hasName("strncpy"), isCLibrary())), argumentCountIs(3));
  Matchers.onCallsTo({"strncpy"}, Strncpy.bind("strncpy"), this);
  // `In >> Buf` into a character pointer: the standard library's overload for `CharT *`
  // (an array decays to it up to C++17; C++20 replaced it by a bounded one for arrays).
  auto IntoCharPointer = cxxOperatorCallExpr(
      hasOverloadedOperatorName(">>"), argumentCountIs(2),
      callee(functionDecl(isInStdNamespace(), parameterCountIs(2),
                          hasParameter(1, hasType(pointerType(pointee(isAnyCharacter())))))));
  Matchers.onCallsTo({"operator>>"}, IntoCharPointer.bind("extract"), this);
}

// Extraction into a character pointer stops at white space, not at the end of the buffer,
// unless the stream's width was set for it.
void BannedFunctionCheck::checkExtraction(const CXXOperatorCallExpr *Call, ASTContext &Ctx) {
  auto [Stream, Bounded] = extractionStream(Call);
  if (Bounded || widthSetBefore(Call, Stream, Ctx))
    return;
  const Expr *Dst = Call->getArg(1)->IgnoreParenImpCasts();
  const SourceManager &SM = Ctx.getSourceManager();
  auto Text = [&](const Expr *E) {
    return Lexer::getSourceText(CharSourceRange::getTokenRange(E->getSourceRange()), SM,
                                Ctx.getLangOpts())
        .str();
  };
  std::string In = Text(Stream), Buf = Text(Dst);
  // sizeof is the buffer's size only for an array; through a pointer it is the pointer's.
  std::string Size = Dst->getType()->isArrayType() ? "sizeof " + Buf : "the size of " + Buf;
  report(Call->getOperatorLoc(),
         "'" + In + " >> " + Buf + "' reads a whole word into '" + Buf +
             "' however long it is: call " + In + ".width(" + Size +
             ") or use std::setw first, or read into a std::string");
}

// strncpy takes a size, so it is not banned; but with the full size of the destination it
// leaves the destination without a terminator whenever the source fills it.
void BannedFunctionCheck::checkStrncpy(const CallExpr *Call, ASTContext &Ctx) {
  if (Call->isInstantiationDependent())
    return;
  const Expr *Dst = Call->getArg(0)->IgnoreParenImpCasts();
  const ConstantArrayType *Array = Ctx.getAsConstantArrayType(Dst->getType());
  if (!Array || !Array->getElementType()->isAnyCharacterType())
    return;
  uint64_t Size = Array->getZExtSize();
  if (knownValue(Call->getArg(2), Ctx) != Size)
    return;
  // A shorter literal is padded with NULs up to the size: the result is terminated.
  if (const auto *Literal = dyn_cast<StringLiteral>(Call->getArg(1)->IgnoreParenImpCasts());
      Literal && Literal->getLength() < Size)
    return;
  if (terminatedLater(Call, Dst, Size, Ctx))
    return;
  StringRef Name = Lexer::getSourceText(CharSourceRange::getTokenRange(Dst->getSourceRange()),
                                        Ctx.getSourceManager(), Ctx.getLangOpts());
  std::string N = std::to_string(Size);
  report(Call->getBeginLoc(), "'strncpy' does not terminate '" + Name.str() +
                                  "' when the source is at least " + N + " bytes long: copy " +
                                  std::to_string(Size - 1) +
                                  " and set the last byte to '\\0', or use snprintf");
}

void BannedFunctionCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("strncpy")) {
    checkStrncpy(Call, *Result.Context);
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CXXOperatorCallExpr>("extract")) {
    if (!Result.SourceManager->isInSystemMacro(Call->getOperatorLoc()))
      checkExtraction(Call, *Result.Context);
    return;
  }
  const auto *Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  const auto *Ref = Result.Nodes.getNodeAs<Expr>("ref");
  SourceLocation Loc = Ref->getExprLoc();
  // Written inside a system macro: the project did not choose the function.
  if (Result.SourceManager->isInSystemMacro(Loc))
    return;
  std::string Name = Fn->getName().str();
  auto Configured = Extra.find(Fn->getQualifiedNameAsString());
  if (Configured == Extra.end())
    Configured = Extra.find(Name);
  bool HasReplacement = Configured != Extra.end() && !Configured->second.empty();
  // A project function that only shares a name with the C library's (matched through
  // extra-functions) gets the project's advice, not the library's.
  if (isBannedLibraryFunctionDecl(*Fn, *Result.Context) && !HasReplacement) {
    Advice A = *adviceFor(Name);
    report(Loc, "'" + Name + "' " + A.Problem + ": use " + A.Instead);
    return;
  }
  report(Loc, "'" + Name + "' is banned in this project (extra-functions)" +
                  (HasReplacement ? ": use " + Configured->second : std::string()));
}

SENIORLINT_REGISTER_CHECK(BannedFunctionCheck, "security-banned-function");

} // namespace seniorlint
