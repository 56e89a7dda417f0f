// Project header: a repository method written inline in a header is checked where it is.
#pragma once

#include <sqlite3.h>

namespace ledger {

inline int checkRc(int Rc) { return Rc == SQLITE_OK || Rc == SQLITE_DONE ? SQLITE_OK : Rc; }

// Debit and credit in autocommit mode: a crash between them loses money.
inline int transfer(sqlite3 *Db) {
  if (checkRc(sqlite3_exec(Db, "UPDATE accounts SET balance = balance - 100 WHERE id = 1",
                           nullptr, nullptr, nullptr)) != SQLITE_OK)
    return SQLITE_ERROR;
  // expect: database-missing-transaction
  return checkRc(sqlite3_exec(Db, "UPDATE accounts SET balance = balance + 100 WHERE id = 2",
                              nullptr, nullptr, nullptr));
}

} // namespace ledger
