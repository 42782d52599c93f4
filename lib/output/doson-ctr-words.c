/* doson-ctr-words.c: numbers and percentages for people, in Vietnamese or English
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include "output/doson-ctr-words-private.h"

const char *
_doson_ctr_words_tag (DosonCtrLang lang)
{
  return lang == DOSON_CTR_LANG_VI ? "vi" : "en";
}

void
_doson_ctr_words_append_number (GString      *out,
                                double        value,
                                DosonCtrLang  lang)
{
  gboolean vi = lang == DOSON_CTR_LANG_VI;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *p, *digits, *point;
  gsize n_int;

  if (value == 0)
    value = 0; /* no "-0" */
  g_ascii_formatd (buf, sizeof buf, "%.10g", value);
  if (strpbrk (buf, "eEni") != NULL)
    {
      g_string_append (out, buf);
      return;
    }

  digits = buf[0] == '-' ? buf + 1 : buf;
  point = strchr (digits, '.');
  n_int = point != NULL ? (gsize) (point - digits) : strlen (digits);
  if (buf[0] == '-')
    g_string_append_c (out, '-');
  for (p = digits; p < digits + n_int; p++)
    {
      gsize left = n_int - (gsize) (p - digits);

      if (p > digits && left % 3 == 0)
        g_string_append_c (out, vi ? '.' : ',');
      g_string_append_c (out, *p);
    }
  if (point != NULL)
    {
      g_string_append_c (out, vi ? ',' : '.');
      g_string_append (out, point + 1);
    }
}

void
_doson_ctr_words_append_percentage (GString      *out,
                                    double        fraction,
                                    DosonCtrLang  lang)
{
  _doson_ctr_words_append_percentage_places (out, fraction, 1, lang);
}

void
_doson_ctr_words_append_percentage_places (GString      *out,
                                           double        fraction,
                                           guint         places,
                                           DosonCtrLang  lang)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char format[16];
  char *p;

  places = MIN (places, 15);
  g_snprintf (format, sizeof format, "%%.%uf", places);
  g_ascii_formatd (buf, sizeof buf, format, fraction * 100);
  /* Never "-0.0 %": a minus sign before nothing but zeros goes. */
  if (buf[0] == '-' && strspn (buf + 1, "0.") == strlen (buf + 1))
    memmove (buf, buf + 1, strlen (buf));
  if (lang == DOSON_CTR_LANG_VI)
    for (p = buf; *p != '\0'; p++)
      if (*p == '.')
        *p = ',';
  g_string_append (out, buf);
  g_string_append (out, " %");
}

double
_doson_ctr_words_round (double value)
{
  double scale = fabs (value) < 1 ? 100 : 10;

  return round (value * scale) / scale;
}

void
_doson_ctr_words_append_score (GString      *out,
                               double        score,
                               DosonCtrLang  lang)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *point;

  g_ascii_formatd (buf, sizeof buf, "%.2f", score);
  if (strcmp (buf, "-0.00") == 0)
    memmove (buf, buf + 1, strlen (buf));
  point = strchr (buf, '.');
  if (lang == DOSON_CTR_LANG_VI && point != NULL)
    *point = ',';
  g_string_append (out, buf);
}

void
_doson_ctr_words_append_padded (GString    *out,
                                const char *text,
                                gsize       width)
{
  glong len = g_utf8_strlen (text, -1);

  g_string_append (out, text);
  for (; len < (glong) width; len++)
    g_string_append_c (out, ' ');
}

void
_doson_ctr_words_append_markdown_cell (GString    *out,
                                       const char *text)
{
  const char *p;

  g_string_append_c (out, ' ');
  for (p = text; *p != '\0'; p++)
    {
      if (*p == '|')
        g_string_append (out, "\\|");
      else if (*p == '\n' || *p == '\r')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
  g_string_append (out, " |");
}
