// Downward includes are how layers are meant to be used.
// ok: design-layer-violation
#include "UserHandler.h"
// ok: design-layer-violation
#include "../service/UserService.h"
// ok: design-layer-violation
#include "../db/UserStore.h"

std::string handleUser(const HttpRequest &req) { return displayName(req) + loadUser(1); }
