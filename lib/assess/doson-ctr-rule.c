/* doson-ctr-rule.c: the steps the rule engines of the target kinds share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-progress.h>

#include "assess/doson-ctr-rule-private.h"

/* sdg-build SeriesProgress.get_score() with a target (method 2): the
 * split at the moderate cut-off as there, the clamps as Python's min and
 * max. */
static double
pace_score (double pv,
            double moderate)
{
  double s;

  if (pv >= moderate)
    {
      s = (7.1429 * pv) - 4.2857;
      return 5 < s ? 5 : s;
    }
  s = (4.1667 * pv) - 2.5;
  return -5 > s ? -5 : s;
}

/* Sets the pace ratio, its status and its score. */
void
_doson_ctr_rule_set_pace (DosonCtrTargetAssessment *a,
                          DosonCtrPaceRule          rule,
                          double                    pv)
{
  a->pace_rule = rule;
  a->has_pace = TRUE;
  a->pace = pv;
  a->status = doson_ctr_cutoffs_classify (&a->cutoffs, pv);
  a->has_score = TRUE;
  a->score = pace_score (pv, a->cutoffs.moderate);
}

void
_doson_ctr_rule_set_judged (DosonCtrTargetAssessment *a,
                            gboolean                  met)
{
  a->status = met ? DOSON_CTR_STATUS_ACHIEVED : DOSON_CTR_STATUS_NOT_ACHIEVED;
  a->has_score = TRUE;
  a->score = met ? 5 : -5;
}

void
_doson_ctr_rule_set_missing (DosonCtrTargetAssessment *a,
                             DosonCtrAssessmentReason  reason)
{
  a->status = DOSON_CTR_STATUS_NOT_AVAILABLE;
  a->reason = reason;
}

gboolean
_doson_ctr_rule_is_met (const DosonCtrTargetAssessment *a,
                        double                          figure)
{
  return doson_ctr_target_is_met_by (a->target, a->direction, figure);
}

/* A figure on the threshold of a strict comparator ("> 90" and 90) does
 * not meet the target: it is equal to it and more is needed.  The reason
 * says so unless a later step gives another. */
void
_doson_ctr_rule_set_figure (DosonCtrTargetAssessment *a,
                            double                    figure)
{
  DosonCtrComparator cmp = doson_ctr_target_get_comparator (a->target);
  double threshold;

  a->has_figure = TRUE;
  a->figure = figure;
  if ((cmp == DOSON_CTR_COMPARATOR_MORE_THAN || cmp == DOSON_CTR_COMPARATOR_LESS_THAN)
      && doson_ctr_target_get_value (a->target, &threshold) && figure == threshold)
    a->reason = DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET;
  if (a->has_stretch
      && doson_ctr_target_get_range_mode (a->target) == DOSON_CTR_RANGE_MODE_FLOOR_STRETCH)
    a->exceeds_stretch = a->direction == DOSON_CTR_DIRECTION_HIGHER
                         ? figure > a->stretch : figure < a->stretch;
}

void
_doson_ctr_rule_set_attainment (DosonCtrTargetAssessment *a,
                                double                    value)
{
  if (isfinite (value))
    {
      a->has_attainment = TRUE;
      a->attainment = value;
    }
}

/* Past the target: beyond the far end of a band, or beyond the figure of
 * an "=" target, on the good side of the direction. */
gboolean
_doson_ctr_rule_is_past (const DosonCtrTargetAssessment *a,
                         double                          figure,
                         double                         *end)
{
  DosonCtrComparator cmp = doson_ctr_target_get_comparator (a->target);
  gboolean higher = a->direction == DOSON_CTR_DIRECTION_HIGHER;
  double low, high, e;

  if (cmp == DOSON_CTR_COMPARATOR_EQUAL)
    doson_ctr_target_get_value (a->target, &e);
  else if (cmp == DOSON_CTR_COMPARATOR_RANGE
           && doson_ctr_target_get_range_mode (a->target) == DOSON_CTR_RANGE_MODE_BAND
           && doson_ctr_target_get_range (a->target, &low, &high))
    e = higher ? high : low;
  else
    return FALSE;
  if (end != NULL)
    *end = e;
  return higher ? figure > e : figure < e;
}

/* The linear pace from the base to @goal: the share of the gap from the
 * base value to @goal that the current value has closed, over the share of
 * the time to the deadline elapsed since the base year. */
void
_doson_ctr_rule_set_linear_pace (DosonCtrTargetAssessment *a,
                                 double                    goal,
                                 int                       deadline)
{
  double closed = (a->current_value - a->base_value) / (goal - a->base_value);

  a->has_cutoffs = TRUE;
  a->has_elapsed = TRUE;
  a->elapsed = (double) (a->current_year - a->base_year)
               / (double) (deadline - a->base_year);
  _doson_ctr_rule_set_pace (a, DOSON_CTR_PACE_RULE_LINEAR_GAP, closed / a->elapsed);
}

/* Attainment of a value against the floor: v / v_T when higher is better,
 * v_T / v when lower is better and v_T > 0. */
void
_doson_ctr_rule_set_value_attainment (DosonCtrTargetAssessment *a,
                                      double                    v)
{
  double t = a->floor;

  if (a->direction == DOSON_CTR_DIRECTION_HIGHER)
    {
      if (t != 0)
        _doson_ctr_rule_set_attainment (a, v / t);
    }
  else if (t > 0 && v != 0)
    _doson_ctr_rule_set_attainment (a, t / v);
}

/* A rate against a floor on the good side of zero: r / floor. */
gboolean
_doson_ctr_rule_rate_ratio (const DosonCtrTargetAssessment *a,
                            double                          rate,
                            double                         *ratio)
{
  double f = a->floor;
  gboolean good = a->direction == DOSON_CTR_DIRECTION_HIGHER ? f > 0 : f < 0;

  if (!good)
    return FALSE;
  *ratio = rate / f;
  return isfinite (*ratio);
}

DosonCtrAssessmentReason
_doson_ctr_rule_reason_from_growth_error (const GError *error)
{
  if (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NON_POSITIVE_BASE))
    return DOSON_CTR_ASSESSMENT_REASON_NON_POSITIVE_BASE;
  if (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_MIXED_SIGNS))
    return DOSON_CTR_ASSESSMENT_REASON_MIXED_SIGNS;
  return DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED;
}

DosonCtrYearRow *
_doson_ctr_rule_add_row (GArray *rows,
                         int     year)
{
  DosonCtrYearRow r;

  memset (&r, 0, sizeof r);
  r.year = year;
  g_array_append_val (rows, r);
  return &g_array_index (rows, DosonCtrYearRow, rows->len - 1);
}

void
_doson_ctr_rule_take_rows (DosonCtrTargetAssessment *a,
                           GArray                   *rows)
{
  a->n_rows = rows->len;
  a->rows = (DosonCtrYearRow *) (void *) g_array_free (rows, rows->len == 0);
}
