/* test-diagnostic.c: DosonCtrDiagnostic and the validation functions that
 * list every problem of a file in one pass
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <glib/gstdio.h>

#include "doson-ctr-test.h"


/* Writes @text to a new temporary file whose name ends in @suffix;
 * returns its path (remove it with g_unlink()). */
static char *
write_temp (const char *suffix,
            const char *text)
{
  g_autofree char *template = g_strconcat ("test-diagnostic-XXXXXX", suffix, NULL);
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd;

  fd = g_file_open_tmp (template, &path, &error);
  ck_assert_msg (fd >= 0, "%s", error != NULL ? error->message : "?");
  g_close (fd, NULL);
  ck_assert (g_file_set_contents (path, text, -1, &error));
  return path;
}

/* Asserts that @d is at @line:@column, about @field (or none), with @code,
 * and that its message starts with @message. */
static void
assert_problem (const DosonCtrDiagnostic *d,
                const char               *file,
                guint                     line,
                guint                     column,
                const char               *field,
                DosonCtrError             code,
                const char               *message)
{
  ck_assert_str_eq (doson_ctr_diagnostic_get_file (d), file);
  ck_assert_uint_eq (doson_ctr_diagnostic_get_line (d), line);
  ck_assert_uint_eq (doson_ctr_diagnostic_get_column (d), column);
  if (field == NULL)
    ck_assert_ptr_null (doson_ctr_diagnostic_get_field (d));
  else
    ck_assert_str_eq (doson_ctr_diagnostic_get_field (d), field);
  ck_assert_int_eq (doson_ctr_diagnostic_get_code (d), code);
  ck_assert_msg (g_str_has_prefix (doson_ctr_diagnostic_get_message (d), message),
                 "message \"%s\", expected \"%s…\"",
                 doson_ctr_diagnostic_get_message (d), message);
}

#define PROBLEM(array, i) ((const DosonCtrDiagnostic *) g_ptr_array_index ((array), (i)))

/* A programme with five mistakes: an unknown key in a unit, a goal with
 * an unknown parent, an indicator with an unknown measure and an unknown
 * lead unit, and a target with a year outside the term. */
static const char broken_program[] =
  "{\n"
  "  \"format\": \"doson-ctr-program\", \"version\": 1, \"id\": \"p\",\n"
  "  \"title\": {\"vi\": \"Chương trình\"},\n"
  "  \"term_start\": 2025, \"term_end\": 2030,\n"
  "  \"units\": [{\"id\": \"u\", \"name\": {\"vi\": \"Đơn vị\"}, \"nam\": 1}],\n"
  "  \"goals\": [{\"id\": \"g\", \"title\": {\"vi\": \"Mục tiêu\"}},\n"
  "            {\"id\": \"h\", \"title\": {\"vi\": \"Mục tiêu\"}, \"parent\": \"x\"}],\n"
  "  \"indicators\": [\n"
  "    {\"id\": \"a\", \"name\": {\"vi\": \"A\"}, \"measure\": \"percentage\",\n"
  "     \"direction\": \"higher\", \"goal\": \"g\", \"lead_units\": [\"v\"],\n"
  "     \"targets\": [{\"kind\": \"level\", \"comparator\": \">=\", \"value\": 1,\n"
  "                  \"deadline_year\": 2040}]}\n"
  "  ]\n"
  "}\n";

START_TEST (test_program_every_problem)
{
  g_autofree char *path = write_temp (".json", broken_program);
  g_autofree char *name = g_filename_display_name (path);
  g_autoptr(DosonCtrProgram) program = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  problems = doson_ctr_program_validate_file (path, &program);
  ck_assert_ptr_null (program);
  ck_assert_uint_eq (problems->len, 5);
  assert_problem (PROBLEM (problems, 0), name, 5, 51, "units[0].nam",
                  DOSON_CTR_ERROR_INVALID_DATA, "unknown key \"nam\"");
  assert_problem (PROBLEM (problems, 1), name, 7, 64, "goals[1].parent",
                  DOSON_CTR_ERROR_INVALID_DATA, "unknown goal \"x\"");
  assert_problem (PROBLEM (problems, 2), name, 9, 49, "indicators[0].measure",
                  DOSON_CTR_ERROR_INVALID_DATA, "unknown measure \"percentage\"");
  assert_problem (PROBLEM (problems, 3), name, 10, 57, "indicators[0].lead_units[0]",
                  DOSON_CTR_ERROR_INVALID_DATA, "unknown unit \"v\"");
  assert_problem (PROBLEM (problems, 4), name, 12, 36,
                  "indicators[0].targets[0].deadline_year",
                  DOSON_CTR_ERROR_INVALID_DATA, "the year 2040 is outside the term");
  g_unlink (path);
}
END_TEST

START_TEST (test_loader_stops_at_the_first)
{
  g_autofree char *path = write_temp (".json", broken_program);
  g_autoptr(DosonCtrProgram) program = NULL;
  g_autoptr(GPtrArray) problems = doson_ctr_program_validate_file (path, NULL);
  g_autofree char *first = doson_ctr_diagnostic_to_string (PROBLEM (problems, 0));
  g_autoptr(GError) error = NULL;

  /* The loader reads with the same code and fails with the first. */
  program = doson_ctr_program_new_from_file (path, &error);
  ck_assert_ptr_null (program);
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
  ck_assert_str_eq (error->message, first);
  g_unlink (path);
}
END_TEST

START_TEST (test_program_clean)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(DosonCtrProgram) program = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  path = srcdir_path ("data", "cli", "small-program.json", NULL);
  problems = doson_ctr_program_validate_file (path, &program);
  ck_assert_uint_eq (problems->len, 0);
  ck_assert_ptr_nonnull (program);
  ck_assert_str_eq (doson_ctr_program_get_id (program), "hoa-sen-2026");
}
END_TEST

START_TEST (test_syntax_error_ends_the_reading)
{
  g_autofree char *path = write_temp (".json",
                                      "{\"format\": \"doson-ctr-program\",\n"
                                      " \"id\": \"p\" \"version\": 1, \"titel\": 2}\n");
  g_autofree char *name = g_filename_display_name (path);
  g_autoptr(GPtrArray) problems = doson_ctr_program_validate_file (path, NULL);

  ck_assert_uint_eq (problems->len, 1);
  assert_problem (PROBLEM (problems, 0), name, 2, 12, NULL,
                  DOSON_CTR_ERROR_PARSE, "expected ',' or '}' after a member");
  g_unlink (path);
}
END_TEST

START_TEST (test_unreadable_file)
{
  g_autoptr(GPtrArray) problems =
    doson_ctr_measurement_set_validate_file ("/nonexistent/figures.csv", NULL, NULL);

  ck_assert_uint_eq (problems->len, 1);
  ck_assert_int_eq (doson_ctr_diagnostic_get_code (PROBLEM (problems, 0)), DOSON_CTR_ERROR_IO);
  ck_assert_uint_eq (doson_ctr_diagnostic_get_line (PROBLEM (problems, 0)), 0);
  ck_assert_ptr_null (doson_ctr_diagnostic_get_field (PROBLEM (problems, 0)));
}
END_TEST

START_TEST (test_csv_every_row)
{
  /* An empty value is a problem, never a zero. */
  g_autofree char *path = write_temp (".csv",
                                      "indicator,year,value\n"
                                      "grdp,2026,1\n"
                                      "grdp,2027,\n"
                                      "grdp,20x8,3\n"
                                      "grdp,2029,4,5\n"
                                      "grdp,2030,nan\n"
                                      "grdp,2026,6\n"
                                      "grdp,2028,7\n");
  g_autofree char *name = g_filename_display_name (path);
  g_autoptr(DosonCtrMeasurementSet) set = NULL;
  g_autoptr(GPtrArray) problems = doson_ctr_measurement_set_validate_file (path, NULL, &set);
  g_autofree char *text = NULL;

  ck_assert_ptr_null (set);
  ck_assert_uint_eq (problems->len, 5);
  assert_problem (PROBLEM (problems, 0), name, 3, 0, "value", DOSON_CTR_ERROR_PARSE,
                  "empty, expected a number");
  assert_problem (PROBLEM (problems, 1), name, 4, 0, "year", DOSON_CTR_ERROR_PARSE,
                  "not a year: \"20x8\"");
  assert_problem (PROBLEM (problems, 2), name, 5, 0, "4", DOSON_CTR_ERROR_PARSE,
                  "the record has 4 fields, the header 3 (a comma in an unquoted value?)");
  assert_problem (PROBLEM (problems, 3), name, 6, 0, "value", DOSON_CTR_ERROR_NOT_FINITE,
                  "not a finite number");
  assert_problem (PROBLEM (problems, 4), name, 7, 0, NULL, DOSON_CTR_ERROR_INVALID_DATA,
                  "indicator \"grdp\", year 2026: a value is already given");

  text = doson_ctr_diagnostic_to_string (PROBLEM (problems, 0));
  ck_assert (g_str_has_prefix (text, name));
  ck_assert_str_eq (text + strlen (name), ":3: field \"value\": empty, expected a number");
  g_unlink (path);
}
END_TEST

/* Every problem of a CSV header is listed, and none of its rows is read. */
START_TEST (test_csv_every_header_problem)
{
  g_autofree char *path = write_temp (".csv",
                                      "indicator,Value,year,nota,year\n"
                                      "grdp,1,2026,,2026\n"
                                      "grdp,x,2027,,2027\n");
  g_autofree char *name = g_filename_display_name (path);
  g_autoptr(DosonCtrMeasurementSet) set = NULL;
  g_autoptr(GPtrArray) problems = doson_ctr_measurement_set_validate_file (path, NULL, &set);

  ck_assert_ptr_null (set);
  ck_assert_uint_eq (problems->len, 4);
  assert_problem (PROBLEM (problems, 0), name, 1, 0, "Value", DOSON_CTR_ERROR_INVALID_DATA,
                  "unknown column (expected indicator, year, value, level, source or note)");
  assert_problem (PROBLEM (problems, 1), name, 1, 0, "nota", DOSON_CTR_ERROR_INVALID_DATA,
                  "unknown column (expected indicator, year, value, level, source or note)");
  assert_problem (PROBLEM (problems, 2), name, 1, 0, "year", DOSON_CTR_ERROR_INVALID_DATA,
                  "column \"year\" appears twice (fields 3 and 5)");
  assert_problem (PROBLEM (problems, 3), name, 1, 0, NULL, DOSON_CTR_ERROR_INVALID_DATA,
                  "missing column \"value\" (the header must name indicator, year and value)");
  g_unlink (path);
}
END_TEST

START_TEST (test_json_against_program)
{
  g_autofree char *path = write_temp (".json",
                                      "{\"format\": \"doson-ctr-measurements\", \"version\": 1,\n"
                                      " \"program\": \"other\",\n"
                                      " \"measurements\": [\n"
                                      "  {\"indicator\": \"grdp\", \"year\": 2026, \"value\": \"1\"},\n"
                                      "  {\"indicator\": \"no-such\", \"year\": 2026, \"value\": 1},\n"
                                      "  {\"indicator\": \"grdp\", \"year\": 2099, \"value\": 1, \"lvl\": 2}\n"
                                      " ]}\n");
  g_autofree char *name = g_filename_display_name (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DosonCtrProgram) program = doson_ctr_program_new_builtin (&error);
  g_autoptr(GPtrArray) problems = NULL;

  ck_assert_ptr_nonnull (program);
  problems = doson_ctr_measurement_set_validate_file (path, program, NULL);
  ck_assert_uint_eq (problems->len, 5);
  /* The reader's problems first, then those against the programme. */
  assert_problem (PROBLEM (problems, 0), name, 4, 48, "measurements[0].value",
                  DOSON_CTR_ERROR_INVALID_DATA, "expected a number");
  assert_problem (PROBLEM (problems, 1), name, 6, 51, "measurements[2].lvl",
                  DOSON_CTR_ERROR_INVALID_DATA, "unknown key \"lvl\"");
  assert_problem (PROBLEM (problems, 2), name, 2, 13, "program",
                  DOSON_CTR_ERROR_INVALID_DATA,
                  "the measurements are for programme \"other\"");
  assert_problem (PROBLEM (problems, 3), name, 5, 3, NULL,
                  DOSON_CTR_ERROR_INVALID_DATA,
                  "indicator \"no-such\", year 2026: programme \"03-ctr-du\" has no indicator");
  assert_problem (PROBLEM (problems, 4), name, 6, 3, NULL,
                  DOSON_CTR_ERROR_INVALID_DATA,
                  "indicator \"grdp\", year 2099: the year is outside");
  g_unlink (path);
}
END_TEST

START_TEST (test_ref)
{
  g_autoptr(GPtrArray) problems =
    doson_ctr_program_validate_file ("/nonexistent/program.json", NULL);
  DosonCtrDiagnostic *d = doson_ctr_diagnostic_ref (g_ptr_array_index (problems, 0));
  g_autofree char *text = NULL;

  g_clear_pointer (&problems, g_ptr_array_unref);
  /* Still alive through its own reference. */
  text = doson_ctr_diagnostic_to_string (d);
  ck_assert (g_str_has_prefix (text, "/nonexistent/program.json: "));
  ck_assert (g_type_is_a (DOSON_CTR_TYPE_DIAGNOSTIC, G_TYPE_BOXED));
  doson_ctr_diagnostic_unref (d);
}
END_TEST

static Suite *
diagnostic_suite (void)
{
  Suite *s = suite_create ("diagnostic");
  TCase *tc;

  tc = tcase_create ("program");
  tcase_add_test (tc, test_program_every_problem);
  tcase_add_test (tc, test_loader_stops_at_the_first);
  tcase_add_test (tc, test_program_clean);
  tcase_add_test (tc, test_syntax_error_ends_the_reading);
  suite_add_tcase (s, tc);

  tc = tcase_create ("measurements");
  tcase_add_test (tc, test_unreadable_file);
  tcase_add_test (tc, test_csv_every_row);
  tcase_add_test (tc, test_csv_every_header_problem);
  tcase_add_test (tc, test_json_against_program);
  suite_add_tcase (s, tc);

  tc = tcase_create ("diagnostic");
  tcase_add_test (tc, test_ref);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (diagnostic_suite ());
}
