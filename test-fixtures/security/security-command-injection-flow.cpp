// Data flow into shell commands: where a command may come from outside the program, and
// the constant shapes that must stay silent however they travel.
#include "command-injection-flow.h"
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace ops {

int restartFromConsole() {
  std::string Service;
  std::cin >> Service;
  std::string Cmd = "systemctl restart " + Service;
  // expect: security-command-injection
  return std::system(Cmd.c_str());
}

int replayFromFile(const char *Path) {
  std::ifstream In(Path);
  std::string Line;
  std::getline(In, Line);
  // expect: security-command-injection
  return std::system(Line.c_str());
}

int rotateFromEnvironment() {
  std::ostringstream Cmd;
  Cmd << "logrotate " << std::getenv("LOGROTATE_CONF");
  // expect: security-command-injection
  return std::system(Cmd.str().c_str());
}

int archiveFromPipe() {
  char Name[128] = "";
  if (std::fgets(Name, sizeof Name, stdin) == nullptr)
    return 1;
  char Cmd[256] = "tar czf /tmp/archive.tgz ";
  std::strncat(Cmd, Name, sizeof Cmd - std::strlen(Cmd) - 1);
  // expect: security-command-injection
  return std::system(Cmd);
}

// A helper whose every return is constant, used as the command.
static std::string compactCommand(bool Full) {
  if (Full)
    return "vacuumdb --full app";
  return std::string("vacuumdb ") + "app";
}

int compact(bool Full) {
  std::string Cmd = compactCommand(Full);
  // ok: security-command-injection
  return std::system(Cmd.c_str());
}

// A helper that passes its argument through carries the caller's data.
static std::string quoted(const std::string &Text) { return "'" + Text + "'"; }

int grepFor() {
  std::string Cmd = "grep -r " + quoted(std::getenv("PATTERN")) + " /srv/logs";
  // expect: security-command-injection
  return std::system(Cmd.c_str());
}

int grepDefault() {
  std::string Cmd = "grep -r " + quoted("ERROR") + " /srv/logs";
  // ok: security-command-injection
  return std::system(Cmd.c_str());
}

// Built step by step from constants only: append, assign, stream, buffer copies.
int cleanTmp(int Days) {
  std::string Cmd;
  Cmd.assign("find /tmp/app");
  Cmd += " -mtime +";
  Cmd += std::to_string(Days);
  Cmd.append(" -delete");
  // ok: security-command-injection
  return std::system(Cmd.c_str());
}

int flushCaches() {
  char Cmd[64];
  std::strncpy(Cmd, "sync", sizeof Cmd - 1);
  Cmd[sizeof Cmd - 1] = '\0';
  // ok: security-command-injection
  return std::system(Cmd);
}

struct Maintenance {
  const char *Command;
  int Priority;
};

int nightly() {
  Maintenance Task = {"pg_dump app > /var/backups/app.sql", 1};
  if (Task.Priority > 5)
    Task.Command = "pg_dump --schema-only app";
  // ok: security-command-injection
  return std::system(Task.Command);
}

int hooks(const std::string &Name) {
  // The hook comes from a function defined elsewhere: the analysis cannot see its origin.
  std::string Cmd = runner::loadHookCommand(Name);
  // expect: security-command-injection-unknown-origin
  return std::system(Cmd.c_str());
}

// The audit rule's own cases: values nobody can trace, next to the ones it must leave alone.
class Scheduler {
public:
  explicit Scheduler(std::string Command) : Command(std::move(Command)) {}

  int runConfigured() const {
    // expect: security-command-injection-unknown-origin
    return std::system(Command.c_str());
  }

  int runFixed() const {
    // ok: security-command-injection-unknown-origin
    return std::system("/usr/local/bin/nightly");
  }

private:
  std::string Command;
};

namespace {
int runInternal(const char *Cmd) {
  // Only this file calls it, and its only caller passes constants.
  // ok: security-command-injection, security-command-injection-unknown-origin
  return std::system(Cmd);
}
} // namespace

int runPlan(bool Verbose) {
  // ok: security-command-injection-unknown-origin
  return runInternal(Verbose ? "make -C /srv/app V=1" : "make -C /srv/app");
}

int dumpState() {
  char Path[64] = "/var/run/app.state";
  std::string Cmd = std::string("cat ") + Path;
  // ok: security-command-injection-unknown-origin
  return std::system(Cmd.c_str());
}

int restartExternal() {
  // Outside data is the main rule's, never the audit rule's.
  // ok: security-command-injection-unknown-origin
  // expect: security-command-injection
  return std::system(std::getenv("RESTART_COMMAND"));
}

} // namespace ops
