/* The shapes of the Juliet test suite (CWE-134): bad variants print data from the
 * environment, a file, a socket, the console or argv as the format; good variants print
 * a constant format that travels through locals, buffers, helpers, struct fields and
 * constant conditions, or pass the data as an argument. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define BUFFER_SIZE 100

static const int STATIC_CONST_FALSE = 0;

struct message {
  char *format;
  int code;
};

void cwe134_environment_bad(void) {
  char buffer[BUFFER_SIZE] = "";
  char *data = buffer;
  char *environment = getenv("ADD");
  if (environment != NULL)
    strncat(data, environment, BUFFER_SIZE - 1);
  // expect: security-format-string
  printf(data);
}

void cwe134_file_bad(void) {
  char data[BUFFER_SIZE] = "";
  FILE *file = fopen("/tmp/file.txt", "r");
  if (file != NULL) {
    if (fgets(data, BUFFER_SIZE, file) == NULL)
      data[0] = '\0';
    fclose(file);
  }
  // expect: security-format-string
  fprintf(stdout, data);
}

void cwe134_socket_bad(int sock) {
  char data[BUFFER_SIZE];
  ssize_t received = recv(sock, data, BUFFER_SIZE - 1, 0);
  data[received > 0 ? received : 0] = '\0';
  char out[BUFFER_SIZE];
  // expect: security-format-string
  snprintf(out, BUFFER_SIZE, data);
  puts(out);
}

void cwe134_console_bad(void) {
  char data[BUFFER_SIZE] = "";
  if (scanf("%99s", data) != 1)
    return;
  struct message msg;
  msg.format = data;
  msg.code = 1;
  // expect: security-format-string
  printf(msg.format);
}

int main(int argc, char *argv[]) {
  // expect: security-format-string
  fprintf(stderr, argc > 1 ? argv[1] : "no arguments\n");
  return 0;
}

/* Good variants. */

void cwe134_good_argument(void) {
  char data[BUFFER_SIZE] = "";
  if (fgets(data, BUFFER_SIZE, stdin) == NULL)
    return;
  // ok: security-format-string
  printf("%s\n", data);
}

void cwe134_good_buffer(void) {
  char buffer[BUFFER_SIZE] = "";
  char *data = buffer;
  if (STATIC_CONST_FALSE) {
    if (fgets(data, BUFFER_SIZE, stdin) == NULL)
      data[0] = '\0';
  } else {
    strncpy(data, "fixedstringtest\n", BUFFER_SIZE - 1);
    data[BUFFER_SIZE - 1] = '\0';
  }
  // ok: security-format-string
  printf(data);
}

static const char *good_format(int verbose) {
  if (verbose)
    return "verbose: %d\n";
  return "quiet: %d\n";
}

void cwe134_good_helper(int verbose) {
  // ok: security-format-string
  printf(good_format(verbose), verbose);
}

void cwe134_good_switch(int code) {
  struct message msg = {NULL, code};
  switch (7) {
  case 7:
    msg.format = "code %d\n";
    break;
  default:
    msg.format = getenv("FORMAT");
    break;
  }
  // ok: security-format-string
  printf(msg.format, msg.code);
}
