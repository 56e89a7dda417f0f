/* A C daemon: one-time codes for logins, temporary passwords, and retry jitter. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

void daemon_init(void) {
  srand((unsigned)time(NULL));
}

int login_otp(void) {
  /* Six digits, mailed to the user. */
  // expect: security-insecure-random
  int otp = rand() % 1000000;
  return otp;
}

void temporary_password(char *password, size_t size) {
  static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  for (size_t i = 0; i + 1 < size; ++i)
    // expect: security-insecure-random
    password[i] = alphabet[rand() % (int)(sizeof alphabet - 1)];
  password[size - 1] = '\0';
}

unsigned long session_nonce(void) {
  unsigned int seed = (unsigned int)time(NULL) ^ (unsigned int)getpid();
  // expect: security-insecure-random
  unsigned long nonce = (unsigned long)rand_r(&seed);
  return nonce;
}

int temporary_password_safely(unsigned char *password, size_t size) {
  /* ok: the kernel's generator */
  return getrandom(password, size, 0) == (ssize_t)size;
}

void retry_sleep(int attempt) {
  // ok: security-insecure-random (jitter)
  usleep((useconds_t)(1000 * (attempt * 100 + rand() % 50)));
}

int pick_shard(int shards) {
  // ok: security-insecure-random (load balancing)
  int shard = rand() % shards;
  return shard;
}
