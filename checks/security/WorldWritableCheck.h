#pragma once

#include "Check.h"

namespace seniorlint {

// security-world-writable: a mode with the others-write bit given to chmod, open(O_CREAT),
// mkdir, mkfifo and friends or std::filesystem::permissions (0666, 0777, S_IWOTH,
// perms::all), and a umask that lets that bit through (umask(0)). Sticky directories
// (01777, like /tmp itself) are shared on purpose and not reported.
class WorldWritableCheck : public Check {
public:
  explicit WorldWritableCheck(const CheckContext &Ctx) : Check(Ctx) {}
  void registerMatchers(MatchRegistry &Matchers) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace seniorlint
