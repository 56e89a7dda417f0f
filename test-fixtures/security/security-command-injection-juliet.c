/* The shapes of the Juliet test suite (CWE-78): bad variants take the command from the
 * environment, a file, a socket, the console or argv; good variants reach the same sink
 * with a constant through locals, buffers, helpers, struct fields and constant conditions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define COMMAND_PREFIX "ls "
#define BUFFER_SIZE 100

static const int STATIC_CONST_TRUE = 1;
static const int STATIC_CONST_FIVE = 5;

struct command_holder {
  char *command;
  const char *label;
};

void cwe78_environment_bad(void) {
  char buffer[BUFFER_SIZE] = COMMAND_PREFIX;
  char *data = buffer;
  size_t len = strlen(data);
  char *value = getenv("ADD");
  if (value != NULL)
    strncat(data + len, value, BUFFER_SIZE - len - 1);
  // expect: security-command-injection
  system(data);
}

void cwe78_file_bad(void) {
  char buffer[BUFFER_SIZE] = COMMAND_PREFIX;
  char *data = buffer;
  size_t len = strlen(data);
  FILE *file = fopen("/tmp/file.txt", "r");
  if (file != NULL) {
    if (fgets(data + len, (int)(BUFFER_SIZE - len), file) == NULL)
      data[len] = '\0';
    fclose(file);
  }
  // expect: security-command-injection
  system(data);
}

void cwe78_console_bad(void) {
  char *data = (char *)malloc(BUFFER_SIZE);
  if (data == NULL)
    return;
  data[0] = '\0';
  if (fgets(data, BUFFER_SIZE, stdin) == NULL)
    data[0] = '\0';
  // expect: security-command-injection
  FILE *pipe = popen(data, "r");
  if (pipe != NULL)
    pclose(pipe);
  free(data);
}

void cwe78_socket_bad(int sock) {
  char buffer[BUFFER_SIZE] = COMMAND_PREFIX;
  char *data = buffer;
  size_t len = strlen(data);
  ssize_t received = recv(sock, data + len, BUFFER_SIZE - len - 1, 0);
  if (received > 0)
    data[len + (size_t)received] = '\0';
  // expect: security-command-injection
  system(data);
}

int main(int argc, char *argv[]) {
  char command[BUFFER_SIZE];
  if (argc > 1) {
    snprintf(command, sizeof command, "ls %s", argv[1]);
    // expect: security-command-injection
    system(command);
  }
  return 0;
}

/* Good variants: the same sinks, constant input. */

void cwe78_good_buffer(void) {
  char buffer[BUFFER_SIZE] = COMMAND_PREFIX;
  char *data = buffer;
  size_t len = strlen(data);
  strncat(data + len, "*.txt", BUFFER_SIZE - len - 1);
  // ok: security-command-injection
  system(data);
}

void cwe78_good_constant_condition(void) {
  char buffer[BUFFER_SIZE] = COMMAND_PREFIX;
  char *data = buffer;
  if (STATIC_CONST_FIVE != 5) {
    char *value = getenv("ADD");
    if (value != NULL)
      strncat(data, value, BUFFER_SIZE - strlen(data) - 1);
  } else {
    strncat(data, "*.txt", BUFFER_SIZE - strlen(data) - 1);
  }
  // ok: security-command-injection
  system(data);
}

void cwe78_good_switch(void) {
  char buffer[BUFFER_SIZE] = "";
  char *data = buffer;
  switch (6) {
  case 6:
    memcpy(data, "ls -la", sizeof "ls -la");
    break;
  default:
    fgets(data, BUFFER_SIZE, stdin);
    break;
  }
  // ok: security-command-injection
  system(data);
}

static const char *good_source(void) { return STATIC_CONST_TRUE ? "ls -la" : "ls"; }

void cwe78_good_helper(void) {
  const char *data = good_source();
  // ok: security-command-injection
  system(data);
}

void cwe78_good_struct(void) {
  char buffer[BUFFER_SIZE] = "ls -la";
  struct command_holder holder;
  holder.command = buffer;
  holder.label = "listing";
  // ok: security-command-injection
  system(holder.command);
}

void cwe78_good_after_use(void) {
  char buffer[BUFFER_SIZE] = "ls -la";
  // ok: security-command-injection
  system(buffer);
  if (fgets(buffer, BUFFER_SIZE, stdin) != NULL)
    printf("%s\n", buffer);
}

/* A sink in a function only this file can call: its callers decide. Called through a
 * function pointer with environment data, it is reported; called with constants, or with
 * a value the analysis cannot trace, it is not. */
static void run_static_sink(char *data) {
  // expect: security-command-injection
  system(data);
}

void cwe78_static_sink_bad(void) {
  char buffer[BUFFER_SIZE] = COMMAND_PREFIX;
  char *data = buffer;
  size_t len = strlen(data);
  char *value = getenv("ADD");
  if (value != NULL)
    strncat(data + len, value, BUFFER_SIZE - len - 1);
  void (*sink)(char *) = run_static_sink;
  sink(data);
}

static void run_static_constant(char *data) {
  // ok: security-command-injection
  system(data);
}

void cwe78_static_sink_good(void) {
  char buffer[BUFFER_SIZE] = COMMAND_PREFIX;
  strncat(buffer, "*.*", BUFFER_SIZE - strlen(buffer) - 1);
  void (*sink)(char *) = run_static_constant;
  sink(buffer);
}

char *next_job_command(void);

static void run_static_untraced(char *data) {
  // ok: security-command-injection
  system(data);
}

void cwe78_static_sink_untraced(void) { run_static_untraced(next_job_command()); }

/* A pointer global only this file can see: the values the file assigns to it. */
static char *bad_global_command;
static char *good_global_command;
static char *escaped_global_command;

static void run_bad_global(void) {
  char *data = bad_global_command;
  // expect: security-command-injection
  system(data);
}

void cwe78_static_global_bad(void) {
  char buffer[BUFFER_SIZE] = COMMAND_PREFIX;
  char *data = buffer;
  size_t len = strlen(data);
  char *value = getenv("ADD");
  if (value != NULL)
    strncat(data + len, value, BUFFER_SIZE - len - 1);
  bad_global_command = data;
  run_bad_global();
}

static void run_good_global(void) {
  // ok: security-command-injection
  system(good_global_command);
}

void cwe78_static_global_good(void) {
  good_global_command = "ls -la";
  run_good_global();
}

void fill_command(char **out);

static void run_escaped_global(void) {
  /* Its address escapes to a function with no body here: untraced, not outside data. */
  // ok: security-command-injection
  // expect: security-command-injection-unknown-origin
  system(escaped_global_command);
}

void cwe78_static_global_escaped(void) {
  fill_command(&escaped_global_command);
  run_escaped_global();
}

/* A union's members share one storage: what is written to one is read through another. */
union command_union {
  char *first;
  char *second;
};

void cwe78_union_bad(void) {
  char buffer[BUFFER_SIZE] = COMMAND_PREFIX;
  char *data = buffer;
  size_t len = strlen(data);
  char *value = getenv("ADD");
  union command_union both;
  if (value != NULL)
    strncat(data + len, value, BUFFER_SIZE - len - 1);
  both.first = data;
  // expect: security-command-injection
  system(both.second);
}

void cwe78_union_good(void) {
  union command_union both;
  both.first = "ls -la";
  // ok: security-command-injection
  system(both.second);
}

/* A helper of this file fills the caller's buffer: what it writes is what the caller reads. */
static void append_environment(char *data) {
  size_t len = strlen(data);
  char *value = getenv("ADD");
  if (value != NULL)
    strncat(data + len, value, BUFFER_SIZE - len - 1);
}

static void append_constant(char *data) { strncat(data, "*.*", BUFFER_SIZE - strlen(data) - 1); }

void cwe78_out_parameter_bad(void) {
  char buffer[BUFFER_SIZE] = COMMAND_PREFIX;
  append_environment(buffer);
  // expect: security-command-injection
  system(buffer);
}

void cwe78_out_parameter_good(void) {
  char buffer[BUFFER_SIZE] = COMMAND_PREFIX;
  append_constant(buffer);
  // ok: security-command-injection
  system(buffer);
}
