#!/bin/sh
# The public header compiles as strict C99 (built as `headertest` by make)
# and as C++ (compiled here when a C++ compiler is present). Speaks TAP.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

echo "1..2"

if ./headertest; then
  echo "ok 1 - the umbrella header builds and runs as -std=c99 -pedantic -Werror"
else
  echo "not ok 1 - headertest failed"
fi

cxx=${CXX:-c++}
if ! command -v "$cxx" >/dev/null 2>&1; then
  echo "ok 2 # SKIP no C++ compiler ($cxx)"
  exit 0
fi
# shellcheck disable=SC2086
if "$cxx" -x c++ -std=c++11 -Wall -Wextra -Werror -fsyntax-only \
     -I"$top_srcdir/include" -I"$top_builddir/include" $DOSON_CTR_CFLAGS \
     "$top_srcdir/tests/headertest.c"; then
  echo "ok 2 - the umbrella header compiles as C++11 with -Werror"
else
  echo "not ok 2 - the umbrella header does not compile as C++"
fi
