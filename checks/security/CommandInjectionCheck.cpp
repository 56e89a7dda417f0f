#include "CommandInjectionCheck.h"
#include "CheckRegistry.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

enum class Launch { Shell, Program, ProgramWithArgList, Spawn };

Launch launchKind(StringRef Callee) {
  return llvm::StringSwitch<Launch>(Callee)
      .Cases("execl", "execlp", "execle", Launch::ProgramWithArgList)
      .Cases("execv", "execvp", "execvpe", "execve", Launch::Program)
      .Cases("posix_spawn", "posix_spawnp", Launch::Spawn)
      .Default(Launch::Shell);
}

// The text of a literal, seen directly or through a const variable: enough to recognise
// `execl(kShell, "sh", "-c", ...)`.
std::optional<StringRef> literalText(const Expr *E, int Depth = 0) {
  E = E->IgnoreParenCasts();
  if (const auto *Literal = dyn_cast<StringLiteral>(E))
    return Literal->getCharByteWidth() == 1 ? std::optional(Literal->getString()) : std::nullopt;
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || isa<ParmVarDecl>(Var) || !Var->getType().isConstQualified() || Depth > 4)
    return std::nullopt;
  const Expr *Init = Var->getAnyInitializer();
  return Init ? literalText(Init, Depth + 1) : std::nullopt;
}

enum class Shell { None, Posix, Cmd };

Shell shellKind(StringRef Program) {
  StringRef Name = Program.substr(Program.find_last_of("/\\") + 1);
  Name.consume_back_insensitive(".exe");
  if (Name.equals_insensitive("cmd"))
    return Shell::Cmd;
  return llvm::is_contained(
             {"sh", "bash", "dash", "zsh", "ksh", "mksh", "ash", "csh", "tcsh", "fish"}, Name)
             ? Shell::Posix
             : Shell::None;
}

bool isOption(StringRef Arg, Shell Kind) {
  if (Kind == Shell::Cmd)
    return Arg.starts_with("/");
  return Arg.starts_with("-") || Arg.starts_with("+");
}

// `-c`, and the clusters people write around it: `-ec`, `-lc`, `-xc`; cmd.exe's `/c`, `/k`.
bool isScriptFlag(StringRef Arg, Shell Kind) {
  if (Kind == Shell::Cmd)
    return Arg.equals_insensitive("/c") || Arg.equals_insensitive("/k");
  return Arg.size() >= 2 && Arg[0] == '-' && Arg[1] != '-' && Arg.contains('c') &&
         llvm::all_of(Arg.drop_front(), [](char C) { return llvm::isAlpha(C); });
}

} // namespace

void CommandInjectionCheck::registerMatchers(MatchRegistry &Matchers) {
  auto Sinks = functionDecl(hasSinkName(spec()));
  // With a template-dependent argument the call is resolved only in instantiations, which
  // spelled-in-source traversal skips; the pattern still names the function.
  auto Callee = anyOf(callee(Sinks.bind("fn")),
                      callee(unresolvedLookupExpr(hasAnyDeclaration(Sinks.bind("fn")))));
  Matchers.onCallsTo(spec().sinkNames(), callExpr(Callee).bind("call"), this);
}

// Findings of the reported origin only: the main rule reports data that may come from
// outside, the unknown-origin variant what the analysis could not trace.
void CommandInjectionCheck::reportIfReported(const Expr *Arg, const FlowResult &F,
                                             const std::string &What, StringRef Advice) {
  if (F.Kind != Reported)
    return;
  std::string Origin = Reported == Origin::External
                           ? " may contain data from outside the program; "
                           : " comes from a value the analysis cannot trace to a constant or to "
                             "a source; if outside data can reach it, ";
  FindingBuilder B = report(Arg->getBeginLoc(), What + Origin + Advice.str());
  F.explain(B);
}

void CommandInjectionCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  const auto *Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  llvm::ArrayRef<unsigned> Args = sinkArguments(*Fn);
  if (Args.empty()) // `ops::system`: a project's own function of the same name
    return;
  Flow = &flow(*Result.Context);
  std::string Callee = Fn->getNameAsString(); // configured sinks may be operators
  ASTContext &Ctx = *Result.Context;
  Launch Kind = launchKind(Callee);
  const Expr *Arg = sinkArgument(*Call, Args.front());
  if (!Arg)
    return;

  if (Kind == Launch::Shell) {
    // system(NULL) only asks whether a shell exists.
    if (Arg->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
      return;
    reportIfReported(Arg, Flow->origin(Arg), "command passed to '" + Callee + "'",
                     "a shell will interpret any metacharacters in it: run the program with "
                     "execv/posix_spawn and a fixed argument vector, or validate against an "
                     "allow-list");
    return;
  }
  FlowResult Program = Flow->origin(Arg);
  if (!Program.isConstant()) {
    reportIfReported(Arg, Program, "program run by '" + Callee + "'",
                     "whoever controls the string runs any program: use a fixed path, or "
                     "choose among constants from an allow-list");
    return;
  }
  if (Kind == Launch::ProgramWithArgList)
    checkShellScript(Call, Callee);
}

// Arguments to an ordinary program are data, never parsed by a shell: that is the safe way
// to pass them. Only `sh -c SCRIPT` turns an argument back into shell code.
void CommandInjectionCheck::checkShellScript(const CallExpr *Call, StringRef Callee) {
  std::optional<StringRef> Program = literalText(Call->getArg(0));
  Shell Kind = Program ? shellKind(*Program) : Shell::None;
  if (Kind == Shell::None)
    return;
  // Options come before operands; argument 1 is argv[0], a name and nothing more.
  for (unsigned I = 2; I + 1 < Call->getNumArgs(); ++I) {
    std::optional<StringRef> Option = literalText(Call->getArg(I));
    if (!Option || !isOption(*Option, Kind))
      return;
    if (llvm::is_contained({"-o", "+o", "-O", "+O"}, *Option)) {
      ++I; // takes a name: `-o pipefail`, `-O extglob`
      continue;
    }
    if (!isScriptFlag(*Option, Kind))
      continue;
    const Expr *Script = Call->getArg(I + 1);
    reportIfReported(Script, Flow->origin(Script),
                     "script passed to '" + Callee.str() + "' after '" + Option->str() + "'",
                     "the shell will interpret any metacharacters in it: keep the script "
                     "constant and pass the data as further arguments (\"$1\"), or run the "
                     "program directly");
    return;
  }
}

SENIORLINT_REGISTER_CHECK(CommandInjectionCheck, "security-command-injection");

} // namespace seniorlint
