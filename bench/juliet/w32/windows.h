/* <windows.h> for Juliet's w32 test cases on Linux (bench/juliet/run --w32): the fixture mock
   of the Windows API subset the checks know, plus the few names the test cases also use.
   Declarations only; the harness puts this folder on the system include path. */
#ifndef SENIORLINT_JULIET_WINDOWS_H
#define SENIORLINT_JULIET_WINDOWS_H

#include <string.h>
#include "../../../test-fixtures/include/windows.h"

typedef unsigned char UCHAR;
typedef unsigned long ULONG;
#define SecureZeroMemory(Destination, Length) memset((Destination), 0, (Length))

#endif
