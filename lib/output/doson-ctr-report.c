/* doson-ctr-report.c: the report of an assessment: its settings, its
 * groups, and the document in each format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-report.h>
#include <doson-ctr/doson-ctr-error.h>

#include "base/doson-ctr-private.h"
#include "output/doson-ctr-report-private.h"

/**
 * SECTION:doson-ctr-report
 * @Title: DosonCtrReport
 * @Short_description: the status of every target of a programme as of a
 *   year, grouped, with roll-ups and consistency warnings, as a document
 * @Include: doson-ctr/doson-ctr.h
 *
 * A #DosonCtrReport turns a #DosonCtrAssessment into a document: for each
 * indicator, its status, its latest value, its targets in words and its
 * attainment (the value against the target; the lowest of its target
 * assessments), grouped by goal or by responsible unit
 * (#DosonCtrReportGrouping), with a roll-up of each group and of the
 * programme (indicators per status, mean score from -5 to +5), then the
 * consistency warnings. When the measurements are marked illustrative,
 * every format says so.
 *
 * |[<!-- language="C" -->
 * g_autoptr (DosonCtrReport) report = doson_ctr_report_new (assessment, &error);
 *
 * doson_ctr_report_set_lang (report, "en");
 * doson_ctr_report_set_grouping (report, DOSON_CTR_REPORT_GROUPING_UNIT);
 * if (!doson_ctr_report_write_file (report, DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN,
 *                                   "report.md", &error))
 *   ...
 * ]|
 *
 * The formats (#DosonCtrDocumentFormat):
 *
 * - text: a heading, a table per group (status, value and year,
 *   attainment, indicator, its targets in words below it) and its roll-up,
 *   the programme's roll-up and the warnings; coloured for a terminal
 *   with doson_ctr_report_set_colour();
 * - markdown: the same, a table per group;
 * - JSON: "program_id", "program_code", "program_title", "year" (the
 *   as-of year), "lang", "illustrative", "notice", "data", "description",
 *   "n_measurements", "by", "indicators" (each with "id", "ref", "name",
 *   "goal", "units", "status", "label", "score", "attainment" as a
 *   fraction, "value" and "year" of its latest value, "explanation" and
 *   "targets", one per target assessment), "by_goal", "by_unit" and
 *   "program" (roll-ups: "kind", "id", "title", "n_indicators", "counts"
 *   per status, "n_scored", "mean_score", "indicators") and "warnings";
 *   null where a figure does not exist;
 * - CSV: a row per target assessment (its "row" is "target"), grouped as
 *   text and markdown group them, each group followed by its roll-up
 *   (a row "goal" or "unit"), then the programme's roll-up (a row
 *   "program"). The columns: "row", "notice" (the notice of illustrative
 *   data, on every row), "as_of_year", "goal", "units" (the lead units,
 *   separated by ";"), "indicator", "ref", "name", "unit" (of the value),
 *   "target_index", "kind", "level", "status", "label", "due", "value",
 *   "year", "figure", "attainment", "pace", "score", "reason" and "target"
 *   (in words). A roll-up row has its goal or unit, its title as "name",
 *   the roll-up in words as "label" and its mean score as "score". The
 *   separators, decimal mark and byte order mark follow
 *   doson_ctr_report_set_csv_style();
 * - HTML: one self-contained page (inline CSS and SVG, no script, nothing
 *   fetched from the network) to look at and print on A4: the title, the
 *   notice of illustrative data at the top, the as-of year and the data,
 *   the summary of the programme (indicators per status, each status
 *   with its symbol, label and colour), the consistency warnings, the
 *   chart of every indicator (doson_ctr_report_indicator_to_svg()) in
 *   the programme's order, then a table per goal and a table per
 *   responsible unit (as markdown's, whatever the grouping) with their
 *   roll-ups, and, when the programme has tasks, the tasks counted by
 *   state (doson_ctr_rollup_get_task_count()) and a table per goal: each
 *   task's reference, text, lead units, deadline ("đến năm 2027",
 *   "hằng năm"), state in the as-of year
 *   (doson_ctr_assessment_get_task_state(), "Chưa có thông tin" when not
 *   known) as a badge like a status's, and the note of its report. Statuses are told
 *   apart by symbol and label, not by colour alone, and their colours
 *   keep a contrast of 4.5:1 or more. The page is well-formed XML as
 *   well as HTML.
 */

/**
 * DosonCtrReport:
 *
 * The report of one #DosonCtrAssessment as a document: an opaque final
 * GObject made by doson_ctr_report_new() and released with
 * g_object_unref(). Its settings (grouping, language, data name, colour)
 * change only the documents written after them.
 *
 * Since: 0.1
 */

G_DEFINE_FINAL_TYPE (DosonCtrReport, doson_ctr_report, G_TYPE_OBJECT)

const DosonCtrStatus _doson_ctr_report_status_order[9] = {
  DOSON_CTR_STATUS_ACHIEVED,
  DOSON_CTR_STATUS_TARGET_ACHIEVED,
  DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS,
  DOSON_CTR_STATUS_MODERATE_PROGRESS,
  DOSON_CTR_STATUS_LIMITED_PROGRESS,
  DOSON_CTR_STATUS_DETERIORATION,
  DOSON_CTR_STATUS_NOT_ACHIEVED,
  DOSON_CTR_STATUS_PENDING,
  DOSON_CTR_STATUS_NOT_AVAILABLE
};

static const char * const grouping_names[] = { "goal", "unit" };

/**
 * doson_ctr_report_grouping_to_string:
 * @grouping: a #DosonCtrReportGrouping
 *
 * Gives the stable spelling of @grouping: "goal" or "unit".
 *
 * Returns: (transfer none) (nullable): a static string, or %NULL for a
 *   value that is not a #DosonCtrReportGrouping
 *
 * Since: 0.1
 */
const char *
doson_ctr_report_grouping_to_string (DosonCtrReportGrouping grouping)
{
  if ((guint) grouping >= G_N_ELEMENTS (grouping_names))
    return NULL;
  return grouping_names[grouping];
}

/**
 * doson_ctr_report_grouping_from_string:
 * @str: (nullable): "goal" or "unit"
 * @grouping: (out): where to store the grouping
 *
 * Reads the spelling given by doson_ctr_report_grouping_to_string().
 *
 * Returns: %TRUE if @str is a known spelling; otherwise %FALSE and
 *   @grouping is untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_report_grouping_from_string (const char             *str,
                                       DosonCtrReportGrouping *grouping)
{
  int i;

  g_return_val_if_fail (grouping != NULL, FALSE);

  if (!_doson_ctr_lookup_name (grouping_names, G_N_ELEMENTS (grouping_names), str, &i))
    return FALSE;
  *grouping = (DosonCtrReportGrouping) i;
  return TRUE;
}

static void
group_free (gpointer data)
{
  DosonCtrReportGroup *group = data;

  g_ptr_array_unref (group->indicators);
  doson_ctr_rollup_free (group->rollup);
  g_free (group);
}

static void
doson_ctr_report_finalize (GObject *object)
{
  DosonCtrReport *self = DOSON_CTR_REPORT (object);

  g_clear_pointer (&self->by_goal, g_ptr_array_unref);
  g_clear_pointer (&self->by_unit, g_ptr_array_unref);
  g_clear_pointer (&self->program_rollup, doson_ctr_rollup_free);
  g_clear_object (&self->assessment);
  g_free (self->data_name);
  g_free (self->superior_body);

  G_OBJECT_CLASS (doson_ctr_report_parent_class)->finalize (object);
}

static void
doson_ctr_report_class_init (DosonCtrReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doson_ctr_report_finalize;
}

static void
doson_ctr_report_init (DosonCtrReport *self)
{
  self->lang = DOSON_CTR_LANG_DEFAULT;
  self->width = 80;
  self->grouping = DOSON_CTR_REPORT_GROUPING_GOAL;
  self->by_goal = g_ptr_array_new_with_free_func (group_free);
  self->by_unit = g_ptr_array_new_with_free_func (group_free);
}

/* Adds a group with @indicators (taken) and its roll-up. */
static gboolean
add_group (DosonCtrReport           *self,
           GPtrArray                *groups,
           DosonCtrRollupKind        kind,
           const char               *id,
           GPtrArray                *indicators,
           DosonCtrReportGroup     **out,
           GError                  **error)
{
  DosonCtrReportGroup *group = g_new0 (DosonCtrReportGroup, 1);

  group->kind = kind;
  group->id = id;
  group->indicators = indicators;
  g_ptr_array_add (groups, group);
  group->rollup = doson_ctr_assessment_get_rollup (self->assessment, kind, id, error);
  *out = group;
  return group->rollup != NULL;
}

static gboolean
build_groups (DosonCtrReport  *self,
              GError         **error)
{
  GPtrArray *goals = doson_ctr_program_get_goals (self->program);
  GPtrArray *units = doson_ctr_program_get_units (self->program);
  DosonCtrReportGroup *group;
  guint i, j;

  /* Each goal that holds indicators itself, in the programme's order. */
  for (i = 0; i < goals->len; i++)
    {
      DosonCtrGoal *goal = g_ptr_array_index (goals, i);
      GPtrArray *ids = doson_ctr_goal_get_indicator_ids (goal);
      GPtrArray *indicators;

      if (ids->len == 0)
        continue;
      indicators = g_ptr_array_new ();
      for (j = 0; j < ids->len; j++)
        g_ptr_array_add (indicators,
                         doson_ctr_program_lookup_indicator (self->program, g_ptr_array_index (ids, j)));
      if (!add_group (self, self->by_goal, DOSON_CTR_ROLLUP_KIND_GOAL, doson_ctr_goal_get_id (goal),
                      indicators, &group, error))
        return FALSE;
      group->goal = goal;
    }

  /* Each unit that leads indicators, in the programme's order. */
  for (i = 0; i < units->len; i++)
    {
      DosonCtrResponsibleUnit *unit = g_ptr_array_index (units, i);
      const char *id = doson_ctr_responsible_unit_get_id (unit);
      GPtrArray *led = doson_ctr_program_get_indicators_for_unit (self->program, id, FALSE);

      if (led->len == 0)
        {
          g_ptr_array_unref (led);
          continue;
        }
      if (!add_group (self, self->by_unit, DOSON_CTR_ROLLUP_KIND_UNIT, id, led, &group, error))
        return FALSE;
      group->unit = unit;
    }

  self->program_rollup = doson_ctr_assessment_get_rollup (self->assessment, DOSON_CTR_ROLLUP_KIND_PROGRAM,
                                                          NULL, error);
  return self->program_rollup != NULL;
}

/**
 * doson_ctr_report_new:
 * @assessment: the assessment to report on
 * @error: return location for a #GError, or %NULL
 *
 * Makes the report of @assessment, in Vietnamese, grouped by goal,
 * without colours and without the name of the data; the setters change
 * that. The report holds a reference to @assessment, and computes the
 * roll-ups of its groups now.
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error
 *   set when a roll-up cannot be computed
 *
 * Since: 0.1
 */
DosonCtrReport *
doson_ctr_report_new (DosonCtrAssessment  *assessment,
                      GError             **error)
{
  g_autoptr (DosonCtrReport) self = NULL;

  g_return_val_if_fail (DOSON_CTR_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (DOSON_CTR_TYPE_REPORT, NULL);
  self->assessment = g_object_ref (assessment);
  self->program = doson_ctr_assessment_get_program (assessment);
  self->set = doson_ctr_assessment_get_measurements (assessment);
  if (!build_groups (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * doson_ctr_report_get_assessment:
 * @report: a #DosonCtrReport
 *
 * Gets the assessment the report was made from.
 *
 * Returns: (transfer none): the assessment @report is about
 *
 * Since: 0.1
 */
DosonCtrAssessment *
doson_ctr_report_get_assessment (DosonCtrReport *report)
{
  g_return_val_if_fail (DOSON_CTR_IS_REPORT (report), NULL);

  return report->assessment;
}

/**
 * doson_ctr_report_set_grouping:
 * @report: a #DosonCtrReport
 * @grouping: how text and markdown group the indicators
 *
 * Groups the indicators by goal (the default) or by responsible unit.
 *
 * Since: 0.1
 */
void
doson_ctr_report_set_grouping (DosonCtrReport         *report,
                               DosonCtrReportGrouping  grouping)
{
  g_return_if_fail (DOSON_CTR_IS_REPORT (report));
  g_return_if_fail (doson_ctr_report_grouping_to_string (grouping) != NULL);

  report->grouping = grouping;
}

/**
 * doson_ctr_report_get_grouping:
 * @report: a #DosonCtrReport
 *
 * Gets how text and markdown group the indicators.
 *
 * Returns: how the indicators are grouped
 *
 * Since: 0.1
 */
DosonCtrReportGrouping
doson_ctr_report_get_grouping (DosonCtrReport *report)
{
  g_return_val_if_fail (DOSON_CTR_IS_REPORT (report), DOSON_CTR_REPORT_GROUPING_GOAL);

  return report->grouping;
}

/**
 * doson_ctr_report_set_lang:
 * @report: a #DosonCtrReport
 * @lang: (nullable): the language of the report, by the library's rule:
 *   a tag whose primary subtag is "vi" ("vi", "vi-VN", "vi_VN.UTF-8") or
 *   %NULL means Vietnamese (the default), anything else English
 *
 * Sets the language of names, labels, targets in words, explanations and
 * numbers for people (5.700.000,5 in Vietnamese, 5,700,000.5 in English).
 *
 * Since: 0.1
 */
void
doson_ctr_report_set_lang (DosonCtrReport *report,
                           const char     *lang)
{
  g_return_if_fail (DOSON_CTR_IS_REPORT (report));

  report->lang = _doson_ctr_lang_from_string (lang);
}

/**
 * doson_ctr_report_get_lang:
 * @report: a #DosonCtrReport
 *
 * Gets the language of the report, as a tag.
 *
 * Returns: (transfer none): "vi" or "en", the language of the report
 *
 * Since: 0.1
 */
const char *
doson_ctr_report_get_lang (DosonCtrReport *report)
{
  g_return_val_if_fail (DOSON_CTR_IS_REPORT (report), NULL);

  return _doson_ctr_report_tag (report);
}

/**
 * doson_ctr_report_set_data_name:
 * @report: a #DosonCtrReport
 * @name: (nullable): what the report calls the measurements, such as the
 *   name of their file; %NULL (the default) says there is none
 *
 * Sets the name the report gives the measurements: the header of text and
 * markdown says "Data: NAME (N measurements) — DESCRIPTION", or "Data:
 * none" without a name; JSON has it as "data".
 *
 * Since: 0.1
 */
void
doson_ctr_report_set_data_name (DosonCtrReport *report,
                                const char     *name)
{
  g_return_if_fail (DOSON_CTR_IS_REPORT (report));

  g_free (report->data_name);
  report->data_name = g_strdup (name);
}

/**
 * doson_ctr_report_get_data_name:
 * @report: a #DosonCtrReport
 *
 * Gets the name the report gives the measurements.
 *
 * Returns: (transfer none) (nullable): the name of the measurements, or
 *   %NULL
 *
 * Since: 0.1
 */
const char *
doson_ctr_report_get_data_name (DosonCtrReport *report)
{
  g_return_val_if_fail (DOSON_CTR_IS_REPORT (report), NULL);

  return report->data_name;
}

/**
 * doson_ctr_report_set_colour:
 * @report: a #DosonCtrReport
 * @colour: whether the text format is coloured
 *
 * Colours the text format with ANSI escape sequences, for a terminal:
 * statuses green, yellow, red, cyan or dim, headings bold. Off by
 * default; the other formats are never coloured.
 *
 * Since: 0.1
 */
void
doson_ctr_report_set_colour (DosonCtrReport *report,
                             gboolean        colour)
{
  g_return_if_fail (DOSON_CTR_IS_REPORT (report));

  report->colour = colour != FALSE;
}

/**
 * doson_ctr_report_get_colour:
 * @report: a #DosonCtrReport
 *
 * Gets whether the text format colours the statuses.
 *
 * Returns: whether the text format is coloured
 *
 * Since: 0.1
 */
gboolean
doson_ctr_report_get_colour (DosonCtrReport *report)
{
  g_return_val_if_fail (DOSON_CTR_IS_REPORT (report), FALSE);

  return report->colour;
}

/**
 * doson_ctr_report_set_width:
 * @report: a #DosonCtrReport
 * @width: the most characters on a line of the text format, or 0 for no
 *   limit
 *
 * Sets the width the text format fits in: 80 characters by default, the
 * width of a terminal for one. A longer line is broken at spaces and
 * continued two characters further in; a word longer than a line is cut.
 * Characters are counted, not bytes, and colour sequences are not.
 *
 * Since: 0.1
 */
void
doson_ctr_report_set_width (DosonCtrReport *report,
                            guint           width)
{
  g_return_if_fail (DOSON_CTR_IS_REPORT (report));

  report->width = width;
}

/**
 * doson_ctr_report_get_width:
 * @report: a #DosonCtrReport
 *
 * Gets the width the text format fits in.
 *
 * Returns: the most characters on a line of the text format, or 0 for
 *   no limit
 *
 * Since: 0.1
 */
guint
doson_ctr_report_get_width (DosonCtrReport *report)
{
  g_return_val_if_fail (DOSON_CTR_IS_REPORT (report), 0);

  return report->width;
}

/**
 * doson_ctr_report_set_csv_style:
 * @report: a #DosonCtrReport
 * @style: how the CSV format separates fields and writes numbers
 *
 * Sets the style of the CSV format: %DOSON_CTR_CSV_STYLE_PLAIN (the
 * default) for programs, %DOSON_CTR_CSV_STYLE_EXCEL to start with a UTF-8
 * byte order mark so that Excel shows the Vietnamese letters, or
 * %DOSON_CTR_CSV_STYLE_VI for a spreadsheet in a Vietnamese locale
 * (semicolons, a decimal comma, the byte order mark). The other formats
 * do not change.
 *
 * Since: 0.1
 */
void
doson_ctr_report_set_csv_style (DosonCtrReport   *report,
                                DosonCtrCsvStyle  style)
{
  g_return_if_fail (DOSON_CTR_IS_REPORT (report));
  g_return_if_fail (doson_ctr_csv_style_to_string (style) != NULL);

  report->csv_style = style;
}

/**
 * doson_ctr_report_get_csv_style:
 * @report: a #DosonCtrReport
 *
 * Gets the style of the CSV format.
 *
 * Returns: the style of the CSV format
 *
 * Since: 0.1
 */
DosonCtrCsvStyle
doson_ctr_report_get_csv_style (DosonCtrReport *report)
{
  g_return_val_if_fail (DOSON_CTR_IS_REPORT (report), DOSON_CTR_CSV_STYLE_PLAIN);

  return report->csv_style;
}

/**
 * doson_ctr_report_to_string:
 * @report: a #DosonCtrReport
 * @format: the format of the document
 *
 * Writes the report in @format (see the description of #DosonCtrReport).
 *
 * Returns: (transfer full): the document, ending with a newline, to be
 *   freed with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_report_to_string (DosonCtrReport         *report,
                            DosonCtrDocumentFormat  format)
{
  GString *out;

  g_return_val_if_fail (DOSON_CTR_IS_REPORT (report), NULL);
  g_return_val_if_fail (doson_ctr_document_format_to_string (format) != NULL, NULL);

  out = g_string_new (NULL);
  switch (format)
    {
    case DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN:
      _doson_ctr_report_append_markdown (out, report);
      break;
    case DOSON_CTR_DOCUMENT_FORMAT_JSON:
      _doson_ctr_report_append_json (out, report);
      break;
    case DOSON_CTR_DOCUMENT_FORMAT_CSV:
      _doson_ctr_report_append_csv (out, report);
      break;
    case DOSON_CTR_DOCUMENT_FORMAT_HTML:
      _doson_ctr_report_append_html (out, report);
      break;
    case DOSON_CTR_DOCUMENT_FORMAT_TEXT:
    default:
      _doson_ctr_report_append_text (out, report);
      break;
    }
  return g_string_free (out, FALSE);
}

/**
 * doson_ctr_report_write_file:
 * @report: a #DosonCtrReport
 * @format: the format of the document
 * @path: (type filename): the file to write
 * @error: return location for a #GError, or %NULL
 *
 * Writes doson_ctr_report_to_string() to @path atomically, as
 * doson_ctr_write_file_atomically() does: a reader sees the old file or
 * the whole report, never half of it.
 *
 * Returns: %TRUE on success; %FALSE with %DOSON_CTR_ERROR_IO in @error
 *   when the file cannot be written
 *
 * Since: 0.1
 */
gboolean
doson_ctr_report_write_file (DosonCtrReport          *report,
                             DosonCtrDocumentFormat   format,
                             const char              *path,
                             GError                 **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (DOSON_CTR_IS_REPORT (report), FALSE);
  g_return_val_if_fail (doson_ctr_document_format_to_string (format) != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = doson_ctr_report_to_string (report, format);
  return doson_ctr_write_file_atomically (path, text, -1, error);
}

DosonCtrIndicator *
_doson_ctr_report_lookup_indicator (DosonCtrReport  *report,
                                    const char      *id,
                                    GError         **error)
{
  DosonCtrIndicator *indicator =
    doson_ctr_program_lookup_indicator (report->program, id);

  if (indicator == NULL)
    g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT,
                 "indicator \"%s\": the programme \"%s\" has no such indicator",
                 id, doson_ctr_program_get_id (report->program));
  return indicator;
}
