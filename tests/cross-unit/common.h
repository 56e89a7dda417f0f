// The cross-unit project: callers in entry.cpp, a relay in relay.cpp, the sinks in sinks.cpp
// and runners.cpp (the shapes of Juliet's multi-file flow variants).
#pragma once
#include <string>
#include <vector>

void relayGood(char *data); // relay.cpp: passes on to chainSinkGood
void relayBad(char *data);  // relay.cpp: passes on to chainSinkBad
void chainSinkGood(char *data);
void chainSinkBad(char *data);
void pointerSinkGood(char *data);
void pointerSinkBad(char *data);
void exportedSink(const char *command);
void staticRelaySinkGood(char *data);
void staticRelaySinkBad(char *data);
void staticRelaySinkNever(char *data);
void ping(char *data, int n);
void pong(char *data, int n);

struct Payload {
  char *first;
  char *second;
};
void structSinkGood(Payload payload);
void structSinkBad(Payload payload);
void arraySinkGood(char *items[]);
void arraySinkBad(char *items[]);
void vectorSinkGood(std::vector<std::string> commands);
void vectorSinkBad(std::vector<std::string> commands);
void pointerToPointerSinkGood(char **dataPointer);
void voidPointerSinkBad(void *dataPointer);

struct Runner {
  virtual ~Runner();
  virtual void action(char *data) const = 0;
};
struct GoodRunner : Runner {
  void action(char *data) const override;
};
struct BadRunner : Runner {
  void action(char *data) const override;
};

// Called only through the base class, where the caller cannot tell the override: the calls
// land on the root of the override chain, which every override answers to.
struct Job {
  virtual void run(char *data) const = 0;
};
struct ShellJob : Job {
  void run(char *data) const override;
};
struct Task {
  virtual void run(char *data) const = 0;
};
struct ShellTask : Task {
  void run(char *data) const override;
};
void runJob(const Job &job);
void runTask(const Task &task);
