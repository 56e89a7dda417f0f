#include "CheckRegistry.h"

namespace seniorlint {

// A function-local static: registrations run during static initialisation of other
// translation units, in no guaranteed order.
static std::map<std::string, CheckFactory> &registry() {
  static std::map<std::string, CheckFactory> Checks;
  return Checks;
}

const std::map<std::string, CheckFactory> &CheckRegistry::all() { return registry(); }

void CheckRegistry::add(const char *RuleId, CheckFactory Factory) {
  registry().emplace(RuleId, Factory);
}

} // namespace seniorlint
