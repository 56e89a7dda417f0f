#!/usr/bin/env bash
# The example's SARIF must pass Microsoft's SARIF multitool with GitHub Advanced
# Security's rules and the SARIF spec rules, with no error and no warning.
# Usage: sarif_validate.sh <seniorlint> <example dir> <multitool> <work dir>
set -u
tool=$1 example=$2 multitool=$3 work=$4
if [[ ! -x $multitool ]]; then
  echo "FAIL: SARIF multitool not found at $multitool (scripts/install-deps installs it)"
  exit 1
fi
rm -rf "$work" && mkdir -p "$work" || exit 2
cmake -S "$example" -B "$work/build" -G Ninja >"$work/cmake.log" 2>&1 || { cat "$work/cmake.log"; exit 1; }
(cd "$example" && "$tool" -p "$work/build" --no-cache -q --format=sarif:"$work/out.sarif")
[[ $? -eq 1 ]] || { echo "FAIL: expected findings on the example"; exit 1; }
"$multitool" validate --rule-kind "Ghas;Sarif" -o "$work/validation.sarif" "$work/out.sarif" >"$work/multitool.log" 2>&1
rc=$?
# The validation log is itself SARIF: each result is a problem in our file.
problems=$(grep -c '"ruleId"' "$work/validation.sarif" 2>/dev/null || echo 0)
if [[ $rc -ne 0 || $problems -ne 0 ]]; then
  cat "$work/multitool.log"
  echo "FAIL: multitool exit $rc, $problems problem(s); see $work/validation.sarif"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "1 passed, 0 failed"
