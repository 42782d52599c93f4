#!/bin/sh
# The powers of five of the number parser, lib/base/doson-ctr-number-pow5.c,
# are exactly what lib/base/gen-number-pow5.py writes (Python's integers
# are exact). Needs python3; skipped without it. Speaks TAP.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

set -u
base="$top_srcdir/lib/base"

echo "1..1"
if ! command -v python3 >/dev/null 2>&1; then
  echo "ok 1 # SKIP python3 is not installed"
  exit 0
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
if ! python3 "$base/gen-number-pow5.py" > "$out"; then
  echo "not ok 1 - gen-number-pow5.py failed"
elif cmp -s "$out" "$base/doson-ctr-number-pow5.c"; then
  echo "ok 1 - doson-ctr-number-pow5.c is gen-number-pow5.py's output"
else
  echo "not ok 1 - doson-ctr-number-pow5.c differs from gen-number-pow5.py's output:"
  diff "$base/doson-ctr-number-pow5.c" "$out" | head -20 | sed 's/^/#   /'
fi
