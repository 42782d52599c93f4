/* test-output.c: numbers as documents write them, and atomic file writes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include "doson-ctr-test.h"

static void
assert_number (double      value,
               const char *expected)
{
  g_autofree char *text = doson_ctr_format_number (value);

  ck_assert_str_eq (text, expected);
}

START_TEST (test_format_number)
{
  assert_number (0.1, "0.1");
  assert_number (3, "3");
  assert_number (-1234.5, "-1234.5");
  assert_number (0.00001, "0.00001");
  assert_number (1.5e20, "1.5e+20");
  assert_number (2e-7, "2e-07");
  assert_number (-0.0, "-0");
  assert_number (1.0 / 3, "0.3333333333333333");
  assert_number (NAN, "NaN");
  assert_number (-INFINITY, "-infinity");
}
END_TEST

START_TEST (test_write_file_atomically)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-output-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "dir.txt", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  ck_assert_ptr_nonnull (dir);
  ck_assert (doson_ctr_write_file_atomically (path, "old", -1, &error));
  ck_assert (doson_ctr_write_file_atomically (path, "a\0b", 3, &error));
  ck_assert_ptr_null (error);
  ck_assert (g_file_get_contents (path, &contents, &length, NULL));
  ck_assert_uint_eq (length, 3);
  ck_assert_mem_eq (contents, "a\0b", 3);

  ck_assert (!doson_ctr_write_file_atomically (missing, "x", -1, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO));
  ck_assert (!g_file_test (missing, G_FILE_TEST_EXISTS));

  ck_assert_int_eq (g_unlink (path), 0);
  ck_assert_int_eq (g_rmdir (dir), 0);
}
END_TEST

static Suite *
output_suite (void)
{
  Suite *s = suite_create ("output");
  TCase *tc = tcase_create ("core");

  tcase_add_test (tc, test_format_number);
  tcase_add_test (tc, test_write_file_atomically);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (output_suite ());
}
