/* doson-ctr-report-csv.c: a report as CSV, one row per target assessment
 * and one per roll-up, in the report's CSV style
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
#include "output/doson-ctr-words-private.h"

/* A row being written: where, and in which style. */
typedef struct
{
  GString *out;
  DosonCtrReport *report;
  char separator;               /* ',' or ';' */
  gboolean decimal_comma;
} Row;

/* The separator, then a CSV field or nothing. */
static void
append_field (Row        *row,
              const char *text)
{
  g_string_append_c (row->out, row->separator);
  if (text != NULL)
    _doson_ctr_csv_append_field_sep (row->out, text, row->separator);
}

/* The separator, then @n fields left empty. */
static void
append_empty (Row  *row,
              guint n)
{
  for (; n > 0; n--)
    g_string_append_c (row->out, row->separator);
}

/* The separator, then a number (with a decimal comma in the "vi" style)
 * or nothing. */
static void
append_number (Row      *row,
               gboolean  have,
               double    value)
{
  gsize start;

  g_string_append_c (row->out, row->separator);
  if (!have)
    return;
  start = row->out->len;
  _doson_ctr_append_double (row->out, value);
  if (row->decimal_comma)
    for (; start < row->out->len; start++)
      if (row->out->str[start] == '.')
        row->out->str[start] = ',';
}

/* The separator, then a whole number. */
static void
append_int (Row *row,
            int  value)
{
  g_string_append_printf (row->out, "%c%d", row->separator, value);
}

/* The first columns of every row: row, notice, as_of_year. The notice
 * of illustrative data is on every row, so that no row can be quoted
 * without it. */
static void
append_start (Row        *row,
              const char *kind)
{
  const char *notice = _doson_ctr_report_notice (row->report);

  g_string_append (row->out, kind);
  append_field (row, notice != NULL ? notice : "");
  append_int (row, doson_ctr_assessment_get_as_of_year (row->report->assessment));
}

/* value, year, figure, attainment, pace and score. */
static void
append_figures (Row                            *row,
                const DosonCtrTargetAssessment *a)
{
  double value, figure, attainment, pace, score;
  int year;
  gboolean have;

  have = doson_ctr_target_assessment_get_current (a, &year, &value);
  append_number (row, have, value);
  if (have)
    append_int (row, year);
  else
    append_empty (row, 1);
  /* Each getter runs before its figure is read. */
  have = doson_ctr_target_assessment_get_figure (a, &figure);
  append_number (row, have, figure);
  have = doson_ctr_target_assessment_get_attainment (a, &attainment);
  append_number (row, have, attainment);
  have = doson_ctr_target_assessment_get_pace (a, &pace);
  append_number (row, have, pace);
  have = doson_ctr_target_assessment_get_score (a, &score);
  append_number (row, have, score);
}

/* The separator, then a year or nothing. */
static void
append_optional_year (Row      *row,
                      gboolean  have,
                      int       year)
{
  if (have)
    append_int (row, year);
  else
    append_empty (row, 1);
}

/* The separator, then a reason's spelling, or nothing for none. */
static void
append_reason (Row                       *row,
               DosonCtrRequirementReason  reason)
{
  append_field (row, reason != DOSON_CTR_REQUIREMENT_REASON_NONE
                     ? doson_ctr_requirement_reason_to_string (reason) : NULL);
}

/* The required_* columns, all empty for a target achieved. */
static void
append_requirement (Row                            *row,
                    const DosonCtrTargetAssessment *a)
{
  const DosonCtrRequirement *r = doson_ctr_target_assessment_get_requirement (a);
  double per_year = 0, total = 0;
  int from = 0, to = 0;
  gboolean have, have_years;

  if (r == NULL)
    {
      append_empty (row, 6);
      return;
    }
  append_field (row, doson_ctr_requirement_kind_to_string (doson_ctr_requirement_get_kind (r)));
  /* Each getter runs before its figure is read. */
  have = doson_ctr_requirement_get_per_year (r, &per_year);
  append_number (row, have, per_year);
  have = doson_ctr_requirement_get_total (r, &total);
  append_number (row, have, total);
  have_years = doson_ctr_requirement_get_years (r, &from, &to);
  append_optional_year (row, have_years, from);
  append_optional_year (row, have_years, to);
  append_reason (row, doson_ctr_requirement_get_reason (r));
}

/* The projection_* columns, all empty for a target achieved. */
static void
append_projection (Row                            *row,
                   const DosonCtrTargetAssessment *a)
{
  const DosonCtrProjection *p = doson_ctr_target_assessment_get_projection (a);
  double value = 0;
  gboolean meets = FALSE;
  gboolean have;

  if (p == NULL)
    {
      append_empty (row, 4);
      return;
    }
  append_int (row, doson_ctr_projection_get_year (p));
  have = doson_ctr_projection_get_value (p, &value);
  append_number (row, have, value);
  if (doson_ctr_projection_get_meets (p, &meets))
    append_field (row, meets ? "true" : "false");
  else
    append_empty (row, 1);
  append_reason (row, doson_ctr_projection_get_reason (p));
}

/* The lead units of @indicator, separated by ";". */
static char *
lead_units (DosonCtrIndicator *indicator)
{
  GPtrArray *ids = doson_ctr_indicator_get_lead_unit_ids (indicator);
  GString *units = g_string_new (NULL);
  guint i;

  for (i = 0; i < ids->len; i++)
    g_string_append_printf (units, "%s%s", i > 0 ? ";" : "", (const char *) g_ptr_array_index (ids, i));
  return g_string_free (units, FALSE);
}

static void
append_target_row (Row                            *row,
                   DosonCtrIndicator              *indicator,
                   const DosonCtrTargetAssessment *a)
{
  DosonCtrReport *report = row->report;
  const char *tag = _doson_ctr_report_tag (report);
  const DosonCtrTarget *target = doson_ctr_target_assessment_get_target (a);
  DosonCtrStatus status = doson_ctr_target_assessment_get_status (a);
  DosonCtrAssessmentReason reason = doson_ctr_target_assessment_get_reason (a);
  g_autofree char *words = _doson_ctr_report_describe_assessment (report, indicator, a);
  g_autofree char *units = lead_units (indicator);
  g_autofree char *needs = _doson_ctr_words_needs (indicator, a, report->lang);

  append_start (row, "target");
  append_field (row, doson_ctr_indicator_get_goal_id (indicator));
  append_field (row, units);
  append_field (row, doson_ctr_indicator_get_id (indicator));
  append_field (row, doson_ctr_indicator_get_ref (indicator));
  append_field (row, doson_ctr_indicator_get_name (indicator, tag));
  append_field (row, doson_ctr_indicator_get_unit (indicator, tag));
  append_int (row, (int) doson_ctr_target_assessment_get_target_index (a));
  append_field (row, doson_ctr_target_kind_to_string (doson_ctr_target_get_kind (target)));
  append_field (row, doson_ctr_target_assessment_get_disaggregation_value (a));
  append_field (row, doson_ctr_status_to_string (status));
  append_field (row, doson_ctr_status_get_label (status, tag));
  append_field (row, doson_ctr_target_assessment_is_due (a) ? "true" : "false");
  append_figures (row, a);
  append_field (row, reason != DOSON_CTR_ASSESSMENT_REASON_NONE
                     ? doson_ctr_assessment_reason_to_string (reason) : NULL);
  append_field (row, words);
  append_requirement (row, a);
  append_projection (row, a);
  append_field (row, needs);
  g_string_append_c (row->out, '\n');
}

/* A roll-up: its kind, its goal or unit, its title as the name, the
 * roll-up in words as the label and its mean score as the score. */
static void
append_rollup_row (Row                  *row,
                   const char           *kind,
                   const char           *goal,
                   const char           *unit,
                   const char           *title,
                   const DosonCtrRollup *rollup)
{
  g_autoptr (GString) words = g_string_new (NULL);
  double score;
  gboolean have_score = doson_ctr_rollup_get_mean_score (rollup, &score);

  _doson_ctr_report_append_rollup_words (words, row->report, rollup);
  append_start (row, kind);
  append_field (row, goal);
  append_field (row, unit);
  append_empty (row, 2);                /* indicator, ref */
  append_field (row, title);
  append_empty (row, 5);                /* unit, target_index, kind, level, status */
  append_field (row, words->str);
  append_empty (row, 6);                /* due, value, year, figure, attainment, pace */
  append_number (row, have_score, score);
  append_empty (row, 2 + 6 + 4 + 1);    /* reason, target, required_*, projection_*, needs */
  g_string_append_c (row->out, '\n');
}

static void
append_group (Row                       *row,
              const DosonCtrReportGroup *group)
{
  g_autofree char *title = _doson_ctr_report_group_title (row->report, group);
  guint i, j;

  for (i = 0; i < group->indicators->len; i++)
    {
      DosonCtrIndicator *indicator = g_ptr_array_index (group->indicators, i);
      g_autoptr (GPtrArray) results
        = doson_ctr_assessment_get_results_for_indicator (row->report->assessment,
                                                          doson_ctr_indicator_get_id (indicator));

      for (j = 0; j < results->len; j++)
        append_target_row (row, indicator, g_ptr_array_index (results, j));
    }
  if (group->goal != NULL)
    append_rollup_row (row, "goal", group->id, NULL, title, group->rollup);
  else
    append_rollup_row (row, "unit", NULL, group->id, title, group->rollup);
}

/* A task: its goal, lead units, ref, text (as the name), its state in
 * the report's year (status and label; both empty when it is not known)
 * and the note of the report it comes from (as needs). */
static void
append_task_row (Row          *row,
                 DosonCtrTask *task)
{
  DosonCtrReport *report = row->report;
  const char *id = doson_ctr_task_get_id (task);
  GPtrArray *ids = doson_ctr_task_get_lead_unit_ids (task);
  g_autoptr (GString) units = g_string_new (NULL);
  const DosonCtrTaskProgress *from;
  DosonCtrTaskState state = DOSON_CTR_TASK_STATE_NOT_STARTED;
  gboolean known = doson_ctr_assessment_get_task_state (report->assessment, id, &state);
  guint i;

  for (i = 0; i < ids->len; i++)
    g_string_append_printf (units, "%s%s", i > 0 ? ";" : "", (const char *) g_ptr_array_index (ids, i));
  from = doson_ctr_assessment_get_task_progress (report->assessment, id);
  append_start (row, "task");
  append_field (row, doson_ctr_task_get_goal_id (task));
  append_field (row, units->str);
  append_field (row, id);                               /* indicator: the task's id */
  append_field (row, doson_ctr_task_get_ref (task));
  append_field (row, doson_ctr_task_get_text (task, _doson_ctr_report_tag (report)));
  append_empty (row, 4);                                /* unit, target_index, kind, level */
  append_field (row, known ? doson_ctr_task_state_to_string (state) : NULL);
  append_field (row, _doson_ctr_words_task_state (known, state, report->lang));
  append_empty (row, 7 + 2 + 6 + 4);                    /* due … score, reason, target, required_*, projection_* */
  append_field (row, from != NULL ? doson_ctr_task_progress_get_note (from) : NULL);
  g_string_append_c (row->out, '\n');
}

static const char * const columns[] = {
  "row", "notice", "as_of_year", "goal", "units", "indicator", "ref", "name", "unit",
  "target_index", "kind", "level", "status", "label", "due", "value", "year", "figure",
  "attainment", "pace", "score", "reason", "target", "required_kind", "required_per_year",
  "required_total", "required_from_year", "required_to_year", "required_reason", "projection_year",
  "projection_value", "projection_meets", "projection_reason", "needs"
};

void
_doson_ctr_report_append_csv (GString        *out,
                              DosonCtrReport *report)
{
  GPtrArray *groups = _doson_ctr_report_groups (report);
  g_autofree char *title = _doson_ctr_report_title (report);
  Row row = { out, report, ',', FALSE };
  gsize i;

  if (report->csv_style == DOSON_CTR_CSV_STYLE_VI)
    {
      row.separator = ';';
      row.decimal_comma = TRUE;
    }
  if (report->csv_style != DOSON_CTR_CSV_STYLE_PLAIN)
    g_string_append (out, "\xEF\xBB\xBF");      /* the UTF-8 byte order mark */

  for (i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      if (i > 0)
        g_string_append_c (out, row.separator);
      g_string_append (out, columns[i]);
    }
  g_string_append_c (out, '\n');
  for (i = 0; i < groups->len; i++)
    append_group (&row, g_ptr_array_index (groups, i));
  for (i = 0; i < doson_ctr_program_get_tasks (report->program)->len; i++)
    append_task_row (&row, g_ptr_array_index (doson_ctr_program_get_tasks (report->program), i));
  append_rollup_row (&row, "program", NULL, NULL, title, report->program_rollup);
}
