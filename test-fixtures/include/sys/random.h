/* Mock of <sys/random.h> (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_SYS_RANDOM_H
#define SENIORLINT_MOCK_SYS_RANDOM_H

#include <bits/mock_posix_types.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GRND_NONBLOCK 0x01
#define GRND_RANDOM 0x02

ssize_t getrandom(void *buf, size_t buflen, unsigned int flags);

#ifdef __cplusplus
}
#endif

#endif
