#pragma once
#include <string>

inline std::string trim(const std::string &s) { return s; }
