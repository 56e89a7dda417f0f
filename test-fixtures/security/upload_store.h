// Project header: the upload store's directory layout.
#pragma once

#include <sys/stat.h>

namespace uploads {

constexpr mode_t kDirMode = S_IRWXU | S_IRWXG | S_IRWXO;
constexpr mode_t kPrivateDirMode = S_IRWXU | S_IRGRP | S_IXGRP;

inline int makeBucketDir(const char *Path) {
  // 0777 is the conventional directory mode (mkdir(1)'s): the umask decides.
  // ok: security-world-writable
  if (mkdir(Path, kDirMode) != 0)
    return -1;
  // chmod is not filtered by the umask: every user may now add and delete files here.
  // expect: security-world-writable
  return chmod(Path, kDirMode);
}

inline int makePrivateDir(const char *Path) {
  // ok: security-world-writable
  return mkdir(Path, kPrivateDirMode);
}

} // namespace uploads
