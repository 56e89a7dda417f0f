#!/usr/bin/env bash
# Result cache, shards and merge, through the binary: an unchanged re-run is served
# from the cache, a touched header re-analyses only its includers, a corrupt cache is
# ignored, the output is the same for any -j, and shards merged give the whole run.
# Usage: cache_and_shards.sh <seniorlint> <work dir>
set -u
tool=$1 work=$2
rm -rf "$work" && mkdir -p "$work/proj" && cd "$work/proj" || exit 2
failures=0 passes=0
ok() { passes=$((passes + 1)); }
bad() { echo "FAIL: $*"; failures=$((failures + 1)); }

cat >shared.h <<'CPP'
#pragma once
#include <string>
inline int port() { return 8080; }
CPP
for i in 1 2 3 4 5 6; do
  if [[ $i -le 2 ]]; then inc='#include "shared.h"'; else inc='#include <string>'; fi
  cat >unit$i.cpp <<CPP
$inc
#include <cstdlib>
int run$i(const std::string &arg) {
  std::string cmd = "tool$i " + arg;
  return std::system(cmd.c_str());
}
CPP
done
sep="" && echo "[" >compile_commands.json
for i in 1 2 3 4 5 6; do
  echo "$sep{\"directory\": \"$work/proj\", \"file\": \"unit$i.cpp\", \"arguments\": [\"c++\", \"-std=c++17\", \"-c\", \"unit$i.cpp\"]}" >>compile_commands.json
  sep=","
done
echo "]" >>compile_commands.json

run() { "$tool" -p . --color=never --profile "$@" 2>profile.txt; }
cached() { grep -c '(cached)$' profile.txt; }

run >first.txt; [[ $? -eq 1 ]] && ok || bad "first run should report findings"
[[ $(cached) -eq 0 ]] && ok || bad "cold run used the cache"
grep -q '.seniorlint-cache' <<<"$(ls -a)" && ok || bad "no cache directory beside the database"

run >second.txt
[[ $(cached) -eq 6 ]] && ok || bad "unchanged re-run: $(cached) of 6 units from the cache"
diff -q first.txt second.txt >/dev/null && ok || bad "cached findings differ from fresh ones"

echo "inline int timeout() { return 30; }" >>shared.h
run >third.txt
[[ $(cached) -eq 4 ]] && ok || bad "touched header: $(cached) cached, expected 4 (only unit1, unit2 include it)"
grep -q 'unit1.cpp$' <(grep -v '(cached)' profile.txt) && ok || bad "unit1 was not re-analysed"

run --checks=-*,errors-* >fourth.txt
[[ $(cached) -eq 0 ]] && ok || bad "changed rule selection reused $(cached) entries"

find .seniorlint-cache -name '*.json' -exec sh -c 'echo "{not json" > "$1"' _ {} \;
run >fifth.txt
diff -q first.txt fifth.txt >/dev/null && ok || bad "corrupt cache changed the findings"
run >sixth.txt
[[ $(cached) -eq 6 ]] && ok || bad "corrupt entries were not rewritten ($(cached) cached)"

"$tool" -p . --no-cache --profile >/dev/null 2>profile.txt
[[ $(cached) -eq 0 ]] && ok || bad "--no-cache used the cache"

"$tool" -p . --no-cache --format=json:all.json >/dev/null
# Output order does not depend on the number of workers (units finish in any order).
"$tool" -p . --no-cache -j1 --color=never >order1.txt 2>/dev/null
"$tool" -p . --no-cache -j3 --color=never >order3.txt 2>/dev/null
[[ -s order1.txt ]] && diff -q order1.txt order3.txt >/dev/null && ok || bad "-j1 and -j3 report in different orders"
"$tool" -p . --no-cache --shard=1/2 --format=json:s1.json,sarif:s1.sarif >/dev/null
"$tool" -p . --no-cache --shard=2/2 --format=json:s2.json,sarif:s2.sarif >/dev/null
count() { grep -c '"rule": "security-command-injection"' "$1"; }
[[ $(count s1.json) -gt 0 && $(count s2.json) -gt 0 ]] && ok || bad "a shard is empty: $(count s1.json) + $(count s2.json)"
"$tool" merge -o merged.json s1.json s2.json && ok || bad "merge of JSON shards failed"
[[ $(count merged.json) -eq $(count all.json) ]] && ok || bad "merged JSON has $(count merged.json) findings, the full run $(count all.json)"
"$tool" merge -o merged.sarif s1.sarif s2.sarif && ok || bad "merge of SARIF shards failed"
[[ $(grep -c '"ruleId"' merged.sarif) -eq $(count all.json) ]] && ok || bad "merged SARIF result count"
"$tool" merge -o dup.json s1.json s1.json && [[ $(count dup.json) -eq $(count s1.json) ]] && ok || bad "merge does not de-duplicate"
"$tool" merge s1.json s1.sarif >/dev/null 2>err.txt; [[ $? -eq 2 ]] && grep -q 'every input must have the format' err.txt && ok || bad "mixed formats accepted"
"$tool" --shard=3/2 >/dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "--shard=3/2 accepted"

echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]
