#!/bin/sh
# The shared library exports exactly the symbols in exported-symbols.txt,
# every one of them starting with doson_ctr_. Speaks TAP.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

set -u
lib="$top_builddir/lib/.libs/libdoson-ctr-1.so"
expected="$top_srcdir/tests/exported-symbols.txt"
nm=${NM:-nm}

echo "1..2"
if [ ! -f "$lib" ]; then
  echo "not ok 1 - $lib was not built"
  echo "not ok 2 - $lib was not built"
  exit 0
fi

actual=$($nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBRVW]$/ { print $3 }' | LC_ALL=C sort)
strays=$(printf '%s\n' "$actual" | grep -v '^doson_ctr_' || true)
if [ -z "$strays" ]; then
  echo "ok 1 - every exported symbol starts with doson_ctr_"
else
  echo "not ok 1 - symbols exported without the doson_ctr_ prefix:"
  printf '%s\n' "$strays" | sed 's/^/#   /'
fi

if [ ! -f "$expected" ]; then
  echo "not ok 2 - $expected is missing"
  exit 0
fi
diff=$(printf '%s\n' "$actual" | diff -u "$expected" - || true)
if [ -z "$diff" ]; then
  echo "ok 2 - the exported symbols are those of exported-symbols.txt"
else
  echo "not ok 2 - the exported symbols differ from exported-symbols.txt (- listed, + exported):"
  printf '%s\n' "$diff" | sed 's/^/#   /'
fi
