#include "job_batch.h"
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jobs {

struct Order {
  std::string Id;
  std::string Customer;
  long long TotalCents = 0;
};

struct Shape {
  virtual ~Shape();
  virtual double area() const;
  std::string Label;
};
struct Circle : Shape {
  double area() const override;
};

struct TreeNode {
  std::string Name;
  size_t Parent = 0;
  int Children = 0;
};

void send(const std::string &Line);
void normalize(std::string &Email);
void audit(const Order &O);
bool isBlocked(std::string_view Host);

// A range whose iterator makes each element on the fly: there is no element to refer to.
class LineReader {
public:
  struct iterator {
    std::string operator*() const;
    iterator &operator++();
    bool operator!=(const iterator &Other) const;
  };
  iterator begin() const;
  iterator end() const;
};

long long revenue(const std::vector<Order> &Orders) {
  long long Sum = 0;
  // expect: performance-copy-in-range-for
  for (const Order O : Orders)
    Sum += O.TotalCents;
  return Sum;
}

void broadcast(const std::vector<std::string> &Subscribers, const std::string &Message) {
  // expect: performance-copy-in-range-for
  for (std::string Subscriber : Subscribers) {
    if (Subscriber.empty())
      continue;
    send(Subscriber + ": " + Message);
  }
}

int countHot(const std::map<std::string, int> &HitsByPath) {
  int Hot = 0;
  // expect: performance-copy-in-range-for
  for (auto Entry : HitsByPath)
    Hot += Entry.second > 1000 ? 1 : 0;
  return Hot;
}

void dumpConfig(const std::map<std::string, std::string> &Config) {
  // expect: performance-copy-in-range-for
  for (auto [Key, Value] : Config)
    send(Key + "=" + Value);
}

void auditAll(const std::vector<Order> &Orders) {
  // expect: performance-copy-in-range-for
  for (const auto O : Orders)
    audit(O);
}

template <class Clock> void flush(const std::vector<std::string> &Lines, const Clock &Now) {
  // expect: performance-copy-in-range-for
  for (auto Line : Lines)
    send(Line + " @" + Now.format());
}

// Near misses.

int sumAttempts(const std::vector<int> &Attempts, const std::vector<std::pair<int, int>> &Ranges) {
  int Sum = 0;
  // ok: performance-copy-in-range-for
  for (auto A : Attempts)
    Sum += A;
  // ok: performance-copy-in-range-for
  for (auto R : Ranges)
    Sum += R.second - R.first;
  return Sum;
}

int blockedHosts(const std::vector<std::string_view> &Hosts) {
  int N = 0;
  // ok: performance-copy-in-range-for
  for (std::string_view Host : Hosts)
    N += isBlocked(Host) ? 1 : 0;
  return N;
}

void sendNormalized(const std::vector<std::string> &Emails) {
  // ok: performance-copy-in-range-for
  for (auto Email : Emails) {
    normalize(Email);
    send(Email);
  }
}

void sendTagged(const std::vector<std::string> &Lines) {
  // ok: performance-copy-in-range-for
  for (auto Line : Lines) {
    Line += " [batch]";
    send(Line);
  }
}

void start(const std::vector<Job> &Pending) {
  // ok: performance-copy-in-range-for
  for (auto J : Pending)
    J.markStarted();
}

std::vector<std::string> collectIds(const std::vector<Job> &Batch) {
  std::vector<std::string> Ids;
  // ok: performance-copy-in-range-for
  for (auto J : Batch)
    Ids.push_back(std::move(J.Id));
  return Ids;
}

void forward(const LineReader &Reader) {
  // ok: performance-copy-in-range-for
  for (auto Line : Reader)
    send(Line);
}

double totalArea(const std::vector<Circle> &Circles) {
  double Sum = 0;
  // ok: performance-copy-in-range-for
  for (Shape S : Circles)
    Sum += S.area();
  return Sum;
}

void countChildren(std::vector<TreeNode> &Nodes) {
  // The body writes through the container: a reference could see its own change.
  // ok: performance-copy-in-range-for
  for (auto Node : Nodes) {
    Nodes[Node.Parent].Children += 1;
    send(Node.Name);
  }
}

int batches(const std::vector<std::string> &Lines) {
  int N = 0;
  // ok: performance-copy-in-range-for
  for (auto Unused : Lines)
    ++N;
  return N;
}

template <class Container> void sendAll(const Container &Items) {
  // ok: performance-copy-in-range-for
  for (auto Item : Items)
    send(Item);
}

struct WallClock {
  std::string format() const;
};

void instantiate(const std::vector<std::string> &Lines) {
  flush(Lines, WallClock());
  sendAll(Lines);
}

} // namespace jobs
