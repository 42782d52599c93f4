#!/bin/sh
# run-opensdg-bench.sh: how fast `doson-ctr opensdg` computes a whole Open
# SDG data repository, next to sdg-build
#
# SPDX-License-Identifier: CC0-1.0
#
# Usage: tests/bench/run-opensdg-bench.sh [BUILDDIR]
#
# Runs
#
#   doson-ctr opensdg REPOSITORY --format json
#
# BENCH_RUNS times (default 5) on BENCH_OPENSDG (default: Statistics
# Canada's repository in ../shared/opensdg/canada-cif beside the source
# tree, else the ten indicators of tests/data/opensdg/canada-cif-subset),
# and prints the best elapsed time, the mean CPU time (user and system: on
# a loaded machine the elapsed time also counts the waits for a core) and
# the series computed a second, next
# to the about 700 series a second of sdg-build (Python and pandas; the
# figure of issue 11, not measured here). It times the program itself,
# examples/.libs/doson-ctr with LD_LIBRARY_PATH set to the library just
# built, not the libtool wrapper script; a build without shared libraries
# has no wrapper and the program is examples/doson-ctr. The time includes
# starting the program and reading every file. It is not a test and
# `make check` never runs it. Needs python3, for the clock and to read the
# JSON.
#
# BUILDDIR is the top build directory (default: the current directory).

set -eu

builddir=$(cd "${1:-.}" && pwd)
srcdir=$(cd "$(dirname "$0")/../.." && pwd)
runs=${BENCH_RUNS:-5}

repo=${BENCH_OPENSDG:-}
if [ -z "$repo" ]; then
  for candidate in "$srcdir/../shared/opensdg/canada-cif" \
                   "$srcdir/../../shared/opensdg/canada-cif" \
                   "$srcdir/tests/data/opensdg/canada-cif-subset"; do
    if [ -d "$candidate" ]; then
      repo=$candidate
      break
    fi
  done
fi

cli=$builddir/examples/.libs/doson-ctr
[ -x "$cli" ] || cli=$builddir/examples/doson-ctr
if [ ! -x "$cli" ]; then
  echo "run-opensdg-bench.sh: $cli is not built (run make first)" >&2
  exit 1
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "run-opensdg-bench.sh: needs python3" >&2
  exit 1
fi

LD_LIBRARY_PATH=$builddir/lib/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH} \
python3 - "$runs" "$repo" "$cli" opensdg "$repo" --format json <<'PYTHON'
import json, os, resource, subprocess, sys, time

runs, repo, command = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
best = best_cpu = None
for _ in range(runs):
    start = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    elapsed = time.monotonic() - start
    if proc.returncode != 0:
        sys.exit("run-opensdg-bench.sh: doson-ctr failed: %s" % err.decode())
    best = elapsed if best is None else min(best, elapsed)
result = json.loads(out)
n_ind = len(result)
n_series = sum(len(v["series"]) for v in result.values())
cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (cpu.ru_utime + cpu.ru_stime) / runs
print("doson-ctr opensdg %s:" % repo)
print("  %d indicators, %d series, best of %d: %.3f s elapsed, %.3f s of CPU a run"
      % (n_ind, n_series, runs, best, cpu))
print("  %.0f series/s elapsed, %.0f series/s of CPU (sdg-build 2.4.0: about 700 series/s)"
      % (n_series / best, n_series / cpu))
PYTHON
