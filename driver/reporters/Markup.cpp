#include "Markup.h"
#include "llvm/Support/JSON.h"

namespace seniorlint {

static constexpr llvm::StringLiteral ReplacementChar = "\xEF\xBF\xBD"; // U+FFFD

// XML 1.0 forbids C0 controls but tab, LF and CR even as character references; HTML5
// also rejects DEL, the C1 controls and the noncharacters.
static bool isForbidden(uint32_t C) {
  if (C < 0x20)
    return C != '\t' && C != '\n' && C != '\r';
  return (C >= 0x7F && C <= 0x9F) || (C >= 0xFDD0 && C <= 0xFDEF) || (C & 0xFFFE) == 0xFFFE;
}

// Length of the UTF-8 sequence led by Lead (the text is valid UTF-8).
static size_t sequenceLength(unsigned char Lead) {
  return Lead < 0x80 ? 1 : Lead < 0xE0 ? 2 : Lead < 0xF0 ? 3 : 4;
}

static uint32_t decode(llvm::StringRef Sequence) {
  uint32_t C = static_cast<unsigned char>(Sequence[0]);
  if (Sequence.size() == 1)
    return C;
  C &= 0xFFu >> (Sequence.size() + 1);
  for (char Continuation : Sequence.drop_front())
    C = (C << 6) | (static_cast<unsigned char>(Continuation) & 0x3F);
  return C;
}

// What stands for C in the document, or "" when C stands for itself.
static llvm::StringRef reference(uint32_t C, bool Attribute) {
  switch (C) {
  case '&':
    return "&amp;";
  case '<':
    return "&lt;";
  case '>':
    return "&gt;";
  case '"':
    return "&quot;";
  case '\'':
    return "&#39;"; // &apos; is not HTML 4
  case '\t':
    return Attribute ? "&#9;" : "\t";
  case '\n':
    return Attribute ? "&#10;" : "\n";
  }
  return "";
}

std::string escapeMarkup(llvm::StringRef Text, bool Attribute) {
  std::string Fixed;
  if (!llvm::json::isUTF8(Text)) {
    Fixed = llvm::json::fixUTF8(Text);
    Text = Fixed;
  }
  std::string Out;
  Out.reserve(Text.size());
  for (size_t I = 0; I < Text.size();) {
    llvm::StringRef Sequence = Text.substr(I, sequenceLength(Text[I]));
    I += Sequence.size();
    uint32_t C = decode(Sequence);
    if (C == '\r') { // CR LF and a lone CR are one line break; HTML5 rejects &#13;
      if (I < Text.size() && Text[I] == '\n')
        ++I;
      C = '\n';
    }
    if (llvm::StringRef Ref = reference(C, Attribute); !Ref.empty())
      Out += Ref;
    else
      Out += isForbidden(C) ? llvm::StringRef(ReplacementChar) : Sequence;
  }
  return Out;
}

} // namespace seniorlint
