/* doson-ctr-report-words.c: what every format of a report says the same
 * way: group titles, the notice, summaries, values, targets, roll-ups,
 * the header and the warnings
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include "output/doson-ctr-explain-words-private.h"
#include "output/doson-ctr-report-private.h"
#include "output/doson-ctr-requirement-words-private.h"
#include "output/doson-ctr-words-private.h"

GPtrArray *
_doson_ctr_report_groups (DosonCtrReport *report)
{
  return report->grouping == DOSON_CTR_REPORT_GROUPING_UNIT ? report->by_unit : report->by_goal;
}

const char *
_doson_ctr_report_tag (DosonCtrReport *report)
{
  return _doson_ctr_words_tag (report->lang);
}

const char *
_doson_ctr_report_tr (DosonCtrReport *report,
                      const char     *vi,
                      const char     *en)
{
  return _doson_ctr_words_pick (report->lang, vi, en);
}

char *
_doson_ctr_report_title (DosonCtrReport *report)
{
  const char *code = doson_ctr_program_get_code (report->program);

  return g_strdup_printf ("%s%s%s", code != NULL ? code : "", code != NULL ? " — " : "",
                          doson_ctr_program_get_title (report->program, _doson_ctr_report_tag (report)));
}

char *
_doson_ctr_report_group_title (DosonCtrReport            *report,
                               const DosonCtrReportGroup *group)
{
  const char *ref;

  if (group->goal == NULL)
    return g_strdup (doson_ctr_responsible_unit_get_name (group->unit, _doson_ctr_report_tag (report)));
  ref = doson_ctr_goal_get_ref (group->goal);
  return g_strdup_printf ("%s%s%s", ref != NULL ? ref : "", ref != NULL ? " " : "",
                          doson_ctr_goal_get_title (group->goal, _doson_ctr_report_tag (report)));
}

const char *
_doson_ctr_report_notice (DosonCtrReport *report)
{
  if (!doson_ctr_measurement_set_get_illustrative (report->set))
    return NULL;
  return _doson_ctr_report_tr (report, "Số liệu minh họa, không phải số liệu chính thức",
                               "Illustrative data, not official statistics");
}

void
_doson_ctr_report_summarise (GPtrArray             *results,
                             DosonCtrReportSummary *summary)
{
  guint i;

  memset (summary, 0, sizeof *summary);
  for (i = 0; i < results->len; i++)
    {
      const DosonCtrTargetAssessment *a = g_ptr_array_index (results, i);
      double attainment;
      int year;
      double value;

      if (!summary->have_value && doson_ctr_target_assessment_get_disaggregation_value (a) == NULL
          && doson_ctr_target_assessment_get_current (a, &year, &value))
        {
          summary->have_value = TRUE;
          summary->value = value;
          summary->year = year;
        }
      /* on a tie, a figure on a strict threshold is the lower: it is not
       * met */
      if (doson_ctr_target_assessment_get_attainment (a, &attainment)
          && (!summary->have_attainment || attainment < summary->attainment
              || (attainment == summary->attainment && _doson_ctr_report_is_at_strict (a))))
        {
          summary->have_attainment = TRUE;
          summary->attainment = attainment;
          summary->at_strict = _doson_ctr_report_is_at_strict (a);
        }
    }
}

char *
_doson_ctr_report_format_value_year (DosonCtrReport    *report,
                                     DosonCtrIndicator *indicator,
                                     gboolean           have,
                                     double             value,
                                     int                year)
{
  GString *out = g_string_new (NULL);

  if (!have)
    g_string_append (out, "—");
  else
    {
      _doson_ctr_words_append_value (out, indicator, value, report->lang);
      g_string_append_printf (out, " (%d)", year);
    }
  return g_string_free (out, FALSE);
}

gboolean
_doson_ctr_report_is_at_strict (const DosonCtrTargetAssessment *a)
{
  return doson_ctr_target_assessment_get_reason (a) == DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET;
}

char *
_doson_ctr_report_format_attainment (DosonCtrReport *report,
                                     gboolean        have,
                                     double          attainment,
                                     gboolean        at_strict)
{
  GString *out = g_string_new (NULL);

  if (have && at_strict)
    g_string_append (out, "< 100 %");
  else if (have)
    _doson_ctr_words_append_percentage (out, attainment, report->lang);
  else
    g_string_append (out, "—");
  return g_string_free (out, FALSE);
}

void
_doson_ctr_report_line_init (DosonCtrReportLine *line,
                             DosonCtrReport     *report,
                             DosonCtrIndicator  *indicator)
{
  line->id = doson_ctr_indicator_get_id (indicator);
  line->status = doson_ctr_assessment_get_indicator_status (report->assessment, line->id);
  line->results = doson_ctr_assessment_get_results_for_indicator (report->assessment, line->id);
  _doson_ctr_report_summarise (line->results, &line->summary);
  line->value = _doson_ctr_report_format_value_year (report, indicator, line->summary.have_value,
                                                     line->summary.value, line->summary.year);
  line->attainment = _doson_ctr_report_format_attainment (report, line->summary.have_attainment,
                                                          line->summary.attainment,
                                                          line->summary.at_strict);
}

void
_doson_ctr_report_line_clear (DosonCtrReportLine *line)
{
  g_clear_pointer (&line->results, g_ptr_array_unref);
  g_clear_pointer (&line->value, g_free);
  g_clear_pointer (&line->attainment, g_free);
}

void
_doson_ctr_report_append_level (GString                        *out,
                                DosonCtrReport                 *report,
                                DosonCtrIndicator              *indicator,
                                const DosonCtrTargetAssessment *a)
{
  const char *level = doson_ctr_target_assessment_get_disaggregation_value (a);
  const char *name;

  if (level == NULL)
    return;
  name = doson_ctr_indicator_get_disaggregation_value_name (indicator, level, _doson_ctr_report_tag (report));
  g_string_append_printf (out, "%s: ", name != NULL ? name : level);
}

char *
_doson_ctr_report_describe_assessment (DosonCtrReport                 *report,
                                       DosonCtrIndicator              *indicator,
                                       const DosonCtrTargetAssessment *a)
{
  GString *out = g_string_new (NULL);
  const char *level = doson_ctr_target_assessment_get_disaggregation_value (a);
  const DosonCtrTarget *target = doson_ctr_target_assessment_get_target (a);
  guint met, reported;
  double total;

  _doson_ctr_report_append_level (out, report, indicator, a);
  _doson_ctr_words_append_target (out, indicator, target, report->lang, level == NULL);
  if (doson_ctr_target_assessment_get_exceeds_stretch (a))
    g_string_append (out, _doson_ctr_report_tr (report, " (vượt mức phấn đấu)", " (beyond the stretch)"));
  /* "equal to the target; more is needed", "past the band …": why a
   * figure that looks close does not meet the target */
  if (doson_ctr_target_assessment_get_reason (a) == DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET
      || doson_ctr_target_assessment_get_reason (a) == DOSON_CTR_ASSESSMENT_REASON_PAST_TARGET)
    g_string_append_printf (out, " (%s)", _doson_ctr_explain_reason (report->lang,
                                                                     doson_ctr_target_assessment_get_reason (a)));
  /* Every year and year on year: the years met of the years reported. */
  if (doson_ctr_target_assessment_get_years_met (a, &met, &reported, NULL) && reported > 0)
    g_string_append_printf (out, report->lang == DOSON_CTR_LANG_VI ? "; đạt %u/%u năm" : "; met %u/%u years",
                            met, reported);
  /* A cumulative target is judged on the running total, not on the
   * year's amount that the value column shows. */
  if (doson_ctr_target_get_kind (target) == DOSON_CTR_TARGET_KIND_CUMULATIVE
      && doson_ctr_target_assessment_get_running_total (a, &total))
    {
      g_string_append (out, _doson_ctr_report_tr (report, "; lũy kế đến nay: ", "; running total so far: "));
      _doson_ctr_words_append_value (out, indicator, total, report->lang);
    }
  return g_string_free (out, FALSE);
}

void
_doson_ctr_report_append_line_targets (GString            *targets,
                                       GString            *still_needed,
                                       DosonCtrReport     *report,
                                       DosonCtrIndicator  *indicator,
                                       DosonCtrReportLine *line)
{
  guint k;

  for (k = 0; k < line->results->len; k++)
    {
      const DosonCtrTargetAssessment *a = g_ptr_array_index (line->results, k);
      g_autofree char *words = _doson_ctr_report_describe_assessment (report, indicator, a);
      g_autofree char *needs = _doson_ctr_words_needs (indicator, a, report->lang);

      g_string_append_printf (targets, "%s%s", k > 0 ? "; " : "", words);
      if (needs != NULL && *needs != '\0')
        {
          if (still_needed->len > 0)
            g_string_append (still_needed, " / ");
          _doson_ctr_report_append_level (still_needed, report, indicator, a);
          g_string_append (still_needed, needs);
        }
    }
}

void
_doson_ctr_report_append_score (GString        *out,
                                DosonCtrReport *report,
                                double          score)
{
  _doson_ctr_words_append_score (out, score, report->lang);
}

void
_doson_ctr_report_append_rollup_words (GString              *out,
                                       DosonCtrReport       *report,
                                       const DosonCtrRollup *rollup)
{
  gboolean vi = report->lang == DOSON_CTR_LANG_VI;
  guint n = doson_ctr_rollup_get_n_indicators (rollup);
  gboolean first = TRUE;
  double score;
  gsize i;

  if (vi)
    g_string_append_printf (out, "%u chỉ tiêu: ", n);
  else
    g_string_append_printf (out, n == 1 ? "%u indicator: " : "%u indicators: ", n);
  for (i = 0; i < G_N_ELEMENTS (_doson_ctr_report_status_order); i++)
    {
      DosonCtrStatus status = _doson_ctr_report_status_order[i];
      guint count = doson_ctr_rollup_get_count (rollup, status);

      if (count == 0)
        continue;
      g_string_append_printf (out, "%s%u %s", first ? "" : ", ", count,
                              doson_ctr_status_get_label (status, _doson_ctr_report_tag (report)));
      first = FALSE;
    }
  if (first)
    g_string_append (out, "—");
  if (doson_ctr_rollup_get_mean_score (rollup, &score))
    {
      g_string_append (out, vi ? "; điểm bình quân " : "; mean score ");
      _doson_ctr_report_append_score (out, report, score);
      g_string_append_printf (out, vi ? " (%u chỉ tiêu có điểm)" : " (%u scored)",
                              doson_ctr_rollup_get_n_scored (rollup));
    }
  else
    g_string_append (out, _doson_ctr_report_tr (report, "; chưa có điểm", "; no score"));
  _doson_ctr_report_append_task_counts (out, report, rollup, "; ");
}

void
_doson_ctr_report_append_group_rollup (GString                   *out,
                                       DosonCtrReport            *report,
                                       const DosonCtrReportGroup *group,
                                       const char                *prefix,
                                       const char                *suffix)
{
  g_string_append_printf (out, "%s%s: ", prefix, _doson_ctr_report_tr (report, "Tổng hợp", "Roll-up"));
  _doson_ctr_report_append_rollup_words (out, report, group->rollup);
  g_string_append (out, suffix);
}

void
_doson_ctr_report_append_header_lines (GString        *out,
                                       DosonCtrReport *report,
                                       const char     *bold_start,
                                       const char     *bold_end,
                                       const char     *line_end)
{
  const char *description = doson_ctr_measurement_set_get_description (report->set,
                                                                       _doson_ctr_report_tag (report));

  g_string_append_printf (out, "%s%s %d%s%s", bold_start,
                          _doson_ctr_report_tr (report, "Đánh giá đến năm", "Assessed as of"),
                          doson_ctr_assessment_get_as_of_year (report->assessment), bold_end,
                          line_end);
  g_string_append_printf (out, "%s%s:%s ", bold_start, _doson_ctr_report_tr (report, "Số liệu", "Data"),
                          bold_end);
  if (report->data_name == NULL)
    g_string_append (out, _doson_ctr_report_tr (report, "không có", "none"));
  else
    {
      g_string_append (out, report->data_name);
      g_string_append_printf (out, report->lang == DOSON_CTR_LANG_VI ? " (%u số liệu)" : " (%u measurements)",
                              doson_ctr_measurement_set_get_size (report->set));
      if (description != NULL)
        g_string_append_printf (out, " — %s", description);
    }
  g_string_append (out, line_end);
}

void
_doson_ctr_report_append_warnings (GString        *out,
                                   DosonCtrReport *report,
                                   const char     *bullet)
{
  GPtrArray *warnings = doson_ctr_assessment_get_warnings (report->assessment);
  guint i;

  if (warnings->len == 0)
    {
      g_string_append_printf (out, "%s%s\n", bullet,
                              _doson_ctr_report_tr (report, "không có: các số liệu nhất quán",
                                                    "none: the figures are consistent"));
      return;
    }
  for (i = 0; i < warnings->len; i++)
    {
      g_autofree char *text = doson_ctr_consistency_warning_to_string (g_ptr_array_index (warnings, i),
                                                                        _doson_ctr_report_tag (report));

      g_string_append_printf (out, "%s%s\n", bullet, text);
    }
}
