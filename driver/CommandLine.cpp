#include "CommandLine.h"
#include "llvm/ADT/StringRef.h"

namespace seniorlint {

const char *usageText() {
  return R"(USAGE: seniorlint [options] [files...]
       seniorlint explain <rule-id>

Analyses the files of a compilation database (all of them when no file is named) and
reports findings with links to the rule and the senior practice ("tip") behind it.

OPTIONS:
  -p <path>             Build directory or compile_commands.json. Default: searched for in
                        the working directory, its build/ folder and their parents.
  --checks=<globs>      Rules to run, e.g. '-*,security-*' (applied left to right).
  --list-rules          List the rules, grouped by tip.
  -j <n>                Translation units analysed in parallel (default: number of cores).
  --color=<when>        auto, always or never (default: auto).
  --docs-url=<url>      Base URL of the docs/ folder used in links (default: local files).
  --resource-dir=<dir>  Clang resource directory (default: the one of the Clang we use).
  --version             Print the version of seniorlint and of the Clang it uses.
  --help                Print this help.

EXIT CODES:
  0 no findings, 1 findings, 2 usage/configuration/input error,
  3 some translation units could not be analysed (the others are still reported).
)";
}

static llvm::Error usageError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 Message + " (seniorlint --help lists the options)");
}

llvm::Expected<CommandLine> parseCommandLine(int Argc, const char *const *Argv) {
  CommandLine CL;
  int I = 1;
  if (Argc > 1 && llvm::StringRef(Argv[1]) == "explain") {
    if (Argc != 3)
      return usageError("'explain' takes exactly one rule id");
    CL.Do = CommandLine::Action::Explain;
    CL.ExplainRule = Argv[2];
    return CL;
  }
  // Accepts both "--opt=value" and "--opt value".
  auto Value = [&](llvm::StringRef Arg, llvm::StringRef Name, std::string &Out) -> llvm::Expected<bool> {
    if (Arg == Name) {
      if (I + 1 >= Argc)
        return usageError(Name + " needs a value");
      Out = Argv[++I];
      return true;
    }
    if (Arg.consume_front(Name) && Arg.consume_front("=")) {
      Out = Arg.str();
      return true;
    }
    return false;
  };
  bool OnlyFiles = false;
  for (; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    if (OnlyFiles || !Arg.starts_with("-") || Arg == "-") {
      CL.Files.push_back(Arg.str());
      continue;
    }
    if (Arg == "--") {
      OnlyFiles = true;
      continue;
    }
    if (Arg == "--help" || Arg == "-h") {
      CL.Do = CommandLine::Action::Help;
      continue;
    }
    if (Arg == "--version") {
      CL.Do = CommandLine::Action::Version;
      continue;
    }
    if (Arg == "--list-rules") {
      CL.Do = CommandLine::Action::ListRules;
      continue;
    }
    std::string V;
    bool Matched = false;
    for (auto [Name, Field] : {std::pair<llvm::StringRef, std::string *>{"-p", &CL.BuildPath},
                               {"--checks", &CL.Checks},
                               {"--docs-url", &CL.DocsUrl},
                               {"--resource-dir", &CL.ResourceDir}}) {
      auto Got = Value(Arg, Name, *Field);
      if (!Got)
        return Got.takeError();
      if ((Matched = *Got))
        break;
    }
    if (Matched)
      continue;
    if (auto Got = Value(Arg, "--color", V); !Got) {
      return Got.takeError();
    } else if (*Got) {
      if (V == "auto")
        CL.Color = ColorMode::Auto;
      else if (V == "always")
        CL.Color = ColorMode::Always;
      else if (V == "never")
        CL.Color = ColorMode::Never;
      else
        return usageError("--color takes auto, always or never, not '" + V + "'");
      continue;
    }
    if (Arg.starts_with("-j")) {
      llvm::StringRef N = Arg.drop_front(2);
      if (N.empty() && I + 1 < Argc)
        N = Argv[++I];
      if (N.getAsInteger(10, CL.Jobs) || CL.Jobs == 0)
        return usageError("-j takes a positive number");
      continue;
    }
    return usageError("unknown option '" + Arg + "'");
  }
  return CL;
}

} // namespace seniorlint
