/* test-words.c: a target in words, and the list of a programme's targets
 * in each document format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdlib.h>
#include <string.h>

#include "doson-ctr-test.h"

/* Two indicators: a range of growth, and a level whose name holds a
 * comma and a "|", which CSV must quote and markdown escape. */
static const char program_json[] =
  "{\"format\": \"doson-ctr-program\", \"version\": 1, \"id\": \"hoa-sen\","
  " \"code\": \"07-CTr/ĐU\","
  " \"title\": {\"vi\": \"Chương trình thử\", \"en\": \"Test programme\"},"
  " \"term_start\": 2025, \"term_end\": 2030,"
  " \"units\": [{\"id\": \"ubnd\", \"name\": {\"vi\": \"Ủy ban\", \"en\": \"Committee\"}}],"
  " \"goals\": [{\"id\": \"g1\", \"ref\": \"III.1\", \"title\": {\"vi\": \"Chỉ tiêu\", \"en\": \"Indicators\"},"
  "   \"lead_units\": [\"ubnd\"]}],"
  " \"indicators\": ["
  "  {\"id\": \"revenue\", \"ref\": \"(1)\", \"name\": {\"vi\": \"Thu ngân sách\", \"en\": \"Revenue\"},"
  "   \"unit\": {\"vi\": \"tỷ đồng\", \"en\": \"billion VND\"}, \"measure\": \"amount\","
  "   \"direction\": \"higher\", \"goal\": \"g1\", \"lead_units\": [\"ubnd\"],"
  "   \"targets\": [{\"kind\": \"average-growth\", \"comparator\": \"range\", \"low\": 0.08, \"high\": 0.1}]},"
  "  {\"id\": \"schools\", \"ref\": \"(2)\", \"name\": {\"vi\": \"Trường đạt chuẩn\", \"en\": \"Schools, standard | national\"},"
  "   \"unit\": {\"vi\": \"trường\", \"en\": \"schools\"}, \"measure\": \"count\", \"direction\": \"higher\","
  "   \"goal\": \"g1\", \"lead_units\": [\"ubnd\"],"
  "   \"targets\": [{\"kind\": \"level\", \"comparator\": \">=\", \"value\": 12500.5, \"deadline_year\": 2030}]}"
  " ]}";

static DosonCtrProgram *
load_program (void)
{
  g_autoptr (GError) error = NULL;
  DosonCtrProgram *program = doson_ctr_program_new_from_data (program_json, -1, "test.json", &error);

  ck_assert_msg (program != NULL, "%s", error != NULL ? error->message : "");
  return program;
}

static char *
describe (DosonCtrProgram *program,
          const char      *id,
          const char      *lang)
{
  DosonCtrIndicator *indicator = doson_ctr_program_lookup_indicator (program, id);

  return doson_ctr_target_describe (g_ptr_array_index (doson_ctr_indicator_get_targets (indicator), 0),
                                    indicator, lang);
}

START_TEST (test_target_describe)
{
  g_autoptr (DosonCtrProgram) program = load_program ();
  g_autofree char *growth_en = describe (program, "revenue", "en");
  g_autofree char *growth_vi = describe (program, "revenue", "vi_VN.UTF-8");
  g_autofree char *level_en = describe (program, "schools", "en-GB");
  g_autofree char *level_vi = describe (program, "schools", NULL);

  ck_assert_str_eq (growth_en, "average growth 8–10 %/yr to 2030");
  ck_assert_str_eq (growth_vi, "tăng bình quân 8–10 %/năm đến năm 2030");
  /* Digits grouped from 1000 up, with the separators of the language. */
  ck_assert_str_eq (level_en, "≥ 12,500.5 schools by 2030");
  ck_assert_str_eq (level_vi, "≥ 12.500,5 trường đến năm 2030");
}
END_TEST

/* The whole built-in programme in Vietnamese: a deadline reads "đến
 * năm", never "vào năm", and a range of growth "17–19 %/năm". */
START_TEST (test_vietnamese_wording)
{
  g_autoptr (DosonCtrProgram) program = doson_ctr_program_new_builtin (NULL);
  g_autofree char *text = doson_ctr_program_list_to_string (program, DOSON_CTR_DOCUMENT_FORMAT_TEXT, "vi");

  ck_assert_ptr_null (strstr (text, "vào năm"));
  ck_assert_ptr_null (strstr (text, "từ 17 đến"));
  ck_assert_ptr_nonnull (strstr (text, "→ tăng bình quân 17–19 %/năm đến năm 2030\n"));
  ck_assert_ptr_nonnull (strstr (text, "→ ≥ 97 % đến năm 2030\n"));
  ck_assert_ptr_nonnull (strstr (text, "→ đến năm 2030 đạt\n"));
}
END_TEST

static void
assert_value (DosonCtrIndicator *indicator,
              double             value,
              const char        *lang,
              const char        *expected)
{
  g_autofree char *text = doson_ctr_indicator_format_value (indicator, value, lang);

  ck_assert_str_eq (text, expected);
}

START_TEST (test_value_with_unit)
{
  g_autoptr (DosonCtrProgram) program = doson_ctr_program_new_builtin (NULL);
  DosonCtrIndicator *grdp = doson_ctr_program_lookup_indicator (program, "grdp");
  DosonCtrIndicator *arrivals = doson_ctr_program_lookup_indicator (program, "tourist-arrivals");
  DosonCtrIndicator *coverage = doson_ctr_program_lookup_indicator (program, "health-insurance-coverage");
  DosonCtrIndicator *drugs = doson_ctr_program_lookup_indicator (program, "drug-free-ward");

  /* An amount of 2020 with its unit and its thousands grouped: it cannot
   * be read as a year. */
  assert_value (grdp, 2020, "vi", "2.020 tỷ đồng");
  assert_value (grdp, 2020, "en", "2,020 billion VND");
  assert_value (grdp, 497.5, NULL, "497,5 tỷ đồng");
  assert_value (grdp, -0.0, "en", "0 billion VND");
  assert_value (arrivals, 1150000, "vi", "1.150.000 lượt khách");
  assert_value (arrivals, 999, "en", "999 arrivals");
  assert_value (coverage, 97.1, "vi", "97,1 %");
  assert_value (coverage, 97.1, "en", "97.1 %");
  assert_value (drugs, 1, "vi", "có");
  assert_value (drugs, 0, "en", "no");
}
END_TEST

/* English counts of exactly one take the singular of a plural unit of
 * one word; other figures, units of several words and Vietnamese keep
 * the unit as it is. */
START_TEST (test_value_singular_unit)
{
  g_autoptr (DosonCtrProgram) program = doson_ctr_program_new_builtin (NULL);
  DosonCtrIndicator *orgs = doson_ctr_program_lookup_indicator (program, "party-orgs-nonstate");
  DosonCtrIndicator *businesses = doson_ctr_program_lookup_indicator (program, "households-converted");
  DosonCtrIndicator *offences = doson_ctr_program_lookup_indicator (program, "criminal-offences");
  DosonCtrIndicator *centres = doson_ctr_program_lookup_indicator (program, "shopping-centres");
  DosonCtrIndicator *grdp = doson_ctr_program_lookup_indicator (program, "grdp");

  assert_value (orgs, 1, "en", "1 organisation");
  assert_value (orgs, 2, "en", "2 organisations");
  assert_value (orgs, 0, "en", "0 organisations");
  assert_value (orgs, 1, "vi", "1 tổ chức");
  assert_value (businesses, 1, "en", "1 business");
  assert_value (businesses, 3, "en", "3 businesses");
  assert_value (offences, 1, "en", "1 case");
  assert_value (offences, 1.5, "en", "1.5 cases");
  assert_value (centres, 1, "en", "1 centre");
  assert_value (grdp, 1, "en", "1 billion VND");
}
END_TEST

static void
assert_list (DosonCtrDocumentFormat  format,
             const char             *lang,
             const char             *expected)
{
  g_autoptr (DosonCtrProgram) program = load_program ();
  g_autofree char *text = doson_ctr_program_list_to_string (program, format, lang);

  ck_assert_str_eq (text, expected);
}

START_TEST (test_list_text)
{
  assert_list (DOSON_CTR_DOCUMENT_FORMAT_TEXT, "en",
               "07-CTr/ĐU — Test programme (2025–2030)\n"
               "2 indicators\n"
               "\n"
               "ID       REF  NAME / TARGET\n"
               "revenue  (1)  Revenue\n"
               "              → average growth 8–10 %/yr to 2030\n"
               "schools  (2)  Schools, standard | national\n"
               "              → ≥ 12,500.5 schools by 2030\n");
}
END_TEST

START_TEST (test_list_markdown)
{
  assert_list (DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN, "vi",
               "# 07-CTr/ĐU — Chương trình thử (2025–2030)\n"
               "\n"
               "| ID | Mục | Tên | Mục tiêu |\n"
               "|---|---|---|---|\n"
               "| `revenue` | (1) | Thu ngân sách | tăng bình quân 8–10 %/năm đến năm 2030 |\n"
               "| `schools` | (2) | Trường đạt chuẩn | ≥ 12.500,5 trường đến năm 2030 |\n");
  assert_list (DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN, "en",
               "# 07-CTr/ĐU — Test programme (2025–2030)\n"
               "\n"
               "| ID | Ref | Name | Target |\n"
               "|---|---|---|---|\n"
               "| `revenue` | (1) | Revenue | average growth 8–10 %/yr to 2030 |\n"
               "| `schools` | (2) | Schools, standard \\| national | ≥ 12,500.5 schools by 2030 |\n");
}
END_TEST

START_TEST (test_list_csv)
{
  assert_list (DOSON_CTR_DOCUMENT_FORMAT_CSV, "en",
               "id,ref,name,unit,measure,direction,goal,units,kind,comparator,value,low,high,"
               "range,first_year,deadline_year,per_disaggregation,target\n"
               "revenue,(1),Revenue,billion VND,amount,higher,g1,ubnd,average-growth,range,,"
               "0.08,0.1,floor-stretch,2026,2030,false,average growth 8–10 %/yr to 2030\n"
               "schools,(2),\"Schools, standard | national\",schools,count,higher,g1,ubnd,level,>=,"
               "12500.5,,,,2026,2030,false,\"≥ 12,500.5 schools by 2030\"\n");
}
END_TEST

START_TEST (test_list_json)
{
  g_autoptr (DosonCtrProgram) program = load_program ();
  g_autofree char *text = doson_ctr_program_list_to_string (program, DOSON_CTR_DOCUMENT_FORMAT_JSON, "en");

  ck_assert (g_str_has_prefix (text, "[\n  {\n    \"id\": \"revenue\",\n    \"ref\": \"(1)\",\n"
                                     "    \"name\": {\n      \"vi\": \"Thu ngân sách\",\n"
                                     "      \"en\": \"Revenue\"\n    },\n"));
  ck_assert_ptr_nonnull (strstr (text, "        \"low\": 0.08,\n        \"high\": 0.1,\n"));
  ck_assert_ptr_nonnull (strstr (text, "        \"summary\": {\n"
                                       "          \"vi\": \"≥ 12.500,5 trường đến năm 2030\",\n"
                                       "          \"en\": \"≥ 12,500.5 schools by 2030\"\n"
                                       "        }\n"));
  ck_assert_ptr_nonnull (strstr (text, "    \"note\": null,\n"));
  ck_assert (g_str_has_suffix (text, "  }\n]\n"));
}
END_TEST

START_TEST (test_document_format_names)
{
  DosonCtrDocumentFormat format = DOSON_CTR_DOCUMENT_FORMAT_CSV;

  ck_assert_str_eq (doson_ctr_document_format_to_string (DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN), "markdown");
  ck_assert_str_eq (doson_ctr_document_format_to_string (DOSON_CTR_DOCUMENT_FORMAT_HTML), "html");
  ck_assert_ptr_null (doson_ctr_document_format_to_string ((DosonCtrDocumentFormat) 5));
  ck_assert (doson_ctr_document_format_from_string ("json", &format));
  ck_assert_int_eq (format, DOSON_CTR_DOCUMENT_FORMAT_JSON);
  ck_assert (!doson_ctr_document_format_from_string ("JSON", &format));
  ck_assert (!doson_ctr_document_format_from_string (NULL, &format));
  ck_assert_int_eq (format, DOSON_CTR_DOCUMENT_FORMAT_JSON);
}
END_TEST

/* Numbers and percentages for people, by language. */
START_TEST (test_figure_and_percentage)
{
  static const struct { double value; const char *vi, *en; } figures[] = {
    { 1234567.5, "1.234.567,5", "1,234,567.5" },
    { -1000, "-1.000", "-1,000" },
    { 999, "999", "999" },
    { 0.25, "0,25", "0.25" },
    { -0.0, "0", "0" },
  };
  static const struct { double fraction; guint places; const char *vi, *en; } percentages[] = {
    { 0.1, 4, "10,0000 %", "10.0000 %" },
    { 0.964, 1, "96,4 %", "96.4 %" },
    { -0.00001, 2, "0,00 %", "0.00 %" },
    { 0.5, 0, "50 %", "50 %" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_autofree char *vi = doson_ctr_format_figure (figures[i].value, "vi_VN.UTF-8");
      g_autofree char *en = doson_ctr_format_figure (figures[i].value, "en");
      g_autofree char *by_default = doson_ctr_format_figure (figures[i].value, NULL);

      ck_assert_str_eq (vi, figures[i].vi);
      ck_assert_str_eq (en, figures[i].en);
      ck_assert_str_eq (by_default, figures[i].vi);
    }
  for (i = 0; i < G_N_ELEMENTS (percentages); i++)
    {
      g_autofree char *vi = doson_ctr_format_percentage (percentages[i].fraction,
                                                         percentages[i].places, "vi-VN");
      g_autofree char *en = doson_ctr_format_percentage (percentages[i].fraction,
                                                         percentages[i].places, "en");

      ck_assert_str_eq (vi, percentages[i].vi);
      ck_assert_str_eq (en, percentages[i].en);
    }
}
END_TEST

/* The one language rule, for callers that must refuse other languages. */
START_TEST (test_lang_normalize)
{
  ck_assert_str_eq (doson_ctr_lang_normalize ("vi"), "vi");
  ck_assert_str_eq (doson_ctr_lang_normalize ("vi-VN"), "vi");
  ck_assert_str_eq (doson_ctr_lang_normalize ("vi_VN.UTF-8"), "vi");
  ck_assert_str_eq (doson_ctr_lang_normalize ("EN-gb"), "en");
  ck_assert_str_eq (doson_ctr_lang_normalize ("en_US.UTF-8"), "en");
  ck_assert_ptr_null (doson_ctr_lang_normalize ("fr"));
  ck_assert_ptr_null (doson_ctr_lang_normalize ("vietnamese"));
  ck_assert_ptr_null (doson_ctr_lang_normalize ("C"));
  ck_assert_ptr_null (doson_ctr_lang_normalize (""));
  ck_assert_ptr_null (doson_ctr_lang_normalize (NULL));
}
END_TEST

static Suite *
words_suite (void)
{
  Suite *s = suite_create ("words");
  TCase *tc = tcase_create ("core");

  tcase_add_test (tc, test_target_describe);
  tcase_add_test (tc, test_value_with_unit);
  tcase_add_test (tc, test_value_singular_unit);
  tcase_add_test (tc, test_vietnamese_wording);
  tcase_add_test (tc, test_list_text);
  tcase_add_test (tc, test_list_markdown);
  tcase_add_test (tc, test_list_csv);
  tcase_add_test (tc, test_list_json);
  tcase_add_test (tc, test_document_format_names);
  tcase_add_test (tc, test_figure_and_percentage);
  tcase_add_test (tc, test_lang_normalize);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (words_suite ());
}
