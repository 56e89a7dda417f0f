// The Windows CRT spellings, declared here as <stdlib.h> and <stdio.h> declare them there.
#include <cstdio>
#include <string>

extern "C" {
int _wsystem(const wchar_t *command);
FILE *_popen(const char *command, const char *mode);
FILE *_wpopen(const wchar_t *command, const wchar_t *mode);
}

int stopService(const wchar_t *Name) {
  std::wstring Cmd = L"sc stop ";
  Cmd += Name;
  // expect: security-command-injection
  return _wsystem(Cmd.c_str());
}

FILE *listTasks(const char *Filter) {
  // expect: security-command-injection
  return _popen(Filter, "r");
}

FILE *queryEvents(const wchar_t *Query) {
  // expect: security-command-injection
  return _wpopen(Query, L"r");
}

int flushDns() {
  // ok: security-command-injection
  return _wsystem(L"ipconfig /flushdns");
}

FILE *listAllTasks() {
  // ok: security-command-injection
  return _popen("tasklist /fo csv", "r");
}

FILE *systemEvents() {
  // ok: security-command-injection
  return _wpopen(L"wevtutil qe System /c:10", L"r");
}
