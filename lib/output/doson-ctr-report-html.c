/* doson-ctr-report-html.c: a report as one self-contained HTML page: the
 * summary, the tables by goal and by unit, a chart per indicator
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "output/doson-ctr-html-private.h"
#include "output/doson-ctr-report-private.h"
#include "output/doson-ctr-svg-chart-private.h"
#include "output/doson-ctr-words-private.h"

/* Each line of @text (the words other writers put one a line) as an
 * element of its own. */
static void
append_lines (GString    *out,
              const char *text,
              const char *element,
              const char *class_name)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  guint i;

  for (i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      {
        _doson_ctr_html_append_element (out, element, class_name, lines[i]);
        g_string_append_c (out, '\n');
      }
}

static void
append_cell (GString    *out,
             const char *class_name,
             const char *text)
{
  _doson_ctr_html_append_element (out, "td", class_name, text);
}

static void
append_row (GString           *out,
            DosonCtrReport    *report,
            DosonCtrIndicator *indicator)
{
  const char *ref = doson_ctr_indicator_get_ref (indicator);
  g_auto (DosonCtrReportLine) line = { 0 };
  g_autoptr (GString) targets = g_string_new (NULL);
  g_autoptr (GString) still_needed = g_string_new (NULL);

  _doson_ctr_report_line_init (&line, report, indicator);
  _doson_ctr_report_append_line_targets (targets, still_needed, report, indicator, &line);
  g_string_append (out, "<tr>");
  append_cell (out, NULL, ref != NULL ? ref : "");
  g_string_append (out, "<td><a href=\"#chart-");
  _doson_ctr_html_append_escaped (out, line.id);
  g_string_append (out, "\">");
  _doson_ctr_html_append_escaped (out, doson_ctr_indicator_get_name (indicator, _doson_ctr_report_tag (report)));
  g_string_append (out, "</a></td><td>");
  _doson_ctr_html_append_status (out, line.status, report->lang);
  g_string_append (out, "</td>");
  append_cell (out, "number", line.value);
  append_cell (out, NULL, targets->str);
  append_cell (out, "number", line.attainment);
  append_cell (out, NULL, still_needed->len > 0 ? still_needed->str : "—");
  g_string_append (out, "</tr>\n");
}

static void
append_group (GString                   *out,
              DosonCtrReport            *report,
              const DosonCtrReportGroup *group)
{
  g_autofree char *title = _doson_ctr_report_group_title (report, group);
  g_autoptr (GString) rollup = g_string_new (NULL);
  guint j;

  _doson_ctr_html_append_element (out, "h3", NULL, title);
  g_string_append_printf (out, "\n<table>\n<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
                          "<th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
                          "<th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
                          _doson_ctr_report_tr (report, "Mục", "Ref"),
                          _doson_ctr_report_tr (report, "Chỉ tiêu", "Indicator"),
                          _doson_ctr_report_tr (report, "Tình trạng", "Status"),
                          _doson_ctr_report_tr (report, "Giá trị (năm)", "Value (year)"),
                          _doson_ctr_report_tr (report, "Mục tiêu", "Target"),
                          _doson_ctr_report_tr (report, "Mức hoàn thành", "Attainment"),
                          _doson_ctr_report_tr (report, "Còn cần", "Still needed"));
  for (j = 0; j < group->indicators->len; j++)
    append_row (out, report, g_ptr_array_index (group->indicators, j));
  g_string_append (out, "</tbody>\n</table>\n");
  _doson_ctr_report_append_group_rollup (rollup, report, group, "", "");
  _doson_ctr_html_append_element (out, "p", "rollup", rollup->str);
  g_string_append_c (out, '\n');
}

static void
append_groups (GString        *out,
               DosonCtrReport *report,
               GPtrArray      *groups,
               const char     *heading)
{
  guint i;

  _doson_ctr_html_append_element (out, "h2", NULL, heading);
  g_string_append_c (out, '\n');
  for (i = 0; i < groups->len; i++)
    append_group (out, report, g_ptr_array_index (groups, i));
}

/* The programme's indicators per status, each a badge with its count,
 * then the roll-up in words. */
static void
append_summary (GString        *out,
                DosonCtrReport *report)
{
  g_autoptr (GString) words = g_string_new (NULL);
  gsize i;

  _doson_ctr_html_append_element (out, "h2", NULL, _doson_ctr_report_tr (report, "Tổng hợp tình trạng",
                                                                          "Status summary"));
  g_string_append (out, "\n<ul class=\"summary\">\n");
  for (i = 0; i < G_N_ELEMENTS (_doson_ctr_report_status_order); i++)
    {
      DosonCtrStatus status = _doson_ctr_report_status_order[i];
      guint count = doson_ctr_rollup_get_count (report->program_rollup, status);

      if (count == 0)
        continue;
      g_string_append_printf (out, "<li data-status=\"%s\"><span class=\"count\">%u</span>",
                              doson_ctr_status_to_string (status), count);
      _doson_ctr_html_append_status (out, status, report->lang);
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n");
  g_string_append_printf (words, "%s: ", _doson_ctr_report_tr (report, "Toàn chương trình", "Whole programme"));
  _doson_ctr_report_append_rollup_words (words, report, report->program_rollup);
  _doson_ctr_html_append_element (out, "p", "rollup", words->str);
  g_string_append_c (out, '\n');
}

static void
append_warnings (GString        *out,
                 DosonCtrReport *report)
{
  g_autoptr (GString) text = g_string_new (NULL);

  _doson_ctr_html_append_element (out, "h2", NULL, _doson_ctr_report_tr (report, "Cảnh báo về tính nhất quán của số liệu",
                                                                          "Consistency warnings"));
  g_string_append (out, "\n<ul class=\"warnings\">\n");
  _doson_ctr_report_append_warnings (text, report, "");
  append_lines (out, text->str, "li", NULL);
  g_string_append (out, "</ul>\n");
}

/* A figure per indicator, in the programme's order of goals. */
static void
append_charts (GString        *out,
               DosonCtrReport *report)
{
  guint i, j;

  _doson_ctr_html_append_element (out, "h2", NULL, _doson_ctr_report_tr (report, "Biểu đồ từng chỉ tiêu",
                                                                          "A chart for every indicator"));
  g_string_append (out, "\n<div class=\"charts\">\n");
  for (i = 0; i < report->by_goal->len; i++)
    {
      const DosonCtrReportGroup *group = g_ptr_array_index (report->by_goal, i);

      for (j = 0; j < group->indicators->len; j++)
        {
          DosonCtrIndicator *indicator = g_ptr_array_index (group->indicators, j);
          const char *ref = doson_ctr_indicator_get_ref (indicator);
          const char *id = doson_ctr_indicator_get_id (indicator);
          g_autofree char *caption = g_strdup_printf ("%s%s%s", ref != NULL ? ref : "", ref != NULL ? " " : "",
                                                      doson_ctr_indicator_get_name (indicator,
                                                                                    _doson_ctr_report_tag (report)));

          g_string_append (out, "<figure id=\"chart-");
          _doson_ctr_html_append_escaped (out, id);
          g_string_append (out, "\">\n");
          _doson_ctr_html_append_element (out, "figcaption", NULL, caption);
          g_string_append_c (out, '\n');
          _doson_ctr_svg_chart_append (out, report, indicator);
          g_string_append (out, "</figure>\n");
        }
    }
  g_string_append (out, "</div>\n");
}

static void
append_task_row (GString        *out,
                 DosonCtrReport *report,
                 DosonCtrTask   *task)
{
  const char *id = doson_ctr_task_get_id (task);
  const char *ref = doson_ctr_task_get_ref (task);
  const DosonCtrTaskProgress *progress = doson_ctr_assessment_get_task_progress (report->assessment, id);
  const char *note = progress != NULL ? doson_ctr_task_progress_get_note (progress) : NULL;
  DosonCtrTaskState state = DOSON_CTR_TASK_STATE_NOT_STARTED;
  gboolean known = doson_ctr_assessment_get_task_state (report->assessment, id, &state);
  g_autofree char *units = _doson_ctr_report_task_units (report, task);
  g_autoptr (GString) due = g_string_new (NULL);

  _doson_ctr_words_append_task_deadline (due, task, report->lang);
  g_string_append (out, "<tr data-task=\"");
  _doson_ctr_html_append_escaped (out, id);
  g_string_append_printf (out, "\" data-state=\"%s\">", known ? doson_ctr_task_state_to_string (state) : "unknown");
  append_cell (out, NULL, ref != NULL ? ref : "");
  append_cell (out, NULL, doson_ctr_task_get_text (task, _doson_ctr_report_tag (report)));
  append_cell (out, NULL, units);
  append_cell (out, NULL, due->str);
  g_string_append (out, "<td>");
  _doson_ctr_html_append_task_state (out, known, state, report->lang);
  g_string_append (out, "</td>");
  append_cell (out, NULL, note != NULL && *note != '\0' ? note : "—");
  g_string_append (out, "</tr>\n");
}

/* The tasks of each goal: what the units do besides the figures. */
static void
append_tasks (GString        *out,
              DosonCtrReport *report)
{
  GPtrArray *goals = doson_ctr_program_get_goals (report->program);
  g_autoptr (GString) counts = g_string_new (NULL);
  g_autofree char *heading = NULL;
  guint i, j;

  if (doson_ctr_program_get_tasks (report->program)->len == 0)
    return;
  heading = _doson_ctr_report_task_heading (report);
  _doson_ctr_html_append_element (out, "h2", NULL, heading);
  g_string_append_c (out, '\n');
  _doson_ctr_report_append_task_counts (counts, report, report->program_rollup, "");
  _doson_ctr_html_append_element (out, "p", "rollup", counts->str);
  g_string_append_c (out, '\n');
  for (i = 0; i < goals->len; i++)
    {
      DosonCtrReportGroup group = { .goal = g_ptr_array_index (goals, i) };
      g_autoptr (GPtrArray) tasks = doson_ctr_program_get_tasks_for_goal (report->program,
                                                                          doson_ctr_goal_get_id (group.goal), FALSE);
      g_autofree char *title = NULL;

      if (tasks->len == 0)
        continue;
      title = _doson_ctr_report_group_title (report, &group);
      _doson_ctr_html_append_element (out, "h3", NULL, title);
      g_string_append_printf (out, "\n<table class=\"tasks\">\n<thead><tr><th scope=\"col\">%s</th>"
                              "<th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
                              "<th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
                              _doson_ctr_report_tr (report, "Mục", "Ref"),
                              _doson_ctr_report_tr (report, "Nhiệm vụ", "Task"),
                              _doson_ctr_report_tr (report, "Đơn vị chủ trì", "Lead units"),
                              _doson_ctr_report_tr (report, "Thời hạn", "When"),
                              _doson_ctr_report_tr (report, "Tình hình", "State"),
                              _doson_ctr_report_tr (report, "Ghi chú", "Note"));
      for (j = 0; j < tasks->len; j++)
        append_task_row (out, report, g_ptr_array_index (tasks, j));
      g_string_append (out, "</tbody>\n</table>\n");
    }
}

void
_doson_ctr_report_append_html (GString        *out,
                               DosonCtrReport *report)
{
  g_autofree char *title = _doson_ctr_report_title (report);
  const char *notice = _doson_ctr_report_notice (report);
  g_autoptr (GString) header = g_string_new (NULL);

  _doson_ctr_html_append_page_start (out, report->lang, title);
  _doson_ctr_html_append_element (out, "h1", NULL, title);
  g_string_append_c (out, '\n');
  if (notice != NULL)
    _doson_ctr_html_append_notice (out, notice);
  _doson_ctr_report_append_header_lines (header, report, "", "", "\n");
  append_lines (out, header->str, "p", "meta");
  append_summary (out, report);
  append_warnings (out, report);
  /* the pictures before the tables that detail them */
  append_charts (out, report);
  append_groups (out, report, report->by_goal, _doson_ctr_report_tr (report, "Theo mục tiêu", "By goal"));
  append_groups (out, report, report->by_unit,
                 _doson_ctr_report_tr (report, "Theo đơn vị chủ trì", "By responsible unit"));
  append_tasks (out, report);
  if (notice != NULL)
    _doson_ctr_html_append_notice (out, notice);
  _doson_ctr_html_append_page_end (out);
}
