// In which order the workers take the translation units: longest first.
//
// With N workers a run lasts at least as long as its longest unit, and it lasts that long
// only if that unit starts early. googletest's gtest-all.cc is a third of its corpus: taken
// in the database's order it started last with two workers, and -j2 gave 1.7x where the
// machine allows 1.9x. The cost of a unit is its last analysis time when the result cache
// directory remembers one for every unit, and otherwise the bytes of the project's own
// sources it reads (the main file and the project headers it includes, followed through
// the -I and -iquote directories; a source file's bytes weigh twice a header's). The order
// changes when work starts, never what is reported: results keep the database's order.
#pragma once

#include "CompileDatabase.h"
#include <cstddef>
#include <string>
#include <vector>

namespace seniorlint {

// Seconds per main file from earlier runs, kept in the cache directory.
class TimingHistory {
public:
  explicit TimingHistory(std::string Dir) : Dir(std::move(Dir)) {}
  // Recorded seconds per file; empty when there is no readable history.
  std::vector<std::pair<std::string, double>> load() const;
  // Merges these times into the history (a unit not analysed this run keeps its old time).
  void save(const std::vector<std::pair<std::string, double>> &Times) const;

private:
  std::string path() const;
  std::string Dir;
};

// Indices of Jobs, most expensive first; ties keep the database's order.
std::vector<size_t> longestFirst(const std::vector<CompileJob> &Jobs,
                                 const std::vector<std::pair<std::string, double>> &History);

// The estimate used without a complete history (exposed for tests).
uint64_t projectSourceBytes(const CompileJob &Job);

} // namespace seniorlint
