#pragma once
#include <string>
// ok: design-layer-violation
#include "../util/Strings.h"

std::string loadUser(int id);
