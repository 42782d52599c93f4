/* cli-report.c: the `doson-ctr report` subcommand
 *
 * SPDX-License-Identifier: CC0-1.0
 *
 * The status of every target of a programme as of a year, grouped by goal
 * or by responsible unit, with roll-ups and consistency warnings:
 *
 *   doson-ctr report --data examples/data/measurements-illustrative.json
 *   doson-ctr report --data figures.json --year 2027 --by unit --lang en
 *   doson-ctr report --data figures.json --format json
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <json-glib/json-glib.h>

#include "cli.h"

#define SUBCOMMAND "report"

static const char help_text[] =
  "Usage: doson-ctr report [--program FILE] [--data FILE] [--year Y]\n"
  "                        [--by goal|unit] [--format text|json|csv|markdown]\n"
  "                        [--lang vi|en] [--output FILE]\n"
  "\n"
  "Assesses every target of a programme as of a year and reports, for each\n"
  "indicator, its status, its latest value, its target and its attainment\n"
  "(the value against the target, as a percentage), grouped by goal or by\n"
  "responsible unit, with a roll-up of each group (indicators per status,\n"
  "mean score from -5 to +5) and of the programme, then the consistency\n"
  "warnings (parts that do not add up to their whole, a subset larger than\n"
  "its whole). When the measurements are marked illustrative, every format\n"
  "says so.\n"
  "\n"
  "Options:\n"
  "  --program=FILE    a programme file; without it, the programme built into\n"
  "                    the library, 03-CTr/ĐU\n"
  "  --data=FILE       the measurements, JSON or (for a name ending in .csv)\n"
  "                    CSV; without it, no measurement (give --year then)\n"
  "  --year=Y          the year to assess as of; by default the latest year\n"
  "                    in which an indicator has a measurement\n"
  "  --by=GROUP        goal (the default): one group per goal holding\n"
  "                    indicators; unit: one group per responsible unit, with\n"
  "                    the indicators it leads\n"
  "  --format=FORMAT   text (the default), json, csv (one row per target\n"
  "                    assessment) or markdown (a table per group)\n"
  "  --lang=LANG       vi or en; the default comes from the locale (LC_ALL,\n"
  "                    LC_MESSAGES or LANG starting with \"vi\" gives vi,\n"
  "                    anything else en)\n"
  "  -o, --output=FILE write to FILE, replacing it atomically, instead of to\n"
  "                    standard output (\"-\")\n"
  "  -h, --help        show this help and exit\n"
  "\n"
  "JSON: \"year\" (the as-of year), \"illustrative\", \"notice\", \"description\",\n"
  "\"indicators\" (each with \"id\", \"status\", \"label\", \"score\",\n"
  "\"attainment\" as a fraction, \"value\" and \"year\" of its latest value,\n"
  "\"explanation\" and \"targets\", one per target assessment; null where a\n"
  "figure does not exist), \"by_goal\", \"by_unit\" and \"program\" (roll-ups:\n"
  "\"counts\" per status, \"mean_score\") and \"warnings\".\n"
  "\n"
  "The text format is coloured only when standard output is a terminal and\n"
  "NO_COLOR is not set. The attainment of an indicator with several targets\n"
  "(or a target for each disaggregation value) is the lowest of them; its\n"
  "status is the worst.\n"
  "\n"
  "Exit status: 0 success; 1 a file cannot be loaded (the message gives\n"
  "FILE:LINE:COLUMN), there is no measurement to take a year from, or the\n"
  "output cannot be written; 2 bad usage, including a year the programme\n"
  "cannot be assessed as of.\n";

typedef enum {
  FORMAT_TEXT,
  FORMAT_JSON,
  FORMAT_CSV,
  FORMAT_MARKDOWN
} Format;

/* The statuses in the order a roll-up lists them. */
static const DosonCtrStatus status_order[] = {
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

/* One group of the report: a goal or a unit, and its indicators. */
typedef struct {
  DosonCtrRollupKind kind;
  const char *id;
  char *title;               /* in the report's language */
  GPtrArray *indicators;     /* of DosonCtrIndicator, not owned */
  DosonCtrRollup *rollup;
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->title);
  g_ptr_array_unref (group->indicators);
  doson_ctr_rollup_free (group->rollup);
  g_free (group);
}

typedef struct {
  DosonCtrProgram *program;
  DosonCtrMeasurementSet *set;
  DosonCtrAssessment *assessment;
  const char *data_path;
  const char *lang;
  gboolean vi;
  gboolean colour;
  gboolean by_unit;
  GPtrArray *by_goal_groups;  /* of Group */
  GPtrArray *by_unit_groups;  /* of Group */
  DosonCtrRollup *program_rollup;
} Report;

/* ------------------------------------------------------------------------
 * Words and figures
 * ------------------------------------------------------------------------ */

static const char *
tr (const Report *report,
    const char   *vi,
    const char   *en)
{
  return report->vi ? vi : en;
}

static const char *
notice (const Report *report)
{
  return tr (report, "Số liệu minh họa, không phải số liệu chính thức",
             "Illustrative data, not official statistics");
}

static const char *
status_colour (DosonCtrStatus status)
{
  switch (status)
    {
    case DOSON_CTR_STATUS_ACHIEVED:
    case DOSON_CTR_STATUS_TARGET_ACHIEVED:
    case DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS:
      return "\033[32m"; /* green */
    case DOSON_CTR_STATUS_MODERATE_PROGRESS:
      return "\033[33m"; /* yellow */
    case DOSON_CTR_STATUS_LIMITED_PROGRESS:
    case DOSON_CTR_STATUS_DETERIORATION:
    case DOSON_CTR_STATUS_NOT_ACHIEVED:
      return "\033[31m"; /* red */
    case DOSON_CTR_STATUS_PENDING:
      return "\033[36m"; /* cyan */
    case DOSON_CTR_STATUS_NOT_AVAILABLE:
    default:
      return "\033[2m"; /* dim */
    }
}

static void
append_styled (GString      *out,
               const Report *report,
               const char   *style,
               const char   *text)
{
  if (report->colour)
    g_string_append_printf (out, "%s%s\033[0m", style, text);
  else
    g_string_append (out, text);
}

/* A fraction as a percentage with one decimal: 0.964 → "96.4 %". */
static void
append_percentage (GString    *out,
                   double      fraction,
                   const char *lang)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *p;

  g_ascii_formatd (buf, sizeof buf, "%.1f", fraction * 100);
  if (strcmp (buf, "-0.0") == 0)
    memmove (buf, buf + 1, strlen (buf));
  if (strcmp (lang, "vi") == 0)
    for (p = buf; *p != '\0'; p++)
      if (*p == '.')
        *p = ',';
  g_string_append (out, buf);
  g_string_append (out, " %");
}

/* A value of @indicator for people: "93.5 %", "yes", "5,700,000". */
static void
append_value (GString           *out,
              const Report      *report,
              DosonCtrIndicator *indicator,
              double             value)
{
  switch (doson_ctr_indicator_get_measure (indicator))
    {
    case DOSON_CTR_MEASURE_BOOLEAN:
      g_string_append (out, value != 0 ? tr (report, "có", "yes") : tr (report, "không", "no"));
      break;
    case DOSON_CTR_MEASURE_PERCENT:
      cli_append_number (out, value, report->lang);
      g_string_append (out, " %");
      break;
    case DOSON_CTR_MEASURE_COUNT:
    case DOSON_CTR_MEASURE_AMOUNT:
    default:
      cli_append_number (out, value, report->lang);
      break;
    }
}

/* "93.5 % (2027)", or "—" without a value. */
static char *
format_value_year (const Report             *report,
                   DosonCtrIndicator        *indicator,
                   gboolean                  have,
                   double                    value,
                   int                       year)
{
  GString *out = g_string_new (NULL);

  if (!have)
    g_string_append (out, "—");
  else
    {
      append_value (out, report, indicator, value);
      g_string_append_printf (out, " (%d)", year);
    }
  return g_string_free (out, FALSE);
}

static char *
format_attainment (const Report *report,
                   gboolean      have,
                   double        attainment)
{
  GString *out = g_string_new (NULL);

  if (have)
    append_percentage (out, attainment, report->lang);
  else
    g_string_append (out, "—");
  return g_string_free (out, FALSE);
}

/* What an indicator shows on its own line: the value of its total (none
 * when only disaggregation values are assessed) and the lowest
 * attainment of its target assessments. */
typedef struct {
  gboolean have_value;
  double value;
  int year;
  gboolean have_attainment;
  double attainment;
} Summary;

static void
summarise (GPtrArray *results,
           Summary   *summary)
{
  guint i;

  memset (summary, 0, sizeof *summary);
  for (i = 0; i < results->len; i++)
    {
      const DosonCtrTargetAssessment *a = g_ptr_array_index (results, i);
      double attainment;
      int year;
      double value;

      if (!summary->have_value && doson_ctr_target_assessment_get_level (a) == NULL
          && doson_ctr_target_assessment_get_current (a, &year, &value))
        {
          summary->have_value = TRUE;
          summary->value = value;
          summary->year = year;
        }
      if (doson_ctr_target_assessment_get_attainment (a, &attainment)
          && (!summary->have_attainment || attainment < summary->attainment))
        {
          summary->have_attainment = TRUE;
          summary->attainment = attainment;
        }
    }
}

static const char *
level_name (DosonCtrIndicator *indicator,
            const char        *level,
            const char        *lang)
{
  const char *name = doson_ctr_indicator_get_disaggregation_value_name (indicator, level, lang);

  return name != NULL ? name : level;
}

/* The target of @a in words, with its disaggregation value first. */
static char *
describe_assessment (const Report                   *report,
                     DosonCtrIndicator              *indicator,
                     const DosonCtrTargetAssessment *a)
{
  GString *out = g_string_new (NULL);
  const char *level = doson_ctr_target_assessment_get_level (a);

  if (level != NULL)
    g_string_append_printf (out, "%s: ", level_name (indicator, level, report->lang));
  cli_append_target_words (out, indicator, doson_ctr_target_assessment_get_target (a),
                           report->lang, level == NULL);
  if (doson_ctr_target_assessment_get_exceeds_stretch (a))
    g_string_append (out, tr (report, " (vượt mức phấn đấu)", " (beyond the stretch)"));
  /* A cumulative target is judged on the running total, not on the
   * year's amount that the value column shows. */
  if (doson_ctr_target_get_kind (doson_ctr_target_assessment_get_target (a))
      == DOSON_CTR_TARGET_KIND_CUMULATIVE)
    {
      double total;

      if (doson_ctr_target_assessment_get_running_total (a, &total))
        {
          g_string_append (out, tr (report, "; lũy kế đến nay: ", "; running total so far: "));
          append_value (out, report, indicator, total);
        }
    }
  return g_string_free (out, FALSE);
}

/* "7 indicators: 2 Achieved, 1 On track …; mean score 1.25 (5 scored)". */
static void
append_rollup_words (GString              *out,
                     const Report         *report,
                     const DosonCtrRollup *rollup)
{
  guint n = doson_ctr_rollup_get_n_indicators (rollup);
  gboolean first = TRUE;
  double score;
  gsize i;

  if (report->vi)
    g_string_append_printf (out, "%u chỉ tiêu: ", n);
  else
    g_string_append_printf (out, n == 1 ? "%u indicator: " : "%u indicators: ", n);
  for (i = 0; i < G_N_ELEMENTS (status_order); i++)
    {
      guint count = doson_ctr_rollup_get_count (rollup, status_order[i]);

      if (count == 0)
        continue;
      g_string_append_printf (out, "%s%u %s", first ? "" : ", ", count,
                              doson_ctr_status_get_label (status_order[i], report->lang));
      first = FALSE;
    }
  if (first)
    g_string_append (out, "—");
  if (doson_ctr_rollup_get_mean_score (rollup, &score))
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (buf, sizeof buf, "%.2f", score);
      if (report->vi)
        *strchr (buf, '.') = ',';
      g_string_append_printf (out, report->vi ? "; điểm bình quân %s (%u chỉ tiêu có điểm)"
                                              : "; mean score %s (%u scored)",
                              buf, doson_ctr_rollup_get_n_scored (rollup));
    }
  else
    g_string_append (out, tr (report, "; chưa có điểm", "; no score"));
}

/* ------------------------------------------------------------------------
 * Groups
 * ------------------------------------------------------------------------ */

static gboolean
build_groups (Report  *report,
              GError **error)
{
  GPtrArray *goals = doson_ctr_program_get_goals (report->program);
  GPtrArray *units = doson_ctr_program_get_units (report->program);
  guint i, j;

  report->by_goal_groups = g_ptr_array_new_with_free_func (group_free);
  report->by_unit_groups = g_ptr_array_new_with_free_func (group_free);

  /* Each goal that holds indicators itself, in the programme's order. */
  for (i = 0; i < goals->len; i++)
    {
      DosonCtrGoal *goal = g_ptr_array_index (goals, i);
      GPtrArray *ids = doson_ctr_goal_get_indicator_ids (goal);
      const char *ref = doson_ctr_goal_get_ref (goal);
      Group *group;

      if (ids->len == 0)
        continue;
      group = g_new0 (Group, 1);
      group->kind = DOSON_CTR_ROLLUP_GOAL;
      group->id = doson_ctr_goal_get_id (goal);
      group->title = g_strdup_printf ("%s%s%s", ref != NULL ? ref : "", ref != NULL ? " " : "",
                                      doson_ctr_goal_get_title (goal, report->lang));
      group->indicators = g_ptr_array_new ();
      for (j = 0; j < ids->len; j++)
        g_ptr_array_add (group->indicators,
                         doson_ctr_program_lookup_indicator (report->program,
                                                             g_ptr_array_index (ids, j)));
      g_ptr_array_add (report->by_goal_groups, group);
      group->rollup = doson_ctr_assessment_get_rollup (report->assessment, group->kind,
                                                       group->id, error);
      if (group->rollup == NULL)
        return FALSE;
    }

  /* Each unit that leads indicators, in the programme's order. */
  for (i = 0; i < units->len; i++)
    {
      DosonCtrResponsibleUnit *unit = g_ptr_array_index (units, i);
      GPtrArray *led = doson_ctr_program_get_indicators_for_unit (report->program,
                                                                  doson_ctr_responsible_unit_get_id (unit),
                                                                  FALSE);
      Group *group;

      if (led->len == 0)
        {
          g_ptr_array_unref (led);
          continue;
        }
      group = g_new0 (Group, 1);
      group->kind = DOSON_CTR_ROLLUP_UNIT;
      group->id = doson_ctr_responsible_unit_get_id (unit);
      group->title = g_strdup (doson_ctr_responsible_unit_get_name (unit, report->lang));
      group->indicators = led;
      g_ptr_array_add (report->by_unit_groups, group);
      group->rollup = doson_ctr_assessment_get_rollup (report->assessment, group->kind,
                                                       group->id, error);
      if (group->rollup == NULL)
        return FALSE;
    }

  report->program_rollup = doson_ctr_assessment_get_rollup (report->assessment,
                                                            DOSON_CTR_ROLLUP_PROGRAM,
                                                            NULL, error);
  return report->program_rollup != NULL;
}

/* ------------------------------------------------------------------------
 * Text and markdown
 * ------------------------------------------------------------------------ */

static void
append_header_lines (GString      *out,
                     const Report *report,
                     const char   *bold_start,
                     const char   *bold_end,
                     const char   *line_end)
{
  const char *description = doson_ctr_measurement_set_get_description (report->set);

  g_string_append_printf (out, "%s%s %d%s%s", bold_start,
                          tr (report, "Đánh giá đến năm", "Assessed as of"),
                          doson_ctr_assessment_get_as_of_year (report->assessment), bold_end,
                          line_end);
  g_string_append_printf (out, "%s%s:%s ", bold_start, tr (report, "Số liệu", "Data"), bold_end);
  if (report->data_path == NULL)
    g_string_append (out, tr (report, "không có", "none"));
  else
    {
      g_string_append (out, report->data_path);
      g_string_append_printf (out, report->vi ? " (%u số liệu)" : " (%u measurements)",
                              doson_ctr_measurement_set_get_size (report->set));
      if (description != NULL)
        g_string_append_printf (out, " — %s", description);
    }
  g_string_append (out, line_end);
}

static void
text_notice (GString      *out,
             const Report *report)
{
  g_autofree char *line = NULL;

  if (!doson_ctr_measurement_set_get_illustrative (report->set))
    return;
  line = g_strdup_printf ("*** %s ***", notice (report));
  append_styled (out, report, "\033[1;33m", line);
  g_string_append_c (out, '\n');
}

typedef struct {
  gsize status;
  gsize value;
  gsize attainment;
} Widths;

static void
text_indicator (GString           *out,
                const Report      *report,
                const Widths      *widths,
                DosonCtrIndicator *indicator)
{
  const char *id = doson_ctr_indicator_get_id (indicator);
  const char *ref = doson_ctr_indicator_get_ref (indicator);
  DosonCtrStatus status = doson_ctr_assessment_get_indicator_status (report->assessment, id);
  g_autoptr (GPtrArray) results = doson_ctr_assessment_get_results_for_indicator (report->assessment, id);
  g_autoptr (GString) label = g_string_new (doson_ctr_status_get_label (status, report->lang));
  g_autofree char *value = NULL;
  g_autofree char *attainment = NULL;
  gsize indent = 2 + widths->status + 2 + widths->value + 2 + widths->attainment + 2;
  Summary summary;
  guint i;

  summarise (results, &summary);
  value = format_value_year (report, indicator, summary.have_value, summary.value, summary.year);
  attainment = format_attainment (report, summary.have_attainment, summary.attainment);

  g_string_append (out, "  ");
  while ((gsize) g_utf8_strlen (label->str, -1) < widths->status)
    g_string_append_c (label, ' ');
  append_styled (out, report, status_colour (status), label->str);
  g_string_append (out, "  ");
  cli_append_padded (out, value, widths->value);
  g_string_append (out, "  ");
  for (i = g_utf8_strlen (attainment, -1); i < widths->attainment; i++)
    g_string_append_c (out, ' ');
  g_string_append (out, attainment);
  g_string_append (out, "  ");
  if (ref != NULL)
    g_string_append_printf (out, "%s ", ref);
  g_string_append_printf (out, "%s — %s\n", id, doson_ctr_indicator_get_name (indicator, report->lang));

  for (i = 0; i < results->len; i++)
    {
      const DosonCtrTargetAssessment *a = g_ptr_array_index (results, i);
      g_autofree char *words = describe_assessment (report, indicator, a);

      cli_append_padded (out, "", indent);
      g_string_append_printf (out, "→ %s", words);
      if (results->len > 1)
        {
          DosonCtrStatus target_status = doson_ctr_target_assessment_get_status (a);
          double a_value, a_attainment;
          int a_year;
          gboolean have_value = doson_ctr_target_assessment_get_current (a, &a_year, &a_value);
          gboolean have_attainment = doson_ctr_target_assessment_get_attainment (a, &a_attainment);
          g_autofree char *v = format_value_year (report, indicator, have_value, a_value, a_year);
          g_autofree char *at = format_attainment (report, have_attainment, a_attainment);

          g_string_append (out, ": ");
          append_styled (out, report, status_colour (target_status),
                         doson_ctr_status_get_label (target_status, report->lang));
          g_string_append_printf (out, ", %s, %s %s", v,
                                  tr (report, "hoàn thành", "attainment"), at);
        }
      g_string_append_c (out, '\n');
    }
}

static void
compute_widths (const Report *report,
                Widths       *widths)
{
  GPtrArray *indicators = doson_ctr_program_get_indicators (report->program);
  gsize i;

  widths->status = g_utf8_strlen (tr (report, "TÌNH TRẠNG", "STATUS"), -1);
  widths->value = g_utf8_strlen (tr (report, "GIÁ TRỊ (NĂM)", "VALUE (YEAR)"), -1);
  widths->attainment = g_utf8_strlen (tr (report, "HOÀN THÀNH", "ATTAINMENT"), -1);
  for (i = 0; i < G_N_ELEMENTS (status_order); i++)
    widths->status = MAX (widths->status,
                          (gsize) g_utf8_strlen (doson_ctr_status_get_label (status_order[i], report->lang), -1));
  for (i = 0; i < indicators->len; i++)
    {
      DosonCtrIndicator *indicator = g_ptr_array_index (indicators, i);
      g_autoptr (GPtrArray) results =
        doson_ctr_assessment_get_results_for_indicator (report->assessment,
                                                        doson_ctr_indicator_get_id (indicator));
      g_autofree char *value = NULL;
      g_autofree char *attainment = NULL;
      Summary summary;

      summarise (results, &summary);
      value = format_value_year (report, indicator, summary.have_value, summary.value, summary.year);
      attainment = format_attainment (report, summary.have_attainment, summary.attainment);
      widths->value = MAX (widths->value, (gsize) g_utf8_strlen (value, -1));
      widths->attainment = MAX (widths->attainment, (gsize) g_utf8_strlen (attainment, -1));
    }
}

static void
append_warnings_text (GString      *out,
                      const Report *report,
                      const char   *bullet)
{
  GPtrArray *warnings = doson_ctr_assessment_get_warnings (report->assessment);
  guint i;

  if (warnings->len == 0)
    {
      g_string_append_printf (out, "%s%s\n", bullet,
                              tr (report, "không có: các số liệu nhất quán",
                                  "none: the figures are consistent"));
      return;
    }
  for (i = 0; i < warnings->len; i++)
    {
      g_autofree char *text = doson_ctr_consistency_warning_to_string (g_ptr_array_index (warnings, i),
                                                                        report->lang);

      g_string_append_printf (out, "%s%s\n", bullet, text);
    }
}

static void
report_text (GString      *out,
             const Report *report)
{
  GPtrArray *groups = report->by_unit ? report->by_unit_groups : report->by_goal_groups;
  const char *code = doson_ctr_program_get_code (report->program);
  g_autofree char *title = NULL;
  Widths widths;
  guint i, j;

  compute_widths (report, &widths);

  title = g_strdup_printf ("%s%s%s", code != NULL ? code : "", code != NULL ? " — " : "",
                           doson_ctr_program_get_title (report->program, report->lang));
  append_styled (out, report, "\033[1m", title);
  g_string_append_c (out, '\n');
  append_header_lines (out, report, "", "", "\n");
  text_notice (out, report);

  for (i = 0; i < groups->len; i++)
    {
      const Group *group = g_ptr_array_index (groups, i);
      g_autoptr (GString) heading = g_string_new ("  ");
      g_autoptr (GString) rollup = g_string_new (NULL);

      g_string_append_c (out, '\n');
      append_styled (out, report, "\033[1m", group->title);
      g_string_append_c (out, '\n');

      cli_append_padded (heading, tr (report, "TÌNH TRẠNG", "STATUS"), widths.status + 2);
      cli_append_padded (heading, tr (report, "GIÁ TRỊ (NĂM)", "VALUE (YEAR)"), widths.value + 2);
      for (j = g_utf8_strlen (tr (report, "HOÀN THÀNH", "ATTAINMENT"), -1); j < widths.attainment; j++)
        g_string_append_c (heading, ' ');
      g_string_append (heading, tr (report, "HOÀN THÀNH", "ATTAINMENT"));
      g_string_append (heading, tr (report, "  CHỈ TIÊU", "  INDICATOR"));
      append_styled (out, report, "\033[2m", heading->str);
      g_string_append_c (out, '\n');

      for (j = 0; j < group->indicators->len; j++)
        text_indicator (out, report, &widths, g_ptr_array_index (group->indicators, j));

      append_rollup_words (rollup, report, group->rollup);
      g_string_append_printf (out, "  %s: %s\n", tr (report, "Tổng hợp", "Roll-up"), rollup->str);
    }

  g_string_append_c (out, '\n');
  {
    g_autoptr (GString) rollup = g_string_new (NULL);
    g_autofree char *heading = g_strdup_printf ("%s:", tr (report, "Toàn chương trình", "Whole programme"));

    append_rollup_words (rollup, report, report->program_rollup);
    append_styled (out, report, "\033[1m", heading);
    g_string_append_printf (out, " %s\n", rollup->str);
  }

  g_string_append_c (out, '\n');
  append_styled (out, report, "\033[1m", tr (report, "Cảnh báo về tính nhất quán của số liệu",
                                             "Consistency warnings"));
  g_string_append_c (out, '\n');
  append_warnings_text (out, report, "  - ");

  if (doson_ctr_measurement_set_get_illustrative (report->set))
    {
      g_string_append_c (out, '\n');
      text_notice (out, report);
    }
}

/* A markdown table cell: no line break, "|" escaped. */
static void
append_cell (GString    *out,
             const char *text)
{
  const char *p;

  g_string_append (out, " ");
  for (p = text; *p != '\0'; p++)
    {
      if (*p == '|')
        g_string_append (out, "\\|");
      else if (*p == '\n' || *p == '\r')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
  g_string_append (out, " |");
}

static void
report_markdown (GString      *out,
                 const Report *report)
{
  GPtrArray *groups = report->by_unit ? report->by_unit_groups : report->by_goal_groups;
  const char *code = doson_ctr_program_get_code (report->program);
  g_autoptr (GString) rollup = g_string_new (NULL);
  guint i, j, k;

  g_string_append_printf (out, "# %s%s%s\n\n", code != NULL ? code : "", code != NULL ? " — " : "",
                          doson_ctr_program_get_title (report->program, report->lang));
  if (doson_ctr_measurement_set_get_illustrative (report->set))
    g_string_append_printf (out, "> **%s**\n\n", notice (report));
  append_header_lines (out, report, "**", "**", "\n\n");

  for (i = 0; i < groups->len; i++)
    {
      const Group *group = g_ptr_array_index (groups, i);

      g_string_append_printf (out, "## %s\n\n", group->title);
      g_string_append_printf (out, "|%s|%s|%s|%s|%s|%s|\n|---|---|---|---|---|--:|\n",
                              tr (report, " Mục ", " Ref "),
                              tr (report, " Chỉ tiêu ", " Indicator "),
                              tr (report, " Tình trạng ", " Status "),
                              tr (report, " Giá trị (năm) ", " Value (year) "),
                              tr (report, " Mục tiêu ", " Target "),
                              tr (report, " Mức hoàn thành ", " Attainment "));
      for (j = 0; j < group->indicators->len; j++)
        {
          DosonCtrIndicator *indicator = g_ptr_array_index (group->indicators, j);
          const char *id = doson_ctr_indicator_get_id (indicator);
          const char *ref = doson_ctr_indicator_get_ref (indicator);
          DosonCtrStatus status = doson_ctr_assessment_get_indicator_status (report->assessment, id);
          g_autoptr (GPtrArray) results = doson_ctr_assessment_get_results_for_indicator (report->assessment, id);
          g_autoptr (GString) targets = g_string_new (NULL);
          g_autofree char *name = g_strdup_printf ("%s (`%s`)",
                                                   doson_ctr_indicator_get_name (indicator, report->lang), id);
          g_autofree char *value = NULL;
          g_autofree char *attainment = NULL;
          Summary summary;

          summarise (results, &summary);
          value = format_value_year (report, indicator, summary.have_value, summary.value, summary.year);
          attainment = format_attainment (report, summary.have_attainment, summary.attainment);
          for (k = 0; k < results->len; k++)
            {
              g_autofree char *words = describe_assessment (report, indicator, g_ptr_array_index (results, k));

              g_string_append_printf (targets, "%s%s", k > 0 ? "; " : "", words);
            }

          g_string_append (out, "|");
          append_cell (out, ref != NULL ? ref : "");
          append_cell (out, name);
          append_cell (out, doson_ctr_status_get_label (status, report->lang));
          append_cell (out, value);
          append_cell (out, targets->str);
          append_cell (out, attainment);
          g_string_append_c (out, '\n');
        }
      g_string_truncate (rollup, 0);
      append_rollup_words (rollup, report, group->rollup);
      g_string_append_printf (out, "\n%s: %s\n\n", tr (report, "Tổng hợp", "Roll-up"), rollup->str);
    }

  g_string_truncate (rollup, 0);
  append_rollup_words (rollup, report, report->program_rollup);
  g_string_append_printf (out, "## %s\n\n%s\n\n", tr (report, "Toàn chương trình", "Whole programme"),
                          rollup->str);
  g_string_append_printf (out, "## %s\n\n", tr (report, "Cảnh báo về tính nhất quán của số liệu",
                                                  "Consistency warnings"));
  append_warnings_text (out, report, "- ");
  if (doson_ctr_measurement_set_get_illustrative (report->set))
    g_string_append_printf (out, "\n> **%s**\n", notice (report));
}

/* ------------------------------------------------------------------------
 * JSON
 * ------------------------------------------------------------------------ */

/* "member": "value" */
static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_double_or_null (JsonBuilder *builder,
                    const char  *member,
                    gboolean     have,
                    double       value)
{
  json_builder_set_member_name (builder, member);
  if (have)
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_int_or_null (JsonBuilder *builder,
                 const char  *member,
                 gboolean     have,
                 int          value)
{
  json_builder_set_member_name (builder, member);
  if (have)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_status (JsonBuilder    *builder,
            const Report   *report,
            DosonCtrStatus  status)
{
  add_string (builder, "status", doson_ctr_status_to_string (status));
  add_string (builder, "label", doson_ctr_status_get_label (status, report->lang));
}

static void
add_target_assessment (JsonBuilder                    *builder,
                       const Report                   *report,
                       DosonCtrIndicator              *indicator,
                       const DosonCtrTargetAssessment *a)
{
  const DosonCtrTarget *target = doson_ctr_target_assessment_get_target (a);
  g_autofree char *words = describe_assessment (report, indicator, a);
  g_autofree char *explanation = doson_ctr_target_assessment_explain (a, report->lang);
  DosonCtrAssessmentReason reason = doson_ctr_target_assessment_get_reason (a);
  double value, figure, attainment, pace, score;
  int year;
  gboolean have;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "target_index");
  json_builder_add_int_value (builder, doson_ctr_target_assessment_get_target_index (a));
  add_string (builder, "kind", doson_ctr_target_kind_to_string (doson_ctr_target_get_kind (target)));
  add_string_or_null (builder, "level", doson_ctr_target_assessment_get_level (a));
  add_status (builder, report, doson_ctr_target_assessment_get_status (a));
  json_builder_set_member_name (builder, "due");
  json_builder_add_boolean_value (builder, doson_ctr_target_assessment_is_due (a));
  have = doson_ctr_target_assessment_get_current (a, &year, &value);
  add_double_or_null (builder, "value", have, value);
  add_int_or_null (builder, "year", have, year);
  have = doson_ctr_target_assessment_get_figure (a, &figure);
  add_double_or_null (builder, "figure", have, figure);
  have = doson_ctr_target_assessment_get_attainment (a, &attainment);
  add_double_or_null (builder, "attainment", have, attainment);
  have = doson_ctr_target_assessment_get_pace (a, &pace);
  add_double_or_null (builder, "pace", have, pace);
  have = doson_ctr_target_assessment_get_score (a, &score);
  add_double_or_null (builder, "score", have, score);
  json_builder_set_member_name (builder, "exceeds_stretch");
  json_builder_add_boolean_value (builder, doson_ctr_target_assessment_get_exceeds_stretch (a));
  add_string_or_null (builder, "reason", reason == DOSON_CTR_ASSESSMENT_REASON_NONE
                      ? NULL : doson_ctr_assessment_reason_to_string (reason));
  add_string (builder, "target", words);
  add_string (builder, "explanation", explanation);
  json_builder_end_object (builder);
}

static void
add_indicator (JsonBuilder       *builder,
               const Report      *report,
               DosonCtrIndicator *indicator)
{
  const char *id = doson_ctr_indicator_get_id (indicator);
  g_autoptr (GPtrArray) results = doson_ctr_assessment_get_results_for_indicator (report->assessment, id);
  g_autoptr (GString) explanation = g_string_new (NULL);
  GPtrArray *units = doson_ctr_indicator_get_lead_unit_ids (indicator);
  Summary summary;
  double score;
  gboolean have_score;
  guint i;

  summarise (results, &summary);
  have_score = doson_ctr_assessment_get_indicator_score (report->assessment, id, &score);

  json_builder_begin_object (builder);
  add_string (builder, "id", id);
  add_string_or_null (builder, "ref", doson_ctr_indicator_get_ref (indicator));
  add_string (builder, "name", doson_ctr_indicator_get_name (indicator, report->lang));
  add_string_or_null (builder, "goal", doson_ctr_indicator_get_goal_id (indicator));
  json_builder_set_member_name (builder, "units");
  json_builder_begin_array (builder);
  for (i = 0; i < units->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (units, i));
  json_builder_end_array (builder);
  add_status (builder, report, doson_ctr_assessment_get_indicator_status (report->assessment, id));
  add_double_or_null (builder, "score", have_score, score);
  add_double_or_null (builder, "attainment", summary.have_attainment, summary.attainment);
  add_double_or_null (builder, "value", summary.have_value, summary.value);
  add_int_or_null (builder, "year", summary.have_value, summary.year);

  for (i = 0; i < results->len; i++)
    {
      g_autofree char *text = doson_ctr_target_assessment_explain (g_ptr_array_index (results, i),
                                                                   report->lang);

      if (i > 0)
        g_string_append_c (explanation, '\n');
      g_string_append (explanation, text);
    }
  add_string (builder, "explanation", explanation->str);

  json_builder_set_member_name (builder, "targets");
  json_builder_begin_array (builder);
  for (i = 0; i < results->len; i++)
    add_target_assessment (builder, report, indicator, g_ptr_array_index (results, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_rollup (JsonBuilder          *builder,
            const Report         *report,
            const DosonCtrRollup *rollup,
            const char           *title)
{
  const char * const *ids = doson_ctr_rollup_get_indicator_ids (rollup);
  double score;
  gboolean have_score = doson_ctr_rollup_get_mean_score (rollup, &score);
  gsize i;

  json_builder_begin_object (builder);
  add_string (builder, "kind", doson_ctr_rollup_kind_to_string (doson_ctr_rollup_get_kind (rollup)));
  add_string_or_null (builder, "id", doson_ctr_rollup_get_id (rollup));
  add_string_or_null (builder, "title", title);
  json_builder_set_member_name (builder, "n_indicators");
  json_builder_add_int_value (builder, doson_ctr_rollup_get_n_indicators (rollup));
  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (i = 0; i < G_N_ELEMENTS (status_order); i++)
    {
      json_builder_set_member_name (builder, doson_ctr_status_to_string (status_order[i]));
      json_builder_add_int_value (builder, doson_ctr_rollup_get_count (rollup, status_order[i]));
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "n_scored");
  json_builder_add_int_value (builder, doson_ctr_rollup_get_n_scored (rollup));
  add_double_or_null (builder, "mean_score", have_score, score);
  json_builder_set_member_name (builder, "indicators");
  json_builder_begin_array (builder);
  for (i = 0; ids != NULL && ids[i] != NULL; i++)
    json_builder_add_string_value (builder, ids[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_groups (JsonBuilder  *builder,
            const Report *report,
            const char   *member,
            GPtrArray    *groups)
{
  guint i;

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (i = 0; i < groups->len; i++)
    {
      const Group *group = g_ptr_array_index (groups, i);

      add_rollup (builder, report, group->rollup, group->title);
    }
  json_builder_end_array (builder);
}

static void
report_json (GString      *out,
             const Report *report)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  GPtrArray *indicators = doson_ctr_program_get_indicators (report->program);
  GPtrArray *warnings = doson_ctr_assessment_get_warnings (report->assessment);
  gboolean illustrative = doson_ctr_measurement_set_get_illustrative (report->set);
  guint i;

  json_builder_begin_object (builder);
  add_string (builder, "program_id", doson_ctr_program_get_id (report->program));
  add_string_or_null (builder, "program_code", doson_ctr_program_get_code (report->program));
  add_string (builder, "program_title", doson_ctr_program_get_title (report->program, report->lang));
  json_builder_set_member_name (builder, "year");
  json_builder_add_int_value (builder, doson_ctr_assessment_get_as_of_year (report->assessment));
  add_string (builder, "lang", report->lang);
  json_builder_set_member_name (builder, "illustrative");
  json_builder_add_boolean_value (builder, illustrative);
  add_string_or_null (builder, "notice", illustrative ? notice (report) : NULL);
  add_string_or_null (builder, "data", report->data_path);
  add_string_or_null (builder, "description", doson_ctr_measurement_set_get_description (report->set));
  json_builder_set_member_name (builder, "n_measurements");
  json_builder_add_int_value (builder, doson_ctr_measurement_set_get_size (report->set));
  add_string (builder, "by", report->by_unit ? "unit" : "goal");

  json_builder_set_member_name (builder, "indicators");
  json_builder_begin_array (builder);
  for (i = 0; i < indicators->len; i++)
    add_indicator (builder, report, g_ptr_array_index (indicators, i));
  json_builder_end_array (builder);

  add_groups (builder, report, "by_goal", report->by_goal_groups);
  add_groups (builder, report, "by_unit", report->by_unit_groups);
  json_builder_set_member_name (builder, "program");
  add_rollup (builder, report, report->program_rollup,
              doson_ctr_program_get_title (report->program, report->lang));

  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_array (builder);
  for (i = 0; i < warnings->len; i++)
    {
      const DosonCtrConsistencyWarning *w = g_ptr_array_index (warnings, i);
      const char * const *parts = doson_ctr_consistency_warning_get_part_ids (w);
      g_autofree char *text = doson_ctr_consistency_warning_to_string (w, report->lang);
      gsize p;

      json_builder_begin_object (builder);
      add_string (builder, "indicator", doson_ctr_consistency_warning_get_indicator_id (w));
      add_string (builder, "relation", doson_ctr_indicator_relation_to_string (doson_ctr_consistency_warning_get_relation (w)));
      json_builder_set_member_name (builder, "parts");
      json_builder_begin_array (builder);
      for (p = 0; parts != NULL && parts[p] != NULL; p++)
        json_builder_add_string_value (builder, parts[p]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, doson_ctr_consistency_warning_get_year (w));
      add_string_or_null (builder, "level", doson_ctr_consistency_warning_get_level (w));
      json_builder_set_member_name (builder, "whole_value");
      json_builder_add_double_value (builder, doson_ctr_consistency_warning_get_whole_value (w));
      json_builder_set_member_name (builder, "parts_value");
      json_builder_add_double_value (builder, doson_ctr_consistency_warning_get_parts_value (w));
      add_string (builder, "text", text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  cli_append_json (out, builder);
}

/* ------------------------------------------------------------------------
 * CSV: one row per target assessment
 * ------------------------------------------------------------------------ */

static void
append_csv_optional (GString  *out,
                     gboolean  have,
                     double    value)
{
  g_string_append_c (out, ',');
  if (have)
    {
      g_autofree char *text = doson_ctr_format_number (value);

      g_string_append (out, text);
    }
}

static void
report_csv (GString      *out,
            const Report *report)
{
  GPtrArray *results = doson_ctr_assessment_get_results (report->assessment);
  const char *banner = doson_ctr_measurement_set_get_illustrative (report->set) ? notice (report) : "";
  int as_of = doson_ctr_assessment_get_as_of_year (report->assessment);
  guint i;

  /* The first column repeats the notice on every row of illustrative
   * data, so that no row can be quoted without it. */
  g_string_append (out, "notice,as_of_year,indicator,ref,name,target_index,kind,level,"
                   "status,label,due,value,year,figure,attainment,pace,score,reason,target\n");
  for (i = 0; i < results->len; i++)
    {
      const DosonCtrTargetAssessment *a = g_ptr_array_index (results, i);
      const char *id = doson_ctr_target_assessment_get_indicator_id (a);
      DosonCtrIndicator *indicator = doson_ctr_program_lookup_indicator (report->program, id);
      DosonCtrStatus status = doson_ctr_target_assessment_get_status (a);
      DosonCtrAssessmentReason reason = doson_ctr_target_assessment_get_reason (a);
      g_autofree char *words = describe_assessment (report, indicator, a);
      double value, figure, attainment, pace, score;
      int year;
      gboolean have;

      cli_append_csv_field (out, banner);
      g_string_append_printf (out, ",%d,", as_of);
      cli_append_csv_field (out, id);
      g_string_append_c (out, ',');
      cli_append_csv_field (out, doson_ctr_indicator_get_ref (indicator));
      g_string_append_c (out, ',');
      cli_append_csv_field (out, doson_ctr_indicator_get_name (indicator, report->lang));
      g_string_append_printf (out, ",%u,%s,", doson_ctr_target_assessment_get_target_index (a),
                              doson_ctr_target_kind_to_string (doson_ctr_target_get_kind (doson_ctr_target_assessment_get_target (a))));
      cli_append_csv_field (out, doson_ctr_target_assessment_get_level (a));
      g_string_append_printf (out, ",%s,", doson_ctr_status_to_string (status));
      cli_append_csv_field (out, doson_ctr_status_get_label (status, report->lang));
      g_string_append_printf (out, ",%s", doson_ctr_target_assessment_is_due (a) ? "true" : "false");
      have = doson_ctr_target_assessment_get_current (a, &year, &value);
      append_csv_optional (out, have, value);
      g_string_append_c (out, ',');
      if (have)
        g_string_append_printf (out, "%d", year);
      /* Each getter runs before its figure is read. */
      have = doson_ctr_target_assessment_get_figure (a, &figure);
      append_csv_optional (out, have, figure);
      have = doson_ctr_target_assessment_get_attainment (a, &attainment);
      append_csv_optional (out, have, attainment);
      have = doson_ctr_target_assessment_get_pace (a, &pace);
      append_csv_optional (out, have, pace);
      have = doson_ctr_target_assessment_get_score (a, &score);
      append_csv_optional (out, have, score);
      g_string_append_c (out, ',');
      if (reason != DOSON_CTR_ASSESSMENT_REASON_NONE)
        g_string_append (out, doson_ctr_assessment_reason_to_string (reason));
      g_string_append_c (out, ',');
      cli_append_csv_field (out, words);
      g_string_append_c (out, '\n');
    }
}

/* ------------------------------------------------------------------------
 * doson-ctr report
 * ------------------------------------------------------------------------ */

int
cli_report (int    argc,
            char **argv)
{
  g_autofree char *program_path = NULL;
  g_autofree char *data_path = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *by_text = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *lang_text = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "program", 0, 0, G_OPTION_ARG_FILENAME, &program_path, "A programme file", "FILE" },
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &data_path, "A measurement file", "FILE" },
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_text, "The as-of year", "Y" },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by_text, "goal or unit", "GROUP" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, "text, json, csv or markdown", "FORMAT" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_text, "vi or en", "LANG" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE", "FILE" },
    { NULL, 0, 0, G_OPTION_ARG_NONE, NULL, NULL, NULL }
  };
  g_autoptr (DosonCtrProgram) program = NULL;
  g_autoptr (DosonCtrMeasurementSet) set = NULL;
  g_autoptr (DosonCtrAssessment) assessment = NULL;
  g_autoptr (GString) out = NULL;
  g_autoptr (GError) error = NULL;
  Report report;
  Format format;
  gint64 year = 0;
  gboolean ok;
  int status;

  g_return_val_if_fail (argc >= 1 && argv != NULL, CLI_EXIT_USAGE);

  status = cli_parse_options (SUBCOMMAND, help_text, entries, argc, argv, NULL);
  if (status >= 0)
    return status;

  if (format_text == NULL || strcmp (format_text, "text") == 0)
    format = FORMAT_TEXT;
  else if (strcmp (format_text, "json") == 0)
    format = FORMAT_JSON;
  else if (strcmp (format_text, "csv") == 0)
    format = FORMAT_CSV;
  else if (strcmp (format_text, "markdown") == 0)
    format = FORMAT_MARKDOWN;
  else
    {
      cli_error (SUBCOMMAND, "--format: unknown format \"%s\" (use text, json, csv or markdown)",
                 format_text);
      return CLI_EXIT_USAGE;
    }

  memset (&report, 0, sizeof report);
  if (by_text != NULL && strcmp (by_text, "unit") == 0)
    report.by_unit = TRUE;
  else if (by_text != NULL && strcmp (by_text, "goal") != 0)
    {
      cli_error (SUBCOMMAND, "--by: unknown grouping \"%s\" (use goal or unit)", by_text);
      return CLI_EXIT_USAGE;
    }
  if (!cli_parse_lang (SUBCOMMAND, lang_text, &report.lang))
    return CLI_EXIT_USAGE;
  report.vi = strcmp (report.lang, "vi") == 0;
  if (year_text != NULL
      && !g_ascii_string_to_signed (year_text, 10, 1900, 2200, &year, &error))
    {
      cli_error (SUBCOMMAND, "--year: \"%s\" is not a year from 1900 to 2200", year_text);
      return CLI_EXIT_USAGE;
    }

  program = cli_load_program (program_path, &error);
  if (program == NULL)
    {
      cli_error (SUBCOMMAND, "%s", error->message);
      return CLI_EXIT_DATA;
    }
  if (data_path != NULL)
    set = doson_ctr_measurement_set_new_from_file (data_path, &error);
  else
    set = doson_ctr_measurement_set_new ();
  if (set == NULL)
    {
      cli_error (SUBCOMMAND, "%s", error->message);
      return CLI_EXIT_DATA;
    }

  assessment = doson_ctr_assessment_new (program, set, (int) year, NULL, &error);
  if (assessment == NULL)
    {
      cli_error (SUBCOMMAND, "%s%s", error->message,
                 g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_EMPTY)
                 ? " (--year), or measurements (--data)" : "");
      return g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT)
        ? CLI_EXIT_USAGE : CLI_EXIT_DATA;
    }

  report.program = program;
  report.set = set;
  report.assessment = assessment;
  report.data_path = data_path;
  report.colour = format == FORMAT_TEXT && (output == NULL || strcmp (output, "-") == 0)
    && isatty (STDOUT_FILENO) && g_getenv ("NO_COLOR") == NULL;

  ok = build_groups (&report, &error);
  if (ok)
    {
      out = g_string_new (NULL);
      switch (format)
        {
        case FORMAT_JSON:
          report_json (out, &report);
          break;
        case FORMAT_CSV:
          report_csv (out, &report);
          break;
        case FORMAT_MARKDOWN:
          report_markdown (out, &report);
          break;
        case FORMAT_TEXT:
        default:
          report_text (out, &report);
          break;
        }
    }
  g_clear_pointer (&report.by_goal_groups, g_ptr_array_unref);
  g_clear_pointer (&report.by_unit_groups, g_ptr_array_unref);
  g_clear_pointer (&report.program_rollup, doson_ctr_rollup_free);
  if (!ok)
    {
      cli_error (SUBCOMMAND, "%s", error->message);
      return CLI_EXIT_DATA;
    }

  if (!cli_write_output (output, out, &error))
    {
      cli_error (SUBCOMMAND, "%s", error->message);
      return CLI_EXIT_DATA;
    }
  return CLI_EXIT_OK;
}
