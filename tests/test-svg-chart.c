/* test-svg-chart.c: the chart of every indicator as SVG
 * (doson_ctr_report_indicator_to_svg()): well-formed, a panel per target
 * assessment, and every figure drawn equal to the assessment's
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdlib.h>
#include <string.h>

#include "doson-ctr-test.h"

typedef struct
{
  gboolean set;
  int year;
  double value;
} Mark;

/* What a panel draws, read back from its data-* attributes. */
typedef struct
{
  guint target_index;
  char *kind;
  gboolean no_data;
  GArray *values;                 /* of Mark */
  Mark target, stretch, projection, path, path_stretch;
} PanelMarks;

typedef struct
{
  char *indicator;
  GPtrArray *panels;              /* of PanelMarks */
  GString *text;                  /* every <text>, <title> and <desc> */
  gboolean have_title, have_desc;
} Chart;

static void
panel_marks_free (gpointer data)
{
  PanelMarks *p = data;

  g_free (p->kind);
  g_array_unref (p->values);
  g_free (p);
}

static void
chart_clear (Chart *chart)
{
  g_free (chart->indicator);
  g_ptr_array_unref (chart->panels);
  g_string_free (chart->text, TRUE);
}

static Mark
read_mark (const char **names,
           const char **values)
{
  const char *year = test_markup_attribute (names, values, "data-year");
  const char *value = test_markup_attribute (names, values, "data-value");
  Mark mark = { TRUE, 0, 0 };

  ck_assert_msg (year != NULL && value != NULL, "a mark without data-year or data-value");
  mark.year = atoi (year);
  mark.value = g_ascii_strtod (value, NULL);
  return mark;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  Chart *chart = user_data;
  const char *class_name = test_markup_attribute (names, values, "class");
  PanelMarks *p = chart->panels->len > 0 ? g_ptr_array_index (chart->panels, chart->panels->len - 1) : NULL;

  if (strcmp (element, "svg") == 0 && chart->indicator == NULL)
    chart->indicator = g_strdup (test_markup_attribute (names, values, "data-indicator"));
  chart->have_title |= strcmp (element, "title") == 0;
  chart->have_desc |= strcmp (element, "desc") == 0;
  if (class_name == NULL)
    return;
  if (strcmp (class_name, "panel") == 0)
    {
      p = g_new0 (PanelMarks, 1);
      p->target_index = (guint) atoi (test_markup_attribute (names, values, "data-target-index"));
      p->kind = g_strdup (test_markup_attribute (names, values, "data-kind"));
      p->values = g_array_new (FALSE, FALSE, sizeof (Mark));
      g_ptr_array_add (chart->panels, p);
      return;
    }
  if (p == NULL)
    return;
  if (strcmp (class_name, "value") == 0)
    {
      Mark mark = read_mark (names, values);

      g_array_append_val (p->values, mark);
    }
  else if (strcmp (class_name, "no-data") == 0)
    p->no_data = TRUE;
  else if (strcmp (class_name, "target") == 0)
    p->target = read_mark (names, values);
  else if (strcmp (class_name, "target-stretch") == 0)
    p->stretch = read_mark (names, values);
  else if (strcmp (class_name, "projection") == 0)
    p->projection = read_mark (names, values);
  else if (strcmp (class_name, "path") == 0)
    p->path = read_mark (names, values);
  else if (strcmp (class_name, "path-stretch") == 0)
    p->path_stretch = read_mark (names, values);
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 length,
      gpointer              user_data,
      GError              **error)
{
  Chart *chart = user_data;

  g_string_append_len (chart->text, text, (gssize) length);
}

static const GMarkupParser chart_parser = { start_element, NULL, text, NULL, NULL };

static void
parse_chart (Chart      *chart,
             const char *svg)
{
  chart->panels = g_ptr_array_new_with_free_func (panel_marks_free);
  chart->text = g_string_new (NULL);
  chart->indicator = NULL;
  chart->have_title = chart->have_desc = FALSE;
  ck_assert (g_str_has_prefix (svg, "<svg xmlns=\"http://www.w3.org/2000/svg\""));
  test_parse_markup ("the chart", svg, &chart_parser, chart);
  ck_assert (chart->have_title && chart->have_desc);
}

static void
assert_mark (const Mark *mark,
             int         year,
             double      value,
             const char *what)
{
  ck_assert_msg (mark->set, "%s: not drawn", what);
  ck_assert_msg (mark->year == year && mark->value == value, "%s: drawn %d, %.17g; the assessment has %d, %.17g",
                 what, mark->year, mark->value, year, value);
}

/* The values a panel must show: the series up to the as-of year; for a
 * cumulative target, the last is the running total. */
static void
check_values (DosonCtrMeasurementSet         *set,
              const DosonCtrTargetAssessment *a,
              const PanelMarks               *p)
{
  const DosonCtrTarget *target = doson_ctr_target_assessment_get_target (a);
  g_autofree int *years = NULL;
  g_autofree double *values = NULL;
  gsize n = 0, i, shown = 0;
  double total;

  doson_ctr_measurement_set_get_series (set, doson_ctr_target_assessment_get_indicator_id (a),
                                        doson_ctr_target_assessment_get_disaggregation_value (a),
                                        &years, &values, &n);
  while (shown < n && years[shown] <= doson_ctr_target_assessment_get_as_of_year (a))
    shown++;
  ck_assert_msg (p->no_data == (p->values->len == 0), "a panel without values must say so, and only then");
  if (doson_ctr_target_get_kind (target) == DOSON_CTR_TARGET_KIND_CUMULATIVE)
    {
      if (doson_ctr_target_assessment_get_running_total (a, &total))
        {
          const Mark *last = &g_array_index (p->values, Mark, p->values->len - 1);

          ck_assert_msg (fabs (last->value - total) <= 1e-9 * fabs (total), "running total %g, drawn %g",
                         total, last->value);
        }
      return;
    }
  ck_assert_uint_eq (p->values->len, shown);
  for (i = 0; i < shown; i++)
    assert_mark (&g_array_index (p->values, Mark, i), years[i], values[i], "a value");
}

static void
check_target (const DosonCtrTargetAssessment *a,
              const PanelMarks               *p)
{
  const DosonCtrTarget *target = doson_ctr_target_assessment_get_target (a);
  DosonCtrTargetKind kind = doson_ctr_target_get_kind (target);
  int deadline = doson_ctr_target_get_deadline_year (target);
  double floor = doson_ctr_target_assessment_get_floor (a), stretch, base, end;
  int base_year;

  if (p->no_data || kind == DOSON_CTR_TARGET_KIND_MILESTONE)
    {
      ck_assert (!p->target.set && !p->projection.set && !p->path.set);
      return;
    }
  if (kind == DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH || kind == DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR)
    {
      /* a rate shows as the value it leads to from the base by the deadline */
      if (!doson_ctr_target_assessment_get_base (a, &base_year, &base))
        return;
      ck_assert (doson_ctr_growth_project (base, floor, deadline - base_year, &end, NULL));
      assert_mark (&p->path, deadline, end, "the path of the floor");
      assert_mark (&p->target, deadline, end, "the target of a rate");
      if (doson_ctr_target_assessment_get_stretch (a, &stretch))
        {
          ck_assert (doson_ctr_growth_project (base, stretch, deadline - base_year, &end, NULL));
          assert_mark (&p->path_stretch, deadline, end, "the path of the stretch");
        }
      return;
    }
  assert_mark (&p->target, deadline, floor, "the target");
  if (doson_ctr_target_assessment_get_stretch (a, &stretch))
    assert_mark (&p->stretch, deadline, stretch, "the stretch");
  if (kind == DOSON_CTR_TARGET_KIND_LEVEL && doson_ctr_target_assessment_get_base (a, &base_year, &base)
      && base_year < deadline)
    assert_mark (&p->path, deadline, floor, "the path of a level");
}

static void
check_projection (const DosonCtrTargetAssessment *a,
                  const PanelMarks               *p)
{
  const DosonCtrProjection *projection = doson_ctr_target_assessment_get_projection (a);
  double value;

  if (projection != NULL && doson_ctr_projection_get_value (projection, &value) && !p->no_data)
    assert_mark (&p->projection, doson_ctr_projection_get_year (projection), value, "the projection");
  else
    ck_assert_msg (!p->projection.set, "a projection the assessment does not have");
}

/* The chart of @id equals the assessment of @report, figure by figure. */
static void
check_chart (DosonCtrReport *report,
             const char     *id,
             GString        *all_text)
{
  DosonCtrAssessment *assessment = doson_ctr_report_get_assessment (report);
  g_autoptr (GPtrArray) results = doson_ctr_assessment_get_results_for_indicator (assessment, id);
  g_autoptr (GError) error = NULL;
  g_autofree char *svg = doson_ctr_report_indicator_to_svg (report, id, &error);
  Chart chart;
  guint k;

  ck_assert_msg (svg != NULL, "%s: %s", id, error != NULL ? error->message : "");
  parse_chart (&chart, svg);
  ck_assert_str_eq (chart.indicator, id);
  ck_assert_msg (chart.panels->len == results->len, "%s: %u panels for %u target assessments", id,
                 chart.panels->len, results->len);
  for (k = 0; k < results->len; k++)
    {
      const DosonCtrTargetAssessment *a = g_ptr_array_index (results, k);
      const PanelMarks *p = g_ptr_array_index (chart.panels, k);

      ck_assert_uint_eq (p->target_index, doson_ctr_target_assessment_get_target_index (a));
      ck_assert_str_eq (p->kind, doson_ctr_target_kind_to_string (
                                   doson_ctr_target_get_kind (doson_ctr_target_assessment_get_target (a))));
      check_values (doson_ctr_assessment_get_measurements (assessment), a, p);
      check_target (a, p);
      check_projection (a, p);
    }
  if (all_text != NULL)
    g_string_append (all_text, chart.text->str);
  chart_clear (&chart);
}

/* The built-in programme assessed as of @year on the illustrative
 * sample data (or on none), reported in @lang. */
static DosonCtrReport *
make_report (gboolean    with_data,
             int         year,
             const char *lang)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DosonCtrProgram) program = doson_ctr_program_new_builtin (&error);
  g_autofree char *path = srcdir_path ("..", "examples", "data", "measurements-illustrative.json", NULL);
  g_autoptr (DosonCtrMeasurementSet) set = with_data ? doson_ctr_measurement_set_new_from_file (path, &error)
                                                     : doson_ctr_measurement_set_new ();
  g_autoptr (DosonCtrAssessment) assessment = NULL;
  DosonCtrReport *report;

  ck_assert_msg (program != NULL && set != NULL, "%s", error != NULL ? error->message : "");
  assessment = doson_ctr_assessment_new (program, set, year, NULL, &error);
  ck_assert_msg (assessment != NULL, "%s", error != NULL ? error->message : "");
  report = doson_ctr_report_new (assessment, &error);
  ck_assert_msg (report != NULL, "%s", error != NULL ? error->message : "");
  doson_ctr_report_set_lang (report, lang);
  return report;
}

static void
check_every_chart (DosonCtrReport *report,
                   GString        *all_text)
{
  GPtrArray *indicators = doson_ctr_program_get_indicators (
    doson_ctr_assessment_get_program (doson_ctr_report_get_assessment (report)));
  guint i;

  ck_assert_uint_eq (indicators->len, 42);
  for (i = 0; i < indicators->len; i++)
    check_chart (report, doson_ctr_indicator_get_id (g_ptr_array_index (indicators, i)), all_text);
}

/* ---------------------------------------------------------------------- */

START_TEST (test_every_chart_equals_the_assessment_vi)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE, 2027, "vi");
  g_autoptr (GString) all_text = g_string_new (NULL);

  check_every_chart (report, all_text);
  ck_assert_ptr_nonnull (strstr (all_text->str, "Đơn vị: tỷ đồng"));
  ck_assert_ptr_nonnull (strstr (all_text->str, "Năm"));
  ck_assert_ptr_nonnull (strstr (all_text->str, "Dự báo theo nhịp hiện nay"));
  /* digits grouped the Vietnamese way on the axes and labels */
  ck_assert_ptr_nonnull (strstr (all_text->str, "5.700.000"));
  ck_assert_ptr_null (strstr (all_text->str, "5,700,000"));
}
END_TEST

START_TEST (test_every_chart_equals_the_assessment_en)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE, 2026, "en");
  g_autoptr (GString) all_text = g_string_new (NULL);

  check_every_chart (report, all_text);
  ck_assert_ptr_nonnull (strstr (all_text->str, "Unit: billion VND"));
  ck_assert_ptr_nonnull (strstr (all_text->str, "Year"));
  ck_assert_ptr_nonnull (strstr (all_text->str, "5,700,000"));
  ck_assert_ptr_null (strstr (all_text->str, "Đơn vị"));
}
END_TEST

START_TEST (test_no_data_is_said_not_drawn_as_zero)
{
  g_autoptr (DosonCtrReport) report = make_report (FALSE, 2027, "vi");
  g_autoptr (GError) error = NULL;
  g_autofree char *svg = doson_ctr_report_indicator_to_svg (report, "grdp", &error);
  Chart chart;

  check_every_chart (report, NULL);
  ck_assert_ptr_nonnull (svg);
  parse_chart (&chart, svg);
  ck_assert_uint_eq (chart.panels->len, 1);
  ck_assert (((PanelMarks *) g_ptr_array_index (chart.panels, 0))->no_data);
  ck_assert_ptr_nonnull (strstr (chart.text->str, "Chưa có số liệu"));
  /* no axis, no value, no line at zero */
  ck_assert_ptr_null (strstr (svg, "class=\"value\""));
  ck_assert_ptr_null (strstr (svg, "<polyline"));
  chart_clear (&chart);
}
END_TEST

START_TEST (test_milestone_is_a_row_of_years)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE, 2027, "en");
  g_autoptr (GError) error = NULL;
  g_autofree char *svg = doson_ctr_report_indicator_to_svg (report, "drug-free-ward", &error);
  Chart chart;

  ck_assert_ptr_nonnull (svg);
  parse_chart (&chart, svg);
  ck_assert_str_eq (((PanelMarks *) g_ptr_array_index (chart.panels, 0))->kind, "milestone");
  ck_assert_ptr_nonnull (strstr (chart.text->str, "2030 (deadline)"));
  ck_assert_ptr_nonnull (strstr (chart.text->str, "Not met"));
  ck_assert_ptr_nonnull (strstr (chart.text->str, "No data yet"));
  ck_assert_ptr_null (strstr (svg, "<polyline"));
  chart_clear (&chart);
}
END_TEST

START_TEST (test_title_and_description)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE, 2027, "vi");
  g_autoptr (GError) error = NULL;
  g_autofree char *svg = doson_ctr_report_indicator_to_svg (report, "grdp", &error);

  ck_assert_ptr_nonnull (svg);
  ck_assert_ptr_nonnull (strstr (svg, "<title id=\"chart-grdp-title\">III.1 (2) Tổng giá trị sản phẩm"));
  ck_assert_ptr_nonnull (strstr (svg, "<desc id=\"chart-grdp-desc\">Tình trạng: Đúng tiến độ. "
                                      "Giá trị mới nhất: 6.368 tỷ đồng (2027)."));
  ck_assert_ptr_nonnull (strstr (svg, "aria-labelledby=\"chart-grdp-title chart-grdp-desc\""));
  ck_assert_ptr_null (strstr (svg, "<script"));
}
END_TEST

START_TEST (test_unknown_indicator)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE, 2027, "vi");
  g_autoptr (GError) error = NULL;
  char *svg = doson_ctr_report_indicator_to_svg (report, "no-such-thing", &error);

  ck_assert_ptr_null (svg);
  assert_error_message (error, DOSON_CTR_ERROR_INVALID_ARGUMENT,
                        "indicator \"no-such-thing\": the programme \"03-ctr-du\" "
                        "has no such indicator");
}
END_TEST

static Suite *
svg_chart_suite (void)
{
  Suite *s = suite_create ("svg-chart");
  TCase *figures = tcase_create ("figures");
  TCase *words = tcase_create ("words");
  TCase *errors = tcase_create ("errors");

  tcase_set_timeout (figures, 60);
  tcase_add_test (figures, test_every_chart_equals_the_assessment_vi);
  tcase_add_test (figures, test_every_chart_equals_the_assessment_en);
  tcase_add_test (figures, test_no_data_is_said_not_drawn_as_zero);
  tcase_add_test (figures, test_milestone_is_a_row_of_years);
  suite_add_tcase (s, figures);
  tcase_add_test (words, test_title_and_description);
  suite_add_tcase (s, words);
  tcase_add_test (errors, test_unknown_indicator);
  suite_add_tcase (s, errors);
  return s;
}

int
main (void)
{
  return test_run_suite (svg_chart_suite ());
}
