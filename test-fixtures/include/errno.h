/* Mock system header (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_ERRNO_H
#define SENIORLINT_MOCK_ERRNO_H

#ifdef __cplusplus
extern "C" {
#endif

int *__errno_location(void) __attribute__((__const__));
#define errno (*__errno_location())

#define EPERM 1
#define ENOENT 2
#define EINTR 4
#define EIO 5
#define EBADF 9
#define EAGAIN 11
#define ENOMEM 12
#define EACCES 13
#define EEXIST 17
#define EINVAL 22
#define ERANGE 34
#define EWOULDBLOCK EAGAIN

#ifdef __cplusplus
}
#endif

#endif
