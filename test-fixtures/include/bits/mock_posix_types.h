/* Mock system header (seniorlint test fixtures): POSIX scalar types shared by several headers. */
#ifndef SENIORLINT_MOCK_BITS_POSIX_TYPES_H
#define SENIORLINT_MOCK_BITS_POSIX_TYPES_H

typedef long ssize_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int mode_t;
typedef long off_t;
typedef unsigned long dev_t;
typedef unsigned long ino_t;
typedef unsigned long nlink_t;
typedef long time_t;
typedef long suseconds_t;
typedef unsigned int useconds_t;
typedef unsigned int socklen_t;

#endif
