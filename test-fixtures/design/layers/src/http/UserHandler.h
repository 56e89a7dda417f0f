#pragma once
#include <string>

struct HttpRequest {
  std::string path;
};

std::string handleUser(const HttpRequest &req);
