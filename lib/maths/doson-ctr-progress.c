/* doson-ctr-progress.c: published methods of measuring progress to a target
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The method names, the summary of a series, and the evaluation shared by
 * the methods: the choice of base and current observations, the 0.001
 * rule and the target-achieved rule, as sdg-build applies them (its
 * source is cited in doson-ctr-progress-open-sdg.c).  The methods
 * themselves are in doson-ctr-progress-open-sdg.c and
 * doson-ctr-progress-unsd.c.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>
#include <stdlib.h>

#include <glib.h>
#include <glib-object.h>

#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-progress.h>

#include "maths/doson-ctr-progress-method-private.h"

/**
 * SECTION:doson-ctr-progress
 * @Title: Progress methods
 * @Short_description: published methods of measuring progress towards a
 *   target: Open SDG, UNSD ratio, UNSD expected value
 * @Include: doson-ctr/doson-ctr.h
 *
 * A series is a set of (year, value) observations of one indicator.
 * doson_ctr_progress_compute() measures its progress with one of three
 * published methods, named by #DosonCtrProgressMethod:
 *
 * - `open-sdg`: the method of Statistics Canada as built into Open SDG
 *   (sdg-build 2.4.0, sdg/ProgressMeasure.py), reproduced operation by
 *   operation. The base is the configured base year, or the first later
 *   year with data; the current year is the latest year with data. With a
 *   target, the progress value is `PV = s·d·CAGR_a / |CAGR_r|` with
 *   cut-offs 0.95 / 0.60 / 0; without one, `PV = s·d·CAGR_a` with cut-offs
 *   0.015·C / 0.005·C / 0·C, C scaling them near a natural limit. s is −1
 *   for a negative base, d is +1 when higher is better. A target already
 *   met gives `target_achieved` and score 5 whatever the trend. A base or
 *   target of exactly 0 is replaced by 0.001. The score runs from −5 to +5
 *   and doson_ctr_progress_combine() averages the scores of several series.
 * - `unsd-ratio`: the UN Statistics Division Progress Chart (2020–2022):
 *   `CR = CAGR_a / CAGR_r`, cut-offs 0.95 / 0.5 / −0.1.
 * - `expected-value`: the UN Statistics Division method from 2023:
 *   `v̂_T = v_t (1 + CAGR_a)^(T − t)`, `P = (v̂_T − v_b) / (v_T − v_b)`,
 *   same cut-offs as `unsd-ratio`.
 *
 * The three methods share the choice of base and current observations, the
 * 0.001 rule, the mixed-sign rule and the target-achieved rule, so that
 * their results can be compared.
 *
 * Every result explains itself (doson_ctr_progress_result_explain()); a
 * figure that a result does not have is reported as absent, never as 0.
 *
 * A target of the opposite sign to the base makes Open SDG's required
 * growth a complex number, whose modulus Python's abs() takes; `open-sdg`
 * reproduces that, as CPython computes it.
 *
 * Where sdg-build raises an exception instead of giving a result, the
 * library decides:
 * - no year at or after the base year (sdg-build: ValueError): no
 *   progress value; `target_achieved` (score 5) when the current value
 *   meets the target, else `not_available`;
 * - a target equal to the base, so that CAGR_r = 0 (sdg-build:
 *   ZeroDivisionError): no progress value; `target_achieved` (score 5)
 *   when the current value meets the target, else `deterioration`
 *   (score −5): the current value has moved away from a target the base
 *   had reached;
 * - a target year not after the base year (sdg-build: ZeroDivisionError
 *   when equal, a backwards extrapolation when earlier): no progress value;
 *   `target_achieved` or `not_available`.
 *
 * The UNSD methods, as this library applies them:
 * - they need a target; without one the result is `not_available`;
 * - status mapping: CR or P ≥ 0.95 `substantial_progress` (on track),
 *   ≥ 0.5 `moderate_progress` (fair progress, acceleration needed),
 *   ≥ −0.1 `limited_progress` (limited or no progress), below
 *   `deterioration`; each cut-off belongs to the better status;
 * - the direction enters through the target: for lower-is-better both
 *   CAGR_a and CAGR_r are negative when things go well, so CR needs no
 *   sign correction, and P is a share of the base-to-target gap in either
 *   direction;
 * - when the base already meets the target (the target equals the base or
 *   lies behind it in the desired direction) the published ratios divide
 *   by a zero or wrongly signed rate or gap: there is no progress value,
 *   and the status is `target_achieved` when the current value meets the
 *   target, `deterioration` when it no longer does (as `open-sdg` does
 *   for a target equal to the base);
 * - a target of the opposite sign to the base leaves CAGR_r undefined:
 *   `unsd-ratio` gives `not_available` (unless the target is achieved);
 *   `expected-value`, which needs only CAGR_a, still gives P;
 * - they have no score, so doson_ctr_progress_combine() skips them.
 *
 * Since: 0.1
 */

/**
 * doson_ctr_progress_method_to_string:
 * @method: a #DosonCtrProgressMethod
 *
 * Gives "open-sdg", "unsd-ratio" or "expected-value".
 *
 * Returns: (nullable) (transfer none): a static string, or %NULL when
 *   @method is not a #DosonCtrProgressMethod
 *
 * Since: 0.1
 */
const char *
doson_ctr_progress_method_to_string (DosonCtrProgressMethod method)
{
  switch (method)
    {
    case DOSON_CTR_PROGRESS_METHOD_OPEN_SDG:
      return "open-sdg";
    case DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO:
      return "unsd-ratio";
    case DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE:
      return "expected-value";
    default:
      return NULL;
    }
}

/**
 * doson_ctr_progress_method_from_string:
 * @str: "open-sdg", "unsd-ratio" or "expected-value"
 * @method: (out): return location for the method
 *
 * Parses a method name. The match is exact (case-sensitive). @method is
 * left untouched when @str is not a method name.
 *
 * Returns: %TRUE when @str names a method
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_method_from_string (const char             *str,
                                       DosonCtrProgressMethod *method)
{
  g_return_val_if_fail (str != NULL, FALSE);
  g_return_val_if_fail (method != NULL, FALSE);

  if (strcmp (str, "open-sdg") == 0)
    *method = DOSON_CTR_PROGRESS_METHOD_OPEN_SDG;
  else if (strcmp (str, "unsd-ratio") == 0)
    *method = DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO;
  else if (strcmp (str, "expected-value") == 0)
    *method = DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE;
  else
    return FALSE;
  return TRUE;
}

gboolean
_doson_ctr_progress_method_is_valid (DosonCtrProgressMethod method)
{
  return method == DOSON_CTR_PROGRESS_METHOD_OPEN_SDG
         || method == DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO
         || method == DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE;
}

void
_doson_ctr_series_summary_init (DosonCtrSeriesSummary *s)
{
  g_return_if_fail (s != NULL);
  memset (s, 0, sizeof *s);
}

gboolean
_doson_ctr_series_summary_add (DosonCtrSeriesSummary          *s,
                               const DosonCtrProgressSettings *settings,
                               int                             year,
                               double                          value)
{
  const DosonCtrProgressSettings *st = _doson_ctr_progress_settings_or_default (settings);

  g_return_val_if_fail (s != NULL, FALSE);

  if (!isfinite (value))
    return FALSE;
  _doson_ctr_series_summary_feed (s, st->has_base_year, st->base_year, year, value);
  return TRUE;
}

DosonCtrProgressReason
_doson_ctr_progress_span_reason (const DosonCtrProgressResult *r)
{
  if (r->base_value > 0 && r->current_value < 0)
    return DOSON_CTR_PROGRESS_REASON_MIXED_SIGNS;
  if (r->base_value < 0 && r->current_value > 0)
    return DOSON_CTR_PROGRESS_REASON_MIXED_SIGNS;
  if (r->current_year <= r->base_year)
    return DOSON_CTR_PROGRESS_REASON_ONE_YEAR;
  return DOSON_CTR_PROGRESS_REASON_NONE;
}

void
_doson_ctr_progress_evaluate (DosonCtrProgressMethod          method,
                              const DosonCtrProgressSettings *settings,
                              const DosonCtrSeriesSummary    *summary,
                              DosonCtrProgressResult         *result)
{
  const DosonCtrProgressSettings *st = _doson_ctr_progress_settings_or_default (settings);
  DosonCtrProgressResult *r = result;
  int d;

  g_return_if_fail (_doson_ctr_progress_method_is_valid (method));
  g_return_if_fail (summary != NULL);
  g_return_if_fail (result != NULL);

  memset (r, 0, sizeof *r);
  r->method = method;
  r->status = DOSON_CTR_STATUS_NOT_AVAILABLE;
  r->direction = st->direction;
  r->n_years = summary->n_years;
  /* sdg-build: direction = 1 if config direction == 'positive' else -1 */
  d = (st->direction == DOSON_CTR_DIRECTION_HIGHER) ? 1 : -1;

  if (st->has_target)
    {
      /* sdg-build __init__: if target == 0: target = 0.001 */
      r->has_target = TRUE;
      r->target_year = st->target_year;
      r->target_substituted = (st->target == 0);
      r->target_value = r->target_substituted ? 0.001 : st->target;
    }
  if (method == DOSON_CTR_PROGRESS_METHOD_OPEN_SDG && st->has_limit && !st->has_target)
    {
      r->has_limit = TRUE;
      r->limit = st->limit;
    }

  if (!summary->has_current)
    {
      r->reason = DOSON_CTR_PROGRESS_REASON_NO_DATA;
      return;
    }
  r->has_current = TRUE;
  r->current_year = summary->current_year;
  r->current_value = summary->current_value;

  /* sdg-build is_target_achieved(), on the current value and the target
   * after the 0.001 rule, whatever else happens */
  if (r->has_target)
    r->target_achieved = (d == -1 && r->current_value <= r->target_value)
                         || (d == 1 && r->current_value >= r->target_value);

  if (!summary->has_base)
    {
      /* sdg-build raises ValueError here (no year at or after the base
       * year); here: no progress value, the target-achieved rule alone */
      r->reason = DOSON_CTR_PROGRESS_REASON_NO_BASE;
      if (r->target_achieved)
        {
          r->status = DOSON_CTR_STATUS_TARGET_ACHIEVED;
          if (method == DOSON_CTR_PROGRESS_METHOD_OPEN_SDG)
            {
              r->has_score = TRUE;
              r->score = 5;
            }
        }
      return;
    }

  r->has_base = TRUE;
  r->base_year = summary->base_year;
  /* sdg-build: sign from the base value before the 0.001 rule */
  r->sign = summary->base_value < 0 ? -1 : 1;
  /* sdg-build calculate_progress_value(): base_value == 0 -> 0.001 */
  r->base_substituted = (summary->base_value == 0);
  r->base_value = r->base_substituted ? 0.001 : summary->base_value;

  if (method == DOSON_CTR_PROGRESS_METHOD_OPEN_SDG)
    _doson_ctr_progress_evaluate_open_sdg (st, summary->base_value, d, r);
  else
    _doson_ctr_progress_evaluate_unsd (method, st, d, r);
}

static int
compare_int (const void *a,
             const void *b)
{
  int x = *(const int *) a;
  int y = *(const int *) b;

  return (x > y) - (x < y);
}

/**
 * doson_ctr_progress_compute:
 * @method: the method to apply
 * @settings: (nullable): the settings of the series, or %NULL for the
 *   defaults of doson_ctr_progress_settings_new()
 * @years: (array length=n_values) (nullable): the years of the
 *   observations, in any order, each at most once
 * @values: (array length=n_values) (nullable): the values, @values[i]
 *   observed in @years[i]
 * @n_values: the number of observations; 0 is allowed and gives a
 *   `not_available` result
 * @error: return location for a #GError, or %NULL
 *
 * Measures the progress of one series with @method.
 *
 * The base observation is the configured base year's, or the first later
 * year's; without a configured base year, the earliest year's. The current
 * observation is the latest year's. Too little data (no base, a single
 * year, base and current of opposite signs) is not an error: the result
 * then has status %DOSON_CTR_STATUS_NOT_AVAILABLE (or
 * %DOSON_CTR_STATUS_TARGET_ACHIEVED when the current value meets the
 * target) and no progress value; doson_ctr_progress_result_explain() says
 * why.
 *
 * Errors: %DOSON_CTR_ERROR_NOT_FINITE when a value is NaN or infinite
 * (missing data must be left out, never passed as a number);
 * %DOSON_CTR_ERROR_INVALID_DATA when a year appears twice.
 *
 * Returns: (transfer full) (nullable): the result, freed with
 *   doson_ctr_progress_result_free(), or %NULL with @error set
 *
 * Since: 0.1
 */
DosonCtrProgressResult *
doson_ctr_progress_compute (DosonCtrProgressMethod          method,
                            const DosonCtrProgressSettings *settings,
                            const int                      *years,
                            const double                   *values,
                            gsize                           n_values,
                            GError                        **error)
{
  DosonCtrSeriesSummary summary;
  DosonCtrProgressResult result;
  gsize i;

  g_return_val_if_fail (_doson_ctr_progress_method_is_valid (method), NULL);
  g_return_val_if_fail (n_values == 0 || (years != NULL && values != NULL), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (i = 0; i < n_values; i++)
    {
      if (!isfinite (values[i]))
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE,
                       "values[%" G_GSIZE_FORMAT "] (year %d): the value is %s, "
                       "not a finite number; leave missing data out",
                       i, years[i], isnan (values[i]) ? "NaN" : "infinite");
          return NULL;
        }
    }

  if (n_values > 1)
    {
      g_autofree int *sorted = g_memdup2 (years, n_values * sizeof (int));

      qsort (sorted, n_values, sizeof (int), compare_int);
      for (i = 1; i < n_values; i++)
        {
          if (sorted[i] == sorted[i - 1])
            {
              g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                           "years: year %d appears more than once; a series "
                           "has at most one value a year", sorted[i]);
              return NULL;
            }
        }
    }

  _doson_ctr_series_summary_init (&summary);
  for (i = 0; i < n_values; i++)
    _doson_ctr_series_summary_add (&summary, settings, years[i], values[i]);

  _doson_ctr_progress_evaluate (method, settings, &summary, &result);
  return _doson_ctr_progress_result_dup (&result);
}
