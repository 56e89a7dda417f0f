// Project header: the service's logging front end: printf-style macros over log_write, a
// glog-style stream macro, and the spdlog calls some modules use directly.
#pragma once

#include <ostream>
#include <string>

void log_write(int Level, const char *File, int Line, const char *Format, ...)
    __attribute__((__format__(__printf__, 4, 5)));
#define LOG_INFO(...) log_write(1, __FILE__, __LINE__, __VA_ARGS__)
#define LOG_WARN(...) log_write(2, __FILE__, __LINE__, __VA_ARGS__)

struct LogMessage {
  std::ostream &stream();
};
LogMessage makeLogMessage(int Severity, const char *File, int Line);
#define LOG(Severity) makeLogMessage(Severity, __FILE__, __LINE__).stream()
constexpr int INFO = 1;

namespace spdlog {
template <class... Args> void info(const char *Format, Args &&...Values) { ((void)Values, ...); }
template <class... Args> void warn(const char *Format, Args &&...Values) { ((void)Values, ...); }
} // namespace spdlog

inline void logReplicaLogin(const std::string &Replica, const std::string &ReplicationPassword) {
  // expect: security-secret-in-log
  spdlog::info("replica {} authenticated with {}", Replica, ReplicationPassword);
}

inline void logReplicaLoginSafely(const std::string &Replica, const std::string &ReplicationPassword) {
  // ok: security-secret-in-log
  spdlog::info("replica {} authenticated (password of {} bytes)", Replica,
               ReplicationPassword.size());
}
