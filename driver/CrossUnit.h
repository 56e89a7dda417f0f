// Cross-unit resolution of pending data-flow findings, once every unit of the run is
// analysed (fresh or from the cache).
//
// A data-flow rule that finds outside data reaching a sink only through parameters of
// functions (when the rule treats parameters as outside data) leaves its finding pending on
// those parameters (Finding::Conditions). Every unit also lists what its calls pass to the parameters of project
// functions (TUResult::Facts). Here a fixed point over those facts gives each parameter an
// origin: the join of what its call sites pass (a call passing the caller's own parameter
// takes that parameter's origin); with no call site in the run, External if other files can
// call the function (a library entry point), Unknown otherwise. A pending finding is
// dropped when all its parameters resolve to Constant (every call passes constants) and
// kept otherwise, with notes at the calls that passed the outside data (or, when it resolves
// to Unknown, the value the analysis could not trace: losing track of data on the way, as
// through a data member, must not silence a finding). A function only its own file can call
// (static, anonymous namespace) was silent before call facts existed and stays so unless a
// caller passes outside data: for it, Unknown counts as Constant.
//
// Only the units of the run take part: with --shard, a subset of files, or a single file,
// a parameter with no call site among them is External as before, but one whose callers
// are partly elsewhere is judged by the callers present.
#pragma once

#include "Analyzer.h"

namespace seniorlint {

void resolveCrossUnit(std::vector<TUResult> &Results);

} // namespace seniorlint
