#!/usr/bin/env bash
# The seniorlint command lines of the integration examples (docs/integrations/*.yml,
# .pre-commit-hooks.yaml), run as written against the example project, must succeed
# as CI would see it and write the files the next steps upload.
# Usage: integrations.sh <seniorlint> <repo> <work dir>
set -u
tool=$1 repo=$2 work=$3
rm -rf "$work" && mkdir -p "$work" && cp -r "$repo/examples/backend-demo/." "$work/" && cd "$work" || exit 2
cmake -S . -B build -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >cmake.log 2>&1 || { cat cmake.log; exit 1; }
mkdir -p bin && ln -s "$tool" bin/seniorlint && export PATH="$work/bin:$PATH"
failures=0 passes=0
expect() { # description, expected exit codes (regex), command line
  local what=$1 codes=$2 line=$3
  bash -c "$line" >out.log 2>&1
  local rc=$?
  if [[ $rc =~ ^($codes)$ ]]; then passes=$((passes + 1)); else
    echo "FAIL: $what: exit $rc for: $line"; head -20 out.log; failures=$((failures + 1)); fi
}
# The command lines as written, from "run:" and "- " script lines and pre-commit's entry.
commands() {
  sed -nE 's/^\s*(run: |- )(seniorlint .*)$/\2/p' "$1"
}
github="$repo/docs/integrations/github-code-scanning.yml"
for shard in 1 2 3 4; do
  while read -r line; do
    line=${line//'${{ matrix.shard }}'/$shard}
    [[ $line == "seniorlint merge"* ]] && continue
    expect "github shard $shard" "0|1" "$line"
    cat out.log >>annotations.log
  done < <(commands "$github")
  [[ -s seniorlint-$shard.sarif ]] && passes=$((passes + 1)) || { echo "FAIL: no seniorlint-$shard.sarif"; failures=$((failures + 1)); }
done
grep -qE '^::(error|warning|notice) file=src/' annotations.log && passes=$((passes + 1)) || { echo "FAIL: no GitHub annotations"; failures=$((failures + 1)); }
while read -r line; do expect "github merge" "0" "$line"; done < <(commands "$github" | grep '^seniorlint merge')
[[ $(grep -c '"ruleId"' seniorlint.sarif) -gt 0 ]] && passes=$((passes + 1)) || { echo "FAIL: merged SARIF has no results"; failures=$((failures + 1)); }

while read -r line; do expect "gitlab job" "0|1" "$line"; done < <(commands "$repo/docs/integrations/gitlab-ci.yml")
for f in gl-code-quality-report.json seniorlint-junit.xml; do
  [[ -s $f ]] && passes=$((passes + 1)) || { echo "FAIL: gitlab job wrote no $f"; failures=$((failures + 1)); }
done

entry=$(sed -nE 's/^\s*entry: (.*)$/\1/p' "$repo/.pre-commit-hooks.yaml")
files=$(sed -nE 's/^\s*files: (.*)$/\1/p' "$repo/.pre-commit-hooks.yaml")
staged=$(find src -type f | grep -E "$files" | sort | tr '\n' ' ')
[[ -n $staged ]] && passes=$((passes + 1)) || { echo "FAIL: the pre-commit file pattern matches no source"; failures=$((failures + 1)); }
expect "pre-commit hook (database found in build/)" "1" "$entry $staged"

echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]
