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
  if (notice != NULL)
    _doson_ctr_html_append_notice (out, notice);
  _doson_ctr_html_append_page_end (out);
}
