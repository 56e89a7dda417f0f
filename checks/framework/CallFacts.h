// What one translation unit tells the others about parameters: plain data, kept in the result
// cache and resolved by the driver once every unit of the run is analysed (driver/CrossUnit.h).
#pragma once

#include "Finding.h"
#include <string>
#include <vector>

namespace seniorlint {

// Ordered: joining two values keeps the larger (External wins over Unknown over Constant).
enum class Origin { Constant, Unknown, External };

// What the calls of one unit pass to one parameter key, joined over those calls.
struct CallFact {
  std::string Key;
  // The origin of the arguments as far as the callers show, their own parameters aside.
  Origin Kind = Origin::Constant;
  SourcePosition Where; // a call passing Kind, when Kind is not Constant
  // Callers' parameters an argument depends on, each with a call that passes it on.
  std::vector<std::pair<ParameterRef, SourcePosition>> Via;
};

} // namespace seniorlint
