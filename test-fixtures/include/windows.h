/* Mock of <windows.h> (seniorlint test fixtures): the base types, LogonUser and, as in the
   real header without WIN32_LEAN_AND_MEAN, <wincrypt.h>. Declarations only. WINAPI is empty:
   __stdcall only means something on 32-bit x86, and the fixtures are compiled for the host. */
#ifndef SENIORLINT_MOCK_WINDOWS_H
#define SENIORLINT_MOCK_WINDOWS_H

#include <stddef.h>

#define WINAPI
#define CONST const
#define TRUE 1
#define FALSE 0

typedef int BOOL;
typedef unsigned char BYTE;
typedef unsigned long DWORD;
typedef DWORD *LPDWORD;
typedef void *HANDLE;
typedef HANDLE *PHANDLE;
typedef char CHAR;
typedef wchar_t WCHAR;
typedef const CHAR *LPCSTR;
typedef const WCHAR *LPCWSTR;
typedef unsigned long long ULONG_PTR; /* 64-bit Windows */

#ifdef __cplusplus
extern "C" {
#endif

#define LOGON32_LOGON_INTERACTIVE 2
#define LOGON32_LOGON_NETWORK 3
#define LOGON32_PROVIDER_DEFAULT 0

BOOL WINAPI LogonUserA(LPCSTR lpszUsername, LPCSTR lpszDomain, LPCSTR lpszPassword,
                       DWORD dwLogonType, DWORD dwLogonProvider, PHANDLE phToken);
BOOL WINAPI LogonUserW(LPCWSTR lpszUsername, LPCWSTR lpszDomain, LPCWSTR lpszPassword,
                       DWORD dwLogonType, DWORD dwLogonProvider, PHANDLE phToken);
BOOL WINAPI CloseHandle(HANDLE hObject);
DWORD WINAPI GetLastError(void);

#ifdef UNICODE
#define LogonUser LogonUserW
#else
#define LogonUser LogonUserA
#endif

#ifdef __cplusplus
}
#endif

#include <wincrypt.h>

#endif
