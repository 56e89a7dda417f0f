#pragma once

#include "CommandInjectionCheck.h"

namespace seniorlint {

// security-command-injection-unknown-origin (off by default): a command, program or `sh -c`
// script whose value the data-flow analysis can trace neither to constants nor to a source.
class CommandInjectionUnknownOriginCheck : public CommandInjectionCheck {
public:
  explicit CommandInjectionUnknownOriginCheck(const CheckContext &Ctx)
      : CommandInjectionCheck(Ctx, Origin::Unknown) {}
};

} // namespace seniorlint
