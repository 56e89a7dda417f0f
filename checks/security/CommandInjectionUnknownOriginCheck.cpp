#include "CommandInjectionUnknownOriginCheck.h"
#include "CheckRegistry.h"

namespace seniorlint {

SENIORLINT_REGISTER_CHECK(CommandInjectionUnknownOriginCheck,
                          "security-command-injection-unknown-origin");

} // namespace seniorlint
