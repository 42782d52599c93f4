/* test-cli-progress.c: the `doson-ctr progress` subcommand, run as a program
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The path of the built program comes from the environment variable
 * DOSON_CTR_CLI, the fixtures from $DOSON_CTR_TEST_SRCDIR/data/progress
 * (tests/Makefile.am sets both). The program's output is compared with
 * what the library writes for the same files.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "doson-ctr-test.h"

#include "cli-run.h"

/* The path of fixture @name. */
static char *
fixture (const char *name)
{
  return srcdir_path ("data", "progress", name, NULL);
}

/* Runs "$DOSON_CTR_CLI progress ARGS..." (NULL-terminated), with standard
 * input from @stdin_path (or none), and returns its exit status and
 * output. */
static Run
run_progress (const char *stdin_path,
              const char *first_arg,
              ...)
{
  va_list args;
  Run run;

  va_start (args, first_arg);
  run = cli_run_va (NULL, stdin_path, "progress", first_arg, args);
  va_end (args);
  return run;
}

/* What the library writes for @measurements (and @settings): the CSV, the
 * CSV with the summary, or JSON. */
typedef enum { EXPECT_CSV, EXPECT_SUMMARY, EXPECT_JSON } Expect;

static char *
library_output (DosonCtrProgressMethod method,
                const char            *measurements,
                const char            *settings,
                Expect                 what)
{
  g_autoptr(DosonCtrProgressTable) table = doson_ctr_progress_table_new (method);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  if (settings != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (settings);
      g_autoptr(GFileInputStream) in = g_file_read (file, NULL, &error);

      ck_assert_ptr_nonnull (in);
      ck_assert (doson_ctr_progress_table_load_settings (table, G_INPUT_STREAM (in), settings,
                                                         NULL, &error));
    }
  {
    g_autoptr(GFile) file = g_file_new_for_path (measurements);
    g_autoptr(GFileInputStream) in = g_file_read (file, NULL, &error);

    ck_assert_ptr_nonnull (in);
    ck_assert_msg (doson_ctr_progress_table_load_measurements (table, G_INPUT_STREAM (in),
                                                               measurements, NULL, &error),
                   "%s", error != NULL ? error->message : "?");
  }

  if (what == EXPECT_JSON)
    ck_assert (doson_ctr_progress_table_write_json (table, out, FALSE, NULL, &error));
  else
    {
      ck_assert (doson_ctr_progress_table_write_csv (table, out, NULL, &error));
      if (what == EXPECT_SUMMARY)
        {
          ck_assert (g_output_stream_write_all (out, "\n", 1, NULL, NULL, &error));
          ck_assert (doson_ctr_progress_table_write_summary_csv (table, out, NULL, &error));
        }
    }
  ck_assert (g_output_stream_write_all (out, "", 1, NULL, NULL, &error));
  ck_assert (g_output_stream_close (out, NULL, &error));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

static void
assert_success (const Run  *run,
                const char *expected_out)
{
  ck_assert_msg (run->status == 0, "exit status %d, stderr: %s", run->status, run->err);
  ck_assert_str_eq (run->err, "");
  ck_assert_str_eq (run->out, expected_out);
}

/* Asserts a failed run with status @status, nothing on standard output
 * and @fragment in the message on standard error. */
static void
assert_failure (const Run  *run,
                int         status,
                const char *fragment)
{
  ck_assert_msg (run->status == status, "exit status %d, want %d; stderr: %s",
                 run->status, status, run->err);
  ck_assert_str_eq (run->out, "");
  ck_assert_msg (g_str_has_prefix (run->err, "doson-ctr progress: "), "%s", run->err);
  ck_assert_msg (strstr (run->err, fragment) != NULL, "\"%s\" not in: %s", fragment, run->err);
}

/* ------------------------------------------------------------------ */
/* core                                                                */
/* ------------------------------------------------------------------ */

START_TEST (test_golden)
{
  g_autofree char *small = fixture ("good-small.csv");
  g_auto(Run) run = run_progress (NULL, "--method", "open-sdg", small, NULL);

  /* 100 → 108 in a year: CAGR 1.08 − 1 (0.08000000000000007 in binary),
   * no target: PV = CAGR ≥ 1.5 %, substantial progress, score capped at 5. */
  assert_success (&run,
                  "series,base_year,base_value,current_year,current_value,progress,status,score\n"
                  "W00001-grdp,2015,100,2016,108,0.08000000000000007,substantial_progress,5\n");
}
END_TEST

/* --data FILE and the positional file (the older spelling) read the same;
 * the file is given once. */
START_TEST (test_data_option)
{
  g_autofree char *small = fixture ("good-small.csv");
  g_auto(Run) option = run_progress (NULL, "--method", "open-sdg", "--data", small, NULL);
  g_auto(Run) positional = run_progress (NULL, "--method", "open-sdg", small, NULL);
  g_auto(Run) both = run_progress (NULL, "--method", "open-sdg", "--data", small, small, NULL);

  assert_success (&option, positional.out);
  ck_assert (strstr (option.out, "W00001-grdp,2015,100,2016,108,") != NULL);
  assert_failure (&both, 2, "unexpected argument");
}
END_TEST

START_TEST (test_matches_library)
{
  static const struct { const char *name; DosonCtrProgressMethod method; } methods[] = {
    { "open-sdg", DOSON_CTR_PROGRESS_METHOD_OPEN_SDG },
    { "unsd-ratio", DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO },
    { "expected-value", DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE },
  };
  g_autofree char *measurements = fixture ("measurements.csv");
  g_autofree char *settings = fixture ("settings.csv");
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (methods); i++)
    {
      g_autofree char *plain = library_output (methods[i].method, measurements, NULL, EXPECT_CSV);
      g_autofree char *with_settings =
        library_output (methods[i].method, measurements, settings, EXPECT_CSV);
      g_autofree char *summary =
        library_output (methods[i].method, measurements, settings, EXPECT_SUMMARY);
      g_autofree char *json =
        library_output (methods[i].method, measurements, settings, EXPECT_JSON);
      g_auto(Run) r1 = run_progress (NULL, "--method", methods[i].name, measurements, NULL);
      g_auto(Run) r2 = run_progress (NULL, "--method", methods[i].name, "--settings", settings,
                                     measurements, NULL);
      g_auto(Run) r3 = run_progress (NULL, "--method", methods[i].name, "--settings", settings,
                                     "--summary", "--format", "csv", measurements, NULL);
      g_auto(Run) r4 = run_progress (NULL, "--format=json", "--method", methods[i].name,
                                     "--settings", settings, "--", measurements, NULL);

      assert_success (&r1, plain);
      assert_success (&r2, with_settings);
      assert_success (&r3, summary);
      assert_success (&r4, json);
      ck_assert (strstr (summary, "\n\ngroup,series,score,status\n") != NULL);
    }
}
END_TEST

START_TEST (test_stdin)
{
  g_autofree char *measurements = fixture ("measurements.csv");
  g_autofree char *settings = fixture ("settings.csv");
  g_autofree char *expected = library_output (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG,
                                              measurements, settings, EXPECT_CSV);
  g_auto(Run) run = run_progress (measurements, "--method", "open-sdg", "--settings", settings,
                                  "-", NULL);
  g_autofree char *bad = fixture ("bad-text-number.csv");
  g_auto(Run) failed = run_progress (bad, "--method", "open-sdg", "-", NULL);
  g_auto(Run) both = run_progress (bad, "--method", "open-sdg", "--settings", "-", "-", NULL);

  assert_success (&run, expected);
  assert_failure (&failed, 1, "<stdin>:3: field \"value\": not a number: \"abc\"");
  assert_failure (&both, 2, "standard input");
}
END_TEST

/* --format text: the exact table in each language, with the summary. */
START_TEST (test_text)
{
  g_autofree char *dir = g_dir_make_tmp ("test-cli-progress-XXXXXX", NULL);
  g_autofree char *measurements = g_build_filename (dir, "m.csv", NULL);
  g_autofree char *settings = g_build_filename (dir, "s.csv", NULL);

  ck_assert_ptr_nonnull (dir);
  ck_assert (g_file_set_contents (measurements, "series,year,value\n"
                                  "a,2015,1000\na,2020,1500.5\nb,2015,10\nb,2020,8\nc,2015,5\n",
                                  -1, NULL));
  ck_assert (g_file_set_contents (settings, "series,target,group\na,2000,g1\nb,20,g1\nc,10,\n",
                                  -1, NULL));
  {
    g_auto(Run) en = run_progress (NULL, "--method", "unsd-ratio", "--settings", settings,
                                   "--data", measurements, "--format", "text", "--lang", "en",
                                   "--summary", NULL);
    g_auto(Run) vi = run_progress (NULL, "--method", "unsd-ratio", "--settings", settings,
                                   "--data", measurements, "--format=text", "--lang=vi",
                                   "--summary", NULL);
    g_auto(Run) scores = run_progress (NULL, "--method", "open-sdg", "--data", measurements,
                                       "--format", "text", "--lang", "en", NULL);

    assert_success (&en,
      "Series  Base year: value  Current year: value  Progress  Score  Status\n"
      "a       2015: 1,000       2020: 1,500.5        178.8 %   –      On track\n"
      "b       2015: 10          2020: 8              -92.3 %   –      Moving away\n"
      "c       2015: 5           2015: 5              –         –      Insufficient data\n"
      "\n"
      "Group       Series  Mean score  Status\n"
      "g1          2       –           Insufficient data\n"
      "(no group)  1       –           Insufficient data\n");
    assert_success (&vi,
      "Chuỗi số liệu  Năm gốc: giá trị  Năm hiện tại: giá trị  Tiến độ  Điểm  Đánh giá\n"
      "a              2015: 1.000       2020: 1.500,5          178,8 %  –     Đúng tiến độ\n"
      "b              2015: 10          2020: 8                -92,3 %  –     Xấu đi\n"
      "c              2015: 5           2015: 5                –        –     Chưa đủ số liệu\n"
      "\n"
      "Nhóm             Số chuỗi  Điểm bình quân  Đánh giá\n"
      "g1               2         –               Chưa đủ số liệu\n"
      "(không có nhóm)  1         –               Chưa đủ số liệu\n");
    assert_success (&scores,
      "Series  Base year: value  Current year: value  Progress  Score  Status\n"
      "a       2015: 1,000       2020: 1,500.5        8.5 %     5      On track\n"
      "b       2015: 10          2020: 8              -4.4 %    -5     Moving away\n"
      "c       2015: 5           2015: 5              –         –      Insufficient data\n");
  }
  {
    g_auto(Run) markdown = run_progress (NULL, "--method", "open-sdg", "--data", measurements,
                                         "--format", "markdown", NULL);
    g_auto(Run) lang = run_progress (NULL, "--method", "open-sdg", "--data", measurements,
                                     "--format", "text", "--lang", "fr", NULL);

    assert_failure (&markdown, 2, "unknown format \"markdown\"");
    assert_failure (&lang, 2, "unknown language \"fr\"");
  }
  g_remove (measurements);
  g_remove (settings);
  g_rmdir (dir);
}
END_TEST

START_TEST (test_output_file)
{
  g_autofree char *dir = g_dir_make_tmp ("test-cli-progress-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *measurements = fixture ("measurements.csv");
  g_autofree char *bad = fixture ("bad-duplicate-year.csv");
  g_autofree char *expected = library_output (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG,
                                              measurements, NULL, EXPECT_SUMMARY);
  g_autofree char *contents = NULL;

  ck_assert_ptr_nonnull (dir);

  {
    g_auto(Run) run = run_progress (NULL, "--method", "open-sdg", "--summary",
                                    "--output", path, measurements, NULL);

    assert_success (&run, "");
    ck_assert (g_file_get_contents (path, &contents, NULL, NULL));
    ck_assert_str_eq (contents, expected);
  }

  /* A failed run leaves the file as it was. */
  ck_assert (g_file_set_contents (path, "keep me\n", -1, NULL));
  {
    g_auto(Run) run = run_progress (NULL, "--method", "open-sdg", "-o", path, bad, NULL);

    assert_failure (&run, 1, "already has a value for 2015");
    g_free (contents);
    ck_assert (g_file_get_contents (path, &contents, NULL, NULL));
    ck_assert_str_eq (contents, "keep me\n");
  }

  ck_assert_int_eq (g_remove (path), 0);
  ck_assert_int_eq (g_rmdir (dir), 0);
}
END_TEST

START_TEST (test_help)
{
  g_auto(Run) run = run_progress (NULL, "--help", NULL);

  ck_assert_int_eq (run.status, 0);
  ck_assert_str_eq (run.err, "");
  ck_assert (g_str_has_prefix (run.out, "Usage: doson-ctr progress --method METHOD"));
  ck_assert (strstr (run.out, "open-sdg") != NULL);
  ck_assert (strstr (run.out, "unsd-ratio") != NULL);
  ck_assert (strstr (run.out, "expected-value") != NULL);
  ck_assert (strstr (run.out, "series,year,value") != NULL);
  ck_assert (strstr (run.out, "group,series,score,status") != NULL);
}
END_TEST

/* ------------------------------------------------------------------ */
/* errors                                                              */
/* ------------------------------------------------------------------ */

START_TEST (test_bad_input)
{
  static const struct { const char *name; const char *message; } cases[] = {
    { "bad-missing-column.csv", ":1: missing column \"value\"" },
    { "bad-text-number.csv", ":3: field \"value\": not a number: \"abc\"" },
    { "bad-duplicate-year.csv",
      ":4: field \"year\": series \"W00001-grdp\" already has a value for 2015" },
    { "bad-nan.csv", ":2: field \"value\": not a finite number: \"NaN\"" },
    { "empty.csv", ": empty file, expected a header" },
    { "bad-unterminated-quote.csv", ":3: field \"series\": unterminated quoted field" },
    { "bad-invalid-utf8.csv", ":3: field \"series\": invalid UTF-8" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = fixture (cases[i].name);
      g_autofree char *message = g_strconcat (path, cases[i].message, NULL);
      g_auto(Run) run = run_progress (NULL, "--method", "open-sdg", path, NULL);

      assert_failure (&run, 1, message);
    }
}
END_TEST

START_TEST (test_bad_settings)
{
  g_autofree char *measurements = fixture ("measurements.csv");
  g_autofree char *settings = fixture ("bad-settings-column.csv");
  g_autofree char *message = g_strconcat (settings, ":1: field \"tagret\": unknown column", NULL);
  g_auto(Run) run = run_progress (NULL, "--method", "open-sdg", "--settings", settings,
                                  measurements, NULL);
  g_auto(Run) missing = run_progress (NULL, "--method", "open-sdg",
                                      "/nonexistent/measurements.csv", NULL);

  assert_failure (&run, 1, message);
  assert_failure (&missing, 1, "/nonexistent/measurements.csv");
}
END_TEST

START_TEST (test_bad_usage)
{
  g_autofree char *measurements = fixture ("measurements.csv");
  g_auto(Run) no_method = run_progress (NULL, measurements, NULL);
  g_auto(Run) bad_method = run_progress (NULL, "--method", "magic", measurements, NULL);
  g_auto(Run) bad_format = run_progress (NULL, "--method", "open-sdg", "--format", "xml",
                                         measurements, NULL);
  g_auto(Run) no_file = run_progress (NULL, "--method", "open-sdg", NULL);
  g_auto(Run) two_files = run_progress (NULL, "--method", "open-sdg", measurements,
                                        measurements, NULL);
  g_auto(Run) bad_option = run_progress (NULL, "--method", "open-sdg", "--frobnicate",
                                         measurements, NULL);

  assert_failure (&no_method, 2, "--method is required");
  assert_failure (&bad_method, 2, "unknown method \"magic\"");
  assert_failure (&bad_format, 2, "unknown format \"xml\"");
  assert_failure (&no_file, 2, "the measurements file is missing");
  assert_failure (&two_files, 2, "unexpected argument");
  assert_failure (&bad_option, 2, "--frobnicate");
}
END_TEST

/* ------------------------------------------------------------------ */
/* limits                                                              */
/* ------------------------------------------------------------------ */

START_TEST (test_max_series)
{
  g_autofree char *measurements = fixture ("measurements.csv");
  /* The second series starts on line 6. */
  g_autofree char *message = g_strconcat (measurements, ":6: field \"series\": more than 1 "
                                          "series (the table's limit; see "
                                          "doson_ctr_progress_table_set_max_series())", NULL);
  g_auto(Run) one = run_progress (NULL, "--method", "open-sdg", "--max-series", "1",
                                  measurements, NULL);
  g_auto(Run) plenty = run_progress (NULL, "--method", "open-sdg", "--max-series=1000",
                                     measurements, NULL);
  g_auto(Run) unlimited = run_progress (NULL, "--method", "open-sdg", measurements, NULL);
  g_auto(Run) zero = run_progress (NULL, "--method", "open-sdg", "--max-series", "0",
                                   measurements, NULL);
  g_auto(Run) text = run_progress (NULL, "--method", "open-sdg", "--max-series", "many",
                                   measurements, NULL);
  g_auto(Run) help = run_progress (NULL, "--help", NULL);

  assert_failure (&one, 1, message);
  ck_assert_msg (plenty.status == 0, "%s", plenty.err);
  ck_assert_str_eq (plenty.out, unlimited.out);
  assert_failure (&zero, 2, "--max-series: \"0\" is not a number from 1 to 1000000000");
  assert_failure (&text, 2, "--max-series: \"many\" is not a number from 1 to 1000000000");
  ck_assert (strstr (help.out, "--max-series=N") != NULL);
}
END_TEST

static Suite *
cli_progress_suite (void)
{
  Suite *s = suite_create ("cli-progress");
  TCase *tc;

  tc = tcase_create ("core");
  tcase_add_test (tc, test_golden);
  tcase_add_test (tc, test_data_option);
  tcase_add_test (tc, test_matches_library);
  tcase_add_test (tc, test_stdin);
  tcase_add_test (tc, test_output_file);
  tcase_add_test (tc, test_text);
  tcase_add_test (tc, test_help);
  suite_add_tcase (s, tc);

  tc = tcase_create ("errors");
  tcase_add_test (tc, test_bad_input);
  tcase_add_test (tc, test_bad_settings);
  tcase_add_test (tc, test_bad_usage);
  suite_add_tcase (s, tc);

  tc = tcase_create ("limits");
  tcase_add_test (tc, test_max_series);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return test_run_suite (cli_progress_suite ());
}
