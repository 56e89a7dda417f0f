// The base of every seniorlint check: AST matchers plus a way to report findings.
//
// A check registers narrow matchers in registerMatchers() and reports from check(); a
// matcher for calls, constructions or references of named functions is registered by name
// (MatchRegistry::onCallsTo and its siblings), so that it is tried on those nodes only.
// Options are read once, in the constructor, from CheckContext::Options.
#pragma once

#include "DataFlowSpec.h"
#include "Finding.h"
#include "MatchRegistry.h"
#include "RuleOptions.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceLocation.h"
#include "clang/Lex/Preprocessor.h"
#include <memory>
#include <string>

namespace seniorlint {

class FindingSink;

struct CheckContext {
  std::string RuleId;
  Severity Level = Severity::Warning;
  RuleOptions Options;
  // The data-flow sources and this rule's sinks (catalogue plus configuration); never null
  // when built by the driver. Shared: every rule of a configuration sees the same sources.
  std::shared_ptr<const DataFlowSpec> Flow;
};

class Check;

// Collects one finding; it is submitted when the builder goes out of scope.
class FindingBuilder {
public:
  FindingBuilder(FindingSink *Sink, const clang::SourceManager *SM, Finding F, bool Keep);
  FindingBuilder(FindingBuilder &&Other) noexcept;
  FindingBuilder(const FindingBuilder &) = delete;
  ~FindingBuilder();

  FindingBuilder &note(clang::SourceLocation Loc, llvm::StringRef Message);
  // Fix-its inside macro expansions are dropped: editing the expansion is not safe.
  FindingBuilder &fixReplace(clang::CharSourceRange Range, llvm::StringRef Text);
  FindingBuilder &fixInsert(clang::SourceLocation Loc, llvm::StringRef Text);
  // The finding holds unless every call passes these parameters constants (Finding.h).
  FindingBuilder &onlyIf(const std::vector<ParameterRef> &Parameters);

private:
  FindingSink *Sink;
  const clang::SourceManager *SM;
  Finding F;
  bool Keep;
};

class Check : public clang::ast_matchers::MatchFinder::MatchCallback {
public:
  explicit Check(const CheckContext &Ctx) : RuleId(Ctx.RuleId), Level(Ctx.Level) {}

  const std::string &ruleId() const { return RuleId; }
  void setSink(FindingSink *S) { Sink = S; }

  virtual void registerMatchers(MatchRegistry &Matchers) = 0;
  virtual void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) = 0;
  // Optional: preprocessor events (#include directives, macros), registered before the
  // file is parsed. report() works from these callbacks too.
  virtual void registerPPCallbacks(clang::Preprocessor &PP) {}
  void setSourceManager(const clang::SourceManager *S) { SM = S; }

  void run(const clang::ast_matchers::MatchFinder::MatchResult &Result) final {
    SM = Result.SourceManager;
    check(Result);
  }
  llvm::StringRef getID() const override { return RuleId; }

protected:
  // Reports at Loc's expansion point. Findings in system headers are dropped.
  FindingBuilder report(clang::SourceLocation Loc, llvm::StringRef Message);
  const clang::SourceManager &sourceManager() const { return *SM; }

private:
  const std::string RuleId;
  const Severity Level;
  FindingSink *Sink = nullptr;
  const clang::SourceManager *SM = nullptr;
};

} // namespace seniorlint
