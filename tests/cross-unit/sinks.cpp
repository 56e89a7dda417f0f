#include "common.h"
#include <cstdlib>
#include <unistd.h>

void chainSinkGood(char *data) {
  // ok: security-command-injection
  system(data);
}

void chainSinkBad(char *data) {
  // expect: security-command-injection
  system(data);
}

void pointerSinkGood(char *data) {
  // ok: security-command-injection
  execl("/bin/sh", "sh", "-c", data, nullptr);
}

void pointerSinkBad(char *data) {
  // expect: security-command-injection
  execl("/bin/sh", "sh", "-c", data, nullptr);
}

// No caller in the project: a library entry point, reported as before.
void exportedSink(const char *command) {
  // expect: security-command-injection
  system(command);
}

void staticRelaySinkGood(char *data) {
  // ok: security-command-injection
  system(data);
}

void staticRelaySinkBad(char *data) {
  // expect: security-command-injection
  system(data);
}

// Its only caller is a static function nobody calls: what reaches it is unknown, which
// must not silence the finding.
void staticRelaySinkNever(char *data) {
  // expect: security-command-injection
  system(data);
}

void pong(char *data, int n) {
  // ok: security-command-injection
  system(data);
  ping(data, n);
}

void structSinkGood(Payload payload) {
  char *data = payload.first;
  // ok: security-command-injection
  system(data);
}

void structSinkBad(Payload payload) {
  char *data = payload.first;
  // expect: security-command-injection
  system(data);
}

void arraySinkGood(char *items[]) {
  char *data = items[1];
  // ok: security-command-injection
  system(data);
}

void arraySinkBad(char *items[]) {
  char *data = items[1];
  // expect: security-command-injection
  system(data);
}

void vectorSinkGood(std::vector<std::string> commands) {
  std::string data = commands[1];
  // ok: security-command-injection
  system(data.c_str());
}

void vectorSinkBad(std::vector<std::string> commands) {
  std::string data = commands[1];
  // expect: security-command-injection
  system(data.c_str());
}

void pointerToPointerSinkGood(char **dataPointer) {
  char *data = *dataPointer;
  // ok: security-command-injection
  system(data);
}

void voidPointerSinkBad(void *dataPointer) {
  char **typed = (char **)dataPointer;
  char *data = *typed;
  // expect: security-command-injection
  system(data);
}
