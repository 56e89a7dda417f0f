#!/usr/bin/env bash
# The bundled example, as a user runs it: configure with CMake to get a compile
# database, run seniorlint, and require exactly the planted mistakes (each marked
# "// planted: <rule-id>" on the line before) — nothing missing, nothing extra.
# Usage: end_to_end.sh <seniorlint> <example dir> <work dir>
set -u
tool=$1 example=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 2
cmake -S "$example" -B "$work/build" -G Ninja >"$work/cmake.log" 2>&1 || { cat "$work/cmake.log"; exit 1; }

# Expected: file:line:rule for the line after each planted marker.
(cd "$example" && grep -rn --include='*.cpp' --include='*.h' -E '// planted: ' . |
  sed -E 's|^\./([^:]+):([0-9]+):.*// planted: ([a-z0-9-]+).*|\1 \2 \3|' |
  while read -r file line rule; do echo "$file:$((line + 1)):$rule"; done) | sort >"$work/expected"

(cd "$example" && "$tool" -p "$work/build" --color=never >"$work/out" 2>"$work/err")
rc=$?
grep -E '^[^ ].*:[0-9]+:[0-9]+: (error|warning|info): .*\[[a-z0-9-]+\]$' "$work/out" |
  sed -E 's|^([^:]+):([0-9]+):[0-9]+: .*\[([a-z0-9-]+)\]$|\1:\2:\3|' | sort >"$work/actual"

status=0
if [[ $rc -ne 1 ]]; then
  echo "FAIL: exit code $rc, expected 1 (findings)"; cat "$work/err"; status=1
fi
if ! diff -u "$work/expected" "$work/actual"; then
  echo "FAIL: findings differ from the planted mistakes (- missing, + unexpected)"; status=1
fi
if [[ ! -s "$work/expected" ]]; then
  echo "FAIL: the example has no planted mistakes"; status=1
fi
n=$(wc -l <"$work/expected")
if [[ $status -eq 0 ]]; then echo "$n passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit $status
