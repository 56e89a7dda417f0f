#include "Check.h"
#include "FindingSink.h"
#include "clang/Lex/Lexer.h"

namespace seniorlint {

FindingBuilder::FindingBuilder(FindingSink *Sink, const clang::SourceManager *SM, Finding F,
                               bool Keep)
    : Sink(Sink), SM(SM), F(std::move(F)), Keep(Keep) {}

FindingBuilder::FindingBuilder(FindingBuilder &&Other) noexcept
    : Sink(Other.Sink), SM(Other.SM), F(std::move(Other.F)), Keep(Other.Keep) {
  Other.Keep = false;
}

FindingBuilder::~FindingBuilder() {
  if (Keep && Sink)
    Sink->add(std::move(F));
}

FindingBuilder &FindingBuilder::note(clang::SourceLocation Loc, llvm::StringRef Message) {
  if (!Keep)
    return *this;
  if (auto Pos = FindingSink::position(*SM, Loc))
    F.Notes.push_back({std::move(*Pos), Message.str()});
  return *this;
}

FindingBuilder &FindingBuilder::fixReplace(clang::CharSourceRange Range, llvm::StringRef Text) {
  if (!Keep || Range.getBegin().isMacroID() || Range.getEnd().isMacroID())
    return *this;
  if (Range.isTokenRange())
    Range = clang::Lexer::makeFileCharRange(Range, *SM, clang::LangOptions());
  if (Range.isInvalid())
    return *this;
  auto [BeginFile, BeginOffset] = SM->getDecomposedLoc(Range.getBegin());
  auto [EndFile, EndOffset] = SM->getDecomposedLoc(Range.getEnd());
  auto Pos = FindingSink::position(*SM, Range.getBegin());
  if (BeginFile != EndFile || EndOffset < BeginOffset || !Pos)
    return *this;
  F.Fixes.push_back({Pos->File, BeginOffset, EndOffset - BeginOffset, Text.str()});
  return *this;
}

FindingBuilder &FindingBuilder::fixInsert(clang::SourceLocation Loc, llvm::StringRef Text) {
  return fixReplace(clang::CharSourceRange::getCharRange(Loc, Loc), Text);
}

FindingBuilder &FindingBuilder::onlyIf(const std::vector<ParameterRef> &Parameters) {
  if (Keep)
    F.Conditions.insert(F.Conditions.end(), Parameters.begin(), Parameters.end());
  return *this;
}

FindingBuilder Check::report(clang::SourceLocation Loc, llvm::StringRef Message) {
  Finding F;
  F.RuleId = RuleId;
  F.Level = Level;
  F.Message = Message.str();
  bool Keep = Sink && SM && Sink->isReportable(*SM, Loc);
  if (Keep) {
    auto Pos = FindingSink::position(*SM, Loc);
    Keep = Pos.has_value();
    if (Keep)
      F.Where = std::move(*Pos);
  }
  return FindingBuilder(Sink, SM, std::move(F), Keep);
}

} // namespace seniorlint
