/* Mock system header (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_TIME_H
#define SENIORLINT_MOCK_TIME_H

#include <stddef.h>
#include <bits/mock_posix_types.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef long clock_t;
typedef int clockid_t;

#define CLOCKS_PER_SEC ((clock_t)1000000)
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1

struct tm {
  int tm_sec;
  int tm_min;
  int tm_hour;
  int tm_mday;
  int tm_mon;
  int tm_year;
  int tm_wday;
  int tm_yday;
  int tm_isdst;
  long tm_gmtoff;
  const char *tm_zone;
};

struct timespec {
  time_t tv_sec;
  long tv_nsec;
};

time_t time(time_t *t);
clock_t clock(void);
double difftime(time_t end, time_t start);
time_t mktime(struct tm *tm);
time_t timegm(struct tm *tm);
size_t strftime(char *__restrict s, size_t max, const char *__restrict format,
                const struct tm *__restrict tm);

struct tm *localtime(const time_t *t);
struct tm *localtime_r(const time_t *__restrict t, struct tm *__restrict result);
struct tm *gmtime(const time_t *t);
struct tm *gmtime_r(const time_t *__restrict t, struct tm *__restrict result);
char *ctime(const time_t *t);
char *ctime_r(const time_t *__restrict t, char *__restrict buf);
char *asctime(const struct tm *tm);
char *asctime_r(const struct tm *__restrict tm, char *__restrict buf);

int nanosleep(const struct timespec *req, struct timespec *rem);
int clock_gettime(clockid_t clk, struct timespec *ts);

#ifdef __cplusplus
}
#endif

#endif
