/* doson-ctr-program-query.c: the indicators of a goal, of a unit, and
 * the parts and subsets of an indicator
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <doson-ctr/doson-ctr-indicator.h>
#include <doson-ctr/doson-ctr-program.h>
#include <doson-ctr/doson-ctr-task.h>

static gboolean
str_array_contains (GPtrArray  *array,
                    const char *str)
{
  guint i;

  for (i = 0; i < array->len; i++)
    if (strcmp (g_ptr_array_index (array, i), str) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
goal_is_within (DosonCtrGoal *goal,
                DosonCtrGoal *ancestor)
{
  for (; goal != NULL; goal = doson_ctr_goal_get_parent (goal))
    if (goal == ancestor)
      return TRUE;
  return FALSE;
}

/* Keeps the indicators of @program, in the order they were added, that
 * @keep says yes to. */
typedef gboolean (*IndicatorTest) (DosonCtrIndicator *indicator,
                                   gconstpointer      data);

static GPtrArray *
filter_indicators (DosonCtrProgram *program,
                   IndicatorTest    keep,
                   gconstpointer    data)
{
  GPtrArray *result, *indicators;
  guint i;

  result = g_ptr_array_new ();
  indicators = doson_ctr_program_get_indicators (program);
  for (i = 0; i < indicators->len; i++)
    {
      DosonCtrIndicator *indicator = g_ptr_array_index (indicators, i);

      if (keep (indicator, data))
        g_ptr_array_add (result, indicator);
    }
  return result;
}

typedef struct
{
  DosonCtrProgram *program;
  DosonCtrGoal    *goal;
  gboolean         recursive;
} GoalTest;

static gboolean
indicator_is_for_goal (DosonCtrIndicator *indicator,
                       gconstpointer      data)
{
  const GoalTest *test = data;
  DosonCtrGoal *own = doson_ctr_program_lookup_goal (test->program,
                                                     doson_ctr_indicator_get_goal_id (indicator));

  return own == test->goal || (test->recursive && goal_is_within (own, test->goal));
}

typedef struct
{
  const char *unit_id;
  gboolean    include_partners;
} UnitTest;

static gboolean
indicator_is_for_unit (DosonCtrIndicator *indicator,
                       gconstpointer      data)
{
  const UnitTest *test = data;

  return str_array_contains (doson_ctr_indicator_get_lead_unit_ids (indicator),
                             test->unit_id)
         || (test->include_partners
             && str_array_contains (doson_ctr_indicator_get_partner_unit_ids (indicator),
                                    test->unit_id));
}

typedef struct
{
  const char                *indicator_id;
  DosonCtrIndicatorRelation  relation;
} RelationTest;

static gboolean
indicator_is_related (DosonCtrIndicator *indicator,
                      gconstpointer      data)
{
  const RelationTest *test = data;

  return doson_ctr_indicator_get_relation (indicator) == test->relation
         && strcmp (doson_ctr_indicator_get_related_id (indicator),
                    test->indicator_id) == 0;
}

/**
 * doson_ctr_program_get_indicators_for_goal:
 * @program: a #DosonCtrProgram
 * @goal_id: a goal id
 * @recursive: whether to include the indicators of the goal's
 *   descendants
 *
 * Gives the indicators of one goal, in the order they were added to
 * @program. An unknown goal has none.
 *
 * Returns: (transfer container) (element-type DosonCtrIndicator): a new
 *   array of indicators owned by @program; free the array with
 *   g_ptr_array_unref()
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_program_get_indicators_for_goal (DosonCtrProgram *program,
                                           const char      *goal_id,
                                           gboolean         recursive)
{
  GoalTest test;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (goal_id != NULL, NULL);

  test.program = program;
  test.goal = doson_ctr_program_lookup_goal (program, goal_id);
  test.recursive = recursive;
  if (test.goal == NULL)
    return g_ptr_array_new ();
  return filter_indicators (program, indicator_is_for_goal, &test);
}

/**
 * doson_ctr_program_get_indicators_for_unit:
 * @program: a #DosonCtrProgram
 * @unit_id: a unit id
 * @include_partners: whether to include the indicators the unit takes
 *   part in besides those it leads
 *
 * Gives the indicators a responsible unit leads (and, optionally, those it
 * is a partner of), in the order they were added to @program.
 *
 * Returns: (transfer container) (element-type DosonCtrIndicator): a new
 *   array of indicators owned by @program; free the array with
 *   g_ptr_array_unref()
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_program_get_indicators_for_unit (DosonCtrProgram *program,
                                           const char      *unit_id,
                                           gboolean         include_partners)
{
  UnitTest test = { unit_id, include_partners };

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (unit_id != NULL, NULL);

  return filter_indicators (program, indicator_is_for_unit, &test);
}

/**
 * doson_ctr_program_get_related_indicators:
 * @program: a #DosonCtrProgram
 * @indicator_id: the id of a whole
 * @relation: %DOSON_CTR_INDICATOR_RELATION_PART_OF for its parts,
 *   %DOSON_CTR_INDICATOR_RELATION_SUBSET_OF for its subsets
 *
 * Gives the indicators that declare @relation to @indicator_id: the parts
 * that sum into it, or its subsets ("trong đó").
 *
 * Returns: (transfer container) (element-type DosonCtrIndicator): a new
 *   array of indicators owned by @program, possibly empty; free the array
 *   with g_ptr_array_unref()
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_program_get_related_indicators (DosonCtrProgram           *program,
                                          const char                *indicator_id,
                                          DosonCtrIndicatorRelation  relation)
{
  RelationTest test = { indicator_id, relation };

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (indicator_id != NULL, NULL);
  g_return_val_if_fail (relation == DOSON_CTR_INDICATOR_RELATION_PART_OF
                        || relation == DOSON_CTR_INDICATOR_RELATION_SUBSET_OF,
                        NULL);

  return filter_indicators (program, indicator_is_related, &test);
}

/**
 * doson_ctr_program_get_tasks_for_goal:
 * @program: a #DosonCtrProgram
 * @goal_id: a goal id
 * @recursive: whether to include the tasks of the goal's descendants
 *
 * Gives the tasks of one goal, in the order they were added to @program.
 * An unknown goal has none.
 *
 * Returns: (transfer container) (element-type DosonCtrTask): a new array
 *   of tasks owned by @program; free the array with g_ptr_array_unref()
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_program_get_tasks_for_goal (DosonCtrProgram *program,
                                      const char      *goal_id,
                                      gboolean         recursive)
{
  GPtrArray *result, *tasks;
  DosonCtrGoal *goal;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (goal_id != NULL, NULL);

  result = g_ptr_array_new ();
  goal = doson_ctr_program_lookup_goal (program, goal_id);
  if (goal == NULL)
    return result;
  tasks = doson_ctr_program_get_tasks (program);
  for (i = 0; i < tasks->len; i++)
    {
      DosonCtrTask *task = g_ptr_array_index (tasks, i);
      DosonCtrGoal *own = doson_ctr_program_lookup_goal (program,
                                                         doson_ctr_task_get_goal_id (task));

      if (own == goal || (recursive && goal_is_within (own, goal)))
        g_ptr_array_add (result, task);
    }
  return result;
}

/**
 * doson_ctr_program_get_tasks_for_unit:
 * @program: a #DosonCtrProgram
 * @unit_id: a unit id
 * @include_partners: whether to include the tasks the unit takes part in
 *   besides those it leads
 *
 * Gives the tasks a responsible unit leads (and, optionally, those it is
 * a partner of), in the order they were added to @program.
 *
 * Returns: (transfer container) (element-type DosonCtrTask): a new array
 *   of tasks owned by @program; free the array with g_ptr_array_unref()
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_program_get_tasks_for_unit (DosonCtrProgram *program,
                                      const char      *unit_id,
                                      gboolean         include_partners)
{
  GPtrArray *result, *tasks;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (unit_id != NULL, NULL);

  result = g_ptr_array_new ();
  tasks = doson_ctr_program_get_tasks (program);
  for (i = 0; i < tasks->len; i++)
    {
      DosonCtrTask *task = g_ptr_array_index (tasks, i);

      if (str_array_contains (doson_ctr_task_get_lead_unit_ids (task), unit_id)
          || (include_partners
              && str_array_contains (doson_ctr_task_get_partner_unit_ids (task),
                                     unit_id)))
        g_ptr_array_add (result, task);
    }
  return result;
}
