// Project header: a helper written inline in a header is checked where it is written.
#pragma once

#include <sqlite3.h>

namespace cache {

inline void touchEntry(sqlite3_stmt *Touch, int Id) {
  // expect: database-unchecked-result
  sqlite3_bind_int(Touch, 1, Id);
  // ok: database-unchecked-result
  if (sqlite3_step(Touch) != SQLITE_DONE)
    return;
  // ok: database-unchecked-result
  (void)sqlite3_reset(Touch);
}

} // namespace cache
