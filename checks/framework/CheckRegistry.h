// Every check registers itself here by rule id; the driver and the consistency test
// compare this registry with the catalogue in rules/, which stays the source of truth.
#pragma once

#include "Check.h"
#include <map>
#include <memory>
#include <string>

namespace seniorlint {

using CheckFactory = std::unique_ptr<Check> (*)(const CheckContext &);

class CheckRegistry {
public:
  static const std::map<std::string, CheckFactory> &all();
  static void add(const char *RuleId, CheckFactory Factory);
};

struct CheckRegistration {
  CheckRegistration(const char *RuleId, CheckFactory Factory) {
    CheckRegistry::add(RuleId, Factory);
  }
};

} // namespace seniorlint

// Checks live in an object library, so these registrations are never dropped by the linker.
#define SENIORLINT_REGISTER_CHECK(ClassName, RuleId)                                     \
  static const ::seniorlint::CheckRegistration ClassName##Registration(                  \
      RuleId, [](const ::seniorlint::CheckContext &Ctx) -> std::unique_ptr<::seniorlint::Check> { \
        return std::make_unique<ClassName>(Ctx);                                           \
      })
