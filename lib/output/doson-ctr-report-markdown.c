/* doson-ctr-report-markdown.c: a report as markdown, a table per group
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "output/doson-ctr-report-private.h"
#include "output/doson-ctr-words-private.h"

static void
append_row (GString           *out,
            DosonCtrReport    *report,
            DosonCtrIndicator *indicator)
{
  const char *ref = doson_ctr_indicator_get_ref (indicator);
  const char *tag = _doson_ctr_report_tag (report);
  g_auto (DosonCtrReportLine) line = { 0 };
  g_autoptr (GString) targets = g_string_new (NULL);
  g_autoptr (GString) still_needed = g_string_new (NULL);
  g_autofree char *name = NULL;

  _doson_ctr_report_line_init (&line, report, indicator);
  name = g_strdup_printf ("%s (`%s`)", doson_ctr_indicator_get_name (indicator, tag), line.id);
  _doson_ctr_report_append_line_targets (targets, still_needed, report, indicator, &line);

  g_string_append (out, "|");
  _doson_ctr_words_append_markdown_cell (out, ref != NULL ? ref : "");
  _doson_ctr_words_append_markdown_cell (out, name);
  _doson_ctr_words_append_markdown_cell (out, doson_ctr_status_get_label (line.status, tag));
  _doson_ctr_words_append_markdown_cell (out, line.value);
  _doson_ctr_words_append_markdown_cell (out, targets->str);
  _doson_ctr_words_append_markdown_cell (out, line.attainment);
  _doson_ctr_words_append_markdown_cell (out, still_needed->len > 0 ? still_needed->str : "—");
  g_string_append_c (out, '\n');
}

static void
append_group (GString                   *out,
              DosonCtrReport            *report,
              const DosonCtrReportGroup *group)
{
  g_autofree char *title = _doson_ctr_report_group_title (report, group);
  guint j;

  g_string_append_printf (out, "## %s\n\n", title);
  g_string_append_printf (out, "|%s|%s|%s|%s|%s|%s|%s|\n|---|---|---|---|---|--:|---|\n",
                          _doson_ctr_report_tr (report, " Mục ", " Ref "),
                          _doson_ctr_report_tr (report, " Chỉ tiêu ", " Indicator "),
                          _doson_ctr_report_tr (report, " Tình trạng ", " Status "),
                          _doson_ctr_report_tr (report, " Giá trị (năm) ", " Value (year) "),
                          _doson_ctr_report_tr (report, " Mục tiêu ", " Target "),
                          _doson_ctr_report_tr (report, " Mức hoàn thành ", " Attainment "),
                          _doson_ctr_report_tr (report, " Còn cần ", " Still needed "));
  for (j = 0; j < group->indicators->len; j++)
    append_row (out, report, g_ptr_array_index (group->indicators, j));
  _doson_ctr_report_append_group_rollup (out, report, group, "\n", "\n\n");
}

void
_doson_ctr_report_append_markdown (GString        *out,
                                   DosonCtrReport *report)
{
  GPtrArray *groups = _doson_ctr_report_groups (report);
  g_autofree char *title = _doson_ctr_report_title (report);
  const char *notice = _doson_ctr_report_notice (report);
  g_autoptr (GString) rollup = g_string_new (NULL);
  guint i;

  g_string_append_printf (out, "# %s\n\n", title);
  if (notice != NULL)
    g_string_append_printf (out, "> **%s**\n\n", notice);
  _doson_ctr_report_append_header_lines (out, report, "**", "**", "\n\n");
  /* The warnings come first, before any figure they put in doubt. */
  g_string_append_printf (out, "## %s\n\n", _doson_ctr_report_tr (report, "Cảnh báo về tính nhất quán của số liệu",
                                                                   "Consistency warnings"));
  _doson_ctr_report_append_warnings (out, report, "- ");
  g_string_append_c (out, '\n');

  for (i = 0; i < groups->len; i++)
    append_group (out, report, g_ptr_array_index (groups, i));
  _doson_ctr_report_append_tasks_markdown (out, report);

  _doson_ctr_report_append_rollup_words (rollup, report, report->program_rollup);
  g_string_append_printf (out, "## %s\n\n%s\n",
                          _doson_ctr_report_tr (report, "Toàn chương trình", "Whole programme"), rollup->str);
  if (notice != NULL)
    g_string_append_printf (out, "\n> **%s**\n", notice);
}
