/* test-report.c: the report of an assessment in each format, its
 * settings, and writing it to a file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "doson-ctr-test.h"

/* tests/data/cli/small-program.json: one goal, one unit, a range of
 * growth and a level. */
static const char program_json[] =
  "{\"format\": \"doson-ctr-program\", \"version\": 1, \"id\": \"hoa-sen-2026\","
  " \"code\": \"07-CTr/ĐU\","
  " \"title\": {\"vi\": \"Chương trình hành động phường Hoa Sen (tệp thử nghiệm)\","
  "   \"en\": \"Action programme of Hoa Sen ward (test file)\"},"
  " \"term_start\": 2025, \"term_end\": 2030,"
  " \"units\": [{\"id\": \"ubnd\", \"name\": {\"vi\": \"Ủy ban nhân dân phường\", \"en\": \"Ward People's Committee\"}}],"
  " \"goals\": [{\"id\": \"iii-1\", \"ref\": \"III.1\","
  "   \"title\": {\"vi\": \"Các chỉ tiêu chủ yếu\", \"en\": \"Main indicators\"}, \"lead_units\": [\"ubnd\"]}],"
  " \"indicators\": ["
  "  {\"id\": \"budget-revenue\", \"ref\": \"III.1 (1)\","
  "   \"name\": {\"vi\": \"Thu ngân sách nhà nước trên địa bàn\", \"en\": \"State budget revenue collected in the ward\"},"
  "   \"unit\": {\"vi\": \"tỷ đồng\", \"en\": \"billion VND\"}, \"measure\": \"amount\", \"direction\": \"higher\","
  "   \"goal\": \"iii-1\", \"lead_units\": [\"ubnd\"],"
  "   \"targets\": [{\"kind\": \"average-growth\", \"comparator\": \"range\", \"low\": 0.08, \"high\": 0.1}]},"
  "  {\"id\": \"schools-standard\", \"ref\": \"III.1 (2)\","
  "   \"name\": {\"vi\": \"Tỷ lệ trường học đạt chuẩn quốc gia\", \"en\": \"Schools meeting the national standard\"},"
  "   \"unit\": {\"vi\": \"%\", \"en\": \"%\"}, \"measure\": \"percent\", \"direction\": \"higher\","
  "   \"goal\": \"iii-1\", \"lead_units\": [\"ubnd\"],"
  "   \"targets\": [{\"kind\": \"level\", \"comparator\": \">=\", \"value\": 80, \"deadline_year\": 2030}]}"
  " ]}";

static const char measurements_json[] =
  "{\"format\": \"doson-ctr-measurements\", \"version\": 1, \"illustrative\": true,"
  " \"description\": \"Made up\", \"measurements\": ["
  "  {\"indicator\": \"budget-revenue\", \"year\": 2025, \"value\": 120.5},"
  "  {\"indicator\": \"budget-revenue\", \"year\": 2026, \"value\": 131.2},"
  "  {\"indicator\": \"schools-standard\", \"year\": 2025, \"value\": 75},"
  "  {\"indicator\": \"schools-standard\", \"year\": 2026, \"value\": 78.5}]}";

/* The report as of 2026, with illustrative measurements or none. */
static DosonCtrReport *
make_report (gboolean with_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DosonCtrProgram) program = doson_ctr_program_new_from_data (program_json, -1, "program.json", &error);
  g_autoptr (DosonCtrMeasurementSet) set = NULL;
  g_autoptr (DosonCtrAssessment) assessment = NULL;
  DosonCtrReport *report;

  ck_assert_msg (program != NULL, "%s", error != NULL ? error->message : "");
  set = with_data ? doson_ctr_measurement_set_new_from_json_data (measurements_json, -1, "m.json", &error)
                  : doson_ctr_measurement_set_new ();
  ck_assert_msg (set != NULL, "%s", error != NULL ? error->message : "");
  assessment = doson_ctr_assessment_new (program, set, 2026, NULL, &error);
  ck_assert_msg (assessment != NULL, "%s", error != NULL ? error->message : "");
  report = doson_ctr_report_new (assessment, &error);
  ck_assert_msg (report != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_ptr_eq (doson_ctr_report_get_assessment (report), assessment);
  return report;
}

static void
assert_document (DosonCtrReport         *report,
                 DosonCtrDocumentFormat  format,
                 const char             *expected)
{
  g_autofree char *text = doson_ctr_report_to_string (report, format);

  ck_assert_str_eq (text, expected);
}

START_TEST (test_defaults)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE);

  ck_assert_str_eq (doson_ctr_report_get_lang (report), "vi");
  ck_assert_int_eq (doson_ctr_report_get_grouping (report), DOSON_CTR_REPORT_GROUPING_GOAL);
  ck_assert_ptr_null (doson_ctr_report_get_data_name (report));
  ck_assert (!doson_ctr_report_get_colour (report));

  doson_ctr_report_set_lang (report, "en-GB");
  ck_assert_str_eq (doson_ctr_report_get_lang (report), "en");
  doson_ctr_report_set_lang (report, "vi_VN.UTF-8");
  ck_assert_str_eq (doson_ctr_report_get_lang (report), "vi");
  doson_ctr_report_set_data_name (report, "m.json");
  ck_assert_str_eq (doson_ctr_report_get_data_name (report), "m.json");
  doson_ctr_report_set_data_name (report, NULL);
  ck_assert_ptr_null (doson_ctr_report_get_data_name (report));
}
END_TEST

START_TEST (test_text)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE);

  doson_ctr_report_set_lang (report, "en");
  assert_document (report, DOSON_CTR_DOCUMENT_FORMAT_TEXT,
    "07-CTr/ĐU — Action programme of Hoa Sen ward (test file)\n"
    "Assessed as of 2026\n"
    "Data: none\n"
    "*** Illustrative data, not official statistics ***\n"
    "\n"
    "Consistency warnings\n"
    "  - none: the figures are consistent\n"
    "\n"
    "III.1 Main indicators\n"
    "  INDICATOR\n"
    "    STATUS              VALUE (YEAR)              ATTAINMENT\n"
    "  III.1 (1) budget-revenue — State budget revenue collected in the ward\n"
    "    On track            131.2 billion VND (2026)     111.0 %\n"
    "    → average growth 8–10 %/yr to 2030\n"
    /* 120.5 · 1.08^5 = 177.054 in 2030; (177.054 / 131.2)^(1/4) − 1 = 7.78 %;
     * at 131.2 / 120.5 − 1 = 8.88 %/yr, 131.2 · 1.0888^4 = 184.38 */
    "      needs growth of ≥ 7.8 %/yr over 2027–2030 to reach 177.1 billion VND in\n"
    "        2030; at the current pace (growth of 8.9 %/yr), 2030 reaches\n"
    "        184.4 billion VND (meets the target)\n"
    "  III.1 (2) schools-standard — Schools meeting the national standard\n"
    "    On track            78.5 % (2026)                 98.1 %\n"
    "    → ≥ 80 % by 2030\n"
    /* (80 − 78.5) / 4 = 0.375 a year; 78.5 + 3.5 · 4 = 92.5 */
    "      needs ≥ 80 % in 2030 (up 0.38 points a year); at the current pace,\n"
    "        2030 reaches 92.5 % (meets the target)\n"
    "  Roll-up: 2 indicators: 2 On track; mean score 4.32 (2 scored)\n"
    "\n"
    "Whole programme: 2 indicators: 2 On track; mean score 4.32 (2 scored)\n"
    "\n"
    "*** Illustrative data, not official statistics ***\n");
}
END_TEST

START_TEST (test_text_without_data)
{
  g_autoptr (DosonCtrReport) report = make_report (FALSE);

  doson_ctr_report_set_lang (report, "en");
  doson_ctr_report_set_grouping (report, DOSON_CTR_REPORT_GROUPING_UNIT);
  assert_document (report, DOSON_CTR_DOCUMENT_FORMAT_TEXT,
    "07-CTr/ĐU — Action programme of Hoa Sen ward (test file)\n"
    "Assessed as of 2026\n"
    "Data: none\n"
    "\n"
    "Consistency warnings\n"
    "  - none: the figures are consistent\n"
    "\n"
    "Ward People's Committee\n"
    "  INDICATOR\n"
    "    STATUS              VALUE (YEAR)  ATTAINMENT\n"
    "  III.1 (1) budget-revenue — State budget revenue collected in the ward\n"
    "    Insufficient data   —                      —\n"
    "    → average growth 8–10 %/yr to 2030\n"
    "      what is needed cannot be worked out: no value to start from; no projection\n"
    "        at the current pace: not enough data\n"
    "  III.1 (2) schools-standard — Schools meeting the national standard\n"
    "    Insufficient data   —                      —\n"
    "    → ≥ 80 % by 2030\n"
    "      needs ≥ 80 % in 2030; no projection at the current pace: not enough data\n"
    "  Roll-up: 2 indicators: 2 Insufficient data; no score\n"
    "\n"
    "Whole programme: 2 indicators: 2 Insufficient data; no score\n");
}
END_TEST

START_TEST (test_colour)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE);
  g_autofree char *text = NULL;
  g_autofree char *markdown = NULL;

  doson_ctr_report_set_lang (report, "en");
  doson_ctr_report_set_colour (report, TRUE);
  ck_assert (doson_ctr_report_get_colour (report));
  ck_assert_uint_eq (doson_ctr_report_get_width (report), 80);
  text = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_TEXT);
  ck_assert (g_str_has_prefix (text, "\033[1m07-CTr/ĐU — Action programme of Hoa Sen ward (test file)\033[0m\n"));
  ck_assert_ptr_nonnull (strstr (text, "\n    \033[32mOn track          \033[0m  131.2 billion VND (2026)"));
  ck_assert_ptr_nonnull (strstr (text, "\033[1;33m*** Illustrative data, not official statistics ***\033[0m\n"));
  /* Only text is ever coloured. */
  markdown = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN);
  ck_assert_ptr_null (strchr (markdown, '\033'));
}
END_TEST

/* @text has more than @min_lines lines, none wider than @width
 * columns once its colour sequences are left out. */
static void
assert_fits (const char *text,
             guint       width,
             guint       min_lines,
             const char *lang)
{
  g_autoptr (GRegex) colours = g_regex_new ("\033\\[[0-9;]*m", 0, 0, NULL);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  gsize i;

  ck_assert_uint_gt (g_strv_length (lines), min_lines);
  for (i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *plain = g_regex_replace_literal (colours, lines[i], -1, 0, "", 0, NULL);

      ck_assert_msg ((guint) g_utf8_strlen (plain, -1) <= width, "%s, %u columns, line %zu: %s",
                     lang, width, i + 1, lines[i]);
    }
}

/* The report of the built-in programme and the sample data
 * examples/data/measurements-illustrative.json, named so; *set is the
 * data, borrowed from the report's assessment. */
static DosonCtrReport *
make_example_report (DosonCtrMeasurementSet **set)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = srcdir_path ("..", "examples", "data", "measurements-illustrative.json", NULL);
  g_autoptr (DosonCtrProgram) program = doson_ctr_program_new_builtin (&error);
  g_autoptr (DosonCtrMeasurementSet) data = doson_ctr_measurement_set_new_from_file (path, &error);
  g_autoptr (DosonCtrAssessment) assessment = NULL;
  DosonCtrReport *report;

  ck_assert_msg (data != NULL, "%s", error != NULL ? error->message : "");
  assessment = doson_ctr_assessment_new (program, data, 0, NULL, &error);
  ck_assert_msg (assessment != NULL, "%s", error != NULL ? error->message : "");
  report = doson_ctr_report_new (assessment, &error);
  ck_assert_msg (report != NULL, "%s", error != NULL ? error->message : "");
  doson_ctr_report_set_data_name (report, path);
  if (set != NULL)
    *set = data;
  return report;
}

/* No line of the text report of the built-in programme and the sample
 * data is wider than the width, in characters, in either language; a
 * width of 0 leaves the long lines. The explanation of an indicator fits
 * the same width. */
START_TEST (test_text_width)
{
  static const char * const langs[] = { "vi", "en" };
  static const guint widths[] = { 80, 60 };
  g_autoptr (GError) error = NULL;
  g_autoptr (DosonCtrReport) report = make_example_report (NULL);
  gsize l, w;

  for (l = 0; l < G_N_ELEMENTS (langs); l++)
    for (w = 0; w < G_N_ELEMENTS (widths); w++)
      {
        g_autofree char *text = NULL;
        g_autofree char *explained = NULL;

        doson_ctr_report_set_lang (report, langs[l]);
        doson_ctr_report_set_width (report, widths[w]);
        doson_ctr_report_set_colour (report, w == 1);
        text = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_TEXT);
        assert_fits (text, widths[w], 100, langs[l]);
        /* the explanation of an indicator wraps to the same width */
        explained = doson_ctr_report_explain_indicator (report, "grdp-industry", &error);
        ck_assert_msg (explained != NULL, "%s", error != NULL ? error->message : "");
        assert_fits (explained, widths[w], 20, langs[l]);
      }
  doson_ctr_report_set_width (report, 0);
  ck_assert_uint_eq (doson_ctr_report_get_width (report), 0);
  {
    g_autofree char *text = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_TEXT);

    ck_assert_ptr_nonnull (strstr (text, " — Action programme of the Ward Party Executive Committee implementing the "));
  }
}
END_TEST

/* The Data line, the markdown heading and the JSON give the description
 * in the report's language only; a description in one language only is
 * given in both reports. */
START_TEST (test_description_lang)
{
  static const DosonCtrDocumentFormat formats[] = {
    DOSON_CTR_DOCUMENT_FORMAT_TEXT, DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN, DOSON_CTR_DOCUMENT_FORMAT_JSON
  };
  DosonCtrMeasurementSet *set = NULL;
  g_autoptr (DosonCtrReport) report = make_example_report (&set);
  gsize i;

  doson_ctr_report_set_width (report, 0);
  for (i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *vi = NULL, *en = NULL;

      doson_ctr_report_set_lang (report, "vi");
      vi = doson_ctr_report_to_string (report, formats[i]);
      doson_ctr_report_set_lang (report, "en");
      en = doson_ctr_report_to_string (report, formats[i]);
      ck_assert_ptr_nonnull (strstr (vi, "các con số trong tệp này là số liệu giả định"));
      ck_assert_ptr_null (strstr (vi, "invented sample figures"));
      ck_assert_ptr_nonnull (strstr (en, "invented sample figures"));
      ck_assert_ptr_null (strstr (en, "các con số trong tệp này"));
      /* the illustrative mark stays in both */
      ck_assert_ptr_nonnull (strstr (vi, "Số liệu minh họa, không phải số liệu chính thức"));
      ck_assert_ptr_nonnull (strstr (en, "Illustrative data, not official statistics"));
    }

  /* Only English: the Vietnamese report gives it rather than nothing. */
  doson_ctr_measurement_set_set_description (set, "vi", NULL);
  doson_ctr_report_set_lang (report, "vi");
  {
    g_autofree char *text = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_TEXT);

    ck_assert_ptr_nonnull (strstr (text, " — ILLUSTRATIVE DATA: the figures"));
  }
  /* None: nothing after the count. */
  doson_ctr_measurement_set_set_description (set, "en", NULL);
  {
    g_autofree char *text = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_TEXT);

    ck_assert_ptr_nonnull (strstr (text, " số liệu)\n"));
  }
}
END_TEST

START_TEST (test_markdown)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE);

  doson_ctr_report_set_lang (report, "vi");
  doson_ctr_report_set_grouping (report, DOSON_CTR_REPORT_GROUPING_UNIT);
  doson_ctr_report_set_data_name (report, "m.json");
  assert_document (report, DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN,
    "# 07-CTr/ĐU — Chương trình hành động phường Hoa Sen (tệp thử nghiệm)\n"
    "\n"
    "> **Số liệu minh họa, không phải số liệu chính thức**\n"
    "\n"
    "**Đánh giá đến năm 2026**\n"
    "\n"
    "**Số liệu:** m.json (4 số liệu) — Made up\n"
    "\n"
    "## Cảnh báo về tính nhất quán của số liệu\n"
    "\n"
    "- không có: các số liệu nhất quán\n"
    "\n"
    "## Ủy ban nhân dân phường\n"
    "\n"
    "| Mục | Chỉ tiêu | Tình trạng | Giá trị (năm) | Mục tiêu | Mức hoàn thành | Còn cần |\n"
    "|---|---|---|---|---|--:|---|\n"
    "| III.1 (1) | Thu ngân sách nhà nước trên địa bàn (`budget-revenue`) | Đúng tiến độ | 131,2 tỷ đồng (2026) "
    "| tăng bình quân 8–10 %/năm đến năm 2030 | 111,0 % "
    "| cần tăng ≥ 7,8 %/năm giai đoạn 2027–2030 để đạt 177,1 tỷ đồng vào năm 2030; "
    "theo nhịp hiện nay (tăng 8,9 %/năm), năm 2030 đạt 184,4 tỷ đồng (đạt mục tiêu) |\n"
    "| III.1 (2) | Tỷ lệ trường học đạt chuẩn quốc gia (`schools-standard`) | Đúng tiến độ | 78,5 % (2026) "
    "| ≥ 80 % đến năm 2030 | 98,1 % "
    "| cần đạt ≥ 80 % vào năm 2030 (mỗi năm tăng 0,38 điểm %); "
    "theo nhịp hiện nay, năm 2030 đạt 92,5 % (đạt mục tiêu) |\n"
    "\n"
    "Tổng hợp: 2 chỉ tiêu: 2 Đúng tiến độ; điểm bình quân 4,32 (2 chỉ tiêu có điểm)\n"
    "\n"
    "## Toàn chương trình\n"
    "\n"
    "2 chỉ tiêu: 2 Đúng tiến độ; điểm bình quân 4,32 (2 chỉ tiêu có điểm)\n"
    "\n"
    "> **Số liệu minh họa, không phải số liệu chính thức**\n");
}
END_TEST

START_TEST (test_csv)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE);

  doson_ctr_report_set_lang (report, "en");
  ck_assert_int_eq (doson_ctr_report_get_csv_style (report), DOSON_CTR_CSV_STYLE_PLAIN);
  /* The targets of the group, its roll-up, then the programme's. */
  assert_document (report, DOSON_CTR_DOCUMENT_FORMAT_CSV,
    "row,notice,as_of_year,goal,units,indicator,ref,name,unit,target_index,kind,level,status,label,due,"
    "value,year,figure,attainment,pace,score,reason,target,"
    "required_kind,required_per_year,required_total,required_from_year,required_to_year,required_reason,"
    "projection_year,projection_value,projection_meets,projection_reason,needs\n"
    "target,\"Illustrative data, not official statistics\",2026,iii-1,ubnd,budget-revenue,III.1 (1),"
    "State budget revenue collected in the ward,billion VND,0,average-growth,,substantial_progress,On track,"
    "false,131.2,2026,0.08879668049792522,1.1099585062240651,1.1099585062240651,3.642622614107874,,"
    "average growth 8–10 %/yr to 2030,"
    "growth-rate,0.07781195718823664,177.05403325440003,2027,2030,,2030,184.38304698887458,true,,"
    "\"needs growth of ≥ 7.8 %/yr over 2027–2030 to reach 177.1 billion VND in 2030; at the current pace "
    "(growth of 8.9 %/yr), 2030 reaches 184.4 billion VND (meets the target)\"\n"
    "target,\"Illustrative data, not official statistics\",2026,iii-1,ubnd,schools-standard,III.1 (2),"
    "Schools meeting the national standard,%,0,level,,substantial_progress,On track,"
    "false,78.5,2026,78.5,0.98125,3.592128701240746,5,,≥ 80 % by 2030,"
    "level,0.375,80,2027,2030,,2030,92.5,true,,"
    "\"needs ≥ 80 % in 2030 (up 0.38 points a year); at the current pace, 2030 reaches 92.5 % "
    "(meets the target)\"\n"
    "goal,\"Illustrative data, not official statistics\",2026,iii-1,,,,III.1 Main indicators,,,,,,"
    "2 indicators: 2 On track; mean score 4.32 (2 scored),,,,,,,4.3213113070539375,,,,,,,,,,,,,\n"
    "program,\"Illustrative data, not official statistics\",2026,,,,,"
    "07-CTr/ĐU — Action programme of Hoa Sen ward (test file),,,,,,"
    "2 indicators: 2 On track; mean score 4.32 (2 scored),,,,,,,4.3213113070539375,,,,,,,,,,,,,\n");
}
END_TEST

/* By unit, the unit's roll-up follows its rows instead of the goal's. */
START_TEST (test_csv_by_unit)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE);
  g_autofree char *by_goal = NULL;
  g_autofree char *by_unit = NULL;

  by_goal = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_CSV);
  doson_ctr_report_set_grouping (report, DOSON_CTR_REPORT_GROUPING_UNIT);
  by_unit = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_CSV);
  ck_assert_str_ne (by_goal, by_unit);
  ck_assert_ptr_nonnull (strstr (by_goal, "\ngoal,"));
  ck_assert_ptr_null (strstr (by_goal, "\nunit,"));
  ck_assert_ptr_nonnull (strstr (by_unit, "\nunit,\"Số liệu minh họa, không phải số liệu chính thức\",2026,,ubnd,,,"
                                           "Ủy ban nhân dân phường,"));
  ck_assert_ptr_null (strstr (by_unit, "\ngoal,"));
}
END_TEST

/* Excel: a byte order mark; vi: semicolons and decimal commas too, and
 * a field holding a semicolon quoted. */
START_TEST (test_csv_styles)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE);
  g_autofree char *plain = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_CSV);
  g_autofree char *excel = NULL;
  g_autofree char *vi = NULL;
  g_autofree char *text = NULL;

  doson_ctr_report_set_csv_style (report, DOSON_CTR_CSV_STYLE_EXCEL);
  ck_assert_int_eq (doson_ctr_report_get_csv_style (report), DOSON_CTR_CSV_STYLE_EXCEL);
  excel = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_CSV);
  ck_assert (g_str_has_prefix (excel, "\xEF\xBB\xBFrow,notice,"));
  ck_assert_str_eq (excel + 3, plain);

  doson_ctr_report_set_csv_style (report, DOSON_CTR_CSV_STYLE_VI);
  vi = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_CSV);
  ck_assert (g_str_has_prefix (vi, "\xEF\xBB\xBFrow;notice;as_of_year;goal;units;indicator;"));
  ck_assert_ptr_nonnull (strstr (vi, "\ntarget;Số liệu minh họa, không phải số liệu chính thức;2026;iii-1;ubnd;"
                                     "schools-standard;III.1 (2);Tỷ lệ trường học đạt chuẩn quốc gia;%;0;level;;"
                                     "substantial_progress;Đúng tiến độ;false;78,5;2026;78,5;0,98125;"
                                     "3,592128701240746;5;;≥ 80 % đến năm 2030;level;0,375;80;2027;2030;;2030;92,5;true;;"));
  ck_assert_ptr_nonnull (strstr (vi, ";\"2 chỉ tiêu: 2 Đúng tiến độ; điểm bình quân 4,32 (2 chỉ tiêu có điểm)\";"));

  /* Only CSV changes. */
  text = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_TEXT);
  ck_assert_ptr_null (strstr (text, "\xEF\xBB\xBF"));
}
END_TEST

START_TEST (test_csv_style_names)
{
  DosonCtrCsvStyle style = DOSON_CTR_CSV_STYLE_PLAIN;

  ck_assert_str_eq (doson_ctr_csv_style_to_string (DOSON_CTR_CSV_STYLE_VI), "vi");
  ck_assert_str_eq (doson_ctr_csv_style_to_string (DOSON_CTR_CSV_STYLE_EXCEL), "excel");
  ck_assert_ptr_null (doson_ctr_csv_style_to_string ((DosonCtrCsvStyle) 3));
  ck_assert (doson_ctr_csv_style_from_string ("excel", &style));
  ck_assert_int_eq (style, DOSON_CTR_CSV_STYLE_EXCEL);
  ck_assert (!doson_ctr_csv_style_from_string ("VI", &style));
  ck_assert (!doson_ctr_csv_style_from_string (NULL, &style));
  ck_assert_int_eq (style, DOSON_CTR_CSV_STYLE_EXCEL);
}
END_TEST

START_TEST (test_json)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE);
  g_autofree char *text = NULL;

  doson_ctr_report_set_lang (report, "en");
  doson_ctr_report_set_grouping (report, DOSON_CTR_REPORT_GROUPING_UNIT);
  text = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_JSON);
  ck_assert (g_str_has_prefix (text,
    "{\n"
    "  \"program_id\": \"hoa-sen-2026\",\n"
    "  \"program_code\": \"07-CTr/ĐU\",\n"
    "  \"program_title\": \"Action programme of Hoa Sen ward (test file)\",\n"
    "  \"year\": 2026,\n"
    "  \"lang\": \"en\",\n"
    "  \"illustrative\": true,\n"
    "  \"notice\": \"Illustrative data, not official statistics\",\n"
    "  \"data\": null,\n"
    "  \"description\": \"Made up\",\n"
    "  \"n_measurements\": 4,\n"
    "  \"by\": \"unit\",\n"
    "  \"indicators\": [\n"
    "    {\n"
    "      \"id\": \"budget-revenue\",\n"));
  /* A figure that does not exist is null; numbers are the shortest that
   * read back. */
  ck_assert_ptr_nonnull (strstr (text, "          \"level\": null,\n"));
  ck_assert_ptr_nonnull (strstr (text, "          \"attainment\": 0.98125,\n"));
  /* What is still needed, and where the pace leads: 80 − 78.5 over the
   * four years 2027–2030; 78.5 + 3.5 · 4 = 92.5 in 2030. */
  ck_assert_ptr_nonnull (strstr (text,
    "          \"required\": {\n"
    "            \"kind\": \"level\",\n"
    "            \"per_year\": 0.375,\n"
    "            \"total\": 80,\n"
    "            \"from_year\": 2027,\n"
    "            \"to_year\": 2030,\n"
    "            \"reachable\": true,\n"
    "            \"reason\": null\n"
    "          },\n"
    "          \"projection\": {\n"
    "            \"year\": 2030,\n"
    "            \"value\": 92.5,\n"
    "            \"figure\": 92.5,\n"
    "            \"meets\": true,\n"
    "            \"reason\": null\n"
    "          },\n"));
  ck_assert_ptr_nonnull (strstr (text,
    "  \"by_unit\": [\n"
    "    {\n"
    "      \"kind\": \"unit\",\n"
    "      \"id\": \"ubnd\",\n"
    "      \"title\": \"Ward People's Committee\",\n"
    "      \"n_indicators\": 2,\n"));
  ck_assert_ptr_nonnull (strstr (text, "      \"title\": \"III.1 Main indicators\",\n"));
  ck_assert_ptr_nonnull (strstr (text, "    \"mean_score\": 4.3213113070539375,\n"));
  ck_assert (g_str_has_suffix (text, "  },\n  \"warnings\": []\n}\n"));
}
END_TEST

START_TEST (test_write_file)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "report.csv", NULL);
  g_autofree char *expected = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_CSV);
  g_autofree char *contents = NULL;

  ck_assert (doson_ctr_report_write_file (report, DOSON_CTR_DOCUMENT_FORMAT_CSV, path, &error));
  ck_assert (g_file_get_contents (path, &contents, NULL, NULL));
  ck_assert_str_eq (contents, expected);
  ck_assert (!doson_ctr_report_write_file (report, DOSON_CTR_DOCUMENT_FORMAT_CSV, missing, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO));
  ck_assert_int_eq (g_unlink (path), 0);
  ck_assert_int_eq (g_rmdir (dir), 0);
}
END_TEST

/* multipurpose-halls, at least 1 hall for each school level by 2030: the
 * primary school has one in 2027, the lower secondary none, so the
 * markdown says what is still needed for that level, by its name. */
START_TEST (test_markdown_needs_per_level)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DosonCtrProgram) program = doson_ctr_program_new_builtin (&error);
  g_autoptr (DosonCtrMeasurementSet) set = doson_ctr_measurement_set_new ();
  g_autoptr (DosonCtrAssessment) assessment = NULL;
  g_autoptr (DosonCtrReport) report = NULL;
  g_autofree char *text = NULL;
  static const struct { const char *level; int year; double value; } rows[] = {
    { "primary", 2025, 0 }, { "primary", 2027, 1 },
    { "lower-secondary", 2025, 0 }, { "lower-secondary", 2027, 0 },
  };
  gsize i;

  ck_assert_ptr_nonnull (program);
  for (i = 0; i < G_N_ELEMENTS (rows); i++)
    ck_assert (doson_ctr_measurement_set_add_value (set, "multipurpose-halls", rows[i].year, rows[i].level,
                                                    rows[i].value, &error));
  assessment = doson_ctr_assessment_new (program, set, 2027, NULL, &error);
  ck_assert_msg (assessment != NULL, "%s", error != NULL ? error->message : "");
  report = doson_ctr_report_new (assessment, &error);
  ck_assert_ptr_nonnull (report);
  doson_ctr_report_set_lang (report, "vi");
  text = doson_ctr_report_to_string (report, DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN);
  ck_assert_msg (strstr (text, " | Trung học cơ sở: cần thêm 1 nhà đến năm 2030; theo nhịp hiện nay, "
                               "năm 2030 đạt 0 nhà (không đạt mục tiêu) |\n") != NULL, "%s", text);
}
END_TEST

START_TEST (test_explain_indicator)
{
  g_autoptr (DosonCtrReport) report = make_report (TRUE);
  g_autoptr (GError) error = NULL;
  g_autofree char *en = NULL;
  g_autofree char *vi = NULL;
  char *none;

  /* schools-standard, ">= 80 % by 2030", 75 in 2025 and 78.5 in 2026:
   * attainment 78.5 / 80 = 98.1 %, then the target's explanation */
  doson_ctr_report_set_lang (report, "en");
  en = doson_ctr_report_explain_indicator (report, "schools-standard", &error);
  ck_assert_msg (en != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_msg (g_str_has_prefix (en, "III.1 (2) schools-standard — Schools meeting the national standard\n"
                                       "Assessed as of 2026\n"
                                       "Data: none\n"
                                       "*** Illustrative data, not official statistics ***\n"
                                       "Status: On track; score "), "%s", en);
  ck_assert_msg (strstr (en, "\nValue (year): 78.5 % (2026)\nAttainment: 98.1 %\n\n→ ≥ 80 % by 2030\n"
                             "  needs ≥ 80 % in 2030 (up 0.38 points a year); at the current pace,\n"
                             "    2030 reaches 92.5 % (meets the target)\n"
                             "Indicator: schools-standard\n") != NULL, "%s", en);
  /* the figures of what is still needed, (80 − 78.5) / 4 = 0.375 points
   * a year, and of the line so far, 78.5 + 3.5 · 4 = 92.5, with their
   * units, wrapped to 80 columns */
  ck_assert_msg (strstr (en, "\nStill needed: level to reach 2027–2030, per year 0.38 points, total 80 %\n"
                             "At the current pace: 2030, value 92.5 %, figure compared 92.5 %, "
                             "meets the\n  target: yes\n") != NULL, "%s", en);
  /* the actual growth (78.5 / 75 − 1 = 4.67 %) as a rate, the score with
   * two decimals */
  ck_assert_msg (strstr (en, "\nCompound growth CAGR_a: 4.7 %/yr\n") != NULL, "%s", en);
  ck_assert_msg (strstr (en, "\nScore: 5.00\n") != NULL, "%s", en);
  ck_assert (g_str_has_suffix (en, "\n"));

  doson_ctr_report_set_lang (report, "vi");
  vi = doson_ctr_report_explain_indicator (report, "schools-standard", &error);
  ck_assert_ptr_nonnull (vi);
  ck_assert_msg (strstr (vi, "Mức độ hoàn thành: 98,1 %\n") != NULL, "%s", vi);
  ck_assert_msg (strstr (vi, "Chỉ tiêu: schools-standard\n") != NULL, "%s", vi);
  ck_assert_msg (strstr (vi, "\nHiện tại: 2026, giá trị 78,5 %\n") != NULL, "%s", vi);
  ck_assert_msg (strstr (vi, "\nTốc độ tăng bình quân thực tế từ năm gốc: 4,7 %/năm\n") != NULL, "%s", vi);
  ck_assert_msg (strstr (vi, "\nCòn cần: mức cần đạt 2027–2030, mỗi năm 0,38 điểm %, tổng 80 %\n") != NULL, "%s", vi);

  none = doson_ctr_report_explain_indicator (report, "schools", &error);
  ck_assert_ptr_null (none);
  assert_error (error, DOSON_CTR_ERROR_INVALID_ARGUMENT,
                "indicator \"schools\": the programme \"hoa-sen-2026\" has no such indicator");
}
END_TEST

START_TEST (test_grouping_names)
{
  DosonCtrReportGrouping grouping = DOSON_CTR_REPORT_GROUPING_GOAL;

  ck_assert_str_eq (doson_ctr_report_grouping_to_string (DOSON_CTR_REPORT_GROUPING_UNIT), "unit");
  ck_assert_ptr_null (doson_ctr_report_grouping_to_string ((DosonCtrReportGrouping) 2));
  ck_assert (doson_ctr_report_grouping_from_string ("unit", &grouping));
  ck_assert_int_eq (grouping, DOSON_CTR_REPORT_GROUPING_UNIT);
  ck_assert (!doson_ctr_report_grouping_from_string ("goals", &grouping));
  ck_assert_int_eq (grouping, DOSON_CTR_REPORT_GROUPING_UNIT);
}
END_TEST

static Suite *
report_suite (void)
{
  Suite *s = suite_create ("report");
  TCase *tc = tcase_create ("core");

  tcase_add_test (tc, test_defaults);
  tcase_add_test (tc, test_text);
  tcase_add_test (tc, test_text_without_data);
  tcase_add_test (tc, test_colour);
  tcase_add_test (tc, test_text_width);
  tcase_add_test (tc, test_description_lang);
  tcase_add_test (tc, test_markdown);
  tcase_add_test (tc, test_csv);
  tcase_add_test (tc, test_csv_by_unit);
  tcase_add_test (tc, test_csv_styles);
  tcase_add_test (tc, test_csv_style_names);
  tcase_add_test (tc, test_json);
  tcase_add_test (tc, test_write_file);
  tcase_add_test (tc, test_grouping_names);
  tcase_add_test (tc, test_markdown_needs_per_level);
  tcase_add_test (tc, test_explain_indicator);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (report_suite ());
}
