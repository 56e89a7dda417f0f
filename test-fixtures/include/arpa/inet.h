/* Mock system header (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_ARPA_INET_H
#define SENIORLINT_MOCK_ARPA_INET_H

#include <sys/socket.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned int in_addr_t;
struct in_addr {
  in_addr_t s_addr;
};
in_addr_t inet_addr(const char *cp);
int inet_aton(const char *cp, struct in_addr *inp);
int inet_pton(int af, const char *src, void *dst);

#ifdef __cplusplus
}
#endif

#endif
