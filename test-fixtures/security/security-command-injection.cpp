#include <cstdio>
#include <cstdlib>
#include <spawn.h>
#include <string>
#include <string_view>
#include <unistd.h>
#include "command-injection-jobs.h"

#define HEALTH_PROBE "/usr/local/bin/healthcheck --quiet"

namespace backup {

constexpr const char *kDumpCommand = "pg_dump --format=custom app";
const char kRotateCommand[] = "logrotate /etc/logrotate.d/app";
constexpr std::string_view kVacuum = "vacuumdb --all --analyze";
extern const char kReindexCommand[];

struct UploadRequest {
  std::string Path;
  std::string Format;
};

int archiveUpload(const UploadRequest &Req) {
  std::string Cmd = "tar czf /var/backups/upload.tgz " + Req.Path;
  // expect: security-command-injection
  return std::system(Cmd.c_str());
}

int convertThumbnail(const char *Input) {
  char Cmd[256];
  std::snprintf(Cmd, sizeof Cmd, "convert %s -resize 64x64 thumb.png", Input);
  // expect: security-command-injection
  return system(Cmd);
}

FILE *openReport(const std::string &Name) {
  // expect: security-command-injection
  return popen(("cat /srv/reports/" + Name).c_str(), "r");
}

int runDeployHook() {
  // expect: security-command-injection
  return system(getenv("POST_DEPLOY_HOOK"));
}

int compact(bool Fast, const char *Custom) {
  const char *Cmd = "sync";
  if (Fast)
    Cmd = Custom;
  // expect: security-command-injection
  return system(Cmd);
}

void execUserTool(const char *Tool, char *const Argv[]) {
  // expect: security-command-injection
  execvp(Tool, Argv);
}

pid_t spawnWorker(const std::string &Binary, char *const Argv[]) {
  pid_t Pid = 0;
  // expect: security-command-injection
  posix_spawn(&Pid, Binary.c_str(), nullptr, nullptr, Argv, environ);
  return Pid;
}

void grepLogs(const std::string &Pattern) {
  std::string Script = "grep " + Pattern + " /var/log/app.log";
  // expect: security-command-injection
  execl("/bin/sh", "sh", "-c", Script.c_str(), static_cast<char *>(nullptr));
}

void migrate(const std::string &Version) {
  std::string Script = "./migrate.sh " + Version;
  // expect: security-command-injection
  execlp("bash", "bash", "-o", "pipefail", "-ec", Script.c_str(), static_cast<char *>(nullptr));
}

int dumpDatabase() {
  // ok: security-command-injection
  return system(kDumpCommand);
}

int rotateLogs() {
  // ok: security-command-injection
  return std::system(kRotateCommand);
}

int vacuum() {
  // ok: security-command-injection
  return system(kVacuum.data());
}

int reindex() {
  // ok: security-command-injection
  return system(kReindexCommand);
}

bool shellAvailable() {
  // ok: security-command-injection
  return system(nullptr) != 0;
}

int probe() {
  // ok: security-command-injection
  return system(HEALTH_PROBE);
}

int restart(bool Graceful) {
  // ok: security-command-injection
  return system(Graceful ? "systemctl reload app" : ("systemctl restart app"));
}

int diskUsage() {
  // ok: security-command-injection
  return system(std::string("df -h /var").c_str());
}

int flush() {
  const char *Cmd = "sync";
  // ok: security-command-injection
  return system(Cmd);
}

int runMaintenance(unsigned Which) {
  static const char *const kTasks[] = {"make -C /srv/app clean", "make -C /srv/app all"};
  // ok: security-command-injection
  return system(kTasks[Which % 2]);
}

int provision() {
  for (const char *Step : {"apt-get update", "apt-get install -y nginx"}) {
    // ok: security-command-injection
    if (int Status = system(Step))
      return Status;
  }
  return 0;
}

void listDirectory(const char *Dir) {
  // ok: security-command-injection
  execl("/bin/ls", "ls", "-l", "--", Dir, static_cast<char *>(nullptr));
}

void searchLogs(const char *Pattern) {
  // ok: security-command-injection
  execl("/bin/sh", "sh", "-c", "grep -F -- \"$1\" /var/log/app.log", "sh", Pattern,
        static_cast<char *>(nullptr));
}

void runScript(const char *Arg) {
  // ok: security-command-injection
  execl("/bin/sh", "sh", "/opt/app/rotate.sh", "-c", Arg, static_cast<char *>(nullptr));
}

void reexec(char *const Argv[]) {
  // ok: security-command-injection
  execv("/proc/self/exe", Argv);
}

pid_t spawnConverter(char *const Argv[]) {
  pid_t Pid = 0;
  // ok: security-command-injection
  posix_spawnp(&Pid, "convert", nullptr, nullptr, Argv, environ);
  return Pid;
}

struct MaintenancePlan {
  static constexpr const char *kAnalyze = "vacuumdb --analyze-only";
};

int analyze(const MaintenancePlan &Plan) {
  // ok: security-command-injection
  return system(Plan.kAnalyze);
}

int rebuildSearchIndex() {
  const std::string Base = "/opt/search/bin/reindex";
  // ok: security-command-injection
  return system((Base + " --all").c_str());
}

int runFromSettings(const char *Configured = "uptime") {
  // expect: security-command-injection
  return system(Configured);
}

// Defined in another file: its value is not visible here, so only the audit rule asks.
extern const char *const kCustomHook;

int runCustomHook() {
  // expect: security-command-injection-unknown-origin
  return system(kCustomHook);
}

} // namespace backup

namespace ops {
// The service manager's own API, not the C library.
int system(const std::string &Unit);

int restartUnit(const std::string &Unit) {
  // ok: security-command-injection
  return ops::system(Unit);
}
} // namespace ops

int runAll(const jobs::Job &J) { return jobs::runJob(J) + jobs::cleanTmp(); }

template <typename Request> int handleExport(const Request &Req) {
  // expect: security-command-injection
  return std::system(Req.exportCommand().c_str());
}

template <typename Runner> int runWith(Runner R, const char *Line) {
  // expect: security-command-injection
  return R(Line) + system(Line);
}
