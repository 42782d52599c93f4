/* doson-ctr-requirement.c: what a target not yet achieved still needs
 * over the years left
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The requirement is worked out from the figures of the assessment (the
 * base, the current value, the running total), never from a year after
 * the as-of year.  Figures that cannot be computed stay absent, with the
 * reason in the requirement.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>

#include <doson-ctr/doson-ctr-growth.h>

#include "assess/doson-ctr-requirement-private.h"

/**
 * SECTION:doson-ctr-requirement
 * @Title: What is still needed
 * @Short_description: what a target not yet achieved still needs over the
 *   years left, and where the pace observed so far leads
 * @Include: doson-ctr/doson-ctr.h
 *
 * For a target that is not achieved,
 * doson_ctr_target_assessment_get_requirement() gives what it still needs
 * over the years left ("a growth of 20.4 %/yr over 2028–2030", "1 more
 * organisation by 2030", "95 % in 2030"), and
 * doson_ctr_target_assessment_get_projection() gives the value the pace
 * observed since the baseline reaches in the deadline year, and whether
 * that meets the target. Both say why when a figure cannot be computed
 * (no data, a zero base) and when the target can no longer be reached.
 */

static const char * const kind_names[] = {
  [DOSON_CTR_REQUIREMENT_KIND_GROWTH_RATE] = "growth-rate",
  [DOSON_CTR_REQUIREMENT_KIND_YEARLY_CHANGE] = "yearly-change",
  [DOSON_CTR_REQUIREMENT_KIND_AMOUNT] = "amount",
  [DOSON_CTR_REQUIREMENT_KIND_LEVEL] = "level",
  [DOSON_CTR_REQUIREMENT_KIND_EACH_YEAR] = "each-year",
  [DOSON_CTR_REQUIREMENT_KIND_MILESTONE] = "milestone",
};

static const char * const reason_names[] = {
  [DOSON_CTR_REQUIREMENT_REASON_NONE] = "none",
  [DOSON_CTR_REQUIREMENT_REASON_NO_DATA] = "no-data",
  [DOSON_CTR_REQUIREMENT_REASON_ONE_YEAR] = "one-year",
  [DOSON_CTR_REQUIREMENT_REASON_ZERO_BASE] = "zero-base",
  [DOSON_CTR_REQUIREMENT_REASON_DEADLINE_PASSED] = "deadline-passed",
  [DOSON_CTR_REQUIREMENT_REASON_IMPLAUSIBLE_RATE] = "implausible-rate",
  [DOSON_CTR_REQUIREMENT_REASON_OUT_OF_RANGE] = "out-of-range",
  [DOSON_CTR_REQUIREMENT_REASON_NOT_APPLICABLE] = "not-applicable",
};

/**
 * doson_ctr_requirement_kind_to_string:
 * @kind: a #DosonCtrRequirementKind
 *
 * Gives the stable spelling of @kind: "growth-rate", "yearly-change",
 * "amount", "level", "each-year" or "milestone".
 *
 * Returns: (transfer none) (nullable): a static string, or %NULL for a
 *   value that is not a #DosonCtrRequirementKind
 *
 * Since: 0.1
 */
const char *
doson_ctr_requirement_kind_to_string (DosonCtrRequirementKind kind)
{
  if ((guint) kind >= G_N_ELEMENTS (kind_names))
    return NULL;
  return kind_names[kind];
}

/**
 * doson_ctr_requirement_reason_to_string:
 * @reason: a #DosonCtrRequirementReason
 *
 * Gives the stable spelling of @reason: "none", "no-data", "one-year",
 * "zero-base", "deadline-passed", "implausible-rate", "out-of-range" or
 * "not-applicable".
 *
 * Returns: (transfer none) (nullable): a static string, or %NULL for a
 *   value that is not a #DosonCtrRequirementReason
 *
 * Since: 0.1
 */
const char *
doson_ctr_requirement_reason_to_string (DosonCtrRequirementReason reason)
{
  if ((guint) reason >= G_N_ELEMENTS (reason_names))
    return NULL;
  return reason_names[reason];
}

gboolean
_doson_ctr_requirement_is_achieved (const DosonCtrTargetAssessment *a)
{
  return a->status == DOSON_CTR_STATUS_ACHIEVED
         || a->status == DOSON_CTR_STATUS_TARGET_ACHIEVED;
}

/* The lowest and highest values @measure can hold, where it has them. */
static void
measure_limits (DosonCtrMeasure measure,
                double         *low,
                double         *high)
{
  *low = measure == DOSON_CTR_MEASURE_AMOUNT ? -INFINITY : 0;
  *high = measure == DOSON_CTR_MEASURE_PERCENT ? 100
          : measure == DOSON_CTR_MEASURE_BOOLEAN ? 1 : INFINITY;
}

gboolean
_doson_ctr_requirement_outside_measure (DosonCtrMeasure measure,
                                        double          value)
{
  double low, high;

  measure_limits (measure, &low, &high);
  return value < low || value > high;
}

double
_doson_ctr_requirement_clamp_to_measure (DosonCtrMeasure measure,
                                         double          value)
{
  double low, high;

  measure_limits (measure, &low, &high);
  return CLAMP (value, low, high);
}

/* Whether no value @measure can hold meets the target of @a: a floor
 * outside the measure, or a strict comparator at its edge ("> 100 %"). */
static gboolean
target_out_of_range (const DosonCtrTargetAssessment *a,
                     DosonCtrMeasure                 measure)
{
  DosonCtrComparator cmp = doson_ctr_target_get_comparator (a->target);
  double low, high;

  measure_limits (measure, &low, &high);
  return _doson_ctr_requirement_outside_measure (measure, a->floor)
         || (cmp == DOSON_CTR_COMPARATOR_MORE_THAN && a->floor >= high)
         || (cmp == DOSON_CTR_COMPARATOR_LESS_THAN && a->floor <= low);
}

/* The first year no value has been used for: the year after the current
 * (or else the base) year, never before the target's first year. */
static int
first_open_year (const DosonCtrTargetAssessment *a)
{
  int last = a->as_of_year;

  if (a->has_current)
    last = a->current_year;
  else if (a->has_base)
    last = a->base_year;
  return MAX (last + 1, doson_ctr_target_get_first_year (a->target));
}

/* The whole units a strict target on a count asks for beyond its figure:
 * "> 2" needs 3. */
static double
strict_step (const DosonCtrTargetAssessment *a,
             DosonCtrMeasure                 measure)
{
  DosonCtrComparator cmp = doson_ctr_target_get_comparator (a->target);

  if (measure != DOSON_CTR_MEASURE_COUNT || a->floor != floor (a->floor))
    return 0;
  if (cmp == DOSON_CTR_COMPARATOR_MORE_THAN)
    return 1;
  if (cmp == DOSON_CTR_COMPARATOR_LESS_THAN)
    return -1;
  return 0;
}

static void
set_per_year (DosonCtrRequirement *r,
              double               per_year)
{
  r->has_per_year = TRUE;
  r->per_year = per_year;
}

static void
set_total (DosonCtrRequirement *r,
           double               total)
{
  r->has_total = TRUE;
  r->total = total;
}

/* Average growth: the value the floor's rate reaches from the baseline
 * value in the deadline year, and the constant rate that takes the
 * current value there in the years left. */
static void
require_growth_rate (DosonCtrRequirement            *r,
                     const DosonCtrTargetAssessment *a,
                     int                             years)
{
  int deadline = doson_ctr_target_get_deadline_year (a->target);
  double goal, start, rate;

  if (!a->has_base)
    {
      r->reason = DOSON_CTR_REQUIREMENT_REASON_NO_DATA;
      return;
    }
  start = a->has_current ? a->current_value : a->base_value;
  if (a->base_value <= 0 || start <= 0)
    {
      r->reason = DOSON_CTR_REQUIREMENT_REASON_ZERO_BASE;
      return;
    }
  if (!doson_ctr_growth_project (a->base_value, a->floor, (double) (deadline - a->baseline_year),
                                 &goal, NULL))
    {
      /* a floor at or below −100 %, or a value too large for a double */
      r->reason = DOSON_CTR_REQUIREMENT_REASON_OUT_OF_RANGE;
      return;
    }
  set_total (r, goal);
  if (!doson_ctr_growth_required_rate (start, goal, (double) years, &rate, NULL))
    {
      r->reason = DOSON_CTR_REQUIREMENT_REASON_IMPLAUSIBLE_RATE;
      return;
    }
  set_per_year (r, rate);
  if (rate > DOSON_CTR_REQUIREMENT_MAX_RISE || rate < DOSON_CTR_REQUIREMENT_MAX_FALL)
    r->reason = DOSON_CTR_REQUIREMENT_REASON_IMPLAUSIBLE_RATE;
}

/* Cumulative: the amount still to add to the running total (for a cap,
 * the room left under it). */
static void
require_cumulative (DosonCtrRequirement            *r,
                    const DosonCtrTargetAssessment *a,
                    DosonCtrMeasure                 measure,
                    int                             years)
{
  double done, need;

  if (a->has_total)
    done = a->total;
  else if (a->reason == DOSON_CTR_ASSESSMENT_REASON_NOT_STARTED)
    done = 0;
  else
    {
      r->reason = DOSON_CTR_REQUIREMENT_REASON_NO_DATA;
      return;
    }
  need = a->floor + strict_step (a, measure) - done;
  set_total (r, need);
  set_per_year (r, need / years);
  if (a->direction == DOSON_CTR_DIRECTION_LOWER && !doson_ctr_target_is_met_by (a->target, a->direction, done))
    r->reason = DOSON_CTR_REQUIREMENT_REASON_OUT_OF_RANGE;
}

/* The value a level must reach: the floor, or for a band the current
 * value has gone past on the far side, the other end of the band. */
static double
level_goal (const DosonCtrTargetAssessment *a)
{
  if (a->has_stretch && a->has_current
      && doson_ctr_target_get_range_mode (a->target) == DOSON_CTR_RANGE_MODE_BAND
      && (a->direction == DOSON_CTR_DIRECTION_HIGHER ? a->current_value > a->stretch
                                                     : a->current_value < a->stretch))
    return a->stretch;
  return a->floor;
}

/* A level target on a count: the number still to add (or take away). */
static void
require_count (DosonCtrRequirement            *r,
               const DosonCtrTargetAssessment *a,
               DosonCtrMeasure                 measure,
               int                             years)
{
  double need;

  if (target_out_of_range (a, measure))
    {
      r->reason = DOSON_CTR_REQUIREMENT_REASON_OUT_OF_RANGE;
      return;
    }
  if (!a->has_current)
    {
      r->reason = DOSON_CTR_REQUIREMENT_REASON_NO_DATA;
      return;
    }
  need = level_goal (a) + strict_step (a, measure) - a->current_value;
  set_total (r, need);
  set_per_year (r, need / years);
}

/* A level or every-year target: the value to reach, and for a level the
 * change a year that takes the current value there in a straight line. */
static void
require_level (DosonCtrRequirement            *r,
               const DosonCtrTargetAssessment *a,
               DosonCtrMeasure                 measure,
               int                             years)
{
  double goal = level_goal (a);

  set_total (r, goal);
  if (target_out_of_range (a, measure))
    r->reason = DOSON_CTR_REQUIREMENT_REASON_OUT_OF_RANGE;
  else if (r->kind == DOSON_CTR_REQUIREMENT_KIND_LEVEL)
    {
      if (a->has_current)
        set_per_year (r, (goal - a->current_value) / years);
      else
        r->reason = DOSON_CTR_REQUIREMENT_REASON_NO_DATA;
    }
}

static DosonCtrRequirementKind
kind_for (const DosonCtrTargetAssessment *a,
          DosonCtrMeasure                 measure)
{
  switch (doson_ctr_target_get_kind (a->target))
    {
    case DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH:
      return DOSON_CTR_REQUIREMENT_KIND_GROWTH_RATE;
    case DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR:
      return DOSON_CTR_REQUIREMENT_KIND_YEARLY_CHANGE;
    case DOSON_CTR_TARGET_KIND_CUMULATIVE:
      return DOSON_CTR_REQUIREMENT_KIND_AMOUNT;
    case DOSON_CTR_TARGET_KIND_EVERY_YEAR:
      return DOSON_CTR_REQUIREMENT_KIND_EACH_YEAR;
    case DOSON_CTR_TARGET_KIND_MILESTONE:
      return DOSON_CTR_REQUIREMENT_KIND_MILESTONE;
    case DOSON_CTR_TARGET_KIND_LEVEL:
    default:
      if (measure == DOSON_CTR_MEASURE_BOOLEAN)
        return DOSON_CTR_REQUIREMENT_KIND_MILESTONE;
      return measure == DOSON_CTR_MEASURE_COUNT ? DOSON_CTR_REQUIREMENT_KIND_AMOUNT
                                                : DOSON_CTR_REQUIREMENT_KIND_LEVEL;
    }
}

DosonCtrRequirement *
_doson_ctr_requirement_new_for (const DosonCtrTargetAssessment *a,
                                DosonCtrMeasure                 measure)
{
  DosonCtrRequirement *r;
  int years;

  if (_doson_ctr_requirement_is_achieved (a))
    return NULL;

  r = g_new0 (DosonCtrRequirement, 1);
  r->kind = kind_for (a, measure);
  if (a->due)
    {
      r->reason = DOSON_CTR_REQUIREMENT_REASON_DEADLINE_PASSED;
      return r;
    }
  r->has_years = TRUE;
  r->from_year = first_open_year (a);
  r->to_year = doson_ctr_target_get_deadline_year (a->target);
  years = MAX (r->to_year - r->from_year + 1, 1);

  switch (r->kind)
    {
    case DOSON_CTR_REQUIREMENT_KIND_GROWTH_RATE:
      require_growth_rate (r, a, years);
      break;
    case DOSON_CTR_REQUIREMENT_KIND_YEARLY_CHANGE:
      set_per_year (r, a->floor);
      break;
    case DOSON_CTR_REQUIREMENT_KIND_AMOUNT:
      if (doson_ctr_target_get_kind (a->target) == DOSON_CTR_TARGET_KIND_CUMULATIVE)
        require_cumulative (r, a, measure, years);
      else
        require_count (r, a, measure, years);
      break;
    case DOSON_CTR_REQUIREMENT_KIND_LEVEL:
    case DOSON_CTR_REQUIREMENT_KIND_EACH_YEAR:
      require_level (r, a, measure, years);
      break;
    case DOSON_CTR_REQUIREMENT_KIND_MILESTONE:
    default:
      break;
    }
  return r;
}

/**
 * doson_ctr_target_assessment_get_requirement:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Gives what the target still needs over the years left, when it is not
 * achieved: the years from the year after the latest value used to the
 * deadline year, and, by the kind of the requirement (#DosonCtrRequirementKind):
 *
 * - growth-rate: the constant yearly rate (doson_ctr_requirement_get_per_year())
 *   that takes the current value to the value the floor's rate reaches from
 *   the baseline value in the deadline year (doson_ctr_requirement_get_total()),
 *   `(v_T / v_t)^(1 / n) − 1` as doson_ctr_growth_required_rate(): industry
 *   at 1,150 in 2025 and 1,443 in 2027, with a floor of 17 %/yr to 2030,
 *   needs 1,150 · 1.17^5 ≈ 2,521.3 in 2030 and so ≈ 20.45 %/yr in
 *   2028–2030;
 * - yearly-change: the change each year left must show, the target's floor;
 * - amount: for a cumulative target, the amount still to add to the running
 *   total (for a cap, the room left under it), and that amount spread over
 *   the years left; for a level target on a count, the number still to add
 *   (negative: to take away), a strict target on a count asking for one
 *   more ("> 2" needs 3);
 * - level: the value to reach in the deadline year (for a band the
 *   current value has gone past, its other end), and the change a year
 *   that takes the current value there in a straight line;
 * - each-year: the value each year left must reach;
 * - milestone: only the years.
 *
 * A figure that cannot be computed is absent and
 * doson_ctr_requirement_get_reason() says why; a target that can no
 * longer be reached keeps its figures, with the reason
 * %DOSON_CTR_REQUIREMENT_REASON_IMPLAUSIBLE_RATE or
 * %DOSON_CTR_REQUIREMENT_REASON_OUT_OF_RANGE.
 *
 * Returns: (transfer none) (nullable): the requirement, owned by
 *   @assessment, or %NULL when the target is achieved
 *
 * Since: 0.1
 */
const DosonCtrRequirement *
doson_ctr_target_assessment_get_requirement (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, NULL);

  return assessment->requirement;
}

G_DEFINE_BOXED_TYPE (DosonCtrRequirement, doson_ctr_requirement,
                     doson_ctr_requirement_copy,
                     doson_ctr_requirement_free)

/**
 * doson_ctr_requirement_copy:
 * @requirement: a #DosonCtrRequirement
 *
 * Copies @requirement.
 *
 * Returns: (transfer full): the copy, freed with doson_ctr_requirement_free()
 *
 * Since: 0.1
 */
DosonCtrRequirement *
doson_ctr_requirement_copy (const DosonCtrRequirement *requirement)
{
  g_return_val_if_fail (requirement != NULL, NULL);

  return g_memdup2 (requirement, sizeof *requirement);
}

/**
 * doson_ctr_requirement_free:
 * @requirement: (nullable) (transfer full): a #DosonCtrRequirement
 *
 * Frees a copy made with doson_ctr_requirement_copy(). Does nothing when
 * @requirement is %NULL. Never free the requirement an assessment owns.
 *
 * Since: 0.1
 */
void
doson_ctr_requirement_free (DosonCtrRequirement *requirement)
{
  g_free (requirement);
}

/**
 * doson_ctr_requirement_get_kind:
 * @requirement: a #DosonCtrRequirement
 *
 * Gives what @requirement asks for.
 *
 * Returns: the kind of the requirement
 *
 * Since: 0.1
 */
DosonCtrRequirementKind
doson_ctr_requirement_get_kind (const DosonCtrRequirement *requirement)
{
  g_return_val_if_fail (requirement != NULL, DOSON_CTR_REQUIREMENT_KIND_LEVEL);

  return requirement->kind;
}

/**
 * doson_ctr_requirement_get_reason:
 * @requirement: a #DosonCtrRequirement
 *
 * Gives why a figure of @requirement is absent, or why the target can no
 * longer be reached.
 *
 * Returns: the reason, %DOSON_CTR_REQUIREMENT_REASON_NONE when every
 *   figure exists and the target can still be reached
 *
 * Since: 0.1
 */
DosonCtrRequirementReason
doson_ctr_requirement_get_reason (const DosonCtrRequirement *requirement)
{
  g_return_val_if_fail (requirement != NULL, DOSON_CTR_REQUIREMENT_REASON_NONE);

  return requirement->reason;
}

/**
 * doson_ctr_requirement_is_reachable:
 * @requirement: a #DosonCtrRequirement
 *
 * Says whether the target can still be reached: %FALSE when the deadline
 * year has passed, when the rate required is implausible and when no value
 * the indicator can hold meets the target.
 *
 * Returns: %TRUE when the target can still be reached
 *
 * Since: 0.1
 */
gboolean
doson_ctr_requirement_is_reachable (const DosonCtrRequirement *requirement)
{
  g_return_val_if_fail (requirement != NULL, FALSE);

  return requirement->reason != DOSON_CTR_REQUIREMENT_REASON_DEADLINE_PASSED
         && requirement->reason != DOSON_CTR_REQUIREMENT_REASON_IMPLAUSIBLE_RATE
         && requirement->reason != DOSON_CTR_REQUIREMENT_REASON_OUT_OF_RANGE;
}

/**
 * doson_ctr_requirement_get_years:
 * @requirement: a #DosonCtrRequirement
 * @from_year: (out) (optional): where to store the first year left
 * @to_year: (out) (optional): where to store the deadline year
 *
 * Gives the years left: from the year after the latest value used (never
 * before the target's first year) to the deadline year, both included.
 *
 * Returns: %TRUE when years are left; %FALSE, with @from_year and @to_year
 *   untouched, once the deadline year has been assessed
 *
 * Since: 0.1
 */
gboolean
doson_ctr_requirement_get_years (const DosonCtrRequirement *requirement,
                                 int                       *from_year,
                                 int                       *to_year)
{
  g_return_val_if_fail (requirement != NULL, FALSE);

  if (!requirement->has_years)
    return FALSE;
  if (from_year != NULL)
    *from_year = requirement->from_year;
  if (to_year != NULL)
    *to_year = requirement->to_year;
  return TRUE;
}

/**
 * doson_ctr_requirement_get_per_year:
 * @requirement: a #DosonCtrRequirement
 * @per_year: (out) (optional): where to store the figure a year
 *
 * Gives the figure required a year: the yearly rate as a fraction (0.204
 * is 20.4 %/yr) of a growth-rate or yearly-change requirement; the amount
 * a year of an amount requirement; the change a year of a level
 * requirement, in the indicator's unit.
 *
 * Returns: %TRUE when there is one; otherwise %FALSE with @per_year
 *   untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_requirement_get_per_year (const DosonCtrRequirement *requirement,
                                    double                    *per_year)
{
  g_return_val_if_fail (requirement != NULL, FALSE);

  if (!requirement->has_per_year)
    return FALSE;
  if (per_year != NULL)
    *per_year = requirement->per_year;
  return TRUE;
}

/**
 * doson_ctr_requirement_get_total:
 * @requirement: a #DosonCtrRequirement
 * @total: (out) (optional): where to store the figure over the years left
 *
 * Gives the figure required over the years left, in the indicator's unit:
 * the value to reach in the deadline year (growth-rate and level), the
 * amount still to add (amount; negative to take away), the value each
 * year must reach (each-year).
 *
 * Returns: %TRUE when there is one; otherwise %FALSE with @total untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_requirement_get_total (const DosonCtrRequirement *requirement,
                                 double                    *total)
{
  g_return_val_if_fail (requirement != NULL, FALSE);

  if (!requirement->has_total)
    return FALSE;
  if (total != NULL)
    *total = requirement->total;
  return TRUE;
}
