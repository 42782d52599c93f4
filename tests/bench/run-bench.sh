#!/bin/sh
# run-bench.sh: how fast `doson-ctr progress` reads a national-scale file
#
# SPDX-License-Identifier: CC0-1.0
#
# Usage: tests/bench/run-bench.sh [BUILDDIR]
#
# Builds the generator gen-national.c (with $CC, default cc), writes the
# measurements file and its settings file for each size if they are not
# there yet, then times
#
#   doson-ctr progress --method open-sdg --data FILE > /dev/null
#   doson-ctr progress --method open-sdg --settings SETTINGS --data FILE
#
# next to `wc -l` and `cat > /dev/null` on the same files (best of
# BENCH_RUNS runs each, the files being in the page cache after the
# first), and prints for each: the elapsed time, series per second, MB
# read per second, the ratio to `wc -l` and to `cat`, the peak resident
# memory and the CPU time (user + system) of the best run, which a busy
# machine inflates less than the elapsed time. Then, when the program has the subcommand and
# BENCH_OPENSDG names a directory, it times `doson-ctr opensdg DIR`, the
# Open SDG repository reader. It is not a test and `make check` never
# runs it; `make bench` runs it and then run-validate-bench.sh.
#
# It times the program itself, examples/.libs/doson-ctr with
# LD_LIBRARY_PATH set to the library just built, not libtool's wrapper
# script (which would add a shell's start-up to every run); a build
# without shared libraries has no wrapper and the program is
# examples/doson-ctr. DOSON_CTR_CLI names another program.
#
# BUILDDIR is the top build directory (default: the current directory).
# Environment:
#   BENCH_WARDS    the sizes to run, in wards of 42 indicators, 11 years
#                  each (default "4762 36531": about 200 000 series and
#                  2.2 million rows, 83 MB; and 1.5 million series and
#                  16 million rows, 640 MB)
#   BENCH_DATA     where the generated files go (default
#                  $BUILDDIR/tests/bench-data; about 800 MB in all)
#   BENCH_RUNS     runs of each command (default 3)
#   BENCH_BY_YEAR  set to 1 to also time a file sorted by year instead of
#                  by series (every row then starts a new run of its
#                  series)
#   BENCH_OPENSDG  an Open SDG data repository (data/, meta/) for
#                  `doson-ctr opensdg`; not timed when unset
#
# The elapsed time comes from python3, a monotonic clock around the child,
# and the peak resident memory from GNU time (/usr/bin/time -f %M, the
# child's VmHWM; Debian package "time", which ./bootstrap installs), run
# inside that clock: it adds well under a millisecond. Without GNU time
# the peak is python3's getrusage(), which cannot go below the
# interpreter's own size; without python3, GNU time's clock, which has
# only 10 ms steps, gives the time too.

set -eu

builddir=$(cd "${1:-.}" && pwd)
srcdir=$(cd "$(dirname "$0")/../.." && pwd)
data=${BENCH_DATA:-$builddir/tests/bench-data}
runs=${BENCH_RUNS:-3}
wards_list=${BENCH_WARDS:-4762 36531}
gen=$data/gen-national

if [ -n "${DOSON_CTR_CLI:-}" ]; then
  cli=$DOSON_CTR_CLI
else
  cli=$builddir/examples/.libs/doson-ctr
  [ -x "$cli" ] || cli=$builddir/examples/doson-ctr
fi
if [ ! -x "$cli" ]; then
  echo "run-bench.sh: $cli is not built (run make first)" >&2
  exit 1
fi
LD_LIBRARY_PATH=$builddir/lib/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
export LD_LIBRARY_PATH

mkdir -p "$data"
if [ ! -x "$gen" ] || [ "$srcdir/tests/bench/gen-national.c" -nt "$gen" ]; then
  ${CC:-cc} -std=c99 -O2 -o "$gen" "$srcdir/tests/bench/gen-national.c"
fi

# A timer: "SECONDS KILOBYTES CPU_SECONDS" of a command run with its
# output discarded: elapsed time, peak memory, user + system time.
# The peak comes from GNU time when it is installed: python3's own
# getrusage(RUSAGE_CHILDREN) would count the interpreter the child was
# forked from (about 10 MB) as the child's.
if /usr/bin/time -f '%M' -o /dev/null true >/dev/null 2>&1; then
  gnu_time=yes
else
  gnu_time=no
fi
if command -v python3 >/dev/null 2>&1; then
  timer=python
elif [ $gnu_time = yes ]; then
  timer=gnu
else
  echo "run-bench.sh: needs python3 or GNU time (package \"time\")" >&2
  exit 1
fi

measure () {
  out=$(mktemp)
  if [ $timer = gnu ]; then
    /usr/bin/time -f '%e %M %U %S' -o "$out" "$@" >/dev/null
    awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$out"
  else
    python3 - "$gnu_time" "$out" "$@" <<'EOF'
import resource, subprocess, sys, time
gnu_time, out, command = sys.argv[1] == "yes", sys.argv[2], sys.argv[3:]
if gnu_time:
    command = ["/usr/bin/time", "-f", "%M %U %S", "-o", out] + command
before = resource.getrusage(resource.RUSAGE_CHILDREN)
start = time.monotonic()
subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
elapsed = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (usage.ru_utime - before.ru_utime) + (usage.ru_stime - before.ru_stime)
if gnu_time:
    with open(out) as f:
        kb = int(f.read().split()[-3])
else:
    kb = usage.ru_maxrss
print("%.4f %d %.3f" % (elapsed, kb, cpu))
EOF
  fi
  rm -f "$out"
}

# The best (least) elapsed time of $runs runs, the peak memory and the CPU
# time of that run.
best () {
  best_s=
  best_kb=
  best_cpu=
  i=0
  while [ $i -lt "$runs" ]; do
    set -- $(measure "$@") "$@"
    s=$1
    kb=$2
    cpu=$3
    shift 3
    if [ -z "$best_s" ] || awk "BEGIN { exit !($s < $best_s) }"; then
      best_s=$s
      best_kb=$kb
      best_cpu=$cpu
    fi
    i=$((i + 1))
  done
  echo "$best_s $best_kb $best_cpu"
}

# One line of figures: LABEL SERIES BYTES SECONDS KB CPU WC_SECONDS
# CAT_SECONDS
line () {
  awk -v label="$1" -v series="$2" -v bytes="$3" -v s="$4" -v kb="$5" \
      -v cpu="$6" -v wc_s="$7" -v cat_s="$8" 'BEGIN {
    if (s <= 0) s = 0.0001
    if (wc_s <= 0) wc_s = 0.0001
    if (cat_s <= 0) cat_s = 0.0001
    rate = label ~ /^(wc|cat)/ ? "-" : sprintf ("%.0f", series / s)
    printf "  %-22s %7.3f s %10s %7.0f %8.1f %7.1f %7.0f %7.2f s\n",
           label, s, rate, bytes / 1e6 / s, s / wc_s, s / cat_s, kb / 1024, cpu
  }'
}

# Times `doson-ctr progress` on FILE (and SETTINGS when not empty) next to
# wc -l and cat on the same bytes.
run_progress () {
  label=$1
  series=$2
  file=$3
  settings=$4
  if [ -n "$settings" ]; then
    files="$file $settings"
    set -- --settings "$settings"
  else
    files=$file
    set --
  fi
  bytes=$(cat $files | wc -c)
  set -- "$@" --data "$file"
  r=$(best "$cli" progress --method open-sdg "$@")
  w=$(best wc -l $files)
  c=$(best cat $files)
  set -- $r $w $c
  line "$label" "$series" "$bytes" "$1" "$2" "$3" "$4" "$7"
  line "wc -l" "$series" "$bytes" "$4" "$5" "$6" "$4" "$7"
  line "cat > /dev/null" "$series" "$bytes" "$7" "$8" "$9" "$4" "$7"
}

header () {
  file=$1
  settings=$2
  series=$3
  rows=$(($(wc -l < "$file") - 1))
  printf '%s: %d series, %d rows, %.1f MB; settings %.1f MB\n' \
         "$(basename "$file")" "$series" "$rows" \
         "$(wc -c < "$file")e-6" "$(wc -c < "$settings")e-6"
  printf '  %-22s %9s %10s %7s %8s %7s %7s %9s\n' \
         "best of $runs" "time" "series/s" "MB/s" "x wc -l" "x cat" "peak MB" "CPU"
}

echo "doson-ctr progress --method open-sdg ($cli)"
for wards in $wards_list; do
  file=$data/national-$wards.csv
  settings=$data/national-$wards-settings.csv
  series=$((wards * 42))
  if [ ! -s "$file" ] || [ ! -s "$settings" ] || [ "$gen" -nt "$file" ]; then
    "$gen" --wards "$wards" --settings "$settings" "$file"
  fi
  header "$file" "$settings" "$series"
  run_progress "progress" "$series" "$file" ""
  run_progress "progress --settings" "$series" "$file" "$settings"
  if [ "${BENCH_BY_YEAR:-0}" = 1 ]; then
    by_year=$data/national-$wards-by-year.csv
    if [ ! -s "$by_year" ] || [ "$gen" -nt "$by_year" ]; then
      "$gen" --wards "$wards" --by-year "$by_year"
    fi
    run_progress "progress, by year" "$series" "$by_year" ""
  fi
done

# The Open SDG repository reader, where there is one (`doson-ctr opensdg
# DIR`) and a repository to read.
if ! "$cli" opensdg --help >/dev/null 2>&1; then
  echo "doson-ctr opensdg: not in this build, not timed"
elif [ -z "${BENCH_OPENSDG:-}" ] || [ ! -d "${BENCH_OPENSDG:-}" ]; then
  echo "doson-ctr opensdg: BENCH_OPENSDG names no directory, not timed"
else
  n=$(ls "$BENCH_OPENSDG"/data 2>/dev/null | wc -l)
  bytes=$(du -sk "$BENCH_OPENSDG" | awk '{ print $1 * 1024 }')
  if r=$(best "$cli" opensdg "$BENCH_OPENSDG" 2>/dev/null); then
    set -- $r
    awk -v dir="$BENCH_OPENSDG" -v n="$n" -v bytes="$bytes" -v s="$1" \
        -v kb="$2" -v runs="$runs" 'BEGIN {
      if (s <= 0) s = 0.0001
      printf "doson-ctr opensdg %s: %d data files, %.1f MB\n", dir, n, bytes / 1e6
      printf "  best of %d: %.3f s, %.0f files/s, peak %.0f MB\n", runs, s, n / s, kb / 1024
    }'
  else
    echo "doson-ctr opensdg $BENCH_OPENSDG: failed, not timed"
  fi
fi
