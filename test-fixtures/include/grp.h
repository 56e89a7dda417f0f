/* Mock system header (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_GRP_H
#define SENIORLINT_MOCK_GRP_H

#include <stddef.h>
#include <bits/mock_posix_types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct group {
  char *gr_name;
  char *gr_passwd;
  gid_t gr_gid;
  char **gr_mem;
};

struct group *getgrnam(const char *name);
struct group *getgrgid(gid_t gid);
int getgrnam_r(const char *__restrict name, struct group *__restrict grp, char *__restrict buf,
               size_t buflen, struct group **__restrict result);
int getgrgid_r(gid_t gid, struct group *__restrict grp, char *__restrict buf, size_t buflen,
               struct group **__restrict result);
/* glibc declares these two only under _DEFAULT_SOURCE (not with -std=c11 alone). */
int setgroups(size_t n, const gid_t *groups);
int initgroups(const char *user, gid_t group);

#ifdef __cplusplus
}
#endif

#endif
