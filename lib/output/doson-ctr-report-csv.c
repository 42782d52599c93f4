/* doson-ctr-report-csv.c: a report as CSV, one row per target assessment
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "base/doson-ctr-escape-private.h"
#include "base/doson-ctr-number-private.h"
#include "output/doson-ctr-report-private.h"
#include "output/doson-ctr-requirement-words-private.h"

/* A comma, then a number or nothing. */
static void
append_optional (GString  *out,
                 gboolean  have,
                 double    value)
{
  g_string_append_c (out, ',');
  if (have)
    _doson_ctr_append_double (out, value);
}

/* A comma, then a CSV field or nothing. */
static void
append_field (GString    *out,
              const char *text)
{
  g_string_append_c (out, ',');
  if (text != NULL)
    _doson_ctr_csv_append_field (out, text);
}

/* value, year, figure, attainment, pace and score, each after a comma. */
static void
append_figures (GString                        *out,
                const DosonCtrTargetAssessment *a)
{
  double value, figure, attainment, pace, score;
  int year;
  gboolean have;

  have = doson_ctr_target_assessment_get_current (a, &year, &value);
  append_optional (out, have, value);
  g_string_append_c (out, ',');
  if (have)
    g_string_append_printf (out, "%d", year);
  /* Each getter runs before its figure is read. */
  have = doson_ctr_target_assessment_get_figure (a, &figure);
  append_optional (out, have, figure);
  have = doson_ctr_target_assessment_get_attainment (a, &attainment);
  append_optional (out, have, attainment);
  have = doson_ctr_target_assessment_get_pace (a, &pace);
  append_optional (out, have, pace);
  have = doson_ctr_target_assessment_get_score (a, &score);
  append_optional (out, have, score);
}

/* A comma, then a year or nothing. */
static void
append_optional_year (GString  *out,
                      gboolean  have,
                      int       year)
{
  g_string_append_c (out, ',');
  if (have)
    g_string_append_printf (out, "%d", year);
}

/* A comma, then a reason's spelling, or nothing for none. */
static void
append_reason (GString                   *out,
               DosonCtrRequirementReason  reason)
{
  append_field (out, reason != DOSON_CTR_REQUIREMENT_REASON_NONE
                     ? doson_ctr_requirement_reason_to_string (reason) : NULL);
}

/* The required_* columns, each after a comma, all empty for a target
 * achieved. */
static void
append_requirement (GString                        *out,
                    const DosonCtrTargetAssessment *a)
{
  const DosonCtrRequirement *r = doson_ctr_target_assessment_get_requirement (a);
  double per_year = 0, total = 0;
  int from = 0, to = 0;
  gboolean have, have_years;

  if (r == NULL)
    {
      g_string_append (out, ",,,,,,");
      return;
    }
  append_field (out, doson_ctr_requirement_kind_to_string (doson_ctr_requirement_get_kind (r)));
  /* Each getter runs before its figure is read. */
  have = doson_ctr_requirement_get_per_year (r, &per_year);
  append_optional (out, have, per_year);
  have = doson_ctr_requirement_get_total (r, &total);
  append_optional (out, have, total);
  have_years = doson_ctr_requirement_get_years (r, &from, &to);
  append_optional_year (out, have_years, from);
  append_optional_year (out, have_years, to);
  append_reason (out, doson_ctr_requirement_get_reason (r));
}

/* The projection_* columns, each after a comma, all empty for a target
 * achieved. */
static void
append_projection (GString                        *out,
                   const DosonCtrTargetAssessment *a)
{
  const DosonCtrProjection *p = doson_ctr_target_assessment_get_projection (a);
  double value = 0;
  gboolean meets = FALSE;
  gboolean have;

  if (p == NULL)
    {
      g_string_append (out, ",,,,");
      return;
    }
  append_optional_year (out, TRUE, doson_ctr_projection_get_year (p));
  have = doson_ctr_projection_get_value (p, &value);
  append_optional (out, have, value);
  g_string_append_c (out, ',');
  if (doson_ctr_projection_get_meets (p, &meets))
    g_string_append (out, meets ? "true" : "false");
  append_reason (out, doson_ctr_projection_get_reason (p));
}

static void
append_row (GString                        *out,
            DosonCtrReport                 *report,
            const DosonCtrTargetAssessment *a)
{
  const char *tag = _doson_ctr_report_tag (report);
  const char *notice = _doson_ctr_report_notice (report);
  const char *id = doson_ctr_target_assessment_get_indicator_id (a);
  DosonCtrIndicator *indicator = doson_ctr_program_lookup_indicator (report->program, id);
  const DosonCtrTarget *target = doson_ctr_target_assessment_get_target (a);
  DosonCtrStatus status = doson_ctr_target_assessment_get_status (a);
  DosonCtrAssessmentReason reason = doson_ctr_target_assessment_get_reason (a);
  g_autofree char *words = _doson_ctr_report_describe_assessment (report, indicator, a);
  g_autofree char *needs = _doson_ctr_words_needs (indicator, a, report->lang);

  /* The first column repeats the notice on every row of illustrative
   * data, so that no row can be quoted without it. */
  _doson_ctr_csv_append_field (out, notice != NULL ? notice : "");
  g_string_append_printf (out, ",%d", doson_ctr_assessment_get_as_of_year (report->assessment));
  append_field (out, id);
  append_field (out, doson_ctr_indicator_get_ref (indicator));
  append_field (out, doson_ctr_indicator_get_name (indicator, tag));
  g_string_append_printf (out, ",%u,%s", doson_ctr_target_assessment_get_target_index (a),
                          doson_ctr_target_kind_to_string (doson_ctr_target_get_kind (target)));
  append_field (out, doson_ctr_target_assessment_get_disaggregation_value (a));
  g_string_append_printf (out, ",%s", doson_ctr_status_to_string (status));
  append_field (out, doson_ctr_status_get_label (status, tag));
  g_string_append_printf (out, ",%s", doson_ctr_target_assessment_is_due (a) ? "true" : "false");
  append_figures (out, a);
  append_field (out, reason != DOSON_CTR_ASSESSMENT_REASON_NONE
                     ? doson_ctr_assessment_reason_to_string (reason) : NULL);
  append_field (out, words);
  append_requirement (out, a);
  append_projection (out, a);
  append_field (out, needs);
  g_string_append_c (out, '\n');
}

void
_doson_ctr_report_append_csv (GString        *out,
                              DosonCtrReport *report)
{
  GPtrArray *results = doson_ctr_assessment_get_results (report->assessment);
  guint i;

  g_string_append (out, "notice,as_of_year,indicator,ref,name,target_index,kind,level,"
                   "status,label,due,value,year,figure,attainment,pace,score,reason,target,"
                   "required_kind,required_per_year,required_total,required_from_year,required_to_year,"
                   "required_reason,projection_year,projection_value,projection_meets,projection_reason,"
                   "needs\n");
  for (i = 0; i < results->len; i++)
    append_row (out, report, g_ptr_array_index (results, i));
}
