/* doson-ctr-types.c: the spellings and words of the shared enumerations
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include <glib.h>

#include <doson-ctr/doson-ctr-types.h>

#include "base/doson-ctr-private.h"
#include "base/doson-ctr-text-private.h"

/**
 * SECTION:doson-ctr-types
 * @Title: Shared types
 * @Short_description: status, direction and measure, shared by the
 *   progress methods, the programme model and the assessment
 * @Include: doson-ctr/doson-ctr.h
 *
 * The enumerations that more than one part of the library speaks: the
 * status of a target or series (#DosonCtrStatus), the direction an
 * indicator should move (#DosonCtrDirection) and the kind of number it
 * holds (#DosonCtrMeasure), with their stable string ids.
 */

typedef struct
{
  DosonCtrStatus status;
  const char    *id;
  const char    *label_en;
  const char    *label_vi;
} StatusName;

/* Each status with its identifier and the words reports show for it, in
 * English and Vietnamese, keyed by the status itself. */
static const StatusName status_names[] = {
  { DOSON_CTR_STATUS_NOT_AVAILABLE, "not_available", "Insufficient data", "Chưa đủ số liệu" },
  { DOSON_CTR_STATUS_TARGET_ACHIEVED, "target_achieved", "Achieved", "Đạt" },
  { DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS, "substantial_progress", "On track", "Đúng tiến độ" },
  { DOSON_CTR_STATUS_MODERATE_PROGRESS, "moderate_progress", "Needs acceleration", "Cần đẩy nhanh" },
  { DOSON_CTR_STATUS_LIMITED_PROGRESS, "limited_progress", "Limited progress", "Tiến triển chậm" },
  { DOSON_CTR_STATUS_DETERIORATION, "deterioration", "Moving away", "Xấu đi" },
  { DOSON_CTR_STATUS_ACHIEVED, "achieved", "Achieved", "Đạt" },
  { DOSON_CTR_STATUS_NOT_ACHIEVED, "not_achieved", "Not achieved", "Không đạt" },
  { DOSON_CTR_STATUS_PENDING, "pending", "Not yet due", "Chưa đến hạn" },
};

static const StatusName *
find_status (DosonCtrStatus status)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (status_names); i++)
    if (status_names[i].status == status)
      return &status_names[i];
  return NULL;
}

/**
 * doson_ctr_status_to_string:
 * @status: a #DosonCtrStatus
 *
 * Gives the stable string id of @status: "not_available",
 * "target_achieved", "substantial_progress", "moderate_progress",
 * "limited_progress", "deterioration", "achieved", "not_achieved" or
 * "pending". These ids appear in every output format.
 *
 * Returns: (nullable) (transfer none): the id, a static string, or %NULL
 *   when @status is not a #DosonCtrStatus
 *
 * Since: 0.1
 */
const char *
doson_ctr_status_to_string (DosonCtrStatus status)
{
  const StatusName *n = find_status (status);

  return n != NULL ? n->id : NULL;
}

/**
 * doson_ctr_status_from_string:
 * @str: a status id, as doson_ctr_status_to_string() gives it
 * @status: (out): return location for the status
 *
 * Parses a status id. The match is exact (case-sensitive). @status is left
 * untouched when @str is not a status id.
 *
 * Returns: %TRUE when @str is a status id
 *
 * Since: 0.1
 */
gboolean
doson_ctr_status_from_string (const char     *str,
                              DosonCtrStatus *status)
{
  gsize i;

  g_return_val_if_fail (str != NULL, FALSE);
  g_return_val_if_fail (status != NULL, FALSE);

  for (i = 0; i < G_N_ELEMENTS (status_names); i++)
    {
      if (strcmp (status_names[i].id, str) == 0)
        {
          *status = status_names[i].status;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * doson_ctr_status_get_label:
 * @status: a #DosonCtrStatus
 * @lang: (nullable): a language tag: "vi", "vi-VN" or "vi_VN.UTF-8" for
 *   Vietnamese, "en" or "en-GB" for English; %NULL for the default,
 *   Vietnamese; any other language gives English
 *
 * Gives the human label of @status, the word reports show for it: for
 * example "Đúng tiến độ" / "On track" for
 * %DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS.
 *
 * Returns: (nullable) (transfer none): the UTF-8 label, a static string,
 *   or %NULL when @status is not a #DosonCtrStatus
 *
 * Since: 0.1
 */
const char *
doson_ctr_status_get_label (DosonCtrStatus status,
                            const char    *lang)
{
  const StatusName *n = find_status (status);

  if (n == NULL)
    return NULL;
  return _doson_ctr_lang_from_string (lang) == DOSON_CTR_LANG_VI ? n->label_vi : n->label_en;
}

/**
 * doson_ctr_direction_to_string:
 * @direction: a #DosonCtrDirection
 *
 * Gives "higher" or "lower".
 *
 * Returns: (nullable) (transfer none): a static string, or %NULL when
 *   @direction is not a #DosonCtrDirection
 *
 * Since: 0.1
 */
const char *
doson_ctr_direction_to_string (DosonCtrDirection direction)
{
  switch (direction)
    {
    case DOSON_CTR_DIRECTION_HIGHER:
      return "higher";
    case DOSON_CTR_DIRECTION_LOWER:
      return "lower";
    default:
      return NULL;
    }
}

/**
 * doson_ctr_direction_from_string:
 * @str: "higher" or "lower"; "positive" and "negative", as Open SDG's
 *   configuration spells them, are accepted too
 * @direction: (out): return location for the direction
 *
 * Parses a direction. The match is exact (case-sensitive). @direction is
 * left untouched when @str is not a direction.
 *
 * Returns: %TRUE when @str names a direction
 *
 * Since: 0.1
 */
gboolean
doson_ctr_direction_from_string (const char        *str,
                                 DosonCtrDirection *direction)
{
  g_return_val_if_fail (str != NULL, FALSE);
  g_return_val_if_fail (direction != NULL, FALSE);

  if (strcmp (str, "higher") == 0 || strcmp (str, "positive") == 0)
    *direction = DOSON_CTR_DIRECTION_HIGHER;
  else if (strcmp (str, "lower") == 0 || strcmp (str, "negative") == 0)
    *direction = DOSON_CTR_DIRECTION_LOWER;
  else
    return FALSE;
  return TRUE;
}

static const char * const measure_names[] = {
  "percent", "count", "amount", "boolean"
};

/**
 * doson_ctr_measure_to_string:
 * @measure: a #DosonCtrMeasure
 *
 * Gives the stable spelling of @measure used by the data files:
 * "percent", "count", "amount" or "boolean".
 *
 * Returns: (transfer none): a static string, or %NULL for a value that is
 *   not a #DosonCtrMeasure
 *
 * Since: 0.1
 */
const char *
doson_ctr_measure_to_string (DosonCtrMeasure measure)
{
  if ((guint) measure >= G_N_ELEMENTS (measure_names))
    return NULL;
  return measure_names[measure];
}

/**
 * doson_ctr_measure_from_string:
 * @str: (nullable): a spelling such as "percent"
 * @measure: (out): where to store the measure
 *
 * Reads the spelling given by doson_ctr_measure_to_string().
 *
 * Returns: %TRUE if @str is a known spelling; otherwise %FALSE and
 *   @measure is untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_measure_from_string (const char      *str,
                               DosonCtrMeasure *measure)
{
  guint i;

  g_return_val_if_fail (measure != NULL, FALSE);

  if (str == NULL)
    return FALSE;
  for (i = 0; i < G_N_ELEMENTS (measure_names); i++)
    if (strcmp (str, measure_names[i]) == 0)
      {
        *measure = (DosonCtrMeasure) i;
        return TRUE;
      }
  return FALSE;
}

static const char * const csv_style_names[] = { "plain", "excel", "vi" };

/**
 * doson_ctr_csv_style_to_string:
 * @style: a #DosonCtrCsvStyle
 *
 * Gives the stable spelling of @style: "plain", "excel" or "vi".
 *
 * Returns: (transfer none) (nullable): a static string, or %NULL for a
 *   value that is not a #DosonCtrCsvStyle
 *
 * Since: 0.1
 */
const char *
doson_ctr_csv_style_to_string (DosonCtrCsvStyle style)
{
  if ((guint) style >= G_N_ELEMENTS (csv_style_names))
    return NULL;
  return csv_style_names[style];
}

/**
 * doson_ctr_csv_style_from_string:
 * @str: (nullable): "plain", "excel" or "vi"
 * @style: (out): where to store the style
 *
 * Reads the spelling given by doson_ctr_csv_style_to_string().
 *
 * Returns: %TRUE if @str is a known spelling; otherwise %FALSE and
 *   @style is untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_csv_style_from_string (const char       *str,
                                 DosonCtrCsvStyle *style)
{
  int i;

  g_return_val_if_fail (style != NULL, FALSE);

  if (!_doson_ctr_lookup_name (csv_style_names, G_N_ELEMENTS (csv_style_names), str, &i))
    return FALSE;
  *style = (DosonCtrCsvStyle) i;
  return TRUE;
}

gboolean
_doson_ctr_measure_accepts (DosonCtrMeasure   measure,
                            double            value,
                            const char      **why)
{
  switch (measure)
    {
    case DOSON_CTR_MEASURE_PERCENT:
      *why = "a percentage from 0 to 100";
      return value >= 0.0 && value <= 100.0;
    case DOSON_CTR_MEASURE_COUNT:
      *why = "a count, not negative";
      return value >= 0.0;
    case DOSON_CTR_MEASURE_BOOLEAN:
      *why = "1 for yes or 0 for no";
      return value == 0.0 || value == 1.0;
    case DOSON_CTR_MEASURE_AMOUNT:
    default:
      *why = "a finite number";
      return isfinite (value);
    }
}

/**
 * doson_ctr_lang_normalize:
 * @lang: (nullable): a language tag or a locale name: "vi", "vi-VN" and
 *   "vi_VN.UTF-8" are Vietnamese, "en", "en-GB" and "en_US.UTF-8"
 *   English, in any case
 *
 * Reads @lang by the one rule every function of the library that takes a
 * language follows, for a caller that must tell a language it does not
 * know from one it does (a command-line option, a locale variable).
 *
 * Returns: (nullable) (transfer none): "vi" or "en", or %NULL when @lang
 *   is %NULL or names another language
 *
 * Since: 0.1
 */
const char *
doson_ctr_lang_normalize (const char *lang)
{
  DosonCtrLang parsed;

  if (lang == NULL || !_doson_ctr_lang_parse (lang, &parsed))
    return NULL;
  return parsed == DOSON_CTR_LANG_VI ? "vi" : "en";
}
