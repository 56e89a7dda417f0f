#!/usr/bin/env bash
# The command line as users and CI meet it: exit codes, messages for bad input, the
# clang-style finding format with its links. Usage: command_line.sh <seniorlint> <work dir>
set -u
tool=$1
work=$2
rm -rf "$work" && mkdir -p "$work/proj" && cd "$work" || exit 2
failures=0 passes=0

check() { # description, expected exit code, expected output regex, command...
  local what=$1 code=$2 pattern=$3
  shift 3
  local out rc
  out=$("$@" 2>&1)
  rc=$?
  if [[ $rc -ne $code ]]; then
    echo "FAIL: $what: exit $rc, expected $code"; echo "$out" | head -20; failures=$((failures + 1))
  elif ! grep -qE -- "$pattern" <<<"$out"; then
    echo "FAIL: $what: output does not match /$pattern/"; echo "$out" | head -20; failures=$((failures + 1))
  else
    passes=$((passes + 1))
  fi
}

cat >proj/bad.cpp <<'CPP'
#include <cstdlib>
#include <string>
int run(const std::string &name) {
  std::string cmd = "convert " + name;
  return std::system(cmd.c_str());
}
CPP
cat >proj/clean.cpp <<'CPP'
#include <cstdlib>
int probe() { return std::system(nullptr); }
CPP
printf 'int broken( {\n' >proj/broken.cpp
db() { # entries as file names
  local sep="" out="["
  for f in "$@"; do
    out+="$sep{\"directory\": \"$work/proj\", \"file\": \"$f\", \"command\": \"g++ -std=c++17 -fconserve-stack -Werror -c $f\"}"
    sep=","
  done
  echo "$out]"
}
db bad.cpp clean.cpp broken.cpp vanished.cpp >proj/compile_commands.json

check "--version names seniorlint and clang" 0 'seniorlint [0-9]+\.[0-9]+\.[0-9]+' "$tool" --version
check "--version names clang 19" 0 'clang version 19' "$tool" --version
check "--help shows usage and exit codes" 0 'EXIT CODES' "$tool" --help
check "--list-rules groups by tip" 0 '^tip 5: Prioritise security' "$tool" --list-rules
check "--list-rules lists rules under tips" 0 '^  security-command-injection +error' "$tool" --list-rules
check "explain shows rationale and CWE" 0 'CWE-78' "$tool" explain security-command-injection
check "explain shows the doc page" 0 '## Bad' "$tool" explain security-command-injection
check "explain unknown rule suggests" 2 "did you mean 'security-weak-crypto'" "$tool" explain security-weak-crypt
check "unknown option" 2 "unknown option '--frobnicate'" "$tool" --frobnicate
check "bad --color" 2 'auto, always or never' "$tool" --color=sometimes
check "typo in --checks" 2 "did you mean 'errors-empty-catch'" "$tool" -p proj --checks=-*,errors-empty-cach
check "missing database" 2 'does not exist.*CMAKE_EXPORT_COMPILE_COMMANDS.*bear -- make' "$tool" -p "$work/nowhere"
echo '[{"directory": "x", "file": }]' >"$work/bad.json"
check "malformed database" 2 'malformed JSON \[1:' "$tool" -p "$work/bad.json"

check "clean file exits 0" 0 '0 errors, 0 warnings, 0 infos' "$tool" -p proj --color=never proj/clean.cpp
check "finding: clang-style line" 1 '^proj/bad.cpp:5:22: error: .*\[security-command-injection\]$' \
  "$tool" -p proj --color=never proj/bad.cpp
check "finding: source line and caret" 1 $'    5 \\|   return std::system\\(cmd.c_str\\(\\)\\);\n      \\|                      \\^' \
  "$tool" -p proj --color=never proj/bad.cpp
check "finding: rule link" 1 '= rule: file://.*/rules/security-command-injection.md' "$tool" -p proj --color=never proj/bad.cpp
check "finding: tip link" 1 '= tip 5: Prioritise security: file://.*/tips/05-security.md' "$tool" -p proj --color=never proj/bad.cpp
check "--docs-url changes links" 1 '= rule: https://example.org/docs/rules/security-command-injection.md' \
  "$tool" -p proj --color=never --docs-url=https://example.org/docs/ proj/bad.cpp
check "--color=always colours" 1 $'\e\\[' "$tool" -p proj --color=always proj/bad.cpp
check "--color=never does not (exit code of the pipe)" 0 $'^[^\e]*$' bash -c "'$tool' -p proj --color=never proj/bad.cpp | tr -d '\n'"
check "file not in the database" 3 'not in the compilation database' "$tool" -p proj proj/other.cpp proj/bad.cpp
check "other files still reported" 3 'bad.cpp:5:22: error' "$tool" -p proj proj/other.cpp proj/bad.cpp
check "broken file: compiler error shown" 3 'broken.cpp:1:.*error: ' "$tool" -p proj -j2
check "vanished file: named" 3 'vanished.cpp: error: file does not exist' "$tool" -p proj -j2
check "whole database: findings of good TUs kept" 3 'bad.cpp:5:22: error: .*security-command-injection' "$tool" -p proj -j2
check "summary counts failed units" 3 '\(4 translation units analysed, 2 failed\)' "$tool" -p proj -j2
check "database found upward from cwd" 1 '^bad.cpp:5:22' bash -c "cd proj && '$tool' --color=never bad.cpp"

echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]
