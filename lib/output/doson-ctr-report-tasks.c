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
/* Of which, for a task that is a shortened lead-in and one item, the
 * lead-in. */
#define EXCERPT_LEAD_CHARS 60

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

/* The length in bytes of the first @len bytes of @text cut to at most
 * @max characters at a space (or at @max characters when there is none
 * before); @len itself when they hold no more than @max. */
static gsize
excerpt_cut (const char *text,
             gsize       len,
             glong       max)
{
  const char *p, *cut = NULL;
  glong n = 0;

  if (g_utf8_strlen (text, len) <= max)
    return len;
  for (p = text; p < text + len && n < max; p = g_utf8_next_char (p), n++)
    if (*p == ' ')
      cut = p;
  return (cut != NULL ? cut : p) - text;
}

/* The first sentence of @text (up to its full stop) if it holds no more
 * than @max characters, else its first words; *@more is set when that
 * leaves part of @text out. Returns the length in bytes. */
static gsize
excerpt_head (const char *text,
              glong       max,
              gboolean   *more)
{
  const char *end = strstr (text, ". ");
  gsize len = strlen (text);
  gsize cut;

  if (end != NULL && g_utf8_strlen (text, end - text) <= max)
    {
      *more = FALSE;
      return end - text + 1;
    }
  cut = excerpt_cut (text, len, max);
  *more = cut < len;
  return cut;
}

/* Where the item starts in a text that is a shortened lead-in, " … " and
 * one item (III.2.7, data/README.md, "Splitting III.2"); NULL for other
 * texts. */
static const char *
excerpt_item (const char *text)
{
  const char *ellipsis = strstr (text, " … ");

  return ellipsis != NULL ? ellipsis + strlen (" … ") : NULL;
}

char *
_doson_ctr_report_task_excerpt (const char *text)
{
  const char *item = excerpt_item (text);
  gboolean more = FALSE;
  gsize head;

  if (g_utf8_strlen (text, -1) <= EXCERPT_CHARS)
    return g_strdup (text);
  head = excerpt_head (text, EXCERPT_CHARS, &more);
  if (item != NULL && more)
    {
      /* Tasks that share a lead-in differ in their item: the lead-in's
       * first words, then the item's first sentence or words. */
      gsize lead = excerpt_cut (text, item - text, EXCERPT_LEAD_CHARS);
      gboolean lead_more = lead < (gsize) (item - text);
      gsize rest = excerpt_head (item, EXCERPT_CHARS - EXCERPT_LEAD_CHARS, &more);
      g_autofree char *lead_text = g_strndup (text, lead);

      g_strchomp (lead_text);
      return g_strdup_printf ("%s%s%.*s%s", lead_text, lead_more ? " … " : " ",
                              (int) rest, item, more ? " …" : "");
    }
  return g_strdup_printf ("%.*s%s", (int) head, text, more ? " …" : "");
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
