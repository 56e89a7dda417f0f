// Fixture for security-privilege-drop-unchecked in C++: a worker process that starts as root.
#include <cstdlib>
#include <grp.h>
#include <pwd.h>
#include <stdexcept>
#include <unistd.h>

namespace {
void expectZero(int status) {
  if (status != 0)
    std::abort();
}
} // namespace

// The project's own sandbox object: its methods share the C library's names.
class Sandbox {
public:
  int setuid(uid_t uid);
  int setgroups(int count);
};

namespace jail {
int setgid(gid_t gid); // a project function of the same name in its own namespace
}

class Worker {
public:
  void dropTo(const passwd &account) {
    // expect: security-privilege-drop-unchecked
    ::setgid(account.pw_gid);
    // expect: security-privilege-drop-unchecked
    static_cast<void>(::setuid(account.pw_uid));
  }

  void dropChecked(const passwd &account) {
    // ok: security-privilege-drop-unchecked
    if (int status = setgid(account.pw_gid); status != 0)
      throw std::runtime_error("cannot change group");
    // ok: security-privilege-drop-unchecked
    if (const int status = setuid(account.pw_uid))
      throw std::runtime_error("cannot change user");
    // ok: security-privilege-drop-unchecked
    expectZero(seteuid(account.pw_uid));
  }

  void confine(Sandbox &box) {
    // ok: security-privilege-drop-unchecked
    box.setuid(1000);
    // ok: security-privilege-drop-unchecked
    box.setgroups(0);
    // ok: security-privilege-drop-unchecked
    jail::setgid(1000);
  }

  bool dropGroups() {
    // ok: security-privilege-drop-unchecked
    return setgroups(0, nullptr) == 0;
  }

  void dropLater(uid_t uid) {
    // The status is kept for a debugger and then silenced: nothing tests it.
    // expect: security-privilege-drop-unchecked
    const int status = setresuid(uid, uid, uid);
    (void)status;
    auto drop = [uid] {
      // expect: security-privilege-drop-unchecked
      seteuid(uid);
    };
    drop();
  }

  void dropStored(uid_t uid, gid_t gid) {
    // ok: security-privilege-drop-unchecked
    int status = setresgid(gid, gid, gid);
    if (status != 0)
      std::abort();
  }
};
