/* doson-ctr-program-equal.c: two programmes compared field by field
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <doson-ctr/doson-ctr-indicator.h>
#include <doson-ctr/doson-ctr-program.h>
#include <doson-ctr/doson-ctr-target.h>

#include "base/doson-ctr-text-private.h"
#include "model/doson-ctr-responsible-unit-private.h"
#include "model/doson-ctr-goal-private.h"
#include "model/doson-ctr-indicator-private.h"
#include "model/doson-ctr-program-private.h"
#include "model/doson-ctr-task-private.h"

/* Two arrays of strings, in order. */
static gboolean
strings_equal (GPtrArray *a,
               GPtrArray *b)
{
  guint i;

  if (a->len != b->len)
    return FALSE;
  for (i = 0; i < a->len; i++)
    if (strcmp (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

typedef gboolean (*EqualFunc) (gconstpointer a,
                               gconstpointer b);

/* Two arrays of objects, in order, compared with @equal. */
static gboolean
arrays_equal (GPtrArray *a,
              GPtrArray *b,
              EqualFunc  equal)
{
  guint i;

  if (a->len != b->len)
    return FALSE;
  for (i = 0; i < a->len; i++)
    if (!equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

static gboolean
unit_equal (gconstpointer pa,
            gconstpointer pb)
{
  DosonCtrResponsibleUnit *a = (DosonCtrResponsibleUnit *) pa;
  DosonCtrResponsibleUnit *b = (DosonCtrResponsibleUnit *) pb;

  return strcmp (doson_ctr_responsible_unit_get_id (a),
                 doson_ctr_responsible_unit_get_id (b)) == 0
         && _doson_ctr_loc_text_equal (_doson_ctr_responsible_unit_get_name_raw (a),
                                       _doson_ctr_responsible_unit_get_name_raw (b))
         && _doson_ctr_loc_text_equal (_doson_ctr_responsible_unit_get_short_name_raw (a),
                                       _doson_ctr_responsible_unit_get_short_name_raw (b));
}

/* Its children and indicator ids follow from the other goals and the
 * indicators, which are compared too. */
static gboolean
goal_equal (gconstpointer pa,
            gconstpointer pb)
{
  DosonCtrGoal *a = (DosonCtrGoal *) pa;
  DosonCtrGoal *b = (DosonCtrGoal *) pb;

  return strcmp (doson_ctr_goal_get_id (a), doson_ctr_goal_get_id (b)) == 0
         && g_strcmp0 (doson_ctr_goal_get_ref (a), doson_ctr_goal_get_ref (b)) == 0
         && _doson_ctr_loc_text_equal (_doson_ctr_goal_get_title_raw (a),
                                       _doson_ctr_goal_get_title_raw (b))
         && g_strcmp0 (doson_ctr_goal_get_parent_id (a),
                       doson_ctr_goal_get_parent_id (b)) == 0
         && strings_equal (doson_ctr_goal_get_lead_unit_ids (a),
                           doson_ctr_goal_get_lead_unit_ids (b))
         && strings_equal (doson_ctr_goal_get_partner_unit_ids (a),
                           doson_ctr_goal_get_partner_unit_ids (b))
         && strings_equal (doson_ctr_goal_get_resolutions (a),
                           doson_ctr_goal_get_resolutions (b));
}

static gboolean
task_equal (gconstpointer pa,
            gconstpointer pb)
{
  DosonCtrTask *a = (DosonCtrTask *) pa;
  DosonCtrTask *b = (DosonCtrTask *) pb;

  return strcmp (doson_ctr_task_get_id (a), doson_ctr_task_get_id (b)) == 0
         && g_strcmp0 (doson_ctr_task_get_ref (a), doson_ctr_task_get_ref (b)) == 0
         && g_strcmp0 (doson_ctr_task_get_goal_id (a),
                       doson_ctr_task_get_goal_id (b)) == 0
         && _doson_ctr_loc_text_equal (_doson_ctr_task_get_text_raw (a),
                                       _doson_ctr_task_get_text_raw (b))
         && strings_equal (doson_ctr_task_get_lead_unit_ids (a),
                           doson_ctr_task_get_lead_unit_ids (b))
         && strings_equal (doson_ctr_task_get_partner_unit_ids (a),
                           doson_ctr_task_get_partner_unit_ids (b))
         && doson_ctr_task_get_deadline_year (a) == doson_ctr_task_get_deadline_year (b)
         && doson_ctr_task_get_yearly (a) == doson_ctr_task_get_yearly (b);
}

/* The dimension, its name, and its values with their names, in order. */
static gboolean
disaggregation_equal (DosonCtrIndicator *a,
                      DosonCtrIndicator *b)
{
  GPtrArray *values = doson_ctr_indicator_get_disaggregation_values (a);
  guint i;

  if (g_strcmp0 (doson_ctr_indicator_get_disaggregation (a),
                 doson_ctr_indicator_get_disaggregation (b)) != 0
      || !_doson_ctr_loc_text_equal (_doson_ctr_indicator_get_disaggregation_name_raw (a),
                                     _doson_ctr_indicator_get_disaggregation_name_raw (b))
      || !strings_equal (values, doson_ctr_indicator_get_disaggregation_values (b)))
    return FALSE;
  for (i = 0; i < values->len; i++)
    if (!_doson_ctr_loc_text_equal (_doson_ctr_indicator_get_disaggregation_value_name_raw (a, i),
                                    _doson_ctr_indicator_get_disaggregation_value_name_raw (b, i)))
      return FALSE;
  return TRUE;
}

/* The relation and, when there is one, the indicator it names. */
static gboolean
relation_equal (DosonCtrIndicator *a,
                DosonCtrIndicator *b)
{
  DosonCtrIndicatorRelation relation = doson_ctr_indicator_get_relation (a);

  if (relation != doson_ctr_indicator_get_relation (b))
    return FALSE;
  return relation == DOSON_CTR_INDICATOR_RELATION_NONE
         || g_strcmp0 (doson_ctr_indicator_get_related_id (a),
                       doson_ctr_indicator_get_related_id (b)) == 0;
}

static gboolean
target_equal (gconstpointer a,
              gconstpointer b)
{
  return doson_ctr_target_equal (a, b);
}

static gboolean
indicator_equal (gconstpointer pa,
                 gconstpointer pb)
{
  DosonCtrIndicator *a = (DosonCtrIndicator *) pa;
  DosonCtrIndicator *b = (DosonCtrIndicator *) pb;

  return strcmp (doson_ctr_indicator_get_id (a), doson_ctr_indicator_get_id (b)) == 0
         && g_strcmp0 (doson_ctr_indicator_get_ref (a), doson_ctr_indicator_get_ref (b)) == 0
         && _doson_ctr_loc_text_equal (_doson_ctr_indicator_get_name_raw (a),
                                       _doson_ctr_indicator_get_name_raw (b))
         && _doson_ctr_loc_text_equal (_doson_ctr_indicator_get_unit_raw (a),
                                       _doson_ctr_indicator_get_unit_raw (b))
         && _doson_ctr_loc_text_equal (_doson_ctr_indicator_get_note_raw (a),
                                       _doson_ctr_indicator_get_note_raw (b))
         && doson_ctr_indicator_get_measure (a) == doson_ctr_indicator_get_measure (b)
         && doson_ctr_indicator_get_direction (a) == doson_ctr_indicator_get_direction (b)
         && g_strcmp0 (doson_ctr_indicator_get_goal_id (a),
                       doson_ctr_indicator_get_goal_id (b)) == 0
         && strings_equal (doson_ctr_indicator_get_lead_unit_ids (a),
                           doson_ctr_indicator_get_lead_unit_ids (b))
         && strings_equal (doson_ctr_indicator_get_partner_unit_ids (a),
                           doson_ctr_indicator_get_partner_unit_ids (b))
         && relation_equal (a, b)
         && disaggregation_equal (a, b)
         && arrays_equal (doson_ctr_indicator_get_targets (a),
                          doson_ctr_indicator_get_targets (b), target_equal);
}

/**
 * doson_ctr_program_equal:
 * @a: a #DosonCtrProgram
 * @b: another #DosonCtrProgram
 *
 * Compares two programmes field by field: the id, code, title and issuing
 * body (in both languages), date, term and baseline year; then the units,
 * goals, indicators and tasks in order, each with every field it has,
 * texts in both languages, down to every field of every target (see
 * doson_ctr_target_equal()). Numbers compare exactly.
 *
 * Returns: %TRUE if @a and @b hold the same programme
 *
 * Since: 0.1
 */
gboolean
doson_ctr_program_equal (DosonCtrProgram *a,
                         DosonCtrProgram *b)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (a), FALSE);
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (b), FALSE);

  if (a == b)
    return TRUE;
  return strcmp (doson_ctr_program_get_id (a), doson_ctr_program_get_id (b)) == 0
         && g_strcmp0 (doson_ctr_program_get_code (a), doson_ctr_program_get_code (b)) == 0
         && _doson_ctr_loc_text_equal (_doson_ctr_program_get_title_raw (a),
                                       _doson_ctr_program_get_title_raw (b))
         && _doson_ctr_loc_text_equal (_doson_ctr_program_get_issuing_body_raw (a),
                                       _doson_ctr_program_get_issuing_body_raw (b))
         && g_strcmp0 (doson_ctr_program_get_date (a), doson_ctr_program_get_date (b)) == 0
         && doson_ctr_program_get_term_start (a) == doson_ctr_program_get_term_start (b)
         && doson_ctr_program_get_term_end (a) == doson_ctr_program_get_term_end (b)
         && doson_ctr_program_get_baseline_year (a) == doson_ctr_program_get_baseline_year (b)
         && arrays_equal (doson_ctr_program_get_units (a),
                          doson_ctr_program_get_units (b), unit_equal)
         && arrays_equal (doson_ctr_program_get_goals (a),
                          doson_ctr_program_get_goals (b), goal_equal)
         && arrays_equal (doson_ctr_program_get_indicators (a),
                          doson_ctr_program_get_indicators (b), indicator_equal)
         && arrays_equal (doson_ctr_program_get_tasks (a),
                          doson_ctr_program_get_tasks (b), task_equal);
}
