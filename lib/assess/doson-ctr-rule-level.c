/* doson-ctr-rule-level.c: the rule of a level target at a deadline, zero targets included
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "assess/doson-ctr-assessment-options-private.h"
#include "assess/doson-ctr-rule-private.h"

/* The share of the base value's gap to 0 closed, for a zero target. */
static void
set_gap_attainment (DosonCtrTargetAssessment *a,
                    double                    v)
{
  if (a->has_base && a->base_value > 0)
    _doson_ctr_rule_set_attainment (a, (a->base_value - v) / a->base_value);
}

static DosonCtrAssessmentReason
reason_from_progress (DosonCtrProgressReason reason)
{
  switch (reason)
    {
    case DOSON_CTR_PROGRESS_REASON_NO_DATA:
      return DOSON_CTR_ASSESSMENT_REASON_NO_DATA;
    case DOSON_CTR_PROGRESS_REASON_NO_BASE:
      return DOSON_CTR_ASSESSMENT_REASON_NO_BASE;
    case DOSON_CTR_PROGRESS_REASON_MIXED_SIGNS:
      return DOSON_CTR_ASSESSMENT_REASON_MIXED_SIGNS;
    case DOSON_CTR_PROGRESS_REASON_ONE_YEAR:
      return DOSON_CTR_ASSESSMENT_REASON_ONE_YEAR;
    case DOSON_CTR_PROGRESS_REASON_BASE_MEETS_TARGET:
      return DOSON_CTR_ASSESSMENT_REASON_BASE_MET;
    case DOSON_CTR_PROGRESS_REASON_NONE:
      return DOSON_CTR_ASSESSMENT_REASON_NONE;
    default:
      return DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED;
    }
}

/* The value of @year compared with the target: the current figure and its
 * attainment. */
static void
set_current (DosonCtrTargetAssessment *a,
             int                       year,
             double                    v)
{
  a->has_current = TRUE;
  a->current_year = year;
  a->current_value = v;
  _doson_ctr_rule_set_figure (a, v);
  if (a->zero_target)
    set_gap_attainment (a, v);
  else
    _doson_ctr_rule_set_value_attainment (a, v);
}

/* A level target before its deadline, by a published progress method. */
static void
pace_by_method (DosonCtrTargetAssessment        *a,
                const DosonCtrAssessmentOptions *opts,
                DosonCtrProgressMethod           method,
                const DosonCtrSeries            *s,
                int                              deadline,
                int                              until)
{
  g_autoptr(DosonCtrProgressSettings) settings = doson_ctr_progress_settings_new ();
  g_autofree int *years = g_new (int, (gsize) (until - a->baseline_year + 1));
  g_autofree double *values = g_new (double, (gsize) (until - a->baseline_year + 1));
  g_autoptr(GError) error = NULL;
  const DosonCtrProgressResult *r;
  gsize n = 0;
  int y;

  doson_ctr_progress_settings_set_direction (settings, a->direction);
  doson_ctr_progress_settings_set_target (settings, a->floor, deadline);
  doson_ctr_progress_settings_set_base_year (settings, a->baseline_year);
  if (opts->has_cutoffs)
    doson_ctr_progress_settings_set_cutoffs (settings, &opts->cutoffs);

  for (y = a->baseline_year; y <= until; y++)
    if (_doson_ctr_series_get (s, y, &values[n]))
      years[n++] = y;

  a->pace_rule = DOSON_CTR_PACE_RULE_PROGRESS_METHOD;
  /* The series holds finite values, one per year: this cannot fail. */
  a->progress = doson_ctr_progress_compute (method, settings, years, values, n, &error);
  g_assert_no_error (error);
  r = a->progress;

  if (r->has_cutoffs)
    {
      a->has_cutoffs = TRUE;
      a->cutoffs = r->cutoffs;
    }
  if (r->has_cagr_actual)
    {
      a->has_cagr = TRUE;
      a->cagr = r->cagr_actual;
    }

  if (r->has_progress)
    {
      _doson_ctr_rule_set_pace (a, DOSON_CTR_PACE_RULE_PROGRESS_METHOD, r->progress);
      return;
    }
  if (r->status == DOSON_CTR_STATUS_TARGET_ACHIEVED && r->current_value == a->floor
      && a->has_base && r->current_year > r->base_year)
    {
      /* The methods' own rule (at or beyond the figure) met a strict
       * target ("> 250" by exactly 250) that the programme's comparator
       * does not: the current value stands on the target's figure.
       * Where the base stood decides, without a ratio and so without a
       * score: a base that met the target has moved away; a base on the
       * figure has not moved; a base short of it has reached the figure
       * ahead of the deadline. */
      if (_doson_ctr_rule_is_met (a, a->base_value))
        {
          a->reason = DOSON_CTR_ASSESSMENT_REASON_BASE_MET;
          a->status = DOSON_CTR_STATUS_DETERIORATION;
        }
      else
        {
          a->reason = DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET;
          a->status = a->base_value == r->current_value
                      ? DOSON_CTR_STATUS_LIMITED_PROGRESS
                      : DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS;
        }
      return;
    }
  if (r->status != DOSON_CTR_STATUS_NOT_AVAILABLE
      && r->status != DOSON_CTR_STATUS_TARGET_ACHIEVED)
    {
      /* A status without a progress value: a target equal to the base, or
       * a base that already met the target, which the current value no
       * longer meets.  The method's status and score are kept. */
      a->reason = reason_from_progress (r->reason);
      a->status = r->status;
      if (r->has_score)
        {
          a->has_score = TRUE;
          a->score = r->score;
        }
      return;
    }
  _doson_ctr_rule_set_missing (a, reason_from_progress (r->reason));
}

/* A level before its deadline from a base of 0 towards a target above 0
 * (a count that starts at nothing): the linear pace, as for a zero
 * target, with the default zero rule. */
static gboolean
is_zero_base (const DosonCtrTargetAssessment  *a,
              const DosonCtrAssessmentOptions *opts)
{
  return opts->zero_rule == DOSON_CTR_ZERO_TARGET_RULE_LINEAR
         && a->has_base && a->base_value == 0
         && a->direction == DOSON_CTR_DIRECTION_HIGHER && a->floor > 0;
}

/* The linear pace towards @goal: not available with only the base year's
 * value; when @moved_away (the base stood where the target wants the
 * value, and the value has left it), moving away without a ratio, for the
 * reason @why. */
static void
pace_linear (DosonCtrTargetAssessment *a,
             double                    goal,
             gboolean                  moved_away,
             DosonCtrAssessmentReason  why,
             int                       deadline)
{
  a->pace_rule = DOSON_CTR_PACE_RULE_LINEAR_GAP;
  a->has_cutoffs = TRUE;
  if (a->current_year == a->base_year)
    {
      _doson_ctr_rule_set_missing (a, DOSON_CTR_ASSESSMENT_REASON_ONE_YEAR);
      return;
    }
  if (moved_away)
    {
      a->reason = why;
      a->status = DOSON_CTR_STATUS_DETERIORATION;
      return;
    }
  _doson_ctr_rule_set_linear_pace (a, goal, deadline);
}

/* Level at a deadline, zero targets included. */
void
_doson_ctr_rule_level (DosonCtrTargetAssessment        *a,
                       const DosonCtrAssessmentOptions *opts,
                       const DosonCtrSeries            *s,
                       int                              deadline,
                       int                              until)
{
  double v, end;
  int y;

  /* The base: the baseline year's value, or the first later year's, as
   * open-sdg chooses it; reported for every level target. */
  a->has_base = _doson_ctr_series_earliest (s, a->baseline_year, until,
                                            &a->base_year, &a->base_value);

  if (a->due)
    {
      if (!_doson_ctr_series_get (s, deadline, &v))
        {
          _doson_ctr_rule_set_missing (a, a->has_base ? DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR
                                                      : DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
          return;
        }
      set_current (a, deadline, v);
      _doson_ctr_rule_set_judged (a, _doson_ctr_rule_is_met (a, v));
      return;
    }

  if (!_doson_ctr_series_latest (s, a->baseline_year, until, &y, &v))
    {
      _doson_ctr_rule_set_missing (a, DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
      return;
    }
  set_current (a, y, v);

  if (_doson_ctr_rule_is_met (a, v))
    {
      /* met before the deadline */
      a->met_early = TRUE;
      _doson_ctr_rule_set_judged (a, TRUE);
      return;
    }

  if (a->zero_target && opts->zero_rule == DOSON_CTR_ZERO_TARGET_RULE_LINEAR)
    /* a base of 0 or less had no gap, and the current value is above 0 */
    pace_linear (a, 0, a->base_value <= 0, DOSON_CTR_ASSESSMENT_REASON_BASE_MET, deadline);
  else if (is_zero_base (a, opts))
    {
      a->zero_base = TRUE;
      pace_linear (a, a->floor, FALSE, DOSON_CTR_ASSESSMENT_REASON_NONE, deadline);
    }
  else if (_doson_ctr_rule_is_past (a, v, &end))
    {
      a->past_target = TRUE;
      /* Past a band or an "=" figure: the way back to its end is paced
       * linearly from a base that was past it too; a base that was not
       * has moved away. */
      pace_linear (a, end, !_doson_ctr_rule_is_past (a, a->base_value, NULL),
                   DOSON_CTR_ASSESSMENT_REASON_PAST_TARGET, deadline);
      if (a->status != DOSON_CTR_STATUS_NOT_AVAILABLE)
        a->reason = DOSON_CTR_ASSESSMENT_REASON_PAST_TARGET;
    }
  else
    pace_by_method (a, opts,
                    a->zero_target ? DOSON_CTR_PROGRESS_METHOD_OPEN_SDG : opts->level_method,
                    s, deadline, until);
}
