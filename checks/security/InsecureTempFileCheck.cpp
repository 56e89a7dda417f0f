#include "InsecureTempFileCheck.h"
#include "CheckRegistry.h"
#include "LibraryCalls.h"
#include "SecretNames.h"
#include "NameMatchers.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

// Directories every local user can create files in.
constexpr StringRef SharedDirs[] = {"/tmp", "/var/tmp", "/dev/shm"};

bool isSharedDir(StringRef Path) {
  Path.consume_back("/");
  return llvm::is_contained(SharedDirs, Path);
}

// "/tmp/report.csv" or "/tmp/report-%d": a name inside a shared directory. "/tmp" alone is the
// directory itself, which `open("/tmp", O_TMPFILE | O_RDWR)` rightly uses; "/tmp/" is the
// start of a name when more text follows (`"/tmp/" + Name`).
bool namesFileInSharedDir(StringRef Path, bool MoreFollows = false) {
  return llvm::any_of(SharedDirs, [=](StringRef Dir) {
    StringRef Rest = Path;
    return Rest.consume_front(Dir) && Rest.consume_front("/") && (MoreFollows || !Rest.empty());
  });
}

const StringLiteral *literal(const Expr *E) {
  const auto *L = dyn_cast<StringLiteral>(E->IgnoreParenImpCasts());
  return L && L->getCharByteWidth() == 1 ? L : nullptr;
}

// A piece named for randomness (`random_suffix()`, `uuid`) makes the name unguessable.
bool isRandomName(StringRef Name) {
  return llvm::any_of(identifierWords(Name), [](StringRef W) {
    return llvm::is_contained({"random", "rand", "uuid", "guid", "unique", "nonce"}, W);
  });
}

bool hasRandomPiece(llvm::ArrayRef<const Expr *> Pieces) {
  return llvm::any_of(Pieces, [](const Expr *P) {
    P = P->IgnoreParenCasts();
    if (const NamedDecl *D = valueSource(P))
      return isRandomName(D->getName());
    if (const auto *Call = dyn_cast<CallExpr>(P)) {
      const FunctionDecl *FD = Call->getDirectCallee();
      return FD && FD->getIdentifier() && isRandomName(FD->getName());
    }
    return false;
  });
}

// Declared somewhere inside namespace Name: std::filesystem, fmt::v10.
bool inNamespace(const Decl *D, StringRef Name) {
  return StringRef(cast<NamedDecl>(D)->getQualifiedNameAsString()).starts_with((Name + "::").str());
}

// Peels what hands a path on unchanged: casts, temporaries, single-argument constructions
// (std::string, std::filesystem::path), c_str(), data(), string(), native().
const Expr *samePath(const Expr *E) {
  for (;;) {
    const Expr *Next = E->IgnoreParenCasts();
    if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = Bind->getSubExpr();
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Next);
             Construct && Construct->getNumArgs() >= 1 &&
             llvm::all_of(llvm::drop_begin(Construct->arguments()),
                          [](const Expr *A) { return isa<CXXDefaultArgExpr>(A); }))
      Next = Construct->getArg(0);
    else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Next);
             Call && Call->getNumArgs() == 0 && Call->getMethodDecl() &&
             inNamespace(Call->getMethodDecl(), "std") &&
             (isa<CXXConversionDecl>(Call->getMethodDecl()) ||
              (Call->getMethodDecl()->getIdentifier() &&
               llvm::is_contained({"c_str", "data", "string", "native"},
                                  Call->getMethodDecl()->getName()))))
      Next = Call->getImplicitObjectArgument();
    if (Next == E)
      return E;
    E = Next;
  }
}

bool isCalled(const CallExpr *Call, std::initializer_list<StringRef> Names) {
  const FunctionDecl *FD = Call->getDirectCallee();
  return FD && FD->getIdentifier() && llvm::is_contained(Names, FD->getName());
}

// Follows a path back to the literal that puts it in a shared directory, through the
// function's locals. nullptr: not a predictable name there, or not known.
class TempPathTracer {
public:
  explicit TempPathTracer(ASTContext &Ctx) : Ctx(Ctx) {}

  // MoreFollows: E is the start of a longer text.
  const Expr *trace(const Expr *E, int Depth = 0, bool MoreFollows = false) {
    if (Depth > 6)
      return nullptr;
    E = samePath(E);
    if (const StringLiteral *L = literal(E))
      return namesFileInSharedDir(L->getString(), MoreFollows) ? L : nullptr;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E); Op && Op->getNumArgs() == 2) {
      // "/tmp/report-" + Id: the prefix decides where, the rest only which name.
      if (Op->getOperator() == OO_Plus) {
        std::vector<const Expr *> Pieces;
        forEachTextPiece(Op, [&](const Expr *P) { Pieces.push_back(P); });
        return hasRandomPiece(Pieces) ? nullptr
                                      : trace(Pieces.front(), Depth + 1, Pieces.size() > 1);
      }
      // std::filesystem::temp_directory_path() / "report.csv"
      if (Op->getOperator() == OO_Slash && isSharedDirExpr(Op->getArg(0), Depth + 1)) {
        std::vector<const Expr *> Pieces;
        forEachTextPiece(Op->getArg(1), [&](const Expr *P) { Pieces.push_back(P); });
        const StringLiteral *Name = literal(samePath(Pieces.front()));
        return Name && !hasRandomPiece(Pieces) ? Op : nullptr;
      }
      return nullptr;
    }
    if (const auto *Call = dyn_cast<CallExpr>(E); Call && Call->getNumArgs() > 0) {
      const FunctionDecl *FD = Call->getDirectCallee();
      bool IsFormat = FD && FD->getIdentifier() && FD->getName() == "format" &&
                      (inNamespace(FD, "std") || inNamespace(FD, "fmt"));
      return IsFormat ? formatted(Call, 0) : nullptr;
    }
    const auto *Ref = dyn_cast<DeclRefExpr>(E);
    const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!VD || isa<ParmVarDecl>(VD))
      return nullptr;
    if (VD->getInit() && keepsItsPrefix(VD))
      return trace(VD->getInit(), Depth + 1, MoreFollows);
    return VD->getType()->isArrayType() ? filledBuffer(VD) : nullptr;
  }

private:
  // std::filesystem::temp_directory_path(), "/tmp", or a variable holding one.
  bool isSharedDirExpr(const Expr *E, int Depth) {
    E = samePath(E);
    if (const auto *Call = dyn_cast<CallExpr>(E))
      return isCalled(Call, {"temp_directory_path"}) && inNamespace(Call->getDirectCallee(), "std");
    if (const StringLiteral *L = literal(E))
      return isSharedDir(L->getString());
    const auto *Ref = dyn_cast<DeclRefExpr>(E);
    const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    return VD && !isa<ParmVarDecl>(VD) && VD->getInit() && Depth < 6 && keepsItsPrefix(VD) &&
           isSharedDirExpr(VD->getInit(), Depth + 1);
  }

  // A printf-style or std::format text whose format (argument FormatArg) names the file.
  const Expr *formatted(const CallExpr *Call, unsigned FormatArg) {
    const StringLiteral *Format = literal(samePath(Call->getArg(FormatArg)));
    if (!Format || !namesFileInSharedDir(Format->getString()))
      return nullptr;
    std::vector<const Expr *> Args(Call->arg_begin() + FormatArg + 1, Call->arg_end());
    return hasRandomPiece(Args) ? nullptr : Format;
  }

  // A char buffer written by snprintf or sprintf in the function.
  const Expr *filledBuffer(const VarDecl *VD) {
    const Stmt *Body = body(VD);
    if (!Body)
      return nullptr;
    auto Writer = callExpr(callee(functionDecl(anyNameOf("snprintf", "sprintf"), isCLibrary())),
                           hasArgument(0, ignoringParenImpCasts(declRefExpr(to(equalsNode(VD))))));
    for (const BoundNodes &N : match(findAll(Writer.bind("w")), *Body, Ctx)) {
      const auto *W = N.getNodeAs<CallExpr>("w");
      unsigned FormatArg = isCalled(W, {"snprintf"}) ? 2 : 1;
      if (W->getNumArgs() > FormatArg)
        if (const Expr *Where = formatted(W, FormatArg))
          return Where;
    }
    return nullptr;
  }

  // Const, or a local whose only changes append to it (`Path += Id`): the start stays.
  bool keepsItsPrefix(const VarDecl *VD) {
    if (VD->getType().isConstQualified())
      return true;
    const Stmt *Body = body(VD);
    if (!Body || !VD->isLocalVarDecl())
      return false;
    ExprMutationAnalyzer Mutations(*Body, Ctx);
    auto Appending = anyOf(cxxOperatorCallExpr(hasOverloadedOperatorName("+=")),
                           cxxMemberCallExpr(callee(cxxMethodDecl(hasName("append")))));
    auto Ref = declRefExpr(to(varDecl(equalsNode(VD))), unless(hasParent(expr(Appending))),
                           unless(hasParent(implicitCastExpr(hasParent(expr(Appending))))));
    for (const BoundNodes &N : match(findAll(Ref.bind("ref")), *Body, Ctx))
      if (Mutations.isMutated(N.getNodeAs<DeclRefExpr>("ref")))
        return false;
    return true;
  }

  static const Stmt *body(const VarDecl *VD) {
    const auto *Fn = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
    return Fn ? Fn->getBody() : nullptr;
  }

  ASTContext &Ctx;
};

// fopen's mode: writing ("w", "a", "r+") creates or follows a planted symlink; "x" (C11,
// glibc) fails if the name exists, as O_EXCL does.
bool opensForWriting(const Expr *Mode) {
  const StringLiteral *L = literal(Mode);
  if (!L)
    return false;
  StringRef M = L->getString();
  return M.find_first_of("wa+") != StringRef::npos && !M.contains('x');
}

bool namesAnyFlag(const Expr *Flags, std::initializer_list<StringRef> Names, ASTContext &Ctx) {
  return llvm::any_of(Names, [&](StringRef F) { return openFlagsName(Flags, F, Ctx); });
}

} // namespace

void InsecureTempFileCheck::registerMatchers(MatchRegistry &Matchers) {
  std::vector<StringRef> NameOnlyNames = {"tmpnam", "tmpnam_r", "tempnam", "mktemp", "_mktemp"};
  auto NameOnly = functionDecl(anyNameOf(NameOnlyNames), isCLibrary());
  // Taking the address counts, as a call through the pointer chooses a name all the same. In
  // a template, a call with dependent arguments is resolved only in instantiations, which
  // spelled-in-source traversal skips; the pattern still names the function.
  for (const auto &Name : {expr(declRefExpr(to(NameOnly.bind("fn")))),
                           expr(unresolvedLookupExpr(hasAnyDeclaration(NameOnly.bind("fn"))))})
    Matchers.onReferencesTo(NameOnlyNames, Name.bind("name"), this);

  std::vector<StringRef> OpenerNames = {"fopen",  "fopen64", "freopen", "open",
                                        "open64", "openat",  "creat"};
  auto Opener = functionDecl(anyNameOf(OpenerNames), isCLibrary());
  Matchers.onCallsTo(OpenerNames, callExpr(callee(Opener.bind("fn"))).bind("open"), this);

  std::vector<StringRef> Streams = {"::std::basic_ofstream", "::std::basic_fstream"};
  auto WriteStream = cxxRecordDecl(anyNameOf(Streams));
  Matchers.onConstructionsOf(
      Streams,
      cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(WriteStream))),
                       hasArgument(0, expr()))
          .bind("stream"),
      this);
  Matchers.onCallsTo(
      {"open"},
      cxxMemberCallExpr(callee(cxxMethodDecl(hasName("open"), ofClass(WriteStream))),
                        hasArgument(0, expr()))
          .bind("stream"),
      this);
}

void InsecureTempFileCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  if (const auto *Name = Result.Nodes.getNodeAs<Expr>("name")) {
    StringRef Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn")->getName();
    if (Result.SourceManager->isInSystemMacro(Name->getExprLoc()))
      return;
    report(Name->getExprLoc(),
           "'" + Fn.str() +
               "' returns a name that another process can create first, between choosing it "
               "and opening it: use mkstemp or tmpfile (mkdtemp for a directory), which create "
               "the file in the same step");
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("open")) {
    StringRef Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn")->getName();
    unsigned PathArg = Fn == "openat" ? 1 : 0;
    if (Call->getNumArgs() < PathArg + 2)
      return;
    const Expr *Mode = Call->getArg(PathArg + 1);
    if (Fn.starts_with("fopen") || Fn == "freopen") {
      if (!opensForWriting(Mode))
        return;
    } else if (Fn != "creat") {
      // O_EXCL fails when the name exists, so nothing planted there is opened; a name anyone
      // can predict still lets them block it (a denial of service, not a takeover).
      if (namesAnyFlag(Mode, {"O_EXCL", "O_TMPFILE"}, Ctx) ||
          !namesAnyFlag(Mode, {"O_CREAT", "O_WRONLY", "O_RDWR", "O_TRUNC", "O_APPEND"}, Ctx))
        return;
    }
    checkOpen(Fn, Call->getArg(PathArg), Ctx);
    return;
  }
  const auto *Stream = Result.Nodes.getNodeAs<Expr>("stream");
  const auto *Construct = dyn_cast<CXXConstructExpr>(Stream);
  const auto *Open = dyn_cast<CXXMemberCallExpr>(Stream);
  std::vector<const Expr *> Args;
  if (Construct)
    Args.assign(Construct->arg_begin(), Construct->arg_end());
  else
    Args.assign(Open->arg_begin(), Open->arg_end());
  // An explicit mode without out, app or trunc (std::ios::in) only reads.
  if (Args.size() > 1 && !isa<CXXDefaultArgExpr>(Args[1]) &&
      !namesAnyFlag(Args[1], {"out", "app", "trunc"}, Ctx))
    return;
  const CXXRecordDecl *Class =
      Construct ? Construct->getConstructor()->getParent() : Open->getRecordDecl();
  checkOpen(Class->getName() == "basic_fstream" ? "std::fstream" : "std::ofstream", Args[0], Ctx);
}

void InsecureTempFileCheck::checkOpen(StringRef Opener, const Expr *Path, ASTContext &Ctx) {
  const Expr *Where = TempPathTracer(Ctx).trace(Path);
  if (!Where)
    return;
  auto F = report(Path->getBeginLoc(),
                  "'" + Opener.str() +
                      "' opens a predictable name in a shared temporary directory for writing: "
                      "another local user can create it first, or plant a symlink there to a "
                      "file this process may write; create the file with mkstemp (or tmpfile, "
                      "mkdtemp, open with O_TMPFILE)");
  const SourceManager &SM = Ctx.getSourceManager();
  if (SM.getFileLoc(Where->getBeginLoc()) != SM.getFileLoc(Path->getBeginLoc()))
    F.note(Where->getBeginLoc(), "the name is chosen here");
}

SENIORLINT_REGISTER_CHECK(InsecureTempFileCheck, "security-insecure-temp-file");

} // namespace seniorlint
