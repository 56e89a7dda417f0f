// backend-demo: a small user-directory service. Requests arrive one per line on stdin
// ("GET /users?name=alice"); responses go to stdout. Reports are produced in the background.
#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "config/Config.h"
#include "db/UserRepository.h"
#include "http/RequestHandler.h"
#include "worker/ReportWorker.h"

namespace {

void seedDemoData(demo::UserRepository& users, const std::vector<std::string>& admins) {
  if (!users.findByName("alice").empty()) {
    return;
  }
  const long long now = static_cast<long long>(std::time(nullptr));
  for (const char* name : {"alice", "bob", "carol"}) {
    demo::User user;
    user.name = name;
    user.email = user.name + "@example.com";
    user.country = "NL";
    user.city = "Utrecht";
    user.age = 30;
    user.createdAt = now;
    user.admin = std::find(admins.begin(), admins.end(), user.name) != admins.end();
    users.create(user);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::string configPath = argc > 1 ? argv[1] : "backend-demo.conf";
  try {
    const demo::Config config = demo::Config::load(configPath);
    demo::UserRepository users(config.databasePath());
    users.migrate();
    seedDemoData(users, config.adminUsers());

    demo::ReportWorker reports(users, config.reportDirectory());
    reports.start();
    demo::RequestHandler handler(users, reports);

    const demo::ListenerSettings listener = config.listenerSettings();
    std::cerr << "backend-demo serving " << listener.host << ':' << listener.port
              << " (requests are read from stdin)\n";

    std::string line;
    while (std::getline(std::cin, line)) {
      if (line.empty()) {
        continue;
      }
      const demo::Response response = handler.handle(line);
      std::cout << response.status << ' ' << response.contentType << '\n'
                << response.body << '\n';
    }
    reports.stop();
    return EXIT_SUCCESS;
  } catch (const std::exception& e) {
    std::cerr << "backend-demo: " << e.what() << '\n';
    return EXIT_FAILURE;
  }
}
