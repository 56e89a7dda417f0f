// Report helpers shared by the order services: a header the fixture includes, so findings
// in a project header are reported where they are.
#pragma once

#include <libpq-fe.h>
#include <string>
#include <vector>

namespace shop {

// One round-trip per customer to fetch a name the report could have joined.
inline std::vector<std::string> customerNames(PGconn *Conn,
                                              const std::vector<std::string> &CustomerIds) {
  std::vector<std::string> Names;
  for (const std::string &Id : CustomerIds) {
    const char *Params[1] = {Id.c_str()};
    // expect: database-query-in-loop
    PGresult *Res = PQexecParams(Conn, "SELECT name FROM customers WHERE id = $1", 1, nullptr,
                                 Params, nullptr, nullptr, 0);
    if (PQresultStatus(Res) == PGRES_TUPLES_OK && PQntuples(Res) == 1)
      Names.push_back(PQgetvalue(Res, 0, 0));
    PQclear(Res);
  }
  return Names;
}

// The same report in one round-trip: all ids as one array parameter.
inline int countCustomers(PGconn *Conn, const std::string &IdArray) {
  const char *Params[1] = {IdArray.c_str()};
  // ok: database-query-in-loop
  PGresult *Res = PQexecParams(Conn, "SELECT count(*) FROM customers WHERE id = ANY($1::text[])",
                               1, nullptr, Params, nullptr, nullptr, 0);
  int Count = PQresultStatus(Res) == PGRES_TUPLES_OK ? PQntuples(Res) : -1;
  PQclear(Res);
  return Count;
}

} // namespace shop
