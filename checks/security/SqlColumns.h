// Which column each parameter of an INSERT or UPDATE is written into.
//
// `INSERT INTO users (name, password) VALUES (?, ?)` writes parameter 2 into `password`;
// `UPDATE users SET password = $1 WHERE id = $2` writes parameter 1 and only compares 2.
// Only a parameter that is the whole value is reported: in `SET password = crypt(?, ...)`
// the database hashes it first. Numbering follows SQLite, which covers the others: `?` is
// one more than the largest number so far, `?NNN` and `$NNN` are explicit, `:name`, `@name`
// and `$name` get a number the first time they appear.
//
// Text assembled at run time is parsed the same way with SplicedValue standing for each
// value pasted in (inside quotes or not); those parameters are numbered 1, 2, ... in order.
#pragma once

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace seniorlint {

constexpr char SplicedValue = '\x01';

struct ColumnParameter {
  unsigned Number;
  bool Spliced; // a value pasted into the text rather than a bound parameter
  std::string Column;
};

std::vector<ColumnParameter> columnParameters(llvm::StringRef Sql);

// A printf format with SplicedValue for each conversion; ArgsPerValue gets how many
// arguments each conversion takes (`%.*s` takes two, the value is the last).
std::string splicePrintf(llvm::StringRef Format, std::vector<unsigned> &ArgsPerValue);

// A std::format / fmt::format string with SplicedValue for each `{}` or `{N}`; Indices gets
// the argument index of each.
std::string spliceBraces(llvm::StringRef Format, std::vector<unsigned> &Indices);

} // namespace seniorlint
