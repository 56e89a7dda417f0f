#include "http/RequestHandler.h"

#include <cctype>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "worker/ReportWorker.h"

namespace demo {
namespace {

constexpr int kPageSize = 50;

std::string urlDecode(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::string::size_type i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
               std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string jsonEscape(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 2);
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
          out += escaped;
        } else {
          out += c;
        }
    }
  }
  return out;
}

Response error(int status, const std::string& message) {
  Response response;
  response.status = status;
  response.body = "{\"error\":\"" + jsonEscape(message) + "\"}";
  return response;
}

}  // namespace

RequestHandler::RequestHandler(UserRepository& users, ReportWorker& reports)
    : users_(users), reports_(reports) {}

Request RequestHandler::parse(const std::string& line) {
  Request request;
  std::istringstream in(line);
  std::string target;
  if (!(in >> request.method >> target)) {
    throw std::invalid_argument("malformed request line");
  }
  const std::string::size_type question = target.find('?');
  request.path = target.substr(0, question);
  if (question == std::string::npos) {
    return request;
  }
  std::istringstream pairs(target.substr(question + 1));
  std::string pair;
  while (std::getline(pairs, pair, '&')) {
    const std::string::size_type equals = pair.find('=');
    if (equals != std::string::npos) {
      request.query[urlDecode(pair.substr(0, equals))] = urlDecode(pair.substr(equals + 1));
    }
  }
  return request;
}

Response RequestHandler::handle(const std::string& line) {
  try {
    return dispatch(parse(line));
  } catch (const std::invalid_argument& e) {
    return error(400, e.what());
  } catch (const std::exception& e) {
    std::cerr << "request \"" << line << "\" failed: " << e.what() << '\n';
    return error(500, "internal error");
  }
}

Response RequestHandler::dispatch(const Request& request) {
  if (request.path == "/users" && request.method == "GET") {
    return getUsers(request);
  }
  if (request.path == "/reports" && request.method == "POST") {
    return postReport(request);
  }
  return error(404, "no route for " + request.method + " " + request.path);
}

Response RequestHandler::getUsers(const Request& request) {
  const std::string name = param(request, "name");
  Response response;
  if (!name.empty()) {
    users_.recordLookup(name);
    response.body = toJson(users_.findByName(name));
    return response;
  }
  const std::string country = param(request, "country");
  if (country.empty()) {
    throw std::invalid_argument("either name or country is required");
  }
  const std::string page = param(request, "page");
  const int offset = page.empty() ? 0 : std::stoi(page) * kPageSize;
  const bool adminsOnly = param(request, "admins") == "1";
  response.body = toJson(users_.list(country, adminsOnly, kPageSize, offset));
  return response;
}

Response RequestHandler::postReport(const Request& request) {
  const std::string country = param(request, "country");
  if (country.empty()) {
    throw std::invalid_argument("country is required");
  }
  reports_.enqueue(country);
  Response response;
  response.status = 202;
  response.body = "{\"queued\":\"" + jsonEscape(country) + "\"}";
  return response;
}

std::string RequestHandler::param(const Request& request, const std::string& key) {
  const auto it = request.query.find(key);
  return it == request.query.end() ? std::string() : it->second;
}

std::string RequestHandler::toJson(const std::vector<User>& users) {
  std::ostringstream json;
  json << '[';
  bool first = true;
  // planted: performance-copy-in-range-for
  for (auto user : users) {
    json << (first ? "" : ",") << "{\"id\":" << user.id << ",\"name\":\"" << jsonEscape(user.name)
         << "\",\"email\":\"" << jsonEscape(user.email) << "\",\"city\":\""
         << jsonEscape(user.city) << "\",\"admin\":" << (user.admin ? "true" : "false") << '}';
    first = false;
  }
  json << ']';
  return json.str();
}

}  // namespace demo
