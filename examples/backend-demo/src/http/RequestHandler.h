#pragma once

#include <map>
#include <string>
#include <vector>

#include "db/UserRepository.h"

namespace demo {

class ReportWorker;

struct Request {
  std::string method;
  std::string path;
  std::map<std::string, std::string> query;
};

struct Response {
  int status = 200;
  std::string contentType = "application/json";
  std::string body;
};

// Routes:
//   GET /users?name=<name>                      users with that name
//   GET /users?country=<cc>[&admins=1][&page=N] one page of a country's users
//   POST /reports?country=<cc>                  queue a CSV export for the report worker
class RequestHandler {
public:
  RequestHandler(UserRepository& users, ReportWorker& reports);

  // Handles one request line such as "GET /users?name=alice" (the transport in front of us
  // delivers one line per request). Never throws: failures become 4xx/5xx responses.
  Response handle(const std::string& line);

  static Request parse(const std::string& line);

private:
  Response dispatch(const Request& request);
  Response getUsers(const Request& request);
  Response postReport(const Request& request);
  static std::string param(const Request& request, const std::string& key);
  static std::string toJson(const std::vector<User>& users);

  UserRepository& users_;
  ReportWorker& reports_;
};

}  // namespace demo
