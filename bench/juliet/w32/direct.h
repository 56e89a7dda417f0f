/* <direct.h> for Juliet's w32 test cases on Linux: nothing they use from it is needed. */
#ifndef SENIORLINT_JULIET_DIRECT_H
#define SENIORLINT_JULIET_DIRECT_H
#endif
