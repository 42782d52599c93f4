/* test-output.c: numbers as documents write them, and atomic file writes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>
#include <stdlib.h>
#include <string.h>
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

/* Writes "part 1, " and "part 2" in two writes, then fails with a
 * DOSON_CTR_ERROR_INVALID_DATA error when @user_data says so. */
static gboolean
write_parts (GOutputStream  *stream,
             gpointer        user_data,
             GError        **error)
{
  gboolean fail = GPOINTER_TO_INT (user_data);

  if (!g_output_stream_write_all (stream, "part 1, ", 8, NULL, NULL, error)
      || !g_output_stream_write_all (stream, "part 2", 6, NULL, NULL, error))
    return FALSE;
  if (fail)
    {
      g_set_error_literal (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA, "failed on purpose");
      return FALSE;
    }
  return TRUE;
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted, joined with spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  ck_assert_ptr_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

START_TEST (test_write_file_atomically_with)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-output-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.txt", NULL);
  g_autofree char *fresh = g_build_filename (dir, "fresh.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "dir.txt", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;

  ck_assert_ptr_nonnull (dir);

  /* Success: the whole output, and nothing else in the directory. */
  ck_assert (doson_ctr_write_file_atomically_with (path, write_parts, GINT_TO_POINTER (FALSE),
                                                   &error));
  ck_assert_ptr_null (error);
  ck_assert (g_file_get_contents (path, &contents, NULL, NULL));
  ck_assert_str_eq (contents, "part 1, part 2");
  listing = list_dir (dir);
  ck_assert_str_eq (listing, "out.txt");

  /* The function fails half-way: its error, the old file untouched, the
   * temporary file gone. */
  ck_assert (!doson_ctr_write_file_atomically_with (path, write_parts, GINT_TO_POINTER (TRUE),
                                                    &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
  ck_assert_str_eq (error->message, "failed on purpose");
  g_clear_error (&error);
  g_clear_pointer (&contents, g_free);
  ck_assert (g_file_get_contents (path, &contents, NULL, NULL));
  ck_assert_str_eq (contents, "part 1, part 2");
  g_clear_pointer (&listing, g_free);
  listing = list_dir (dir);
  ck_assert_str_eq (listing, "out.txt");

  /* A new file is not made at all when the function fails. */
  ck_assert (!doson_ctr_write_file_atomically_with (fresh, write_parts, GINT_TO_POINTER (TRUE),
                                                    &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
  g_clear_error (&error);
  ck_assert (!g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_clear_pointer (&listing, g_free);
  listing = list_dir (dir);
  ck_assert_str_eq (listing, "out.txt");

  /* The file cannot replace a directory: the temporary file is removed. */
  {
    g_autofree char *adir = g_build_filename (dir, "adir", NULL);

    ck_assert_int_eq (g_mkdir (adir, 0700), 0);
    ck_assert (!doson_ctr_write_file_atomically_with (adir, write_parts, GINT_TO_POINTER (FALSE),
                                                      &error));
    ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO));
    ck_assert_ptr_nonnull (strstr (error->message, "Failed to rename file to"));
    g_clear_error (&error);
    g_clear_pointer (&listing, g_free);
    listing = list_dir (dir);
    ck_assert_str_eq (listing, "adir out.txt");
    ck_assert_int_eq (g_rmdir (adir), 0);
  }

  /* No directory to write in. */
  ck_assert (!doson_ctr_write_file_atomically_with (missing, write_parts, GINT_TO_POINTER (FALSE),
                                                    &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO));
  ck_assert_ptr_nonnull (strstr (error->message, "Failed to create file"));
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
  tcase_add_test (tc, test_write_file_atomically_with);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (output_suite ());
}
