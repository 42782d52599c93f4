/* doson-ctr-progress.c: published methods of measuring progress to a target
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The `open-sdg` method reproduces, operation by operation, the Python of
 * the Open SDG build tool:
 *
 *   repository open-sdg/sdg-build, file sdg/ProgressMeasure.py,
 *   commit 139fede74ba534d2ed8b9eee4cd878b41f54cb67 (the class-based
 *   version with scores, limits, the 0.001 rule for base and target, the
 *   mean roll-up and get_progress_calculation_components(); sdg-build 2.4.0
 *   line), read together with its public description, repository
 *   open-sdg/open-sdg, file docs/progress-methodology.md, commit
 *   26d2e38700e4fee329fea4823e908c4298064693.
 *
 * Where the Python is ambiguous or fails, the choice made here is written
 * next to the code, marked "sdg-build:".  A transcription of the Python
 * used to check this file is tests/data/open_sdg_reference.py.
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

#include "base/doson-ctr-text-private.h"
#include "maths/doson-ctr-progress-private.h"

/* Every formula below must round exactly as the Python does: no fused
 * multiply-add may merge an a * b + c that Python evaluates as two
 * roundings. */
#if defined(__clang__)
# pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
# pragma GCC optimize ("fp-contract=off")
#endif

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
 *   and doson_ctr_progress_rollup() averages the scores of several series.
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
 * - they have no score, so doson_ctr_progress_rollup() skips them.
 *
 * Since: 0.1
 */

/* ------------------------------------------------------------------ */
/* Method names                                                        */
/* ------------------------------------------------------------------ */

static gboolean
lang_is_vi (const char *lang)
{
  return _doson_ctr_lang_from_string (lang) == DOSON_CTR_LANG_VI;
}

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

static gboolean
method_is_valid (DosonCtrProgressMethod method)
{
  return method == DOSON_CTR_PROGRESS_METHOD_OPEN_SDG
         || method == DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO
         || method == DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE;
}

/* ------------------------------------------------------------------ */
/* Cut-offs                                                            */
/* ------------------------------------------------------------------ */

G_DEFINE_BOXED_TYPE (DosonCtrCutoffs, doson_ctr_cutoffs,
                     doson_ctr_cutoffs_copy, doson_ctr_cutoffs_free)

/* sdg-build get_progress_thresholds(): method 2 (with a target) */
static const DosonCtrCutoffs open_sdg_target_cutoffs = { 0.95, 0.6, 0 };
/* sdg-build get_progress_thresholds(): method 1 (no target), before C */
static const DosonCtrCutoffs open_sdg_trend_cutoffs = { 0.015, 0.005, 0 };
/* UNSD Progress Chart: on track / fair / limited or none / deterioration */
static const DosonCtrCutoffs unsd_cutoffs = { 0.95, 0.5, -0.1 };
/* sdg-build get_progress_status_from_score(): score bands */
static const DosonCtrCutoffs score_cutoffs = { 2.5, 0, -2.5 };

/**
 * doson_ctr_cutoffs_new:
 * @substantial: the least value that is substantial progress
 * @moderate: the least value that is moderate progress
 * @limited: the least value that is limited progress; below it is
 *   deterioration
 * @error: return location for a #GError, or %NULL
 *
 * Makes a set of cut-offs. The three must be finite and strictly
 * decreasing; otherwise %DOSON_CTR_ERROR_INVALID_CUTOFFS is set.
 *
 * Returns: (transfer full) (nullable): the new cut-offs, freed with
 *   doson_ctr_cutoffs_free(), or %NULL with @error set
 *
 * Since: 0.1
 */
DosonCtrCutoffs *
doson_ctr_cutoffs_new (double   substantial,
                       double   moderate,
                       double   limited,
                       GError **error)
{
  DosonCtrCutoffs *c;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!isfinite (substantial) || !isfinite (moderate) || !isfinite (limited))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_CUTOFFS,
                   "cut-offs %g / %g / %g: every cut-off must be a finite number",
                   substantial, moderate, limited);
      return NULL;
    }
  if (!(substantial > moderate && moderate > limited))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_CUTOFFS,
                   "cut-offs %g / %g / %g: they must be strictly decreasing "
                   "(substantial > moderate > limited)",
                   substantial, moderate, limited);
      return NULL;
    }

  c = g_new (DosonCtrCutoffs, 1);
  c->substantial = substantial;
  c->moderate = moderate;
  c->limited = limited;
  return c;
}

/**
 * doson_ctr_cutoffs_new_default:
 * @method: a #DosonCtrProgressMethod
 *
 * Gives the published cut-offs of @method: 0.95 / 0.60 / 0 for `open-sdg`
 * (those of a series with a target; a series without a target uses
 * 0.015 / 0.005 / 0, scaled by C, see doson_ctr_progress_result_get_cutoffs()),
 * 0.95 / 0.5 / −0.1 for `unsd-ratio` and `expected-value`.
 *
 * Returns: (transfer full): new cut-offs, freed with doson_ctr_cutoffs_free()
 *
 * Since: 0.1
 */
DosonCtrCutoffs *
doson_ctr_cutoffs_new_default (DosonCtrProgressMethod method)
{
  g_return_val_if_fail (method_is_valid (method), NULL);

  if (method == DOSON_CTR_PROGRESS_METHOD_OPEN_SDG)
    return g_memdup2 (&open_sdg_target_cutoffs, sizeof (DosonCtrCutoffs));
  return g_memdup2 (&unsd_cutoffs, sizeof (DosonCtrCutoffs));
}

/**
 * doson_ctr_cutoffs_copy:
 * @cutoffs: a #DosonCtrCutoffs
 *
 * Copies @cutoffs.
 *
 * Returns: (transfer full): the copy, freed with doson_ctr_cutoffs_free()
 *
 * Since: 0.1
 */
DosonCtrCutoffs *
doson_ctr_cutoffs_copy (const DosonCtrCutoffs *cutoffs)
{
  g_return_val_if_fail (cutoffs != NULL, NULL);

  return g_memdup2 (cutoffs, sizeof (DosonCtrCutoffs));
}

/**
 * doson_ctr_cutoffs_free:
 * @cutoffs: (nullable) (transfer full): a #DosonCtrCutoffs
 *
 * Frees @cutoffs. Does nothing when @cutoffs is %NULL.
 *
 * Since: 0.1
 */
void
doson_ctr_cutoffs_free (DosonCtrCutoffs *cutoffs)
{
  g_free (cutoffs);
}

/**
 * doson_ctr_cutoffs_get_substantial:
 * @cutoffs: a #DosonCtrCutoffs
 *
 * Gives the first and highest cut-off: a value at or above it is
 * %DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS.
 *
 * Returns: the least value that is substantial progress
 *
 * Since: 0.1
 */
double
doson_ctr_cutoffs_get_substantial (const DosonCtrCutoffs *cutoffs)
{
  g_return_val_if_fail (cutoffs != NULL, NAN);
  return cutoffs->substantial;
}

/**
 * doson_ctr_cutoffs_get_moderate:
 * @cutoffs: a #DosonCtrCutoffs
 *
 * Gives the second cut-off: a value at or above it, but below the
 * substantial cut-off, is %DOSON_CTR_STATUS_MODERATE_PROGRESS.
 *
 * Returns: the least value that is moderate progress
 *
 * Since: 0.1
 */
double
doson_ctr_cutoffs_get_moderate (const DosonCtrCutoffs *cutoffs)
{
  g_return_val_if_fail (cutoffs != NULL, NAN);
  return cutoffs->moderate;
}

/**
 * doson_ctr_cutoffs_get_limited:
 * @cutoffs: a #DosonCtrCutoffs
 *
 * Gives the third and lowest cut-off: a value at or above it, but below the
 * moderate cut-off, is %DOSON_CTR_STATUS_LIMITED_PROGRESS; a value below it
 * is %DOSON_CTR_STATUS_DETERIORATION.
 *
 * Returns: the least value that is limited progress; below it is
 *   deterioration
 *
 * Since: 0.1
 */
double
doson_ctr_cutoffs_get_limited (const DosonCtrCutoffs *cutoffs)
{
  g_return_val_if_fail (cutoffs != NULL, NAN);
  return cutoffs->limited;
}

/* sdg-build get_progress_status(), without the target-achieved test:
 * the same comparisons in the same order, so that equal cut-offs (C = 0)
 * and -0.0 behave as in the Python. */
static DosonCtrStatus
classify (const DosonCtrCutoffs *c,
          double                 value)
{
  double x = c->substantial, y = c->moderate, z = c->limited;

  if (value >= x)
    return DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS;
  else if (y <= value && value < x)
    return DOSON_CTR_STATUS_MODERATE_PROGRESS;
  else if (z <= value && value < y)
    return DOSON_CTR_STATUS_LIMITED_PROGRESS;
  else if (value < z)
    return DOSON_CTR_STATUS_DETERIORATION;
  return DOSON_CTR_STATUS_NOT_AVAILABLE;
}

/**
 * doson_ctr_cutoffs_classify:
 * @cutoffs: a #DosonCtrCutoffs
 * @value: a progress value
 *
 * Classifies @value: at or above the substantial cut-off,
 * %DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS; at or above the moderate one,
 * %DOSON_CTR_STATUS_MODERATE_PROGRESS; at or above the limited one,
 * %DOSON_CTR_STATUS_LIMITED_PROGRESS; below it,
 * %DOSON_CTR_STATUS_DETERIORATION. A value of −0.0 compares equal to 0.
 * NaN gives %DOSON_CTR_STATUS_NOT_AVAILABLE.
 *
 * Returns: the status of @value
 *
 * Since: 0.1
 */
DosonCtrStatus
doson_ctr_cutoffs_classify (const DosonCtrCutoffs *cutoffs,
                            double                 value)
{
  g_return_val_if_fail (cutoffs != NULL, DOSON_CTR_STATUS_NOT_AVAILABLE);
  return classify (cutoffs, value);
}

/* ------------------------------------------------------------------ */
/* Settings                                                            */
/* ------------------------------------------------------------------ */

G_DEFINE_BOXED_TYPE (DosonCtrProgressSettings, doson_ctr_progress_settings,
                     doson_ctr_progress_settings_copy,
                     doson_ctr_progress_settings_free)

static const DosonCtrProgressSettings default_settings = {
  DOSON_CTR_DIRECTION_HIGHER,
  FALSE, 0, 0,
  FALSE, 0,
  FALSE, 0,
  FALSE, { 0, 0, 0 }
};

/**
 * doson_ctr_progress_settings_new:
 *
 * Makes the settings of one series with the library's defaults: higher is
 * better, no target, no base year (the earliest year with data is the
 * base), no natural limit, the method's own cut-offs. Passing %NULL
 * settings to doson_ctr_progress_compute() means the same.
 *
 * Open SDG's own configuration defaults differ: base year 2015, target
 * year 2030, direction "negative" (lower is better). To reproduce a
 * published Open SDG configuration that leaves them out, set them
 * explicitly.
 *
 * Returns: (transfer full): new settings, freed with
 *   doson_ctr_progress_settings_free()
 *
 * Since: 0.1
 */
DosonCtrProgressSettings *
doson_ctr_progress_settings_new (void)
{
  return g_memdup2 (&default_settings, sizeof (DosonCtrProgressSettings));
}

/**
 * doson_ctr_progress_settings_copy:
 * @settings: a #DosonCtrProgressSettings
 *
 * Copies @settings.
 *
 * Returns: (transfer full): the copy, freed with
 *   doson_ctr_progress_settings_free()
 *
 * Since: 0.1
 */
DosonCtrProgressSettings *
doson_ctr_progress_settings_copy (const DosonCtrProgressSettings *settings)
{
  g_return_val_if_fail (settings != NULL, NULL);
  return g_memdup2 (settings, sizeof (DosonCtrProgressSettings));
}

/**
 * doson_ctr_progress_settings_free:
 * @settings: (nullable) (transfer full): a #DosonCtrProgressSettings
 *
 * Frees @settings. Does nothing when @settings is %NULL.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_free (DosonCtrProgressSettings *settings)
{
  g_free (settings);
}

/**
 * doson_ctr_progress_settings_set_direction:
 * @settings: a #DosonCtrProgressSettings
 * @direction: which way the indicator should move
 *
 * Sets the desired direction (d = +1 for higher, −1 for lower).
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_set_direction (DosonCtrProgressSettings *settings,
                                           DosonCtrDirection         direction)
{
  g_return_if_fail (settings != NULL);
  g_return_if_fail (direction == DOSON_CTR_DIRECTION_HIGHER
                    || direction == DOSON_CTR_DIRECTION_LOWER);
  settings->direction = direction;
}

/**
 * doson_ctr_progress_settings_get_direction:
 * @settings: a #DosonCtrProgressSettings
 *
 * Gives which way the series should move
 * (doson_ctr_progress_settings_set_direction());
 * %DOSON_CTR_DIRECTION_HIGHER by default.
 *
 * Returns: the desired direction
 *
 * Since: 0.1
 */
DosonCtrDirection
doson_ctr_progress_settings_get_direction (const DosonCtrProgressSettings *settings)
{
  g_return_val_if_fail (settings != NULL, DOSON_CTR_DIRECTION_HIGHER);
  return settings->direction;
}

/**
 * doson_ctr_progress_settings_set_target:
 * @settings: a #DosonCtrProgressSettings
 * @target: the target value, finite; 0 is allowed (the `open-sdg` method,
 *   and the others for consistency, compute with 0.001 instead)
 * @target_year: the year by which @target should be reached
 *
 * Sets the target. With a target, `open-sdg` compares the actual growth
 * with the growth required to reach it; without one, it judges the trend
 * alone. `unsd-ratio` and `expected-value` need a target.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_set_target (DosonCtrProgressSettings *settings,
                                        double                    target,
                                        int                       target_year)
{
  g_return_if_fail (settings != NULL);
  g_return_if_fail (isfinite (target));

  settings->has_target = TRUE;
  settings->target = target;
  settings->target_year = target_year;
}

/**
 * doson_ctr_progress_settings_unset_target:
 * @settings: a #DosonCtrProgressSettings
 *
 * Removes the target.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_unset_target (DosonCtrProgressSettings *settings)
{
  g_return_if_fail (settings != NULL);
  settings->has_target = FALSE;
  settings->target = 0;
  settings->target_year = 0;
}

/**
 * doson_ctr_progress_settings_get_target:
 * @settings: a #DosonCtrProgressSettings
 * @target: (out) (optional): return location for the target value, as set
 * @target_year: (out) (optional): return location for the target year
 *
 * Gets the target. The out arguments are untouched when there is none.
 *
 * Returns: %TRUE when a target is set
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_settings_get_target (const DosonCtrProgressSettings *settings,
                                        double                         *target,
                                        int                            *target_year)
{
  g_return_val_if_fail (settings != NULL, FALSE);

  if (!settings->has_target)
    return FALSE;
  if (target != NULL)
    *target = settings->target;
  if (target_year != NULL)
    *target_year = settings->target_year;
  return TRUE;
}

/**
 * doson_ctr_progress_settings_set_base_year:
 * @settings: a #DosonCtrProgressSettings
 * @base_year: the base year
 *
 * Sets the base year. The base observation is that year's, or when the
 * series has no value for it, the first later year's (as Open SDG does);
 * earlier years are never the base nor the current observation.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_set_base_year (DosonCtrProgressSettings *settings,
                                           int                       base_year)
{
  g_return_if_fail (settings != NULL);
  settings->has_base_year = TRUE;
  settings->base_year = base_year;
}

/**
 * doson_ctr_progress_settings_unset_base_year:
 * @settings: a #DosonCtrProgressSettings
 *
 * Removes the base year: the earliest year with data becomes the base.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_unset_base_year (DosonCtrProgressSettings *settings)
{
  g_return_if_fail (settings != NULL);
  settings->has_base_year = FALSE;
  settings->base_year = 0;
}

/**
 * doson_ctr_progress_settings_get_base_year:
 * @settings: a #DosonCtrProgressSettings
 * @base_year: (out) (optional): return location for the base year
 *
 * Gets the configured base year; @base_year is untouched when there is
 * none.
 *
 * Returns: %TRUE when a base year is set
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_settings_get_base_year (const DosonCtrProgressSettings *settings,
                                           int                            *base_year)
{
  g_return_val_if_fail (settings != NULL, FALSE);

  if (!settings->has_base_year)
    return FALSE;
  if (base_year != NULL)
    *base_year = settings->base_year;
  return TRUE;
}

/**
 * doson_ctr_progress_settings_set_limit:
 * @settings: a #DosonCtrProgressSettings
 * @limit: the natural limit of the indicator (for example 100 for a
 *   percentage), finite
 *
 * Sets a natural limit. Only the `open-sdg` method uses it, and only for a
 * series without a target: the cut-offs are then multiplied by
 * C = 1 when |v_b| ≥ 2|l|, 1 − (|v_b|/|l|)^4.44 when |v_b| ≤ |l|, and
 * 1 − ((2|l| − |v_b|)/|l|)^4.44 between.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_set_limit (DosonCtrProgressSettings *settings,
                                       double                    limit)
{
  g_return_if_fail (settings != NULL);
  g_return_if_fail (isfinite (limit));
  settings->has_limit = TRUE;
  settings->limit = limit;
}

/**
 * doson_ctr_progress_settings_unset_limit:
 * @settings: a #DosonCtrProgressSettings
 *
 * Removes the natural limit.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_unset_limit (DosonCtrProgressSettings *settings)
{
  g_return_if_fail (settings != NULL);
  settings->has_limit = FALSE;
  settings->limit = 0;
}

/**
 * doson_ctr_progress_settings_get_limit:
 * @settings: a #DosonCtrProgressSettings
 * @limit: (out) (optional): return location for the limit
 *
 * Gets the natural limit; @limit is untouched when there is none.
 *
 * Returns: %TRUE when a limit is set
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_settings_get_limit (const DosonCtrProgressSettings *settings,
                                       double                         *limit)
{
  g_return_val_if_fail (settings != NULL, FALSE);

  if (!settings->has_limit)
    return FALSE;
  if (limit != NULL)
    *limit = settings->limit;
  return TRUE;
}

/**
 * doson_ctr_progress_settings_set_cutoffs:
 * @settings: a #DosonCtrProgressSettings
 * @cutoffs: (nullable): the cut-offs to use, or %NULL for the method's own
 *
 * Sets the caller's cut-offs; @cutoffs is copied. They replace the
 * published cut-offs of whichever case applies, as Open SDG's
 * `progress_thresholds` option does: for `open-sdg` with a target they
 * replace 0.95 / 0.60 / 0; for `open-sdg` without a target they replace
 * 0.015 / 0.005 / 0 and are then multiplied by the limit scale C like the
 * published ones; for `unsd-ratio` and `expected-value` they replace
 * 0.95 / 0.5 / −0.1. The `open-sdg` score formulas are fixed, as in Open
 * SDG, whatever the cut-offs.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_set_cutoffs (DosonCtrProgressSettings *settings,
                                         const DosonCtrCutoffs    *cutoffs)
{
  g_return_if_fail (settings != NULL);

  if (cutoffs == NULL)
    {
      settings->has_cutoffs = FALSE;
      memset (&settings->cutoffs, 0, sizeof settings->cutoffs);
      return;
    }
  settings->has_cutoffs = TRUE;
  settings->cutoffs = *cutoffs;
}

/**
 * doson_ctr_progress_settings_get_cutoffs:
 * @settings: a #DosonCtrProgressSettings
 *
 * Gets the caller's cut-offs.
 *
 * Returns: (nullable) (transfer none): the cut-offs, owned by @settings
 *   and valid until it is changed or freed, or %NULL when the method's own
 *   apply
 *
 * Since: 0.1
 */
const DosonCtrCutoffs *
doson_ctr_progress_settings_get_cutoffs (const DosonCtrProgressSettings *settings)
{
  g_return_val_if_fail (settings != NULL, NULL);
  return settings->has_cutoffs ? &settings->cutoffs : NULL;
}

/* ------------------------------------------------------------------ */
/* The summary of a series                                             */
/* ------------------------------------------------------------------ */

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
  const DosonCtrProgressSettings *st = settings != NULL ? settings : &default_settings;

  g_return_val_if_fail (s != NULL, FALSE);

  if (!isfinite (value))
    return FALSE;

  s->n_years++;

  /* sdg-build: current_year = years.max() */
  if (!s->has_current || year > s->current_year)
    {
      s->has_current = TRUE;
      s->current_year = year;
      s->current_value = value;
    }

  /* sdg-build: the configured base year if it is in the data, else
   * years[years > base_year].min(), i.e. the least year >= base_year */
  if (!st->has_base_year || year >= st->base_year)
    {
      if (!s->has_base || year < s->base_year)
        {
          s->has_base = TRUE;
          s->base_year = year;
          s->base_value = value;
        }
    }

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* The methods                                                         */
/* ------------------------------------------------------------------ */

/* sdg-build growth_calculation():
 *   ((val1 / val2) ** (1 / (t1 - t2))) - 1
 * in Python float arithmetic: 1 / n is the correctly rounded 1.0 / n, and
 * float ** float is C pow() (CPython float_pow), except that a negative
 * base with a fractional exponent turns complex (CPython hands it to
 * complex_pow, i.e. _Py_c_pow).  Only a real result is returned here;
 * growth_calculation_py() also gives the complex one. */
static double
growth_calculation (double val1,
                    double val2,
                    int    t1,
                    int    t2)
{
  return pow (val1 / val2, 1.0 / ((double) t1 - (double) t2)) - 1.0;
}

/* The same, with Python's complex result: returns FALSE and sets *re, *im
 * to the complex value minus 1 when the power is complex.  CPython 3
 * _Py_c_pow (a, b) for a = (x, 0), x < 0, b = (y, 0), y not an integer:
 *   vabs = hypot (x, 0); len = pow (vabs, y); at = atan2 (0, x);
 *   phase = at * y; (len * cos (phase), len * sin (phase))
 * then "- 1" subtracts (1.0, 0.0). */
static gboolean
growth_calculation_py (double  val1,
                       double  val2,
                       int     t1,
                       int     t2,
                       double *re,
                       double *im)
{
  double x = val1 / val2;
  double y = 1.0 / ((double) t1 - (double) t2);

  if (x < 0.0 && y != floor (y))
    {
      double vabs = hypot (x, 0.0);
      double len = pow (vabs, y);
      double at = atan2 (0.0, x);
      double phase = at * y;

      *re = len * cos (phase) - 1.0;
      *im = len * sin (phase) - 0.0;
      return FALSE;
    }
  *re = pow (x, y) - 1.0;
  *im = 0.0;
  return TRUE;
}

/* Python's min (x, y) and max (x, y): the first argument unless the second
 * is strictly smaller (larger). */
static double
py_min (double x,
        double y)
{
  return y < x ? y : x;
}

static double
py_max (double x,
        double y)
{
  return y > x ? y : x;
}

/* sdg-build SeriesProgress.get_score() for a progress value that exists
 * (target achieved is handled by the caller).  @method_1 is TRUE without a
 * target.  @thr are the applied thresholds (already scaled by C), @coeff
 * is C (1 without a limit).  Returns FALSE where the Python returns
 * None. */
static gboolean
open_sdg_score (gboolean               method_1,
                const DosonCtrCutoffs *thr,
                double                 coeff,
                double                 pv,
                double                *score)
{
  double high = thr->substantial, med = thr->moderate, low = thr->limited;

  if (method_1)
    {
      if (pv < low)
        {
          *score = py_max (125 * pv - 2.5, -5);
          return TRUE;
        }
      if (coeff == 0)
        {
          *score = 5;
          return TRUE;
        }
      if (pv >= high)
        {
          *score = py_min (500 * pv / coeff - 5, 5);
          return TRUE;
        }
      if (pv >= med)
        {
          *score = 250 * pv / coeff - 1.25;
          return TRUE;
        }
      if (pv >= low)
        {
          *score = 500 * pv / coeff - 2.5;
          return TRUE;
        }
      return FALSE;
    }

  if (pv >= high)
    *score = py_min ((7.1429 * pv) - 4.2857, 5);
  else if (pv >= med)
    *score = py_min ((7.1429 * pv) - 4.2857, 5);
  else if (pv >= low)
    *score = py_max ((4.1667 * pv) - 2.5, -5);
  else if (pv < low)
    *score = py_max ((4.1667 * pv) - 2.5, -5);
  else
    return FALSE;
  return TRUE;
}

/* sdg-build get_progress_thresholds(), method 1 with a limit */
static double
limit_coefficient (double base_value,
                   double limit_value)
{
  double b = fabs (base_value);
  double l = fabs (limit_value);
  double a = 4.44;

  if (b >= 2 * l)
    return 1;
  else if (b <= l)
    return 1 - pow (b / l, a);
  return 1 - pow ((2 * l - b) / l, a);
}

/* Stores a progress value; one that is not finite (possible only from
 * values near the limits of a double) is absent. */
static gboolean
set_progress (DosonCtrProgressResult *r,
              double                  pv)
{
  if (!isfinite (pv))
    {
      r->reason = DOSON_CTR_PROGRESS_REASON_UNDEFINED;
      return FALSE;
    }
  r->has_progress = TRUE;
  r->progress = pv;
  return TRUE;
}

static void
evaluate_open_sdg (const DosonCtrProgressSettings *st,
                   const DosonCtrSeriesSummary    *sum,
                   int                             d,
                   DosonCtrProgressResult         *r)
{
  gboolean method_1 = !st->has_target;
  DosonCtrCutoffs thr = method_1 ? open_sdg_trend_cutoffs : open_sdg_target_cutoffs;
  double coeff = 1;
  double base_raw = sum->base_value;
  double pv = NAN;
  gboolean have_pv = FALSE;
  gboolean required_zero = FALSE;

  /* sdg-build: progress_thresholds.update(user_thresholds) */
  if (st->has_cutoffs)
    thr = st->cutoffs;

  /* sdg-build: the limit scales the thresholds of method 1 only, and is
   * computed from the base value before the 0.001 rule */
  if (method_1 && st->has_limit)
    {
      coeff = limit_coefficient (base_raw, st->limit);
      thr.substantial *= coeff;
      thr.moderate *= coeff;
      thr.limited *= coeff;
      r->has_limit_scale = TRUE;
      r->limit_scale = coeff;
    }
  r->has_cutoffs = TRUE;
  r->cutoffs = thr;

  /* sdg-build calculate_progress_value(), checks in order */
  if (r->base_value > 0 && r->current_value < 0)
    r->reason = DOSON_CTR_PROGRESS_REASON_MIXED_SIGNS;
  else if (r->base_value < 0 && r->current_value > 0)
    r->reason = DOSON_CTR_PROGRESS_REASON_MIXED_SIGNS;
  else if (r->current_year <= r->base_year)
    r->reason = DOSON_CTR_PROGRESS_REASON_ONE_YEAR;
  else if (method_1)
    {
      /* methodology_1(): sign * direction * growth */
      double cagr_o = growth_calculation (r->current_value, r->base_value,
                                          r->current_year, r->base_year);
      if (isfinite (cagr_o))
        {
          r->has_cagr_actual = TRUE;
          r->cagr_actual = cagr_o;
          pv = (double) (r->sign * d) * cagr_o;
          have_pv = TRUE;
        }
      else
        r->reason = DOSON_CTR_PROGRESS_REASON_UNDEFINED;
    }
  else if (r->target_year <= r->base_year)
    {
      /* sdg-build: ZeroDivisionError (equal years) or a backwards
       * extrapolation; here: no progress value */
      r->reason = DOSON_CTR_PROGRESS_REASON_TARGET_YEAR;
    }
  else
    {
      /* methodology_2(): sign * direction * cagr_o / abs(cagr_r) */
      double cagr_o = growth_calculation (r->current_value, r->base_value,
                                          r->current_year, r->base_year);
      double re, im, abs_r;
      gboolean real_r;

      real_r = growth_calculation_py (r->target_value, r->base_value,
                                      r->target_year, r->base_year, &re, &im);
      if (!isfinite (cagr_o) || !isfinite (re) || !isfinite (im))
        {
          /* A rate too large for a double (a ratio of values near the
           * ends of the double range): no progress value. */
          r->reason = DOSON_CTR_PROGRESS_REASON_UNDEFINED;
        }
      else
        {
          r->has_cagr_actual = TRUE;
          r->cagr_actual = cagr_o;
          if (real_r)
            {
              r->has_cagr_required = TRUE;
              r->cagr_required = re;
              abs_r = fabs (re);
            }
          else
            {
              /* a target of the opposite sign to the base: Python's
               * CAGR_r is complex and abs() takes its modulus (CPython
               * _Py_c_abs) */
              abs_r = hypot (re, im);
              r->has_cagr_required_modulus = TRUE;
              r->cagr_required_modulus = abs_r;
            }

          if (abs_r == 0)
            {
              /* sdg-build: ZeroDivisionError (a target equal to the
               * base).  Here: no progress value; the target-achieved rule
               * decides, and a current value that does not meet such a
               * target has moved away from it: deterioration, score -5
               * (the limit of the formulas as the target tends to the
               * base). */
              r->reason = DOSON_CTR_PROGRESS_REASON_REQUIRED_ZERO;
              required_zero = TRUE;
            }
          else
            {
              pv = ((double) (r->sign * d) * cagr_o) / abs_r;
              have_pv = TRUE;
            }
        }
    }

  if (have_pv)
    have_pv = set_progress (r, pv);

  /* get_progress_status() and get_score(): target achieved first */
  if (r->target_achieved)
    {
      r->status = DOSON_CTR_STATUS_TARGET_ACHIEVED;
      r->has_score = TRUE;
      r->score = 5;
      return;
    }
  if (required_zero)
    {
      r->status = DOSON_CTR_STATUS_DETERIORATION;
      r->has_score = TRUE;
      r->score = -5;
      return;
    }
  if (!have_pv)
    return;

  r->status = classify (&thr, pv);
  r->has_score = open_sdg_score (method_1, &thr, coeff, pv, &r->score);
  /* With the published cut-offs every branch stays within [-5, 5]; with a
   * caller's cut-offs a middle branch can reach past it, so cap it. */
  if (r->has_score)
    r->score = CLAMP (r->score, -5.0, 5.0);
}

/* unsd-ratio and expected-value.  Same base, current, 0.001, mixed-sign
 * and target-achieved rules as open-sdg, so that the three methods can be
 * compared on one series. */
static void
evaluate_unsd (DosonCtrProgressMethod          method,
               const DosonCtrProgressSettings *st,
               int                             d,
               DosonCtrProgressResult         *r)
{
  DosonCtrCutoffs thr = st->has_cutoffs ? st->cutoffs : unsd_cutoffs;
  double cagr_a, pv;
  gboolean base_meets;

  r->has_cutoffs = TRUE;
  r->cutoffs = thr;

  if (r->base_value > 0 && r->current_value < 0)
    r->reason = DOSON_CTR_PROGRESS_REASON_MIXED_SIGNS;
  else if (r->base_value < 0 && r->current_value > 0)
    r->reason = DOSON_CTR_PROGRESS_REASON_MIXED_SIGNS;
  else if (r->current_year <= r->base_year)
    r->reason = DOSON_CTR_PROGRESS_REASON_ONE_YEAR;
  else if (!r->has_target)
    r->reason = DOSON_CTR_PROGRESS_REASON_NO_TARGET;
  else if (r->target_year <= r->base_year)
    r->reason = DOSON_CTR_PROGRESS_REASON_TARGET_YEAR;

  if (r->reason != DOSON_CTR_PROGRESS_REASON_NONE)
    {
      if (r->target_achieved)
        r->status = DOSON_CTR_STATUS_TARGET_ACHIEVED;
      return;
    }

  cagr_a = growth_calculation (r->current_value, r->base_value,
                               r->current_year, r->base_year);
  if (!isfinite (cagr_a))
    {
      /* too large for a double: no rate, no progress value */
      r->reason = DOSON_CTR_PROGRESS_REASON_UNDEFINED;
      if (r->target_achieved)
        r->status = DOSON_CTR_STATUS_TARGET_ACHIEVED;
      return;
    }
  r->has_cagr_actual = TRUE;
  r->cagr_actual = cagr_a;

  if (method == DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO)
    {
      double cagr_r = growth_calculation (r->target_value, r->base_value,
                                          r->target_year, r->base_year);
      if (!isfinite (cagr_r))
        r->reason = DOSON_CTR_PROGRESS_REASON_REQUIRED_UNDEFINED;
      else
        {
          r->has_cagr_required = TRUE;
          r->cagr_required = cagr_r;
        }
    }
  else
    {
      /* v̂_T = v_t (1 + CAGR_a)^(T − t) */
      double expected = r->current_value
                         * pow (1.0 + cagr_a, (double) r->target_year - (double) r->current_year);

      if (isfinite (expected))
        {
          r->has_expected_value = TRUE;
          r->expected_value = expected;
        }
      else
        r->reason = DOSON_CTR_PROGRESS_REASON_UNDEFINED;
    }

  if (r->target_achieved)
    r->status = DOSON_CTR_STATUS_TARGET_ACHIEVED;

  /* The base already meets the target (the target lies behind the base in
   * the desired direction, or equals it): the published ratios have no
   * meaning there (CR and P would divide by a rate or gap of the wrong
   * sign, or by zero).  A current value that no longer meets the target
   * has moved away from it. */
  base_meets = (d == 1) ? r->base_value >= r->target_value
                        : r->base_value <= r->target_value;
  if (base_meets)
    {
      r->reason = DOSON_CTR_PROGRESS_REASON_BASE_MEETS_TARGET;
      if (!r->target_achieved)
        r->status = DOSON_CTR_STATUS_DETERIORATION;
      return;
    }
  if (r->reason != DOSON_CTR_PROGRESS_REASON_NONE)
    return;

  if (method == DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO)
    pv = cagr_a / r->cagr_required;          /* CR = CAGR_a / CAGR_r */
  else
    pv = (r->expected_value - r->base_value) / (r->target_value - r->base_value);

  if (!isfinite (pv))
    {
      r->reason = DOSON_CTR_PROGRESS_REASON_UNDEFINED;
      return;
    }
  r->has_progress = TRUE;
  r->progress = pv;
  if (!r->target_achieved)
    r->status = classify (&thr, pv);
}

void
_doson_ctr_progress_evaluate (DosonCtrProgressMethod          method,
                              const DosonCtrProgressSettings *settings,
                              const DosonCtrSeriesSummary    *summary,
                              DosonCtrProgressResult         *result)
{
  const DosonCtrProgressSettings *st = settings != NULL ? settings : &default_settings;
  DosonCtrProgressResult *r = result;
  int d;

  g_return_if_fail (method_is_valid (method));
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
    evaluate_open_sdg (st, summary, d, r);
  else
    evaluate_unsd (method, st, d, r);
}

/* ------------------------------------------------------------------ */
/* Results                                                             */
/* ------------------------------------------------------------------ */

G_DEFINE_BOXED_TYPE (DosonCtrProgressResult, doson_ctr_progress_result,
                     doson_ctr_progress_result_copy,
                     doson_ctr_progress_result_free)

DosonCtrProgressResult *
_doson_ctr_progress_result_dup (const DosonCtrProgressResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return g_memdup2 (result, sizeof (DosonCtrProgressResult));
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

  g_return_val_if_fail (method_is_valid (method), NULL);
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

/* numpy's pairwise summation of float64 (numpy/core/src/umath/
 * loops_utils.h.src, @TYPE@_pairwise_sum, block size 128), which
 * np.mean() uses; a plain loop below 8 elements. */
static double
pairwise_sum (const double *a,
              gsize         n)
{
  if (n < 8)
    {
      double res = 0.;
      gsize i;

      for (i = 0; i < n; i++)
        res += a[i];
      return res;
    }
  else if (n <= 128)
    {
      double r[8], res;
      gsize i, j;

      for (j = 0; j < 8; j++)
        r[j] = a[j];
      for (i = 8; i < n - (n % 8); i += 8)
        for (j = 0; j < 8; j++)
          r[j] += a[i + j];
      res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < n; i++)
        res += a[i];
      return res;
    }
  else
    {
      gsize n2 = n / 2;

      n2 -= n2 % 8;
      return pairwise_sum (a, n2) + pairwise_sum (a + n2, n - n2);
    }
}

/**
 * doson_ctr_progress_rollup:
 * @results: (array length=n_results) (nullable): the results of the
 *   series of one indicator
 * @n_results: the number of results
 *
 * Rolls several series up into one indicator as Open SDG does
 * (IndicatorProgress.get_indicator_progress()): the score is the mean of
 * the scores of the series that have one (np.mean, reproduced to the
 * bit); the status is %DOSON_CTR_STATUS_TARGET_ACHIEVED when every series
 * with a score achieved its target, otherwise the band of the mean score:
 * [2.5, 5] substantial progress, [0, 2.5) moderate progress, [−2.5, 0)
 * limited progress, below −2.5 deterioration (a mean above 5, possible
 * only with caller cut-offs, counts as substantial progress). Only
 * `open-sdg` results have scores; with no score at all the result is
 * %DOSON_CTR_STATUS_NOT_AVAILABLE.
 *
 * The new result has method `open-sdg`, the mean score, the status and the
 * score cut-offs 2.5 / 0 / −2.5; it has no base, current, rates or
 * progress value.
 *
 * Returns: (transfer full): a new result, freed with
 *   doson_ctr_progress_result_free()
 *
 * Since: 0.1
 */
DosonCtrProgressResult *
doson_ctr_progress_rollup (DosonCtrProgressResult * const *results,
                           gsize                           n_results)
{
  DosonCtrProgressResult r;
  g_autofree double *scores = NULL;
  gboolean all_achieved = TRUE;
  gsize i, n = 0;

  g_return_val_if_fail (results != NULL || n_results == 0, NULL);
  for (i = 0; i < n_results; i++)
    g_return_val_if_fail (results[i] != NULL, NULL);

  memset (&r, 0, sizeof r);
  r.method = DOSON_CTR_PROGRESS_METHOD_OPEN_SDG;
  r.status = DOSON_CTR_STATUS_NOT_AVAILABLE;
  r.is_rollup = TRUE;
  r.n_results = (guint) n_results;
  r.has_cutoffs = TRUE;
  r.cutoffs = score_cutoffs;

  scores = g_new (double, n_results > 0 ? n_results : 1);
  for (i = 0; i < n_results; i++)
    {
      if (!results[i]->has_score)
        continue;
      scores[n++] = results[i]->score;
      if (!results[i]->target_achieved)
        all_achieved = FALSE;
    }
  r.n_scored = (guint) n;

  if (n == 0)
    {
      r.reason = DOSON_CTR_PROGRESS_REASON_NO_SCORES;
      return _doson_ctr_progress_result_dup (&r);
    }

  /* np.mean: umr_sum (identity 0.0 plus the pairwise sum) / count */
  r.has_score = TRUE;
  r.score = (0.0 + pairwise_sum (scores, n)) / (double) n;
  r.target_achieved = all_achieved;

  /* get_progress_status_from_score() */
  if (all_achieved)
    r.status = DOSON_CTR_STATUS_TARGET_ACHIEVED;
  else if (r.score >= 2.5)
    r.status = DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS;
  else if (r.score >= 0)
    r.status = DOSON_CTR_STATUS_MODERATE_PROGRESS;
  else if (r.score >= -2.5)
    r.status = DOSON_CTR_STATUS_LIMITED_PROGRESS;
  else
    r.status = DOSON_CTR_STATUS_DETERIORATION;

  return _doson_ctr_progress_result_dup (&r);
}

/**
 * doson_ctr_progress_result_copy:
 * @result: a #DosonCtrProgressResult
 *
 * Copies @result.
 *
 * Returns: (transfer full): the copy, freed with
 *   doson_ctr_progress_result_free()
 *
 * Since: 0.1
 */
DosonCtrProgressResult *
doson_ctr_progress_result_copy (const DosonCtrProgressResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return _doson_ctr_progress_result_dup (result);
}

/**
 * doson_ctr_progress_result_free:
 * @result: (nullable) (transfer full): a #DosonCtrProgressResult
 *
 * Frees @result. Does nothing when @result is %NULL.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_result_free (DosonCtrProgressResult *result)
{
  g_free (result);
}

/**
 * doson_ctr_progress_result_get_method:
 * @result: a #DosonCtrProgressResult
 *
 * Gives the published method that measured the series. A roll-up made by
 * doson_ctr_progress_rollup() averages `open-sdg` scores, so it reports
 * %DOSON_CTR_PROGRESS_METHOD_OPEN_SDG.
 *
 * Returns: the method that made @result (`open-sdg` for a roll-up)
 *
 * Since: 0.1
 */
DosonCtrProgressMethod
doson_ctr_progress_result_get_method (const DosonCtrProgressResult *result)
{
  g_return_val_if_fail (result != NULL, DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  return result->method;
}

/**
 * doson_ctr_progress_result_get_status:
 * @result: a #DosonCtrProgressResult
 *
 * Gives the status the method arrived at:
 * %DOSON_CTR_STATUS_TARGET_ACHIEVED, one of the four progress statuses from
 * %DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS to
 * %DOSON_CTR_STATUS_DETERIORATION, or %DOSON_CTR_STATUS_NOT_AVAILABLE when
 * the data do not allow a judgement. The words of the programme's own
 * assessment (achieved, not achieved, pending) never come from a progress
 * method.
 *
 * Returns: the status of the series (or of the roll-up)
 *
 * Since: 0.1
 */
DosonCtrStatus
doson_ctr_progress_result_get_status (const DosonCtrProgressResult *result)
{
  g_return_val_if_fail (result != NULL, DOSON_CTR_STATUS_NOT_AVAILABLE);
  return result->status;
}

/**
 * doson_ctr_progress_result_get_base:
 * @result: a #DosonCtrProgressResult
 * @year: (out) (optional): return location for the base year used
 * @value: (out) (optional): return location for the base value used in the
 *   computation (0.001 when the observed base was 0)
 *
 * Gets the base observation. The out arguments are untouched when there is
 * none (no data at or after the base year, or a roll-up).
 *
 * Returns: %TRUE when @result has a base
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_result_get_base (const DosonCtrProgressResult *result,
                                    int                          *year,
                                    double                       *value)
{
  g_return_val_if_fail (result != NULL, FALSE);

  if (!result->has_base)
    return FALSE;
  if (year != NULL)
    *year = result->base_year;
  if (value != NULL)
    *value = result->base_value;
  return TRUE;
}

/**
 * doson_ctr_progress_result_get_current:
 * @result: a #DosonCtrProgressResult
 * @year: (out) (optional): return location for the current (latest) year
 * @value: (out) (optional): return location for its value
 *
 * Gets the current observation; the out arguments are untouched when
 * there is none.
 *
 * Returns: %TRUE when @result has a current observation
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_result_get_current (const DosonCtrProgressResult *result,
                                       int                          *year,
                                       double                       *value)
{
  g_return_val_if_fail (result != NULL, FALSE);

  if (!result->has_current)
    return FALSE;
  if (year != NULL)
    *year = result->current_year;
  if (value != NULL)
    *value = result->current_value;
  return TRUE;
}

/**
 * doson_ctr_progress_result_get_cagr_actual:
 * @result: a #DosonCtrProgressResult
 * @rate: (out) (optional): return location for CAGR_a, as a fraction
 *
 * Gets the actual compound annual growth rate from the base to the current
 * observation; @rate is untouched when it was not computed.
 *
 * Returns: %TRUE when @result has CAGR_a
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_result_get_cagr_actual (const DosonCtrProgressResult *result,
                                           double                       *rate)
{
  g_return_val_if_fail (result != NULL, FALSE);

  if (!result->has_cagr_actual)
    return FALSE;
  if (rate != NULL)
    *rate = result->cagr_actual;
  return TRUE;
}

/**
 * doson_ctr_progress_result_get_cagr_required:
 * @result: a #DosonCtrProgressResult
 * @rate: (out) (optional): return location for CAGR_r, as a fraction
 *
 * Gets the compound annual growth rate required to go from the base to the
 * target by the target year; @rate is untouched when it was not computed
 * (no target, `expected-value`, or a target of the opposite sign to the
 * base).
 *
 * Returns: %TRUE when @result has CAGR_r
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_result_get_cagr_required (const DosonCtrProgressResult *result,
                                             double                       *rate)
{
  g_return_val_if_fail (result != NULL, FALSE);

  if (!result->has_cagr_required)
    return FALSE;
  if (rate != NULL)
    *rate = result->cagr_required;
  return TRUE;
}

/**
 * doson_ctr_progress_result_get_progress:
 * @result: a #DosonCtrProgressResult
 * @progress: (out) (optional): return location for the progress value
 *
 * Gets the progress value: PV for `open-sdg`, CR for `unsd-ratio`, P for
 * `expected-value`. As in Open SDG, the value is reported even when the
 * target is already achieved, if it can be computed. It is absent (and
 * @progress untouched) when too little data, mixed signs, a missing or
 * unusable target, or a required growth of zero (an infinite value in Open
 * SDG, which still gives a status and a score of ±5) prevent it.
 *
 * Returns: %TRUE when @result has a finite progress value
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_result_get_progress (const DosonCtrProgressResult *result,
                                        double                       *progress)
{
  g_return_val_if_fail (result != NULL, FALSE);

  if (!result->has_progress)
    return FALSE;
  if (progress != NULL)
    *progress = result->progress;
  return TRUE;
}

/**
 * doson_ctr_progress_result_get_score:
 * @result: a #DosonCtrProgressResult
 * @score: (out) (optional): return location for the score, from −5 to +5
 *
 * Gets the `open-sdg` score (5 when the target is achieved); for a roll-up,
 * the mean score. @score is untouched when there is none: no progress value
 * and the target not achieved, or a method other than `open-sdg`.
 *
 * Returns: %TRUE when @result has a score
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_result_get_score (const DosonCtrProgressResult *result,
                                     double                       *score)
{
  g_return_val_if_fail (result != NULL, FALSE);

  if (!result->has_score)
    return FALSE;
  if (score != NULL)
    *score = result->score;
  return TRUE;
}

/**
 * doson_ctr_progress_result_get_limit_scale:
 * @result: a #DosonCtrProgressResult
 * @scale: (out) (optional): return location for C, between 0 and 1
 *
 * Gets the factor C by which `open-sdg` scaled the cut-offs of a series
 * without a target near its natural limit. @scale is untouched when no
 * limit applied.
 *
 * Returns: %TRUE when a limit scale was applied
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_result_get_limit_scale (const DosonCtrProgressResult *result,
                                           double                       *scale)
{
  g_return_val_if_fail (result != NULL, FALSE);

  if (!result->has_limit_scale)
    return FALSE;
  if (scale != NULL)
    *scale = result->limit_scale;
  return TRUE;
}

/**
 * doson_ctr_progress_result_get_cutoffs:
 * @result: a #DosonCtrProgressResult
 *
 * Gets the cut-offs that were applied to the progress value: the caller's
 * or the method's, for `open-sdg` without a target multiplied by C; for a
 * roll-up, the score bands 2.5 / 0 / −2.5.
 *
 * Returns: (nullable) (transfer none): the cut-offs, owned by @result, or
 *   %NULL when none were determined (no base observation)
 *
 * Since: 0.1
 */
const DosonCtrCutoffs *
doson_ctr_progress_result_get_cutoffs (const DosonCtrProgressResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return result->has_cutoffs ? &result->cutoffs : NULL;
}

/* ------------------------------------------------------------------ */
/* Explanation                                                         */
/* ------------------------------------------------------------------ */

typedef struct
{
  const char *method;
  const char *direction;
  const char *higher;
  const char *lower;
  const char *base;
  const char *current;
  const char *value;
  const char *target;
  const char *by;
  const char *cagr_a;
  const char *cagr_r;
  const char *expected;
  const char *limit_scale;
  const char *limit;
  const char *progress;
  const char *cutoffs;
  const char *score;
  const char *status;
  const char *absent;
  const char *none;
  const char *base_substituted;
  const char *target_substituted;
  const char *modulus;
  const char *rollup;
  const char *achieved_note;
  const char *reasons[DOSON_CTR_PROGRESS_REASON_NO_SCORES + 1];
} Words;

static const Words words_en = {
  "Method", "Direction", "higher is better", "lower is better",
  "Base", "Current", "value", "Target", "by",
  "Actual growth CAGR_a", "Required growth CAGR_r",
  "Expected value in the target year",
  "Limit scale C", "limit",
  "Progress value", "Cut-offs", "Score", "Status",
  "absent", "none", "the observed base 0 is replaced by 0.001",
  "the target 0 is replaced by 0.001",
  "not a real number (target and base of opposite signs); its modulus, used as |CAGR_r|:",
  "Series rolled up (with a score / given)",
  "the current value meets the target",
  {
    NULL,
    "no data",
    "no year at or after the base year",
    "the base and current values have opposite signs",
    "only one year of data from the base year",
    "the method needs a target",
    "the target year is not after the base year",
    "the base value already meets the target",
    "the target and the base have opposite signs, so the required growth is not a real number",
    "the target equals the base value (required growth zero)",
    "the progress value is not a finite number",
    "no series has a score",
  },
};

static const Words words_vi = {
  "Phương pháp", "Chiều mong muốn", "càng cao càng tốt", "càng thấp càng tốt",
  "Năm gốc", "Hiện tại", "giá trị", "Mục tiêu", "đến năm",
  "Tốc độ tăng bình quân thực tế CAGR_a", "Tốc độ tăng bình quân cần đạt CAGR_r",
  "Giá trị dự kiến vào năm mục tiêu",
  "Hệ số giới hạn C", "giới hạn",
  "Giá trị tiến độ", "Ngưỡng phân loại", "Điểm", "Trạng thái",
  "không có", "không có", "giá trị năm gốc quan sát được là 0, thay bằng 0.001",
  "mục tiêu 0 được thay bằng 0.001",
  "không phải số thực (mục tiêu và giá trị năm gốc trái dấu); mô-đun của nó, dùng làm |CAGR_r|:",
  "Số chuỗi số liệu tổng hợp (có điểm / tất cả)",
  "giá trị hiện tại đã đạt mục tiêu",
  {
    NULL,
    "không có số liệu",
    "không có năm nào từ năm gốc trở đi",
    "giá trị năm gốc và giá trị hiện tại trái dấu",
    "chỉ có một năm số liệu từ năm gốc",
    "phương pháp cần có mục tiêu",
    "năm mục tiêu không sau năm gốc",
    "giá trị năm gốc đã đạt mục tiêu",
    "mục tiêu và giá trị năm gốc trái dấu nên tốc độ cần đạt không phải số thực",
    "mục tiêu bằng giá trị năm gốc (tốc độ cần đạt bằng 0)",
    "giá trị tiến độ không phải số hữu hạn",
    "không chuỗi nào có điểm",
  },
};

static void
append_number (GString *s,
               double   v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (s, g_ascii_formatd (buf, sizeof buf, "%.10g", v));
}

/**
 * doson_ctr_progress_result_explain:
 * @result: a #DosonCtrProgressResult
 * @lang: (nullable): "vi" for Vietnamese, "en" (or %NULL, or any other
 *   language) for English
 *
 * Explains @result in a few lines of text: the method, the direction, the
 * base and current years and values, the target and target year, CAGR_a,
 * CAGR_r, the expected value (`expected-value` only), the limit scale C,
 * the progress value, the cut-offs, the score and the status, each line
 * "name: figure" (a roll-up gives the method, the number of series, the
 * cut-offs, the score and the status). A
 * figure that @result does not have is said to be absent, with the reason
 * where there is one; it is never printed as 0. Numbers use a full stop as
 * decimal separator in both languages.
 *
 * Returns: (transfer full): newly allocated UTF-8 text ending in a newline,
 *   freed with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_progress_result_explain (const DosonCtrProgressResult *result,
                                   const char                   *lang)
{
  const DosonCtrProgressResult *r = result;
  const Words *w;
  const char *reason;
  GString *s;

  g_return_val_if_fail (result != NULL, NULL);

  w = lang_is_vi (lang) ? &words_vi : &words_en;
  reason = w->reasons[r->reason];
  s = g_string_new (NULL);

  g_string_append_printf (s, "%s: %s\n", w->method,
                          doson_ctr_progress_method_to_string (r->method));

  if (r->is_rollup)
    {
      g_string_append_printf (s, "%s: %u / %u\n", w->rollup, r->n_scored, r->n_results);
    }
  else
    {
      g_string_append_printf (s, "%s: %s\n", w->direction,
                              r->direction == DOSON_CTR_DIRECTION_HIGHER ? w->higher : w->lower);

      g_string_append_printf (s, "%s: ", w->base);
      if (r->has_base)
        {
          g_string_append_printf (s, "%d, %s ", r->base_year, w->value);
          append_number (s, r->base_value);
          if (r->base_substituted)
            g_string_append_printf (s, " (%s)", w->base_substituted);
        }
      else
        g_string_append_printf (s, "%s (%s)", w->absent,
                                reason != NULL ? reason : w->none);
      g_string_append_c (s, '\n');

      g_string_append_printf (s, "%s: ", w->current);
      if (r->has_current)
        {
          g_string_append_printf (s, "%d, %s ", r->current_year, w->value);
          append_number (s, r->current_value);
        }
      else
        g_string_append (s, w->absent);
      g_string_append_c (s, '\n');

      g_string_append_printf (s, "%s: ", w->target);
      if (r->has_target)
        {
          append_number (s, r->target_value);
          g_string_append_printf (s, " %s %d", w->by, r->target_year);
          if (r->target_substituted)
            g_string_append_printf (s, " (%s)", w->target_substituted);
          if (r->target_achieved)
            g_string_append_printf (s, "; %s", w->achieved_note);
        }
      else
        g_string_append (s, w->none);
      g_string_append_c (s, '\n');

      g_string_append_printf (s, "%s: ", w->cagr_a);
      if (r->has_cagr_actual)
        append_number (s, r->cagr_actual);
      else
        g_string_append (s, w->absent);
      g_string_append_c (s, '\n');

      g_string_append_printf (s, "%s: ", w->cagr_r);
      if (r->has_cagr_required)
        append_number (s, r->cagr_required);
      else if (r->has_cagr_required_modulus)
        {
          g_string_append_printf (s, "%s ", w->modulus);
          append_number (s, r->cagr_required_modulus);
        }
      else
        g_string_append (s, w->absent);
      g_string_append_c (s, '\n');

      if (r->method == DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE)
        {
          g_string_append_printf (s, "%s: ", w->expected);
          if (r->has_expected_value)
            append_number (s, r->expected_value);
          else
            g_string_append (s, w->absent);
          g_string_append_c (s, '\n');
        }

      g_string_append_printf (s, "%s: ", w->limit_scale);
      if (r->has_limit_scale)
        {
          append_number (s, r->limit_scale);
          g_string_append_printf (s, " (%s ", w->limit);
          append_number (s, r->limit);
          g_string_append_c (s, ')');
        }
      else
        g_string_append (s, w->absent);
      g_string_append_c (s, '\n');

      g_string_append_printf (s, "%s: ", w->progress);
      if (r->has_progress)
        append_number (s, r->progress);
      else
        g_string_append_printf (s, "%s (%s)", w->absent,
                                reason != NULL ? reason : w->none);
      g_string_append_c (s, '\n');
    }

  g_string_append_printf (s, "%s: ", w->cutoffs);
  if (r->has_cutoffs)
    {
      append_number (s, r->cutoffs.substantial);
      g_string_append (s, " / ");
      append_number (s, r->cutoffs.moderate);
      g_string_append (s, " / ");
      append_number (s, r->cutoffs.limited);
    }
  else
    g_string_append (s, w->absent);
  g_string_append_c (s, '\n');

  g_string_append_printf (s, "%s: ", w->score);
  if (r->has_score)
    append_number (s, r->score);
  else if (r->is_rollup && reason != NULL)
    g_string_append_printf (s, "%s (%s)", w->absent, reason);
  else
    g_string_append (s, w->absent);
  g_string_append_c (s, '\n');

  g_string_append_printf (s, "%s: %s (%s)\n", w->status,
                          doson_ctr_status_to_string (r->status),
                          doson_ctr_status_get_label (r->status, lang));

  return g_string_free (s, FALSE);
}
