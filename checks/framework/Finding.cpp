#include "Finding.h"

namespace seniorlint {

const char *severityName(Severity S) {
  switch (S) {
  case Severity::Info:
    return "info";
  case Severity::Warning:
    return "warning";
  case Severity::Error:
    return "error";
  }
  return "warning";
}

bool parseSeverity(const std::string &Text, Severity &Out) {
  for (Severity S : {Severity::Info, Severity::Warning, Severity::Error})
    if (Text == severityName(S)) {
      Out = S;
      return true;
    }
  return false;
}

} // namespace seniorlint
