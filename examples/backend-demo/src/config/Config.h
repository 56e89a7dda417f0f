#pragma once

#include <map>
#include <string>
#include <vector>

namespace demo {

// Plain C layout handed to the (C) socket layer, which expects a NUL-terminated host name.
struct ListenerSettings {
  char host[64];
  int port;
};

// Service configuration: a key=value file, overridden by DEMO_* environment variables.
class Config {
public:
  static Config load(const std::string& path);

  std::string get(const std::string& key, const std::string& fallback) const;
  int getInt(const std::string& key, int fallback) const;

  std::string databasePath() const { return get("db.path", "backend-demo.sqlite3"); }
  std::string reportDirectory() const { return get("reports.dir", "/tmp"); }
  std::vector<std::string> adminUsers() const;
  ListenerSettings listenerSettings() const;

private:
  void applyEnvironmentOverrides();

  std::map<std::string, std::string> values_;
};

}  // namespace demo
