#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace demo {

class UserRepository;

// Background job: exports one country's users as a gzip-compressed CSV into the report
// directory and writes a checksum file next to it that the download service verifies.
class ReportWorker {
public:
  ReportWorker(UserRepository& users, std::string outputDirectory);
  ~ReportWorker();
  ReportWorker(const ReportWorker&) = delete;
  ReportWorker& operator=(const ReportWorker&) = delete;

  void start();
  void stop();
  void enqueue(const std::string& country);

private:
  void run();
  std::string exportReport(const std::string& country);
  std::string reportPath(const std::string& country) const;
  static std::string compress(const std::string& path);
  static std::string checksum(const std::string& path);

  UserRepository& users_;
  const std::string outputDirectory_;
  std::mutex mutex_;
  std::condition_variable wakeUp_;
  std::deque<std::string> queue_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace demo
