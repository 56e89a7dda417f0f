#include "SecretInLogCheck.h"
#include "CheckRegistry.h"
#include "LibraryCalls.h"
#include "NameMatchers.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

// Kept equal to the catalogue's defaults (rules/security-system.yaml).
const char *const DefaultSecretNames =
    "password, passwd, passphrase, secret, token, api_key, apikey, private_key, secret_key, "
    "access_key, signing_key, session_key, credential, credentials, session_id, authorization";
const char *const DefaultLogFunctions =
    "LOG, DLOG, VLOG, LOG_TRACE, LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_WARNING, LOG_ERROR, "
    "LOG_FATAL, LOG_CRITICAL, BOOST_LOG_TRIVIAL, SPDLOG_TRACE, SPDLOG_DEBUG, SPDLOG_INFO, "
    "SPDLOG_WARN, SPDLOG_ERROR, SPDLOG_CRITICAL, spdlog::trace, spdlog::debug, spdlog::info, "
    "spdlog::warn, spdlog::error, spdlog::critical, spdlog::logger::trace, "
    "spdlog::logger::debug, spdlog::logger::info, spdlog::logger::warn, spdlog::logger::error, "
    "spdlog::logger::critical, log_trace, log_debug, log_info, log_warn, log_error, log_fatal, "
    "fmt::print, std::print, std::println";

llvm::StringSet<> macroNames(const std::vector<std::string> &Functions) {
  llvm::StringSet<> Macros;
  for (const std::string &F : Functions)
    if (StringRef(F).find("::") == StringRef::npos)
      Macros.insert(F);
  return Macros;
}

} // namespace

bool LogMacroNames::anyDefined(const ASTContext &Ctx) const {
  if (!AnyDefined)
    AnyDefined = llvm::any_of(Names, [&Ctx](const auto &Name) {
      auto It = Ctx.Idents.find(Name.getKey());
      return It != Ctx.Idents.end() && It->second->hadMacroDefinition();
    });
  return *AnyDefined;
}

namespace {

// The first macro named in Macros that Loc was expanded from, innermost first.
std::optional<std::string> expandedFrom(SourceLocation Loc, const ASTContext &Ctx,
                                        const LogMacroNames &Macros) {
  // Naming the macro at each expansion level runs the lexer: not for units that define none.
  if (!Loc.isMacroID() || !Macros.anyDefined(Ctx))
    return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  while (Loc.isMacroID()) {
    StringRef Name = Lexer::getImmediateMacroName(Loc, SM, Ctx.getLangOpts());
    if (Macros.Names.count(Name))
      return Name.str();
    Loc = SM.getImmediateMacroCallerLoc(Loc);
  }
  return std::nullopt;
}

// A call written in the body of a logging macro (not one the caller passed in as an
// argument, as `check_token(token)` in `LOG_INFO("valid: %d", check_token(token))`).
AST_MATCHER_P(CallExpr, isCallInLogMacro, const LogMacroNames *, Macros) {
  SourceLocation Loc = Node.getExprLoc();
  const SourceManager &SM = Finder->getASTContext().getSourceManager();
  return Loc.isMacroID() && !Macros->Names.empty() && SM.isMacroBodyExpansion(Loc) &&
         expandedFrom(Loc, Finder->getASTContext(), *Macros);
}

AST_MATCHER(Expr, hasTextLikeType) { return isTextLike(Node.getType()); }

bool isStdStreamVariable(const Expr *E, std::initializer_list<StringRef> Names) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return VD && VD->getIdentifier() && llvm::is_contained(Names, VD->getName());
}

bool isException(const CXXRecordDecl *RD, int Depth = 0) {
  if (!RD || !RD->hasDefinition() || Depth > 8)
    return false;
  if (RD->isInStdNamespace() && RD->getIdentifier() && RD->getName() == "exception")
    return true;
  return llvm::any_of(RD->bases(), [Depth](const CXXBaseSpecifier &Base) {
    return isException(Base.getType()->getAsCXXRecordDecl(), Depth + 1);
  });
}

QualType valueType(const NamedDecl *D) {
  if (const auto *Method = dyn_cast<CXXMethodDecl>(D))
    return Method->getReturnType();
  return cast<ValueDecl>(D)->getType();
}

} // namespace

SecretInLogCheck::SecretInLogCheck(const CheckContext &Ctx)
    : Check(Ctx), Secrets(Ctx.Options.getList("secret-names", DefaultSecretNames)),
      LogFunctions(Ctx.Options.getList("log-functions", DefaultLogFunctions)),
      LogMacros(macroNames(LogFunctions)) {}

void SecretInLogCheck::registerMatchers(MatchRegistry &Matchers) {
  std::vector<StringRef> Printers = {"printf", "puts",   "fprintf", "fputs",
                                    "dprintf", "syslog", "perror"};
  std::vector<StringRef> Loggers(LogFunctions.begin(), LogFunctions.end());
  auto Printer = functionDecl(anyNameOf(Printers), isCLibrary());
  auto Sink =
      Loggers.empty() ? Printer : functionDecl(anyOf(Printer, anyNameOf(Loggers)));
  std::vector<StringRef> Names = Printers;
  Names.insert(Names.end(), Loggers.begin(), Loggers.end());
  Matchers.onCallsTo(Names, callExpr(callee(Sink.bind("fn"))).bind("call"), this);
  Matchers.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource,
                             callExpr(isCallInLogMacro(&LogMacros)).bind("macro")),
                    this);
  Matchers.onCallsTo({"operator<<"},
                     cxxOperatorCallExpr(hasOverloadedOperatorName("<<"), argumentCountIs(2),
                                         hasArgument(1, hasTextLikeType()))
                         .bind("insert"),
                     this);
  Matchers.addMatcher(
      traverse(TK_IgnoreUnlessSpelledInSource, cxxThrowExpr(has(expr())).bind("throw")), this);
}

std::optional<std::string> SecretInLogCheck::secretName(const Expr *Piece, ASTContext &Ctx,
                                                        int Depth) const {
  const NamedDecl *D = valueSource(Piece);
  if (D && D->getIdentifier() && Secrets.matches(D->getName()) && isTextLike(valueType(D)))
    return isLexicalToken(D, Piece, Ctx) ? std::nullopt : std::optional(D->getName().str());
  // Read from the environment under a secret's name: getenv("DB_PASSWORD"), directly or
  // through the local that holds it.
  if (const auto *Call = dyn_cast<CallExpr>(Piece->IgnoreParenCasts());
      Call && Call->getNumArgs() == 1 && Call->getDirectCallee() &&
      Call->getDirectCallee()->getIdentifier() &&
      llvm::is_contained({"getenv", "secure_getenv"}, Call->getDirectCallee()->getName())) {
    const auto *Name = dyn_cast<StringLiteral>(Call->getArg(0)->IgnoreParenImpCasts());
    if (Name && Name->getCharByteWidth() == 1 && Secrets.matches(Name->getString()))
      return Name->getString().str();
  }
  // A local that holds a secret or a text built with one (`std::string Line = "pw=" + Pw;`),
  // and is not changed before it is logged.
  const auto *Local = dyn_cast_or_null<VarDecl>(D);
  if (Depth > 0 || !Local || !Local->isLocalVarDecl() || !Local->getInit())
    return std::nullopt;
  std::optional<std::string> Found;
  forEachTextPiece(Local->getInit(), [&](const Expr *P) {
    if (!Found)
      Found = secretName(P, Ctx, Depth + 1);
  });
  // The mutation analysis walks the whole function: only for a local that held a secret.
  return Found && keepsItsValue(Local, Ctx) ? Found : std::nullopt;
}

void SecretInLogCheck::reportSecrets(llvm::ArrayRef<const Expr *> Args, StringRef Sink,
                                     ASTContext &Ctx, bool IsException) {
  for (const Expr *Arg : Args)
    forEachTextPiece(Arg, [&](const Expr *Piece) {
      std::optional<std::string> Name = secretName(Piece, Ctx);
      if (!Name || !Reported.insert(Piece).second)
        return;
      if (IsException)
        report(Piece->getBeginLoc(),
               "'" + *Name + "' looks like a secret and goes into the message of a thrown '" +
                   Sink.str() +
                   "': exception messages end up in logs and error responses; leave the value "
                   "out of the message");
      else
        report(Piece->getBeginLoc(),
               "'" + *Name + "' looks like a secret and reaches the log through '" + Sink.str() +
                   "': anyone who can read the logs can use it; log whether it is set, or a "
                   "masked form, never the value");
    });
}

bool SecretInLogCheck::mentionsSecret(llvm::ArrayRef<const Expr *> Args, ASTContext &Ctx) const {
  bool Found = false;
  for (const Expr *Arg : Args)
    forEachTextPiece(Arg, [&](const Expr *Piece) { Found = Found || secretName(Piece, Ctx); });
  return Found;
}

std::optional<std::string> SecretInLogCheck::logMacroAt(SourceLocation Loc,
                                                        const ASTContext &Ctx) const {
  return expandedFrom(Loc, Ctx, LogMacros);
}

// Where a `<<` chain writes: std::cout, std::cerr, std::clog, a logging macro's stream
// (`LOG(INFO) << ...`) or a logging function's.
std::optional<std::string> SecretInLogCheck::logStream(const Expr *Root,
                                                       const ASTContext &Ctx) const {
  Root = Root->IgnoreParenImpCasts();
  if (isStdStreamVariable(Root, {"cout", "cerr", "clog", "wcout", "wcerr", "wclog"}) &&
      cast<DeclRefExpr>(Root)->getDecl()->isInStdNamespace())
    return "std::" + cast<DeclRefExpr>(Root)->getDecl()->getName().str();
  if (std::optional<std::string> Macro = logMacroAt(Root->getBeginLoc(), Ctx))
    return Macro;
  const auto *Call = dyn_cast<CallExpr>(Root);
  const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
  if (!FD || !FD->getIdentifier())
    return std::nullopt;
  std::string Qualified = FD->getQualifiedNameAsString();
  for (const std::string &F : LogFunctions)
    if (Qualified == F || StringRef(Qualified).ends_with("::" + F))
      return F;
  return std::nullopt;
}

void SecretInLogCheck::check(const MatchFinder::MatchResult &Result) {
  const ASTContext &Ctx = *Result.Context;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call")) {
    const auto *Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn");
    std::vector<const Expr *> Args(Call->arg_begin(), Call->arg_end());
    StringRef Name = Fn->getName();
    if (!isCLibraryFunction(*Fn, *Result.Context) ||
        !llvm::is_contained({"printf", "puts", "fprintf", "fputs", "dprintf", "syslog", "perror"},
                            Name)) {
      reportSecrets(Args, Fn->getQualifiedNameAsString(), *Result.Context);
      return;
    }
    // fprintf and fputs log when they write to the standard streams or to a file whose path
    // says it is a log (fopen("debug.txt", "a")); to another file they store.
    if (Name == "fprintf" || Name == "fputs") {
      unsigned Stream = Name == "fprintf" ? 0 : 1;
      if (Args.size() <= Stream)
        return;
      const Expr *File = Args[Stream];
      Args.erase(Args.begin() + Stream);
      // Where the stream was opened is a walk of the function: only when a secret is written.
      if (!mentionsSecret(Args, *Result.Context) ||
          (!isStdStreamVariable(File, {"stderr", "stdout"}) && !logFileOf(File, *Result.Context)))
        return;
    } else if (Name == "dprintf") {
      std::optional<uint64_t> Fd =
          Args.empty() ? std::nullopt : knownValue(Args[0], *Result.Context);
      if (Fd != 1u && Fd != 2u)
        return;
      Args.erase(Args.begin());
    } else if (Name == "syslog" && !Args.empty()) {
      Args.erase(Args.begin());
    }
    reportSecrets(Args, Name, *Result.Context);
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("macro")) {
    std::optional<std::string> Macro = logMacroAt(Call->getExprLoc(), Ctx);
    reportSecrets(std::vector<const Expr *>(Call->arg_begin(), Call->arg_end()), *Macro,
                  *Result.Context);
    return;
  }
  if (const auto *Insert = Result.Nodes.getNodeAs<CXXOperatorCallExpr>("insert")) {
    if (std::optional<std::string> Stream = logStream(streamRoot(Insert), Ctx))
      reportSecrets({Insert->getArg(1)}, *Stream, *Result.Context);
    return;
  }
  const auto *Throw = Result.Nodes.getNodeAs<CXXThrowExpr>("throw");
  const Expr *Thrown = Throw->getSubExpr();
  for (;;) {
    const Expr *Next = Thrown->IgnoreParenCasts();
    if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = Bind->getSubExpr();
    if (Next == Thrown)
      break;
    Thrown = Next;
  }
  const auto *Construct = dyn_cast<CXXConstructExpr>(Thrown);
  if (!Construct || !isException(Construct->getConstructor()->getParent()))
    return;
  std::vector<const Expr *> Message;
  const CXXConstructorDecl *Ctor = Construct->getConstructor();
  for (unsigned I = 0; I < Construct->getNumArgs() && I < Ctor->getNumParams(); ++I) {
    // A parameter named like a secret: the exception carries it on purpose, not as text.
    const ParmVarDecl *Param = Ctor->getParamDecl(I);
    if (Param->getIdentifier() && Secrets.matches(Param->getName()))
      continue;
    Message.push_back(Construct->getArg(I));
  }
  reportSecrets(Message, Construct->getConstructor()->getParent()->getQualifiedNameAsString(),
                *Result.Context, /*IsException=*/true);
}

SENIORLINT_REGISTER_CHECK(SecretInLogCheck, "security-secret-in-log");

} // namespace seniorlint
