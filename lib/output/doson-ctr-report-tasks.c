/* doson-ctr-report-tasks.c: the programme's tasks in a report, next to
 * the targets: their state in the report's year, their counts in the
 * roll-ups, and the task section of the text and markdown reports
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include "output/doson-ctr-report-private.h"
#include "output/doson-ctr-words-private.h"

#define EXCERPT_CHARS 160

void
_doson_ctr_report_append_task_counts (GString              *out,
                                      DosonCtrReport       *report,
                                      const DosonCtrRollup *rollup,
                                      const char           *prefix)
{
  gboolean vi = report->lang == DOSON_CTR_LANG_VI;
  guint n = doson_ctr_rollup_get_n_tasks (rollup);
  guint unknown = doson_ctr_rollup_get_n_tasks_unknown (rollup);
  gboolean first = TRUE;
  guint s;

  if (n == 0)
    return;
  g_string_append (out, prefix);
  if (vi)
    g_string_append_printf (out, "%u nhiệm vụ: ", n);
  else
    g_string_append_printf (out, n == 1 ? "%u task: " : "%u tasks: ", n);
  for (s = 0; s < DOSON_CTR_TASK_N_STATES; s++)
    {
      guint count = doson_ctr_rollup_get_task_count (rollup, s);

      if (count == 0)
        continue;
      g_string_append_printf (out, "%s%u %s", first ? "" : ", ", count,
                              _doson_ctr_words_task_state (TRUE, s, report->lang));
      first = FALSE;
    }
  if (unknown > 0)
    g_string_append_printf (out, "%s%u %s", first ? "" : ", ", unknown,
                            _doson_ctr_report_tr (report, "chưa có thông tin", "not known"));
}

const char *
_doson_ctr_report_task_state (DosonCtrReport  *report,
                              DosonCtrTask    *task,
                              const char     **note)
{
  const char *id = doson_ctr_task_get_id (task);
  const DosonCtrTaskProgress *from;
  DosonCtrTaskState state = DOSON_CTR_TASK_STATE_NOT_STARTED;
  gboolean known = doson_ctr_assessment_get_task_state (report->assessment, id, &state);

  from = doson_ctr_assessment_get_task_progress (report->assessment, id);
  *note = from != NULL ? doson_ctr_task_progress_get_note (from) : NULL;
  return _doson_ctr_words_task_state (known, state, report->lang);
}

char *
_doson_ctr_report_task_units (DosonCtrReport *report,
                              DosonCtrTask   *task)
{
  GPtrArray *ids = doson_ctr_task_get_lead_unit_ids (task);
  const char *tag = _doson_ctr_report_tag (report);
  GString *units = g_string_new (NULL);
  guint i;

  for (i = 0; i < ids->len; i++)
    {
      DosonCtrResponsibleUnit *unit = doson_ctr_program_lookup_unit (report->program,
                                                                     g_ptr_array_index (ids, i));
      const char *name = doson_ctr_responsible_unit_get_short_name (unit, tag);

      g_string_append_printf (units, "%s%s", i > 0 ? ", " : "",
                              name != NULL ? name : doson_ctr_responsible_unit_get_name (unit, tag));
    }
  return g_string_free (units, FALSE);
}

char *
_doson_ctr_report_task_excerpt (const char *text)
{
  const char *end = strstr (text, ". ");
  const char *p, *cut = NULL;
  glong n = 0;

  if (end != NULL && g_utf8_strlen (text, end - text) <= EXCERPT_CHARS)
    return g_strndup (text, end - text + 1);
  if (g_utf8_strlen (text, -1) <= EXCERPT_CHARS)
    return g_strdup (text);
  for (p = text; *p != '\0' && n < EXCERPT_CHARS; p = g_utf8_next_char (p), n++)
    if (*p == ' ')
      cut = p;
  if (cut == NULL)
    cut = p;
  return g_strdup_printf ("%.*s …", (int) (cut - text), text);
}

char *
_doson_ctr_report_task_heading (DosonCtrReport *report)
{
  int year = doson_ctr_assessment_get_as_of_year (report->assessment);

  if (report->lang == DOSON_CTR_LANG_VI)
    return g_strdup_printf ("Nhiệm vụ, giải pháp (năm %d)", year);
  return g_strdup_printf ("Tasks and measures (%d)", year);
}

void
_doson_ctr_report_append_tasks_text (GString        *out,
                                     DosonCtrReport *report)
{
  GPtrArray *tasks = doson_ctr_program_get_tasks (report->program);
  g_autofree char *heading = NULL;
  guint i;

  if (tasks->len == 0)
    return;
  heading = _doson_ctr_report_task_heading (report);
  g_string_append_printf (out, "\n%s\n", heading);
  for (i = 0; i < tasks->len; i++)
    {
      DosonCtrTask *task = g_ptr_array_index (tasks, i);
      const char *note, *ref = doson_ctr_task_get_ref (task);
      const char *state = _doson_ctr_report_task_state (report, task, &note);
      g_autofree char *units = _doson_ctr_report_task_units (report, task);
      g_autofree char *excerpt =
        _doson_ctr_report_task_excerpt (doson_ctr_task_get_text (task, _doson_ctr_report_tag (report)));

      g_string_append_printf (out, "  %s · %s · %s\n    %s\n",
                              ref != NULL ? ref : doson_ctr_task_get_id (task), state,
                              units, excerpt);
      if (note != NULL)
        g_string_append_printf (out, "    %s: %s\n",
                                _doson_ctr_report_tr (report, "Ghi chú", "Note"), note);
    }
}

void
_doson_ctr_report_append_tasks_markdown (GString        *out,
                                         DosonCtrReport *report)
{
  GPtrArray *tasks = doson_ctr_program_get_tasks (report->program);
  g_autofree char *heading = NULL;
  guint i;

  if (tasks->len == 0)
    return;
  heading = _doson_ctr_report_task_heading (report);
  g_string_append_printf (out, "## %s\n\n|%s|%s|%s|%s|%s|\n|---|---|---|---|---|\n", heading,
                          _doson_ctr_report_tr (report, " Mục ", " Ref "),
                          _doson_ctr_report_tr (report, " Nhiệm vụ ", " Task "),
                          _doson_ctr_report_tr (report, " Đơn vị chủ trì ", " Lead units "),
                          _doson_ctr_report_tr (report, " Tình trạng ", " State "),
                          _doson_ctr_report_tr (report, " Ghi chú ", " Note "));
  for (i = 0; i < tasks->len; i++)
    {
      DosonCtrTask *task = g_ptr_array_index (tasks, i);
      const char *note, *ref = doson_ctr_task_get_ref (task);
      const char *state = _doson_ctr_report_task_state (report, task, &note);
      g_autofree char *units = _doson_ctr_report_task_units (report, task);
      g_autofree char *excerpt =
        _doson_ctr_report_task_excerpt (doson_ctr_task_get_text (task, _doson_ctr_report_tag (report)));

      g_string_append (out, "|");
      _doson_ctr_words_append_markdown_cell (out, ref != NULL ? ref : "");
      _doson_ctr_words_append_markdown_cell (out, excerpt);
      _doson_ctr_words_append_markdown_cell (out, units);
      _doson_ctr_words_append_markdown_cell (out, state);
      _doson_ctr_words_append_markdown_cell (out, note != NULL ? note : "—");
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}
