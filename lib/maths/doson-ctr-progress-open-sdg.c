/* doson-ctr-progress-open-sdg.c: the Open SDG / Statistics Canada method
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

#include <glib.h>

#include "maths/doson-ctr-progress-method-private.h"

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

/* Stores @v in *@field and sets *@has; a figure that is not finite
 * (possible only from values near the limits of a double) is absent, with
 * the reason in @r.  Returns whether it was stored. */
static gboolean
store_finite (DosonCtrProgressResult *r,
              double                  v,
              gboolean               *has,
              double                 *field)
{
  if (!isfinite (v))
    {
      r->reason = DOSON_CTR_PROGRESS_REASON_UNDEFINED;
      return FALSE;
    }
  *has = TRUE;
  *field = v;
  return TRUE;
}

/* The thresholds that apply to @r, stored in @r: the caller's cut-offs
 * or the method's, scaled by C for method 1 with a limit.  Returns C
 * (1 without a limit). */
static double
open_sdg_thresholds (const DosonCtrProgressSettings *st,
                     double                          base_raw,
                     DosonCtrProgressResult         *r)
{
  gboolean method_1 = !st->has_target;
  DosonCtrCutoffs thr = method_1 ? _doson_ctr_open_sdg_trend_cutoffs
                                 : _doson_ctr_open_sdg_target_cutoffs;
  double coeff = 1;

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
  return coeff;
}

/* methodology_1(): sign * direction * growth.  FALSE, with the reason,
 * when there is no progress value. */
static gboolean
open_sdg_methodology_1 (int                     d,
                        DosonCtrProgressResult *r,
                        double                 *pv)
{
  double cagr_o = _doson_ctr_progress_actual_growth (r);

  if (!store_finite (r, cagr_o, &r->has_cagr_actual, &r->cagr_actual))
    return FALSE;
  *pv = (double) (r->sign * d) * cagr_o;
  return TRUE;
}

/* methodology_2(): sign * direction * cagr_o / abs(cagr_r).  FALSE, with
 * the reason, when there is no progress value. */
static gboolean
open_sdg_methodology_2 (int                     d,
                        DosonCtrProgressResult *r,
                        double                 *pv)
{
  double cagr_o = _doson_ctr_progress_actual_growth (r);
  double re, im, abs_r;
  gboolean real_r;

  real_r = _doson_ctr_sdg_growth_py (r->target_value, r->base_value,
                                     r->target_year, r->base_year, &re, &im);
  if (!isfinite (cagr_o) || !isfinite (re) || !isfinite (im))
    {
      /* A rate too large for a double (a ratio of values near the
       * ends of the double range): no progress value. */
      r->reason = DOSON_CTR_PROGRESS_REASON_UNDEFINED;
      return FALSE;
    }

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
      /* a target of the opposite sign to the base: Python's CAGR_r is
       * complex and abs() takes its modulus (CPython _Py_c_abs) */
      abs_r = hypot (re, im);
      r->has_cagr_required_modulus = TRUE;
      r->cagr_required_modulus = abs_r;
    }

  if (abs_r == 0)
    {
      /* sdg-build: ZeroDivisionError (a target equal to the base).
       * Here: no progress value; the target-achieved rule decides, and a
       * current value that does not meet such a target has moved away
       * from it: deterioration, score -5 (the limit of the formulas as
       * the target tends to the base). */
      r->reason = DOSON_CTR_PROGRESS_REASON_REQUIRED_ZERO;
      return FALSE;
    }
  *pv = ((double) (r->sign * d) * cagr_o) / abs_r;
  return TRUE;
}

/* sdg-build calculate_progress_value(), checks in order.  FALSE, with the
 * reason, when there is no progress value. */
static gboolean
open_sdg_progress_value (gboolean                method_1,
                         int                     d,
                         DosonCtrProgressResult *r,
                         double                 *pv)
{
  r->reason = _doson_ctr_progress_span_reason (r);
  if (r->reason != DOSON_CTR_PROGRESS_REASON_NONE)
    return FALSE;
  if (method_1)
    return open_sdg_methodology_1 (d, r, pv);
  if (r->target_year <= r->base_year)
    {
      /* sdg-build: ZeroDivisionError (equal years) or a backwards
       * extrapolation; here: no progress value */
      r->reason = DOSON_CTR_PROGRESS_REASON_TARGET_YEAR;
      return FALSE;
    }
  return open_sdg_methodology_2 (d, r, pv);
}

void
_doson_ctr_progress_evaluate_open_sdg (const DosonCtrProgressSettings *st,
                                       double                          base_raw,
                                       int                             d,
                                       DosonCtrProgressResult         *r)
{
  gboolean method_1 = !st->has_target;
  double coeff = open_sdg_thresholds (st, base_raw, r);
  double pv = NAN;
  gboolean have_pv = open_sdg_progress_value (method_1, d, r, &pv)
                     && store_finite (r, pv, &r->has_progress, &r->progress);

  /* get_progress_status() and get_score(): target achieved first */
  if (r->target_achieved)
    {
      r->status = DOSON_CTR_STATUS_TARGET_ACHIEVED;
      r->has_score = TRUE;
      r->score = 5;
      return;
    }
  if (r->reason == DOSON_CTR_PROGRESS_REASON_REQUIRED_ZERO)
    {
      r->status = DOSON_CTR_STATUS_DETERIORATION;
      r->has_score = TRUE;
      r->score = -5;
      return;
    }
  if (!have_pv)
    return;

  r->status = _doson_ctr_cutoffs_classify (&r->cutoffs, pv);
  r->has_score = open_sdg_score (method_1, &r->cutoffs, coeff, pv, &r->score);
  /* With the published cut-offs every branch stays within [-5, 5]; with a
   * caller's cut-offs a middle branch can reach past it, so cap it. */
  if (r->has_score)
    r->score = CLAMP (r->score, -5.0, 5.0);
}
