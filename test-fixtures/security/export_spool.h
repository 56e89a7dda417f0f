// Project header: where the export worker keeps its scratch files.
#pragma once

#include <cstdio>
#include <string>

namespace exports {

inline constexpr const char kSpoolDir[] = "/var/tmp";
inline constexpr const char kLockFile[] = "/var/tmp/exporter.lock";

inline FILE *openLock() {
  // expect: security-insecure-temp-file
  return std::fopen(kLockFile, "w");
}

inline FILE *readLock() {
  // Reading only: nothing is created or written through a planted link.
  // ok: security-insecure-temp-file
  return std::fopen(kLockFile, "r");
}

} // namespace exports
