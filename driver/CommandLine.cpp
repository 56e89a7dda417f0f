#include "CommandLine.h"
#include "llvm/ADT/StringRef.h"

namespace seniorlint {

const char *usageText() {
  return R"(USAGE: seniorlint [options] [files...]
       seniorlint explain <rule-id>
       seniorlint [options] <files...> -- <compile command>
       seniorlint merge [-o <file>] <report.sarif|report.json>...

Analyses the files of a compilation database (all of them when no file is named), or
files compiled with the command given after '--' (as CMake's CXX_CLANG_TIDY passes it),
and reports findings with links to the rule and the senior practice ("tip") behind it.

OPTIONS:
  -p <path>             Build directory or compile_commands.json. Default: searched for in
                        the working directory, its build/ folder and their parents.
  --checks=<globs>      Rules to run, e.g. '-*,security-*' (applied left to right).
  --list-rules          List the rules, grouped by tip.
  -j <n>                Translation units analysed in parallel (default: number of cores).
  --format=<f>[:<file>] Output format: text, sarif, json, junit, gitlab, github, html.
                        Repeatable or comma-separated, each to standard output or to its
                        own file, e.g. --format=text,sarif:seniorlint.sarif
  --config=<file>       Use this configuration for every file instead of the nearest
                        .seniorlint.yaml above each file.
  --dump-config         Print the effective configuration for the named file (or the
                        working directory) and exit.
  --report-unused-suppressions
                        Report NOLINT comments that suppress nothing.
  --fail-on=<severity>  Lowest severity that makes the exit code 1: info (default),
                        warning or error. Findings below it are still reported.
  --max-findings=<n>    Exit code 1 only when more than n findings reach --fail-on.
  --quiet               Findings only: no summary and no progress.
  --no-cache            Analyse every unit even if an unchanged result is cached.
  --cache-dir=<dir>     Result cache (default: .seniorlint-cache beside the database).
  --shard=<k>/<n>       Analyse only the k-th of n deterministic slices of the units
                        (CI matrix jobs); combine with 'seniorlint merge'.
  --profile             Print time per rule and per translation unit on stderr.
  --walk-system-headers Benchmarking: run the matchers over system headers too (their
                        findings are still dropped) to measure what skipping them saves.
  --baseline=<file>     Report only findings not accepted in this baseline (matched by
                        fingerprint: moved lines and renamed files stay accepted).
  --write-baseline=<file>
                        Accept the current findings: write them as a baseline; exit 0.
  --diff-base=<ref>     Judge only what the working tree changed since the git revision:
                        analyse units whose source or headers changed, report findings on
                        added or modified lines.
  --fix                 Apply the findings' fix-its to the files.
  --export-fixes=<file> Write the fix-its as clang-apply-replacements YAML.
  --source-root=<dir>   Paths in machine formats are relative to it (default: cwd).
  --color=<when>        auto, always or never (default: auto).
  --docs-url=<url>      Base URL of the docs/ folder used in links (default: local files).
  --extra-arg=<arg>     Append a compiler argument to every compile command
  --extra-arg-before=<arg>  ... or prepend it (both as in clang-tidy; repeatable).
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
  for (; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    if (CL.HasCompileCommand) {
      CL.CompileCommand.push_back(Arg.str());
      continue;
    }
    if (!Arg.starts_with("-") || Arg == "-") {
      CL.Files.push_back(Arg.str());
      continue;
    }
    if (Arg == "--") {
      CL.HasCompileCommand = true;
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
    if (Arg == "--dump-config") {
      CL.Do = CommandLine::Action::DumpConfig;
      continue;
    }
    if (Arg == "--report-unused-suppressions") {
      CL.ReportUnusedSuppressions = true;
      continue;
    }
    if (Arg == "--no-cache") {
      CL.NoCache = true;
      continue;
    }
    if (Arg == "--walk-system-headers") {
      CL.WalkSystemHeaders = true;
      continue;
    }
    if (Arg == "--profile") {
      CL.Profile = true;
      continue;
    }
    if (Arg == "--fix") {
      CL.Fix = true;
      continue;
    }
    if (Arg == "--quiet" || Arg == "-q") {
      CL.Quiet = true;
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
                               {"--source-root", &CL.SourceRoot},
                               {"--config", &CL.ConfigFile},
                               {"--fail-on", &CL.FailOn},
                               {"--baseline", &CL.Baseline},
                               {"--write-baseline", &CL.WriteBaseline},
                               {"--diff-base", &CL.DiffBase},
                               {"--export-fixes", &CL.ExportFixes},
                               {"--cache-dir", &CL.CacheDir},
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
    if (auto Got = Value(Arg, "--format", V); !Got) {
      return Got.takeError();
    } else if (*Got) {
      llvm::SmallVector<llvm::StringRef, 4> Specs;
      llvm::StringRef(V).split(Specs, ',', -1, false);
      for (llvm::StringRef Spec : Specs) {
        auto [Format, File] = Spec.split(':');
        CL.Outputs.push_back({Format.str(), File.str()});
      }
      continue;
    }
    if (auto Got = Value(Arg, "--shard", V); !Got) {
      return Got.takeError();
    } else if (*Got) {
      auto [K, N] = llvm::StringRef(V).split('/');
      unsigned Index, Count;
      if (K.getAsInteger(10, Index) || N.getAsInteger(10, Count) || Count == 0 || Index == 0 ||
          Index > Count)
        return usageError("--shard takes k/n with 1 <= k <= n, e.g. --shard=2/4");
      CL.ShardIndex = Index - 1;
      CL.ShardCount = Count;
      continue;
    }
    if (auto Got = Value(Arg, "--max-findings", V); !Got) {
      return Got.takeError();
    } else if (*Got) {
      if (llvm::StringRef(V).getAsInteger(10, CL.MaxFindings) || CL.MaxFindings < 0)
        return usageError("--max-findings takes a number >= 0");
      continue;
    }
    if (auto Got = Value(Arg, "--extra-arg", V); !Got) {
      return Got.takeError();
    } else if (*Got) {
      CL.ExtraArgs.push_back(V);
      continue;
    }
    if (auto Got = Value(Arg, "--extra-arg-before", V); !Got) {
      return Got.takeError();
    } else if (*Got) {
      CL.ExtraArgsBefore.push_back(V);
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
  if (CL.FailOn != "info" && CL.FailOn != "warning" && CL.FailOn != "error")
    return usageError("--fail-on takes info, warning or error, not '" + CL.FailOn + "'");
  if (!CL.WriteBaseline.empty() && (!CL.Baseline.empty() || !CL.DiffBase.empty()))
    return usageError("--write-baseline records every current finding; it cannot be combined "
                      "with --baseline or --diff-base");
  if (llvm::StringRef(CL.DiffBase).starts_with("-"))
    return usageError("--diff-base takes a git revision, not '" + CL.DiffBase + "'");
  int ToStdout = 0;
  for (const CommandLine::Output &O : CL.Outputs)
    ToStdout += O.File.empty();
  if (ToStdout > 1)
    return usageError("only one --format can write to standard output; give the others a file "
                      "(--format=sarif:out.sarif)");
  return CL;
}

} // namespace seniorlint
