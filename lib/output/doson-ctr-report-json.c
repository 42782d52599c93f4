/* doson-ctr-report-json.c: a report as JSON, for programs
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "output/doson-ctr-json-writer-private.h"
#include "output/doson-ctr-report-private.h"
#include "output/doson-ctr-requirement-words-private.h"
#include "output/doson-ctr-words-private.h"

static void
add_status (JsonBuilder    *builder,
            DosonCtrReport *report,
            DosonCtrStatus  status)
{
  _doson_ctr_json_add_string (builder, "status", doson_ctr_status_to_string (status));
  _doson_ctr_json_add_string (builder, "label", doson_ctr_status_get_label (status, _doson_ctr_report_tag (report)));
}

/* "reason": the reason's spelling, or null when there is none. */
static void
add_requirement_reason (JsonBuilder               *builder,
                        DosonCtrRequirementReason  reason)
{
  _doson_ctr_json_add_string (builder, "reason", reason == DOSON_CTR_REQUIREMENT_REASON_NONE
                              ? NULL : doson_ctr_requirement_reason_to_string (reason));
}

/* "required": what the target still needs, or null when it is achieved. */
static void
add_requirement (JsonBuilder                    *builder,
                 const DosonCtrTargetAssessment *a)
{
  const DosonCtrRequirement *r = doson_ctr_target_assessment_get_requirement (a);
  double per_year, total;
  int from, to;
  gboolean have;

  json_builder_set_member_name (builder, "required");
  if (r == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  _doson_ctr_json_add_string (builder, "kind", doson_ctr_requirement_kind_to_string (doson_ctr_requirement_get_kind (r)));
  have = doson_ctr_requirement_get_per_year (r, &per_year);
  _doson_ctr_json_add_double (builder, "per_year", have, per_year);
  have = doson_ctr_requirement_get_total (r, &total);
  _doson_ctr_json_add_double (builder, "total", have, total);
  have = doson_ctr_requirement_get_years (r, &from, &to);
  _doson_ctr_json_add_int (builder, "from_year", have, from);
  _doson_ctr_json_add_int (builder, "to_year", have, to);
  _doson_ctr_json_add_boolean (builder, "reachable", doson_ctr_requirement_is_reachable (r));
  add_requirement_reason (builder, doson_ctr_requirement_get_reason (r));
  json_builder_end_object (builder);
}

/* "projection": where the pace leads, or null when the target is
 * achieved. */
static void
add_projection (JsonBuilder                    *builder,
                const DosonCtrTargetAssessment *a)
{
  const DosonCtrProjection *p = doson_ctr_target_assessment_get_projection (a);
  double value, figure;
  gboolean have, meets;

  json_builder_set_member_name (builder, "projection");
  if (p == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  _doson_ctr_json_add_int (builder, "year", TRUE, doson_ctr_projection_get_year (p));
  have = doson_ctr_projection_get_value (p, &value);
  _doson_ctr_json_add_double (builder, "value", have, value);
  have = doson_ctr_projection_get_figure (p, &figure);
  _doson_ctr_json_add_double (builder, "figure", have, figure);
  json_builder_set_member_name (builder, "meets");
  if (doson_ctr_projection_get_meets (p, &meets))
    json_builder_add_boolean_value (builder, meets);
  else
    json_builder_add_null_value (builder);
  add_requirement_reason (builder, doson_ctr_projection_get_reason (p));
  json_builder_end_object (builder);
}

static void
add_target_assessment (JsonBuilder                    *builder,
                       DosonCtrReport                 *report,
                       DosonCtrIndicator              *indicator,
                       const DosonCtrTargetAssessment *a)
{
  const DosonCtrTarget *target = doson_ctr_target_assessment_get_target (a);
  g_autofree char *words = _doson_ctr_report_describe_assessment (report, indicator, a);
  g_autofree char *explanation = doson_ctr_target_assessment_explain (a, _doson_ctr_report_tag (report));
  g_autofree char *needs = _doson_ctr_words_needs (indicator, a, report->lang);
  DosonCtrAssessmentReason reason = doson_ctr_target_assessment_get_reason (a);
  double value, figure, attainment, pace, score;
  int year;
  gboolean have;

  json_builder_begin_object (builder);
  _doson_ctr_json_add_int (builder, "target_index", TRUE, doson_ctr_target_assessment_get_target_index (a));
  _doson_ctr_json_add_string (builder, "kind", doson_ctr_target_kind_to_string (doson_ctr_target_get_kind (target)));
  _doson_ctr_json_add_string (builder, "level", doson_ctr_target_assessment_get_disaggregation_value (a));
  add_status (builder, report, doson_ctr_target_assessment_get_status (a));
  _doson_ctr_json_add_boolean (builder, "due", doson_ctr_target_assessment_is_due (a));
  have = doson_ctr_target_assessment_get_current (a, &year, &value);
  _doson_ctr_json_add_double (builder, "value", have, value);
  _doson_ctr_json_add_int (builder, "year", have, year);
  have = doson_ctr_target_assessment_get_figure (a, &figure);
  _doson_ctr_json_add_double (builder, "figure", have, figure);
  have = doson_ctr_target_assessment_get_attainment (a, &attainment);
  _doson_ctr_json_add_double (builder, "attainment", have, attainment);
  have = doson_ctr_target_assessment_get_pace (a, &pace);
  _doson_ctr_json_add_double (builder, "pace", have, pace);
  have = doson_ctr_target_assessment_get_score (a, &score);
  _doson_ctr_json_add_double (builder, "score", have, score);
  _doson_ctr_json_add_boolean (builder, "exceeds_stretch", doson_ctr_target_assessment_get_exceeds_stretch (a));
  _doson_ctr_json_add_string (builder, "reason", reason == DOSON_CTR_ASSESSMENT_REASON_NONE
                              ? NULL : doson_ctr_assessment_reason_to_string (reason));
  add_requirement (builder, a);
  add_projection (builder, a);
  _doson_ctr_json_add_string (builder, "target", words);
  _doson_ctr_json_add_string (builder, "needs", needs);
  _doson_ctr_json_add_string (builder, "explanation", explanation);
  json_builder_end_object (builder);
}

static void
add_indicator (JsonBuilder       *builder,
               DosonCtrReport    *report,
               DosonCtrIndicator *indicator)
{
  const char *tag = _doson_ctr_report_tag (report);
  g_auto (DosonCtrReportLine) line = { 0 };
  g_autoptr (GString) explanation = g_string_new (NULL);
  GPtrArray *units = doson_ctr_indicator_get_lead_unit_ids (indicator);
  const char *id;
  double score;
  gboolean have_score;
  guint i;

  _doson_ctr_report_line_init (&line, report, indicator);
  id = line.id;
  have_score = doson_ctr_assessment_get_indicator_score (report->assessment, id, &score);

  json_builder_begin_object (builder);
  _doson_ctr_json_add_string (builder, "id", id);
  _doson_ctr_json_add_string (builder, "ref", doson_ctr_indicator_get_ref (indicator));
  _doson_ctr_json_add_string (builder, "name", doson_ctr_indicator_get_name (indicator, tag));
  _doson_ctr_json_add_string (builder, "goal", doson_ctr_indicator_get_goal_id (indicator));
  _doson_ctr_json_add_strings (builder, "units", (const char * const *) units->pdata, units->len);
  add_status (builder, report, line.status);
  _doson_ctr_json_add_double (builder, "score", have_score, score);
  _doson_ctr_json_add_double (builder, "attainment", line.summary.have_attainment, line.summary.attainment);
  _doson_ctr_json_add_double (builder, "value", line.summary.have_value, line.summary.value);
  _doson_ctr_json_add_int (builder, "year", line.summary.have_value, line.summary.year);

  for (i = 0; i < line.results->len; i++)
    {
      g_autofree char *text = doson_ctr_target_assessment_explain (g_ptr_array_index (line.results, i), tag);

      if (i > 0)
        g_string_append_c (explanation, '\n');
      g_string_append (explanation, text);
    }
  _doson_ctr_json_add_string (builder, "explanation", explanation->str);

  json_builder_set_member_name (builder, "targets");
  json_builder_begin_array (builder);
  for (i = 0; i < line.results->len; i++)
    add_target_assessment (builder, report, indicator, g_ptr_array_index (line.results, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_rollup (JsonBuilder          *builder,
            const DosonCtrRollup *rollup,
            const char           *title)
{
  const char * const *ids = doson_ctr_rollup_get_indicator_ids (rollup);
  double score;
  gboolean have_score = doson_ctr_rollup_get_mean_score (rollup, &score);
  gsize i;

  json_builder_begin_object (builder);
  _doson_ctr_json_add_string (builder, "kind", doson_ctr_rollup_kind_to_string (doson_ctr_rollup_get_kind (rollup)));
  _doson_ctr_json_add_string (builder, "id", doson_ctr_rollup_get_id (rollup));
  _doson_ctr_json_add_string (builder, "title", title);
  _doson_ctr_json_add_int (builder, "n_indicators", TRUE, doson_ctr_rollup_get_n_indicators (rollup));
  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (i = 0; i < G_N_ELEMENTS (_doson_ctr_report_status_order); i++)
    _doson_ctr_json_add_int (builder, doson_ctr_status_to_string (_doson_ctr_report_status_order[i]), TRUE,
                             doson_ctr_rollup_get_count (rollup, _doson_ctr_report_status_order[i]));
  json_builder_end_object (builder);
  _doson_ctr_json_add_int (builder, "n_scored", TRUE, doson_ctr_rollup_get_n_scored (rollup));
  _doson_ctr_json_add_double (builder, "mean_score", have_score, score);
  _doson_ctr_json_add_strings (builder, "indicators", ids, ids != NULL ? g_strv_length ((char **) ids) : 0);
  _doson_ctr_json_add_int (builder, "n_tasks", TRUE, doson_ctr_rollup_get_n_tasks (rollup));
  json_builder_set_member_name (builder, "task_counts");
  json_builder_begin_object (builder);
  for (i = 0; i < DOSON_CTR_TASK_N_STATES; i++)
    _doson_ctr_json_add_int (builder, doson_ctr_task_state_to_string (i), TRUE,
                             doson_ctr_rollup_get_task_count (rollup, i));
  json_builder_end_object (builder);
  _doson_ctr_json_add_int (builder, "n_tasks_unknown", TRUE, doson_ctr_rollup_get_n_tasks_unknown (rollup));
  json_builder_end_object (builder);
}

/* A task, its state in the report's year (null when not known) and the
 * report it comes from. */
static void
add_task (JsonBuilder    *builder,
          DosonCtrReport *report,
          DosonCtrTask   *task)
{
  const char *tag = _doson_ctr_report_tag (report);
  const char *id = doson_ctr_task_get_id (task);
  GPtrArray *lead = doson_ctr_task_get_lead_unit_ids (task);
  GPtrArray *partners = doson_ctr_task_get_partner_unit_ids (task);
  const DosonCtrTaskProgress *from = doson_ctr_assessment_get_task_progress (report->assessment, id);
  DosonCtrTaskState state = DOSON_CTR_TASK_STATE_NOT_STARTED;
  gboolean known = doson_ctr_assessment_get_task_state (report->assessment, id, &state);

  json_builder_begin_object (builder);
  _doson_ctr_json_add_string (builder, "id", id);
  _doson_ctr_json_add_string (builder, "ref", doson_ctr_task_get_ref (task));
  _doson_ctr_json_add_string (builder, "goal", doson_ctr_task_get_goal_id (task));
  _doson_ctr_json_add_string (builder, "text", doson_ctr_task_get_text (task, tag));
  _doson_ctr_json_add_strings (builder, "lead_units", (const char * const *) lead->pdata, lead->len);
  _doson_ctr_json_add_strings (builder, "partner_units", (const char * const *) partners->pdata, partners->len);
  _doson_ctr_json_add_int (builder, "deadline_year", doson_ctr_task_get_deadline_year (task) != 0,
                           doson_ctr_task_get_deadline_year (task));
  _doson_ctr_json_add_boolean (builder, "yearly", doson_ctr_task_get_yearly (task));
  _doson_ctr_json_add_string (builder, "state", known ? doson_ctr_task_state_to_string (state) : NULL);
  _doson_ctr_json_add_string (builder, "label", _doson_ctr_words_task_state (known, state, report->lang));
  _doson_ctr_json_add_int (builder, "reported_year", from != NULL,
                           from != NULL ? doson_ctr_task_progress_get_year (from) : 0);
  _doson_ctr_json_add_string (builder, "note", from != NULL ? doson_ctr_task_progress_get_note (from) : NULL);
  json_builder_end_object (builder);
}

static void
add_groups (JsonBuilder    *builder,
            DosonCtrReport *report,
            const char     *member,
            GPtrArray      *groups)
{
  guint i;

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (i = 0; i < groups->len; i++)
    {
      const DosonCtrReportGroup *group = g_ptr_array_index (groups, i);
      g_autofree char *title = _doson_ctr_report_group_title (report, group);

      add_rollup (builder, group->rollup, title);
    }
  json_builder_end_array (builder);
}

static void
add_warning (JsonBuilder                      *builder,
             DosonCtrReport                   *report,
             const DosonCtrConsistencyWarning *w)
{
  const char * const *parts = doson_ctr_consistency_warning_get_part_ids (w);
  g_autofree char *text = doson_ctr_consistency_warning_to_string (w, _doson_ctr_report_tag (report));

  json_builder_begin_object (builder);
  _doson_ctr_json_add_string (builder, "indicator", doson_ctr_consistency_warning_get_indicator_id (w));
  _doson_ctr_json_add_string (builder, "relation",
                              doson_ctr_indicator_relation_to_string (doson_ctr_consistency_warning_get_relation (w)));
  _doson_ctr_json_add_strings (builder, "parts", parts, parts != NULL ? g_strv_length ((char **) parts) : 0);
  _doson_ctr_json_add_int (builder, "year", TRUE, doson_ctr_consistency_warning_get_year (w));
  _doson_ctr_json_add_string (builder, "level", doson_ctr_consistency_warning_get_disaggregation_value (w));
  _doson_ctr_json_add_double (builder, "whole_value", TRUE, doson_ctr_consistency_warning_get_whole_value (w));
  _doson_ctr_json_add_double (builder, "parts_value", TRUE, doson_ctr_consistency_warning_get_parts_value (w));
  _doson_ctr_json_add_string (builder, "text", text);
  json_builder_end_object (builder);
}

/* The programme, the as-of year and the measurements. */
static void
add_head (JsonBuilder    *builder,
          DosonCtrReport *report)
{
  const char *tag = _doson_ctr_report_tag (report);

  _doson_ctr_json_add_string (builder, "program_id", doson_ctr_program_get_id (report->program));
  _doson_ctr_json_add_string (builder, "program_code", doson_ctr_program_get_code (report->program));
  _doson_ctr_json_add_string (builder, "program_title", doson_ctr_program_get_title (report->program, tag));
  _doson_ctr_json_add_int (builder, "year", TRUE, doson_ctr_assessment_get_as_of_year (report->assessment));
  _doson_ctr_json_add_string (builder, "lang", tag);
  _doson_ctr_json_add_boolean (builder, "illustrative", doson_ctr_measurement_set_get_illustrative (report->set));
  _doson_ctr_json_add_string (builder, "notice", _doson_ctr_report_notice (report));
  _doson_ctr_json_add_string (builder, "data", report->data_name);
  _doson_ctr_json_add_string (builder, "description", doson_ctr_measurement_set_get_description (report->set, tag));
  _doson_ctr_json_add_int (builder, "n_measurements", TRUE, doson_ctr_measurement_set_get_size (report->set));
  _doson_ctr_json_add_string (builder, "by", doson_ctr_report_grouping_to_string (report->grouping));
}

void
_doson_ctr_report_append_json (GString        *out,
                               DosonCtrReport *report)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  GPtrArray *indicators = doson_ctr_program_get_indicators (report->program);
  GPtrArray *warnings = doson_ctr_assessment_get_warnings (report->assessment);
  guint i;

  json_builder_begin_object (builder);
  add_head (builder, report);
  json_builder_set_member_name (builder, "indicators");
  json_builder_begin_array (builder);
  for (i = 0; i < indicators->len; i++)
    add_indicator (builder, report, g_ptr_array_index (indicators, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "tasks");
  json_builder_begin_array (builder);
  for (i = 0; i < doson_ctr_program_get_tasks (report->program)->len; i++)
    add_task (builder, report, g_ptr_array_index (doson_ctr_program_get_tasks (report->program), i));
  json_builder_end_array (builder);

  add_groups (builder, report, "by_goal", report->by_goal);
  add_groups (builder, report, "by_unit", report->by_unit);
  json_builder_set_member_name (builder, "program");
  add_rollup (builder, report->program_rollup,
              doson_ctr_program_get_title (report->program, _doson_ctr_report_tag (report)));

  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_array (builder);
  for (i = 0; i < warnings->len; i++)
    add_warning (builder, report, g_ptr_array_index (warnings, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  _doson_ctr_json_writer_append (out, builder);
}
