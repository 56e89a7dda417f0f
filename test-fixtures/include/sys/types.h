/* Mock system header (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_SYS_TYPES_H
#define SENIORLINT_MOCK_SYS_TYPES_H

#include <stddef.h>
#include <bits/mock_posix_types.h>

#endif
