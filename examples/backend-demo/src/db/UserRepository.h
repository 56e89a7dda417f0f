#pragma once

#include <mutex>
#include <string>
#include <vector>

struct sqlite3;

namespace demo {

struct User {
  long long id = 0;
  std::string name;
  std::string email;
  std::string country;
  std::string city;
  int age = 0;
  bool admin = false;
  long long createdAt = 0;
};

// All access to the `users` table. One connection, serialised by a mutex.
class UserRepository {
public:
  explicit UserRepository(const std::string& path);
  ~UserRepository();
  UserRepository(const UserRepository&) = delete;
  UserRepository& operator=(const UserRepository&) = delete;

  void migrate();
  long long create(const User& user);
  std::vector<User> findByName(const std::string& name) const;
  std::vector<User> list(const std::string& country, bool adminsOnly, int limit, int offset) const;
  std::vector<User> admins() const;
  void setAdmin(long long id, bool admin);
  void archiveDormant();
  void recordLookup(const std::string& name);

private:
  sqlite3* db_ = nullptr;
  mutable std::mutex mutex_;
};

}  // namespace demo
