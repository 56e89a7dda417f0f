#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct user {
  char name[32];
  char home[64];
};

void set_home(struct user *u, const char *base) {
  // expect: security-banned-function
  strcpy(u->home, base);
  // expect: security-banned-function
  strcat(u->home, u->name);
}

int render_id(char *out, int id) {
  // expect: security-banned-function
  return sprintf(out, "user-%d", id);
}

char *scratch_name(void) {
  // ok: security-banned-function
  // expect: security-insecure-temp-file
  return tempnam("/tmp", "app");
}

void set_home_safely(struct user *u, const char *base) {
  // ok: security-banned-function
  snprintf(u->home, sizeof u->home, "%s/%s", base, u->name);
}

int scratch_file(void) {
  char name[] = "/tmp/app-XXXXXX";
  // ok: security-banned-function
  return mkstemp(name);
}

size_t name_length(const struct user *u) {
  // ok: security-banned-function
  return strlen(u->name);
}

void rename_user(struct user *u, const char *name) {
  // expect: security-banned-function
  strncpy(u->name, name, sizeof u->name);
}

void rename_user_safely(struct user *u, const char *name) {
  // ok: security-banned-function
  strncpy(u->name, name, sizeof u->name);
  u->name[31] = '\0';
}
