#!/bin/sh
# The message catalogues of the doson-ctr program (po/LANG.po, one for
# each language of po/LINGUAS) are complete and up to date with the
# sources:
#
#  1. every source of examples/ that marks a string for translation is in
#     po/POTFILES.in, and every file listed there exists;
#  2. no message of the program is left unmarked: a literal format given
#     to cli_error() or g_set_error() in examples/doson-ctr.c and
#     examples/cli-*.c has no word in it but option names (--format) once
#     the conversions (%s) are taken out;
#  3. each catalogue passes msgfmt --check (its format strings take the
#     same arguments as the English ones, its header is complete);
#  4. each catalogue translates every message: none untranslated, none
#     fuzzy;
#  5. each catalogue holds exactly the messages that xgettext extracts from
#     the sources now, with the options of po/Makevars: none missing (a
#     message added or changed in a source), none left over (a message
#     removed or changed).
#
# `make -C po update-po` merges the catalogues with the sources; then
# translate what is untranslated or fuzzy (HACKING.md, "Translations").
# Speaks TAP; skipped as a whole when gettext's tools are not installed
# (Debian: gettext).
#
# SPDX-License-Identifier: LGPL-2.1-or-later

set -u
srcdir=${top_srcdir:?top_srcdir is not set: make check sets it}
po=$srcdir/po

for tool in xgettext msgfmt msgattrib msgcmp msgmerge perl; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "1..0 # SKIP $tool is not installed (Debian: gettext, perl-base)"
    exit 0
  fi
done

languages=$(sed -e 's/#.*//' "$po/LINGUAS")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "1..5"

# The sources listed in po/POTFILES.in, one a line.
sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$po/POTFILES.in" > "$tmp/listed"

# 1. The sources that mark strings are listed, and the listed ones exist.
problems=
for file in $(cd "$srcdir" && grep -l -E '(^|[^A-Za-z0-9_])(N?_|ngettext) ?\(' \
                examples/*.c examples/*.h 2>/dev/null); do
  grep -qx "$file" "$tmp/listed" || problems="$problems $file (not listed);"
done
while read -r file; do
  [ -f "$srcdir/$file" ] || problems="$problems $file (listed, does not exist);"
done < "$tmp/listed"
if [ -z "$problems" ]; then
  echo "ok 1 - po/POTFILES.in lists every source of examples/ with marked strings"
else
  echo "not ok 1 - po/POTFILES.in:$problems"
fi

# 2. No unmarked message: the format of cli_error() and of g_set_error()
# in the program's sources is _("...") or a literal without words.
# shellcheck disable=SC2016
unmarked=$(cd "$srcdir" && perl -0777 -ne '
  my $text = $_;
  while ($text =~ /\b(?:cli_error\s*\(\s*[^,()]+|g_set_error\s*\(\s*[^,()]+,\s*[^,()]+,\s*[^,()]+),\s*"((?:[^"\\]|\\.)*)"/g) {
    my $literal = $1;
    (my $words = $literal) =~ s/%[-+ #0-9.]*[a-zA-Z]//g;
    $words =~ s/--[a-z][a-z-]*//g;
    $words =~ s/\\[a-z]//g;
    print "$ARGV: \"$literal\"\n" if $words =~ /[A-Za-z]/;
  }' examples/doson-ctr.c examples/cli-*.c)
if [ -z "$unmarked" ]; then
  echo "ok 2 - every message of cli_error() and g_set_error() in the program is marked with _()"
else
  echo "not ok 2 - messages not marked for translation (wrap them in _()):"
  printf '%s\n' "$unmarked" | sed 's/^/#   /'
fi

# The first line of each message of the catalogue on standard input, the
# header left out.
first_lines () {
  awk '/^(#~ )?msgid / {
         text = $0; sub(/^(#~ )?msgid "/, "", text); sub(/"$/, "", text)
         if (text == "") {
           getline; if ($0 !~ /^(#~ )?"/) next
           text = $0; sub(/^(#~ )?"/, "", text); sub(/"$/, "", text)
         }
         print text
       }'
}

# The messages of the sources now, as `make -C po update-po` extracts them.
options=$(sed -n 's/^XGETTEXT_OPTIONS *= *//p' "$po/Makevars")
# shellcheck disable=SC2086
if ! xgettext --directory="$srcdir" --files-from="$po/POTFILES.in" $options \
       --output="$tmp/sources.pot" 2>"$tmp/xgettext.err"; then
  echo "# xgettext failed:"
  sed 's/^/#   /' "$tmp/xgettext.err"
  : > "$tmp/sources.pot"
fi

check3= check4= check5=
for lang in $languages; do
  file=$po/$lang.po
  if [ ! -f "$file" ]; then
    check3="$check3 po/$lang.po does not exist;"
    continue
  fi
  # 3. msgfmt --check.
  if ! msgfmt --check --output-file=/dev/null "$file" 2>"$tmp/msgfmt.err"; then
    check3="$check3 po/$lang.po: $(tr '\n' ' ' < "$tmp/msgfmt.err");"
  fi
  # 4. Untranslated or fuzzy messages (obsolete ones, "#~", do not count).
  for kind in untranslated only-fuzzy; do
    left=$(msgattrib --no-obsolete --"$kind" --no-wrap "$file" | grep -c '^msgid ' || true)
    # msgattrib keeps the header entry when there is anything to print.
    [ "$left" -gt 1 ] && check4="$check4 po/$lang.po: $((left - 1)) ${kind#only-};"
  done
  # 5. The messages of the catalogue against those of the sources, both
  # ways, with no fuzzy matching.
  if [ -s "$tmp/sources.pot" ]; then
    msgattrib --no-obsolete "$file" > "$tmp/current.po"
    msgmerge --quiet --no-fuzzy-matching --no-wrap "$tmp/current.po" "$tmp/sources.pot" \
      --output-file="$tmp/merged.po"
    if ! msgcmp --no-fuzzy-matching --use-fuzzy --use-untranslated \
           "$tmp/current.po" "$tmp/sources.pot" 2>/dev/null; then
      check5="$check5 po/$lang.po lacks messages of the sources;"
      msgattrib --untranslated --no-obsolete --no-wrap "$tmp/merged.po" \
        | first_lines | head -n 5 | sed "s|^|$lang: missing: |" \
        >> "$tmp/details"
    fi
    if ! msgcmp --no-fuzzy-matching --use-fuzzy --use-untranslated \
           "$tmp/sources.pot" "$tmp/current.po" 2>/dev/null; then
      check5="$check5 po/$lang.po has messages no source has;"
      msgattrib --only-obsolete --no-wrap "$tmp/merged.po" \
        | first_lines | head -n 5 | sed "s|^|$lang: left over: |" \
        >> "$tmp/details"
    fi
  else
    check5="$check5 xgettext extracted nothing;"
  fi
done

if [ -z "$check3" ]; then
  echo "ok 3 - msgfmt --check accepts po/*.po:" $languages
else
  echo "not ok 3 -$check3"
fi
if [ -z "$check4" ]; then
  echo "ok 4 - every message is translated, none fuzzy:" $languages
else
  echo "not ok 4 -$check4 run \`make -C po update-po\` and translate them"
fi
if [ -z "$check5" ]; then
  echo "ok 5 - the catalogues hold exactly the messages of the sources:" $languages
else
  echo "not ok 5 -$check5 run \`make -C po update-po\` and translate what it adds"
  [ -s "$tmp/details" ] && sed 's/^/#   /' "$tmp/details"
fi
exit 0
