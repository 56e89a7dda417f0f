#!/usr/bin/env bash
# Cross-unit data flow through the binary: the project in tests/cross-unit/ (sinks in one
# file, their callers in others) gives exactly the findings its `// expect:` markers name and
# none on its `// ok:` lines; the notes lead to the calls that brought the outside data; a run
# served from the cache reports the same; shards and a subset of files fall back to today's
# verdict for parameters whose callers are not in the run.
# Usage: cross_unit.sh <seniorlint> <project sources> <mock system headers> <work dir>
set -u
tool=$1 sources=$2 headers=$3 work=$4
rule=security-command-injection
rm -rf "$work" && mkdir -p "$work/proj" && cp "$sources"/* "$work/proj/" && cd "$work/proj" || exit 2
failures=0 passes=0
ok() { passes=$((passes + 1)); }
bad() { echo "FAIL: $*"; failures=$((failures + 1)); }

units=(entry.cpp relay.cpp sinks.cpp runners.cpp)
sep="" && echo "[" >compile_commands.json
for u in "${units[@]}"; do
  echo "$sep{\"directory\": \"$work/proj\", \"file\": \"$u\", \"arguments\": [\"clang++\", \"-std=c++17\", \"-nostdlibinc\", \"-nostdinc++\", \"-isystem\", \"$headers\", \"-c\", \"$u\"]}" >>compile_commands.json
  sep=","
done
echo "]" >>compile_commands.json

# "file:line" of each code line after a marker of kind $1 (expect or ok), in files $2...
markers() {
  local kind=$1
  shift
  for f in "$@"; do
    awk -v kind="$kind" -v rule="$rule" -v file="$f" '
      $0 ~ "^[ \t]*// (expect|ok):" { if ($0 ~ "// " kind ": " rule) want = 1; next }
      want { print file ":" NR; want = 0 }' "$f"
  done | sort
}
# "file:line" of each finding of the rule in a text report.
findings() {
  grep -E ": (error|warning|info): .*\[$rule\]$" "$1" |
    sed -E 's#^(.*/)?([^/:]+):([0-9]+):[0-9]+: .*#\2:\3#' | sort
}
run() { "$tool" -p . --checks="-*,$rule" --color=never "$@"; }

run --no-cache >full.txt
[[ $? -eq 1 ]] && ok || bad "the full run should report findings"
markers expect "${units[@]}" >expected.txt
findings full.txt >found.txt
[[ -s expected.txt ]] && ok || bad "no expectations found"
if diff expected.txt found.txt >diff.txt; then ok; else bad "findings differ from the markers (< expected, > found):"; cat diff.txt; fi
[[ -z $(comm -12 <(markers ok "${units[@]}") found.txt) ]] && ok || bad "a finding on an ok: line"

# The chain's notes point at the calls that passed the data, from the sink outwards.
relay_line=$(grep -n 'chainSinkBad(data)' relay.cpp | cut -d: -f1)
entry_line=$(grep -n 'relayBad(data)' entry.cpp | cut -d: -f1)
notes=$(grep 'note: called with untrusted data here' full.txt | sed -E 's#^(.*/)?([^/:]+):([0-9]+):.*#\2:\3#' | tr '\n' ' ')
[[ $notes == *"relay.cpp:$relay_line "* && $notes == *"entry.cpp:$entry_line "* ]] && ok ||
  bad "no call-site notes at relay.cpp:$relay_line and entry.cpp:$entry_line (notes: $notes)"
grep -q "entry.cpp:$(grep -n '^  run(buffer)' entry.cpp | tail -1 | cut -d: -f1):.*note: called with untrusted data here" full.txt &&
  ok || bad "no note at the call through the function pointer"

# The cache keeps pending findings and facts: a second run, served from it, says the same.
run >cold.txt 2>/dev/null
run --profile >warm.txt 2>profile.txt
[[ $(grep -c '(cached)$' profile.txt) -eq ${#units[@]} ]] && ok || bad "re-run not served from the cache"
diff -q full.txt cold.txt >/dev/null && ok || bad "the cached run's first pass differs from --no-cache"
diff -q cold.txt warm.txt >/dev/null && ok || bad "findings from the cache differ from fresh ones"
grep -q '"facts"' -r .seniorlint-cache && ok || bad "no facts in the cache entries"
# Only the relay changes: the sinks' units come from the cache, their verdicts follow it.
sed -i 's/chainSinkGood(data); }/chainSinkGood(data); }\nvoid relayGoodToo(char *data) { chainSinkGood(getenv("X")); }/' relay.cpp
sed -i '1i #include <cstdlib>' relay.cpp
run --profile >changed.txt 2>profile.txt
[[ $(grep -c '(cached)$' profile.txt) -eq $((${#units[@]} - 1)) ]] && ok || bad "only relay.cpp should be re-analysed"
good_line=$(grep -n 'chainSinkGood' sinks.cpp | head -1 | cut -d: -f1)
findings changed.txt | grep -q "sinks.cpp:$((good_line + 2))$" && ok ||
  bad "a cached sink's unit did not see the new caller passing outside data"
cp "$sources/relay.cpp" relay.cpp

# A shard resolves with its own units only: what the full run reports is still reported.
run --no-cache --shard=1/2 >s1.txt
run --no-cache --shard=2/2 >s2.txt
cat s1.txt s2.txt >shards.txt
[[ -z $(comm -23 found.txt <(findings shards.txt)) ]] && ok || bad "a shard lost findings of the full run"
# Without the callers every sink in a function other files can call is reported, as before.
run --no-cache sinks.cpp runners.cpp >subset.txt
sort -u <(markers expect sinks.cpp runners.cpp) <(markers ok sinks.cpp runners.cpp) >all_sinks.txt
if diff all_sinks.txt <(findings subset.txt) >diff.txt; then ok; else bad "subset run (< expected, > found):"; cat diff.txt; fi

echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]
