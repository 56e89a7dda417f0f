#!/usr/bin/env bash
# Keeps the mock headers in test-fixtures/include honest. Every fixture marked
# `// real-headers: yes` in its first three lines is compiled again (-fsyntax-only) against
# the machine's real headers and libstdc++ instead of the mocks: the Debian 12 packages that
# scripts/install-deps installs. A fixture that compiles with the mocks but not here means a
# mock declares something the real library does not (a name, a signature, a constant).
# Each mocked library that fixtures use must be exercised by at least one marked fixture.
# Usage: real_headers.sh <fixtures dir> [clang++]
set -u
fixtures=$(realpath "$1")
cxx=${2:-clang++-19}
cc=${cxx/clang++/clang}

# library: the header that proves it is installed, its package, a pattern for fixtures using it.
libraries=(
  "sqlite3|sqlite3.h|libsqlite3-dev|<sqlite3.h>"
  "libpq|libpq-fe.h|libpq-dev|<libpq-fe.h>"
  "libpqxx|pqxx/pqxx|libpqxx-dev|<pqxx/"
  "mysql|mysql/mysql.h|default-libmysqlclient-dev|<mysql/mysql.h>"
  "odbc|sqlext.h|unixodbc-dev|<sql(ext)?\\.h>"
  "openssl|openssl/evp.h|libssl-dev|<openssl/"
  "curl|curl/curl.h|libcurl4-openssl-dev|<curl/curl.h>"
)
# libpq's headers live in their own directory on Debian.
flags=(-fsyntax-only -w -I/usr/include/postgresql)

missing=()
for lib in "${libraries[@]}"; do
  IFS='|' read -r _ header package _ <<<"$lib"
  printf '#include <%s>\n' "$header" | "$cxx" -std=c++17 "${flags[@]}" -x c++ - 2>/dev/null ||
    missing+=("$package")
done
if ((${#missing[@]})); then
  echo "SKIP: real headers not installed: ${missing[*]} (run scripts/install-deps)"
  exit 77
fi

mapfile -t marked < <(find "$fixtures" -path "$fixtures/include" -prune -o \
  \( -name '*.cpp' -o -name '*.c' \) -print | sort |
  while read -r f; do head -n 3 "$f" | grep -q '^// real-headers: yes' && echo "$f"; done)

failures=0
for f in "${marked[@]}"; do
  extra=()
  first=$(head -n 1 "$f")
  [[ $first == "// fixture-args:"* ]] && read -r -a extra <<<"${first#// fixture-args:}"
  if [[ $f == *.c ]]; then
    compile=("$cc" -std=c11)
  else
    compile=("$cxx" -std=c++17)
  fi
  if ! out=$("${compile[@]}" "${flags[@]}" "${extra[@]}" "$f" 2>&1); then
    echo "FAIL: ${f#"$fixtures"/} compiles with the mocks but not with the real headers:"
    echo "$out" | head -20
    failures=$((failures + 1))
  fi
done

# A mock that fixtures use must be checked by at least one marked fixture.
for lib in "${libraries[@]}"; do
  IFS='|' read -r name _ _ pattern <<<"$lib"
  grep -rqE --include='*.c' --include='*.cpp' --include='*.h' --exclude-dir=include \
    "^#include $pattern" "$fixtures" || continue
  if ! grep -lqE "^#include $pattern" "${marked[@]}" /dev/null; then
    echo "FAIL: fixtures use the $name mock, but none marked '// real-headers: yes' checks it"
    failures=$((failures + 1))
  fi
done

echo "real headers: ${#marked[@]} fixtures compiled, $failures failures"
((failures == 0))
