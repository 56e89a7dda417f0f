#include "common.h"
#include <cstdlib>

Runner::~Runner() {}

void GoodRunner::action(char *data) const {
  // ok: security-command-injection
  system(data);
}

void BadRunner::action(char *data) const {
  // expect: security-command-injection
  system(data);
}

void ShellJob::run(char *data) const {
  // expect: security-command-injection
  system(data);
}

void ShellTask::run(char *data) const {
  // ok: security-command-injection
  system(data);
}
