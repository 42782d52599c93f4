#!/bin/sh
# check-layers.sh finds what it is meant to find: run on small made-up
# trees, it reports each kind of breach at its file and line, and passes a
# clean tree. Speaks TAP.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

set -u
script="${srcdir:-.}/check-layers.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/check-layers.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# A C function whose body, braces included, has $2 lines.
function_of_lines () {
  printf 'static int\n%s (void)\n{\n' "$1"
  i=2
  while [ "$i" -lt "$2" ]; do
    echo "  (void) 0;"
    i=$((i + 1))
  done
  printf '}\n\n'
}

# A clean tree: every layer including only what it may.
make_clean_tree () {
  mkdir -p "$1/base" "$1/model" "$1/maths" "$1/formats" "$1/assess" "$1/output"
  cat > "$1/base/doson-ctr-a-private.h" <<'EOF'
#include <glib.h>
#include <doson-ctr/doson-ctr-types.h>
EOF
  cat > "$1/model/doson-ctr-b.c" <<'EOF'
#include "config.h"
#include <doson-ctr/doson-ctr-assessment.h>
#include "base/doson-ctr-a-private.h"
#include "model/doson-ctr-b-private.h"

static const int table[] =
{
  1, 2, 3,
};
EOF
  function_of_lines short_enough 100 >> "$1/model/doson-ctr-b.c"
  printf '#include "base/doson-ctr-a-private.h"\n' > "$1/maths/doson-ctr-c.c"
  printf '#include "model/doson-ctr-b-private.h"\n#include "base/doson-ctr-a-private.h"\n' \
    > "$1/formats/doson-ctr-d.c"
  printf '#include "model/x.h"\n#include "maths/y.h"\n#include "base/z.h"\n' \
    > "$1/assess/doson-ctr-e.c"
  printf '#include "assess/x.h"\n#include "model/x.h"\n#include "maths/y.h"\n' \
    > "$1/output/doson-ctr-f.c"
  printf '#include <doson-ctr/@basename@>\n' > "$1/doson-ctr-g.c.template"
  # What a build in the source tree generates is not read.
  printf '#include "model/x.h"\n' > "$1/doson-ctr-g.c"
  printf '#include "model/x.h"\n' > "$1/base/doson-ctr-resources.c"
}

n=0
check () {
  n=$((n + 1))
  if printf '%s\n' "$output" | grep -F -q -- "$1"; then
    echo "ok $n - $2"
  else
    echo "not ok $n - $2: no line with \"$1\""
    printf '%s\n' "$output" | sed 's/^/#   /'
  fi
}

echo "1..17"

make_clean_tree "$tmp/clean/lib"
output=$(sh "$script" "$tmp/clean/lib")
n=$((n + 1))
if printf '%s\n' "$output" | grep -q '^not ok' \
   || ! printf '%s\n' "$output" | grep -q '^ok 4 '; then
  echo "not ok $n - a clean tree passes"
  printf '%s\n' "$output" | sed 's/^/#   /'
else
  echo "ok $n - a clean tree passes"
fi

bad="$tmp/bad/lib"
make_clean_tree "$bad"
printf '#include <glib.h>\n#include "model/doson-ctr-b-private.h"\n' \
  > "$bad/base/doson-ctr-up.c"
printf '\n#include "formats/doson-ctr-d-private.h"\n' > "$bad/assess/doson-ctr-sideways.c"
printf '#include "config.h"\n\n#include <doson-ctr/doson-ctr.h>\n' > "$bad/maths/doson-ctr-umbrella-private.h"
printf '#include "doson-ctr-a-private.h"\n' > "$bad/base/doson-ctr-unqualified.c"
printf '#include "base/doson-ctr-a-private.h"\n' > "$bad/doson-ctr-top.c.template"
printf '#include "output/doson-ctr-o-private.h"\n' > "$bad/maths/doson-ctr-m.c.template"
mkdir "$bad/misc"
printf '#include <glib.h>\n' > "$bad/misc/doson-ctr-stray.c"
function_of_lines too_long 101 > "$bad/model/doson-ctr-long.c"
awk 'BEGIN { for (i = 0; i < 1001; i++) print "/* */" }' > "$bad/output/doson-ctr-big.c"
output=$(sh "$script" "$bad")

check 'lib/base/doson-ctr-up.c:2: base may not include model ("model/doson-ctr-b-private.h")' \
  "an include up the layers is reported at its line"
check 'lib/assess/doson-ctr-sideways.c:2: assess may not include formats' \
  "an include across to a layer out of reach is reported"
check 'lib/maths/doson-ctr-umbrella-private.h:3: includes the umbrella header' \
  "an internal header that includes the umbrella header is reported"
check 'lib/base/doson-ctr-unqualified.c:1: "doson-ctr-a-private.h" names no layer' \
  "a lib/ header included without its layer is reported"
check 'lib/doson-ctr-top.c.template:1: files directly in lib/ belong to no layer' \
  "a file directly in lib/ including a private header is reported"
check 'lib/maths/doson-ctr-m.c.template:1: maths may not include output' \
  "a template in a layer is read as a file of that layer"
check 'lib/misc/doson-ctr-stray.c:1: lib/misc is not a layer' \
  "a file outside the layers is reported"
check 'lib/model/doson-ctr-long.c:3: too_long() has 101 lines, over 100' \
  "a function over 100 lines is reported by name"
check 'lib/output/doson-ctr-big.c:1001: the file has 1001 lines, over 1000' \
  "a file over 1000 lines is reported"

n=$((n + 1))
count=$(printf '%s\n' "$output" | grep -c '^not ok')
if [ "$count" -eq 9 ]; then
  echo "ok $n - nothing else in the bad tree is reported"
else
  echo "not ok $n - $count breaches reported in the bad tree, not 9"
  printf '%s\n' "$output" | sed 's/^/#   /'
fi

# Each layer may include exactly the layers below (the directions of
# HACKING.md's map), and is refused every other: one tree per pair of
# layers, holding a single include from the one to the other.
layers="base model maths formats assess output"
may_include () {
  case $1 in
    base) echo "";;
    model) echo "base";;
    maths) echo "base";;
    formats) echo "model base";;
    assess) echo "model maths base";;
    output) echo "assess model maths base";;
  esac
}
for from in $layers; do
  n=$((n + 1))
  wrong=""
  for to in $layers; do
    [ "$to" = "$from" ] && continue
    pair="$tmp/pair-$from-$to/lib"
    mkdir -p "$pair/$from" "$pair/$to"
    printf '#include "%s/doson-ctr-y-private.h"\n' "$to" > "$pair/$from/doson-ctr-x.c"
    output=$(sh "$script" "$pair")
    case " $(may_include "$from") " in
      *" $to "*) expected=passes;;
      *) expected="is refused";;
    esac
    if printf '%s\n' "$output" | grep -q '^not ok'; then
      got="is refused"
    else
      got=passes
    fi
    [ "$got" = "$expected" ] || wrong="$wrong; including $to $got"
  done
  allowed=$(may_include "$from")
  if [ -z "$wrong" ]; then
    echo "ok $n - $from may include ${allowed:-no other layer} and nothing else"
  else
    echo "not ok $n - $from may include ${allowed:-no other layer}$wrong"
  fi
done
