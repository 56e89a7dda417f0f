// Mock of SOCI's PostgreSQL backend header (seniorlint test fixtures): only the factory.
#ifndef SENIORLINT_MOCK_SOCI_POSTGRESQL_H
#define SENIORLINT_MOCK_SOCI_POSTGRESQL_H

#include <soci/soci.h>

namespace soci {
struct postgresql_backend_factory : backend_factory {
  postgresql_backend_factory() {}
};
extern const postgresql_backend_factory postgresql;
} // namespace soci

#endif
