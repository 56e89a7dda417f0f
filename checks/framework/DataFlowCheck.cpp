// The parts of DataFlow.h that checks use around the analysis: options, notes, the check base.
#include "DataFlow.h"
#include "NameMatchers.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace seniorlint {

void FlowResult::explain(FindingBuilder &F) const {
  if (Kind == Origin::Constant)
    return;
  F.note(Source.Loc, Source.Message);
  if (Built && Built->Loc != Source.Loc)
    F.note(Built->Loc, Built->Message);
  if (Kind == Origin::External && !Pending.empty())
    F.onlyIf(Pending);
}

DataFlowOptions DataFlowOptions::fromRule(const RuleOptions &Options) {
  DataFlowOptions O;
  O.ParametersAreExternal = Options.getString("parameters", "external") != "unknown";
  return O;
}

DataFlowCheck::DataFlowCheck(const CheckContext &Ctx)
    : Check(Ctx), Spec(Ctx.Flow ? Ctx.Flow : std::make_shared<const DataFlowSpec>()),
      Options(DataFlowOptions::fromRule(Ctx.Options)) {}

DataFlow &DataFlowCheck::flow(ASTContext &Ctx) {
  if (!Flow)
    Flow = std::make_unique<DataFlow>(Ctx, *Spec, Options);
  return *Flow;
}

llvm::ArrayRef<unsigned> DataFlowCheck::sinkArguments(const FunctionDecl &FD) {
  auto [It, Inserted] = SinkArguments.try_emplace(FD.getCanonicalDecl());
  if (Inserted)
    It->second = Spec->sinkArguments(FD);
  return It->second;
}

ast_matchers::internal::Matcher<NamedDecl> hasSinkName(const DataFlowSpec &Spec) {
  std::vector<std::string> Names = Spec.sinkNames();
  return anyNameOf(std::vector<StringRef>(Names.begin(), Names.end()));
}

const Expr *sinkArgument(const CallExpr &Call, unsigned I) {
  if (isa<CXXOperatorCallExpr>(Call) && isa_and_nonnull<CXXMethodDecl>(Call.getDirectCallee()))
    ++I;
  return I < Call.getNumArgs() ? Call.getArg(I) : nullptr;
}

} // namespace seniorlint
