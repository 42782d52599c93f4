/* test-program-json.c: programme files (doc/formats.md, section 2):
 * the documented examples, round trips, and every loader error with its
 * position
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "doson-ctr-test.h"
/* ---------------------------------------------------------------------- */
/* The documented examples */

START_TEST (test_doc_example_program)
{
  g_autofree char *text = doc_example ("program");
  g_autofree char *fixture_path = srcdir_path ("data", "program", "example-program.json", NULL);
  g_autofree char *fixture = test_read_file (fixture_path, NULL);
  g_autoptr(DosonCtrProgram) program = NULL;
  DosonCtrIndicator *indicator;
  const DosonCtrTarget *target;
  GError *error = NULL;
  double low, high;

  /* The fixture is an identical copy of the documented example. */
  ck_assert_str_eq (text, fixture);

  program = doson_ctr_program_new_from_data (text, -1, "formats.md", &error);
  ck_assert_msg (program != NULL, "%s", error ? error->message : "");
  ck_assert_str_eq (doson_ctr_program_get_id (program), "hoa-sen-2026");
  ck_assert_str_eq (doson_ctr_program_get_code (program), "07-CTr/ĐU");
  ck_assert_str_eq (doson_ctr_program_get_date (program), "2025-10-15");
  ck_assert_str_eq (doson_ctr_program_get_issuing_body (program, "en"),
                    "Party Executive Committee of Hoa Sen ward");
  ck_assert_int_eq (doson_ctr_program_get_baseline_year (program), 2025);
  ck_assert_uint_eq (doson_ctr_program_get_units (program)->len, 2);
  ck_assert_uint_eq (doson_ctr_program_get_goals (program)->len, 2);
  ck_assert_uint_eq (doson_ctr_program_get_indicators (program)->len, 3);
  ck_assert_ptr_eq (doson_ctr_goal_get_parent (doson_ctr_program_lookup_goal (program, "iii-1")),
                    doson_ctr_program_lookup_goal (program, "iii"));
  ck_assert_str_eq (g_ptr_array_index (doson_ctr_goal_get_resolutions (doson_ctr_program_lookup_goal (program, "iii")), 0),
                    "57-NQ/TW");

  indicator = doson_ctr_program_lookup_indicator (program, "budget-revenue");
  target = g_ptr_array_index (doson_ctr_indicator_get_targets (indicator), 0);
  ck_assert_int_eq (doson_ctr_target_get_kind (target), DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH);
  ck_assert (doson_ctr_target_get_range (target, &low, &high));
  ck_assert_double_eq (low, 0.08);
  ck_assert_double_eq (high, 0.1);
  ck_assert_double_eq (doson_ctr_target_get_floor (target, doson_ctr_indicator_get_direction (indicator)), 0.08);

  indicator = doson_ctr_program_lookup_indicator (program, "schools-standard");
  ck_assert_str_eq (doson_ctr_indicator_get_disaggregation (indicator), "level");
  ck_assert_str_eq (doson_ctr_indicator_get_disaggregation_value_name (indicator, "primary", "vi"), "Tiểu học");
  target = g_ptr_array_index (doson_ctr_indicator_get_targets (indicator), 0);
  ck_assert (doson_ctr_target_get_per_disaggregation (target));
  /* A default first year is resolved on load. */
  ck_assert_int_eq (doson_ctr_target_get_first_year (target), 2026);
  ck_assert_int_eq (doson_ctr_target_get_deadline_year (target), 2030);

  indicator = doson_ctr_program_lookup_indicator (program, "schools-standard-level-2");
  ck_assert_int_eq (doson_ctr_indicator_get_relation (indicator), DOSON_CTR_INDICATOR_RELATION_SUBSET_OF);
  ck_assert_str_eq (doson_ctr_indicator_get_related_id (indicator), "schools-standard");
}
END_TEST

/* Round trips */

static void
assert_program_round_trip (DosonCtrProgram *program)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(DosonCtrProgram) again = NULL;
  GError *error = NULL;
  gsize length = 0;

  first = doson_ctr_program_to_data (program, &length);
  ck_assert_uint_eq (length, strlen (first));
  again = doson_ctr_program_new_from_data (first, (gssize) length, "written", &error);
  ck_assert_msg (again != NULL, "%s\n%s", error ? error->message : "", first);
  ck_assert (doson_ctr_program_equal (program, again));
  second = doson_ctr_program_to_data (again, NULL);
  ck_assert_str_eq (first, second);
}

START_TEST (test_round_trip_example)
{
  g_autofree char *text = doc_example ("program");
  g_autoptr(DosonCtrProgram) program = doson_ctr_program_new_from_data (text, -1, "x", NULL);

  ck_assert_ptr_nonnull (program);
  assert_program_round_trip (program);
}
END_TEST

START_TEST (test_round_trip_built_in_code)
{
  g_autoptr(DosonCtrProgram) program = doson_ctr_program_new ("coded", 2026, 2030, 2025);
  g_autoptr(DosonCtrProgram) other = NULL;
  g_autoptr(DosonCtrResponsibleUnit) unit = doson_ctr_responsible_unit_new ("ca");
  g_autoptr(DosonCtrGoal) goal = doson_ctr_goal_new ("iv");
  g_autoptr(DosonCtrIndicator) crime = doson_ctr_indicator_new ("criminal-offences");
  g_autoptr(DosonCtrIndicator) free_ward = doson_ctr_indicator_new ("drug-free-ward");
  g_autoptr(DosonCtrTarget) yoy = NULL;
  g_autoptr(DosonCtrTarget) milestone = NULL;
  GError *error = NULL;

  doson_ctr_program_set_title (program, "vi", "Chương trình \"thử\"\tvới ký tự \\ đặc biệt\n");
  doson_ctr_responsible_unit_set_name (unit, "vi", "Công an phường");
  ck_assert (doson_ctr_program_add_unit (program, unit, &error));
  doson_ctr_goal_set_title (goal, "vi", "Quốc phòng, an ninh");
  doson_ctr_goal_set_title (goal, "en", "Defence and security");
  doson_ctr_goal_add_resolution (goal, "Quy định 339-QĐ/TW");
  ck_assert (doson_ctr_program_add_goal (program, goal, &error));

  doson_ctr_indicator_set_name (crime, "vi", "Số vụ phạm pháp hình sự");
  doson_ctr_indicator_set_measure (crime, DOSON_CTR_MEASURE_COUNT);
  doson_ctr_indicator_set_direction (crime, DOSON_CTR_DIRECTION_LOWER);
  doson_ctr_indicator_set_goal_id (crime, "iv");
  doson_ctr_indicator_add_lead_unit (crime, "ca");
  yoy = doson_ctr_target_new (DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR, DOSON_CTR_COMPARATOR_AT_MOST, -0.05, &error);
  doson_ctr_target_set_text (yoy, "vi", "Giảm ít nhất 5 % mỗi năm");
  doson_ctr_indicator_add_target (crime, yoy);
  ck_assert (doson_ctr_program_add_indicator (program, crime, &error));

  doson_ctr_indicator_set_name (free_ward, "vi", "Phường không ma túy");
  doson_ctr_indicator_set_measure (free_ward, DOSON_CTR_MEASURE_BOOLEAN);
  doson_ctr_indicator_set_goal_id (free_ward, "iv");
  doson_ctr_indicator_add_lead_unit (free_ward, "ca");
  milestone = doson_ctr_target_new (DOSON_CTR_TARGET_KIND_MILESTONE, DOSON_CTR_COMPARATOR_EQUAL, 1, &error);
  doson_ctr_target_set_years (milestone, 2028, 2028);
  doson_ctr_indicator_add_target (free_ward, milestone);
  ck_assert (doson_ctr_program_add_indicator (program, free_ward, &error));

  assert_program_round_trip (program);

  /* Equality sees a difference. */
  other = doson_ctr_program_new ("coded", 2026, 2030, 2025);
  ck_assert (!doson_ctr_program_equal (program, other));
}
END_TEST

START_TEST (test_round_trip_files)
{
  g_autofree char *text = doc_example ("program");
  g_autofree char *mtext = doc_example ("measurements");
  g_autoptr(DosonCtrProgram) program = doson_ctr_program_new_from_data (text, -1, "x", NULL);
  g_autoptr(DosonCtrProgram) reread = NULL;
  g_autoptr(DosonCtrMeasurementSet) set = doson_ctr_measurement_set_new_from_json_data (mtext, -1, "x", NULL);
  g_autoptr(DosonCtrMeasurementSet) from_json = NULL;
  g_autoptr(DosonCtrMeasurementSet) from_csv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("doson-ctr-test-XXXXXX", NULL);
  g_autofree char *program_path = g_build_filename (dir, "program.json", NULL);
  g_autofree char *json_path = g_build_filename (dir, "m.json", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "m.CSV", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *not_a_dir = g_build_filename (dir, "missing", "x.json", NULL);
  g_autofree char *csv_text = NULL;

  ck_assert_ptr_nonnull (dir);
  ck_assert (doson_ctr_program_save_to_file (program, program_path, &error));
  reread = doson_ctr_program_new_from_file (program_path, &error);
  ck_assert_msg (reread != NULL, "%s", error ? error->message : "");
  ck_assert (doson_ctr_program_equal (program, reread));

  ck_assert (doson_ctr_measurement_set_save_to_file (set, json_path, &error));
  ck_assert (doson_ctr_measurement_set_save_to_file (set, csv_path, &error));
  from_json = doson_ctr_measurement_set_new_from_file (json_path, &error);
  ck_assert_ptr_nonnull (from_json);
  ck_assert (doson_ctr_measurement_set_equal (set, from_json));
  /* ".CSV" is CSV too. */
  ck_assert (g_file_get_contents (csv_path, &csv_text, NULL, NULL));
  ck_assert_msg (g_str_has_prefix (csv_text, "# program: hoa-sen-2026\n"
                                   "# illustrative: true\n"
                                   "# description: Illustrative figures made up for the "
                                   "documentation; not real data.\n"
                                   "indicator,year,value,level,source,note\n"),
                 "%s", csv_text);
  from_csv = doson_ctr_measurement_set_new_from_file (csv_path, &error);
  ck_assert_msg (from_csv != NULL, "%s", error ? error->message : "");
  ck_assert_uint_eq (doson_ctr_measurement_set_get_size (from_csv), 6);
  ck_assert (doson_ctr_measurement_set_equal (set, from_csv));

  ck_assert_ptr_null (doson_ctr_program_new_from_file (missing, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO));
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_measurement_set_new_from_file (missing, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO));
  g_clear_error (&error);
  ck_assert (!doson_ctr_program_save_to_file (program, not_a_dir, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO));
  g_clear_error (&error);

  g_unlink (program_path);
  g_unlink (json_path);
  g_unlink (csv_path);
  g_rmdir (dir);
}
END_TEST

START_TEST (test_save_without_title)
{
  g_autoptr(DosonCtrProgram) program = doson_ctr_program_new ("untitled", 2025, 2030, 2025);
  g_autoptr(GError) error = NULL;

  ck_assert (!doson_ctr_program_save_to_file (program, "never-written.json", &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
  ck_assert (!g_file_test ("never-written.json", G_FILE_TEST_EXISTS));
}
END_TEST

START_TEST (test_round_trip_numbers)
{
  static const double values[] = { 0.1, 1.0 / 3.0, 5.7e6, 1e-7, 123456789012345678.0, -0.05, 0, 97 };
  g_autoptr(DosonCtrMeasurementSet) set = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrMeasurementSet) back = NULL;
  g_autoptr(DosonCtrMeasurementSet) back_csv = NULL;
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;
  GError *error = NULL;
  guint i;

  doson_ctr_measurement_set_set_description (set, "vi", "quoted \"text\", with commas\nand lines");
  for (i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autoptr(DosonCtrMeasurement) m = doson_ctr_measurement_new ("x", 2020 + (int) i, values[i]);
      doson_ctr_measurement_set_note (m, i % 2 ? " leading blank" : "a,\"b\"\nc");
      ck_assert (doson_ctr_measurement_set_add (set, m, &error));
    }
  json = doson_ctr_measurement_set_to_json_data (set, NULL);
  back = doson_ctr_measurement_set_new_from_json_data (json, -1, "x", &error);
  ck_assert_msg (back != NULL, "%s", error ? error->message : "");
  ck_assert (doson_ctr_measurement_set_equal (set, back));

  csv = doson_ctr_measurement_set_to_csv_data (set, NULL);
  back_csv = doson_ctr_measurement_set_new_from_csv_data (csv, -1, "x", &error);
  ck_assert_msg (back_csv != NULL, "%s\n%s", error ? error->message : "", csv);
  doson_ctr_measurement_set_set_description (back_csv, "vi", doson_ctr_measurement_set_get_description (set, "vi"));
  ck_assert (doson_ctr_measurement_set_equal (set, back_csv));
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Programme loader errors, each with its position */

static const char program_template[] =
  "{\n"
  "  \"format\": \"doson-ctr-program\",\n"
  "  \"version\": 1,\n"
  "  \"id\": \"p\",\n"
  "  \"title\": {\"vi\": \"Chương trình\", \"en\": \"Programme\"},\n"
  "  \"term_start\": 2025,\n"
  "  \"term_end\": 2030,\n"
  "  \"units\": [{\"id\": \"u\", \"name\": {\"vi\": \"Đơn vị\"}}, {\"id\": \"v\", \"name\": {\"vi\": \"Phòng\"}}],\n"
  "  \"goals\": [{\"id\": \"g\", \"title\": {\"vi\": \"Mục tiêu\"}}],\n"
  "  \"indicators\": [\n"
  "    {\"id\": \"a\", \"name\": {\"vi\": \"Chỉ tiêu A\"}, \"measure\": \"percent\", \"direction\": \"higher\",\n"
  "     \"goal\": \"g\", \"lead_units\": [\"u\"],\n"
  "     \"targets\": [{\"kind\": \"level\", \"comparator\": \">=\", \"value\": 50}]},\n"
  "    {\"id\": \"b\", \"name\": {\"vi\": \"Chỉ tiêu B\"}, \"measure\": \"amount\", \"direction\": \"lower\",\n"
  "     \"goal\": \"g\", \"lead_units\": [\"v\"],\n"
  "     \"targets\": [{\"kind\": \"average-growth\", \"comparator\": \"range\", \"low\": -0.09, \"high\": -0.07}]}\n"
  "  ]\n"
  "}\n";

static const ErrorCase program_errors[] = {
  /* Syntax */
  { "\"version\": 1,", "\"version\": 1", "\"id\": \"p\"", DOSON_CTR_ERROR_PARSE,
    "expected ',' or '}' after a member, found '\"'" },
  { "\"Mục tiêu\"}}],", "\"Mục tiêu\"},}],", "}],\n  \"indicators\"", DOSON_CTR_ERROR_PARSE,
    "a comma before '}'" },
  { "[\"v\"],", "[\"v\",],", "],\n     \"targets\": [{\"kind\": \"average", DOSON_CTR_ERROR_PARSE,
    "a comma before ']'" },
  { "\"Programme\"}", "\"Programme}", "\n  \"term_start\"", DOSON_CTR_ERROR_PARSE,
    "a control character (U+000A) inside a string" },
  { "\"version\": 1", "\"version\": 01", "1,\n  \"id\"", DOSON_CTR_ERROR_PARSE,
    "a number must not have a leading zero" },
  { "\"version\": 1", "'version': 1", "'version'", DOSON_CTR_ERROR_PARSE,
    "expected a key in double quotes, found '''" },
  { "\"low\": -0.09", "\"low\": -.09", ".09", DOSON_CTR_ERROR_PARSE,
    "expected a digit, found '.'" },
  { "\"value\": 50}", "\"value\": 5O}", "O}", DOSON_CTR_ERROR_PARSE,
    "invalid number" },
  { "\"value\": 50}", "\"value\": NaN}", "NaN", DOSON_CTR_ERROR_PARSE,
    "expected a value" },
  { "\"id\": \"p\",", "\"id\": \"p\", \"id\": \"q\",", "\"id\": \"q\"", DOSON_CTR_ERROR_INVALID_DATA,
    "id: the key \"id\" appears twice in this object" },
  { "{\"vi\": \"Đơn vị\"}", "{\"vi\": \"Đơn vị\", \"vi\": \"x\"}", "\"vi\": \"x\"", DOSON_CTR_ERROR_INVALID_DATA,
    "units[0].name.vi: the key \"vi\" appears twice" },
  { "\"Chương trình\"", "\"Chương\xff trình\"", "\xff", DOSON_CTR_ERROR_PARSE,
    "invalid UTF-8 (byte 0xFF)" },
  { "\"Chỉ tiêu B\"", "\"Chỉ tiêu \xc3\"", "\xc3\"", DOSON_CTR_ERROR_PARSE,
    "invalid UTF-8 (byte 0xC3)" },
  { "\"p\"", "\"\\u00e9\\ud800\"", "\",\n  \"title\"", DOSON_CTR_ERROR_PARSE,
    "\\uD800 is a high surrogate without its low surrogate" },
  { "\"p\"", "\"\\x\"", "x\"", DOSON_CTR_ERROR_PARSE,
    "expected an escape" },

  /* The root */
  { "\"format\": \"doson-ctr-program\"", "\"format\": \"doson-ctr-measurements\"",
    "\"doson-ctr-measurements\"", DOSON_CTR_ERROR_INVALID_DATA,
    "format: this is not a programme file" },
  { "\"version\": 1", "\"version\": 2", "2,", DOSON_CTR_ERROR_INVALID_DATA,
    "version: version 2 is not supported" },
  { "\"version\": 1", "\"version\": \"1\"", "\"1\"", DOSON_CTR_ERROR_INVALID_DATA,
    "version: expected an integer, found a string" },
  { "\"title\": {\"vi\": \"Chương", "\"titel\": {\"vi\": \"Chương", "\"titel\"", DOSON_CTR_ERROR_INVALID_DATA,
    "titel: unknown key \"titel\"" },
  { "\"title\": {\"vi\": \"Chương trình\", \"en\": \"Programme\"},\n", "", "{\n", DOSON_CTR_ERROR_INVALID_DATA,
    "the required key \"title\" is missing" },
  { "\"id\": \"p\"", "\"id\": null", "null", DOSON_CTR_ERROR_INVALID_DATA,
    "id: expected a string, found null" },
  { "\"id\": \"p\"", "\"id\": \"\"", "\"\",", DOSON_CTR_ERROR_INVALID_DATA,
    "id: the string is empty" },
  { "\"id\": \"p\"", "\"id\": \"p q\"", "\"p q\"", DOSON_CTR_ERROR_INVALID_DATA,
    "id: \"p q\" is not a valid id" },
  { "\"term_start\": 2025", "\"term_start\": \"2025\"", "\"2025\"", DOSON_CTR_ERROR_INVALID_DATA,
    "term_start: expected an integer, found a string" },
  { "\"term_start\": 2025", "\"term_start\": 2025.0", "2025.0", DOSON_CTR_ERROR_INVALID_DATA,
    "term_start: expected an integer" },
  { "\"term_start\": 2025", "\"term_start\": 99999999999999999999", "99999999999999999999,", DOSON_CTR_ERROR_INVALID_DATA,
    "term_start: 99999999999999999999 is out of range: expected 1900 to 2199" },
  { "\"term_end\": 2030", "\"term_end\": 2025", "2025,\n  \"units\"", DOSON_CTR_ERROR_INVALID_DATA,
    "term_end: 2025 is out of range: expected 2026 to 2200" },
  { "\"term_end\": 2030,", "\"term_end\": 2030, \"baseline_year\": 2030,", "2030,\n  \"units\"", DOSON_CTR_ERROR_INVALID_DATA,
    "baseline_year: 2030 is out of range: expected 2024 to 2029" },
  { "\"id\": \"p\",", "\"id\": \"p\", \"date\": \"2025-02-30\",", "\"2025-02-30\"", DOSON_CTR_ERROR_INVALID_DATA,
    "date: \"2025-02-30\" is not a valid date" },
  { "\"title\": {\"vi\": \"Chương trình\", \"en\": \"Programme\"}", "\"title\": {\"en\": \"Programme\"}",
    "{\"en\"", DOSON_CTR_ERROR_INVALID_DATA,
    "title: the required key \"vi\" is missing" },
  { "\"title\": {\"vi\": \"Chương trình\", \"en\": \"Programme\"}", "\"title\": \"Chương trình\"",
    "\"Chương trình\"", DOSON_CTR_ERROR_INVALID_DATA,
    "title: expected an object, found a string" },
  { "\"units\": [", "\"units\": {}, \"x\": [", "\"x\": [", DOSON_CTR_ERROR_INVALID_DATA,
    "x: unknown key \"x\"" },

  /* Units and goals */
  { "{\"vi\": \"Đơn vị\"}", "{\"vi\": \"Đơn vị\", \"fr\": \"x\"}", "\"fr\"", DOSON_CTR_ERROR_INVALID_DATA,
    "units[0].name.fr: unknown key \"fr\"" },
  { "\"name\": {\"vi\": \"Đơn vị\"}", "\"short_name\": {\"vi\": \"Đơn vị\"}", "{\"id\": \"u\"", DOSON_CTR_ERROR_INVALID_DATA,
    "units[0]: the required key \"name\" is missing" },
  { "{\"id\": \"v\"", "{\"id\": \"u\"", "\"u\", \"name\": {\"vi\": \"Phòng\"", DOSON_CTR_ERROR_INVALID_DATA,
    "units[1].id: unit \"u\" is declared twice" },
  { "\"units\": [", "\"units\": [1, ", "1, ", DOSON_CTR_ERROR_INVALID_DATA,
    "units[0]: expected an object, found a number" },
  { "{\"id\": \"g\", ", "{\"id\": \"g\", \"parent\": \"z\", ", "\"z\"", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[0].parent: unknown goal \"z\"" },
  { "{\"id\": \"g\", ", "{\"id\": \"g\", \"lead_units\": [\"u\", \"w\"], ", "\"w\"", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[0].lead_units[1]: unknown unit \"w\"" },
  { "{\"id\": \"g\", ", "{\"id\": \"g\", \"lead_units\": [\"u\"], \"partner_units\": [\"u\"], ",
    "\"u\"], \"title\"", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[0].partner_units[0]: unit \"u\" is already a lead unit" },
  { "{\"id\": \"g\", ", "{\"id\": \"g\", \"resolutions\": [\"57-NQ/TW\", \"57-NQ/TW\"], ",
    "\"57-NQ/TW\"], ", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[0].resolutions[1]: \"57-NQ/TW\" is listed twice" },

  /* Indicators */
  { "{\"id\": \"b\"", "{\"id\": \"a\"", "\"a\", \"name\": {\"vi\": \"Chỉ tiêu B\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[1].id: indicator \"a\" is declared twice" },
  { "\"goal\": \"g\", \"lead_units\": [\"v\"]", "\"goal\": \"h\", \"lead_units\": [\"v\"]", "\"h\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[1].goal: unknown goal \"h\"" },
  { "\"lead_units\": [\"u\"]", "\"lead_units\": [\"x\"]", "\"x\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].lead_units[0]: unknown unit \"x\"" },
  { "\"lead_units\": [\"u\"]", "\"lead_units\": []", "[]", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].lead_units: an indicator needs at least one lead unit" },
  { "\"lead_units\": [\"u\"]", "\"lead_units\": [\"u\", \"u\"]", "\"u\"]", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].lead_units[1]: \"u\" is listed twice" },
  { "\"measure\": \"percent\"", "\"measure\": \"percentage\"", "\"percentage\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].measure: unknown measure \"percentage\" (expected percent, count, amount or boolean)" },
  { "\"direction\": \"lower\"", "\"direction\": \"down\"", "\"down\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[1].direction: unknown direction \"down\"" },
  { "\"lead_units\": [\"u\"],", "\"lead_units\": [\"u\"], \"part_of\": \"b\",", "\"b\",\n     \"targets\": [{\"kind\": \"level\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].part_of: unknown indicator \"b\" (the whole must come before its parts and subsets)" },
  { "\"lead_units\": [\"v\"],", "\"lead_units\": [\"v\"], \"subset_of\": \"a\",", "\"a\",\n", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[1].subset_of: \"a\" is measured as \"percent\", this indicator as \"amount\"" },
  { "\"lead_units\": [\"v\"],", "\"lead_units\": [\"v\"], \"part_of\": \"b\",", "\"b\",\n     \"targets\": [{\"kind\": \"average", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[1].part_of: an indicator cannot be part of itself" },
  { "\"lead_units\": [\"v\"],", "\"lead_units\": [\"v\"], \"part_of\": \"a\", \"subset_of\": \"a\",",
    "\"subset_of\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[1].subset_of: \"subset_of\" cannot be given with \"part_of\"" },
  { "\"lead_units\": [\"u\"],", "\"lead_units\": [\"u\"], \"disaggregation\": {\"dimension\": \"level\", \"values\": []},",
    "[]}", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].disaggregation.values: a disaggregation needs at least one value" },
  { "\"lead_units\": [\"u\"],",
    "\"lead_units\": [\"u\"], \"disaggregation\": {\"dimension\": \"level\", \"values\": [{\"id\": \"x\"}, {\"id\": \"x\"}]},",
    "\"x\"}]", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].disaggregation.values[1].id: the value \"x\" is listed twice" },
  { "\"targets\": [{\"kind\": \"level\", \"comparator\": \">=\", \"value\": 50}]", "\"targets\": []",
    "[]", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets: an indicator needs at least one target" },

  /* Targets */
  { "\">=\"", "\"=>\"", "\"=>\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].comparator: unknown comparator \"=>\" (expected >=, >, <=, <, = or range)" },
  { "\"kind\": \"level\"", "\"kind\": \"levels\"", "\"levels\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].kind: unknown kind of target \"levels\"" },
  { "\"comparator\": \">=\"", "\"comparater\": \">=\"", "\"comparater\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].comparater: unknown key \"comparater\"" },
  { "\"comparator\": \">=\", ", "", "{\"kind\": \"level\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0]: the required key \"comparator\" is missing" },
  { "\"value\": 50}", "\"value\": \"50\"}", "\"50\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].value: expected a number, found a string" },
  { "\"value\": 50}", "\"value\": true}", "true", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].value: expected a number, found true or false" },
  { "\"value\": 50}", "\"value\": 1e999}", "1e999", DOSON_CTR_ERROR_NOT_FINITE,
    "indicators[0].targets[0].value: the number is too large for a double" },
  { "\"value\": 50}", "\"value\": 120}", "120", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].value: the value 120 does not suit a \"percent\" indicator" },
  { "\"value\": 50}", "\"value\": 50, \"low\": 1}", "\"low\": 1", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].low: \"low\" is only used with the comparator \"range\"" },
  { "\"value\": 50}", "\"value\": 50, \"deadline_year\": 2031}", "2031", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].deadline_year: the year 2031 is outside the term: targets apply to the years 2026 to 2030" },
  { "\"value\": 50}", "\"value\": 50, \"first_year\": 2025}", "2025}", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].first_year: the year 2025 is outside the term" },
  { "\"value\": 50}", "\"value\": 50, \"first_year\": 2029, \"deadline_year\": 2027}", "2029", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].first_year: the first year 2029 is after the deadline year 2027" },
  { "\"value\": 50}", "\"value\": 50, \"per_disaggregation\": true}", "true", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].per_disaggregation: the indicator has no \"disaggregation\"" },
  { "\"value\": 50}", "\"value\": 50, \"per_disaggregation\": 1}", "1}", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].per_disaggregation: expected true or false, found a number" },
  { "\"value\": 50}", "\"value\": 50, \"text\": {\"en\": \"x\"}}", "{\"en\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].text: the required key \"vi\" is missing" },
  { "\"kind\": \"level\", \"comparator\": \">=\", \"value\": 50",
    "\"kind\": \"milestone\", \"comparator\": \"=\", \"value\": 1", "1}", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].value: a milestone target belongs to a \"boolean\" indicator" },
  { "\"kind\": \"level\", \"comparator\": \">=\", \"value\": 50",
    "\"kind\": \"milestone\", \"comparator\": \">=\", \"value\": 1", "\">=\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].comparator: a milestone uses the comparator \"=\"" },
  { "\"low\": -0.09, \"high\": -0.07", "\"low\": -0.07, \"high\": -0.09", "-0.07,", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[1].targets[0].low: low (-0.07) is not below high (-0.09)" },
  { "\"low\": -0.09, \"high\": -0.07", "\"low\": -1.5, \"high\": -0.07", "-1.5", DOSON_CTR_ERROR_INVALID_RATE,
    "indicators[1].targets[0].low: the low end -1.5 is a fall of 100 % or more" },
  { "\"low\": -0.09, \"high\": -0.07", "\"high\": -0.07", "{\"kind\": \"average", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[1].targets[0]: the required key \"low\" is missing" },
  { "\"comparator\": \"range\",", "\"comparator\": \"range\", \"value\": 1,", "\"value\": 1,", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[1].targets[0].value: \"value\" is not used with a range" },
  { "\"high\": -0.07}", "\"high\": -0.07, \"range\": \"stretch\"}", "\"stretch\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[1].targets[0].range: unknown kind of range \"stretch\" (expected floor-stretch or band)" },

  /* The root: wrong types, negative and huge years, missing arrays */
  { "\"format\": \"doson-ctr-program\"", "\"format\": 1", "1,\n  \"version\"", DOSON_CTR_ERROR_INVALID_DATA,
    "format: expected a string, found a number" },
  { "\"version\": 1", "\"version\": null", "null", DOSON_CTR_ERROR_INVALID_DATA,
    "version: expected an integer, found null" },
  { "\"term_start\": 2025", "\"term_start\": -5", "-5", DOSON_CTR_ERROR_INVALID_DATA,
    "term_start: -5 is out of range: expected 1900 to 2199" },
  { "\"term_start\": 2025", "\"term_start\": -99999999999999999999", "-99999999999999999999", DOSON_CTR_ERROR_INVALID_DATA,
    "term_start: -99999999999999999999 is out of range: expected 1900 to 2199" },
  { "\"id\": \"p\",", "\"id\": \"p\", \"code\": 7,", "7,", DOSON_CTR_ERROR_INVALID_DATA,
    "code: expected a string, found a number" },
  { "\"id\": \"p\",", "\"id\": \"p\", \"date\": [],", "[],", DOSON_CTR_ERROR_INVALID_DATA,
    "date: expected a string, found an array" },
  { "\"id\": \"p\",", "\"id\": \"p\", \"issuing_body\": {\"en\": \"Committee\"},", "{\"en\": \"Committee\"}", DOSON_CTR_ERROR_INVALID_DATA,
    "issuing_body: the required key \"vi\" is missing" },
  { "\"title\": {\"vi\": \"Chương trình\", \"en\": \"Programme\"}", "\"title\": {\"vi\": \"Chương trình\", \"en\": 2}",
    "2},", DOSON_CTR_ERROR_INVALID_DATA,
    "title.en: expected a string, found a number" },
  { "  \"units\": [{\"id\": \"u\", \"name\": {\"vi\": \"Đơn vị\"}}, {\"id\": \"v\", \"name\": {\"vi\": \"Phòng\"}}],\n", "",
    "{\n", DOSON_CTR_ERROR_INVALID_DATA,
    "the required key \"units\" is missing" },
  { "\"units\": [{\"id\": \"u\", \"name\": {\"vi\": \"Đơn vị\"}}, {\"id\": \"v\", \"name\": {\"vi\": \"Phòng\"}}]", "\"units\": {}",
    "{},", DOSON_CTR_ERROR_INVALID_DATA,
    "units: expected an array, found an object" },
  { "  \"goals\": [{\"id\": \"g\", \"title\": {\"vi\": \"Mục tiêu\"}}],\n", "", "{\n", DOSON_CTR_ERROR_INVALID_DATA,
    "the required key \"goals\" is missing" },
  { "\"indicators\": [\n", "\"indicators\": [\n    null,\n", "null", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0]: expected an object, found null" },

  /* Units */
  { "{\"id\": \"u\", \"name\"", "{\"id\": \"u\", \"nom\": 1, \"name\"", "\"nom\"", DOSON_CTR_ERROR_INVALID_DATA,
    "units[0].nom: unknown key \"nom\"" },
  { "{\"id\": \"v\", ", "{", "{\"name\": {\"vi\": \"Phòng\"", DOSON_CTR_ERROR_INVALID_DATA,
    "units[1]: the required key \"id\" is missing" },
  { "{\"vi\": \"Phòng\"}", "{\"vi\": \"Phòng\"}, \"short_name\": \"P\"", "\"P\"", DOSON_CTR_ERROR_INVALID_DATA,
    "units[1].short_name: expected an object, found a string" },
  { "{\"vi\": \"Đơn vị\"}", "{\"vi\": 1}", "1}}, {", DOSON_CTR_ERROR_INVALID_DATA,
    "units[0].name.vi: expected a string, found a number" },
  { "{\"vi\": \"Đơn vị\"}", "{\"vi\": \"Đơn vị\", \"en\": \"\"}", "\"\"}}", DOSON_CTR_ERROR_INVALID_DATA,
    "units[0].name.en: the string is empty" },

  /* Goals */
  { "\"goals\": [", "\"goals\": [\"g\", ", "\"g\", {", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[0]: expected an object, found a string" },
  { "{\"id\": \"g\", ", "{\"id\": \"g\", \"name\": {}, ", "\"name\": {}", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[0].name: unknown key \"name\"" },
  { "{\"id\": \"g\", ", "{\"id\": \"g g\", ", "\"g g\"", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[0].id: \"g g\" is not a valid id" },
  { "\"title\": {\"vi\": \"Mục tiêu\"}}]", "\"title\": {\"vi\": \"Mục tiêu\"}}, {\"id\": \"g\", \"title\": {\"vi\": \"Khác\"}}]",
    "\"g\", \"title\": {\"vi\": \"Khác\"", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[1].id: goal \"g\" is declared twice" },
  { "{\"id\": \"g\", ", "{\"id\": \"g\", \"ref\": 3, ", "3, ", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[0].ref: expected a string, found a number" },
  { "{\"id\": \"g\", ", "{\"id\": \"g\", \"parent\": \"x y\", ", "\"x y\"", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[0].parent: \"x y\" is not a valid id" },
  { "{\"id\": \"g\", ", "{\"id\": \"g\", \"parent\": \"g\", ", "\"g\", \"title\"", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[0].parent: goal \"g\" cannot be its own parent" },
  { "{\"id\": \"g\", ", "{\"id\": \"g\", \"lead_units\": \"u\", ", "\"u\", \"title\"", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[0].lead_units: expected an array, found a string" },
  { "{\"id\": \"g\", ", "{\"id\": \"g\", \"lead_units\": [\"u v\"], ", "\"u v\"", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[0].lead_units[0]: \"u v\" is not a valid id" },
  { "{\"id\": \"g\", ", "{\"id\": \"g\", \"partner_units\": [1], ", "1], ", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[0].partner_units[0]: expected an id, found a number" },
  { "{\"id\": \"g\", ", "{\"id\": \"g\", \"resolutions\": [null], ", "null", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[0].resolutions[0]: expected a string, found null" },
  { "{\"id\": \"g\", ", "{\"id\": \"g\", \"resolutions\": [\"57-NQ/TW\", \"\"], ", "\"\"], ", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[0].resolutions[1]: the string is empty" },
  { "\"title\": {\"vi\": \"Mục tiêu\"}", "\"ref\": \"I\"", "{\"id\": \"g\"", DOSON_CTR_ERROR_INVALID_DATA,
    "goals[0]: the required key \"title\" is missing" },

  /* Indicators: wrong types and missing keys */
  { "\"goal\": \"g\", \"lead_units\": [\"u\"]", "\"goal\": \"g\", \"owner\": \"u\", \"lead_units\": [\"u\"]", "\"owner\"",
    DOSON_CTR_ERROR_INVALID_DATA, "indicators[0].owner: unknown key \"owner\"" },
  { "{\"id\": \"a\", ", "{", "{\"name\": {\"vi\": \"Chỉ tiêu A\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0]: the required key \"id\" is missing" },
  { "{\"id\": \"a\", ", "{\"id\": \"a\", \"ref\": false, ", "false", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].ref: expected a string, found true or false" },
  { "\"name\": {\"vi\": \"Chỉ tiêu A\"}, ", "", "{\"id\": \"a\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0]: the required key \"name\" is missing" },
  { "\"measure\": \"percent\"", "\"unit\": [], \"measure\": \"percent\"", "[], \"measure\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].unit: expected an object, found an array" },
  { "\"measure\": \"percent\"", "\"unit\": {\"vi\": \"%\"}, \"note\": {\"vi\": \"\"}, \"measure\": \"percent\"", "\"\"}, \"measure\"",
    DOSON_CTR_ERROR_INVALID_DATA, "indicators[0].note.vi: the string is empty" },
  { "\"measure\": \"percent\", ", "", "{\"id\": \"a\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0]: the required key \"measure\" is missing" },
  { ", \"direction\": \"higher\"", "", "{\"id\": \"a\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0]: the required key \"direction\" is missing" },
  { "\"goal\": \"g\", \"lead_units\": [\"u\"],", "\"lead_units\": [\"u\"],", "{\"id\": \"a\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0]: the required key \"goal\" is missing" },
  { "\"lead_units\": [\"u\"],", "\"lead_units\": [\"u\"], \"partner_units\": {},", "{},", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].partner_units: expected an array, found an object" },
  { "\"lead_units\": [\"u\"],", "\"lead_units\": [\"u\"], \"partner_units\": [\"w\"],", "\"w\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].partner_units[0]: unknown unit \"w\"" },
  { "\"lead_units\": [\"u\"],", "\"lead_units\": [\"u\"], \"disaggregation\": \"level\",", "\"level\",\n", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].disaggregation: expected an object, found a string" },
  { ",\n     \"targets\": [{\"kind\": \"level\", \"comparator\": \">=\", \"value\": 50}]", "", "{\"id\": \"a\"",
    DOSON_CTR_ERROR_INVALID_DATA, "indicators[0]: the required key \"targets\" is missing" },
  { "\"targets\": [{\"kind\": \"level\"", "\"targets\": [[], {\"kind\": \"level\"", "[], {", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0]: expected an object, found an array" },

  /* Indicators: relations */
  { "\"lead_units\": [\"v\"],", "\"lead_units\": [\"v\"], \"part_of\": \"-a\",", "\"-a\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[1].part_of: \"-a\" is not a valid id" },
  { "\"lead_units\": [\"v\"],", "\"lead_units\": [\"v\"], \"subset_of\": 1,", "1,\n     \"targets\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[1].subset_of: expected a string, found a number" },
  { "\"lead_units\": [\"v\"],", "\"lead_units\": [\"v\"], \"subset_of\": \"b\",", "\"b\",\n", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[1].subset_of: an indicator cannot be a subset of itself" },

  /* Indicators: disaggregation */
  { "\"lead_units\": [\"u\"],",
    "\"lead_units\": [\"u\"], \"disaggregation\": {\"dimension\": \"level\", \"values\": [{\"id\": \"x\"}], \"label\": 1},",
    "\"label\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].disaggregation.label: unknown key \"label\"" },
  { "\"lead_units\": [\"u\"],", "\"lead_units\": [\"u\"], \"disaggregation\": {\"values\": [{\"id\": \"x\"}]},",
    "{\"values\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].disaggregation: the required key \"dimension\" is missing" },
  { "\"lead_units\": [\"u\"],", "\"lead_units\": [\"u\"], \"disaggregation\": {\"dimension\": \"level\"},",
    "{\"dimension\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].disaggregation: the required key \"values\" is missing" },
  { "\"lead_units\": [\"u\"],",
    "\"lead_units\": [\"u\"], \"disaggregation\": {\"dimension\": \"level\", \"name\": {\"vi\": \"Cấp\", \"fr\": \"x\"}, \"values\": [{\"id\": \"x\"}]},",
    "\"fr\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].disaggregation.name.fr: unknown key \"fr\"" },
  { "\"lead_units\": [\"u\"],", "\"lead_units\": [\"u\"], \"disaggregation\": {\"dimension\": \"level\", \"values\": [\"x\"]},",
    "\"x\"]", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].disaggregation.values[0]: expected an object, found a string" },
  { "\"lead_units\": [\"u\"],",
    "\"lead_units\": [\"u\"], \"disaggregation\": {\"dimension\": \"level\", \"values\": [{\"id\": \"x\", \"nom\": \"X\"}]},",
    "\"nom\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].disaggregation.values[0].nom: unknown key \"nom\"" },
  { "\"lead_units\": [\"u\"],",
    "\"lead_units\": [\"u\"], \"disaggregation\": {\"dimension\": \"level\", \"values\": [{\"name\": {\"vi\": \"X\"}}]},",
    "{\"name\": {\"vi\": \"X\"}}", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].disaggregation.values[0]: the required key \"id\" is missing" },
  { "\"lead_units\": [\"u\"],",
    "\"lead_units\": [\"u\"], \"disaggregation\": {\"dimension\": \"level\", \"values\": [{\"id\": \"x\", \"name\": \"X\"}]},",
    "\"X\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].disaggregation.values[0].name: expected an object, found a string" },

  /* Targets: wrong types and keys that do not belong */
  { "{\"kind\": \"level\", ", "{", "{\"comparator\": \">=\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0]: the required key \"kind\" is missing" },
  { "\"high\": -0.07", "\"high\": \"-0.07\"", "\"-0.07\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[1].targets[0].high: expected a number, found a string" },
  { "\"high\": -0.07}", "\"high\": -0.07, \"range\": 1}", "1}]}", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[1].targets[0].range: expected a string, found a number" },
  { "\"kind\": \"average-growth\"", "\"kind\": \"milestone\"", "\"range\", \"low\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[1].targets[0].comparator: a milestone cannot have a range: use \"=\" with the value 1" },
  { "\"value\": 50}", "\"value\": 50, \"high\": 60}", "\"high\": 60", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].high: \"high\" is only used with the comparator \"range\"" },
  { "\"value\": 50}", "\"value\": 50, \"range\": \"band\"}", "\"range\": \"band\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].range: \"range\" is only used with the comparator \"range\"" },
  { "\"value\": 50}", "\"value\": 50, \"first_year\": \"2027\"}", "\"2027\"", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].first_year: expected an integer, found a string" },
  { "\"value\": 50}", "\"value\": 50, \"deadline_year\": 2029.5}", "2029.5", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].deadline_year: expected an integer such as 1900, found a number with a fraction or an exponent" },
  { "\"value\": 50}", "\"value\": 50, \"per_disaggregation\": null}", "null", DOSON_CTR_ERROR_INVALID_DATA,
    "indicators[0].targets[0].per_disaggregation: expected true or false, found null" },
};

START_TEST (test_program_error)
{
  const ErrorCase *c = &program_errors[_i];
  g_autofree char *text = replace_once (program_template, c->old, c->new);
  g_autofree char *where = locate ("t.json", text, c->marker);
  g_autofree char *prefix = g_strdup_printf ("%s: %s", where, c->rest);
  g_autoptr(GError) error = NULL;
  DosonCtrProgram *program;

  program = doson_ctr_program_new_from_data (text, -1, "t.json", &error);
  ck_assert_msg (program == NULL, "case %d loaded", _i);
  assert_message (error, c->code, prefix);
}
END_TEST

START_TEST (test_template_loads)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DosonCtrProgram) program =
    doson_ctr_program_new_from_data (program_template, -1, "t.json", &error);

  ck_assert_msg (program != NULL, "%s", error ? error->message : "");
  ck_assert_uint_eq (doson_ctr_program_get_indicators (program)->len, 2);
}
END_TEST

START_TEST (test_program_error_misc)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *deep = NULL;
  g_autofree char *bom = g_strconcat ("\xEF\xBB\xBF", program_template, NULL);
  g_autofree char *crlf = NULL;
  g_autoptr(DosonCtrProgram) program = NULL;
  GString *nested = g_string_new (NULL);
  int i;

  ck_assert_ptr_null (doson_ctr_program_new_from_data ("", -1, "t.json", &error));
  assert_message (error, DOSON_CTR_ERROR_PARSE, "t.json:1:1: the text is empty");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_program_new_from_data (" \n\t ", -1, NULL, &error));
  assert_message (error, DOSON_CTR_ERROR_PARSE, "<data>:2:3: the text is empty");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_program_new_from_data ("[]", -1, "t.json", &error));
  assert_message (error, DOSON_CTR_ERROR_INVALID_DATA, "t.json:1:1: expected an object, found an array");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_program_new_from_data ("/* c */ {}", -1, "t.json", &error));
  assert_message (error, DOSON_CTR_ERROR_PARSE, "t.json:1:1: expected a value");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_program_new_from_data ("{} {}", -1, "t.json", &error));
  assert_message (error, DOSON_CTR_ERROR_PARSE, "t.json:1:4: expected the end of the text");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_program_new_from_data ("{\"a\": 1", -1, "t.json", &error));
  assert_message (error, DOSON_CTR_ERROR_PARSE, "t.json:1:8: expected ',' or '}' after a member, found the end of the text");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_program_new_from_data ("{\"a\": \"x", -1, "t.json", &error));
  assert_message (error, DOSON_CTR_ERROR_PARSE, "t.json:1:9: the string is not closed");
  g_clear_error (&error);
  /* A NUL byte inside the given length. */
  ck_assert_ptr_null (doson_ctr_program_new_from_data ("{\n \0}", 5, "t.json", &error));
  assert_message (error, DOSON_CTR_ERROR_PARSE, "t.json:2:2: a NUL byte");
  g_clear_error (&error);

  /* Nesting deeper than the limit. */
  g_string_append (nested, "{\"a\": ");
  for (i = 0; i < 1000; i++)
    g_string_append_c (nested, '[');
  deep = g_string_free (nested, FALSE);
  ck_assert_ptr_null (doson_ctr_program_new_from_data (deep, -1, "t.json", &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT));
  g_clear_error (&error);

  /* A byte order mark and CRLF line ends are accepted; positions count
   * lines the same way. */
  program = doson_ctr_program_new_from_data (bom, -1, "t.json", &error);
  ck_assert_msg (program != NULL, "%s", error ? error->message : "");
  g_clear_object (&program);
  {
    g_auto(GStrv) lines = g_strsplit (program_template, "\n", -1);
    g_autofree char *joined = g_strjoinv ("\r\n", lines);
    crlf = replace_once (joined, "\"value\": 50}", "\"value\": 150}");
  }
  ck_assert_ptr_null (doson_ctr_program_new_from_data (crlf, -1, "t.json", &error));
  {
    g_autofree char *where = locate ("t.json", crlf, "150}");
    g_autofree char *prefix = g_strdup_printf ("%s: indicators[0].targets[0].value", where);

    ck_assert (g_str_has_prefix (where, "t.json:13:"));
    assert_message (error, DOSON_CTR_ERROR_INVALID_DATA, prefix);
  }
}
END_TEST

/* ---------------------------------------------------------------------- */
/* JSON syntax, the same for both loaders: each error with its position */

static const struct
{
  const char *text;
  const char *message;
} syntax_errors[] = {
  /* \u escapes */
  { "{\"a\": \"\\u12", "t.json:1:12: expected four hexadecimal digits after \\u, found the end of the text" },
  { "{\"a\": \"\\u00g9\"}", "t.json:1:12: expected four hexadecimal digits after \\u, found 'g'" },
  { "{\"a\": \"\\uDC00\"}", "t.json:1:14: \\uDC00 is a lone low surrogate" },
  { "{\"a\": \"\\ud800\\n\"}", "t.json:1:14: \\uD800 is a high surrogate without its low surrogate" },
  { "{\"a\": \"\\ud800\\", "t.json:1:14: \\uD800 is a high surrogate without its low surrogate" },
  { "{\"a\": \"\\ud800", "t.json:1:14: \\uD800 is a high surrogate without its low surrogate" },
  { "{\"a\": \"\\ud800\\u0041\"}", "t.json:1:20: \\uD800 is a high surrogate without its low surrogate" },
  { "{\"a\": \"\\ud800\\u00zz\"}", "t.json:1:18: expected four hexadecimal digits after \\u, found 'z'" },
  { "{\"a\": \"\\", "t.json:1:9: expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX) "
    "after a backslash, found the end of the text" },
  /* What was found, described */
  { "{\"a\" \x01}", "t.json:1:6: expected ':' after the key, found the control character U+0001" },
  { "{\"a\": \x7f}", "t.json:1:7: expected a value (an object, an array, a string in double quotes, "
    "a number, true, false or null), found the control character U+007F" },
  { "{\"a\": é}", "t.json:1:7: expected a value (an object, an array, a string in double quotes, "
    "a number, true, false or null), found 'é'" },
  { "{\"a\": tru", "t.json:1:7: expected a value (an object, an array, a string in double quotes, "
    "a number, true, false or null), found 't'" },
  { "{\"a\": truex}", "t.json:1:7: expected a value (an object, an array, a string in double quotes, "
    "a number, true, false or null), found 't'" },
  /* Numbers cut short at the end of the text, or followed by junk */
  { "-", "t.json:1:2: expected a digit, found the end of the text" },
  { "1.", "t.json:1:3: expected a digit after the decimal point, found the end of the text" },
  { "1.x", "t.json:1:3: expected a digit after the decimal point, found 'x'" },
  { "1e", "t.json:1:3: expected a digit in the exponent, found the end of the text" },
  { "1e+", "t.json:1:4: expected a digit in the exponent, found the end of the text" },
  { "1E-x", "t.json:1:4: expected a digit in the exponent, found 'x'" },
  { "1.5.", "t.json:1:4: invalid number (numbers are written like 12, -0.5 or 1e6; no decimal comma)" },
  /* Objects and arrays cut short */
  { "{", "t.json:1:2: expected a key in double quotes, found the end of the text" },
  { "{\"a", "t.json:1:4: the string is not closed" },
  { "{\"a\"", "t.json:1:5: expected ':' after the key, found the end of the text" },
  { "{\"a\":", "t.json:1:6: expected a value, found the end of the text" },
  { "{\"a\": 1,", "t.json:1:9: expected a key in double quotes, found the end of the text" },
  { "[", "t.json:1:2: expected a value, found the end of the text" },
  { "[1", "t.json:1:3: expected ',' or ']' after an element, found the end of the text" },
  { "[1,", "t.json:1:4: expected a value, found the end of the text" },
  { "[1 2]", "t.json:1:4: expected ',' or ']' after an element, found '2'" },
  /* A lone CR ends a line, as LF and CRLF do */
  { "{\r\"a\":\r\r@}", "t.json:4:1: expected a value (an object, an array, a string in double quotes, "
    "a number, true, false or null), found '@'" },
  { "[1\r", "t.json:2:1: expected ',' or ']' after an element, found the end of the text" },
};

/* Both JSON loaders refuse @text with @code and exactly @message. */
static void
assert_both_loaders_refuse (const char *text,
                            int         code,
                            const char *message)
{
  g_autoptr(GError) program_error = NULL;
  g_autoptr(GError) set_error = NULL;

  ck_assert_ptr_null (doson_ctr_program_new_from_data (text, -1, "t.json", &program_error));
  ck_assert_ptr_null (doson_ctr_measurement_set_new_from_json_data (text, -1, "t.json", &set_error));
  assert_message (program_error, code, message);
  ck_assert_str_eq (program_error->message, message);
  assert_message (set_error, code, message);
  ck_assert_str_eq (set_error->message, message);
}

START_TEST (test_syntax_error)
{
  assert_both_loaders_refuse (syntax_errors[_i].text, DOSON_CTR_ERROR_PARSE,
                              syntax_errors[_i].message);
}
END_TEST

/* Valid JSON that is not an object: refused as content, not syntax. */
static const struct
{
  const char *text;
  const char *message;
} root_values[] = {
  { "1", "t.json:1:1: expected an object, found a number" },
  { "-0", "t.json:1:1: expected an object, found a number" },
  { "0", "t.json:1:1: expected an object, found a number" },
  { "1.5e3", "t.json:1:1: expected an object, found a number" },
  { "1.5", "t.json:1:1: expected an object, found a number" },
  { "-1E+2", "t.json:1:1: expected an object, found a number" },
  { "true", "t.json:1:1: expected an object, found true or false" },
  { "false", "t.json:1:1: expected an object, found true or false" },
  { "null", "t.json:1:1: expected an object, found null" },
  { "\"x\"", "t.json:1:1: expected an object, found a string" },
  { " [ ] ", "t.json:1:2: expected an object, found an array" },
};

START_TEST (test_root_not_object)
{
  assert_both_loaders_refuse (root_values[_i].text, DOSON_CTR_ERROR_INVALID_DATA,
                              root_values[_i].message);
}
END_TEST

/* Every escape decodes, in values and in keys alike: a key written with
 * escapes is the same key. */
START_TEST (test_string_escapes)
{
  g_autofree char *text =
    replace_once (program_template, "\"title\": {\"vi\": \"Chương trình\", \"en\": \"Programme\"}",
                  "\"t\\u0069tle\": {\"vi\": \"a\\\\\\\"\\/\\b\\f\\n\\r\\t\\u00e9\\u00C9\\ud83d\\ude00\", "
                  "\"\\u0065n\": \"Programme\"}");
  g_autofree char *escaped_key =
    replace_once (program_template, "\"id\": \"p\",",
                  "\"id\": \"p\", \"x\\b\\f\\n\\r\\t\\/\\\\\\\"\": 1,");
  g_autofree char *twice = replace_once (program_template, "\"id\": \"p\",",
                                         "\"id\": \"p\", \"\\u0069d\": \"q\",");
  g_autoptr(GError) error = NULL;
  g_autoptr(DosonCtrProgram) program = NULL;

  program = doson_ctr_program_new_from_data (text, -1, "t.json", &error);
  ck_assert_msg (program != NULL, "%s", error ? error->message : "");
  ck_assert_str_eq (doson_ctr_program_get_title (program, "vi"),
                    "a\\\"/\b\f\n\r\t\xc3\xa9\xc3\x89\xf0\x9f\x98\x80");
  ck_assert_str_eq (doson_ctr_program_get_title (program, "en"), "Programme");
  assert_program_round_trip (program);

  /* An unknown key is named decoded. */
  ck_assert_ptr_null (doson_ctr_program_new_from_data (escaped_key, -1, "t.json", &error));
  assert_message (error, DOSON_CTR_ERROR_INVALID_DATA,
                  "t.json:4:14: [\"x\b\f\n\r\t/\\\\\\\"\"]: unknown key \"x\b\f\n\r\t/\\\"\"");
  g_clear_error (&error);

  /* "\u0069d" is "id", given twice. */
  ck_assert_ptr_null (doson_ctr_program_new_from_data (twice, -1, "t.json", &error));
  assert_message (error, DOSON_CTR_ERROR_INVALID_DATA,
                  "t.json:4:14: id: the key \"id\" appears twice in this object");
}
END_TEST

/* Keys that are empty or look like a path ("measurements[0]", "a.b") are
 * written ["..."] in paths: they never take the place of another value,
 * whose position would then be wrong. */
START_TEST (test_keys_like_paths)
{
  static const char *const path_key =
    "{\"format\": \"doson-ctr-measurements\", \"version\": 1,\n"
    " \"measurements[0]\": 5,\n"
    " \"measurements\": [{}]}";
  static const char *const dot_key =
    "{\"format\": \"doson-ctr-measurements\", \"version\": 1,\n"
    " \"measurements\": [],\n"
    "   \"a.b\": {\"c\": 1}}";
  g_autoptr(GError) empty_error = NULL;
  g_autoptr(GError) path_error = NULL;
  g_autoptr(GError) dot_error = NULL;

  ck_assert_ptr_null (doson_ctr_program_new_from_data ("{\"\": 1}", -1, "t.json", &empty_error));
  assert_message (empty_error, DOSON_CTR_ERROR_INVALID_DATA,
                  "t.json:1:1: the required key \"format\" is missing");
  ck_assert_ptr_null (doson_ctr_measurement_set_new_from_json_data (path_key, -1, "t.json",
                                                                     &path_error));
  assert_message (path_error, DOSON_CTR_ERROR_INVALID_DATA,
                  "t.json:2:2: [\"measurements[0]\"]: unknown key \"measurements[0]\"");
  ck_assert_ptr_null (doson_ctr_measurement_set_new_from_json_data (dot_key, -1, "t.json",
                                                                     &dot_error));
  assert_message (dot_error, DOSON_CTR_ERROR_INVALID_DATA,
                  "t.json:3:4: [\"a.b\"]: unknown key \"a.b\"");
}
END_TEST

/* No data at all (NULL with length 0) is the empty text. */
START_TEST (test_null_data)
{
  g_autoptr(GError) program_error = NULL;
  g_autoptr(GError) json_error = NULL;
  g_autoptr(GError) csv_error = NULL;

  ck_assert_ptr_null (doson_ctr_program_new_from_data (NULL, 0, NULL, &program_error));
  assert_message (program_error, DOSON_CTR_ERROR_PARSE, "<data>:1:1: the text is empty");
  ck_assert_ptr_null (doson_ctr_measurement_set_new_from_json_data (NULL, 0, NULL, &json_error));
  assert_message (json_error, DOSON_CTR_ERROR_PARSE, "<data>:1:1: the text is empty");
  ck_assert_ptr_null (doson_ctr_measurement_set_new_from_csv_data (NULL, 0, NULL, &csv_error));
  assert_message (csv_error, DOSON_CTR_ERROR_INVALID_DATA, "<data>: empty file, expected a header");
}
END_TEST

/* The arrays are required but may be empty; empty ones are written
 * back. */
START_TEST (test_empty_documents)
{
  static const char no_indicators[] =
    "{\"format\": \"doson-ctr-program\", \"version\": 1, \"id\": \"p\", \"title\": {\"vi\": \"P\"},\n"
    " \"term_start\": 2025, \"term_end\": 2030, \"units\": [], \"goals\": []}";
  static const char no_measurements[] = "{\"format\": \"doson-ctr-measurements\", \"version\": 1}";
  g_autofree char *empty_program = replace_once (no_indicators, "\"goals\": []",
                                                 "\"goals\": [], \"indicators\": []");
  g_autofree char *empty_set = replace_once (no_measurements, "1}", "1, \"measurements\": []}");
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DosonCtrProgram) program = NULL;
  g_autoptr(DosonCtrMeasurementSet) set = NULL;
  g_autoptr(DosonCtrMeasurementSet) back = NULL;

  ck_assert_ptr_null (doson_ctr_program_new_from_data (no_indicators, -1, "t.json", &error));
  assert_message (error, DOSON_CTR_ERROR_INVALID_DATA,
                  "t.json:1:1: the required key \"indicators\" is missing");
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_measurement_set_new_from_json_data (no_measurements, -1, "t.json", &error));
  assert_message (error, DOSON_CTR_ERROR_INVALID_DATA,
                  "t.json:1:1: the required key \"measurements\" is missing");
  g_clear_error (&error);

  program = doson_ctr_program_new_from_data (empty_program, -1, "t.json", &error);
  ck_assert_msg (program != NULL, "%s", error ? error->message : "");
  ck_assert_uint_eq (doson_ctr_program_get_units (program)->len, 0);
  ck_assert_uint_eq (doson_ctr_program_get_goals (program)->len, 0);
  ck_assert_uint_eq (doson_ctr_program_get_indicators (program)->len, 0);
  /* Without "baseline_year" the baseline is the first year of the term. */
  ck_assert_int_eq (doson_ctr_program_get_baseline_year (program), 2025);
  assert_program_round_trip (program);

  set = doson_ctr_measurement_set_new_from_json_data (empty_set, -1, "t.json", &error);
  ck_assert_msg (set != NULL, "%s", error ? error->message : "");
  ck_assert_uint_eq (doson_ctr_measurement_set_get_size (set), 0);
  ck_assert (!doson_ctr_measurement_set_get_illustrative (set));
  written = doson_ctr_measurement_set_to_json_data (set, NULL);
  ck_assert_str_eq (written,
                    "{\n  \"format\": \"doson-ctr-measurements\",\n  \"version\": 1,\n"
                    "  \"illustrative\": false,\n  \"measurements\": []\n}\n");
  back = doson_ctr_measurement_set_new_from_json_data (written, -1, "written", &error);
  ck_assert_msg (back != NULL, "%s", error ? error->message : "");
  ck_assert (doson_ctr_measurement_set_equal (set, back));
}
END_TEST

/* Disaggregation values without a name are written without one and read
 * back the same. */
START_TEST (test_round_trip_unnamed_values)
{
  g_autofree char *text =
    replace_once (program_template, "\"lead_units\": [\"u\"],",
                  "\"lead_units\": [\"u\"], \"disaggregation\": {\"dimension\": \"level\", "
                  "\"values\": [{\"id\": \"x\"}, {\"id\": \"y\", \"name\": {\"vi\": \"Cấp Y\"}}]},");
  g_autoptr(GError) error = NULL;
  g_autoptr(DosonCtrProgram) program = NULL;
  g_autofree char *written = NULL;
  DosonCtrIndicator *indicator;

  program = doson_ctr_program_new_from_data (text, -1, "t.json", &error);
  ck_assert_msg (program != NULL, "%s", error ? error->message : "");
  indicator = doson_ctr_program_lookup_indicator (program, "a");
  ck_assert_ptr_null (doson_ctr_indicator_get_disaggregation_value_name (indicator, "x", "vi"));
  ck_assert_str_eq (doson_ctr_indicator_get_disaggregation_value_name (indicator, "y", "vi"), "Cấp Y");
  written = doson_ctr_program_to_data (program, NULL);
  ck_assert_ptr_nonnull (strstr (written, "{\"id\": \"x\"},\n"));
  ck_assert_ptr_nonnull (strstr (written, "{\"id\": \"y\", \"name\": {\"vi\": \"Cấp Y\"}}\n"));
  assert_program_round_trip (program);
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Files that cannot be read or written */

START_TEST (test_load_directory)
{
  g_autofree char *dir = g_dir_make_tmp ("doson-ctr-test-XXXXXX", NULL);
  g_autofree char *csv_dir = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *csv_prefix = NULL;
  g_autoptr(GError) error = NULL;

  ck_assert_ptr_nonnull (dir);
  csv_dir = g_build_filename (dir, "m.csv", NULL);
  ck_assert_int_eq (g_mkdir (csv_dir, 0700), 0);
  prefix = g_strdup_printf ("Failed to read from file “%s”", dir);
  csv_prefix = g_strdup_printf ("Failed to read from file “%s”", csv_dir);

  ck_assert_ptr_null (doson_ctr_program_new_from_file (dir, &error));
  assert_message (error, DOSON_CTR_ERROR_IO, prefix);
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_measurement_set_new_from_file (dir, &error));
  assert_message (error, DOSON_CTR_ERROR_IO, prefix);
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_measurement_set_new_from_file (csv_dir, &error));
  assert_message (error, DOSON_CTR_ERROR_IO, csv_prefix);

  g_rmdir (csv_dir);
  g_rmdir (dir);
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Limits (doc/formats.md, section 5) */

#define FILE_LIMIT (64 * 1024 * 1024)

/* Loads @data (@length bytes) as a programme (kind 'p'), a JSON
 * measurement set ('m') or a CSV one ('c'), which must fail; returns the
 * error. */
static GError *
load_error (char        kind,
            const char *data,
            gsize       length,
            const char *name)
{
  GError *error = NULL;
  GObject *object;

  if (kind == 'p')
    object = (GObject *) doson_ctr_program_new_from_data (data, (gssize) length, name, &error);
  else if (kind == 'm')
    object = (GObject *) doson_ctr_measurement_set_new_from_json_data (data, (gssize) length,
                                                                       name, &error);
  else
    object = (GObject *) doson_ctr_measurement_set_new_from_csv_data (data, (gssize) length,
                                                                      name, &error);
  ck_assert_msg (object == NULL, "%c: %s loaded", kind, name);
  ck_assert_ptr_nonnull (error);
  return error;
}

static void
assert_limit (GError     *error,
              const char *message)
{
  assert_error_message (error, DOSON_CTR_ERROR_LIMIT, message);
  g_error_free (error);
}

static void
assert_not_limit (GError *error)
{
  ck_assert_msg (!g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT),
                 "unexpected limit error: %.200s", error->message);
  g_error_free (error);
}

START_TEST (test_data_size_limit)
{
  char *data = g_malloc (FILE_LIMIT + 1);

  /* 64 MiB are read (blanks, and line ends in CSV: not a valid file)... */
  memset (data, ' ', FILE_LIMIT);
  assert_not_limit (load_error ('p', data, FILE_LIMIT, "t.json"));
  assert_not_limit (load_error ('m', data, FILE_LIMIT, "t.json"));
  memset (data, '\n', FILE_LIMIT);
  assert_not_limit (load_error ('c', data, FILE_LIMIT, "m.csv"));

  /* ... one byte more is not. */
  data[FILE_LIMIT] = '\n';
  assert_limit (load_error ('p', data, FILE_LIMIT + 1, "t.json"),
                "t.json: the data are larger than 64 MiB");
  assert_limit (load_error ('m', data, FILE_LIMIT + 1, "t.json"),
                "t.json: the data are larger than 64 MiB");
  assert_limit (load_error ('c', data, FILE_LIMIT + 1, "m.csv"),
                "m.csv: the data are larger than 64 MiB");
  g_free (data);
}
END_TEST

/* Makes @path a file of @size bytes, all zero (sparse where the file
 * system allows). */
static void
make_file_of_size (const char *path,
                   goffset     size)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GError) error = NULL;

  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  ck_assert_msg (out != NULL, "%s", error->message);
  ck_assert_msg (g_seekable_truncate (G_SEEKABLE (out), size, NULL, &error), "%s", error->message);
  ck_assert (g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error));
}

START_TEST (test_file_size_limit)
{
  g_autofree char *dir = g_dir_make_tmp ("doson-ctr-test-XXXXXX", NULL);
  g_autofree char *json_path = g_build_filename (dir, "big.json", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "big.csv", NULL);
  g_autofree char *message = NULL;
  GError *error = NULL;

  ck_assert_ptr_nonnull (dir);

  /* 64 MiB are read (zero bytes: not a valid file)... */
  make_file_of_size (json_path, FILE_LIMIT);
  ck_assert_ptr_null (doson_ctr_program_new_from_file (json_path, &error));
  assert_not_limit (g_steal_pointer (&error));

  /* ... one byte more is not, whatever the loader. */
  make_file_of_size (json_path, FILE_LIMIT + 1);
  make_file_of_size (csv_path, FILE_LIMIT + 1);
  message = g_strdup_printf ("%s: the file is larger than 64 MiB", json_path);
  ck_assert_ptr_null (doson_ctr_program_new_from_file (json_path, &error));
  assert_limit (g_steal_pointer (&error), message);
  ck_assert_ptr_null (doson_ctr_measurement_set_new_from_file (json_path, &error));
  assert_limit (g_steal_pointer (&error), message);
  g_free (message);
  message = g_strdup_printf ("%s: the file is larger than 64 MiB", csv_path);
  ck_assert_ptr_null (doson_ctr_measurement_set_new_from_file (csv_path, &error));
  assert_limit (g_steal_pointer (&error), message);

  g_unlink (json_path);
  g_unlink (csv_path);
  g_rmdir (dir);
}
END_TEST

/* A file whose size is not known in advance (a device, a pipe) is read
 * no further than the limit: /dev/zero never ends. */
START_TEST (test_endless_file_limit)
{
  GError *error = NULL;

  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    return;
  ck_assert_ptr_null (doson_ctr_program_new_from_file ("/dev/zero", &error));
  assert_limit (g_steal_pointer (&error), "/dev/zero: the file is larger than 64 MiB");
  ck_assert_ptr_null (doson_ctr_measurement_set_new_from_file ("/dev/zero", &error));
  assert_limit (g_steal_pointer (&error), "/dev/zero: the file is larger than 64 MiB");
}
END_TEST

START_TEST (test_json_depth_limit)
{
  GString *text = g_string_new (NULL);
  char kind;
  int i;

  for (kind = 'm'; kind != 0; kind = kind == 'm' ? 'p' : 0)
    {
      /* 128 nested objects are read... */
      g_string_truncate (text, 0);
      for (i = 0; i < 128; i++)
        g_string_append (text, "{\"a\":");
      g_string_append_c (text, '0');
      for (i = 0; i < 128; i++)
        g_string_append_c (text, '}');
      assert_not_limit (load_error (kind, text->str, text->len, "t.json"));

      /* ... 129 are not; the error points at the 129th. */
      g_string_prepend (text, "{\"a\":");
      g_string_append_c (text, '}');
      assert_limit (load_error (kind, text->str, text->len, "t.json"),
                    "t.json:1:641: arrays and objects nest deeper than 128 levels");
    }
  g_string_free (text, TRUE);
}
END_TEST

START_TEST (test_json_path_limit)
{
  GString *text = g_string_new (NULL);
  char kind;

  for (kind = 'm'; kind != 0; kind = kind == 'm' ? 'p' : 0)
    {
      /* A value's path of 256 bytes (here, one key) is read... */
      g_string_assign (text, "{\"");
      g_string_append_printf (text, "%0256d\": 1}", 0);
      assert_not_limit (load_error (kind, text->str, text->len, "t.json"));

      /* ... 257 are not. */
      g_string_insert_c (text, 2, '1');
      assert_limit (load_error (kind, text->str, text->len, "t.json"),
                    "t.json:1:263: the path of this value (its keys and indices from "
                    "the top) is longer than 256 bytes");
    }
  /* Paths grow with nesting too: "a[0][0]...". */
  g_string_assign (text, "{\"a\": ");
  while (text->len < 300)
    g_string_append_c (text, '[');
  assert_limit (load_error ('p', text->str, text->len, "t.json"),
                "t.json:1:93: the path of this value (its keys and indices from "
                "the top) is longer than 256 bytes");
  g_string_free (text, TRUE);
}
END_TEST

START_TEST (test_json_values_limit)
{
  GString *text = g_string_new ("{\"a\": [0");
  guint i;
  char kind;

  /* The object, the array and 999 998 numbers: 1 000 000 values, read... */
  for (i = 1; i < 999998; i++)
    g_string_append (text, ",0");
  g_string_append (text, "]}");
  for (kind = 'm'; kind != 0; kind = kind == 'm' ? 'p' : 0)
    assert_not_limit (load_error (kind, text->str, text->len, "t.json"));

  /* ... one more is not; the error points at it. */
  g_string_insert (text, text->len - 2, ",0");
  for (kind = 'm'; kind != 0; kind = kind == 'm' ? 'p' : 0)
    assert_limit (load_error (kind, text->str, text->len, "t.json"),
                  "t.json:1:2000004: more than 1000000 values (objects, arrays, strings, "
                  "numbers, true, false and null count one each)");
  g_string_free (text, TRUE);
}
END_TEST

START_TEST (test_csv_limits)
{
  GString *text = g_string_new ("indicator,year,value,note\na,2026,1,");
  gsize note = (1024 * 1024) - strlen ("a,2026,1,");
  guint i;

  /* A record of 1 MiB is read... */
  g_string_set_size (text, text->len + note);
  memset (text->str + text->len - note, 'x', note);
  g_string_append_c (text, '\n');
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DosonCtrMeasurementSet) set =
      doson_ctr_measurement_set_new_from_csv_data (text->str, (gssize) text->len, "m.csv", &error);

    ck_assert_msg (set != NULL, "%s", error->message);
  }
  /* ... one byte more is not. */
  g_string_insert_c (text, text->len - 1, 'y');
  assert_limit (load_error ('c', text->str, text->len, "m.csv"),
                "m.csv:2: record longer than 1048576 bytes");

  /* 4097 fields are not read (the header would be refused anyway). */
  g_string_assign (text, "indicator,year,value");
  for (i = 3; i < 4097; i++)
    g_string_append (text, ",note");
  g_string_append (text, "\n");
  assert_limit (load_error ('c', text->str, text->len, "m.csv"),
                "m.csv:1: more than 4096 fields in a record");
  g_string_assign (text, "indicator,year,value\na,2026,1");
  for (i = 3; i < 4097; i++)
    g_string_append_c (text, ',');
  g_string_append (text, "\n");
  assert_limit (load_error ('c', text->str, text->len, "m.csv"),
                "m.csv:2: more than 4096 fields in a record");
  g_string_free (text, TRUE);
}
END_TEST

static Suite *
program_json_suite (void)
{
  Suite *s = suite_create ("program-json");
  TCase *tc;

  tc = tcase_create ("examples");
  tcase_add_test (tc, test_doc_example_program);
  tcase_add_test (tc, test_template_loads);
  suite_add_tcase (s, tc);

  tc = tcase_create ("round-trip");
  tcase_add_test (tc, test_round_trip_example);
  tcase_add_test (tc, test_round_trip_built_in_code);
  tcase_add_test (tc, test_round_trip_files);
  tcase_add_test (tc, test_save_without_title);
  tcase_add_test (tc, test_round_trip_numbers);
  tcase_add_test (tc, test_round_trip_unnamed_values);
  tcase_add_test (tc, test_empty_documents);
  suite_add_tcase (s, tc);

  tc = tcase_create ("errors");
  tcase_add_loop_test (tc, test_program_error, 0, G_N_ELEMENTS (program_errors));
  tcase_add_test (tc, test_program_error_misc);
  tcase_add_test (tc, test_null_data);
  suite_add_tcase (s, tc);

  tc = tcase_create ("syntax");
  tcase_add_loop_test (tc, test_syntax_error, 0, G_N_ELEMENTS (syntax_errors));
  tcase_add_loop_test (tc, test_root_not_object, 0, G_N_ELEMENTS (root_values));
  tcase_add_test (tc, test_string_escapes);
  tcase_add_test (tc, test_keys_like_paths);
  suite_add_tcase (s, tc);

  tc = tcase_create ("files");
  tcase_add_test (tc, test_load_directory);
  suite_add_tcase (s, tc);

  tc = tcase_create ("limits");
  tcase_set_timeout (tc, 120);
  tcase_add_test (tc, test_data_size_limit);
  tcase_add_test (tc, test_file_size_limit);
  tcase_add_test (tc, test_endless_file_limit);
  tcase_add_test (tc, test_json_depth_limit);
  tcase_add_test (tc, test_json_path_limit);
  tcase_add_test (tc, test_json_values_limit);
  tcase_add_test (tc, test_csv_limits);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return test_run_suite (program_json_suite ());
}
