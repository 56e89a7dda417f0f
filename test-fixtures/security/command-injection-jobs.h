// Project header: scheduled maintenance jobs, included by the command-injection fixture.
#pragma once

#include <cstdlib>
#include <string>

namespace jobs {

struct Job {
  std::string Name;
  std::string ShellLine;
};

inline int runJob(const Job &J) {
  // expect: security-command-injection
  return std::system(J.ShellLine.c_str());
}

inline const char *const kCleanTmp = "find /tmp/app -mtime +7 -delete";

inline int cleanTmp() {
  // ok: security-command-injection
  return std::system(kCleanTmp);
}

} // namespace jobs
