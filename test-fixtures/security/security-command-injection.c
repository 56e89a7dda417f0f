#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define BACKUP_SCRIPT "/opt/app/bin/backup --incremental"

static const char *const restart_command = "systemctl restart app-worker";

int compress_upload(const char *path) {
  char cmd[512];
  snprintf(cmd, sizeof cmd, "gzip -9 '%s'", path);
  // expect: security-command-injection
  return system(cmd);
}

FILE *tail_log(const char *service) {
  // expect: security-command-injection
  return popen(service, "r");
}

void run_plugin(const char *plugin_path) {
  // expect: security-command-injection
  execl(plugin_path, "plugin", (char *)0);
}

int nightly_backup(void) {
  // ok: security-command-injection
  return system(BACKUP_SCRIPT);
}

int restart_worker(void) {
  // ok: security-command-injection
  return system(restart_command);
}

int flush_caches(void) {
  char cmd[] = "sync";
  // ok: security-command-injection
  return system(cmd);
}

int has_shell(void) {
  // ok: security-command-injection
  return system(NULL);
}

void archive(const char *dir) {
  // ok: security-command-injection
  execlp("tar", "tar", "czf", "/var/backups/app.tgz", dir, (char *)0);
}
