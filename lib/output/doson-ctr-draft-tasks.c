/* doson-ctr-draft-tasks.c: the programme's tasks in the draft of the
 * yearly implementation report: those done, those late, those without
 * news, those still to do by lead unit, and their table
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "output/doson-ctr-draft-private.h"
#include "output/doson-ctr-words-private.h"

#define tr _doson_ctr_draft_tr

void
_doson_ctr_draft_task_free (gpointer data)
{
  g_free (data);
}

void
_doson_ctr_draft_collect_tasks (DosonCtrDraft *d)
{
  GPtrArray *tasks = doson_ctr_program_get_tasks (d->report->program);
  guint i;

  for (i = 0; i < tasks->len; i++)
    {
      DosonCtrDraftTask *t = g_new0 (DosonCtrDraftTask, 1);
      const char *id;
      DosonCtrGoal *goal;

      t->task = g_ptr_array_index (tasks, i);
      id = doson_ctr_task_get_id (t->task);
      goal = doson_ctr_program_lookup_goal (d->report->program, doson_ctr_task_get_goal_id (t->task));
      while (goal != NULL && doson_ctr_goal_get_parent (goal) != NULL)
        goal = doson_ctr_goal_get_parent (goal);
      t->section = goal;
      t->known = doson_ctr_assessment_get_task_state (d->report->assessment, id, &t->state);
      g_ptr_array_add (d->tasks, t);
    }
}

static gboolean
is_done (const DosonCtrDraftTask *t)
{
  return t->known && (t->state == DOSON_CTR_TASK_STATE_DONE || t->state == DOSON_CTR_TASK_STATE_DONE_FOR_YEAR);
}

/* Late: overdue, or due by the as-of year and not done. */
static gboolean
is_late (DosonCtrDraft           *d,
         const DosonCtrDraftTask *t)
{
  int deadline = doson_ctr_task_get_deadline_year (t->task);

  if (!t->known || is_done (t))
    return FALSE;
  return t->state == DOSON_CTR_TASK_STATE_OVERDUE
         || (!doson_ctr_task_get_yearly (t->task) && deadline > 0 && deadline <= d->year);
}

/* "First sentence of the text (II.1.2 #1; chủ trì: Ban Xây dựng Đảng; đến
 * năm 2027): Đang triển khai; ghi chú: …" */
static char *
describe_task (DosonCtrDraft           *d,
               const DosonCtrDraftTask *t,
               gboolean                 with_units)
{
  GString *out = g_string_new (NULL);
  const char *ref = doson_ctr_task_get_ref (t->task);
  const char *note = NULL;
  const char *state = _doson_ctr_report_task_state (d->report, t->task, &note);

  {
    g_autofree char *excerpt = _doson_ctr_report_task_excerpt (doson_ctr_task_get_text (t->task,
                                                                                        _doson_ctr_words_tag (d->lang)));

    g_string_append (out, excerpt);
    if (g_str_has_suffix (out->str, "."))
      g_string_truncate (out, out->len - 1);
  }
  g_string_append (out, " (");
  if (ref != NULL)
    g_string_append_printf (out, "%s; ", ref);
  if (with_units)
    {
      g_autofree char *units = _doson_ctr_report_task_units (d->report, t->task);

      g_string_append_printf (out, tr (d, "chủ trì: %s; ", "led by %s; "), units);
    }
  _doson_ctr_words_append_task_deadline (out, t->task, d->lang);
  g_string_append_printf (out, "): %s", state);
  if (note != NULL && *note != '\0')
    g_string_append_printf (out, tr (d, "; ghi chú: %s", "; note: %s"), note);
  if (!g_str_has_suffix (out->str, "."))
    g_string_append_c (out, '.');
  return g_string_free (out, FALSE);
}

static void
add_task_item (DosonCtrDraft           *d,
               const DosonCtrDraftTask *t,
               gboolean                 with_units)
{
  g_autofree char *text = describe_task (d, t, with_units);

  _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_ITEM, NULL, text);
}

void
_doson_ctr_draft_add_tasks_done (DosonCtrDraft *d,
                                 DosonCtrGoal  *section)
{
  g_autoptr (GString) text = g_string_new (NULL);
  guint i, n = 0, done = 0;

  for (i = 0; i < d->tasks->len; i++)
    {
      const DosonCtrDraftTask *t = g_ptr_array_index (d->tasks, i);

      n += t->section == section;
      done += t->section == section && is_done (t);
    }
  if (n == 0)
    return;
  g_string_printf (text, tr (d, "Về nhiệm vụ, giải pháp: %u/%u nhiệm vụ đã hoàn thành%s",
                             "Tasks and measures: %u of %u tasks done%s"),
                   done, n, done > 0 ? ":" : ".");
  _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_PARAGRAPH, NULL, text->str);
  for (i = 0; i < d->tasks->len; i++)
    {
      const DosonCtrDraftTask *t = g_ptr_array_index (d->tasks, i);

      if (t->section == section && is_done (t))
        add_task_item (d, t, TRUE);
    }
}

void
_doson_ctr_draft_add_tasks_late (DosonCtrDraft *d)
{
  g_autoptr (GString) text = g_string_new (NULL);
  guint i, n_late = 0, n_unknown = 0;

  if (d->tasks->len == 0)
    return;
  _doson_ctr_draft_add_lettered (d, tr (d, "Các nhiệm vụ chậm, quá hạn", "Tasks late or overdue"));
  for (i = 0; i < d->tasks->len; i++)
    {
      const DosonCtrDraftTask *t = g_ptr_array_index (d->tasks, i);

      if (is_late (d, t))
        {
          add_task_item (d, t, TRUE);
          n_late++;
        }
      n_unknown += !t->known;
    }
  if (n_late == 0)
    _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_PARAGRAPH, NULL,
                                tr (d, "Không có nhiệm vụ nào chậm hoặc quá hạn.", "No task is late or overdue."));
  if (n_unknown == 0)
    return;
  g_string_printf (text, tr (d, "Các nhiệm vụ chưa có thông tin năm %d", "Tasks without news for %d"), d->year);
  _doson_ctr_draft_add_lettered (d, text->str);
  for (i = 0; i < d->tasks->len; i++)
    {
      const DosonCtrDraftTask *t = g_ptr_array_index (d->tasks, i);

      if (!t->known)
        add_task_item (d, t, TRUE);
    }
}

gboolean
_doson_ctr_draft_add_tasks_ahead (DosonCtrDraft *d,
                                  guint          number)
{
  GPtrArray *units = doson_ctr_program_get_units (d->report->program);
  g_autoptr (GString) text = g_string_new (NULL);
  guint i, j;

  if (d->tasks->len == 0)
    return FALSE;
  g_string_printf (text, tr (d, "%u. Các nhiệm vụ chưa hoàn thành, theo đơn vị chủ trì",
                             "%u. Tasks not yet done, by lead unit"), number);
  _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_HEADING, NULL, text->str)->level = 3;
  for (i = 0; i < units->len; i++)
    {
      DosonCtrResponsibleUnit *unit = g_ptr_array_index (units, i);
      const char *id = doson_ctr_responsible_unit_get_id (unit);
      guint n = 0;

      for (j = 0; j < d->tasks->len; j++)
        {
          const DosonCtrDraftTask *t = g_ptr_array_index (d->tasks, j);

          if (is_done (t)
              || !g_ptr_array_find_with_equal_func (doson_ctr_task_get_lead_unit_ids (t->task), id, g_str_equal,
                                                    NULL))
            continue;
          if (n++ == 0)
            _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_HEADING, NULL,
                                        doson_ctr_responsible_unit_get_name (unit, _doson_ctr_words_tag (d->lang)))
              ->level = 4;
          add_task_item (d, t, FALSE);
        }
    }
  return TRUE;
}

void
_doson_ctr_draft_add_tasks_table (DosonCtrDraft *d,
                                  guint          number)
{
  g_autoptr (GString) text = g_string_new (NULL);
  DosonCtrDraftBlock *table;
  guint i;

  if (d->tasks->len == 0)
    return;
  g_string_printf (text, tr (d, "%u. Tình hình thực hiện các nhiệm vụ, giải pháp năm %d",
                             "%u. The tasks and measures in %d"), number, d->year);
  _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_HEADING, NULL, text->str)->level = 3;
  table = _doson_ctr_draft_add_block (d->blocks, DOSON_CTR_DRAFT_BLOCK_TABLE, NULL, NULL);
  table->cells = _doson_ctr_draft_cells (tr (d, "STT", "No."), tr (d, "Mục", "Ref."),
                                         tr (d, "Nhiệm vụ", "Task"), tr (d, "Đơn vị chủ trì", "Lead unit"),
                                         tr (d, "Thời hạn", "When"), tr (d, "Tình hình", "State"),
                                         tr (d, "Ghi chú", "Note"), NULL);
  table->numeric = 1u << 0;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (i = 0; i < d->tasks->len; i++)
    {
      const DosonCtrDraftTask *t = g_ptr_array_index (d->tasks, i);
      g_autofree char *no = g_strdup_printf ("%u", i + 1);
      g_autofree char *units = _doson_ctr_report_task_units (d->report, t->task);
      g_autoptr (GString) due = g_string_new (NULL);
      const char *ref = doson_ctr_task_get_ref (t->task);
      const char *note = NULL;
      const char *state = _doson_ctr_report_task_state (d->report, t->task, &note);

      _doson_ctr_words_append_task_deadline (due, t->task, d->lang);
      g_ptr_array_add (table->rows,
                       _doson_ctr_draft_cells (no, ref != NULL ? ref : "",
                                               doson_ctr_task_get_text (t->task, _doson_ctr_words_tag (d->lang)),
                                               units, due->str, state, note != NULL ? note : "", NULL));
    }
}
