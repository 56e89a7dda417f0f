#include "Finding.h"

namespace seniorlint {

const char *severityName(Severity S) {
  return bySeverity(S, "error", "warning", "info");
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
