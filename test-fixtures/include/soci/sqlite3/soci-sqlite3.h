// Mock of SOCI's SQLite backend header (seniorlint test fixtures): only the factory.
#ifndef SENIORLINT_MOCK_SOCI_SQLITE3_H
#define SENIORLINT_MOCK_SOCI_SQLITE3_H

#include <soci/soci.h>

namespace soci {
struct sqlite3_backend_factory : backend_factory {
  sqlite3_backend_factory() {}
};
extern const sqlite3_backend_factory sqlite3;
} // namespace soci

#endif
