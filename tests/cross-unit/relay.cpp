#include "common.h"

void relayGood(char *data) { chainSinkGood(data); }

void relayBad(char *data) { chainSinkBad(data); }

// A cycle: ping and pong only ever pass on what startPingPong gave ping.
void ping(char *data, int n) {
  if (n > 0)
    pong(data, n - 1);
}
