/* Mock system header (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_PWD_H
#define SENIORLINT_MOCK_PWD_H

#include <stddef.h>
#include <bits/mock_posix_types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct passwd {
  char *pw_name;
  char *pw_passwd;
  uid_t pw_uid;
  gid_t pw_gid;
  char *pw_gecos;
  char *pw_dir;
  char *pw_shell;
};

struct passwd *getpwnam(const char *name);
struct passwd *getpwuid(uid_t uid);
int getpwnam_r(const char *__restrict name, struct passwd *__restrict pwd, char *__restrict buf,
               size_t buflen, struct passwd **__restrict result);
int getpwuid_r(uid_t uid, struct passwd *__restrict pwd, char *__restrict buf, size_t buflen,
               struct passwd **__restrict result);

#ifdef __cplusplus
}
#endif

#endif
