/* test-report-html.c: the report as one HTML page
 * (DOSON_CTR_DOCUMENT_FORMAT_HTML): well-formed, self-contained, marked
 * illustrative at the top, with the summary, the tables and a chart per
 * indicator
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "doson-ctr-test.h"

/* What the page holds, read back by the parser. */
typedef struct
{
  const char *section;            /* the text of the last <h2> */
  gboolean in_h2, in_tbody;
  GString *h2;
  GHashTable *charts;             /* indicator id -> TRUE */
  GHashTable *rows;               /* section -> number of rows */
  GHashTable *summary;            /* status -> count */
  gboolean in_count;
  char *count_status;
  char *lang;
  guint n_figures;
} Page;

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  Page *page = user_data;
  const char *attr;

  if (strcmp (element, "html") == 0)
    page->lang = g_strdup (test_markup_attribute (names, values, "lang"));
  else if (strcmp (element, "h2") == 0)
    {
      page->in_h2 = TRUE;
      g_string_truncate (page->h2, 0);
    }
  else if (strcmp (element, "tbody") == 0)
    page->in_tbody = TRUE;
  else if (strcmp (element, "tr") == 0 && page->in_tbody)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (page->rows, page->h2->str));

      g_hash_table_replace (page->rows, g_strdup (page->h2->str), GUINT_TO_POINTER (n + 1));
    }
  else if (strcmp (element, "figure") == 0)
    page->n_figures++;
  else if (strcmp (element, "svg") == 0 && (attr = test_markup_attribute (names, values, "data-indicator")) != NULL)
    g_hash_table_add (page->charts, g_strdup (attr));
  else if (strcmp (element, "li") == 0 && (attr = test_markup_attribute (names, values, "data-status")) != NULL)
    {
      g_free (page->count_status);
      page->count_status = g_strdup (attr);
    }
  else if (strcmp (element, "span") == 0 && page->count_status != NULL
           && g_strcmp0 (test_markup_attribute (names, values, "class"), "count") == 0)
    page->in_count = TRUE;
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  Page *page = user_data;

  if (strcmp (element, "h2") == 0)
    page->in_h2 = FALSE;
  else if (strcmp (element, "tbody") == 0)
    page->in_tbody = FALSE;
  else if (strcmp (element, "span") == 0)
    page->in_count = FALSE;
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 length,
      gpointer              user_data,
      GError              **error)
{
  Page *page = user_data;

  if (page->in_h2)
    g_string_append_len (page->h2, text, (gssize) length);
  if (page->in_count)
    {
      g_autofree char *number = g_strndup (text, length);

      g_hash_table_replace (page->summary, g_steal_pointer (&page->count_status),
                            GUINT_TO_POINTER ((guint) atoi (number)));
    }
}

static const GMarkupParser page_parser = { start_element, end_element, text, NULL, NULL };

static void
page_init (Page *page)
{
  memset (page, 0, sizeof *page);
  page->h2 = g_string_new (NULL);
  page->charts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  page->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  page->summary = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
page_clear (Page *page)
{
  g_string_free (page->h2, TRUE);
  g_hash_table_unref (page->charts);
  g_hash_table_unref (page->rows);
  g_hash_table_unref (page->summary);
  g_free (page->count_status);
  g_free (page->lang);
}

static DosonCtrReport *
make_report (gboolean    with_data,
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
  assessment = doson_ctr_assessment_new (program, set, 2027, NULL, &error);
  ck_assert_msg (assessment != NULL, "%s", error != NULL ? error->message : "");
  report = doson_ctr_report_new (assessment, &error);
  ck_assert_msg (report != NULL, "%s", error != NULL ? error->message : "");
  doson_ctr_report_set_lang (report, lang);
  doson_ctr_report_set_data_name (report, "measurements-illustrative.json");
  return report;
}

/* Every indicator has its figure, and it is the chart the API gives. */
static void
check_charts (DosonCtrReport *report,
              const char     *html,
              const Page     *page)
{
  DosonCtrProgram *program = doson_ctr_assessment_get_program (doson_ctr_report_get_assessment (report));
  GPtrArray *indicators = doson_ctr_program_get_indicators (program);
  guint i;

  ck_assert_uint_eq (page->n_figures, indicators->len);
  ck_assert_uint_eq (g_hash_table_size (page->charts), indicators->len);
  for (i = 0; i < indicators->len; i++)
    {
      const char *id = doson_ctr_indicator_get_id (g_ptr_array_index (indicators, i));
      g_autoptr (GError) error = NULL;
      g_autofree char *svg = doson_ctr_report_indicator_to_svg (report, id, &error);

      ck_assert_msg (g_hash_table_contains (page->charts, id), "no chart of %s", id);
      ck_assert_msg (strstr (html, svg) != NULL, "the chart of %s is not the API's", id);
    }
}

/* The summary counts the programme's roll-up. */
static void
check_summary (DosonCtrReport *report,
               const Page     *page)
{
  DosonCtrAssessment *assessment = doson_ctr_report_get_assessment (report);
  g_autoptr (GError) error = NULL;
  g_autoptr (DosonCtrRollup) rollup = doson_ctr_assessment_get_rollup (assessment, DOSON_CTR_ROLLUP_KIND_PROGRAM,
                                                                      NULL, &error);
  int status;

  ck_assert_ptr_nonnull (rollup);
  for (status = DOSON_CTR_STATUS_NOT_AVAILABLE; status <= DOSON_CTR_STATUS_PENDING; status++)
    {
      guint count = doson_ctr_rollup_get_count (rollup, (DosonCtrStatus) status);
      gpointer shown;
      gboolean found = g_hash_table_lookup_extended (page->summary, doson_ctr_status_to_string (status),
                                                     NULL, &shown);

      ck_assert_msg (found == (count > 0), "status %s", doson_ctr_status_to_string (status));
      if (found)
        ck_assert_uint_eq (GPOINTER_TO_UINT (shown), count);
    }
}

static void
check_self_contained (const char *html)
{
  const char *p;

  ck_assert (g_str_has_prefix (html, "<!DOCTYPE html>\n"));
  ck_assert_ptr_nonnull (strstr (html, "<meta charset=\"utf-8\"/>"));
  ck_assert_ptr_nonnull (strstr (html, "@page { size: A4;"));
  ck_assert_ptr_nonnull (strstr (html, "break-inside: avoid"));
  ck_assert_ptr_null (strstr (html, "<script"));
  ck_assert_ptr_null (strstr (html, "<img"));
  ck_assert_ptr_null (strstr (html, "<link"));
  ck_assert_ptr_null (strstr (html, "url("));
  ck_assert_ptr_null (strstr (html, "@import"));
  /* the only addresses are the namespaces */
  for (p = strstr (html, "http"); p != NULL; p = strstr (p + 1, "http"))
    ck_assert_msg (g_str_has_prefix (p, "http://www.w3.org/1999/xhtml\"")
                     || g_str_has_prefix (p, "http://www.w3.org/2000/svg\""),
                   "an address in the page: %.40s", p);
  ck_assert (g_utf8_validate (html, -1, NULL));
}

START_TEST (test_page_vi)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE, "vi");
  g_autofree char *html = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_HTML);
  const char *notice, *first_h2;
  Page page;

  page_init (&page);
  test_parse_markup ("the HTML report", html, &page_parser, &page);
  ck_assert_str_eq (page.lang, "vi");
  check_self_contained (html);
  check_charts (report, html, &page);
  check_summary (report, &page);
  /* a row per indicator in the tables by goal */
  ck_assert_uint_eq (GPOINTER_TO_UINT (g_hash_table_lookup (page.rows, "Theo mục tiêu")), 42);
  ck_assert_ptr_nonnull (strstr (html, "<h2>Theo mục tiêu</h2>"));
  ck_assert_ptr_nonnull (strstr (html, "<h2>Theo đơn vị chủ trì</h2>"));
  ck_assert_ptr_nonnull (strstr (html, "<title>03-CTr/ĐU — "));
  /* the notice comes before any figure */
  notice = strstr (html, "<p class=\"notice\" role=\"note\">Số liệu minh họa, không phải số liệu chính thức</p>");
  first_h2 = strstr (html, "<h2>");
  ck_assert (notice != NULL && first_h2 != NULL && notice < first_h2);
  ck_assert_ptr_nonnull (strstr (html, "Đánh giá đến năm 2027"));
  ck_assert_ptr_nonnull (strstr (html, "<span class=\"status status-achieved\"><span class=\"symbol\" "
                                       "aria-hidden=\"true\">✓</span> Đạt</span>"));
  page_clear (&page);
}
END_TEST

START_TEST (test_page_en_without_data)
{
  g_autoptr (DosonCtrReport) report = make_report (FALSE, "en");
  g_autofree char *html = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_HTML);
  Page page;

  page_init (&page);
  test_parse_markup ("the HTML report", html, &page_parser, &page);
  ck_assert_str_eq (page.lang, "en");
  check_self_contained (html);
  check_charts (report, html, &page);
  check_summary (report, &page);
  ck_assert_ptr_null (strstr (html, "class=\"notice\""));
  ck_assert_ptr_nonnull (strstr (html, "No data yet"));
  ck_assert_ptr_nonnull (strstr (html, "<h2>By responsible unit</h2>"));
  page_clear (&page);
}
END_TEST

START_TEST (test_rows_by_goal_and_by_unit)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE, "en");
  g_autofree char *html = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_HTML);
  DosonCtrProgram *program = doson_ctr_assessment_get_program (doson_ctr_report_get_assessment (report));
  GPtrArray *units = doson_ctr_program_get_units (program);
  guint i, led = 0;
  Page page;

  for (i = 0; i < units->len; i++)
    {
      const char *id = doson_ctr_responsible_unit_get_id (g_ptr_array_index (units, i));
      g_autoptr (GPtrArray) indicators = doson_ctr_program_get_indicators_for_unit (program, id, FALSE);

      led += indicators->len;
    }
  page_init (&page);
  test_parse_markup ("the HTML report", html, &page_parser, &page);
  ck_assert_uint_eq (GPOINTER_TO_UINT (g_hash_table_lookup (page.rows, "By goal")), 42);
  ck_assert_uint_eq (GPOINTER_TO_UINT (g_hash_table_lookup (page.rows, "By responsible unit")), led);
  page_clear (&page);
}
END_TEST

/* A small programme with three tasks, one done, one overdue past its
 * deadline, one yearly without a report, and a measurement set that
 * reports on the first. */
static const char tasks_program[] =
  "{\"format\": \"doson-ctr-program\", \"version\": 1, \"id\": \"p\","
  " \"title\": {\"vi\": \"Chương trình\", \"en\": \"Programme\"},"
  " \"term_start\": 2025, \"term_end\": 2030, \"baseline_year\": 2025,"
  " \"units\": [{\"id\": \"u1\", \"name\": {\"vi\": \"Đơn vị 1\", \"en\": \"Unit 1\"}},"
  "           {\"id\": \"u2\", \"name\": {\"vi\": \"Đơn vị <2>\", \"en\": \"Unit <2>\"}}],"
  " \"goals\": [{\"id\": \"g\", \"ref\": \"II.1\", \"title\": {\"vi\": \"Mục tiêu\", \"en\": \"Goal\"}}],"
  " \"indicators\": [{\"id\": \"i\", \"name\": {\"vi\": \"Chỉ tiêu\"},"
  "   \"measure\": \"count\", \"direction\": \"higher\", \"goal\": \"g\", \"lead_units\": [\"u1\"],"
  "   \"targets\": [{\"kind\": \"level\", \"comparator\": \">=\", \"value\": 1}]}],"
  " \"tasks\": ["
  "  {\"id\": \"t1\", \"ref\": \"II.1 #1\", \"goal\": \"g\", \"text\": {\"vi\": \"Làm việc A & B\", \"en\": \"Do A & B\"},"
  "   \"lead_units\": [\"u1\"], \"deadline_year\": 2027},"
  "  {\"id\": \"t2\", \"ref\": \"II.1 #2\", \"goal\": \"g\", \"text\": {\"vi\": \"Làm việc C\", \"en\": \"Do C\"},"
  "   \"lead_units\": [\"u2\"], \"deadline_year\": 2026},"
  "  {\"id\": \"t3\", \"goal\": \"g\", \"text\": {\"vi\": \"Hằng năm D\", \"en\": \"Yearly D\"},"
  "   \"lead_units\": [\"u1\", \"u2\"], \"yearly\": true}]}";

static const char tasks_measurements[] =
  "{\"format\": \"doson-ctr-measurements\", \"version\": 1, \"illustrative\": true,"
  " \"measurements\": [{\"indicator\": \"i\", \"year\": 2026, \"value\": 1}],"
  " \"tasks\": [{\"task\": \"t1\", \"year\": 2027, \"state\": \"done\", \"note\": \"Xong <sớm>\"}]}";

START_TEST (test_tasks_table)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DosonCtrProgram) program = doson_ctr_program_new_from_data (tasks_program, -1, "p.json", &error);
  g_autoptr (DosonCtrMeasurementSet) set = NULL;
  g_autoptr (DosonCtrAssessment) assessment = NULL;
  g_autoptr (DosonCtrReport) report = NULL;
  g_autofree char *vi = NULL, *en = NULL;
  Page page;

  ck_assert_msg (program != NULL, "%s", error != NULL ? error->message : "");
  set = doson_ctr_measurement_set_new_from_json_data (tasks_measurements, -1, "m.json", &error);
  ck_assert_msg (set != NULL, "%s", error != NULL ? error->message : "");
  assessment = doson_ctr_assessment_new (program, set, 2027, NULL, &error);
  ck_assert_msg (assessment != NULL, "%s", error != NULL ? error->message : "");
  report = doson_ctr_report_new (assessment, &error);
  ck_assert_ptr_nonnull (report);
  vi = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_HTML);
  page_init (&page);
  test_parse_markup ("the HTML report with tasks", vi, &page_parser, &page);
  ck_assert_uint_eq (GPOINTER_TO_UINT (g_hash_table_lookup (page.rows, "Nhiệm vụ, giải pháp (năm 2027)")), 3);
  page_clear (&page);
  ck_assert_ptr_nonnull (strstr (vi, "<p class=\"rollup\">3 nhiệm vụ: 1 Đã hoàn thành, 1 Quá hạn, "
                                     "1 chưa có thông tin</p>"));
  ck_assert_ptr_nonnull (strstr (vi, "<tr data-task=\"t1\" data-state=\"done\"><td>II.1 #1</td>"
                                     "<td>Làm việc A &amp; B</td><td>Đơn vị 1</td><td>đến năm 2027</td>"
                                     "<td><span class=\"status status-achieved\"><span class=\"symbol\" "
                                     "aria-hidden=\"true\">✓</span> Đã hoàn thành</span></td>"
                                     "<td>Xong &lt;sớm&gt;</td></tr>"));
  ck_assert_ptr_nonnull (strstr (vi, "<tr data-task=\"t2\" data-state=\"overdue\"><td>II.1 #2</td>"
                                     "<td>Làm việc C</td><td>Đơn vị &lt;2&gt;</td><td>đến năm 2026</td>"
                                     "<td><span class=\"status status-not-achieved\"><span class=\"symbol\" "
                                     "aria-hidden=\"true\">✗</span> Quá hạn</span></td><td>—</td></tr>"));
  ck_assert_ptr_nonnull (strstr (vi, "<tr data-task=\"t3\" data-state=\"unknown\"><td></td><td>Hằng năm D</td>"
                                     "<td>Đơn vị 1, Đơn vị &lt;2&gt;</td><td>hằng năm</td>"
                                     "<td><span class=\"status status-not-available\"><span class=\"symbol\" "
                                     "aria-hidden=\"true\">?</span> Chưa có thông tin</span></td><td>—</td></tr>"));
  doson_ctr_report_set_lang (report, "en");
  en = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_HTML);
  ck_assert_ptr_nonnull (strstr (en, "<h2>Tasks and measures (2027)</h2>"));
  ck_assert_ptr_nonnull (strstr (en, "<p class=\"rollup\">3 tasks: 1 Done, 1 Overdue, 1 not known</p>"));
  ck_assert_ptr_nonnull (strstr (en, "<td>by 2027</td>"));
  ck_assert_ptr_nonnull (strstr (en, "<td>every year</td>"));
}
END_TEST

START_TEST (test_task_state_labels)
{
  ck_assert_str_eq (doson_ctr_task_state_get_label (DOSON_CTR_TASK_STATE_NOT_STARTED, NULL), "Chưa triển khai");
  ck_assert_str_eq (doson_ctr_task_state_get_label (DOSON_CTR_TASK_STATE_IN_PROGRESS, "vi-VN"), "Đang triển khai");
  ck_assert_str_eq (doson_ctr_task_state_get_label (DOSON_CTR_TASK_STATE_DONE_FOR_YEAR, "vi"),
                    "Đã hoàn thành trong năm");
  ck_assert_str_eq (doson_ctr_task_state_get_label (DOSON_CTR_TASK_STATE_OVERDUE, "en"), "Overdue");
  ck_assert_str_eq (doson_ctr_task_state_get_label (DOSON_CTR_TASK_STATE_DONE, "fr"), "Done");
  ck_assert_ptr_null (doson_ctr_task_state_get_label ((DosonCtrTaskState) DOSON_CTR_TASK_N_STATES, "vi"));
}
END_TEST

START_TEST (test_write_file)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE, "vi");
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-report-html-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.html", NULL);
  g_autofree char *expected = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_HTML);
  g_autofree char *written = NULL;

  ck_assert (doson_ctr_report_write_file (report, DOSON_CTR_DOCUMENT_FORMAT_HTML, path, &error));
  written = test_read_file (path, NULL);
  ck_assert_str_eq (written, expected);
  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

START_TEST (test_format_name)
{
  DosonCtrDocumentFormat format = DOSON_CTR_DOCUMENT_FORMAT_TEXT;

  ck_assert_str_eq (doson_ctr_document_format_to_string (DOSON_CTR_DOCUMENT_FORMAT_HTML), "html");
  ck_assert (doson_ctr_document_format_from_string ("html", &format));
  ck_assert_int_eq (format, DOSON_CTR_DOCUMENT_FORMAT_HTML);
}
END_TEST

static Suite *
report_html_suite (void)
{
  Suite *s = suite_create ("report-html");
  TCase *page = tcase_create ("page");
  TCase *files = tcase_create ("files");

  tcase_set_timeout (page, 60);
  tcase_add_test (page, test_page_vi);
  tcase_add_test (page, test_page_en_without_data);
  tcase_add_test (page, test_rows_by_goal_and_by_unit);
  tcase_add_test (page, test_tasks_table);
  tcase_add_test (page, test_task_state_labels);
  suite_add_tcase (s, page);
  tcase_add_test (files, test_write_file);
  tcase_add_test (files, test_format_name);
  suite_add_tcase (s, files);
  return s;
}

int
main (void)
{
  return test_run_suite (report_html_suite ());
}
