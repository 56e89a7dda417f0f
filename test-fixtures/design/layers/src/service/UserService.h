#pragma once
#include <string>
// ok: design-layer-violation
#include "../db/UserStore.h"

// expect: design-layer-violation
#include "../http/UserHandler.h"

std::string displayName(const HttpRequest &req);
