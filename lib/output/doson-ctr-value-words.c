/* doson-ctr-value-words.c: a value of an indicator for people, with its
 * unit, in Vietnamese or English
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <doson-ctr/doson-ctr-words.h>

#include "output/doson-ctr-words-private.h"

/* The English singular of a plural @unit of one word: "organisations" →
 * "organisation", "cases" → "case", "businesses" → "business" (a word
 * in "-sses" loses "es", any other word in "-s" loses "s").  Returns
 * the length of the singular, or 0 when @unit is not such a word
 * ("billion VND", "%", "million VND per person per year"): it then
 * stays as it is.  Vietnamese nouns do not change with the number. */
static gsize
english_singular_length (const char *unit)
{
  gsize len = strlen (unit);

  if (len < 2 || unit[len - 1] != 's' || strpbrk (unit, " /%") != NULL)
    return 0;
  if (len > 4 && g_str_has_suffix (unit, "sses"))
    return len - 2;
  return len - 1;
}

void
_doson_ctr_words_append_unit (GString      *out,
                              const char   *unit,
                              double        shown,
                              DosonCtrLang  lang)
{
  gsize singular = 0;

  if (unit == NULL || *unit == '\0')
    return;
  if (lang == DOSON_CTR_LANG_EN && shown == 1)
    singular = english_singular_length (unit);
  g_string_append_c (out, ' ');
  if (singular > 0)
    g_string_append_len (out, unit, (gssize) singular);
  else
    g_string_append (out, unit);
}

void
_doson_ctr_words_append_value (GString           *out,
                               DosonCtrIndicator *indicator,
                               double             value,
                               DosonCtrLang       lang)
{
  const char *unit;

  switch (doson_ctr_indicator_get_measure (indicator))
    {
    case DOSON_CTR_MEASURE_BOOLEAN:
      g_string_append (out, value != 0 ? _doson_ctr_words_pick (lang, "có", "yes")
                                       : _doson_ctr_words_pick (lang, "không", "no"));
      break;
    case DOSON_CTR_MEASURE_PERCENT:
      _doson_ctr_words_append_number (out, value, lang);
      g_string_append (out, " %");
      break;
    case DOSON_CTR_MEASURE_COUNT:
    case DOSON_CTR_MEASURE_AMOUNT:
    default:
      _doson_ctr_words_append_number (out, value, lang);
      /* Without its unit, 2020 billion VND reads like a year. */
      unit = doson_ctr_indicator_get_unit (indicator, _doson_ctr_words_tag (lang));
      _doson_ctr_words_append_unit (out, unit, value, lang);
      break;
    }
}

void
_doson_ctr_words_append_change (GString           *out,
                                DosonCtrIndicator *indicator,
                                double             change,
                                DosonCtrLang       lang)
{
  if (doson_ctr_indicator_get_measure (indicator) == DOSON_CTR_MEASURE_PERCENT)
    {
      _doson_ctr_words_append_number (out, _doson_ctr_words_round (change), lang);
      g_string_append (out, lang == DOSON_CTR_LANG_VI ? " điểm %" : " points");
    }
  else
    _doson_ctr_words_append_value (out, indicator, _doson_ctr_words_round (change), lang);
}

/**
 * doson_ctr_indicator_format_value:
 * @indicator: the indicator @value is a measurement of, which gives its
 *   unit and measure
 * @value: a value of @indicator, in its unit
 * @lang: (nullable): the language, by the library's rule (%NULL for
 *   Vietnamese)
 *
 * Writes @value for people, with the unit of @indicator and the number
 * style of @lang: up to 10 significant digits, grouped by three from 1000
 * up ("2.020 tỷ đồng", "1.150.000 lượt khách", "97,1 %" in Vietnamese;
 * "2,020 billion VND", "97.1 %" in English). A percentage takes " %", a
 * yes-or-no indicator reads "có"/"không" ("yes"/"no"), and a count or an
 * amount takes the unit of @indicator in @lang when it has one.
 *
 * Returns: (transfer full): the value in words, to be freed with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_indicator_format_value (DosonCtrIndicator *indicator,
                                  double             value,
                                  const char        *lang)
{
  GString *out;

  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);

  out = g_string_new (NULL);
  _doson_ctr_words_append_value (out, indicator, value, _doson_ctr_lang_from_string (lang));
  return g_string_free (out, FALSE);
}
