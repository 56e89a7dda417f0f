#pragma once
// The project's own API on its way out.
[[deprecated("use CacheClient::get")]] inline int legacyLookup(const char *Key) {
  return Key ? 1 : 0;
}
