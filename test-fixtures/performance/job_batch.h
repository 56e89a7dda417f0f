// Project header: loops in inline functions are checked where they are written.
#pragma once

#include <string>
#include <vector>

namespace jobs {

struct Job {
  std::string Id;
  std::string Queue;
  int Attempts = 0;
  void markStarted();
};

inline size_t payloadBytes(const std::vector<std::string> &Payloads) {
  size_t Total = 0;
  // expect: performance-copy-in-range-for
  for (auto Payload : Payloads)
    Total += Payload.size();
  return Total;
}

inline int maxAttempts(const std::vector<Job> &Batch) {
  int Max = 0;
  // ok: performance-copy-in-range-for
  for (const auto &J : Batch)
    Max = J.Attempts > Max ? J.Attempts : Max;
  return Max;
}

} // namespace jobs
