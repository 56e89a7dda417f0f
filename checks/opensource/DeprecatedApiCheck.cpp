#include "DeprecatedApiCheck.h"
#include "../security/BannedFunctionCheck.h"
#include "CheckRegistry.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace seniorlint {
namespace {

// "openssl/sha.h" for /usr/include/openssl/sha.h: the header a reader would recognise.
std::string headerName(const SourceManager &SM, SourceLocation Loc) {
  StringRef Path = SM.getFilename(SM.getSpellingLoc(Loc));
  StringRef File = llvm::sys::path::filename(Path);
  StringRef Dir = llvm::sys::path::filename(llvm::sys::path::parent_path(Path));
  return Dir.empty() || Dir == "include" ? File.str() : (Dir + "/" + File).str();
}

} // namespace

// No name list can say which declarations are deprecated: every reference and member call
// the walk meets is asked, which costs a flag test on declarations without attributes.
void DeprecatedApiCheck::registerMatchers(MatchRegistry &Matchers) {
  Matchers.onEveryReference(
      [this](const DeclRefExpr &Ref) { use(*Ref.getDecl(), Ref.getLocation()); });
  Matchers.onEveryCall([this](const CallExpr &Call) {
    const Expr *Callee = Call.getCallee();
    if (const auto *Member = dyn_cast_or_null<MemberExpr>(Callee ? Callee->IgnoreParenImpCasts()
                                                                 : nullptr))
      use(*Member->getMemberDecl(), Member->getMemberLoc());
  });
}

void DeprecatedApiCheck::use(const NamedDecl &D, SourceLocation Loc) {
  if (!D.hasAttrs())
    return;
  std::string Why;
  if (!D.isDeprecated(&Why))
    return;
  // glibc deprecates gets(), which security-banned-function reports with better advice.
  if (isa<FunctionDecl>(D) && D.getIdentifier() && isBannedByDefault(D.getName()))
    return;
  // The project's own deprecations are its own migration, which the compiler reports.
  const SourceManager &SM = sourceManager();
  if (!SM.isInSystemHeader(SM.getExpansionLoc(D.getLocation())) ||
      !Reported.insert(Loc).second)
    return;
  std::string Message = "'" + D.getNameAsString() + "' is deprecated by " +
                        headerName(SM, D.getLocation());
  if (!Why.empty())
    Message += " (\"" + Why + "\")";
  report(Loc, Message + ": it goes away in a coming release of the library, and code built on "
                        "it breaks with the upgrade; move to the replacement now, while the "
                        "change is small");
}

SENIORLINT_REGISTER_CHECK(DeprecatedApiCheck, "opensource-deprecated-api");

} // namespace seniorlint
