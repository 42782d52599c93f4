/* doson-ctr-progress-result.c: the result of a progress method
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>

#include <glib.h>
#include <glib-object.h>

#include <doson-ctr/doson-ctr-progress.h>

#include "maths/doson-ctr-progress-private.h"

G_DEFINE_BOXED_TYPE (DosonCtrProgressResult, doson_ctr_progress_result,
                     doson_ctr_progress_result_copy,
                     doson_ctr_progress_result_free)

DosonCtrProgressResult *
_doson_ctr_progress_result_dup (const DosonCtrProgressResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);
  return g_memdup2 (result, sizeof (DosonCtrProgressResult));
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
 * doson_ctr_progress_combine() averages `open-sdg` scores, so it reports
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
