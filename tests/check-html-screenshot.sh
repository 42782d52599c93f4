#!/bin/sh
# The HTML report in a real browser: `doson-ctr report --format html` on
# the illustrative sample data, in Vietnamese, opened by headless
# Chromium (Debian's chromium), which takes a 1200x3000 screenshot; then
# check-screenshot.py (Python's standard library only) checks that the
# PNG is neither blank nor broken: its size, pixels that are not white,
# enough distinct colours, and the colours the page draws at its top: the
# notice of illustrative data, the badges of the statuses and the lines
# and bands of the first charts.
#
# Skipped when chromium (or /usr/bin/python3) is not installed, unless
# DOSON_CTR_REQUIRE_CHROMIUM=1, as .ci/run sets, makes that a failure.
# Debian: apt-get install chromium. Chromium run as root needs
# --no-sandbox, which is given.
#
# Speaks TAP.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

set -u
srcdir=${top_srcdir:?top_srcdir is not set: make check sets it}/tests
cli=${DOSON_CTR_CLI:?DOSON_CTR_CLI is not set: make check sets it}
python=/usr/bin/python3

skip () {
  if [ "${DOSON_CTR_REQUIRE_CHROMIUM:-}" = 1 ]; then
    echo "1..1"
    echo "not ok 1 - $1, and DOSON_CTR_REQUIRE_CHROMIUM=1 forbids skipping"
  else
    echo "1..0 # SKIP $1"
  fi
  exit 0
}

browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || skip "chromium is not installed (Debian: apt-get install chromium)"
[ -x "$python" ] || skip "$python is not installed"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! "$cli" report --data "$srcdir/../examples/data/measurements-illustrative.json" \
       --lang vi --format html --output "$tmp/report.html" 2> "$tmp/err.txt"; then
  echo "1..1"
  echo "not ok 1 - doson-ctr report --format html failed:"
  sed 's/^/#   /' "$tmp/err.txt"
  exit 0
fi

# A profile and a home of its own, so that nothing outside $tmp is
# written; /tmp rather than /dev/shm, which is small in containers; a
# bounded time, so that a hung browser fails the test.
HOME=$tmp timeout 120 "$browser" --headless --no-sandbox --disable-gpu \
  --disable-dev-shm-usage --user-data-dir="$tmp/profile" --hide-scrollbars \
  --screenshot="$tmp/report.png" --window-size=1200,3000 \
  "file://$tmp/report.html" > "$tmp/browser.txt" 2>&1
status=$?
if [ ! -s "$tmp/report.png" ]; then
  echo "1..1"
  echo "not ok 1 - $browser wrote no screenshot (status $status):"
  tail -n 20 "$tmp/browser.txt" | sed 's/^/#   /'
  exit 0
fi

# The colours of lib/output/doson-ctr-html.c and
# lib/output/doson-ctr-svg-chart-private.h that the top of the page
# shows with the sample data.
"$python" "$srcdir/check-screenshot.py" "$tmp/report.png" 1200 3000 \
  notice-background=#fff4e5 \
  achieved-badge=#dcf3e1 \
  on-track-badge=#d9f0f5 \
  chart-values=#1f4e79 \
  chart-band=#cfeeda
