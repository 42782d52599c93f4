/* doson-ctr-target-words.c: a target in words, in Vietnamese or English
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-words.h>

#include "output/doson-ctr-words-private.h"

/**
 * SECTION:doson-ctr-words
 * @Title: The programme in words
 * @Short_description: a target in words, and the list of a programme's
 *   indicators and targets as a document
 * @Include: doson-ctr/doson-ctr.h
 *
 * doson_ctr_target_describe() says a target in a sentence, in Vietnamese
 * or English: "≥ 97 % by 2030", "tăng bình quân 7 %/năm đến năm 2030".
 * doson_ctr_program_list_to_string() lists every indicator of a programme
 * with its targets, as text for people or as JSON, CSV or markdown.
 *
 * Languages follow the library's rule: a tag whose primary subtag is "vi"
 * ("vi", "vi-VN", "vi_VN.UTF-8") or %NULL means Vietnamese, anything else
 * English.
 */

static const char *
comparator_symbol (DosonCtrComparator comparator)
{
  switch (comparator)
    {
    case DOSON_CTR_COMPARATOR_AT_LEAST:
      return "≥";
    case DOSON_CTR_COMPARATOR_MORE_THAN:
      return ">";
    case DOSON_CTR_COMPARATOR_AT_MOST:
      return "≤";
    case DOSON_CTR_COMPARATOR_LESS_THAN:
      return "<";
    case DOSON_CTR_COMPARATOR_EQUAL:
    case DOSON_CTR_COMPARATOR_RANGE:
    default:
      return "=";
    }
}

/* The unit a threshold of @target is written in: rates and percentages in
 * %, growth in %/yr, a yes-or-no in nothing, others in the indicator's. */
static const char *
threshold_unit (DosonCtrIndicator    *indicator,
                const DosonCtrTarget *target,
                DosonCtrLang          lang)
{
  DosonCtrMeasure measure = doson_ctr_indicator_get_measure (indicator);

  if (doson_ctr_target_get_kind (target) == DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH)
    return _doson_ctr_words_pick (lang, "%/năm", "%/yr");
  if (doson_ctr_target_kind_is_rate (doson_ctr_target_get_kind (target)) || measure == DOSON_CTR_MEASURE_PERCENT)
    return "%";
  if (measure == DOSON_CTR_MEASURE_BOOLEAN)
    return NULL;
  return doson_ctr_indicator_get_unit (indicator, _doson_ctr_words_tag (lang));
}

/* A threshold, in the unit of the target: rates as percentages. */
static void
append_threshold (GString      *out,
                  double        value,
                  gboolean      rate,
                  const char   *unit,
                  DosonCtrLang  lang)
{
  _doson_ctr_words_append_number (out, rate ? value * 100 : value, lang);
  _doson_ctr_words_append_unit (out, unit, rate ? value * 100 : value, lang);
}

/* The threshold of a ranged target: "within 5–7 %" for a band, "5–7 %"
 * (the floor required, the stretch the ambition) otherwise, the smaller
 * number first.  Returns whether it is written as the size of a fall. */
static gboolean
append_range (GString              *out,
              DosonCtrIndicator    *indicator,
              const DosonCtrTarget *target,
              double                low,
              double                high,
              const char           *unit,
              DosonCtrLang          lang)
{
  gboolean rate = doson_ctr_target_kind_is_rate (doson_ctr_target_get_kind (target));
  DosonCtrDirection direction = doson_ctr_indicator_get_direction (indicator);
  double floor = doson_ctr_target_get_floor (target, direction);
  double stretch = floor;
  gboolean fall = FALSE;

  doson_ctr_target_get_stretch (target, direction, &stretch);
  /* A falling range of growth ("giảm bình quân 7–9 %/năm") reads best as
   * the size of the fall. */
  if (doson_ctr_target_get_kind (target) == DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH && high <= 0)
    {
      fall = TRUE;
      low = -low;
      high = -high;
      floor = -floor;
      stretch = -stretch;
    }
  if (doson_ctr_target_get_range_mode (target) == DOSON_CTR_RANGE_MODE_BAND)
    g_string_append (out, _doson_ctr_words_pick (lang, "trong khoảng ", "within "));
  else
    {
      low = floor;
      high = stretch;
    }
  _doson_ctr_words_append_number (out, rate ? MIN (low, high) * 100 : MIN (low, high), lang);
  g_string_append (out, "–");
  append_threshold (out, MAX (low, high), rate, unit, lang);
  return fall;
}

/* The threshold and the years, as the kind of @target says them. */
static void
append_kind (GString              *out,
             const DosonCtrTarget *target,
             const char           *threshold,
             gboolean              fall,
             DosonCtrLang          lang)
{
  gboolean vi = lang == DOSON_CTR_LANG_VI;
  int first = doson_ctr_target_get_first_year (target);
  int deadline = doson_ctr_target_get_deadline_year (target);
  double value;

  switch (doson_ctr_target_get_kind (target))
    {
    case DOSON_CTR_TARGET_KIND_EVERY_YEAR:
      g_string_append_printf (out, vi ? "%s mỗi năm %d–%d" : "%s every year %d–%d",
                              threshold, first, deadline);
      break;
    case DOSON_CTR_TARGET_KIND_LEVEL:
      g_string_append_printf (out, vi ? "%s đến năm %d" : "%s by %d", threshold, deadline);
      break;
    case DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH:
      if (fall)
        g_string_append_printf (out, vi ? "giảm bình quân %s đến năm %d"
                                        : "average fall of %s to %d", threshold, deadline);
      else
        g_string_append_printf (out, vi ? "tăng bình quân %s đến năm %d"
                                        : "average growth %s to %d", threshold, deadline);
      break;
    case DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR:
      g_string_append_printf (out, vi ? "thay đổi so với năm trước %s, mỗi năm %d–%d"
                                      : "change on the year before %s, every year %d–%d",
                              threshold, first, deadline);
      break;
    case DOSON_CTR_TARGET_KIND_CUMULATIVE:
      g_string_append_printf (out, vi ? "cộng dồn %d–%d %s" : "total %d–%d %s",
                              first, deadline, threshold);
      break;
    case DOSON_CTR_TARGET_KIND_MILESTONE:
    default:
      if (doson_ctr_target_get_value (target, &value) && value == 1)
        g_string_append_printf (out, vi ? "đến năm %d đạt" : "met by %d", deadline);
      else
        g_string_append_printf (out, vi ? "%s đến năm %d" : "%s by %d", threshold, deadline);
      break;
    }
}

void
_doson_ctr_words_append_target (GString              *out,
                                DosonCtrIndicator    *indicator,
                                const DosonCtrTarget *target,
                                DosonCtrLang          lang,
                                gboolean              each_level)
{
  const char *unit = threshold_unit (indicator, target, lang);
  g_autoptr (GString) threshold = g_string_new (NULL);
  gboolean fall = FALSE;
  double value, low, high;

  if (doson_ctr_target_get_range (target, &low, &high))
    fall = append_range (threshold, indicator, target, low, high, unit, lang);
  else if (doson_ctr_target_get_value (target, &value))
    {
      g_string_append (threshold, comparator_symbol (doson_ctr_target_get_comparator (target)));
      g_string_append_c (threshold, ' ');
      append_threshold (threshold, value, doson_ctr_target_kind_is_rate (doson_ctr_target_get_kind (target)), unit, lang);
    }
  append_kind (out, target, threshold->str, fall, lang);

  if (each_level && doson_ctr_target_get_per_disaggregation (target))
    {
      const char *tag = _doson_ctr_words_tag (lang);
      const char *dimension = doson_ctr_indicator_get_disaggregation_name (indicator, tag);
      g_autofree char *initial = NULL;

      if (dimension == NULL)
        dimension = doson_ctr_indicator_get_disaggregation (indicator);
      /* "School level" reads "for each school level" inside a sentence. */
      initial = g_utf8_strdown (dimension, g_utf8_next_char (dimension) - dimension);
      g_string_append_printf (out, lang == DOSON_CTR_LANG_VI ? ", mỗi %s%s" : ", for each %s%s",
                              initial, g_utf8_next_char (dimension));
    }
}

/**
 * doson_ctr_target_describe:
 * @target: a target of @indicator
 * @indicator: the indicator @target belongs to, which gives its unit,
 *   measure, direction and disaggregation
 * @lang: (nullable): the language, by the library's rule (%NULL for
 *   Vietnamese)
 *
 * Says @target in words: its threshold in the unit of @indicator (rates
 * as percentages), the years it covers, and, for a target each
 * disaggregation value must meet, that it is for each value: "≥ 97 % by
 * 2030", "average growth 7 %/yr to 2030", "≥ 90 % by 2030, for each school
 * level", "≥ 97 % đến năm 2030", "tăng bình quân 17–19 %/năm đến năm 2030".
 * Numbers have up to 10 significant digits, grouped by three from 1000
 * up with the separators of the language.
 *
 * Returns: (transfer full): the sentence, to be freed with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_target_describe (const DosonCtrTarget *target,
                           DosonCtrIndicator    *indicator,
                           const char           *lang)
{
  GString *out;

  g_return_val_if_fail (target != NULL, NULL);
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);

  out = g_string_new (NULL);
  _doson_ctr_words_append_target (out, indicator, target, _doson_ctr_lang_from_string (lang), TRUE);
  return g_string_free (out, FALSE);
}
