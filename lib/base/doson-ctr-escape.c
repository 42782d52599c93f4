/* doson-ctr-escape.c: writing text as a CSV field or a JSON string
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <glib.h>

#include "base/doson-ctr-escape-private.h"

/* A space or a tab: what a spreadsheet or a reader that trims would lose
 * at either end of an unquoted field. */
static inline gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

/* Whether the @len bytes at @text hold @separator, a quote, a CR or an
 * LF: with SSE2 sixteen at a time, the last block ending with the text
 * (overlapping the one before), so that nothing past it is read. */
static inline gboolean
has_special (const char *text,
             gsize       len,
             char        separator)
{
  gsize i = 0;

#ifdef __SSE2__
  if (len >= 16)
    {
      const __m128i sep = _mm_set1_epi8 (separator);
      const __m128i quote = _mm_set1_epi8 ('"');
      const __m128i cr = _mm_set1_epi8 ('\r');
      const __m128i lf = _mm_set1_epi8 ('\n');

      for (;; i += 16)
        {
          gsize at = MIN (i, len - 16);
          __m128i v = _mm_loadu_si128 ((const __m128i *) (text + at));
          __m128i hit = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, sep),
                                                    _mm_cmpeq_epi8 (v, quote)),
                                      _mm_or_si128 (_mm_cmpeq_epi8 (v, cr),
                                                    _mm_cmpeq_epi8 (v, lf)));

          if (_mm_movemask_epi8 (hit) != 0)
            return TRUE;
          if (at == len - 16)
            return FALSE;
        }
    }
#endif
  for (; i < len; i++)
    if (text[i] == separator || text[i] == '"' || text[i] == '\r' || text[i] == '\n')
      return TRUE;
  return FALSE;
}

char *
_doson_ctr_csv_put_field_sep (char       *p,
                              const char *text,
                              gsize       len,
                              char        separator)
{
  gsize i;

  if (!(len > 0 && (is_blank (text[0]) || is_blank (text[len - 1])))
      && !has_special (text, len, separator))
    {
      memcpy (p, text, len);
      return p + len;
    }

  *p++ = '"';
  for (i = 0; i < len; i++)
    {
      if (text[i] == '"')
        *p++ = '"';
      *p++ = text[i];
    }
  *p++ = '"';
  return p;
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
  gsize len = strlen (text);
  gsize start = out->len;
  char *end;

  g_string_set_size (out, start + DOSON_CTR_CSV_FIELD_ROOM (len));
  end = _doson_ctr_csv_put_field_sep (out->str + start, text, len, separator);
  g_string_truncate (out, (gsize) (end - out->str));
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
