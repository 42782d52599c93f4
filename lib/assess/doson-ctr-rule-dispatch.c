/* doson-ctr-rule-dispatch.c: one target assessed by the rule of its kind
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-assessment.h>

#include "assess/doson-ctr-assessment-options-private.h"
#include "assess/doson-ctr-requirement-private.h"
#include "assess/doson-ctr-rule-dispatch-private.h"
#include "assess/doson-ctr-rule-private.h"

DosonCtrTargetAssessment *
_doson_ctr_assess_target (DosonCtrProgram                 *program,
                          DosonCtrMeasurementSet          *set,
                          DosonCtrIndicator               *indicator,
                          const DosonCtrTarget            *target,
                          guint                            index,
                          guint                            n_targets,
                          const char                      *level,
                          int                              as_of,
                          const DosonCtrAssessmentOptions *opts)
{
  DosonCtrTargetAssessment *a = g_new0 (DosonCtrTargetAssessment, 1);
  DosonCtrTargetKind kind = doson_ctr_target_get_kind (target);
  DosonCtrComparator cmp = doson_ctr_target_get_comparator (target);
  int b = doson_ctr_program_get_baseline_year (program);
  int first = doson_ctr_target_get_first_year (target);
  int deadline = doson_ctr_target_get_deadline_year (target);
  DosonCtrMeasure measure = doson_ctr_indicator_get_measure (indicator);
  int until;
  DosonCtrSeries s;

  /* A target in a programme always has its years; a target made by hand
   * without them takes the programme's defaults, as the loader does. */
  if (first == 0)
    first = b + 1;
  if (deadline == 0)
    deadline = doson_ctr_program_get_term_end (program);
  until = MIN (as_of, deadline);

  a->indicator_id = g_strdup (doson_ctr_indicator_get_id (indicator));
  a->target_index = index;
  a->n_targets = n_targets;
  a->target = doson_ctr_target_copy (target);
  doson_ctr_target_set_years (a->target, first, deadline);
  a->level = g_strdup (level);
  a->direction = doson_ctr_indicator_get_direction (indicator);
  a->baseline_year = b;
  a->as_of_year = as_of;
  a->due = as_of >= deadline;
  a->status = DOSON_CTR_STATUS_NOT_AVAILABLE;
  a->floor = doson_ctr_target_get_floor (target, a->direction);
  a->has_stretch = doson_ctr_target_get_stretch (target, a->direction, &a->stretch);
  a->zero_target = kind == DOSON_CTR_TARGET_KIND_LEVEL
                   && a->direction == DOSON_CTR_DIRECTION_LOWER
                   && (cmp == DOSON_CTR_COMPARATOR_EQUAL
                       || cmp == DOSON_CTR_COMPARATOR_AT_MOST
                       || cmp == DOSON_CTR_COMPARATOR_LESS_THAN)
                   && a->floor == 0;
  a->cutoffs = *_doson_ctr_assessment_options_get_pace_cutoffs (opts);

  if (kind != DOSON_CTR_TARGET_KIND_MILESTONE && as_of < first)
    {
      a->status = DOSON_CTR_STATUS_PENDING;
      a->reason = DOSON_CTR_ASSESSMENT_REASON_NOT_STARTED;
      a->requirement = _doson_ctr_requirement_new_for (a, measure);
      a->projection = _doson_ctr_projection_new_for (a, NULL, measure);
      return a;
    }

  /* Only measurements up to the as-of year; the year before the baseline
   * is read for nothing but a year-on-year change of the first year. */
  _doson_ctr_series_load (&s, set, a->indicator_id, level, MIN (b, first - 1), as_of);

  switch (kind)
    {
    case DOSON_CTR_TARGET_KIND_EVERY_YEAR:
      _doson_ctr_rule_every_year (a, &s, first, until);
      break;
    case DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR:
      _doson_ctr_rule_year_on_year (a, &s, first, until);
      break;
    case DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH:
      _doson_ctr_rule_average_growth (a, &s, deadline, until);
      break;
    case DOSON_CTR_TARGET_KIND_LEVEL:
      _doson_ctr_rule_level (a, opts, &s, deadline, until);
      break;
    case DOSON_CTR_TARGET_KIND_CUMULATIVE:
      _doson_ctr_rule_cumulative (a, &s, first, deadline, until);
      break;
    case DOSON_CTR_TARGET_KIND_MILESTONE:
      _doson_ctr_rule_milestone (a, &s, deadline, until);
      break;
    default:
      g_assert_not_reached ();
    }

  a->requirement = _doson_ctr_requirement_new_for (a, measure);
  a->projection = _doson_ctr_projection_new_for (a, &s, measure);
  _doson_ctr_series_clear (&s);
  return a;
}
