#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>
#include <string>
#include "upload_store.h"

namespace fs = std::filesystem;

class Daemon {
public:
  void detach() {
    // expect: security-world-writable
    umask(0);
    chdir("/");
  }

  void detachSafely() {
    // ok: security-world-writable
    umask(027);
    chdir("/");
  }
};

class UploadHandler {
public:
  int openDropBox(const std::string &Path) {
    // Every local user may append to it, and so truncate or fill it.
    // expect: security-world-writable
    return open(Path.c_str(), O_WRONLY | O_CREAT | O_APPEND, S_IRUSR | S_IWUSR | S_IWGRP | S_IWOTH);
  }

  void publish(const std::string &Path) {
    // expect: security-world-writable
    chmod(Path.c_str(), S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH | S_IWOTH);
  }

  void share(const fs::path &Dir) {
    // expect: security-world-writable
    fs::permissions(Dir, fs::perms::owner_all | fs::perms::others_all);
  }

  void openUp(const fs::path &Dir) {
    // expect: security-world-writable
    fs::permissions(Dir, fs::perms::others_write, fs::perm_options::add);
  }

  int storeChunkSafely(const std::string &Path) {
    // ok: security-world-writable
    return open(Path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0640);
  }

  int storeChunk(const std::string &Path) {
    // 0666 is the conventional creation mode (fopen's): the process umask decides.
    // ok: security-world-writable
    return open(Path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
  }

  int appendExisting(const std::string &Path) {
    // Without O_CREAT the mode argument is ignored.
    // ok: security-world-writable
    return open(Path.c_str(), O_WRONLY | O_APPEND, 0666);
  }

  int makeDropbox(const char *Path) {
    // Sticky, like /tmp: everyone may add files, only owners may remove them.
    // ok: security-world-writable
    return mkdir(Path, 01777);
  }

  void lockDown(const fs::path &Dir) {
    // ok: security-world-writable
    fs::permissions(Dir, fs::perms::others_write, fs::perm_options::remove);
  }

  void restore(mode_t Saved, const std::string &Path, mode_t Mode) {
    // Values known only at run time: the caller decides.
    // ok: security-world-writable
    umask(Saved);
    // ok: security-world-writable
    chmod(Path.c_str(), Mode);
  }
};
