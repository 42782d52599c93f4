/* doson-ctr-csv-style.c: measurement CSV as a spreadsheet saves it in a
 * Vietnamese locale (doc/formats.md, section 4.4)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Excel and LibreOffice in a Vietnamese locale save CSV with ";" between
 * fields, a decimal comma and dots between thousands: "a;2026;1.234,5".
 * The style is decided once for the whole file, from its header, and
 * never guessed value by value: in that style every value must be written
 * so, and "1.5" is an error rather than 1.5 or 15.
 */

#include "config.h"

#include <string.h>

#include "formats/doson-ctr-csv-preamble-private.h"
#include "formats/doson-ctr-csv-style-private.h"

gboolean
_doson_ctr_csv_style_is_vi (const char *data,
                            gsize       length)
{
  gboolean semicolon = FALSE;
  gsize i;

  for (i = 0; i < length && data[i] != '\n' && data[i] != '\r'; i++)
    {
      if (data[i] == ',')
        return FALSE;
      semicolon |= data[i] == ';';
    }
  return semicolon;
}

gboolean
_doson_ctr_csv_style_check (int          asked,
                            gboolean     vi,
                            const char  *name,
                            guint        line,
                            GPtrArray   *problems,
                            GError     **error)
{
  if (asked == DOSON_CTR_CSV_STYLE_ANNOUNCED || vi == (asked == DOSON_CTR_CSV_STYLE_VI))
    return TRUE;
  if (vi)
    return _doson_ctr_csv_preamble_fail (name, line, problems, error,
                                         "the %s style was asked for, but the header has "
                                         "\";\" between fields, as in the Vietnamese style "
                                         "(vi: 1.234,5)",
                                         doson_ctr_csv_style_to_string ((DosonCtrCsvStyle) asked));
  return _doson_ctr_csv_preamble_fail (name, line, problems, error,
                                       "the Vietnamese style (vi: \";\" between fields, "
                                       "1.234,5) was asked for, but the header does not have "
                                       "\";\" between fields");
}

/* Copies the unquoted field at @data[*pos] to @out, quoted when it holds
 * a comma, and moves *pos to its end. */
static void
copy_unquoted (GString    *out,
               const char *data,
               gsize       length,
               gsize      *pos)
{
  gsize start = *pos, end = start;
  gboolean comma = FALSE;

  for (; end < length && data[end] != ';' && data[end] != '\n' && data[end] != '\r'; end++)
    comma |= data[end] == ',';
  if (comma)
    g_string_append_c (out, '"');
  g_string_append_len (out, data + start, (gssize) (end - start));
  if (comma)
    g_string_append_c (out, '"');
  *pos = end;
}

/* Copies the quoted field at @data[*pos] to @out as it is, up to its
 * closing quote, and moves *pos past it; the reader checks the rest. */
static void
copy_quoted (GString    *out,
             const char *data,
             gsize       length,
             gsize      *pos)
{
  gsize end = *pos + 1;

  for (; end < length; end++)
    if (data[end] == '"')
      {
        if (end + 1 < length && data[end + 1] == '"')
          end++;
        else
          {
            end++;
            break;
          }
      }
  g_string_append_len (out, data + *pos, (gssize) (end - *pos));
  *pos = end;
}

GString *
_doson_ctr_csv_style_to_plain (const char *data,
                               gsize       length)
{
  GString *out = g_string_sized_new (length + length / 8 + 1);
  gsize pos = 0;

  while (pos < length)
    {
      char c = data[pos];

      if (c == '\n' || c == '\r' || c == ';')
        {
          g_string_append_c (out, c == ';' ? ',' : c);
          pos++;
        }
      else if (c == '"')
        copy_quoted (out, data, length, &pos);
      else
        copy_unquoted (out, data, length, &pos);
    }
  return out;
}

gboolean
_doson_ctr_csv_style_plain_number (DosonCtrCsvField *field)
{
  const char *p = field->text, *end = field->text + field->len;
  char buf[128];
  gsize n = 0;
  guint group = 0;
  gboolean dots = FALSE;

  if (field->len == 0)
    return TRUE;
  if (field->len >= sizeof buf)
    return FALSE;
  if (*p == '-' || *p == '+')
    buf[n++] = *p++;
  /* The integer part: groups of three digits after the first, with dots. */
  for (; p < end && (g_ascii_isdigit (*p) || *p == '.'); p++)
    {
      if (*p == '.')
        {
          if (group == 0 || group > 3 || (dots && group != 3))
            return FALSE;
          dots = TRUE;
          group = 0;
          continue;
        }
      buf[n++] = *p;
      group++;
    }
  if (group == 0 || (dots && group != 3))
    return FALSE;
  if (p < end && *p == ',')
    {
      buf[n++] = '.';
      for (p++, group = 0; p < end && g_ascii_isdigit (*p); p++, group++)
        buf[n++] = *p;
      if (group == 0)
        return FALSE;
    }
  if (p != end)
    return FALSE;
  memcpy (field->text, buf, n);
  field->text[n] = '\0';
  field->len = n;
  return TRUE;
}
