/* doson-ctr-number-words.c: numbers and percentages for people, public
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-words.h>

#include "output/doson-ctr-words-private.h"

/**
 * doson_ctr_format_figure:
 * @value: a finite number
 * @lang: (nullable): "vi" or "en" (a tag such as "vi-VN" or a locale name
 *   such as "vi_VN.UTF-8" reads as its language); %NULL for Vietnamese,
 *   any other language for English
 *
 * Writes @value for people, as the reports do: up to 10 significant
 * digits, the digits grouped by thousands and the decimal separator of
 * @lang, "1.234.567,5" in Vietnamese and "1,234,567.5" in English. Never
 * "-0". For programs, use doson_ctr_format_number().
 *
 * Returns: (transfer full): the number, to be freed with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_format_figure (double      value,
                         const char *lang)
{
  GString *out = g_string_new (NULL);

  _doson_ctr_words_append_number (out, value, _doson_ctr_lang_from_string (lang));
  return g_string_free (out, FALSE);
}

/**
 * doson_ctr_format_percentage:
 * @fraction: a fraction, 0.1 for 10 %
 * @places: the number of decimals, at most 15
 * @lang: (nullable): "vi" or "en", as for doson_ctr_format_figure()
 *
 * Writes @fraction as a percentage for people, rounded to @places
 * decimals with the decimal separator of @lang and a space before the
 * sign: 0.1 with 4 places gives "10,0000 %" in Vietnamese and "10.0000 %"
 * in English. Never "-0,0 %".
 *
 * Returns: (transfer full): the percentage, to be freed with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_format_percentage (double      fraction,
                             guint       places,
                             const char *lang)
{
  GString *out = g_string_new (NULL);

  _doson_ctr_words_append_percentage_places (out, fraction, places,
                                             _doson_ctr_lang_from_string (lang));
  return g_string_free (out, FALSE);
}
