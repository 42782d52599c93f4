/* doson-ctr-task-progress.c: the progress reported on one task in one
 * year
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <doson-ctr/doson-ctr-program.h>
#include <doson-ctr/doson-ctr-task.h>

#include "model/doson-ctr-task-progress-private.h"

struct _DosonCtrTaskProgress
{
  char *task_id;
  int year;
  DosonCtrTaskState state;
  char *note;
  char *origin;        /* "NAME:LINE[:COLUMN]" when read from a file */
  guint line;
  guint column;
};

G_DEFINE_BOXED_TYPE (DosonCtrTaskProgress, doson_ctr_task_progress,
                     doson_ctr_task_progress_copy, doson_ctr_task_progress_free)

/**
 * doson_ctr_task_progress_new:
 * @task_id: the id of a task (see doson_ctr_id_is_valid())
 * @year: the year the progress is reported for
 * @state: where the task stands in @year
 *
 * Creates the progress of one task in one year, without a note. The year
 * and the task are checked when it joins a measurement set
 * (doson_ctr_measurement_set_add_task_progress()).
 *
 * Returns: (transfer full): a new progress; free it with
 *   doson_ctr_task_progress_free()
 *
 * Since: 0.1
 */
DosonCtrTaskProgress *
doson_ctr_task_progress_new (const char        *task_id,
                             int                year,
                             DosonCtrTaskState  state)
{
  DosonCtrTaskProgress *p;

  g_return_val_if_fail (doson_ctr_id_is_valid (task_id), NULL);
  g_return_val_if_fail ((guint) state < DOSON_CTR_TASK_N_STATES, NULL);

  p = g_new0 (DosonCtrTaskProgress, 1);
  p->task_id = g_strdup (task_id);
  p->year = year;
  p->state = state;
  return p;
}

/**
 * doson_ctr_task_progress_copy:
 * @progress: a #DosonCtrTaskProgress
 *
 * Copies @progress, note included.
 *
 * Returns: (transfer full): a copy; free it with
 *   doson_ctr_task_progress_free()
 *
 * Since: 0.1
 */
DosonCtrTaskProgress *
doson_ctr_task_progress_copy (const DosonCtrTaskProgress *progress)
{
  DosonCtrTaskProgress *p;

  g_return_val_if_fail (progress != NULL, NULL);

  p = doson_ctr_task_progress_new (progress->task_id, progress->year,
                                   progress->state);
  p->note = g_strdup (progress->note);
  p->origin = g_strdup (progress->origin);
  p->line = progress->line;
  p->column = progress->column;
  return p;
}

/**
 * doson_ctr_task_progress_free:
 * @progress: (nullable): a #DosonCtrTaskProgress
 *
 * Frees @progress; does nothing for %NULL.
 *
 * Since: 0.1
 */
void
doson_ctr_task_progress_free (DosonCtrTaskProgress *progress)
{
  if (progress == NULL)
    return;
  g_free (progress->task_id);
  g_free (progress->note);
  g_free (progress->origin);
  g_free (progress);
}

/**
 * doson_ctr_task_progress_equal:
 * @a: a #DosonCtrTaskProgress
 * @b: a #DosonCtrTaskProgress
 *
 * Compares two progresses field by field: task, year, state and note
 * (not where they were read from).
 *
 * Returns: %TRUE when they are equal
 *
 * Since: 0.1
 */
gboolean
doson_ctr_task_progress_equal (const DosonCtrTaskProgress *a,
                               const DosonCtrTaskProgress *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return g_strcmp0 (a->task_id, b->task_id) == 0 && a->year == b->year
         && a->state == b->state && g_strcmp0 (a->note, b->note) == 0;
}

/**
 * doson_ctr_task_progress_get_task_id:
 * @progress: a #DosonCtrTaskProgress
 *
 * Gives the id of the task @progress is about.
 *
 * Returns: (transfer none): the task id, owned by @progress
 *
 * Since: 0.1
 */
const char *
doson_ctr_task_progress_get_task_id (const DosonCtrTaskProgress *progress)
{
  g_return_val_if_fail (progress != NULL, NULL);
  return progress->task_id;
}

/**
 * doson_ctr_task_progress_get_year:
 * @progress: a #DosonCtrTaskProgress
 *
 * Gives the year @progress is reported for.
 *
 * Returns: the year
 *
 * Since: 0.1
 */
int
doson_ctr_task_progress_get_year (const DosonCtrTaskProgress *progress)
{
  g_return_val_if_fail (progress != NULL, 0);
  return progress->year;
}

/**
 * doson_ctr_task_progress_get_state:
 * @progress: a #DosonCtrTaskProgress
 *
 * Gives the state reported in @progress.
 *
 * Returns: the state
 *
 * Since: 0.1
 */
DosonCtrTaskState
doson_ctr_task_progress_get_state (const DosonCtrTaskProgress *progress)
{
  g_return_val_if_fail (progress != NULL, DOSON_CTR_TASK_STATE_NOT_STARTED);
  return progress->state;
}

/**
 * doson_ctr_task_progress_set_note:
 * @progress: a #DosonCtrTaskProgress
 * @note: (nullable): what was done or what holds the task up, in the
 *   language of the report it comes from; %NULL for none
 *
 * Sets the note of @progress. The text is copied.
 *
 * Since: 0.1
 */
void
doson_ctr_task_progress_set_note (DosonCtrTaskProgress *progress,
                                  const char           *note)
{
  g_return_if_fail (progress != NULL);
  g_return_if_fail (note == NULL || g_utf8_validate (note, -1, NULL));

  g_free (progress->note);
  progress->note = g_strdup (note);
}

/**
 * doson_ctr_task_progress_get_note:
 * @progress: a #DosonCtrTaskProgress
 *
 * Gives the note of @progress.
 *
 * Returns: (transfer none) (nullable): the note, owned by @progress, or
 *   %NULL
 *
 * Since: 0.1
 */
const char *
doson_ctr_task_progress_get_note (const DosonCtrTaskProgress *progress)
{
  g_return_val_if_fail (progress != NULL, NULL);
  return progress->note;
}

void
_doson_ctr_task_progress_set_place (DosonCtrTaskProgress *progress,
                                    const char           *name,
                                    guint                 line,
                                    guint                 column)
{
  g_free (progress->origin);
  progress->origin = column > 0 ? g_strdup_printf ("%s:%u:%u", name, line, column)
                                : g_strdup_printf ("%s:%u", name, line);
  progress->line = line;
  progress->column = column;
}

const char *
_doson_ctr_task_progress_get_origin (const DosonCtrTaskProgress *progress)
{
  return progress->origin;
}

guint
_doson_ctr_task_progress_get_line (const DosonCtrTaskProgress *progress)
{
  return progress->line;
}

guint
_doson_ctr_task_progress_get_column (const DosonCtrTaskProgress *progress)
{
  return progress->column;
}

char *
_doson_ctr_task_progress_describe (const DosonCtrTaskProgress *progress)
{
  return g_strdup_printf ("task \"%s\", year %d", progress->task_id,
                          progress->year);
}
