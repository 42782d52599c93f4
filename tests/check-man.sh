#!/bin/sh
# The manual page doc/doson-ctr.1: man(1) renders it without a warning,
# and it documents every subcommand of `doson-ctr --help` and, in that
# subcommand's section, every long option of `doson-ctr SUBCOMMAND --help`.
# Speaks TAP.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

set -u
page="$top_srcdir/doc/doson-ctr.1"
cli=${DOSON_CTR_CLI:?DOSON_CTR_CLI is not set: make check sets it}

echo "1..3"

# 1. No warning from man, groff or the preprocessors, at 80 columns.
if ! command -v man >/dev/null 2>&1; then
  echo "ok 1 # SKIP man is not installed (Debian: man-db)"
else
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
             man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
  if [ -z "$warnings" ]; then
    echo "ok 1 - man --warnings says nothing about doc/doson-ctr.1"
  else
    echo "not ok 1 - man --warnings on doc/doson-ctr.1:"
    printf '%s\n' "$warnings" | sed 's/^/#   /'
  fi
fi

# The page's source with "\-" read as "-".
source=$(sed 's/\\-/-/g' "$page")

# The section of the page about subcommand $1: from its ".SS" line to the
# next ".SS" or ".SH".
section () {
  printf '%s\n' "$source" | awk -v head=".SS \"doson-ctr $1" '
    index($0, head) == 1 { on = 1; print; next }
    /^\.S[SH] / { on = 0 }
    on'
}

# 2. Every subcommand has its section.
subcommands=$("$cli" --help | awk '/^Subcommands:/ { on = 1; next } /^$/ { on = 0 } on { print $1 }')
missing=
for sub in $subcommands; do
  [ -n "$(section "$sub")" ] || missing="$missing $sub"
done
if [ -n "$subcommands" ] && [ -z "$missing" ]; then
  echo "ok 2 - every subcommand has its section in doc/doson-ctr.1:" $subcommands
else
  echo "not ok 2 - no section .SS \"doson-ctr SUBCOMMAND ...\" in doc/doson-ctr.1 for:${missing:- (no subcommand found)}"
fi

# 3. Every long option of a subcommand's help is in its section, and the
# global options in the page.
missing=
for option in $("$cli" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  printf '%s\n' "$source" | grep -q -- "$option" || missing="$missing doson-ctr $option;"
done
for sub in $subcommands; do
  text=$(section "$sub")
  for option in $("$cli" "$sub" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    [ "$option" = --help ] && continue
    printf '%s\n' "$text" | grep -q -- "$option" || missing="$missing $sub $option;"
  done
done
if [ -z "$missing" ]; then
  echo "ok 3 - every option of the --help texts is in doc/doson-ctr.1"
else
  echo "not ok 3 - options missing from their section of doc/doson-ctr.1:$missing"
fi
