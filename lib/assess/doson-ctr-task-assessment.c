/* doson-ctr-task-assessment.c: where a task stands in the assessed year
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The rule (doc/assessment.md, "Tasks"), for a task T and the as-of
 * year Y:
 *
 *  1. T reported for Y: the reported state; but a task that is not yearly,
 *     has a deadline D < Y and is reported not_started or in_progress is
 *     overdue.
 *  2. Else, a task that is not yearly and was reported done in a year
 *     before Y: done (done is for good).
 *  3. Else, a task that is not yearly with a deadline D < Y: overdue (it
 *     was not reported done by its deadline).
 *  4. Else the state is not known: missing data, never "not started".
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-assessment.h>
#include <doson-ctr/doson-ctr-measurement.h>
#include <doson-ctr/doson-ctr-task.h>

#include "assess/doson-ctr-task-assessment-private.h"

/* The latest report of @task done before @year, or NULL. */
static const DosonCtrTaskProgress *
done_before (DosonCtrTask           *task,
             DosonCtrMeasurementSet *set,
             int                     year)
{
  GPtrArray *all = doson_ctr_measurement_set_get_task_progress (set);
  const DosonCtrTaskProgress *found = NULL;
  const char *id = doson_ctr_task_get_id (task);
  guint i;

  for (i = 0; i < all->len; i++)
    {
      const DosonCtrTaskProgress *p = g_ptr_array_index (all, i);

      if (doson_ctr_task_progress_get_year (p) < year
          && doson_ctr_task_progress_get_state (p) == DOSON_CTR_TASK_STATE_DONE
          && g_str_equal (doson_ctr_task_progress_get_task_id (p), id)
          && (found == NULL
              || doson_ctr_task_progress_get_year (p) > doson_ctr_task_progress_get_year (found)))
        found = p;
    }
  return found;
}

gboolean
_doson_ctr_task_state_decide (DosonCtrTask                 *task,
                              DosonCtrMeasurementSet       *set,
                              int                           year,
                              DosonCtrTaskState            *state,
                              const DosonCtrTaskProgress  **from)
{
  const DosonCtrTaskProgress *p;
  int deadline = doson_ctr_task_get_deadline_year (task);
  gboolean once = !doson_ctr_task_get_yearly (task);
  gboolean past_deadline = once && deadline != 0 && deadline < year;

  p = doson_ctr_measurement_set_lookup_task_progress (set, doson_ctr_task_get_id (task),
                                                      year);
  if (p != NULL)
    {
      DosonCtrTaskState reported = doson_ctr_task_progress_get_state (p);

      *state = past_deadline && (reported == DOSON_CTR_TASK_STATE_NOT_STARTED
                                 || reported == DOSON_CTR_TASK_STATE_IN_PROGRESS)
               ? DOSON_CTR_TASK_STATE_OVERDUE : reported;
      *from = p;
      return TRUE;
    }
  p = once ? done_before (task, set, year) : NULL;
  if (p != NULL)
    {
      *state = DOSON_CTR_TASK_STATE_DONE;
      *from = p;
      return TRUE;
    }
  *from = NULL;
  if (past_deadline)
    {
      *state = DOSON_CTR_TASK_STATE_OVERDUE;
      return TRUE;
    }
  return FALSE;
}

/**
 * doson_ctr_assessment_get_task_state:
 * @assessment: a #DosonCtrAssessment
 * @task_id: the id of a task of the programme
 * @state: (out) (optional): where to store the state
 *
 * Decides where a task stands in the as-of year of @assessment, from the
 * progress reported in its measurement set (doc/assessment.md, "Tasks"):
 * the state reported for that year; overdue when the task is not done and
 * its deadline year has passed; done when it was reported done in an
 * earlier year (for a task that is not yearly). Without a report that
 * decides it, the state is not known: missing data is never read as "not
 * started".
 *
 * Returns: %TRUE and @state set when the state is known; %FALSE, @state
 *   untouched, when it is not or the programme has no task @task_id
 *
 * Since: 0.1
 */
gboolean
doson_ctr_assessment_get_task_state (DosonCtrAssessment *assessment,
                                     const char         *task_id,
                                     DosonCtrTaskState  *state)
{
  const DosonCtrTaskProgress *from;
  DosonCtrTaskState decided;
  DosonCtrTask *task;

  g_return_val_if_fail (DOSON_CTR_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (task_id != NULL, FALSE);

  task = doson_ctr_program_lookup_task (doson_ctr_assessment_get_program (assessment),
                                        task_id);
  if (task == NULL
      || !_doson_ctr_task_state_decide (task, doson_ctr_assessment_get_measurements (assessment),
                                        doson_ctr_assessment_get_as_of_year (assessment),
                                        &decided, &from))
    return FALSE;
  if (state != NULL)
    *state = decided;
  return TRUE;
}

/**
 * doson_ctr_assessment_get_task_progress:
 * @assessment: a #DosonCtrAssessment
 * @task_id: the id of a task of the programme
 *
 * Gives the report the state of a task comes from
 * (doson_ctr_assessment_get_task_state()): the one for the as-of year or,
 * for a task done earlier, the report that says so; for its note.
 *
 * Returns: (transfer none) (nullable): the report, owned by the
 *   assessment's measurement set, or %NULL when the state comes from no
 *   report (overdue without one, or not known)
 *
 * Since: 0.1
 */
const DosonCtrTaskProgress *
doson_ctr_assessment_get_task_progress (DosonCtrAssessment *assessment,
                                        const char         *task_id)
{
  const DosonCtrTaskProgress *from = NULL;
  DosonCtrTaskState decided;
  DosonCtrTask *task;

  g_return_val_if_fail (DOSON_CTR_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (task_id != NULL, NULL);

  task = doson_ctr_program_lookup_task (doson_ctr_assessment_get_program (assessment),
                                        task_id);
  if (task == NULL)
    return NULL;
  _doson_ctr_task_state_decide (task, doson_ctr_assessment_get_measurements (assessment),
                                doson_ctr_assessment_get_as_of_year (assessment),
                                &decided, &from);
  return from;
}
