// The data layer reaching up: the mistakes this rule exists for.
// ok: design-layer-violation
#include "UserStore.h"
// expect: design-layer-violation
#include "../http/UserHandler.h"
// expect: design-layer-violation
#include "../service/UserService.h"

std::string loadUser(int id) { return trim(std::to_string(id)); }
