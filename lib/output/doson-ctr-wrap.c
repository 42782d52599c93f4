/* doson-ctr-wrap.c: text for a terminal, each line wrapped to a width
 * counted in characters, colour sequences not counted
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include "output/doson-ctr-wrap-private.h"

/* The length of the ANSI colour sequence at @p ("\033[…m"), or 0. */
static gsize
escape_length (const char *p)
{
  const char *q;

  if (p[0] != '\033' || p[1] != '[')
    return 0;
  for (q = p + 2; (*q >= '0' && *q <= '9') || *q == ';'; q++)
    ;
  return *q == 'm' ? (gsize) (q + 1 - p) : 0;
}

/* The characters of @text up to @end shown on a terminal. */
static gsize
visible_length (const char *text,
                const char *end)
{
  gsize n = 0;
  gsize skip;

  while (text < end)
    {
      if ((skip = escape_length (text)) > 0)
        text += skip;
      else
        {
          text = g_utf8_next_char (text);
          n++;
        }
    }
  return n;
}

/* Whether the space at @q, after @p, keeps a figure together: it follows
 * a digit ("1.443 tỷ đồng", "12,0 %/năm") or a comparison sign ("≥ 15 %"),
 * so a line broken there would leave a number without its unit or a sign
 * without its number. */
static gboolean
binds (const char *p,
       const char *q)
{
  gunichar c = g_utf8_get_char (g_utf8_find_prev_char (p, q));

  return g_unichar_isdigit (c) || c == '<' || c == '>' || c == '='
         || c == 0x2264 /* ≤ */ || c == 0x2265 /* ≥ */;
}

/* The end of the longest piece of @p that fits in @room characters and
 * ends before a space that does not bind a figure (or at the end of the
 * line); failing that, before any space; when the first word alone is
 * longer, that word cut at @room characters. */
static const char *
fit (const char *p,
     const char *end,
     gsize       room)
{
  const char *q = p;
  const char *last_break = NULL;
  const char *last_space = NULL;
  gsize n = 0;
  gsize skip;

  while (q < end)
    {
      if ((skip = escape_length (q)) > 0)
        {
          q += skip;
          continue;
        }
      if (*q == ' ' && q > p)
        {
          last_space = q;
          if (!binds (p, q))
            last_break = q;
        }
      if (n == room)
        return last_break != NULL ? last_break
               : last_space != NULL ? last_space : q;
      q = g_utf8_next_char (q);
      n++;
    }
  return end;
}

/* Appends the line from @line to @end, wrapped at @width characters;
 * a continued line is indented two more than the line's own indent. */
static void
append_line (GString    *out,
             const char *line,
             const char *end,
             gsize       width)
{
  gsize indent = 0;
  gsize room;
  const char *p = line;
  const char *stop;

  while (line + indent < end && line[indent] == ' ')
    indent++;
  if (width == 0 || visible_length (line, end) <= width || indent + 2 + 10 > width)
    {
      g_string_append_len (out, line, end - line);
      return;
    }
  room = width;
  for (;;)
    {
      stop = fit (p, end, room);
      g_string_append_len (out, p, stop - p);
      p = stop;
      while (p < end && *p == ' ')
        p++;
      if (p >= end)
        break;
      g_string_append_c (out, '\n');
      for (room = 0; room < indent + 2; room++)
        g_string_append_c (out, ' ');
      room = width - indent - 2;
    }
}

char *
_doson_ctr_wrap (const char *text,
                 gsize       width)
{
  GString *out = g_string_sized_new (strlen (text) + strlen (text) / 16);
  const char *line = text;
  const char *nl;

  while (*line != '\0')
    {
      nl = strchr (line, '\n');
      if (nl == NULL)
        nl = line + strlen (line);
      append_line (out, line, nl, width);
      if (*nl == '\0')
        break;
      g_string_append_c (out, '\n');
      line = nl + 1;
    }
  return g_string_free (out, FALSE);
}
