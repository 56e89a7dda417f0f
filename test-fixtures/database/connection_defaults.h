// Project header: connection helpers shared by the reporting jobs.
#pragma once

#include <libpq-fe.h>
#include <stdlib.h>

namespace reporting {

inline PGconn *connectWarehouse() {
  // expect: database-hardcoded-connection-string
  return PQconnectdb("host=warehouse.db.internal port=5432 dbname=warehouse");
}

// Near miss: the address comes from the environment.
inline PGconn *connectFromEnvironment() {
  const char *Url = getenv("WAREHOUSE_DATABASE_URL");
  // ok: database-hardcoded-connection-string
  return PQconnectdb(Url ? Url : "");
}

} // namespace reporting
