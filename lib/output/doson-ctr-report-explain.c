/* doson-ctr-report-explain.c: the full explanation of one indicator of a
 * report
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-error.h>

#include "output/doson-ctr-explain-private.h"
#include "output/doson-ctr-report-private.h"
#include "output/doson-ctr-requirement-words-private.h"
#include "output/doson-ctr-wrap-private.h"

/* "III.1 (8) id — name", the as-of year, the notice, and the indicator's
 * status, score and attainment as the report's line shows them. */
static void
append_heading (GString            *out,
                DosonCtrReport     *report,
                DosonCtrIndicator  *indicator,
                DosonCtrReportLine *line)
{
  const char *ref = doson_ctr_indicator_get_ref (indicator);
  const char *notice = _doson_ctr_report_notice (report);
  const char *tag = _doson_ctr_report_tag (report);
  double score;

  g_string_append_printf (out, "%s%s%s — %s\n", ref != NULL ? ref : "", ref != NULL ? " " : "",
                          line->id, doson_ctr_indicator_get_name (indicator, tag));
  _doson_ctr_report_append_header_lines (out, report, "", "", "\n");
  if (notice != NULL)
    g_string_append_printf (out, "*** %s ***\n", notice);
  g_string_append_printf (out, "%s: %s", _doson_ctr_report_tr (report, "Tình trạng", "Status"),
                          doson_ctr_status_get_label (line->status, tag));
  if (doson_ctr_assessment_get_indicator_score (report->assessment, line->id, &score))
    {
      g_string_append_printf (out, "; %s ", _doson_ctr_report_tr (report, "điểm", "score"));
      _doson_ctr_report_append_score (out, report, score);
    }
  g_string_append_printf (out, "\n%s: %s\n%s: %s\n",
                          _doson_ctr_report_tr (report, "Giá trị (năm)", "Value (year)"), line->value,
                          _doson_ctr_report_tr (report, "Mức độ hoàn thành", "Attainment"),
                          line->attainment);
}

/**
 * doson_ctr_report_explain_indicator:
 * @report: a #DosonCtrReport
 * @indicator_id: the id of an indicator of the report's programme
 * @error: return location for a #GError, or %NULL
 *
 * Explains how the status of one indicator was decided, in the report's
 * language: a heading (reference, id and name, the as-of year, the data,
 * the notice of illustrative data), the indicator's status, score, value
 * and attainment as the report shows them, then for each of its target
 * assessments the target in words (with "equal to the target; more is
 * needed" or the years met, as the report says), what a target not yet
 * achieved still needs and where the pace leads, in words
 * (doson_ctr_target_assessment_describe_needs()), followed by
 * doson_ctr_target_assessment_explain(): the rule applied, every figure it
 * used and the reason for any figure that is absent. Figures are written
 * in the report's language and number style with their units (a rate as
 * "12,0 %/năm", a value with the indicator's unit, a score with two
 * decimals), and lines are wrapped to the report's width
 * (doson_ctr_report_set_width()) as in its text.
 *
 * Errors: %DOSON_CTR_ERROR_INVALID_ARGUMENT when @indicator_id names no
 * indicator of the programme.
 *
 * Returns: (transfer full): the text, ending with a newline, to be freed
 *   with g_free(), or %NULL with @error set
 *
 * Since: 0.1
 */
char *
doson_ctr_report_explain_indicator (DosonCtrReport  *report,
                                    const char      *indicator_id,
                                    GError         **error)
{
  g_auto (DosonCtrReportLine) line = { 0 };
  DosonCtrIndicator *indicator;
  GString *out;
  char *wrapped;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_REPORT (report), NULL);
  g_return_val_if_fail (indicator_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  indicator = _doson_ctr_report_lookup_indicator (report, indicator_id, error);
  if (indicator == NULL)
    return NULL;

  out = g_string_new (NULL);
  _doson_ctr_report_line_init (&line, report, indicator);
  append_heading (out, report, indicator, &line);
  for (i = 0; i < line.results->len; i++)
    {
      const DosonCtrTargetAssessment *a = g_ptr_array_index (line.results, i);
      g_autofree char *words = _doson_ctr_report_describe_assessment (report, indicator, a);
      g_autofree char *text = _doson_ctr_target_assessment_explain_for (a, indicator,
                                                                         _doson_ctr_report_tag (report));
      g_autofree char *needs = _doson_ctr_words_needs (indicator, a, report->lang);

      g_string_append_printf (out, "\n→ %s\n", words);
      if (needs != NULL && *needs != '\0')
        g_string_append_printf (out, "  %s\n", needs);
      g_string_append (out, text);
    }
  wrapped = _doson_ctr_wrap (out->str, report->width);
  g_string_free (out, TRUE);
  return wrapped;
}
