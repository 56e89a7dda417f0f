#include <grp.h>
#include <netdb.h>
#include <pwd.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* A worker pool's status page, written in C. */

struct clock_source {
  /* Same name as the libc function, but a field: the caller supplies the buffer. */
  struct tm *(*localtime)(const time_t *when, struct tm *out);
};

size_t status_started_at(char *out, size_t size, time_t started) {
  // expect: language-thread-unsafe-libc
  return snprintf(out, size, "started %s", ctime(&started));
}

size_t status_started_at_reentrant(char *out, size_t size, time_t started) {
  char buffer[26];
  // ok: language-thread-unsafe-libc
  return snprintf(out, size, "started %s", ctime_r(&started, buffer));
}

size_t status_now(char *out, size_t size, const struct clock_source *clock, time_t now) {
  struct tm parts;
  // ok: language-thread-unsafe-libc
  clock->localtime(&now, &parts);
  // expect: language-thread-unsafe-libc
  return snprintf(out, size, "now %s", asctime(&parts));
}

const char *worker_owner(uid_t uid) {
  // expect: language-thread-unsafe-libc
  const struct passwd *entry = getpwuid(uid);
  return entry ? entry->pw_name : "unknown";
}

int worker_group_name(gid_t gid, char *out, size_t size) {
  struct group storage;
  struct group *found = NULL;
  char buffer[1024];
  // ok: language-thread-unsafe-libc
  if (getgrgid_r(gid, &storage, buffer, sizeof buffer, &found) != 0 || found == NULL)
    return -1;
  return snprintf(out, size, "%s", found->gr_name);
}

int worker_is_admin(void) {
  // expect: language-thread-unsafe-libc
  const struct group *admins = getgrnam("wheel");
  return admins != NULL && admins->gr_gid == getgid();
}

const char *peer_name(const struct sockaddr *peer, socklen_t length, char *host, socklen_t size) {
  // ok: language-thread-unsafe-libc
  if (getnameinfo(peer, length, host, size, NULL, 0, NI_NAMEREQD) == 0)
    return host;
  // expect: language-thread-unsafe-libc
  const struct hostent *entry = gethostbyaddr(peer->sa_data, 4, AF_INET);
  return entry ? entry->h_name : "?";
}

const char *console_name(void) {
  // expect: language-thread-unsafe-libc
  return ttyname(STDIN_FILENO);
}
