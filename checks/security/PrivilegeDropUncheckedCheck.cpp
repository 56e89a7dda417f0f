#include "PrivilegeDropUncheckedCheck.h"
#include "CheckRegistry.h"
#include "LibraryCalls.h"
#include "NameMatchers.h"
#include "ResultUse.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

const StringRef PrivilegeSetters[] = {"::setuid",    "::setgid",    "::seteuid",   "::setegid",
                                      "::setreuid",  "::setregid",  "::setresuid", "::setresgid",
                                      "::initgroups", "::setgroups"};

// What to do instead of ignoring the result, by the identity the call changes.
std::string advice(StringRef Fn) {
  std::string Check = "check that it returns 0 and exit or abort when it does not";
  if (Fn == "setresuid")
    return Check + ", then read the ids back with getresuid() and abort unless all three changed";
  if (Fn == "setresgid")
    return Check + ", then read the ids back with getresgid() and abort unless all three changed";
  if (Fn.contains("uid"))
    return Check + ", then confirm with getuid() and geteuid() (or use setresuid() and read the "
                   "ids back with getresuid())";
  if (Fn.contains("gid"))
    return Check + ", then confirm with getgid() and getegid() (or use setresgid() and read the "
                   "ids back with getresgid())";
  return Check; // initgroups, setgroups
}

StringRef consequence(StringRef Fn) {
  return Fn.contains("groups")
             ? "if it fails the process keeps its current supplementary groups (often root's)"
             : "if it fails the process keeps running with the privileges it meant to drop";
}

// `int Rc = setuid(U);` or `Rc = setuid(U);` as a statement of its own: the local that
// receives the call's value. A condition variable (`if (int Rc = setuid(U))`) is tested, and
// a variable of an init-statement is left alone.
const VarDecl *storedIn(const CallExpr *Call, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(*Call);
  while (Parents.size() == 1 && (Parents[0].get<ImplicitCastExpr>() || Parents[0].get<ParenExpr>()))
    Parents = Ctx.getParents(Parents[0]);
  if (Parents.size() != 1)
    return nullptr;
  const VarDecl *Status = nullptr;
  if (const auto *VD = Parents[0].get<VarDecl>()) {
    DynTypedNodeList Decl = Ctx.getParents(*VD);
    const auto *DS = Decl.size() == 1 ? Decl[0].get<DeclStmt>() : nullptr;
    if (DS && Ctx.getParents(*DS).size() == 1 && Ctx.getParents(*DS)[0].get<CompoundStmt>())
      Status = VD;
  } else if (const auto *Assign = Parents[0].get<BinaryOperator>();
             Assign && Assign->getOpcode() == BO_Assign &&
             resultUse(Assign, Ctx) == ResultUse::Discarded) {
    const auto *Ref = dyn_cast<DeclRefExpr>(Assign->getLHS()->IgnoreParenImpCasts());
    Status = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  }
  if (!Status || !Status->isLocalVarDecl() || Status->isStaticLocal() ||
      Status->getType()->isReferenceType() || Status->getType().isVolatileQualified())
    return nullptr;
  return Status;
}

// Does anything read Status? Being assigned to, or named in a statement of its own or a cast
// to void (`(void)Rc;`), does not read it.
bool isRead(const VarDecl *Status, ASTContext &Ctx) {
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(Status->getParentFunctionOrMethod());
  if (!Fn || !Fn->getBody())
    return true;
  auto Refs = match(findAll(declRefExpr(to(varDecl(equalsNode(Status)))).bind("ref")),
                    *Fn->getBody(), Ctx);
  return llvm::any_of(Refs, [&Ctx](const BoundNodes &N) {
    const auto *Ref = N.getNodeAs<DeclRefExpr>("ref");
    DynTypedNodeList Parents = Ctx.getParents(*Ref);
    const auto *Assign = Parents.size() == 1 ? Parents[0].get<BinaryOperator>() : nullptr;
    if (Assign && Assign->getOpcode() == BO_Assign && Assign->getLHS() == Ref)
      return false;
    return resultUse(Ref, Ctx) == ResultUse::Used;
  });
}

} // namespace

void PrivilegeDropUncheckedCheck::registerMatchers(MatchRegistry &Matchers) {
  auto Setter = functionDecl(anyNameOf(PrivilegeSetters), isCLibrary()).bind("fn");
  Matchers.onCallsTo(PrivilegeSetters, callExpr(callee(Setter)).bind("call"),
                    this);
}

void PrivilegeDropUncheckedCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  StringRef Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn")->getName();
  ASTContext &Ctx = *Result.Context;
  std::string What = "the result of '" + Fn.str() + "'";
  std::string Why = consequence(Fn).str() + "; " + advice(Fn);
  switch (resultUse(Call, Ctx)) {
  case ResultUse::Discarded:
    report(Call->getBeginLoc(), What + " is ignored: " + Why);
    return;
  case ResultUse::CastToVoid:
    report(Call->getBeginLoc(), What + " is cast to void, but a failed privilege drop is never "
                                       "safe to ignore: " + Why);
    return;
  case ResultUse::Used:
    break;
  }
  const VarDecl *Status = storedIn(Call, Ctx);
  if (Status && !isRead(Status, Ctx))
    report(Call->getBeginLoc(),
           What + " is stored in '" + Status->getName().str() + "' and never read: " + Why)
        .note(Status->getLocation(), "'" + Status->getName().str() + "' declared here");
}

SENIORLINT_REGISTER_CHECK(PrivilegeDropUncheckedCheck, "security-privilege-drop-unchecked");

} // namespace seniorlint
