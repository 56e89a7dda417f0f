#!/usr/bin/env bash
# The CI formats as the binary writes them, checked by the tools their consumers trust:
# JUnit against the Ant JUnit schema with xmllint, the HTML report with xmllint's HTML
# and XML parsers, GitLab Code Quality against its JSON schema (when Python's jsonschema
# is installed), GitHub workflow commands by pattern.
# Usage: formats.sh <seniorlint> <work dir> <schemas dir>
set -u
tool=$(realpath "$1")
work=$2
schemas=$(realpath "$3")
command -v xmllint >/dev/null || { echo "SKIP: xmllint not installed (libxml2-utils)"; exit 77; }
rm -rf "$work" && mkdir -p "$work/proj" "$work/clean" && cd "$work" || exit 2
failures=0 passes=0

pass() { passes=$((passes + 1)); }
fail() { echo "FAIL: $1"; [[ -n ${2-} ]] && echo "$2" | head -20; failures=$((failures + 1)); }

# description, command...: passes when the command exits 0 and prints nothing but
# xmllint's "validates".
quiet() {
  local what=$1 out
  shift
  if out=$("$@" 2>&1) && ! grep -v ' validates$' <<<"$out" | grep -q .; then pass; else fail "$what" "$out"; fi
}

# description, file, regex: the file has a line matching it.
has() {
  if grep -qE -- "$3" "$2"; then pass; else fail "$1: no line matches /$3/" "$(cat "$2")"; fi
}

cat >proj/bad.cpp <<'CPP'
#include <cstdlib>
#include <string>
int run(const std::string &name) {
  std::string cmd = "convert <" + name + "> & 'x'";
  return std::system(cmd.c_str());
}
CPP
printf 'int broken( {\n' >proj/broken.cpp
cat >clean/clean.cpp <<'CPP'
int answer() { return 42; }
CPP
db() { # directory, file names
  local dir=$1 sep="" out="["
  shift
  for f in "$@"; do
    out+="$sep{\"directory\": \"$dir\", \"file\": \"$f\", \"command\": \"g++ -std=c++17 -c $f\"}"
    sep=","
  done
  echo "$out]"
}
db "$work/proj" bad.cpp broken.cpp >proj/compile_commands.json
db "$work/clean" clean.cpp >clean/compile_commands.json

all=junit:out.xml,gitlab:out.gitlab.json,github:out.github.txt,html:out.html
"$tool" -p proj --quiet --format=$all >/dev/null 2>&1
rc=$?
[[ $rc -eq 3 ]] && pass || fail "findings and a broken unit: exit $rc, expected 3"
"$tool" -p clean --quiet --format=${all//out/clean} >/dev/null 2>&1
rc=$?
[[ $rc -eq 0 ]] && pass || fail "clean project: exit $rc, expected 0"

quiet "junit validates against the Ant JUnit schema" xmllint --noout --schema "$schemas/junit.xsd" out.xml
quiet "clean junit validates against the Ant JUnit schema" xmllint --noout --schema "$schemas/junit.xsd" clean.xml
has "junit: a failed testcase per finding" out.xml '<testcase name="proj/bad.cpp:5:[0-9]+" classname="security-command-injection"'
has "junit: an errored testcase per broken unit" out.xml '<error message="could not analyse proj/broken.cpp" type="analysis-failed">'
has "junit: a clean run passes one testcase" clean.xml '<testcase name="seniorlint" classname="seniorlint" time="0"/>'

quiet "html parses as HTML without complaint" xmllint --noout --html out.html
quiet "html is well-formed XML" xmllint --noout out.html
quiet "clean html parses as HTML without complaint" xmllint --noout --html clean.html
has "html: the finding's line is highlighted" out.html '<div class="line hit"><span class="ln">5</span>  return std::system'
has "html: code is escaped" out.html 'convert &lt;&quot; \+ name \+ &quot;&gt; &amp; &#39;x&#39;'
has "html: failed units listed" out.html '<code>proj/broken.cpp</code>'
if [[ ! -f out.html ]] || grep -qE 'src=|<link|<script|url\(|@import' out.html; then
  fail "html loads nothing from elsewhere" "$(grep -E 'src=|<link|<script|url\(|@import' out.html)"
else
  pass
fi

has "github: an error command per finding" out.github.txt '^::error file=proj/bad.cpp,line=5,col=[0-9]+,title=security-command-injection::command passed to .*\(file://.*/rules/security-command-injection.md\)(%0A.*: note: .*)*$'
has "github: broken unit reported" out.github.txt '^::error file=proj/broken.cpp,title=seniorlint%3A analysis failed::'
[[ -f clean.github.txt && ! -s clean.github.txt ]] && pass || fail "github: a clean run writes nothing" "$(cat clean.github.txt)"

if python3 -c 'import jsonschema' 2>/dev/null; then
  for report in out.gitlab.json clean.gitlab.json; do
    quiet "$report validates against GitLab's Code Quality schema" python3 -c '
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft7Validator.check_schema(schema)
issues = json.load(open(sys.argv[2]))
jsonschema.validate(issues, schema)
prints = [i["fingerprint"] for i in issues]
assert len(prints) == len(set(prints)), "fingerprints are not unique"
' "$schemas/gitlab-codequality.json" "$report"
  done
else
  echo "note: python3 jsonschema not installed; GitLab's schema is checked by FormatTest only"
fi
has "gitlab: issue per finding" out.gitlab.json '"check_name": "security-command-injection"'
has "gitlab: clean run is an empty array" clean.gitlab.json '^\[\]$'

out=$("$tool" -p proj --format=xml 2>&1)
rc=$?
[[ $rc -eq 2 ]] && grep -q "text, sarif, json, junit, gitlab, github, html" <<<"$out" && pass ||
  fail "unknown format lists them all (exit $rc)" "$out"

echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]
