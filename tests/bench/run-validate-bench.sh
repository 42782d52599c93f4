#!/bin/sh
# run-validate-bench.sh: how fast `doson-ctr validate` lists every problem
# of a large measurements file
#
# SPDX-License-Identifier: CC0-1.0
#
# Usage: tests/bench/run-validate-bench.sh [BUILDDIR]
#
# Builds the generator gen-validate.c (with $CC, default cc), writes a
# programme and a measurements CSV of BENCH_VALIDATE_ROWS rows (default
# 200 000) in which every tenth row is wrong, then runs
#
#   doson-ctr validate --program PROGRAM --data CSV --format json
#
# BENCH_RUNS times (default 3), checks that it found exactly one problem a
# bad row, all in one run, and prints the best elapsed time. It times the
# program itself, examples/.libs/doson-ctr with LD_LIBRARY_PATH set to the
# library just built, not the libtool wrapper script (which would add the
# time of a shell); a build without shared libraries has no wrapper and
# the program is examples/doson-ctr. It is not a test and `make check`
# never runs it. Needs python3, for the clock and to read the JSON.
#
# BUILDDIR is the top build directory (default: the current directory).
# The generated files go to BENCH_DATA (default $BUILDDIR/tests/bench-data).

set -eu

builddir=$(cd "${1:-.}" && pwd)
srcdir=$(cd "$(dirname "$0")/../.." && pwd)
data=${BENCH_DATA:-$builddir/tests/bench-data}
runs=${BENCH_RUNS:-3}
rows=${BENCH_VALIDATE_ROWS:-200000}
gen=$data/gen-validate

cli=$builddir/examples/.libs/doson-ctr
[ -x "$cli" ] || cli=$builddir/examples/doson-ctr
if [ ! -x "$cli" ]; then
  echo "run-validate-bench.sh: $cli is not built (run make first)" >&2
  exit 1
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "run-validate-bench.sh: needs python3" >&2
  exit 1
fi

mkdir -p "$data"
if [ ! -x "$gen" ] || [ "$srcdir/tests/bench/gen-validate.c" -nt "$gen" ]; then
  ${CC:-cc} -std=c99 -O2 -o "$gen" "$srcdir/tests/bench/gen-validate.c"
fi
program=$data/validate-program.json
csv=$data/validate-$rows.csv
if [ ! -s "$csv" ] || [ "$gen" -nt "$csv" ]; then
  "$gen" --rows "$rows" "$program" "$csv"
fi

LD_LIBRARY_PATH=$builddir/lib/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH} \
python3 - "$runs" "$rows" "$cli" validate --program "$program" --data "$csv" \
  --format json <<'PYTHON'
import json, subprocess, sys, time

runs, rows, command = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
best = None
for _ in range(runs):
    start = time.monotonic()
    run = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    elapsed = time.monotonic() - start
    best = elapsed if best is None else min(best, elapsed)
report = json.loads(run.stdout)
expected = rows // 10
found = report["count"]
listed = len(report["problems"])
print("doson-ctr validate, %d rows, %d of them wrong:" % (rows, expected))
print("  %d problems found and listed in one pass (exit status %d), best of %d: %.3f s"
      % (listed, run.returncode, runs, best))
if found != expected or listed != expected or run.returncode != 1:
    sys.exit("run-validate-bench.sh: expected %d problems, found %d (%d listed)"
             % (expected, found, listed))
PYTHON
