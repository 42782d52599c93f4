#!/bin/sh
# doson-ctr speaks Vietnamese in a Vietnamese locale: with
# LANG=vi_VN.UTF-8 (and LC_ALL, LC_MESSAGES and LANGUAGE unset), its help
# and its own error messages come from the catalogue po/vi.po, compiled
# here and found through DOSON_CTR_LOCALEDIR as the installed one is
# through LOCALEDIR. The option names stay as they are in English, and
# the lines fit in 80 columns. What the subcommands write does not change
# with the locale (its LC_NUMERIC has a decimal comma): only --lang
# changes it.
#
# This needs the locale vi_VN.UTF-8 on the machine (`locale -a`): without
# it the C library gives every program English, and the test is skipped
# with a note, unless DOSON_CTR_REQUIRE_VI_LOCALE=1, as .ci/run sets, makes
# that a failure. Debian: apt-get install locales; then uncomment
# "vi_VN UTF-8" in /etc/locale.gen and run locale-gen.
#
# Speaks TAP.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

set -u
srcdir=${top_srcdir:?top_srcdir is not set: make check sets it}
cli=${DOSON_CTR_CLI:?DOSON_CTR_CLI is not set: make check sets it}

skip () {
  if [ "${DOSON_CTR_REQUIRE_VI_LOCALE:-}" = 1 ]; then
    echo "1..1"
    echo "not ok 1 - $1, and DOSON_CTR_REQUIRE_VI_LOCALE=1 forbids skipping"
  else
    echo "1..0 # SKIP $1"
  fi
  exit 0
}

if ! locale -a 2>/dev/null | grep -qi '^vi_VN\.utf-\{0,1\}8$'; then
  skip "the locale vi_VN.UTF-8 is not installed (Debian: uncomment \"vi_VN UTF-8\" in /etc/locale.gen, run locale-gen)"
fi
command -v msgfmt >/dev/null 2>&1 \
  || skip "msgfmt is not installed (Debian: gettext)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/locale/vi/LC_MESSAGES"
if ! msgfmt --output-file="$tmp/locale/vi/LC_MESSAGES/doson-ctr.mo" "$srcdir/po/vi.po"; then
  echo "1..1"
  echo "not ok 1 - msgfmt cannot compile po/vi.po"
  exit 0
fi

# Runs the program in Vietnamese, or in English with vi=no.
run_vi () {
  env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=vi_VN.UTF-8 \
    DOSON_CTR_LOCALEDIR="$tmp/locale" "$cli" "$@"
}
run_en () {
  env -u LANGUAGE LC_ALL=C.UTF-8 DOSON_CTR_LOCALEDIR="$tmp/locale" "$cli" "$@"
}

# The long options named in a help text, sorted.
options () {
  grep -o -- '--[a-z][a-z-]*' | sort -u
}

# The display width of the longest line of standard input.
width () {
  LC_ALL=C.UTF-8 wc -L | tr -d ' '
}

echo "1..9"

# 1. The global help.
run_vi --help > "$tmp/vi.txt" 2>&1
status=$?
run_en --help > "$tmp/en.txt" 2>&1
first=$(head -n 1 "$tmp/vi.txt")
if [ "$status" -eq 0 ] && [ "$first" = "Cách dùng: doson-ctr LỆNH_CON [TÙY_CHỌN…]" ] \
   && grep -qx 'Lệnh con:' "$tmp/vi.txt" && grep -q '^Tùy chọn:' "$tmp/vi.txt" \
   && grep -q '^Usage: doson-ctr SUBCOMMAND' "$tmp/en.txt"; then
  echo "ok 1 - doson-ctr --help is Vietnamese under LANG=vi_VN.UTF-8, English under LC_ALL=C.UTF-8"
else
  echo "not ok 1 - doson-ctr --help under LANG=vi_VN.UTF-8 (status $status) begins:"
  head -n 3 "$tmp/vi.txt" | sed 's/^/#   /'
fi

# 2. The same subcommands and options as in English, in 80 columns.
subs_vi=$(awk '/^Lệnh con:/ { on = 1; next } /^$/ { on = 0 } on { print $1 }' "$tmp/vi.txt")
subs_en=$(awk '/^Subcommands:/ { on = 1; next } /^$/ { on = 0 } on { print $1 }' "$tmp/en.txt")
if [ -n "$subs_en" ] && [ "$subs_vi" = "$subs_en" ] \
   && [ "$(options < "$tmp/vi.txt")" = "$(options < "$tmp/en.txt")" ] \
   && [ "$(width < "$tmp/vi.txt")" -le 80 ]; then
  echo "ok 2 - the Vietnamese help names the same subcommands and options, in 80 columns"
else
  echo "not ok 2 - the Vietnamese help: subcommands [" $subs_vi "], English [" $subs_en "]," \
       "widest line $(width < "$tmp/vi.txt") columns; options:"
  options < "$tmp/vi.txt" > "$tmp/vi.options"
  options < "$tmp/en.txt" | diff - "$tmp/vi.options" | sed 's/^/#   /'
fi

# 3. An error of the program's own, in Vietnamese.
run_vi frobnicate > "$tmp/out.txt" 2> "$tmp/err.txt"
status=$?
if [ "$status" -eq 2 ] && [ "$(head -n 1 "$tmp/err.txt")" = "doson-ctr: không có lệnh con “frobnicate”" ]; then
  echo "ok 3 - doson-ctr frobnicate: the error is Vietnamese"
else
  echo "not ok 3 - doson-ctr frobnicate (status $status) says:"
  head -n 2 "$tmp/err.txt" | sed 's/^/#   /'
fi

# 4. `doson-ctr help SUBCOMMAND` with a subcommand it does not have.
run_vi help frobnicate > "$tmp/out.txt" 2> "$tmp/err.txt"
status=$?
if [ "$status" -eq 2 ] \
   && [ "$(cat "$tmp/err.txt")" = "doson-ctr help: không có lệnh con “frobnicate” (xem \"doson-ctr --help\")" ]; then
  echo "ok 4 - doson-ctr help frobnicate: the error is Vietnamese"
else
  echo "not ok 4 - doson-ctr help frobnicate (status $status) says:"
  sed 's/^/#   /' "$tmp/err.txt"
fi
# 5. Each subcommand's help, as `doson-ctr SUBCOMMAND --help` and as
# `doson-ctr help SUBCOMMAND`: Vietnamese headings and no English ones,
# the same options as in English, in 80 columns.
problems=
for sub in $subs_en; do
  run_vi "$sub" --help > "$tmp/vi.txt" 2>&1 || problems="$problems $sub: status $?;"
  run_vi help "$sub" > "$tmp/vi-help.txt" 2>&1 || problems="$problems help $sub: status $?;"
  run_en "$sub" --help > "$tmp/en.txt" 2>&1
  cmp -s "$tmp/vi.txt" "$tmp/vi-help.txt" \
    || problems="$problems help $sub differs from $sub --help;"
  case $(head -n 1 "$tmp/vi.txt") in
    "Cách dùng: doson-ctr $sub "*) ;;
    *) problems="$problems $sub: does not begin with \"Cách dùng: doson-ctr $sub\";" ;;
  esac
  grep -q '^Tùy chọn:' "$tmp/vi.txt" || problems="$problems $sub: no \"Tùy chọn:\";"
  grep -q '^Trạng thái thoát' "$tmp/vi.txt" || problems="$problems $sub: no \"Trạng thái thoát\";"
  grep -q -E '^(Usage|Options|Exit status|Output)' "$tmp/vi.txt" \
    && problems="$problems $sub: English headings left;"
  [ "$(options < "$tmp/vi.txt")" = "$(options < "$tmp/en.txt")" ] \
    || problems="$problems $sub: options differ from English;"
  [ "$(width < "$tmp/vi.txt")" -le 80 ] \
    || problems="$problems $sub: a line of $(width < "$tmp/vi.txt") columns;"
done
if [ -n "$subs_en" ] && [ -z "$problems" ]; then
  echo "ok 5 - the help of every subcommand is Vietnamese, with the options of the English one:" $subs_en
else
  echo "not ok 5 - the Vietnamese help of the subcommands:${problems:- no subcommand found}"
fi

# 6. A usage error of a subcommand, with the help it points to.
run_vi report --format pdf > "$tmp/out.txt" 2> "$tmp/err.txt"
status=$?
expected='doson-ctr report: --format: không có định dạng "pdf" (dùng text, json, csv, markdown, html hoặc draft)'
if [ "$status" -eq 2 ] && [ "$(cat "$tmp/err.txt")" = "$expected" ] && [ ! -s "$tmp/out.txt" ]; then
  echo "ok 6 - doson-ctr report --format pdf: the error is Vietnamese"
else
  echo "not ok 6 - doson-ctr report --format pdf (status $status) says:"
  sed 's/^/#   /' "$tmp/err.txt"
fi

# 7. A number written with a separator of thousands (cli-common.c).
run_vi growth --from 1,000 --to 2 --years 1 > "$tmp/out.txt" 2> "$tmp/err.txt"
status=$?
expected='doson-ctr growth: --from: "1,000" không phải là một số: hãy viết không có dấu phân cách hàng nghìn, dùng dấu chấm trước phần thập phân (1000, 10.5)'
if [ "$status" -eq 2 ] && [ "$(cat "$tmp/err.txt")" = "$expected" ]; then
  echo "ok 7 - doson-ctr growth --from 1,000: the error is Vietnamese"
else
  echo "not ok 7 - doson-ctr growth --from 1,000 (status $status) says:"
  sed 's/^/#   /' "$tmp/err.txt"
fi

# 8. A count of problems (ngettext) from validate, and --lang still
# choosing the language of the output: English problems, Vietnamese count.
printf 'indicator,year,value\nno-such-indicator,2026,1\n' > "$tmp/data.csv"
run_vi validate --data "$tmp/data.csv" --lang en > "$tmp/out.txt" 2> "$tmp/err.txt"
status=$?
if [ "$status" -eq 1 ] && [ "$(cat "$tmp/err.txt")" = "doson-ctr validate: phát hiện 1 lỗi" ] \
   && [ "$(wc -l < "$tmp/out.txt")" -eq 1 ]; then
  echo "ok 8 - doson-ctr validate: the count of problems is Vietnamese"
else
  echo "not ok 8 - doson-ctr validate (status $status) says:"
  sed 's/^/#   /' "$tmp/err.txt" "$tmp/out.txt"
fi

# 9. The locale changes the messages only: with LC_NUMERIC Vietnamese (a
# decimal comma), what the subcommands write is the same as under C.
printf 'series,year,value\na,2015,12.5\na,2020,15.25\nb,2015,1e3\nb,2021,1100.5\n' \
  > "$tmp/series.csv"
data=$srcdir/examples/data/measurements-illustrative.csv
problems=
for args in "growth --from 100.5 --rate 7.3% --years 2.5 --lang en" \
            "progress --method open-sdg --data $tmp/series.csv" \
            "report --data $data --format json --lang en" \
            "report --data $data --format csv --csv-style vi --lang vi"; do
  # shellcheck disable=SC2086
  run_vi $args > "$tmp/vi.out" 2>&1
  # shellcheck disable=SC2086
  run_en $args > "$tmp/en.out" 2>&1
  cmp -s "$tmp/vi.out" "$tmp/en.out" || problems="$problems doson-ctr $args;"
done
if [ -z "$problems" ]; then
  echo "ok 9 - the output of growth, progress and report is the same under LANG=vi_VN.UTF-8 as under C"
else
  echo "not ok 9 - the output depends on the locale:$problems"
fi
exit 0
