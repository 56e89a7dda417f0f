#include "ThreadUnsafeLibcCheck.h"
#include "CheckRegistry.h"
#include "NameMatchers.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FormatVariadic.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

struct UnsafeFunction {
  const char *Name;
  const char *Shares;  // what lives in the static storage
  const char *Instead; // the re-entrant replacement
  const char *InsteadInCpp = nullptr;
};

// readdir is deliberately absent: glibc and musl make it safe on distinct DIR streams, and
// its re-entrant variant readdir_r is deprecated. rand, getenv, setlocale and tmpnam belong
// to other rules or are not about shared results.
const UnsafeFunction Functions[] = {
    {"strtok", "keeps its position", "strtok_r"},
    {"localtime", "returns a pointer to", "localtime_r"},
    {"gmtime", "returns a pointer to", "gmtime_r"},
    {"ctime", "returns a string in", "strftime on the result of localtime_r, or ctime_r"},
    {"asctime", "returns a string in", "strftime, or asctime_r"},
    {"strerror", "returns a string in", "strerror_r",
     "std::generic_category().message(err), or strerror_r"},
    {"getpwnam", "returns a pointer to", "getpwnam_r"},
    {"getpwuid", "returns a pointer to", "getpwuid_r"},
    {"getgrnam", "returns a pointer to", "getgrnam_r"},
    {"getgrgid", "returns a pointer to", "getgrgid_r"},
    {"gethostbyname", "returns a pointer to", "getaddrinfo"},
    {"gethostbyaddr", "returns a pointer to", "getnameinfo"},
    {"ttyname", "returns a string in", "ttyname_r"},
};

// Only the C library's function: a project's own strtok or a Clock::localtime is silent.
AST_MATCHER(FunctionDecl, isDeclaredInSystemHeader) {
  const SourceManager &SM = Finder->getASTContext().getSourceManager();
  return llvm::any_of(Node.redecls(), [&](const FunctionDecl *D) {
    return SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation()));
  });
}

} // namespace

void ThreadUnsafeLibcCheck::registerMatchers(MatchRegistry &Matchers) {
  std::vector<std::string> Names;
  for (const UnsafeFunction &F : Functions) {
    if (llvm::is_contained(Allowed, F.Name))
      continue;
    Names.push_back(std::string("::") + F.Name);
    Names.push_back(std::string("::std::") + F.Name);
  }
  if (Names.empty())
    return;
  std::vector<StringRef> NameRefs(Names.begin(), Names.end());
  auto LibcFunction = functionDecl(anyNameOf(NameRefs), isDeclaredInSystemHeader());
  // A reference, not only a call: a function pointer to localtime shares the same buffer.
  Matchers.onReferencesTo(Names, declRefExpr(to(LibcFunction.bind("function"))).bind("ref"), this);
}

void ThreadUnsafeLibcCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Ref = Result.Nodes.getNodeAs<DeclRefExpr>("ref");
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function");
  StringRef Name = Function->getName();
  const UnsafeFunction *Entry =
      llvm::find_if(Functions, [&](const UnsafeFunction &F) { return Name == F.Name; });
  bool Cpp = Result.Context->getLangOpts().CPlusPlus;
  const char *Instead = Cpp && Entry->InsteadInCpp ? Entry->InsteadInCpp : Entry->Instead;
  report(Ref->getBeginLoc(),
         llvm::formatv("'{0}' {1} static storage shared by all threads, and concurrent calls "
                       "overwrite it; use {2}",
                       Name, Entry->Shares, Instead)
             .str());
}

SENIORLINT_REGISTER_CHECK(ThreadUnsafeLibcCheck, "language-thread-unsafe-libc");

} // namespace seniorlint
