/* doson-ctr-escape.c: writing text as a CSV field or a JSON string
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <glib.h>

#include "base/doson-ctr-escape-private.h"

/* A space or a tab: what a spreadsheet or a reader that trims would lose
 * at either end of an unquoted field. */
static inline gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

void
_doson_ctr_csv_append_field (GString    *out,
                             const char *text)
{
  _doson_ctr_csv_append_field_sep (out, text, ',');
}

void
_doson_ctr_csv_append_field_sep (GString    *out,
                                 const char *text,
                                 char        separator)
{
  const char *p;
  gsize len = strlen (text);
  gboolean needs_quotes = len > 0 && (is_blank (text[0]) || is_blank (text[len - 1]));

  for (p = text; !needs_quotes && *p != '\0'; p++)
    if (*p == separator || *p == '"' || *p == '\r' || *p == '\n')
      needs_quotes = TRUE;

  if (!needs_quotes)
    {
      g_string_append_len (out, text, len);
      return;
    }

  g_string_append_c (out, '"');
  for (p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
_doson_ctr_json_append_string (GString    *out,
                               const char *text)
{
  const char *p;
  const char *run = text;

  g_string_append_c (out, '"');
  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default: g_string_append_printf (out, "\\u%04x", c); break;
        }
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}
