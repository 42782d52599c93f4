/* doson-ctr-progress-unsd.c: the UN Statistics Division methods,
 * unsd-ratio and expected-value
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * How this library applies them is in the section description of
 * doson-ctr-progress.c.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>

#include <glib.h>

#include "maths/doson-ctr-progress-method-private.h"

/* The checks before any rate, in order: why there is no progress value,
 * or DOSON_CTR_PROGRESS_REASON_NONE. */
static DosonCtrProgressReason
unsd_check (const DosonCtrProgressResult *r)
{
  DosonCtrProgressReason reason = _doson_ctr_progress_span_reason (r);

  if (reason != DOSON_CTR_PROGRESS_REASON_NONE)
    return reason;
  if (!r->has_target)
    return DOSON_CTR_PROGRESS_REASON_NO_TARGET;
  if (r->target_year <= r->base_year)
    return DOSON_CTR_PROGRESS_REASON_TARGET_YEAR;
  return DOSON_CTR_PROGRESS_REASON_NONE;
}

/* The method's second figure, from CAGR_a: CAGR_r for unsd-ratio, the
 * expected value v̂_T for expected-value; the reason when it does not
 * exist. */
static void
unsd_second_figure (DosonCtrProgressMethod  method,
                    double                  cagr_a,
                    DosonCtrProgressResult *r)
{
  if (method == DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO)
    {
      double cagr_r = _doson_ctr_sdg_growth (r->target_value, r->base_value,
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
}

/* unsd-ratio and expected-value.  Same base, current, 0.001, mixed-sign
 * and target-achieved rules as open-sdg, so that the three methods can be
 * compared on one series. */
void
_doson_ctr_progress_evaluate_unsd (DosonCtrProgressMethod          method,
                                   const DosonCtrProgressSettings *st,
                                   int                             d,
                                   DosonCtrProgressResult         *r)
{
  double cagr_a = NAN, pv;
  gboolean base_meets;

  r->has_cutoffs = TRUE;
  r->cutoffs = st->has_cutoffs ? st->cutoffs : _doson_ctr_unsd_cutoffs;

  r->reason = unsd_check (r);
  if (r->reason == DOSON_CTR_PROGRESS_REASON_NONE)
    {
      cagr_a = _doson_ctr_progress_actual_growth (r);
      /* too large for a double: no rate, no progress value */
      if (!isfinite (cagr_a))
        r->reason = DOSON_CTR_PROGRESS_REASON_UNDEFINED;
    }
  if (r->target_achieved)
    r->status = DOSON_CTR_STATUS_TARGET_ACHIEVED;
  if (r->reason != DOSON_CTR_PROGRESS_REASON_NONE)
    return;

  r->has_cagr_actual = TRUE;
  r->cagr_actual = cagr_a;
  unsd_second_figure (method, cagr_a, r);

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
    r->status = _doson_ctr_cutoffs_classify (&r->cutoffs, pv);
}
