/* fuzz-program-json.c: libFuzzer target, the programme JSON loader
 * (doson_ctr_program_new_from_data())
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The input is a programme file.  When it loads, the programme is walked
 * through its accessors, written with doson_ctr_program_to_data() and
 * read back: the text must load, the programme must be equal to the first
 * (doson_ctr_program_equal()) and writing it again must give the same
 * text.  A round trip that fails is a bug.
 */

#include "fuzz-common.h"

/* Every task is found by its id, in its goal and under its lead units. */
static void
fuzz_program_walk_tasks (DosonCtrProgram *program)
{
  GPtrArray *tasks = doson_ctr_program_get_tasks (program);
  guint i;

  for (i = 0; i < tasks->len; i++)
    {
      DosonCtrTask *task = g_ptr_array_index (tasks, i);
      const char *id = doson_ctr_task_get_id (task);
      const char *goal = doson_ctr_task_get_goal_id (task);
      GPtrArray *lead = doson_ctr_task_get_lead_unit_ids (task);
      g_autoptr(GPtrArray) of_goal = NULL;
      g_autoptr(GPtrArray) of_unit = NULL;
      int deadline = doson_ctr_task_get_deadline_year (task);

      FUZZ_CHECK (doson_ctr_program_lookup_task (program, id) == task, "task \"%s\" not found", id);
      FUZZ_CHECK (doson_ctr_task_get_text (task, "vi") != NULL, "task \"%s\": no text", id);
      FUZZ_CHECK (doson_ctr_program_lookup_goal (program, goal) != NULL, "task \"%s\": unknown goal", id);
      FUZZ_CHECK (lead->len > 0, "task \"%s\": no lead unit", id);
      FUZZ_CHECK (deadline == 0 || (deadline >= doson_ctr_program_get_term_start (program)
                                    && deadline <= doson_ctr_program_get_term_end (program)),
                  "task \"%s\": deadline %d outside the term", id, deadline);
      of_goal = doson_ctr_program_get_tasks_for_goal (program, goal, FALSE);
      FUZZ_CHECK (g_ptr_array_find (of_goal, task, NULL), "task \"%s\": not among its goal's", id);
      of_unit = doson_ctr_program_get_tasks_for_unit (program, g_ptr_array_index (lead, 0), FALSE);
      FUZZ_CHECK (g_ptr_array_find (of_unit, task, NULL), "task \"%s\": not among its unit's", id);
    }
}

static void
fuzz_program_walk (DosonCtrProgram *program)
{
  GPtrArray *units = doson_ctr_program_get_units (program);
  GPtrArray *goals = doson_ctr_program_get_goals (program);
  GPtrArray *indicators = doson_ctr_program_get_indicators (program);
  guint i, j;

  FUZZ_CHECK (doson_ctr_id_is_valid (doson_ctr_program_get_id (program)), "invalid programme id");
  FUZZ_CHECK (doson_ctr_program_get_term_start (program) < doson_ctr_program_get_term_end (program),
              "term out of order");
  FUZZ_CHECK (doson_ctr_program_get_title (program, "vi") != NULL, "no Vietnamese title");

  for (i = 0; i < units->len; i++)
    {
      DosonCtrResponsibleUnit *unit = g_ptr_array_index (units, i);
      const char *id = doson_ctr_responsible_unit_get_id (unit);

      FUZZ_CHECK (doson_ctr_program_lookup_unit (program, id) == unit, "unit \"%s\" not found", id);
      g_ptr_array_unref (doson_ctr_program_get_indicators_for_unit (program, id, FALSE));
      g_ptr_array_unref (doson_ctr_program_get_indicators_for_unit (program, id, TRUE));
    }

  for (i = 0; i < goals->len; i++)
    {
      DosonCtrGoal *goal = g_ptr_array_index (goals, i);
      const char *id = doson_ctr_goal_get_id (goal);
      DosonCtrGoal *parent = doson_ctr_goal_get_parent (goal);
      GPtrArray *ids = doson_ctr_goal_get_indicator_ids (goal);
      GPtrArray *direct, *all;
      guint depth = 0;

      FUZZ_CHECK (doson_ctr_program_lookup_goal (program, id) == goal, "goal \"%s\" not found", id);
      for (; parent != NULL; parent = doson_ctr_goal_get_parent (parent))
        FUZZ_CHECK (++depth <= goals->len, "goal \"%s\": the parents form a cycle", id);
      direct = doson_ctr_program_get_indicators_for_goal (program, id, FALSE);
      all = doson_ctr_program_get_indicators_for_goal (program, id, TRUE);
      FUZZ_CHECK (direct->len == ids->len, "goal \"%s\": %u indicators, %u ids", id,
                  direct->len, ids->len);
      FUZZ_CHECK (all->len >= direct->len, "goal \"%s\": fewer indicators with the subgoals", id);
      g_ptr_array_unref (direct);
      g_ptr_array_unref (all);
    }

  for (i = 0; i < indicators->len; i++)
    {
      DosonCtrIndicator *indicator = g_ptr_array_index (indicators, i);
      const char *id = doson_ctr_indicator_get_id (indicator);
      GPtrArray *targets = doson_ctr_indicator_get_targets (indicator);
      DosonCtrIndicatorRelation relation;

      FUZZ_CHECK (doson_ctr_program_lookup_indicator (program, id) == indicator,
                  "indicator \"%s\" not found", id);
      FUZZ_CHECK (doson_ctr_program_lookup_goal (program, doson_ctr_indicator_get_goal_id (indicator))
                  != NULL, "indicator \"%s\": unknown goal", id);
      for (relation = DOSON_CTR_INDICATOR_RELATION_PART_OF;
           relation <= DOSON_CTR_INDICATOR_RELATION_SUBSET_OF; relation++)
        g_ptr_array_unref (doson_ctr_program_get_related_indicators (program, id, relation));
      for (j = 0; j < targets->len; j++)
        {
          const DosonCtrTarget *target = g_ptr_array_index (targets, j);
          DosonCtrDirection direction = doson_ctr_indicator_get_direction (indicator);
          double floor_value = doson_ctr_target_get_floor (target, direction);

          FUZZ_CHECK (isfinite (floor_value), "indicator \"%s\": target %u: floor not finite", id, j);
          FUZZ_CHECK (doson_ctr_target_get_first_year (target)
                      <= doson_ctr_target_get_deadline_year (target),
                      "indicator \"%s\": target %u: years out of order", id, j);
          (void) doson_ctr_target_is_met_by (target, direction, floor_value);
        }
    }
}

void
fuzz_program_json_one (const guint8 *data,
                       gsize         size)
{
  g_autoptr(DosonCtrProgram) program = NULL;
  g_autoptr(DosonCtrProgram) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  gsize len = 0, len_again = 0;
  GError *error = NULL;

  program = doson_ctr_program_new_from_data ((const char *) data, (gssize) size, "fuzz.json",
                                             &error);
  fuzz_check_error (program != NULL, error, "program_new_from_data");
  g_clear_error (&error);
  if (program == NULL)
    return;

  fuzz_program_walk (program);
  fuzz_program_walk_tasks (program);

  text = doson_ctr_program_to_data (program, &len);
  FUZZ_CHECK (text != NULL && strlen (text) == len, "to_data: length %" G_GSIZE_FORMAT
              " but %" G_GSIZE_FORMAT " bytes before the NUL", len, text ? strlen (text) : 0);
  fuzz_check_utf8 (text, len, "to_data");

  again = doson_ctr_program_new_from_data (text, (gssize) len, "to_data", &error);
  fuzz_check_error (again != NULL, error, "program_new_from_data (to_data)");
  FUZZ_CHECK (again != NULL, "round trip: what to_data wrote does not load: %s", error->message);
  FUZZ_CHECK (doson_ctr_program_equal (program, again), "round trip: the programme changed");
  text_again = doson_ctr_program_to_data (again, &len_again);
  FUZZ_CHECK (len == len_again && memcmp (text, text_again, len) == 0,
              "round trip: to_data wrote different text the second time");
}

FUZZ_ENTRY_POINT (fuzz_program_json_one)
