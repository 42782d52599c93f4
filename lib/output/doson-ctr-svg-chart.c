/* doson-ctr-svg-chart.c: the chart of an indicator as SVG, one panel per
 * target assessment (doson-ctr-svg-panel.c), its title, description and
 * legend
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-error.h>

#include "output/doson-ctr-html-private.h"
#include "output/doson-ctr-requirement-words-private.h"
#include "output/doson-ctr-svg-chart-private.h"
#include "output/doson-ctr-words-private.h"

static void
append_legend_item (GString    *out,
                    double      x,
                    double      y,
                    const char *sample,
                    const char *label)
{
  g_string_append_printf (out, "<g transform=\"translate(%d,%d)\">%s", (int) x, (int) y, sample);
  g_string_append (out, "<text x=\"34\" y=\"4\" font-size=\"11\">");
  _doson_ctr_html_append_escaped (out, label);
  g_string_append (out, "</text>");
  g_string_append (out, "</g>\n");
}

static void
append_legend (GString      *out,
               DosonCtrLang  lang,
               double        top,
               gboolean      plot,
               gboolean      strip)
{
  double y = top + 14;

  if (plot)
    {
      append_legend_item (out, 8, y,
                          "<line x1=\"0\" y1=\"0\" x2=\"28\" y2=\"0\" stroke=\"" SVG_VALUE "\" stroke-width=\"2.5\"/>"
                          "<circle cx=\"14\" cy=\"0\" r=\"4\" fill=\"" SVG_VALUE "\"/>",
                          _doson_ctr_words_pick (lang, "Số liệu thực hiện", "Actual values"));
      append_legend_item (out, 288, y,
                          "<rect x=\"0\" y=\"-6\" width=\"28\" height=\"12\" fill=\"" SVG_BAND "\"/>"
                          "<line x1=\"0\" y1=\"0\" x2=\"28\" y2=\"0\" stroke=\"" SVG_TARGET "\" stroke-width=\"2\" "
                          "stroke-dasharray=\"7 4\"/>",
                          _doson_ctr_words_pick (lang, "Mục tiêu (dải: mức sàn – mức phấn đấu)",
                                                 "Target (band: floor – stretch)"));
      append_legend_item (out, 8, y + 18,
                          "<line x1=\"0\" y1=\"0\" x2=\"28\" y2=\"0\" stroke=\"" SVG_PATH "\" stroke-width=\"1.5\" "
                          "stroke-dasharray=\"10 3 2 3\"/>",
                          _doson_ctr_words_pick (lang, "Lộ trình từ số liệu gốc đến mục tiêu",
                                                 "Path from the baseline to the target"));
      append_legend_item (out, 288, y + 18,
                          "<line x1=\"0\" y1=\"0\" x2=\"22\" y2=\"0\" stroke=\"" SVG_PROJECTION "\" stroke-width=\"2\" "
                          "stroke-dasharray=\"2 3\"/><circle cx=\"24\" cy=\"0\" r=\"4\" fill=\"#ffffff\" stroke=\""
                          SVG_PROJECTION "\" stroke-width=\"2\"/>",
                          _doson_ctr_words_pick (lang, "Dự báo theo nhịp hiện nay", "Projection at the current pace"));
      y += 36;
    }
  if (strip)
    {
      append_legend_item (out, 8, y,
                          "<rect x=\"6\" y=\"-8\" width=\"16\" height=\"16\" rx=\"3\" fill=\"" SVG_TARGET "\"/>"
                          "<text x=\"14\" y=\"5\" text-anchor=\"middle\" font-size=\"12\" fill=\"#ffffff\">✓</text>",
                          _doson_ctr_words_pick (lang, "Đạt", "Met"));
      append_legend_item (out, 150, y,
                          "<rect x=\"6\" y=\"-8\" width=\"16\" height=\"16\" rx=\"3\" fill=\"#ffffff\" "
                          "stroke=\"#8a1c1c\" stroke-width=\"2\"/>"
                          "<text x=\"14\" y=\"5\" text-anchor=\"middle\" font-size=\"12\" fill=\"#8a1c1c\">✗</text>",
                          _doson_ctr_words_pick (lang, "Chưa đạt", "Not met"));
      append_legend_item (out, 300, y,
                          "<rect x=\"6\" y=\"-8\" width=\"16\" height=\"16\" rx=\"3\" fill=\"#ffffff\" stroke=\""
                          SVG_AXIS "\" stroke-dasharray=\"3 3\"/>",
                          _doson_ctr_words_pick (lang, "Chưa có số liệu", "No data yet"));
    }
}

/* "Tình trạng: …; giá trị mới nhất: …; mục tiêu: …; còn cần …", for
 * screen readers. */
static void
append_description (GString            *out,
                    DosonCtrReport     *report,
                    DosonCtrIndicator  *indicator,
                    DosonCtrReportLine *line)
{
  const char *tag = _doson_ctr_report_tag (report);
  guint i;

  g_string_append_printf (out, "%s: %s. %s: %s.", _doson_ctr_report_tr (report, "Tình trạng", "Status"),
                          doson_ctr_status_get_label (line->status, tag),
                          _doson_ctr_report_tr (report, "Giá trị mới nhất", "Latest value"), line->value);
  for (i = 0; i < line->results->len; i++)
    {
      const DosonCtrTargetAssessment *a = g_ptr_array_index (line->results, i);
      g_autofree char *words = _doson_ctr_report_describe_assessment (report, indicator, a);
      g_autofree char *needs = _doson_ctr_words_needs (indicator, a, report->lang);

      g_string_append_printf (out, " %s: %s.", _doson_ctr_report_tr (report, "Mục tiêu", "Target"), words);
      if (needs != NULL && *needs != '\0')
        g_string_append_printf (out, " %s.", needs);
    }
}

static void
append_svg_start (GString            *out,
                  DosonCtrReport     *report,
                  DosonCtrIndicator  *indicator,
                  DosonCtrReportLine *line,
                  double              height)
{
  const char *ref = doson_ctr_indicator_get_ref (indicator);
  g_autoptr (GString) id = g_string_new (NULL);
  g_autoptr (GString) text = g_string_new (NULL);

  _doson_ctr_html_append_escaped (id, line->id);
  g_string_append_printf (out, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"doson-ctr-chart\" "
                          "data-indicator=\"%s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
                          "aria-labelledby=\"chart-%s-title chart-%s-desc\" " SVG_FONT " fill=\"%s\">\n",
                          id->str, (int) SVG_WIDTH, (int) height, (int) SVG_WIDTH, (int) height,
                          id->str, id->str, SVG_TEXT);
  g_string_printf (text, "%s%s%s (%s)", ref != NULL ? ref : "", ref != NULL ? " " : "",
                   doson_ctr_indicator_get_name (indicator, _doson_ctr_report_tag (report)), line->id);
  g_string_append_printf (out, "<title id=\"chart-%s-title\">", id->str);
  _doson_ctr_html_append_escaped (out, text->str);
  g_string_append_printf (out, "</title>\n<desc id=\"chart-%s-desc\">", id->str);
  g_string_truncate (text, 0);
  append_description (text, report, indicator, line);
  _doson_ctr_html_append_escaped (out, text->str);
  g_string_append (out, "</desc>\n");
  g_string_append_printf (out, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n",
                          (int) SVG_WIDTH, (int) height);
}

void
_doson_ctr_svg_chart_append (GString           *out,
                             DosonCtrReport    *report,
                             DosonCtrIndicator *indicator)
{
  g_auto (DosonCtrReportLine) line = { 0 };
  g_autoptr (GString) panels = g_string_new (NULL);
  gboolean plot = FALSE, strip = FALSE;
  double top;
  guint i;

  /* the panels first: they say which legend, and so how high the image */
  _doson_ctr_report_line_init (&line, report, indicator);
  for (i = 0; i < line.results->len; i++)
    _doson_ctr_svg_panel_append (panels, report, indicator, g_ptr_array_index (line.results, i),
                                 i * SVG_PANEL_HEIGHT, &plot, &strip);
  top = MAX (line.results->len, 1) * SVG_PANEL_HEIGHT;
  append_svg_start (out, report, indicator, &line, top + SVG_LEGEND_HEIGHT * ((plot ? 1 : 0) + (strip ? 1 : 0)));
  g_string_append_len (out, panels->str, panels->len);
  append_legend (out, report->lang, top, plot, strip);
  g_string_append (out, "</svg>\n");
}

/**
 * doson_ctr_report_indicator_to_svg:
 * @report: a #DosonCtrReport
 * @indicator_id: the id of an indicator of the report's programme
 * @error: return location for a #GError, or %NULL
 *
 * Draws the chart of one indicator as a standalone SVG image, in the
 * report's language and number style ("1.150.000" in Vietnamese), for
 * ward software to embed; the HTML report
 * (%DOSON_CTR_DOCUMENT_FORMAT_HTML) shows the same chart for every
 * indicator.
 *
 * The image is 560 pixels wide (its viewBox scales it) and has one panel
 * per target assessment of the indicator (a target, or a target for one
 * disaggregation value), each headed by its status, as a symbol and a
 * label, and its target in words. A panel plots:
 *
 * - the values by year up to the as-of year, joined by a solid line (for
 *   a cumulative target, the running total from its first year);
 * - the target: a dashed line at its figure (level, every-year and
 *   cumulative targets), with the band between floor and stretch shaded
 *   for a range; for a rate (average growth, year on year) the values
 *   the rate leads to, ending in a diamond at the deadline;
 * - the path from the base value to the target by the deadline, dash-dot:
 *   a straight line for a level or a running total, compound growth at
 *   the floor (and the stretch) for a rate; an every-year target has no
 *   path, its line is one;
 * - the projection at the current pace to the deadline
 *   (doson_ctr_target_assessment_get_projection()), dotted, when there
 *   is one;
 *
 * with the years on the x axis and the unit on the y axis. A milestone
 * or a yes-or-no indicator is a row of cells, one a year: "✓" met, "✗"
 * not met, a dashed empty cell without a value. A panel without any value
 * says "Chưa có số liệu" ("No data yet") and draws no line. A legend
 * ends the image; its &lt;title&gt; is the indicator's name and its
 * &lt;desc&gt; its status, latest value, targets and what each still
 * needs, in words.
 *
 * Every mark carries its figure: the values (class "value"), the target
 * ("target", "target-stretch"), the end of each path ("path",
 * "path-stretch") and the projection ("projection") have attributes
 * data-year and data-value, the latter written by
 * doson_ctr_format_number(); each panel is a &lt;g class="panel"&gt; with
 * data-target-index, data-kind, data-status and, for a disaggregation
 * value, data-level. The image is well-formed XML and needs no script,
 * font or file beside it.
 *
 * Errors: %DOSON_CTR_ERROR_INVALID_ARGUMENT when @indicator_id names no
 * indicator of the programme.
 *
 * Returns: (transfer full): the &lt;svg&gt; element, ending with a
 *   newline, to be freed with g_free(), or %NULL with @error set
 *
 * Since: 0.1
 */
char *
doson_ctr_report_indicator_to_svg (DosonCtrReport  *report,
                                   const char      *indicator_id,
                                   GError         **error)
{
  DosonCtrIndicator *indicator;
  GString *out;

  g_return_val_if_fail (DOSON_CTR_IS_REPORT (report), NULL);
  g_return_val_if_fail (indicator_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  indicator = _doson_ctr_report_lookup_indicator (report, indicator_id, error);
  if (indicator == NULL)
    return NULL;
  out = g_string_new (NULL);
  _doson_ctr_svg_chart_append (out, report, indicator);
  return g_string_free (out, FALSE);
}
