/* doson-ctr-projection.c: where the pace observed since the baseline
 * leads by a target's deadline
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The pace is the one the target's kind measures: a compound rate for the
 * growth targets (average growth, year on year), the mean yearly amount
 * for a cumulative total, a straight line for a level.  It runs from the
 * first value from the baseline year on to the latest value up to the
 * as-of year.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-growth.h>

#include "assess/doson-ctr-requirement-private.h"

static void
set_projected (DosonCtrProjection             *p,
               const DosonCtrTargetAssessment *a,
               double                          value,
               double                          figure)
{
  p->has_value = TRUE;
  p->value = value;
  p->has_figure = TRUE;
  p->figure = figure;
  p->has_meets = TRUE;
  p->meets = doson_ctr_target_is_met_by (a->target, a->direction, figure);
}

/* Cumulative: the running total plus the mean yearly amount so far for
 * each year left. */
static void
project_cumulative (DosonCtrProjection             *p,
                    const DosonCtrTargetAssessment *a)
{
  int first = doson_ctr_target_get_first_year (a->target);
  double mean, total;

  if (!a->has_total)
    {
      p->reason = DOSON_CTR_REQUIREMENT_REASON_NO_DATA;
      return;
    }
  mean = a->total / (double) (a->current_year - first + 1);
  total = a->total + mean * (double) (p->year - a->current_year);
  set_projected (p, a, total, total);
}

/* The first and the latest value from the baseline year on: FALSE, with
 * the reason set, when there are not two years. */
static gboolean
observed (DosonCtrProjection             *p,
          const DosonCtrTargetAssessment *a,
          const DosonCtrSeries           *s,
          int                            *y0,
          double                         *v0,
          int                            *y1,
          double                         *v1)
{
  int until = MIN (a->as_of_year, p->year);

  if (s == NULL
      || !_doson_ctr_series_earliest (s, a->baseline_year, until, y0, v0)
      || !_doson_ctr_series_latest (s, a->baseline_year, until, y1, v1))
    {
      p->reason = DOSON_CTR_REQUIREMENT_REASON_NO_DATA;
      return FALSE;
    }
  if (*y1 == *y0)
    {
      p->reason = DOSON_CTR_REQUIREMENT_REASON_ONE_YEAR;
      return FALSE;
    }
  return TRUE;
}

/* Average growth and year on year: the compound rate so far, kept up to
 * the deadline.  The figure compared is that rate. */
static void
project_growth (DosonCtrProjection             *p,
                const DosonCtrTargetAssessment *a,
                const DosonCtrSeries           *s)
{
  int y0, y1;
  double v0, v1, rate, value;

  if (doson_ctr_target_get_kind (a->target) == DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH
      && !a->has_base)
    {
      /* the rule's base is the baseline year's value, and there is none */
      p->reason = DOSON_CTR_REQUIREMENT_REASON_NO_DATA;
      return;
    }
  if (!observed (p, a, s, &y0, &v0, &y1, &v1))
    return;
  if (!doson_ctr_growth_cagr (v0, v1, (double) (y1 - y0), &rate, NULL))
    {
      p->reason = DOSON_CTR_REQUIREMENT_REASON_ZERO_BASE;
      return;
    }
  /* a rate of −100 % (everything lost) stays at 0 */
  if (rate <= -1)
    value = 0;
  else if (!doson_ctr_growth_project (v1, rate, (double) (p->year - y1), &value, NULL))
    {
      p->reason = DOSON_CTR_REQUIREMENT_REASON_IMPLAUSIBLE_RATE;
      return;
    }
  set_projected (p, a, value, rate);
}

/* Level and every year: the straight line through the first and the
 * latest value, kept within what the measure can hold. */
static void
project_level (DosonCtrProjection             *p,
               const DosonCtrTargetAssessment *a,
               const DosonCtrSeries           *s,
               DosonCtrMeasure                 measure)
{
  int y0, y1;
  double v0, v1, value;

  if (!observed (p, a, s, &y0, &v0, &y1, &v1))
    return;
  value = v1 + (v1 - v0) / (double) (y1 - y0) * (double) (p->year - y1);
  value = _doson_ctr_requirement_clamp_to_measure (measure, value);
  set_projected (p, a, value, value);
}

DosonCtrProjection *
_doson_ctr_projection_new_for (const DosonCtrTargetAssessment *a,
                               const DosonCtrSeries           *s,
                               DosonCtrMeasure                 measure)
{
  DosonCtrProjection *p;

  if (_doson_ctr_requirement_is_achieved (a))
    return NULL;

  p = g_new0 (DosonCtrProjection, 1);
  p->year = doson_ctr_target_get_deadline_year (a->target);
  if (a->due)
    {
      p->reason = DOSON_CTR_REQUIREMENT_REASON_DEADLINE_PASSED;
      return p;
    }

  switch (doson_ctr_target_get_kind (a->target))
    {
    case DOSON_CTR_TARGET_KIND_MILESTONE:
      p->reason = DOSON_CTR_REQUIREMENT_REASON_NOT_APPLICABLE;
      break;
    case DOSON_CTR_TARGET_KIND_CUMULATIVE:
      project_cumulative (p, a);
      break;
    case DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH:
    case DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR:
      project_growth (p, a, s);
      break;
    case DOSON_CTR_TARGET_KIND_LEVEL:
    case DOSON_CTR_TARGET_KIND_EVERY_YEAR:
    default:
      if (measure == DOSON_CTR_MEASURE_BOOLEAN)
        p->reason = DOSON_CTR_REQUIREMENT_REASON_NOT_APPLICABLE;
      else
        project_level (p, a, s, measure);
      break;
    }
  return p;
}

/**
 * doson_ctr_target_assessment_get_projection:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Gives where the pace observed since the baseline leads by the deadline
 * year, when the target is not achieved. The pace runs from the first
 * value from the baseline year on to the latest value up to the as-of
 * year, and is the one the target's kind measures:
 *
 * - average growth and year on year: the compound rate so far, kept up to
 *   the deadline; the figure compared is that rate (1,150 in 2025 and
 *   1,443 in 2027 grow by ≈ 12.0 %/yr, which gives ≈ 2,028 in 2030 and
 *   does not meet a floor of 17 %/yr);
 * - cumulative: the running total plus its mean yearly amount so far for
 *   each year left; the figure compared is that total;
 * - level and every year: the straight line through the first and the
 *   latest value, kept within what the measure can hold (0 to 100 for a
 *   share, 0 or more for a count); the figure compared is that value;
 * - milestones, and level targets on a yes/no indicator: no projection,
 *   with the reason %DOSON_CTR_REQUIREMENT_REASON_NOT_APPLICABLE.
 *
 * Returns: (transfer none) (nullable): the projection, owned by
 *   @assessment, or %NULL when the target is achieved
 *
 * Since: 0.1
 */
const DosonCtrProjection *
doson_ctr_target_assessment_get_projection (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, NULL);

  return assessment->projection;
}

G_DEFINE_BOXED_TYPE (DosonCtrProjection, doson_ctr_projection,
                     doson_ctr_projection_copy,
                     doson_ctr_projection_free)

/**
 * doson_ctr_projection_copy:
 * @projection: a #DosonCtrProjection
 *
 * Copies @projection.
 *
 * Returns: (transfer full): the copy, freed with doson_ctr_projection_free()
 *
 * Since: 0.1
 */
DosonCtrProjection *
doson_ctr_projection_copy (const DosonCtrProjection *projection)
{
  g_return_val_if_fail (projection != NULL, NULL);

  return g_memdup2 (projection, sizeof *projection);
}

/**
 * doson_ctr_projection_free:
 * @projection: (nullable) (transfer full): a #DosonCtrProjection
 *
 * Frees a copy made with doson_ctr_projection_copy(). Does nothing when
 * @projection is %NULL. Never free the projection an assessment owns.
 *
 * Since: 0.1
 */
void
doson_ctr_projection_free (DosonCtrProjection *projection)
{
  g_free (projection);
}

/**
 * doson_ctr_projection_get_reason:
 * @projection: a #DosonCtrProjection
 *
 * Gives why @projection has no value: no data, a single year, a zero
 * base, the deadline year already assessed, or a milestone.
 *
 * Returns: the reason, %DOSON_CTR_REQUIREMENT_REASON_NONE when there is a
 *   value
 *
 * Since: 0.1
 */
DosonCtrRequirementReason
doson_ctr_projection_get_reason (const DosonCtrProjection *projection)
{
  g_return_val_if_fail (projection != NULL, DOSON_CTR_REQUIREMENT_REASON_NONE);

  return projection->reason;
}

/**
 * doson_ctr_projection_get_year:
 * @projection: a #DosonCtrProjection
 *
 * Gives the year projected to: the target's deadline year.
 *
 * Returns: the deadline year
 *
 * Since: 0.1
 */
int
doson_ctr_projection_get_year (const DosonCtrProjection *projection)
{
  g_return_val_if_fail (projection != NULL, 0);

  return projection->year;
}

/**
 * doson_ctr_projection_get_value:
 * @projection: a #DosonCtrProjection
 * @value: (out) (optional): where to store the value projected
 *
 * Gives the indicator's value projected to the deadline year, in its unit
 * (for a cumulative target, the running total).
 *
 * Returns: %TRUE when there is one; otherwise %FALSE with @value untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_projection_get_value (const DosonCtrProjection *projection,
                                double                   *value)
{
  g_return_val_if_fail (projection != NULL, FALSE);

  if (!projection->has_value)
    return FALSE;
  if (value != NULL)
    *value = projection->value;
  return TRUE;
}

/**
 * doson_ctr_projection_get_figure:
 * @projection: a #DosonCtrProjection
 * @figure: (out) (optional): where to store the figure compared
 *
 * Gives the figure the target would compare at that pace: the yearly rate
 * as a fraction for average-growth and year-on-year targets, otherwise the
 * value projected.
 *
 * Returns: %TRUE when there is one; otherwise %FALSE with @figure untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_projection_get_figure (const DosonCtrProjection *projection,
                                 double                   *figure)
{
  g_return_val_if_fail (projection != NULL, FALSE);

  if (!projection->has_figure)
    return FALSE;
  if (figure != NULL)
    *figure = projection->figure;
  return TRUE;
}

/**
 * doson_ctr_projection_get_meets:
 * @projection: a #DosonCtrProjection
 * @meets: (out) (optional): where to store whether the projection meets
 *   the target
 *
 * Says whether the figure projected meets the target, by
 * doson_ctr_target_is_met_by().
 *
 * Returns: %TRUE when there is a projection; otherwise %FALSE with @meets
 *   untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_projection_get_meets (const DosonCtrProjection *projection,
                                gboolean                 *meets)
{
  g_return_val_if_fail (projection != NULL, FALSE);

  if (!projection->has_meets)
    return FALSE;
  if (meets != NULL)
    *meets = projection->meets;
  return TRUE;
}
