/* doson-ctr-program-check.c: what a programme checks before it takes a
 * unit, a goal, an indicator or a task
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-indicator.h>
#include <doson-ctr/doson-ctr-program.h>
#include <doson-ctr/doson-ctr-target.h>
#include <doson-ctr/doson-ctr-task.h>

#include "base/doson-ctr-text-private.h"
#include "model/doson-ctr-responsible-unit-private.h"
#include "model/doson-ctr-goal-private.h"
#include "model/doson-ctr-target-private.h"
#include "model/doson-ctr-program-check-private.h"

/* Every unit of @lead and @partners is in @program, and none is named
 * twice across both lists. */
static gboolean
check_unit_lists (DosonCtrProgram  *program,
                  GPtrArray        *lead,
                  GPtrArray        *partners,
                  GError          **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *lists[2] = { lead, partners };
  guint l, i;

  for (l = 0; l < 2; l++)
    for (i = 0; i < lists[l]->len; i++)
      {
        const char *id = g_ptr_array_index (lists[l], i);

        if (doson_ctr_program_lookup_unit (program, id) == NULL)
          {
            g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                         "unknown unit \"%s\"", id);
            return FALSE;
          }
        if (!g_hash_table_add (seen, (gpointer) id))
          {
            g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                         "unit \"%s\" is named twice", id);
            return FALSE;
          }
      }
  return TRUE;
}

/* Fails when another @kind of the programme, @existing, has the id @id
 * already, or when @text, the member's @what (its name or title), has no
 * Vietnamese; a NULL @text is checked elsewhere. */
static gboolean
check_new_member (const char             *kind,
                  const char             *id,
                  gconstpointer           existing,
                  const char             *what,
                  const DosonCtrLocText  *text,
                  GError                **error)
{
  if (existing != NULL)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "%s \"%s\" is declared twice", kind, id);
      return FALSE;
    }
  if (text != NULL && text->vi == NULL)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "%s \"%s\" has no Vietnamese %s", kind, id, what);
      return FALSE;
    }
  return TRUE;
}

gboolean
_doson_ctr_program_check_unit (DosonCtrProgram          *program,
                               DosonCtrResponsibleUnit  *unit,
                               GError                  **error)
{
  const char *id = doson_ctr_responsible_unit_get_id (unit);

  return check_new_member ("unit", id, doson_ctr_program_lookup_unit (program, id),
                           "name", _doson_ctr_responsible_unit_get_name_raw (unit),
                           error);
}

/* The goal's units and resolutions; sets @error without naming the goal. */
static gboolean
check_goal_lists (DosonCtrProgram  *program,
                  DosonCtrGoal     *goal,
                  GError          **error)
{
  GPtrArray *resolutions = doson_ctr_goal_get_resolutions (goal);
  guint i, j;

  if (!check_unit_lists (program, doson_ctr_goal_get_lead_unit_ids (goal),
                         doson_ctr_goal_get_partner_unit_ids (goal), error))
    return FALSE;
  for (i = 0; i < resolutions->len; i++)
    for (j = 0; j < i; j++)
      if (strcmp (g_ptr_array_index (resolutions, i),
                  g_ptr_array_index (resolutions, j)) == 0)
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                       "resolution \"%s\" is named twice",
                       (const char *) g_ptr_array_index (resolutions, i));
          return FALSE;
        }
  return TRUE;
}

gboolean
_doson_ctr_program_check_goal (DosonCtrProgram  *program,
                               DosonCtrGoal     *goal,
                               GError          **error)
{
  const char *id = doson_ctr_goal_get_id (goal);
  const char *parent_id = doson_ctr_goal_get_parent_id (goal);
  GError *local_error = NULL;

  if (!check_new_member ("goal", id, doson_ctr_program_lookup_goal (program, id),
                         "title", _doson_ctr_goal_get_title_raw (goal), error))
    return FALSE;
  if (parent_id != NULL && doson_ctr_program_lookup_goal (program, parent_id) == NULL)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "goal \"%s\": unknown parent goal \"%s\" (a parent "
                   "must come before its children)", id, parent_id);
      return FALSE;
    }
  if (!check_goal_lists (program, goal, &local_error))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "goal \"%s\": %s", id, local_error->message);
      g_error_free (local_error);
      return FALSE;
    }
  return TRUE;
}

/* The rule an indicator and a task share: a known goal, at least one lead
 * unit, and units that are all known and named once. Sets @error without
 * naming the member. */
static gboolean
check_goal_and_units (DosonCtrProgram  *program,
                      const char       *goal_id,
                      GPtrArray        *lead_ids,
                      GPtrArray        *partner_ids,
                      GError          **error)
{
  if (goal_id == NULL)
    {
      g_set_error_literal (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                           "no goal");
      return FALSE;
    }
  if (doson_ctr_program_lookup_goal (program, goal_id) == NULL)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "unknown goal \"%s\"", goal_id);
      return FALSE;
    }
  if (lead_ids->len == 0)
    {
      g_set_error_literal (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                           "no lead unit");
      return FALSE;
    }
  return check_unit_lists (program, lead_ids, partner_ids, error);
}

/* The indicator's name, goal and units; sets @error without naming the
 * indicator, as the checks below do. */
static gboolean
check_indicator_links (DosonCtrProgram    *program,
                       DosonCtrIndicator  *indicator,
                       GError            **error)
{
  if (doson_ctr_indicator_get_name (indicator, "vi") == NULL)
    {
      g_set_error_literal (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                           "no Vietnamese name");
      return FALSE;
    }
  return check_goal_and_units (program,
                               doson_ctr_indicator_get_goal_id (indicator),
                               doson_ctr_indicator_get_lead_unit_ids (indicator),
                               doson_ctr_indicator_get_partner_unit_ids (indicator),
                               error);
}

/* A part or subset names an earlier indicator, not itself, of the same
 * measure. */
static gboolean
check_relation (DosonCtrProgram    *program,
                DosonCtrIndicator  *indicator,
                GError            **error)
{
  DosonCtrIndicatorRelation relation = doson_ctr_indicator_get_relation (indicator);
  const char *related_id = doson_ctr_indicator_get_related_id (indicator);
  DosonCtrMeasure measure = doson_ctr_indicator_get_measure (indicator);
  DosonCtrIndicator *whole;

  if (relation == DOSON_CTR_INDICATOR_RELATION_NONE)
    return TRUE;
  if (strcmp (related_id, doson_ctr_indicator_get_id (indicator)) == 0)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "the indicator is %s itself",
                   relation == DOSON_CTR_INDICATOR_RELATION_PART_OF
                   ? "part of" : "a subset of");
      return FALSE;
    }
  whole = doson_ctr_program_lookup_indicator (program, related_id);
  if (whole == NULL)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "unknown indicator \"%s\" (the whole must come "
                   "before its parts and subsets)", related_id);
      return FALSE;
    }
  if (doson_ctr_indicator_get_measure (whole) != measure)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "its measure \"%s\" differs from the measure \"%s\" "
                   "of \"%s\"", doson_ctr_measure_to_string (measure),
                   doson_ctr_measure_to_string (doson_ctr_indicator_get_measure (whole)),
                   related_id);
      return FALSE;
    }
  return TRUE;
}

/* Target @index (from 0) of @indicator: its years, unset ones taken as
 * the programme's defaults, lie after the baseline up to the end of the
 * term, in order; it applies per disaggregation value only with a
 * disaggregation; its threshold suits the measure. */
static gboolean
check_target (DosonCtrProgram       *program,
              DosonCtrIndicator     *indicator,
              const DosonCtrTarget  *target,
              guint                  index,
              GError               **error)
{
  int baseline = doson_ctr_program_get_baseline_year (program);
  int term_end = doson_ctr_program_get_term_end (program);
  int first = doson_ctr_target_get_first_year (target);
  int deadline = doson_ctr_target_get_deadline_year (target);
  GError *local_error = NULL;

  if (first == 0)
    first = baseline + 1;
  if (deadline == 0)
    deadline = term_end;
  if (first <= baseline || first > term_end || deadline <= baseline
      || deadline > term_end || first > deadline)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "target %u: the years %d to %d are not within %d to "
                   "%d (the years after the baseline %d up to the end "
                   "of the term), in order", index + 1, first, deadline,
                   baseline + 1, term_end, baseline);
      return FALSE;
    }
  if (doson_ctr_target_get_per_disaggregation (target)
      && doson_ctr_indicator_get_disaggregation (indicator) == NULL)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "target %u applies to each disaggregation value, but "
                   "the indicator has no disaggregation", index + 1);
      return FALSE;
    }
  if (!_doson_ctr_target_check_measure (target,
                                        doson_ctr_indicator_get_measure (indicator),
                                        &local_error))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "target %u: %s", index + 1, local_error->message);
      g_error_free (local_error);
      return FALSE;
    }
  return TRUE;
}

/* Everything but the id; sets @error without naming the indicator. */
static gboolean
check_indicator (DosonCtrProgram    *program,
                 DosonCtrIndicator  *indicator,
                 GError            **error)
{
  GPtrArray *targets;
  guint i;

  if (!check_indicator_links (program, indicator, error)
      || !check_relation (program, indicator, error))
    return FALSE;
  if (doson_ctr_indicator_get_disaggregation (indicator) != NULL
      && doson_ctr_indicator_get_disaggregation_values (indicator)->len == 0)
    {
      g_set_error_literal (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                           "the disaggregation has no values");
      return FALSE;
    }
  targets = doson_ctr_indicator_get_targets (indicator);
  if (targets->len == 0)
    {
      g_set_error_literal (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                           "no target");
      return FALSE;
    }
  for (i = 0; i < targets->len; i++)
    if (!check_target (program, indicator, g_ptr_array_index (targets, i), i,
                       error))
      return FALSE;
  return TRUE;
}

gboolean
_doson_ctr_program_check_indicator (DosonCtrProgram    *program,
                                    DosonCtrIndicator  *indicator,
                                    GError            **error)
{
  const char *id = doson_ctr_indicator_get_id (indicator);
  GError *local_error = NULL;

  if (!check_new_member ("indicator", id, doson_ctr_program_lookup_indicator (program, id),
                         NULL, NULL, error))
    return FALSE;
  if (!check_indicator (program, indicator, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   "indicator \"%s\": %s", id, local_error->message);
      g_error_free (local_error);
      return FALSE;
    }
  return TRUE;
}

/* Everything but the id; sets @error without naming the task. */
static gboolean
check_task (DosonCtrProgram  *program,
            DosonCtrTask     *task,
            GError          **error)
{
  int deadline = doson_ctr_task_get_deadline_year (task);
  int term_start = doson_ctr_program_get_term_start (program);
  int term_end = doson_ctr_program_get_term_end (program);

  if (doson_ctr_task_get_text (task, "vi") == NULL)
    {
      g_set_error_literal (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                           "no Vietnamese text");
      return FALSE;
    }
  if (deadline != 0 && (deadline < term_start || deadline > term_end))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "the deadline %d is not within the term %d to %d",
                   deadline, term_start, term_end);
      return FALSE;
    }
  return check_goal_and_units (program, doson_ctr_task_get_goal_id (task),
                               doson_ctr_task_get_lead_unit_ids (task),
                               doson_ctr_task_get_partner_unit_ids (task),
                               error);
}

gboolean
_doson_ctr_program_check_task (DosonCtrProgram  *program,
                               DosonCtrTask     *task,
                               GError          **error)
{
  const char *id = doson_ctr_task_get_id (task);
  GError *local_error = NULL;

  if (!check_new_member ("task", id, doson_ctr_program_lookup_task (program, id),
                         NULL, NULL, error))
    return FALSE;
  if (!check_task (program, task, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   "task \"%s\": %s", id, local_error->message);
      g_error_free (local_error);
      return FALSE;
    }
  return TRUE;
}
