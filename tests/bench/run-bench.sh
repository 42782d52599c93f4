#!/bin/sh
# run-bench.sh: how fast `doson-ctr progress` reads a national-scale file
#
# SPDX-License-Identifier: CC0-1.0
#
# Usage: tests/bench/run-bench.sh [BUILDDIR]
#
# Builds the generator gen-national.c (with $CC, default cc), writes the
# measurements files if they are not there yet, then times
#
#   doson-ctr progress --method open-sdg FILE > /dev/null
#
# next to `wc -l FILE` on the same file (best of BENCH_RUNS runs each, the
# file being in the page cache after the first), and prints rows, series,
# series per second, MB/s, peak resident memory and the ratio to wc -l.
# It is not a test and `make check` never runs it.
#
# BUILDDIR is the top build directory (default: the current directory);
# the program is $BUILDDIR/examples/doson-ctr unless DOSON_CTR_CLI names
# another. Environment:
#   BENCH_WARDS   the sizes to run, in wards of 42 indicators, 11 years
#                 each (default "3321 36531": every ward of Vietnam, about
#                 140 000 series and 1.5 million rows; and eleven times as
#                 many, about 1.5 million series and 16 million rows)
#   BENCH_DATA    where the generated files go (default
#                 $BUILDDIR/tests/bench-data; about 700 MB for 36531 wards)
#   BENCH_RUNS    runs of each command (default 3)
#   BENCH_BY_YEAR set to 1 to also time a file sorted by year instead of by
#                 series (every row then starts a new run of its series)
#
# Elapsed time and peak resident memory come from python3 (a monotonic
# clock around the child, and resource.getrusage(RUSAGE_CHILDREN).ru_maxrss,
# the child's VmHWM); without python3, from GNU time (/usr/bin/time -f
# '%e %M', Debian package "time"), whose clock has only 10 ms steps.

set -eu

builddir=$(cd "${1:-.}" && pwd)
srcdir=$(cd "$(dirname "$0")/../.." && pwd)
cli=${DOSON_CTR_CLI:-$builddir/examples/doson-ctr}
data=${BENCH_DATA:-$builddir/tests/bench-data}
runs=${BENCH_RUNS:-3}
wards_list=${BENCH_WARDS:-3321 36531}
gen=$data/gen-national

if [ ! -x "$cli" ]; then
  echo "run-bench.sh: $cli is not built (run make first)" >&2
  exit 1
fi

mkdir -p "$data"
if [ ! -x "$gen" ] || [ "$srcdir/tests/bench/gen-national.c" -nt "$gen" ]; then
  ${CC:-cc} -std=c99 -O2 -o "$gen" "$srcdir/tests/bench/gen-national.c"
fi

# A timer: "SECONDS KILOBYTES" of a command run with its output discarded.
if command -v python3 >/dev/null 2>&1; then
  timer=python
elif /usr/bin/time -f '%e %M' -o /dev/null true >/dev/null 2>&1; then
  timer=gnu
else
  echo "run-bench.sh: needs GNU time (package \"time\") or python3" >&2
  exit 1
fi

measure () {
  out=$(mktemp)
  if [ $timer = gnu ]; then
    /usr/bin/time -f '%e %M' -o "$out" "$@" >/dev/null
    cat "$out"
  else
    python3 - "$@" <<'EOF'
import resource, subprocess, sys, time
start = time.monotonic()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
elapsed = time.monotonic() - start
print("%.4f %d" % (elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
EOF
  fi
  rm -f "$out"
}

# The best (least) elapsed time of $runs runs, and the peak memory of that
# run.
best () {
  best_s=
  best_kb=
  i=0
  while [ $i -lt "$runs" ]; do
    set -- $(measure "$@") "$@"
    s=$1
    kb=$2
    shift 2
    if [ -z "$best_s" ] || awk "BEGIN { exit !($s < $best_s) }"; then
      best_s=$s
      best_kb=$kb
    fi
    i=$((i + 1))
  done
  echo "$best_s $best_kb"
}

report () {
  file=$1
  series=$2
  label=$3
  rows=$(($(wc -l < "$file") - 1))
  bytes=$(wc -c < "$file")
  set -- $(best wc -l "$file")
  wc_s=$1
  set -- $(best "$cli" progress --method open-sdg "$file")
  s=$1
  kb=$2
  awk -v label="$label" -v rows="$rows" -v series="$series" -v bytes="$bytes" \
      -v s="$s" -v kb="$kb" -v wc_s="$wc_s" 'BEGIN {
    if (s <= 0) s = 0.001
    if (wc_s <= 0) wc_s = 0.001
    printf "%-28s %10d rows %9d series %7.1f MB\n", label, rows, series, bytes / 1e6
    printf "  doson-ctr progress: %7.3f s  %9.0f series/s  %6.0f MB/s  peak %5.0f MB\n",
           s, series / s, bytes / 1e6 / s, kb / 1024
    printf "  wc -l:              %7.3f s  %6.0f MB/s  ratio %.1fx\n",
           wc_s, bytes / 1e6 / wc_s, s / wc_s
  }'
}

for wards in $wards_list; do
  file=$data/national-$wards.csv
  if [ ! -s "$file" ]; then
    "$gen" --wards "$wards" --settings "$data/national-$wards-settings.csv" "$file"
  fi
  report "$file" $((wards * 42)) "$wards wards, by series"
  if [ "${BENCH_BY_YEAR:-0}" = 1 ]; then
    by_year=$data/national-$wards-by-year.csv
    if [ ! -s "$by_year" ]; then
      "$gen" --wards "$wards" --by-year "$by_year"
    fi
    report "$by_year" $((wards * 42)) "$wards wards, by year"
  fi
done
