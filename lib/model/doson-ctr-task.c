/* doson-ctr-task.c: a task of a programme ("nhiệm vụ, giải pháp") and the
 * spelling of its states
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <doson-ctr/doson-ctr-program.h>
#include <doson-ctr/doson-ctr-task.h>

#include "base/doson-ctr-private.h"
#include "base/doson-ctr-text-private.h"
#include "model/doson-ctr-task-private.h"

/**
 * SECTION:doson-ctr-task
 * @Title: DosonCtrTask
 * @Short_description: a task of a programme and its yearly progress
 *
 * Besides its quantitative targets, a programme lists tasks and
 * measures ("nhiệm vụ, giải pháp"): "Tổ chức hội nghị đối thoại giữa
 * đồng chí Bí thư Đảng ủy … với Nhân dân … từng năm". A #DosonCtrTask
 * holds one: its id, its place in the document, its goal or section, its
 * text in Vietnamese and English, its lead and partner units and, when the
 * document gives one, a deadline year ("đến năm 2027") or a yearly
 * cadence ("hằng năm").
 *
 * Progress on a task is recorded year by year in a measurement set as a
 * #DosonCtrTaskProgress: a #DosonCtrTaskState and a note.
 */

static const char * const state_names[DOSON_CTR_TASK_N_STATES] = {
  [DOSON_CTR_TASK_STATE_NOT_STARTED] = "not_started",
  [DOSON_CTR_TASK_STATE_IN_PROGRESS] = "in_progress",
  [DOSON_CTR_TASK_STATE_DONE] = "done",
  [DOSON_CTR_TASK_STATE_OVERDUE] = "overdue",
  [DOSON_CTR_TASK_STATE_DONE_FOR_YEAR] = "done_for_year",
};

/**
 * doson_ctr_task_state_to_string:
 * @state: a #DosonCtrTaskState
 *
 * Gives the spelling of @state in files: "not_started", "in_progress",
 * "done", "overdue" or "done_for_year".
 *
 * Returns: (transfer none): a static string
 *
 * Since: 0.1
 */
const char *
doson_ctr_task_state_to_string (DosonCtrTaskState state)
{
  g_return_val_if_fail ((guint) state < DOSON_CTR_TASK_N_STATES, NULL);
  return state_names[state];
}

/**
 * doson_ctr_task_state_from_string:
 * @string: (nullable): a spelling, such as "in_progress"
 * @state: (out) (optional): where to store the state
 *
 * Reads the spelling of a state, as doson_ctr_task_state_to_string()
 * writes it (exactly, lower case).
 *
 * Returns: %TRUE and @state set when @string names a state; %FALSE,
 *   @state untouched, otherwise
 *
 * Since: 0.1
 */
gboolean
doson_ctr_task_state_from_string (const char        *string,
                                  DosonCtrTaskState *state)
{
  guint i;

  if (string == NULL)
    return FALSE;
  for (i = 0; i < DOSON_CTR_TASK_N_STATES; i++)
    if (strcmp (string, state_names[i]) == 0)
      {
        if (state != NULL)
          *state = (DosonCtrTaskState) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * DosonCtrTask:
 *
 * A task of a programme: an id, a reference in the document, a goal, a
 * text, lead and partner units, an optional deadline year and whether it
 * recurs every year. Read-only once added to a programme.
 *
 * Since: 0.1
 */
struct _DosonCtrTask
{
  GObject parent_instance;

  char *id;
  char *ref;
  char *goal_id;
  DosonCtrLocText text;
  GPtrArray *lead_units;       /* of char* */
  GPtrArray *partner_units;    /* of char* */
  int deadline_year;           /* 0: none */
  gboolean yearly;
  gboolean sealed;
};

G_DEFINE_FINAL_TYPE (DosonCtrTask, doson_ctr_task, G_TYPE_OBJECT)

static void
doson_ctr_task_finalize (GObject *object)
{
  DosonCtrTask *self = DOSON_CTR_TASK (object);

  g_free (self->id);
  g_free (self->ref);
  g_free (self->goal_id);
  _doson_ctr_loc_text_clear (&self->text);
  g_ptr_array_unref (self->lead_units);
  g_ptr_array_unref (self->partner_units);

  G_OBJECT_CLASS (doson_ctr_task_parent_class)->finalize (object);
}

static void
doson_ctr_task_class_init (DosonCtrTaskClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doson_ctr_task_finalize;
}

static void
doson_ctr_task_init (DosonCtrTask *self)
{
  self->lead_units = g_ptr_array_new_with_free_func (g_free);
  self->partner_units = g_ptr_array_new_with_free_func (g_free);
}

#define TASK_RETURN_IF_SEALED(task) \
  g_return_if_fail (DOSON_CTR_IS_TASK (task)); \
  g_return_if_fail (!(task)->sealed)

/**
 * doson_ctr_task_new: (constructor)
 * @id: the task's id (see doson_ctr_id_is_valid())
 *
 * Creates a task without a text, goal or unit. It needs a Vietnamese
 * text, a goal and a lead unit before it can join a programme.
 *
 * Returns: (transfer full): a new task; release it with g_object_unref()
 *
 * Since: 0.1
 */
DosonCtrTask *
doson_ctr_task_new (const char *id)
{
  DosonCtrTask *self;

  g_return_val_if_fail (doson_ctr_id_is_valid (id), NULL);

  self = g_object_new (DOSON_CTR_TYPE_TASK, NULL);
  self->id = g_strdup (id);
  return self;
}

/**
 * doson_ctr_task_get_id:
 * @task: a #DosonCtrTask
 *
 * Gives the id @task was created with, unique among the tasks of its
 * programme; progress in a measurement set names the task by it.
 *
 * Returns: (transfer none): the id of @task, owned by @task
 *
 * Since: 0.1
 */
const char *
doson_ctr_task_get_id (DosonCtrTask *task)
{
  g_return_val_if_fail (DOSON_CTR_IS_TASK (task), NULL);
  return task->id;
}

/**
 * doson_ctr_task_set_ref:
 * @task: a #DosonCtrTask not yet in a programme
 * @ref: (nullable): where the task stands in the document, such as
 *   "II.1.2 (3)" (the third bullet of II.1.2)
 *
 * Sets the reference of @task in the document.
 *
 * Since: 0.1
 */
void
doson_ctr_task_set_ref (DosonCtrTask *task,
                        const char   *ref)
{
  TASK_RETURN_IF_SEALED (task);
  g_return_if_fail (ref == NULL || g_utf8_validate (ref, -1, NULL));

  g_free (task->ref);
  task->ref = g_strdup (ref);
}

/**
 * doson_ctr_task_get_ref:
 * @task: a #DosonCtrTask
 *
 * Gives where @task stands in the document (doson_ctr_task_set_ref()).
 *
 * Returns: (transfer none) (nullable): the reference, owned by @task, or
 *   %NULL
 *
 * Since: 0.1
 */
const char *
doson_ctr_task_get_ref (DosonCtrTask *task)
{
  g_return_val_if_fail (DOSON_CTR_IS_TASK (task), NULL);
  return task->ref;
}

/**
 * doson_ctr_task_set_goal_id:
 * @task: a #DosonCtrTask not yet in a programme
 * @goal_id: (nullable): the id of the goal or section the task belongs to
 *
 * Sets the goal of @task; the programme must hold that goal when the task
 * is added.
 *
 * Since: 0.1
 */
void
doson_ctr_task_set_goal_id (DosonCtrTask *task,
                            const char   *goal_id)
{
  TASK_RETURN_IF_SEALED (task);
  g_return_if_fail (goal_id == NULL || doson_ctr_id_is_valid (goal_id));

  g_free (task->goal_id);
  task->goal_id = g_strdup (goal_id);
}

/**
 * doson_ctr_task_get_goal_id:
 * @task: a #DosonCtrTask
 *
 * Gives the id of the goal or section @task belongs to; find the goal
 * with doson_ctr_program_lookup_goal().
 *
 * Returns: (transfer none) (nullable): the goal id, owned by @task; never
 *   %NULL for a task in a programme
 *
 * Since: 0.1
 */
const char *
doson_ctr_task_get_goal_id (DosonCtrTask *task)
{
  g_return_val_if_fail (DOSON_CTR_IS_TASK (task), NULL);
  return task->goal_id;
}

/**
 * doson_ctr_task_set_text:
 * @task: a #DosonCtrTask not yet in a programme
 * @lang: "vi" or "en"
 * @text: (nullable): what the task asks, in @lang, or %NULL to remove it
 *
 * Sets the text of @task in one language: in Vietnamese, the document's
 * own wording.
 *
 * Since: 0.1
 */
void
doson_ctr_task_set_text (DosonCtrTask *task,
                         const char   *lang,
                         const char   *text)
{
  TASK_RETURN_IF_SEALED (task);
  g_return_if_fail (_doson_ctr_lang_is_valid (lang));
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  _doson_ctr_loc_text_set (&task->text, lang, text);
}

/**
 * doson_ctr_task_get_text:
 * @task: a #DosonCtrTask
 * @lang: (nullable): "en" for English (falling back to Vietnamese);
 *   %NULL, "vi" or anything else for Vietnamese
 *
 * Gives the text of @task in one language.
 *
 * Returns: (transfer none) (nullable): the text, owned by @task; never
 *   %NULL for a task in a programme
 *
 * Since: 0.1
 */
const char *
doson_ctr_task_get_text (DosonCtrTask *task,
                         const char   *lang)
{
  g_return_val_if_fail (DOSON_CTR_IS_TASK (task), NULL);
  return _doson_ctr_loc_text_get (&task->text, lang);
}

/**
 * doson_ctr_task_add_lead_unit:
 * @task: a #DosonCtrTask not yet in a programme
 * @unit_id: the id of a unit that leads the task ("chủ trì")
 *
 * Adds a lead unit to @task; the programme must hold it when the task is
 * added.
 *
 * Since: 0.1
 */
void
doson_ctr_task_add_lead_unit (DosonCtrTask *task,
                              const char   *unit_id)
{
  TASK_RETURN_IF_SEALED (task);
  g_return_if_fail (doson_ctr_id_is_valid (unit_id));

  g_ptr_array_add (task->lead_units, g_strdup (unit_id));
}

/**
 * doson_ctr_task_get_lead_unit_ids:
 * @task: a #DosonCtrTask
 *
 * Gives the ids of the units that lead @task, in the order they were
 * added; find each with doson_ctr_program_lookup_unit().
 *
 * Returns: (transfer none) (element-type utf8): the lead unit ids, owned
 *   by @task
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_task_get_lead_unit_ids (DosonCtrTask *task)
{
  g_return_val_if_fail (DOSON_CTR_IS_TASK (task), NULL);
  return task->lead_units;
}

/**
 * doson_ctr_task_add_partner_unit:
 * @task: a #DosonCtrTask not yet in a programme
 * @unit_id: the id of a unit that works with the lead ("phối hợp")
 *
 * Adds a partner unit to @task.
 *
 * Since: 0.1
 */
void
doson_ctr_task_add_partner_unit (DosonCtrTask *task,
                                 const char   *unit_id)
{
  TASK_RETURN_IF_SEALED (task);
  g_return_if_fail (doson_ctr_id_is_valid (unit_id));

  g_ptr_array_add (task->partner_units, g_strdup (unit_id));
}

/**
 * doson_ctr_task_get_partner_unit_ids:
 * @task: a #DosonCtrTask
 *
 * Gives the ids of the partner units of @task, in the order they were
 * added.
 *
 * Returns: (transfer none) (element-type utf8): the partner unit ids,
 *   owned by @task
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_task_get_partner_unit_ids (DosonCtrTask *task)
{
  g_return_val_if_fail (DOSON_CTR_IS_TASK (task), NULL);
  return task->partner_units;
}

/**
 * doson_ctr_task_set_deadline_year:
 * @task: a #DosonCtrTask not yet in a programme
 * @deadline_year: the year by the end of which the task is to be done
 *   ("đến năm 2027"), from 1900 to 2200, or 0 for none
 *
 * Sets the deadline of @task. A task without one runs to the end of the
 * programme's term. A programme only takes a deadline within its term.
 *
 * Since: 0.1
 */
void
doson_ctr_task_set_deadline_year (DosonCtrTask *task,
                                  int           deadline_year)
{
  TASK_RETURN_IF_SEALED (task);
  g_return_if_fail (deadline_year == 0
                    || (deadline_year >= DOSON_CTR_YEAR_MIN
                        && deadline_year <= DOSON_CTR_YEAR_MAX));

  task->deadline_year = deadline_year;
}

/**
 * doson_ctr_task_get_deadline_year:
 * @task: a #DosonCtrTask
 *
 * Gives the deadline year of @task (doson_ctr_task_set_deadline_year()).
 *
 * Returns: the deadline year, or 0 when the task has none
 *
 * Since: 0.1
 */
int
doson_ctr_task_get_deadline_year (DosonCtrTask *task)
{
  g_return_val_if_fail (DOSON_CTR_IS_TASK (task), 0);
  return task->deadline_year;
}

/**
 * doson_ctr_task_set_yearly:
 * @task: a #DosonCtrTask not yet in a programme
 * @yearly: whether the task is to be done every year ("hằng năm")
 *
 * Marks @task as recurring: it is done year by year
 * (%DOSON_CTR_TASK_STATE_DONE_FOR_YEAR) rather than once.
 *
 * Since: 0.1
 */
void
doson_ctr_task_set_yearly (DosonCtrTask *task,
                           gboolean      yearly)
{
  TASK_RETURN_IF_SEALED (task);
  task->yearly = yearly != FALSE;
}

/**
 * doson_ctr_task_get_yearly:
 * @task: a #DosonCtrTask
 *
 * Tells whether @task recurs every year (doson_ctr_task_set_yearly()).
 *
 * Returns: %TRUE for a yearly task
 *
 * Since: 0.1
 */
gboolean
doson_ctr_task_get_yearly (DosonCtrTask *task)
{
  g_return_val_if_fail (DOSON_CTR_IS_TASK (task), FALSE);
  return task->yearly;
}

const DosonCtrLocText *
_doson_ctr_task_get_text_raw (DosonCtrTask *task)
{
  return &task->text;
}

void
_doson_ctr_task_seal (DosonCtrTask *task)
{
  task->sealed = TRUE;
}

gboolean
_doson_ctr_task_is_sealed (DosonCtrTask *task)
{
  return task->sealed;
}
