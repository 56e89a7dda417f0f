#!/usr/bin/env bash
# cmake/SeniorLint.cmake on a real CMake project: a finding fails the build with the
# finding in the log; fixed code builds. Usage: cmake_helper.sh <seniorlint> <repo> <work dir>
set -u
tool=$1 repo=$2 work=$3
rm -rf "$work" && mkdir -p "$work/src" || exit 2
cat >"$work/src/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.20)
project(lintme CXX)
list(APPEND CMAKE_MODULE_PATH "$repo/cmake")
include(SeniorLint)
add_executable(app main.cpp)
seniorlint_target(app ARGS --fail-on=error --no-cache)
CMAKE
cat >"$work/src/main.cpp" <<'CPP'
#include <cstdlib>
#include <string>
int main(int argc, char **argv) {
  std::string cmd = std::string("gzip ") + (argc > 1 ? argv[1] : "");
  return std::system(cmd.c_str());
}
CPP
failures=0 passes=0
cmake -S "$work/src" -B "$work/build" -G Ninja -DSENIORLINT_EXECUTABLE="$tool" >"$work/configure.log" 2>&1 ||
  { cat "$work/configure.log"; exit 1; }
if ninja -C "$work/build" >"$work/build1.log" 2>&1; then
  echo "FAIL: the build passed despite a command injection"; failures=$((failures + 1))
elif grep -q 'main.cpp:5:22: error: .*\[security-command-injection\]' "$work/build1.log"; then
  passes=$((passes + 1))
else
  echo "FAIL: the build failed without the finding in its log"; cat "$work/build1.log"; failures=$((failures + 1))
fi
cat >"$work/src/main.cpp" <<'CPP'
#include <cstdlib>
int main() { return std::system("gzip --version"); }
CPP
if ninja -C "$work/build" >"$work/build2.log" 2>&1; then
  passes=$((passes + 1))
else
  echo "FAIL: clean code did not build"; cat "$work/build2.log"; failures=$((failures + 1))
fi
echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]
