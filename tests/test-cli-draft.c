/* test-cli-draft.c: `doson-ctr report --format draft`: the draft on the
 * illustrative data in both languages, written to a file, and the errors
 * of its options
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "doson-ctr-test.h"

#include "cli-run.h"

static Run
run_cli (const char *first_arg,
         ...)
{
  va_list args;
  Run run;

  va_start (args, first_arg);
  run = cli_run_va (NULL, NULL, "report", first_arg, args);
  va_end (args);
  return run;
}

static void
assert_status (const Run *run,
               int        status)
{
  ck_assert_msg (run->status == status, "exit status %d, expected %d; stderr: %s",
                 run->status, status, run->err);
}

/* A refused run: @status, nothing on standard output, and @message on
 * standard error. */
static void
assert_refused (const Run  *run,
                int         status,
                const char *message)
{
  assert_status (run, status);
  ck_assert_str_eq (run->out, "");
  ck_assert_msg (strstr (run->err, message) != NULL, "no \"%s\" in \"%s\"", message, run->err);
}

START_TEST (test_draft_vi_en)
{
  g_autofree char *data = srcdir_path ("..", "examples", "data", "measurements-illustrative.json", NULL);
  g_auto (Run) vi = run_cli ("--format", "draft", "--year", "2027", "--lang", "vi", "--data", data, NULL);
  g_auto (Run) en = run_cli ("--format", "draft", "--year", "2027", "--lang", "en", "--data", data,
                             "--draft-format", "markdown", "--superior", "Hai Phong City Party Organisation",
                             NULL);

  assert_status (&vi, 0);
  ck_assert_str_eq (vi.err, "");
  ck_assert_ptr_nonnull (strstr (vi.out, "**Kết quả thực hiện Chương trình hành động số 03-CTr/ĐU năm 2027**"));
  ck_assert_ptr_nonnull (strstr (vi.out, "## I. KẾT QUẢ ĐẠT ĐƯỢC"));
  ck_assert_ptr_nonnull (strstr (vi.out, "## II. HẠN CHẾ, NGUYÊN NHÂN"));
  ck_assert_ptr_nonnull (strstr (vi.out, "## III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI"));
  ck_assert_ptr_nonnull (strstr (vi.out, "## PHỤ LỤC"));
  ck_assert_ptr_nonnull (strstr (vi.out, "Số liệu minh họa, không phải số liệu chính thức"));
  ck_assert_ptr_nonnull (strstr (vi.out, "| ĐẢNG BỘ …… |"));
  /* never coloured */
  ck_assert_ptr_null (strchr (vi.out, '\033'));

  assert_status (&en, 0);
  ck_assert_ptr_nonnull (strstr (en.out, "## III. TASKS AND MEASURES AHEAD"));
  ck_assert_ptr_nonnull (strstr (en.out, "Illustrative data, not official statistics"));
  ck_assert (g_str_has_prefix (en.out, "| HAI PHONG CITY PARTY ORGANISATION |"));
}
END_TEST

START_TEST (test_draft_output_file)
{
  g_autofree char *data = srcdir_path ("..", "examples", "data", "measurements-illustrative.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("doson-ctr-cli-draft-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bao-cao-2027.md", NULL);
  g_auto (Run) to_file = run_cli ("--format", "draft", "--year", "2027", "--lang", "vi", "--data", data,
                                  "--output", path, NULL);
  g_auto (Run) to_stdout = run_cli ("--format", "draft", "--year", "2027", "--lang", "vi", "--data", data, NULL);
  g_autofree char *text = NULL;

  assert_status (&to_file, 0);
  ck_assert_str_eq (to_file.out, "");
  text = test_read_file (path, NULL);
  ck_assert_str_eq (text, to_stdout.out);
  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

START_TEST (test_draft_no_data)
{
  /* Without measurements the year is needed; with it, the draft says
   * there are no data. */
  g_auto (Run) no_year = run_cli ("--format", "draft", "--lang", "vi", NULL);
  g_auto (Run) run = run_cli ("--format", "draft", "--year", "2027", "--lang", "vi", NULL);

  assert_status (&no_year, 1);
  ck_assert_str_eq (no_year.out, "");
  ck_assert_ptr_nonnull (strstr (no_year.err, "(--year)"));
  assert_status (&run, 0);
  ck_assert_ptr_nonnull (strstr (run.out, "Chưa có số liệu của chỉ tiêu nào để đánh giá kết quả thực hiện năm "
                                          "2027."));
}
END_TEST

START_TEST (test_draft_errors)
{
  g_autofree char *data = srcdir_path ("..", "examples", "data", "measurements-illustrative.json", NULL);
  g_auto (Run) year = run_cli ("--format", "draft", "--year", "2040", "--data", data, NULL);
  g_auto (Run) bad_year = run_cli ("--format", "draft", "--year", "twenty", NULL);
  g_auto (Run) format = run_cli ("--format", "drafts", "--year", "2027", NULL);
  g_auto (Run) draft_format = run_cli ("--format", "draft", "--draft-format", "pdf", "--year", "2027", NULL);
  g_auto (Run) alone = run_cli ("--draft-format", "markdown", "--year", "2027", NULL);
  g_auto (Run) superior = run_cli ("--format", "text", "--superior", "X", "--year", "2027", NULL);
  g_auto (Run) explain = run_cli ("--format", "draft", "--explain", "grdp", "--year", "2027", NULL);
  g_autofree char *dir = g_dir_make_tmp ("doson-ctr-cli-draft-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "draft.md", NULL);
  g_auto (Run) output = run_cli ("--format", "draft", "--year", "2027", "--output", missing, NULL);

  /* a year outside the programme's term */
  assert_refused (&year, 2, "--year: as-of year 2040: the draft reports on a year of the programme's term, "
                            "2025 to 2030");
  assert_refused (&bad_year, 2, "--year: \"twenty\" is not a year");
  assert_refused (&format, 2, "--format: unknown format \"drafts\" (use text, json, csv, markdown, html or draft)");
  assert_refused (&draft_format, 2, "--draft-format: unknown format \"pdf\" (use markdown or html)");
  assert_refused (&alone, 2, "--draft-format goes with --format draft");
  assert_refused (&superior, 2, "--superior goes with --format draft");
  assert_refused (&explain, 2, "--explain writes text: leave out --format");
  assert_refused (&output, 1, "no-such-dir");
  ck_assert (!g_file_test (missing, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}
END_TEST

static Suite *
cli_draft_suite (void)
{
  Suite *s = suite_create ("cli-draft");
  TCase *tc;

  tc = tcase_create ("draft");
  tcase_add_test (tc, test_draft_vi_en);
  tcase_add_test (tc, test_draft_output_file);
  tcase_add_test (tc, test_draft_no_data);
  suite_add_tcase (s, tc);

  tc = tcase_create ("errors");
  tcase_add_test (tc, test_draft_errors);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return test_run_suite (cli_draft_suite ());
}
