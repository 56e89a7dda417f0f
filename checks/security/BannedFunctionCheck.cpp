#include "BannedFunctionCheck.h"
#include "CheckRegistry.h"
#include "llvm/ADT/StringSwitch.h"
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
constexpr Advice RacesOnName{
    "returns a name another process can create first, between choosing it and opening it",
    "mkstemp or tmpfile, which create and open the file in one step"};

std::optional<Advice> adviceFor(StringRef Name) {
  return llvm::StringSwitch<std::optional<Advice>>(Name)
      .Case("gets", Advice{"cannot be told the buffer size, so a long line overflows it "
                           "(removed in C11 and C++14)",
                           "fgets(Buf, sizeof Buf, stdin) or std::getline"})
      .Cases("strcpy", "stpcpy", Overflows)
      .Case("wcscpy", Advice{Overflows.Problem, "swprintf with the destination size, or "
                                                "std::wstring"})
      .Cases("lstrcpy", "lstrcpyA", "lstrcpyW", "StrCpy", "StrCpyW",
             Advice{Overflows.Problem, "StringCchCopy with the destination size, or "
                                       "std::wstring"})
      .Case("strcat", OverflowsOnAppend)
      .Case("wcscat", Advice{OverflowsOnAppend.Problem, "std::wstring::append"})
      .Cases("lstrcat", "lstrcatA", "lstrcatW", "StrCat", "StrCatW",
             Advice{OverflowsOnAppend.Problem, "StringCchCat with the destination size, or "
                                               "std::wstring::append"})
      .Case("sprintf", Advice{"writes past the buffer whenever the formatted text is longer",
                              "snprintf with the buffer size"})
      .Case("vsprintf", Advice{"writes past the buffer whenever the formatted text is longer",
                               "vsnprintf with the buffer size"})
      .Cases("tmpnam", "tempnam", "mktemp", "_mktemp", RacesOnName)
      .Default(std::nullopt);
}

bool isBannedLibraryFunctionDecl(const FunctionDecl &Fn, ASTContext &Ctx) {
  if (!Fn.getIdentifier() || !adviceFor(Fn.getName()))
    return false;
  // A project's own `text::strcpy` or `Buffer::strcat` is not the C library's.
  if (!Fn.getDeclContext()->getRedeclContext()->isTranslationUnit() && !Fn.isInStdNamespace())
    return false;
  return Fn.isExternC() ||
         Ctx.getSourceManager().isInSystemHeader(Fn.getCanonicalDecl()->getLocation());
}

AST_MATCHER(FunctionDecl, isBannedLibraryFunction) {
  return isBannedLibraryFunctionDecl(Node, Finder->getASTContext());
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

void BannedFunctionCheck::registerMatchers(MatchFinder &Finder) {
  auto Banned = functionDecl(isBannedLibraryFunction());
  // A built-in name listed there only changes the advice; it must not start matching a
  // project's own `text::strcpy`.
  std::vector<StringRef> ExtraNames;
  for (const auto &Entry : Extra)
    if (!adviceFor(Entry.getKey()))
      ExtraNames.push_back(Entry.getKey());
  if (!ExtraNames.empty())
    Banned = functionDecl(anyOf(isBannedLibraryFunction(), hasAnyName(ExtraNames)));
  // Taking the address counts: a banned function behind a pointer is still called.
  auto Use = declRefExpr(to(Banned.bind("fn"))).bind("ref");
  // In a template, a call with dependent arguments is resolved only in instantiations,
  // which spelled-in-source traversal skips; the pattern still names the function.
  auto DependentCall = unresolvedLookupExpr(hasAnyDeclaration(Banned.bind("fn"))).bind("ref");
  Finder.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource, Use), this);
  Finder.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource, DependentCall), this);
}

void BannedFunctionCheck::check(const MatchFinder::MatchResult &Result) {
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
