#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int open_session_file(int session_id) {
  char path[64];
  snprintf(path, sizeof path, "/tmp/session-%d", session_id);
  // expect: security-insecure-temp-file
  return open(path, O_RDWR | O_CREAT, 0600);
}

FILE *open_upload_part(void) {
  // expect: security-insecure-temp-file
  return fopen("/var/tmp/upload.part", "a");
}

int create_pid_file(void) {
  // expect: security-insecure-temp-file
  return creat("/tmp/worker.pid", 0644);
}

char *spool_name(char *template_name) {
  // expect: security-insecure-temp-file
  return mktemp(template_name);
}

int open_session_file_safely(void) {
  char path[] = "/tmp/session-XXXXXX";
  // ok: security-insecure-temp-file
  return mkstemp(path);
}

char *spool_dir(void) {
  static char dir[] = "/tmp/spool-XXXXXX";
  // ok: security-insecure-temp-file
  return mkdtemp(dir);
}

int read_session_file(int session_id) {
  char path[64];
  snprintf(path, sizeof path, "/tmp/session-%d", session_id);
  // Reading an existing file creates nothing.
  // ok: security-insecure-temp-file
  return open(path, O_RDONLY);
}
