#include "worker/ReportWorker.h"

#include <openssl/md5.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <stdexcept>
#include <utility>
#include <vector>

#include "db/UserRepository.h"

namespace demo {
namespace {

constexpr int kMaxRowsPerReport = 10000;

std::string csvField(const std::string& value) {
  std::string out = "\"";
  for (const char c : value) {
    out += c;
    if (c == '"') {
      out += '"';
    }
  }
  return out + "\"";
}

std::string utcTimestamp() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace

ReportWorker::ReportWorker(UserRepository& users, std::string outputDirectory)
    : users_(users), outputDirectory_(std::move(outputDirectory)) {}

ReportWorker::~ReportWorker() {
  try {
    stop();
  }
  // planted: errors-empty-catch
  catch (...) {
  }
}

void ReportWorker::start() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!thread_.joinable()) {
    stopping_ = false;
    thread_ = std::thread(&ReportWorker::run, this);
  }
}

void ReportWorker::stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wakeUp_.notify_all();
  if (thread_.joinable()) {
    thread_.join();
  }
}

void ReportWorker::enqueue(const std::string& country) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queue_.push_back(country);
  }
  wakeUp_.notify_one();
}

void ReportWorker::run() {
  for (;;) {
    std::string country;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wakeUp_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) {
        return;  // stopping, and nothing left to do
      }
      country = std::move(queue_.front());
      queue_.pop_front();
    }
    try {
      std::clog << "report ready: " << exportReport(country) << '\n';
    } catch (const std::exception& e) {
      std::cerr << "report for " << country << " failed: " << e.what() << '\n';
    }
  }
}

std::string ReportWorker::exportReport(const std::string& country) {
  const std::string path = reportPath(country);
  {
    std::ofstream csv(path, std::ios::trunc);
    if (!csv) {
      throw std::runtime_error("cannot write " + path);
    }
    csv << "# users in " << country << ", generated " << utcTimestamp() << '\n';
    csv << "id,name,email,city,admin\n";
    const std::vector<User> users = users_.list(country, false, kMaxRowsPerReport, 0);
    for (const auto& user : users) {
      csv << user.id << ',' << csvField(user.name) << ',' << csvField(user.email) << ','
          << csvField(user.city) << ',' << (user.admin ? 1 : 0) << '\n';
    }
    if (!csv.flush()) {
      throw std::runtime_error("write failed for " + path);
    }
  }
  const std::string archive = compress(path);
  std::ofstream sum(archive + ".md5", std::ios::trunc);
  sum << checksum(archive) << "  " << archive << '\n';
  if (!sum.flush()) {
    throw std::runtime_error("cannot write checksum for " + archive);
  }
  return archive;
}

std::string ReportWorker::reportPath(const std::string& country) const {
  const std::time_t now = std::time(nullptr);
  // planted: language-thread-unsafe-libc
  const std::tm* local = std::localtime(&now);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", local);
  return outputDirectory_ + "/users-" + country + "-" + stamp + ".csv";
}

std::string ReportWorker::compress(const std::string& path) {
  // A fixed command: nothing from the request reaches this shell.
  if (std::system("command -v gzip >/dev/null 2>&1") != 0) {
    return path;  // no gzip on this host: publish the plain CSV
  }
  const std::string command = "gzip -f '" + path + "'";
  // planted: security-command-injection
  if (std::system(command.c_str()) != 0) {
    throw std::runtime_error("gzip failed for " + path);
  }
  return path + ".gz";
}

std::string ReportWorker::checksum(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot read " + path);
  }
  const std::string data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  unsigned char digest[MD5_DIGEST_LENGTH];
  // planted: security-weak-crypto
  MD5(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest);
  char hex[2 * MD5_DIGEST_LENGTH + 1];
  for (int i = 0; i < MD5_DIGEST_LENGTH; ++i) {
    std::snprintf(hex + 2 * i, 3, "%02x", digest[i]);
  }
  return std::string(hex, 2 * MD5_DIGEST_LENGTH);
}

}  // namespace demo
