#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include "banned-function-text.h"

struct Session {
  char User[32];
  char Greeting[64];
};

void readCommand(char *Line) {
  // expect: security-banned-function
  gets(Line);
}

void login(Session &S, const char *User) {
  // expect: security-banned-function
  std::strcpy(S.User, User);
  // expect: security-banned-function
  strcat(S.Greeting, User);
}

int formatStatus(char *Out, int Code, const char *Reason) {
  // expect: security-banned-function
  return std::sprintf(Out, "%d %s", Code, Reason);
}

void logf(char *Out, const char *Format, ...) {
  va_list Args;
  va_start(Args, Format);
  // expect: security-banned-function
  // expect: security-format-string
  vsprintf(Out, Format, Args);
  va_end(Args);
}

FILE *openScratch() {
  char Name[L_tmpnam];
  // Temporary names belong to security-insecure-temp-file, which reports them once.
  // ok: security-banned-function
  // expect: security-insecure-temp-file
  if (!tmpnam(Name))
    return nullptr;
  return std::fopen(Name, "w+");
}

int makeSpoolName(char *Template) {
  // ok: security-banned-function
  // expect: security-insecure-temp-file
  return mktemp(Template) ? 0 : -1;
}

char *appendPath(char *Dst, const char *Part) {
  // expect: security-banned-function
  return stpcpy(Dst, Part);
}

using CopyFn = char *(*)(char *, const char *);
// expect: security-banned-function
CopyFn pickCopy() { return &strcpy; }

template <typename T> void copyField(T &Record, const char *Value) {
  // expect: security-banned-function
  strcpy(Record.Name, Value);
}

template <typename Dst, typename Src> void copyAny(Dst D, Src S) {
  // expect: security-banned-function
  strcpy(D, S);
}

void readCommandSafely(char *Line, int Size) {
  // ok: security-banned-function
  std::fgets(Line, Size, stdin);
}

void loginSafely(Session &S, const char *User) {
  // ok: security-banned-function
  std::snprintf(S.User, sizeof S.User, "%s", User);
  // ok: security-banned-function
  text::strcpy(S.Greeting, sizeof S.Greeting, User);
}

int openScratchSafely() {
  char Name[] = "/tmp/app-XXXXXX";
  // ok: security-banned-function
  return mkstemp(Name);
}

std::string greet(const std::string &User) {
  text::Buffer B;
  // ok: security-banned-function
  B.strcat(User);
  // ok: security-banned-function
  return std::string("hello ").append(User);
}

void vlog(char *Out, std::size_t Size, const char *Format, va_list Args) {
  // ok: security-banned-function
  // expect: security-format-string
  std::vsnprintf(Out, Size, Format, Args);
}

struct AuditRecord {
  char Actor[32];
  char Action[16];
};

void recordActor(AuditRecord &R, const char *Actor) {
  // expect: security-banned-function
  std::strncpy(R.Actor, Actor, sizeof R.Actor);
}

void recordAction(const char *Action) {
  char Buffer[16];
  // expect: security-banned-function
  strncpy(Buffer, Action, 16);
  std::puts(Buffer);
}

void recordActorSafely(AuditRecord &R, const char *Actor) {
  // ok: security-banned-function
  std::strncpy(R.Actor, Actor, sizeof R.Actor);
  R.Actor[sizeof R.Actor - 1] = '\0';
}

void recordActionSafely(AuditRecord &R, const char *Action) {
  // ok: security-banned-function
  strncpy(R.Action, Action, sizeof(R.Action) - 1);
  R.Action[sizeof(R.Action) - 1] = 0;
}

void recordDefaultAction(AuditRecord &R) {
  // A shorter literal is padded with NULs: the copy is terminated.
  // ok: security-banned-function
  strncpy(R.Action, "login", sizeof R.Action);
}
