// A finding as plain data: it outlives the AST it came from, so findings from many
// translation units can be merged, de-duplicated, sorted and reported together.
#pragma once

#include <string>
#include <tuple>
#include <vector>

namespace seniorlint {

enum class Severity { Info, Warning, Error };

const char *severityName(Severity S);
// What a format calls each level: `bySeverity(S, "critical", "major", "info")`.
template <typename T> T bySeverity(Severity S, T Error, T Warning, T Info) {
  return S == Severity::Error ? Error : S == Severity::Warning ? Warning : Info;
}
bool parseSeverity(const std::string &Text, Severity &Out);

struct SourcePosition {
  std::string File; // absolute, normalised
  unsigned Line = 0;
  unsigned Column = 0;
};

struct Note {
  SourcePosition Where;
  std::string Message;
};

// A replacement of Length bytes at Offset in File (clang-apply-replacements style).
struct FixIt {
  std::string File;
  unsigned Offset = 0;
  unsigned Length = 0;
  std::string Replacement;
};

// A parameter of a project function, named the same way in every translation unit: the
// function's USR, '#', the parameter's index (the object of a member call is not counted).
// An override also answers to the key of the method at the root of its override chain,
// where calls through a base class land.
struct ParameterRef {
  std::vector<std::string> Keys; // never empty; the parameter's own key first
  bool Visible = true; // other files can call the function: with no call site known, External

  bool operator==(const ParameterRef &O) const { return Keys == O.Keys && Visible == O.Visible; }
};

struct Finding {
  std::string RuleId;
  Severity Level = Severity::Warning;
  SourcePosition Where;
  std::string Message;
  std::vector<Note> Notes;
  std::vector<FixIt> Fixes;
  // Empty: the finding stands. Otherwise it is pending until every unit of the run is
  // analysed, and dropped if every call in the run passes these parameters only constants
  // (driver/CrossUnit.h): the finding's value is outside data only through them.
  std::vector<ParameterRef> Conditions;

  auto key() const {
    return std::tie(Where.File, Where.Line, Where.Column, RuleId, Message);
  }
};

inline bool operator<(const Finding &A, const Finding &B) { return A.key() < B.key(); }
inline bool operator==(const Finding &A, const Finding &B) { return A.key() == B.key(); }

} // namespace seniorlint
