#include "Suppressions.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/GlobPattern.h"
#include <algorithm>
#include <map>

namespace seniorlint {

const char *const SuppressionReasonRule = "docs-suppression-reason";
const char *const UnusedSuppressionRule = "docs-unused-suppression";

bool Suppression::matches(llvm::StringRef RuleId) const {
  if (Globs.empty())
    return true;
  for (const std::string &G : Globs)
    if (auto P = llvm::GlobPattern::create(G); P && P->match(RuleId))
      return true;
  return false;
}

namespace {

enum class Kind { Line, NextLine, Begin, End };

struct Marker {
  Kind K;
  unsigned Line, Column;
  std::string Spelling;
  std::vector<std::string> Globs;
  std::string Reason;
};

// Finds "NOLINT..." inside a // or /* comment on this line.
std::optional<Marker> parseMarker(llvm::StringRef Line, unsigned LineNo) {
  size_t Comment = std::min(Line.find("//"), Line.find("/*"));
  if (Comment == llvm::StringRef::npos)
    return std::nullopt;
  size_t At = Line.find("NOLINT", Comment);
  if (At == llvm::StringRef::npos)
    return std::nullopt;
  llvm::StringRef Rest = Line.drop_front(At);
  Marker M{Kind::Line, LineNo, unsigned(At + 1), "", {}, ""};
  llvm::StringRef Word = Rest.take_while([](char C) { return llvm::isAlpha(C); });
  if (Word == "NOLINTNEXTLINE")
    M.K = Kind::NextLine;
  else if (Word == "NOLINTBEGIN")
    M.K = Kind::Begin;
  else if (Word == "NOLINTEND")
    M.K = Kind::End;
  else if (Word != "NOLINT")
    return std::nullopt;
  Rest = Rest.drop_front(Word.size());
  M.Spelling = Word.str();
  if (Rest.starts_with("(")) {
    size_t Close = Rest.find(')');
    if (Close == llvm::StringRef::npos)
      return std::nullopt;
    llvm::StringRef List = Rest.slice(1, Close);
    M.Spelling += Rest.take_front(Close + 1).str();
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    List.split(Parts, ',', -1, false);
    for (llvm::StringRef P : Parts)
      if (!P.trim().empty())
        M.Globs.push_back(P.trim().str());
    Rest = Rest.drop_front(Close + 1);
  }
  Rest = Rest.trim();
  if (Rest.ends_with("*/"))
    Rest = Rest.drop_back(2).rtrim();
  M.Reason = Rest.ltrim(":-— \t").str();
  return M;
}

// Where the comments of Text are, as [begin, end) offsets in order: "// NOLINT" inside a
// string literal (a test's input, documentation embedded in a generated file) is text, not
// a suppression. Raw lexing, without a preprocessor, is enough for that and cheap.
std::vector<std::pair<size_t, size_t>> commentRanges(llvm::StringRef Text) {
  clang::LangOptions Lang;
  Lang.CPlusPlus = Lang.CPlusPlus11 = Lang.LineComment = Lang.RawStringLiterals = true;
  clang::Lexer Lex(clang::SourceLocation(), Lang, Text.begin(), Text.begin(), Text.end());
  Lex.SetCommentRetentionState(true);
  std::vector<std::pair<size_t, size_t>> Out;
  clang::Token Tok;
  while (!Lex.LexFromRawLexer(Tok))
    if (Tok.is(clang::tok::comment)) {
      size_t End = Lex.getBufferLocation() - Text.begin(); // just past the comment
      Out.push_back({End - Tok.getLength(), End});
    }
  return Out;
}

bool inComment(const std::vector<std::pair<size_t, size_t>> &Comments, size_t Offset) {
  auto It = std::upper_bound(Comments.begin(), Comments.end(), Offset,
                             [](size_t O, const auto &R) { return O < R.first; });
  return It != Comments.begin() && Offset < std::prev(It)->second;
}

} // namespace

std::vector<Suppression> parseSuppressions(const std::string &File, llvm::StringRef Text) {
  std::vector<Suppression> Out;
  if (!Text.contains("NOLINT"))
    return Out;
  std::vector<std::pair<size_t, size_t>> Comments = commentRanges(Text);
  std::vector<Marker> Open; // NOLINTBEGIN without its NOLINTEND yet
  unsigned LineNo = 0;
  llvm::StringRef Rest = Text;
  auto Make = [&](const Marker &M, unsigned First, unsigned Last) {
    Suppression S;
    S.Where = {File, M.Line, M.Column};
    S.Spelling = M.Spelling;
    S.FirstLine = First;
    S.LastLine = Last;
    S.Globs = M.Globs;
    S.Reason = M.Reason;
    Out.push_back(std::move(S));
  };
  while (!Rest.empty()) {
    auto [Line, Tail] = Rest.split('\n');
    size_t LineOffset = Line.begin() - Text.begin();
    Rest = Tail;
    ++LineNo;
    if (!Line.contains("NOLINT"))
      continue;
    auto M = parseMarker(Line, LineNo);
    if (!M || !inComment(Comments, LineOffset + M->Column - 1))
      continue;
    switch (M->K) {
    case Kind::Line:
      Make(*M, LineNo, LineNo);
      break;
    case Kind::NextLine:
      Make(*M, LineNo + 1, LineNo + 1);
      break;
    case Kind::Begin:
      Open.push_back(*M);
      break;
    case Kind::End: {
      // Closes the innermost NOLINTBEGIN with the same rule list.
      auto It = std::find_if(Open.rbegin(), Open.rend(),
                             [&](const Marker &B) { return B.Globs == M->Globs; });
      if (It != Open.rend()) {
        Make(*It, It->Line, LineNo);
        Open.erase(std::next(It).base());
      }
      break;
    }
    }
  }
  for (const Marker &B : Open)
    Make(B, B.Line, ~0u);
  return Out;
}

void applySuppressions(std::vector<Finding> &Findings, SourceCache &Sources,
                       const std::vector<std::string> &ProjectFiles,
                       const SuppressionPolicy &Policy) {
  std::map<std::string, std::vector<Suppression>> ByFile;
  for (const std::string &File : ProjectFiles)
    ByFile[File] = parseSuppressions(File, Sources.text(File));
  auto Usable = [&](const Suppression &S) {
    return !S.Reason.empty() || !Policy.RequireReason(S.Where.File);
  };

  std::vector<Finding> Kept;
  for (Finding &F : Findings) {
    bool Suppressed = false;
    for (Suppression &S : ByFile[F.Where.File])
      if (F.Where.Line >= S.FirstLine && F.Where.Line <= S.LastLine && S.matches(F.RuleId)) {
        if (Usable(S))
          S.Used = Suppressed = true;
        else
          S.Blocked = true;
      }
    if (!Suppressed)
      Kept.push_back(std::move(F));
  }

  auto Report = [&](const Suppression &S, const char *Rule, std::string Message) {
    auto Level = Policy.Enabled(S.Where.File, Rule);
    if (!Level)
      return;
    Finding F;
    F.RuleId = Rule;
    F.Level = *Level;
    F.Where = S.Where;
    F.Message = std::move(Message);
    Kept.push_back(std::move(F));
  };
  for (auto &[File, List] : ByFile)
    for (const Suppression &S : List) {
      // Only suppressions naming rules enabled here are ours to judge: a bare NOLINT or
      // clang-tidy's rule names may be meant for another tool.
      bool Ours = llvm::any_of(Policy.KnownRules, [&](const std::string &Id) {
        return !S.Globs.empty() && S.matches(Id) && Policy.Enabled(File, Id);
      });
      if (!Usable(S) && (Ours || S.Blocked)) {
        Report(S, SuppressionReasonRule,
               S.Spelling + " is ignored because it gives no reason; say why the finding is "
                            "acceptable: // " + S.Spelling + ": <reason>");
      } else if (Policy.ReportUnused && !S.Used && Ours) {
        Report(S, UnusedSuppressionRule,
               S.Spelling + " suppresses nothing; remove it (the code it excused has changed)");
      }
    }
  std::sort(Kept.begin(), Kept.end());
  Findings = std::move(Kept);
}

} // namespace seniorlint
