// Text for the XML and HTML formats (junit, html).
#pragma once

#include "llvm/ADT/StringRef.h"
#include <string>

namespace seniorlint {

// Escapes the five markup characters and replaces what a document may not contain
// (invalid UTF-8, control characters, noncharacters) with U+FFFD, so that any message
// or source line, whatever its bytes, leaves the document well-formed. Line breaks
// become "\n"; in attribute values they and tabs become character references, which
// attribute-value normalisation would otherwise turn into spaces.
std::string escapeMarkup(llvm::StringRef Text, bool Attribute = false);

} // namespace seniorlint
