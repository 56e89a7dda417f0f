// fixture-args: -D_GNU_SOURCE
// real-headers: yes
/* A print spooler started as root: it opens its port, then becomes the spool account. */
#include <grp.h>
#include <stddef.h>
#include <stdlib.h>
#include <unistd.h>

void serve_queue(void);

/* Goes back to the account that launched the set-user-ID binary, and never looks. */
void return_to_caller(void) {
  // expect: security-privilege-drop-unchecked
  setuid(getuid());
  serve_queue();
}

/* The same step done right: a failure stops the spooler before it serves anything. */
void return_to_caller_checked(void) {
  // ok: security-privilege-drop-unchecked
  if (setuid(getuid()) != 0)
    exit(EXIT_FAILURE);
  serve_queue();
}

int become_spool_account(const char *user, uid_t uid, gid_t gid) {
  // expect: security-privilege-drop-unchecked
  setgroups(0, NULL);
  // ok: security-privilege-drop-unchecked
  if (setgid(gid) == -1)
    abort();
  // ok: security-privilege-drop-unchecked
  if (initgroups(user, gid) < 0)
    return -1;
  // ok: security-privilege-drop-unchecked
  return setuid(uid);
}

/* Casting to void only hides the compiler's warning: the failure is still ignored. */
void switch_every_id(uid_t uid, gid_t gid) {
  // expect: security-privilege-drop-unchecked
  (void)setresgid(gid, gid, gid);
  // expect: security-privilege-drop-unchecked
  (void)setresuid(uid, uid, uid);
  serve_queue();
}

void lower_effective_ids(int verbose, uid_t uid, gid_t gid) {
  int attempts = 0;
  if (verbose)
    // expect: security-privilege-drop-unchecked
    setegid(gid);
  // expect: security-privilege-drop-unchecked
  seteuid(uid), ++attempts;
  serve_queue();
}

/* The status lands in a local that nothing reads. */
void adopt_groups(const char *user, gid_t gid) {
  int status;
  // expect: security-privilege-drop-unchecked
  status = initgroups(user, gid);
  serve_queue();
}

int swap_real_and_effective(uid_t ruid, uid_t euid, gid_t rgid, gid_t egid) {
  int status;
  // ok: security-privilege-drop-unchecked
  status = setregid(rgid, egid);
  if (status != 0)
    return status;
  // ok: security-privilege-drop-unchecked
  if ((status = setreuid(ruid, euid)) != 0)
    return status;
  return 0;
}

int verified_drop(uid_t uid) {
  uid_t ruid, euid, suid;
  // ok: security-privilege-drop-unchecked
  if (setresuid(uid, uid, uid) != 0 || getresuid(&ruid, &euid, &suid) != 0)
    return -1;
  return ruid == uid && euid == uid && suid == uid ? 0 : -1;
}
