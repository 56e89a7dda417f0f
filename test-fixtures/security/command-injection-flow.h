// Project header for the data-flow fixture: a job runner whose commands come from its config.
#pragma once

#include <cstdlib>
#include <string>

namespace runner {

struct JobConfig {
  std::string Name;
  std::string Command;
};

// Defined in another file: what it returns is not visible here.
std::string loadHookCommand(const std::string &Name);

inline const char *defaultShellCommand() { return "/usr/bin/env true"; }

inline int runDefault() {
  // ok: security-command-injection
  return std::system(defaultShellCommand());
}

inline int runConfigured(const JobConfig &Job) {
  // expect: security-command-injection
  return std::system(Job.Command.c_str());
}

} // namespace runner
