/* test-atomic-write.c: a failed write leaves an existing file exactly as
 * it was, for the library's writers and for the doson-ctr program
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A write is made to fail part-way by lowering RLIMIT_FSIZE: write(2)
 * then fails with EFBIG after the first bytes, which works the same as
 * root (CI runs as root, so a read-only directory would not stop it).
 * Check forks each test, so the limit never outlives its test.
 */

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "doson-ctr-test.h"

#define OLD_CONTENTS "the file as it was before the write\n"
#define FSIZE_LIMIT 64 /* bytes: less than any file written here */

static char *tmpdir;
static char *target;
static struct rlimit saved_limit;

static void restore_file_size (void);

static void
setup (void)
{
  GError *error = NULL;

  tmpdir = g_dir_make_tmp ("doson-ctr-atomic-XXXXXX", &error);
  ck_assert_msg (tmpdir != NULL, "%s", error ? error->message : "");
  target = g_build_filename (tmpdir, "out.json", NULL);
  ck_assert (g_file_set_contents (target, OLD_CONTENTS, -1, NULL));
  getrlimit (RLIMIT_FSIZE, &saved_limit);
}

static void
teardown (void)
{
  GDir *dir;
  const char *name;

  restore_file_size ();
  dir = g_dir_open (tmpdir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      char *path = g_build_filename (tmpdir, name, NULL);
      g_unlink (path);
      g_free (path);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (tmpdir);
  g_clear_pointer (&target, g_free);
  g_clear_pointer (&tmpdir, g_free);
}

/* Lowers the soft file size limit of this process (and of the children it
 * starts afterwards); restore_file_size() undoes it, so that the tests
 * also run one after another in one process (CK_FORK=no, valgrind). */
static void
limit_file_size (gpointer user_data)
{
  struct rlimit limit;

  getrlimit (RLIMIT_FSIZE, &limit);
  limit.rlim_cur = FSIZE_LIMIT;
  signal (SIGXFSZ, SIG_IGN); /* EFBIG instead of a signal */
  setrlimit (RLIMIT_FSIZE, &limit);
}

static void
restore_file_size (void)
{
  setrlimit (RLIMIT_FSIZE, &saved_limit);
  signal (SIGXFSZ, SIG_DFL);
}

/* The target still holds OLD_CONTENTS and nothing else is in the
 * directory: no temporary file was left behind. */
static void
assert_untouched (void)
{
  char *contents = NULL;
  GDir *dir;
  const char *name;
  guint n = 0;

  ck_assert (g_file_get_contents (target, &contents, NULL, NULL));
  ck_assert_str_eq (contents, OLD_CONTENTS);
  g_free (contents);

  dir = g_dir_open (tmpdir, 0, NULL);
  ck_assert_ptr_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      ck_assert_msg (strcmp (name, "out.json") == 0, "left behind: %s", name);
      n++;
    }
  g_dir_close (dir);
  ck_assert_uint_eq (n, 1);
}

static DosonCtrMeasurementSet *
small_set (void)
{
  DosonCtrMeasurementSet *set = doson_ctr_measurement_set_new ();
  GError *error = NULL;
  int year;

  for (year = 2025; year <= 2030; year++)
    ck_assert_msg (doson_ctr_measurement_set_add_value (set, "health-insurance-coverage",
                                                        year, NULL, 90.0 + year - 2025, &error),
                   "%s", error ? error->message : "");
  return set;
}

START_TEST (test_program_save_fails_part_way)
{
  GError *error = NULL;
  DosonCtrProgram *program = doson_ctr_program_new_builtin (&error);

  ck_assert_ptr_nonnull (program);
  limit_file_size (NULL);
  ck_assert (!doson_ctr_program_save_to_file (program, target, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO));
  ck_assert_msg (strstr (error->message, "out.json") != NULL,
                 "the message names the file: %s", error->message);
  g_error_free (error);
  assert_untouched ();
  g_object_unref (program);
}
END_TEST

START_TEST (test_measurements_save_fails_part_way)
{
  GError *error = NULL;
  DosonCtrMeasurementSet *set = small_set ();
  char *csv_target = g_build_filename (tmpdir, "out.csv", NULL);

  limit_file_size (NULL);
  ck_assert (!doson_ctr_measurement_set_save_to_file (set, target, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO));
  g_clear_error (&error);
  assert_untouched ();

  /* CSV too, to a new name: nothing may appear. */
  ck_assert (!doson_ctr_measurement_set_save_to_file (set, csv_target, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO));
  g_clear_error (&error);
  ck_assert (!g_file_test (csv_target, G_FILE_TEST_EXISTS));
  assert_untouched ();

  g_free (csv_target);
  g_object_unref (set);
}
END_TEST

START_TEST (test_save_into_missing_directory)
{
  GError *error = NULL;
  DosonCtrMeasurementSet *set = small_set ();
  char *path = g_build_filename (tmpdir, "no-such-dir", "out.json", NULL);

  ck_assert (!doson_ctr_measurement_set_save_to_file (set, path, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO));
  g_error_free (error);
  assert_untouched ();
  g_free (path);
  g_object_unref (set);
}
END_TEST

START_TEST (test_save_replaces_whole_file)
{
  GError *error = NULL;
  DosonCtrMeasurementSet *set = small_set ();
  DosonCtrMeasurementSet *again;

  ck_assert (doson_ctr_measurement_set_save_to_file (set, target, &error));
  again = doson_ctr_measurement_set_new_from_file (target, &error);
  ck_assert_msg (again != NULL, "%s", error ? error->message : "");
  ck_assert (doson_ctr_measurement_set_equal (set, again));
  g_object_unref (again);
  g_object_unref (set);
}
END_TEST

/* Removes @dir and the files in it. */
static void
remove_flat_dir (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
      g_free (path);
    }
  if (d != NULL)
    g_dir_close (d);
  g_rmdir (dir);
}

/* Runs the doson-ctr program with the file size limit, expecting it to
 * fail with exit status 1 and a message on stderr.
 *
 * In a coverage build the program writes its .gcda files as it exits,
 * under the same limit, which would truncate them: GCOV_PREFIX sends them
 * to a directory of their own, thrown away afterwards. */
static void
run_cli_limited (const char * const *args)
{
  const char *cli = g_getenv ("DOSON_CTR_CLI");
  GPtrArray *argv = g_ptr_array_new ();
  char *gcov_dir = g_dir_make_tmp ("doson-ctr-gcov-XXXXXX", NULL);
  char **envp = g_get_environ ();
  char *out = NULL, *err = NULL;
  GError *error = NULL;
  int status = 0;

  ck_assert_ptr_nonnull (gcov_dir);
  envp = g_environ_setenv (envp, "GCOV_PREFIX", gcov_dir, TRUE);
  envp = g_environ_setenv (envp, "GCOV_PREFIX_STRIP", "1000", TRUE);

  ck_assert_msg (cli != NULL, "DOSON_CTR_CLI is not set");
  g_ptr_array_add (argv, (gpointer) cli);
  for (; *args != NULL; args++)
    g_ptr_array_add (argv, (gpointer) *args);
  g_ptr_array_add (argv, NULL);

  ck_assert (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT,
                           limit_file_size, NULL, &out, &err, &status, &error));
  remove_flat_dir (gcov_dir);
  g_free (gcov_dir);
  g_strfreev (envp);
  ck_assert_msg (g_spawn_check_wait_status (status, NULL) == FALSE, "the run succeeded");
  ck_assert_msg (WIFEXITED (status) && WEXITSTATUS (status) == 1,
                 "exit status %d, stderr: %s", status, err);
  ck_assert_msg (strstr (err, "out.json") != NULL, "stderr names the file: %s", err);
  ck_assert_str_eq (out, "");
  g_free (out);
  g_free (err);
  g_ptr_array_free (argv, TRUE);
  assert_untouched ();
}

START_TEST (test_cli_progress_output)
{
  char *data = srcdir_path ("data", "progress", "measurements.csv", NULL);
  const char *args[] = { "progress", "--method", "open-sdg", "--format", "json",
                         "--output", target, data, NULL };

  run_cli_limited (args);
  g_free (data);
}
END_TEST

START_TEST (test_cli_list_output)
{
  const char *args[] = { "list", "--format", "json", "--output", target, NULL };

  run_cli_limited (args);
}
END_TEST

START_TEST (test_cli_report_output)
{
  char *data = srcdir_path ("..", "examples", "data",
                            "measurements-illustrative.json", NULL);
  const char *args[] = { "report", "--data", data, "--format", "json",
                         "--output", target, NULL };

  run_cli_limited (args);
  g_free (data);
}
END_TEST

static Suite *
atomic_write_suite (void)
{
  Suite *s = suite_create ("atomic-write");
  TCase *tc;

  tc = tcase_create ("library");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_program_save_fails_part_way);
  tcase_add_test (tc, test_measurements_save_fails_part_way);
  tcase_add_test (tc, test_save_into_missing_directory);
  tcase_add_test (tc, test_save_replaces_whole_file);
  suite_add_tcase (s, tc);

  tc = tcase_create ("cli");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_cli_progress_output);
  tcase_add_test (tc, test_cli_list_output);
  tcase_add_test (tc, test_cli_report_output);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (atomic_write_suite ());
}
