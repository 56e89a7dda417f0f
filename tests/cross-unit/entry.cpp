#include "common.h"
#include <cstdio>
#include <cstdlib>
#include <cstring>

void goodChain() {
  char buffer[100] = "";
  char *data = buffer;
  strcat(data, "*.*");
  relayGood(data);
}

void badChain() {
  char buffer[100] = "";
  char *data = buffer;
  const char *extra = getenv("ADD");
  if (extra != nullptr)
    strncat(data, extra, 50);
  relayBad(data);
}

void goodPointer() {
  char buffer[100] = "ls";
  void (*run)(char *) = pointerSinkGood;
  run(buffer);
}

void badPointer() {
  char buffer[100];
  fgets(buffer, 100, stdin);
  void (*run)(char *) = &pointerSinkBad;
  run(buffer);
}

void goodVirtual() {
  char buffer[100] = "ls";
  const Runner &byReference = GoodRunner();
  byReference.action(buffer);
  char other[100] = "pwd"; // after a call that may write into buffer, buffer is unknown
  Runner *onHeap = new GoodRunner;
  onHeap->action(other);
  delete onHeap;
}

void badVirtual() {
  char buffer[100];
  strcpy(buffer, getenv("TOOL"));
  const Runner &byReference = BadRunner();
  byReference.action(buffer);
}

void goodStruct() {
  char buffer[100] = "ls";
  Payload payload;
  payload.first = buffer;
  payload.second = buffer;
  structSinkGood(payload);
}

void badStruct() {
  char buffer[100] = "ls";
  Payload payload;
  payload.first = getenv("TOOL");
  payload.second = buffer;
  structSinkBad(payload);
}

void goodArray() {
  char buffer[100] = "ls";
  char *items[3];
  items[1] = buffer;
  arraySinkGood(items);
}

void badArray() {
  char *items[3];
  items[1] = getenv("TOOL");
  arraySinkBad(items);
}

void goodVector() {
  std::vector<std::string> commands;
  commands.push_back("ls");
  commands.push_back("pwd");
  vectorSinkGood(commands);
}

void badVector() {
  std::vector<std::string> commands;
  commands.push_back("ls");
  commands.push_back(getenv("TOOL"));
  vectorSinkBad(commands);
}

// Static relays: internal functions take the origin of their own callers.
static void staticRelayGood(char *data) { staticRelaySinkGood(data); }
static void staticRelayBad(char *data) { staticRelaySinkBad(data); }
static void staticRelayNever(char *data) { staticRelaySinkNever(data); }

void useStaticRelays(int argc, char **argv) {
  char buffer[100] = "ls";
  staticRelayGood(buffer);
  if (argc > 1)
    staticRelayBad(argv[1]);
}

void startPingPong() {
  char buffer[100] = "ls";
  ping(buffer, 3);
}

void goodPointerToPointer() {
  char buffer[100] = "ls";
  char *data = buffer;
  pointerToPointerSinkGood(&data);
}

void badVoidPointer() {
  char *data = getenv("TOOL");
  voidPointerSinkBad(&data);
}

void runJob(const Job &job) {
  char buffer[100];
  strcpy(buffer, getenv("JOB"));
  job.run(buffer);
}

void runTask(const Task &task) {
  char buffer[100] = "ls";
  task.run(buffer);
}
