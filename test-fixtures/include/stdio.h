/* Mock system header (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_STDIO_H
#define SENIORLINT_MOCK_STDIO_H

#include <stddef.h>
#include <stdarg.h>
#include <bits/mock_posix_types.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _IO_FILE FILE;
typedef long fpos_t;

#define EOF (-1)
#define BUFSIZ 8192
#define FILENAME_MAX 4096
#define L_tmpnam 20
#define TMP_MAX 238328
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

int printf(const char *__restrict format, ...) __attribute__((__format__(__printf__, 1, 2)));
int fprintf(FILE *__restrict stream, const char *__restrict format, ...)
    __attribute__((__format__(__printf__, 2, 3)));
int sprintf(char *__restrict s, const char *__restrict format, ...)
    __attribute__((__format__(__printf__, 2, 3)));
int snprintf(char *__restrict s, size_t n, const char *__restrict format, ...)
    __attribute__((__format__(__printf__, 3, 4)));
int vprintf(const char *__restrict format, va_list arg) __attribute__((__format__(__printf__, 1, 0)));
int vfprintf(FILE *__restrict stream, const char *__restrict format, va_list arg)
    __attribute__((__format__(__printf__, 2, 0)));
int vsprintf(char *__restrict s, const char *__restrict format, va_list arg)
    __attribute__((__format__(__printf__, 2, 0)));
int vsnprintf(char *__restrict s, size_t n, const char *__restrict format, va_list arg)
    __attribute__((__format__(__printf__, 3, 0)));
int dprintf(int fd, const char *__restrict format, ...) __attribute__((__format__(__printf__, 2, 3)));

int scanf(const char *__restrict format, ...) __attribute__((__format__(__scanf__, 1, 2)));
int fscanf(FILE *__restrict stream, const char *__restrict format, ...)
    __attribute__((__format__(__scanf__, 2, 3)));
int sscanf(const char *__restrict s, const char *__restrict format, ...)
    __attribute__((__format__(__scanf__, 2, 3)));

FILE *fopen(const char *__restrict filename, const char *__restrict mode);
FILE *freopen(const char *__restrict filename, const char *__restrict mode, FILE *__restrict stream);
FILE *fdopen(int fd, const char *mode);
int fclose(FILE *stream);
int fflush(FILE *stream);
int setvbuf(FILE *__restrict stream, char *__restrict buf, int mode, size_t size);
char *fgets(char *__restrict s, int n, FILE *__restrict stream);
/* As glibc marks it (__attribute_deprecated__). */
char *gets(char *s) __attribute__((deprecated));
int fgetc(FILE *stream);
int getc(FILE *stream);
int getchar(void);
int ungetc(int c, FILE *stream);
int fputc(int c, FILE *stream);
int putc(int c, FILE *stream);
int putchar(int c);
int fputs(const char *__restrict s, FILE *__restrict stream);
int puts(const char *s);
size_t fread(void *__restrict ptr, size_t size, size_t n, FILE *__restrict stream);
size_t fwrite(const void *__restrict ptr, size_t size, size_t n, FILE *__restrict stream);
ssize_t getline(char **__restrict lineptr, size_t *__restrict n, FILE *__restrict stream);
int fseek(FILE *stream, long offset, int whence);
long ftell(FILE *stream);
void rewind(FILE *stream);
int feof(FILE *stream);
int ferror(FILE *stream);
void clearerr(FILE *stream);
int fileno(FILE *stream);
void perror(const char *s);
int remove(const char *filename);
int rename(const char *old_name, const char *new_name);
FILE *tmpfile(void);
char *tmpnam(char *s);
char *tmpnam_r(char *s);
char *tempnam(const char *dir, const char *pfx);
FILE *popen(const char *command, const char *mode);
int pclose(FILE *stream);

#ifdef __cplusplus
}
#endif

#endif
