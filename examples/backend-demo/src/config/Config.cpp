#include "config/Config.h"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <stdexcept>

namespace demo {
namespace {

std::string trim(const std::string& text) {
  const std::string::size_type first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) {
    return std::string();
  }
  const std::string::size_type last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

}  // namespace

Config Config::load(const std::string& path) {
  Config config;
  std::ifstream in(path);
  if (!in) {
    std::cerr << "config: " << path << " not found, using defaults and environment\n";
  }
  std::string line;
  int lineNumber = 0;
  while (std::getline(in, line)) {
    ++lineNumber;
    const std::string content = trim(line);
    if (content.empty() || content[0] == '#') {
      continue;
    }
    const std::string::size_type equals = content.find('=');
    if (equals == std::string::npos) {
      throw std::runtime_error(path + ":" + std::to_string(lineNumber) + ": expected key=value");
    }
    config.values_[trim(content.substr(0, equals))] = trim(content.substr(equals + 1));
  }
  config.applyEnvironmentOverrides();
  return config;
}

void Config::applyEnvironmentOverrides() {
  static const std::pair<const char*, const char*> kOverrides[] = {
      {"DEMO_DB_PATH", "db.path"},
      {"DEMO_REPORT_DIR", "reports.dir"},
      {"DEMO_HOST", "listen.host"},
      {"DEMO_PORT", "listen.port"},
      {"DEMO_ADMINS", "admins"},
  };
  for (const auto& [variable, key] : kOverrides) {
    if (const char* value = std::getenv(variable)) {
      values_[key] = value;
    }
  }
}

std::string Config::get(const std::string& key, const std::string& fallback) const {
  const auto it = values_.find(key);
  return it == values_.end() ? fallback : it->second;
}

int Config::getInt(const std::string& key, int fallback) const {
  const std::string text = get(key, std::string());
  if (text.empty()) {
    return fallback;
  }
  try {
    return std::stoi(text);
  } catch (const std::exception& e) {
    std::cerr << "config: " << key << "=\"" << text << "\" is not a number (" << e.what()
              << "), using " << fallback << '\n';
    return fallback;
  }
}

std::vector<std::string> Config::adminUsers() const {
  // "alice, bob,carol" -> {"alice", "bob", "carol"}; strtok_r keeps its state in `saveptr`, so
  // concurrent callers do not interfere.
  std::string list = get("admins", std::string());
  std::vector<std::string> admins;
  char* saveptr = nullptr;
  for (char* token = strtok_r(list.data(), ",", &saveptr); token != nullptr;
       token = strtok_r(nullptr, ",", &saveptr)) {
    const std::string name = trim(token);
    if (!name.empty()) {
      admins.push_back(name);
    }
  }
  return admins;
}

ListenerSettings Config::listenerSettings() const {
  ListenerSettings settings{};
  const std::string host = get("listen.host", "127.0.0.1");
  // planted: security-banned-function
  std::strcpy(settings.host, host.c_str());
  settings.port = getInt("listen.port", 8080);
  return settings;
}

}  // namespace demo
