#include "Merge.h"
#include "ExitCodes.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

namespace seniorlint {
namespace {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

llvm::Error mergeError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

// 3 (some units failed) outranks 1 (findings) outranks 0.
int64_t worseExit(int64_t A, int64_t B) {
  auto Rank = [](int64_t E) { return E == ExitPartialFailure ? 2 : E == ExitFindings ? 1 : 0; };
  return Rank(A) >= Rank(B) ? A : B;
}

std::string str(const Value *V) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  if (V)
    OS << *V;
  return Out;
}

// A SARIF result's identity: rule, location and message.
std::string sarifKey(const Object &Result) {
  return str(Result.get("ruleId")) + str(Result.get("locations")) + str(Result.get("message"));
}

llvm::Error mergeSarif(Object &Into, Object &Next, const std::string &Name) {
  Object &Run = *(*Into.getArray("runs"))[0].getAsObject();
  Array *NextRuns = Next.getArray("runs");
  if (!NextRuns || NextRuns->empty() || !(*NextRuns)[0].getAsObject())
    return mergeError(Name + ": not a SARIF log with a run");
  Object &Other = *(*NextRuns)[0].getAsObject();
  const Object *Tool = Run.getObject("tool"), *OtherTool = Other.getObject("tool");
  if (!Tool || !OtherTool || *Tool != *OtherTool)
    return mergeError(Name + ": produced by a different seniorlint version or catalogue; "
                             "merge reports of one version");
  llvm::StringSet<> Seen;
  Array &Results = *Run.getArray("results");
  for (const Value &R : Results)
    Seen.insert(sarifKey(*R.getAsObject()));
  if (Array *More = Other.getArray("results"))
    for (Value &R : *More)
      if (R.getAsObject() && Seen.insert(sarifKey(*R.getAsObject())).second)
        Results.push_back(std::move(R));

  Object &Inv = *(*Run.getArray("invocations"))[0].getAsObject();
  if (Array *OtherInv = Other.getArray("invocations"); OtherInv && !OtherInv->empty()) {
    Object &O = *(*OtherInv)[0].getAsObject();
    Inv["exitCode"] = worseExit(Inv.getInteger("exitCode").value_or(0),
                                O.getInteger("exitCode").value_or(0));
    Inv["executionSuccessful"] = Inv.getBoolean("executionSuccessful").value_or(true) &&
                                 O.getBoolean("executionSuccessful").value_or(true);
    if (Array *Notes = O.getArray("toolExecutionNotifications"))
      for (Value &N : *Notes)
        Inv.getArray("toolExecutionNotifications")->push_back(std::move(N));
  }
  return llvm::Error::success();
}

std::string jsonKey(const Object &F) {
  return str(F.get("rule")) + str(F.get("file")) + str(F.get("line")) + str(F.get("column")) +
         str(F.get("message"));
}

llvm::Error mergeJson(Object &Into, Object &Next, const std::string &Name) {
  if (str(Into.get("tool")) != str(Next.get("tool")))
    return mergeError(Name + ": produced by a different seniorlint version; merge reports of one "
                             "version");
  llvm::StringSet<> Seen;
  Array &Findings = *Into.getArray("findings");
  for (const Value &F : Findings)
    Seen.insert(jsonKey(*F.getAsObject()));
  if (Array *More = Next.getArray("findings"))
    for (Value &F : *More)
      if (F.getAsObject() && Seen.insert(jsonKey(*F.getAsObject())).second)
        Findings.push_back(std::move(F));
  if (Array *More = Next.getArray("failures"))
    for (Value &F : *More)
      Into.getArray("failures")->push_back(std::move(F));
  Into["translationUnits"] = Into.getInteger("translationUnits").value_or(0) +
                             Next.getInteger("translationUnits").value_or(0);
  Into["exitCode"] =
      worseExit(Into.getInteger("exitCode").value_or(0), Next.getInteger("exitCode").value_or(0));
  return llvm::Error::success();
}

llvm::Expected<Value> load(const std::string &File) {
  auto Buffer = llvm::MemoryBuffer::getFile(File);
  if (!Buffer)
    return mergeError("cannot read " + File + ": " + Buffer.getError().message());
  auto Parsed = llvm::json::parse((*Buffer)->getBuffer());
  if (!Parsed)
    return mergeError(File + ": malformed JSON " + llvm::toString(Parsed.takeError()));
  return Parsed;
}

bool isSarif(const Object &O) { return O.getArray("runs") != nullptr; }

} // namespace

llvm::Expected<Value> mergeReports(const std::vector<std::string> &Files) {
  if (Files.empty())
    return mergeError("merge needs at least one report");
  auto First = load(Files[0]);
  if (!First)
    return First.takeError();
  Object *Into = First->getAsObject();
  bool Sarif = Into && isSarif(*Into);
  if (!Into || (!Sarif && !Into->getArray("findings")) ||
      (Sarif && (Into->getArray("runs")->empty() ||
                 !(*Into->getArray("runs"))[0].getAsObject()->getArray("results"))))
    return mergeError(Files[0] + ": neither a seniorlint SARIF nor a seniorlint JSON report");
  if (Sarif && !(*Into->getArray("runs"))[0].getAsObject()->getArray("invocations"))
    return mergeError(Files[0] + ": SARIF run without invocations");
  for (size_t I = 1; I < Files.size(); ++I) {
    auto Next = load(Files[I]);
    if (!Next)
      return Next.takeError();
    Object *N = Next->getAsObject();
    if (!N || isSarif(*N) != Sarif)
      return mergeError(Files[I] + ": every input must have the format of " + Files[0] + " (" +
                        (Sarif ? "SARIF" : "JSON") + ")");
    if (llvm::Error E = Sarif ? mergeSarif(*Into, *N, Files[I]) : mergeJson(*Into, *N, Files[I]))
      return std::move(E);
  }
  return First;
}

int runMerge(int Argc, const char *const *Argv) {
  std::string Output;
  std::vector<std::string> Inputs;
  for (int I = 2; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    if ((Arg == "-o" || Arg == "--output") && I + 1 < Argc)
      Output = Argv[++I];
    else if (Arg.consume_front("--output="))
      Output = Arg.str();
    else
      Inputs.push_back(Arg.str());
  }
  auto Merged = mergeReports(Inputs);
  if (!Merged) {
    llvm::WithColor::error(llvm::errs(), "seniorlint merge") << llvm::toString(Merged.takeError())
                                                             << '\n';
    return ExitUsageError;
  }
  if (Output.empty()) {
    llvm::outs() << llvm::formatv("{0:2}", *Merged) << '\n';
    return ExitClean;
  }
  std::error_code EC;
  llvm::raw_fd_ostream OS(Output, EC);
  if (EC) {
    llvm::WithColor::error(llvm::errs(), "seniorlint merge") << "cannot write " << Output << ": "
                                                             << EC.message() << '\n';
    return ExitUsageError;
  }
  OS << llvm::formatv("{0:2}", *Merged) << '\n';
  return ExitClean;
}

} // namespace seniorlint
