/* <winsock2.h> for Juliet's w32 test cases on Linux: the Winsock names they use, mapped onto
   the POSIX socket API (declarations and macros only). */
#ifndef SENIORLINT_JULIET_WINSOCK2_H
#define SENIORLINT_JULIET_WINSOCK2_H

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

typedef int SOCKET;
typedef struct WSAData {
  unsigned short wVersion;
} WSADATA;

#define INVALID_SOCKET (-1)
#define SOCKET_ERROR (-1)
#define NO_ERROR 0
#define MAKEWORD(a, b) ((unsigned short)(((unsigned char)(a)) | ((unsigned short)((unsigned char)(b))) << 8))
#define closesocket close

int WSAStartup(unsigned short wVersionRequested, WSADATA *lpWSAData);
int WSACleanup(void);

#endif
