#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

int create_control_fifo(const char *path) {
  // expect: security-world-writable
  return mkfifo(path, 0622);
}

int create_spool(const char *path) {
  // ok: security-world-writable
  int fd = creat(path, 0666);
  // expect: security-world-writable
  if (fd >= 0 && fchmod(fd, 0666) != 0)
    return -1;
  return fd;
}

void relax_umask(void) {
  // Group-writable is fine; this mask still lets others write.
  // expect: security-world-writable
  umask(0020);
}

int create_spool_safely(const char *path) {
  // ok: security-world-writable
  return creat(path, 0600);
}

void group_umask(void) {
  // ok: security-world-writable
  umask(0002);
}

int make_cache_dir(int dirfd, const char *name) {
  // ok: security-world-writable
  return mkdirat(dirfd, name, S_IRWXU | S_IRGRP | S_IXGRP | S_IROTH | S_IXOTH);
}
