#!/bin/sh
# The bash completion of doson-ctr (examples/completion/doson-ctr):
# runs its function in bash, as bash would on <Tab>, for a few command
# lines. Speaks TAP.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

set -u
# Absolute: the checks run in a directory of their own.
script="$(cd "$top_srcdir" && pwd)/examples/completion/doson-ctr"
cli=${DOSON_CTR_CLI:?DOSON_CTR_CLI is not set: make check sets it}

if ! command -v bash >/dev/null 2>&1; then
  echo "1..0 # SKIP bash is not installed"
  exit 0
fi

dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
: >"$dir/figures.json"
: >"$dir/figures.csv"
mkdir "$dir/sub"
mkdir -p "$dir/repo/data" "$dir/repo/meta"
: >"$dir/repo/data/indicator_1-2-1.csv"
: >"$dir/repo/meta/1-2-1.md"
: >"$dir/repo/meta/3-9-1.md"

n=0
# check WANT WORD...: completing the last WORD of "doson-ctr WORD..."
# (words as bash splits them) gives WANT, the completions sorted and
# joined by spaces.
check () {
  want=$1
  shift
  n=$((n + 1))
  got=$(cd "$dir" && bash -c '
    . "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
    _doson_ctr
    printf "%s\n" "${COMPREPLY[@]}" | LC_ALL=C sort | tr "\n" " " | sed "s/ $//"
  ' bash "$script" "$cli" "$@" 2>&1)
  if [ "$got" = "$want" ]; then
    echo "ok $n - doson-ctr $* -> $want"
  else
    echo "not ok $n - doson-ctr $*: got \"$got\", want \"$want\""
  fi
}

echo "1..16"
check "report" rep
check "--help --version -V -h" -
check "report" help r
check "--format" report --f
check "csv draft html json markdown text" report --format ""
check "html markdown" report --draft-format ""
check "json" report --format = j
check "en vi" list --lang ""
check "goal unit" report --by ""
check "expected-value" progress --method e
check "figures.csv figures.json" report --data fig
check "figures.csv figures.json" progress --method open-sdg fig
check "" validate --max-problems ""
check "sub" opensdg s
check "1-2-1 3-9-1" opensdg repo --indicator ""
check "3-9-1" opensdg --format json repo --indicator = 3
