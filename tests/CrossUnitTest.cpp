// resolveCrossUnit on hand-made facts: the fixed point, the defaults for parameters nobody
// calls, override keys, and the notes on kept findings.
#include "CrossUnit.h"
#include <gtest/gtest.h>

using namespace seniorlint;

namespace {

ParameterRef param(std::vector<std::string> Keys, bool Visible = true) {
  ParameterRef P;
  P.Keys = std::move(Keys);
  P.Visible = Visible;
  return P;
}

SourcePosition at(unsigned Line) { return {"/p/caller.cpp", Line, 1}; }

CallFact fact(std::string Key, Origin Kind, unsigned Line,
              std::vector<std::pair<ParameterRef, SourcePosition>> Via = {}) {
  CallFact F;
  F.Key = std::move(Key);
  F.Kind = Kind;
  F.Where = at(Line);
  F.Via = std::move(Via);
  return F;
}

Finding pending(std::string Message, std::vector<ParameterRef> On) {
  Finding F;
  F.RuleId = "security-command-injection";
  F.Where = {"/p/sink.cpp", 10, 3};
  F.Message = std::move(Message);
  F.Conditions = std::move(On);
  return F;
}

std::vector<std::string> messages(const TUResult &R) {
  std::vector<std::string> Out;
  for (const Finding &F : R.Findings)
    Out.push_back(F.Message);
  return Out;
}

TEST(CrossUnit, ConstantCallersDropAndOutsideCallersKeep) {
  TUResult Sinks, Callers;
  Sinks.Findings = {pending("good", {param({"good#0"})}), pending("bad", {param({"bad#0"})})};
  Callers.Facts = {fact("good#0", Origin::Constant, 5), fact("bad#0", Origin::External, 7)};
  std::vector<TUResult> Run{Sinks, Callers};
  resolveCrossUnit(Run);
  ASSERT_EQ(messages(Run[0]), std::vector<std::string>{"bad"});
  const Finding &Kept = Run[0].Findings.front();
  EXPECT_TRUE(Kept.Conditions.empty());
  ASSERT_EQ(Kept.Notes.size(), 1u);
  EXPECT_EQ(Kept.Notes[0].Where.Line, 7u);
  EXPECT_EQ(Kept.Notes[0].Message, "called with untrusted data here");
}

TEST(CrossUnit, ParametersNobodyCallsFollowTheirLinkage) {
  TUResult R;
  // The visible one is a library entry point: kept. The internal one is unknown, and a
  // function only its own file calls is reported only on outside data: dropped.
  R.Findings = {pending("entry", {param({"entry#0"})}),
                pending("internal", {param({"internal#0"}, false)})};
  std::vector<TUResult> Run{R};
  resolveCrossUnit(Run);
  EXPECT_EQ(messages(Run[0]), (std::vector<std::string>{"entry"}));
  EXPECT_TRUE(Run[0].Findings[0].Notes.empty());
}

TEST(CrossUnit, ChainsTakeTheirCallersOrigin) {
  // a() passes getenv to b's parameter, b passes it to sink; c passes a constant to d, d to
  // sinkGood; e passes its own (never called, internal) parameter to sinkUnknown.
  TUResult R;
  R.Facts = {fact("b#0", Origin::External, 1),
             fact("sink#0", Origin::Constant, 2, {{param({"b#0"}), at(2)}}),
             fact("d#0", Origin::Constant, 3),
             fact("sinkGood#0", Origin::Constant, 4, {{param({"d#0"}), at(4)}}),
             fact("sinkUnknown#0", Origin::Constant, 5, {{param({"e#0"}, false), at(5)}})};
  R.Findings = {pending("bad", {param({"sink#0"})}), pending("good", {param({"sinkGood#0"})}),
                pending("unknown", {param({"sinkUnknown#0"})})};
  std::vector<TUResult> Run{R};
  resolveCrossUnit(Run);
  ASSERT_EQ(messages(Run[0]), (std::vector<std::string>{"bad", "unknown"}));
  const auto &Notes = Run[0].Findings[0].Notes;
  ASSERT_EQ(Notes.size(), 2u); // the call to sink, then the call to b that brought getenv
  EXPECT_EQ(Notes[0].Where.Line, 2u);
  EXPECT_EQ(Notes[1].Where.Line, 1u);
  EXPECT_EQ(Run[0].Findings[1].Notes.at(0).Message,
            "called here with a value the analysis cannot trace");
}

TEST(CrossUnit, CyclesSettleAtTheLeastFixedPoint) {
  // ping(x) calls pong(x), pong(x) calls ping(x); only main calls ping, with a constant.
  TUResult R;
  R.Facts = {fact("ping#0", Origin::Constant, 1), fact("ping#0", Origin::Constant, 2,
                                                        {{param({"pong#0"}), at(2)}}),
             fact("pong#0", Origin::Constant, 3, {{param({"ping#0"}), at(3)}})};
  R.Findings = {pending("pong", {param({"pong#0"})})};
  std::vector<TUResult> Run{R};
  resolveCrossUnit(Run);
  EXPECT_TRUE(Run[0].Findings.empty());

  // The same cycle entered once with outside data reaches the sink.
  Run[0].Facts.push_back(fact("ping#0", Origin::External, 9));
  Run[0].Findings = {pending("pong", {param({"pong#0"})})};
  resolveCrossUnit(Run);
  EXPECT_EQ(messages(Run[0]), std::vector<std::string>{"pong"});
}

TEST(CrossUnit, OverridesAnswerToTheirRootsKey) {
  // Good::action was called directly with a constant; a call through the base, which the
  // caller could not devirtualise, passed outside data: it may land in Good::action too.
  TUResult R;
  R.Facts = {fact("Good::action#0", Origin::Constant, 1)};
  R.Findings = {pending("good", {param({"Good::action#0", "Base::action#0"})})};
  std::vector<TUResult> Run{R};
  resolveCrossUnit(Run);
  EXPECT_TRUE(Run[0].Findings.empty());

  Run[0].Facts.push_back(fact("Base::action#0", Origin::External, 2));
  Run[0].Findings = {pending("good", {param({"Good::action#0", "Base::action#0"})})};
  resolveCrossUnit(Run);
  EXPECT_EQ(messages(Run[0]), std::vector<std::string>{"good"});
}

TEST(CrossUnit, FindingsWithoutConditionsAreUntouched) {
  TUResult R;
  Finding F = pending("final", {});
  F.Notes.push_back({at(1), "untrusted data from 'getenv' enters here"});
  R.Findings = {F};
  R.Facts = {fact("x#0", Origin::External, 1)};
  std::vector<TUResult> Run{R};
  resolveCrossUnit(Run);
  ASSERT_EQ(Run[0].Findings.size(), 1u);
  EXPECT_EQ(Run[0].Findings[0].Notes.size(), 1u);
}

} // namespace
