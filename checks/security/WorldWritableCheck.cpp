#include "WorldWritableCheck.h"
#include "CheckRegistry.h"
#include "LibraryCalls.h"
#include "NameMatchers.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Format.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

constexpr uint64_t OthersWrite = 02;
constexpr uint64_t Sticky = 01000;

struct ModeTaker {
  StringRef Name;
  unsigned Mode; // the argument holding the permission bits
  // Creation modes pass through the umask, and the conventional full modes (0666, or 0777 for
  // directories and executables: what fopen, mkdir(1) and linkers use) leave the choice to it.
  bool Umasked = false;
  int Flags = -1; // open's flags: the mode counts only when they create the file
};

const ModeTaker ModeTakers[] = {
    {"chmod", 1},           {"fchmod", 1},
    {"fchmodat", 2},        {"lchmod", 1},
    {"creat", 1, true},     {"mkdir", 1, true},
    {"mkdirat", 2, true},   {"mkfifo", 1, true},
    {"mkfifoat", 2, true},  {"mknod", 1, true},
    {"open", 2, true, 1},   {"open64", 2, true, 1},
    {"openat", 3, true, 2}, {"openat64", 3, true, 2},
};

std::string octal(uint64_t Mode) {
  if (Mode == 0)
    return "0";
  std::string Text;
  llvm::raw_string_ostream(Text) << llvm::format("0%llo", static_cast<unsigned long long>(Mode));
  return Text;
}

const char *const Advice =
    "any local account, or any other compromised service on the machine, can change it; drop "
    "the bit (0644 or 0600 for a file, 0755 or 0700 for a directory)";

} // namespace

void WorldWritableCheck::registerMatchers(MatchRegistry &Matchers) {
  std::vector<StringRef> Names = {"umask"};
  for (const ModeTaker &T : ModeTakers)
    Names.push_back(T.Name);
  auto Posix = functionDecl(anyNameOf(Names), isCLibrary());
  auto Permissions = functionDecl(hasName("::std::filesystem::permissions"));
  auto Call = callExpr(callee(functionDecl(anyOf(Posix, Permissions)).bind("fn"))).bind("call");
  Names.push_back("permissions");
  Matchers.onCallsTo(Names, Call, this);
}

void WorldWritableCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  StringRef Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn")->getName();
  ASTContext &Ctx = *Result.Context;
  if (Call->getNumArgs() == 0)
    return;

  if (Fn == "umask") {
    std::optional<uint64_t> Mask = knownValue(Call->getArg(0), Ctx);
    if (!Mask || (*Mask & OthersWrite))
      return;
    report(Call->getBeginLoc(),
           "'umask(" + octal(*Mask) +
               ")' keeps the others-write bit: every file this process creates afterwards with "
               "the usual 0666 (fopen, std::ofstream) is writable by every user; use 022 or "
               "stricter (027, 077)");
    return;
  }

  const Expr *Mode = nullptr;
  bool Umasked = false;
  if (Fn == "permissions") {
    if (Call->getNumArgs() < 2)
      return;
    // perm_options::remove takes the bits away.
    if (Call->getNumArgs() > 2 &&
        !match(findAll(declRefExpr(to(enumConstantDecl(hasName("remove"))))), *Call->getArg(2), Ctx)
             .empty())
      return;
    Mode = Call->getArg(1);
  } else {
    const ModeTaker *T =
        llvm::find_if(ModeTakers, [Fn](const ModeTaker &M) { return M.Name == Fn; });
    if (Call->getNumArgs() <= T->Mode)
      return;
    if (T->Flags >= 0 && !openFlagsName(Call->getArg(T->Flags), "O_CREAT", Ctx) &&
        !openFlagsName(Call->getArg(T->Flags), "O_TMPFILE", Ctx))
      return;
    Mode = Call->getArg(T->Mode);
    Umasked = T->Umasked;
  }
  std::optional<uint64_t> Bits = knownValue(Mode, Ctx);
  // A sticky directory (01777, like /tmp) is shared on purpose: only owners may delete.
  if (!Bits || !(*Bits & OthersWrite) || (*Bits & Sticky) ||
      (Umasked && ((*Bits & 07777) == 0666 || (*Bits & 07777) == 0777)))
    return;
  std::string Name = Fn == "permissions" ? "std::filesystem::permissions" : Fn.str();
  report(Mode->getBeginLoc(), "'" + Name + "' gives every user write access (mode " +
                                  octal(*Bits & 07777) + " has the others-write bit): " + Advice);
}

SENIORLINT_REGISTER_CHECK(WorldWritableCheck, "security-world-writable");

} // namespace seniorlint
