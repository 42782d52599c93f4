/* doson-ctr-progress-cutoffs.c: the cut-offs that turn a progress value into a status
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>

#include <glib.h>
#include <glib-object.h>

#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-progress.h>

#include "base/doson-ctr-number-private.h"
#include "maths/doson-ctr-progress-method-private.h"

G_DEFINE_BOXED_TYPE (DosonCtrCutoffs, doson_ctr_cutoffs,
                     doson_ctr_cutoffs_copy, doson_ctr_cutoffs_free)

const DosonCtrCutoffs _doson_ctr_open_sdg_target_cutoffs = { 0.95, 0.6, 0 };
const DosonCtrCutoffs _doson_ctr_open_sdg_trend_cutoffs = { 0.015, 0.005, 0 };
const DosonCtrCutoffs _doson_ctr_unsd_cutoffs = { 0.95, 0.5, -0.1 };
const DosonCtrCutoffs _doson_ctr_score_cutoffs = { 2.5, 0, -2.5 };

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
  g_return_val_if_fail (_doson_ctr_progress_method_is_valid (method), NULL);

  if (method == DOSON_CTR_PROGRESS_METHOD_OPEN_SDG)
    return g_memdup2 (&_doson_ctr_open_sdg_target_cutoffs, sizeof (DosonCtrCutoffs));
  return g_memdup2 (&_doson_ctr_unsd_cutoffs, sizeof (DosonCtrCutoffs));
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

DosonCtrStatus
_doson_ctr_cutoffs_classify (const DosonCtrCutoffs *c,
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
  return _doson_ctr_cutoffs_classify (cutoffs, value);
}

void
_doson_ctr_cutoffs_append (GString               *out,
                           const DosonCtrCutoffs *cutoffs)
{
  _doson_ctr_append_figure (out, cutoffs->substantial);
  g_string_append (out, " / ");
  _doson_ctr_append_figure (out, cutoffs->moderate);
  g_string_append (out, " / ");
  _doson_ctr_append_figure (out, cutoffs->limited);
}
