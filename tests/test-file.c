/* test-file.c: reading input files, writing output files and the first
 * check of a loader's data, lib/base/doson-ctr-file.c (white-box: private
 * API)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <errno.h>
#include <stdio.h>

#include <glib/gstdio.h>

#include "doson-ctr-test.h"

#include "base/doson-ctr-file-private.h"

static char *tmpdir;

static void
setup (void)
{
  g_autoptr(GError) error = NULL;

  tmpdir = g_dir_make_tmp ("test-file-XXXXXX", &error);
  ck_assert_msg (tmpdir != NULL, "%s", error != NULL ? error->message : "");
}

static void
teardown (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmpdir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (tmpdir);
  g_clear_pointer (&tmpdir, g_free);
}

/* A file of @size bytes, holes: cheap however large. */
static char *
sparse_file (const char *name,
             gsize       size)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  FILE *f = g_fopen (path, "wb");

  ck_assert_ptr_nonnull (f);
  ck_assert_int_eq (fseeko (f, (off_t) size - 1, SEEK_SET), 0);
  ck_assert_int_eq (fputc ('\n', f), '\n');
  ck_assert_int_eq (fclose (f), 0);
  return path;
}

START_TEST (test_write_then_read)
{
  static const char data[] = "first\0second\r\nĐồ Sơn";
  g_autofree char *path = g_build_filename (tmpdir, "out.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  ck_assert (_doson_ctr_write_file (path, data, sizeof data - 1, &error));
  ck_assert (_doson_ctr_read_file (path, &contents, &length, &error));
  ck_assert_uint_eq (length, sizeof data - 1);
  ck_assert_mem_eq (contents, data, sizeof data - 1);
  g_clear_pointer (&contents, g_free);

  /* Written again, the file is replaced, not appended to. */
  ck_assert (_doson_ctr_write_file (path, "x", 1, &error));
  ck_assert (_doson_ctr_read_file (path, &contents, &length, &error));
  ck_assert_uint_eq (length, 1);
  ck_assert_str_eq (contents, "x");
}
END_TEST

/* Not a regular file: read a block at a time (here, nothing). */
START_TEST (test_read_device)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 99;

  ck_assert_msg (_doson_ctr_read_file ("/dev/null", &contents, &length, &error), "%s",
                 error != NULL ? error->message : "");
  ck_assert_uint_eq (length, 0);
  ck_assert_str_eq (contents, "");
}
END_TEST

START_TEST (test_io_errors)
{
  g_autofree char *missing = g_build_filename (tmpdir, "missing.json", NULL);
  g_autofree char *in_missing_dir = g_build_filename (tmpdir, "no", "such", "out.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  ck_assert (!_doson_ctr_read_file (missing, &contents, &length, &error));
  assert_error (error, DOSON_CTR_ERROR_IO, "missing.json");
  assert_error (error, DOSON_CTR_ERROR_IO, g_strerror (ENOENT));
  ck_assert_ptr_null (contents);
  g_clear_error (&error);

  ck_assert (!_doson_ctr_write_file (in_missing_dir, "x", 1, &error));
  assert_error (error, DOSON_CTR_ERROR_IO, "out.txt");
  ck_assert (!g_file_test (in_missing_dir, G_FILE_TEST_EXISTS));
}
END_TEST

/* 64 MiB are read, one byte more is a limit error. */
START_TEST (test_read_limit)
{
  g_autofree char *at_limit = sparse_file ("at-limit", DOSON_CTR_FILE_MAX_SIZE);
  g_autofree char *over = sparse_file ("over-limit", DOSON_CTR_FILE_MAX_SIZE + 1);
  g_autofree char *message = g_strdup_printf ("%s: the file is larger than 64 MiB", over);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  ck_assert_msg (_doson_ctr_read_file (at_limit, &contents, &length, &error), "%s",
                 error != NULL ? error->message : "");
  ck_assert_uint_eq (length, DOSON_CTR_FILE_MAX_SIZE);
  g_clear_pointer (&contents, g_free);

  ck_assert (!_doson_ctr_read_file (over, &contents, &length, &error));
  assert_error_message (error, DOSON_CTR_ERROR_LIMIT, message);
  ck_assert_ptr_null (contents);
}
END_TEST

static void
assert_input_error (const char *data,
                    gsize       length,
                    int         code,
                    const char *message)
{
  g_autoptr(GPtrArray) problems =
    g_ptr_array_new_with_free_func ((GDestroyNotify) doson_ctr_diagnostic_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) listing_error = NULL;

  ck_assert (!_doson_ctr_check_input (data, length, "in.csv", NULL, &error));
  assert_error_message (error, code, message);

  /* Listing every problem, the same problem is listed once. */
  ck_assert (!_doson_ctr_check_input (data, length, "in.csv", problems, &listing_error));
  ck_assert_uint_eq (problems->len, 1);
  ck_assert_int_eq (doson_ctr_diagnostic_get_code (g_ptr_array_index (problems, 0)), code);
}

/* The first invalid byte is found at its line and column (columns count
 * characters; CRLF, CR and LF each end a line). */
START_TEST (test_check_input)
{
  static const char good[] = "a,b\r\nĐồ,Sơn\n";
  static const char bad_lf[] = "a\nĐồ \xff";
  static const char bad_crlf[] = "x\r\ny\r\nzz\xc3";
  static const char bad_cr[] = "x\ry\rab\x80";
  static const char nul[] = "ab\0cd";
  g_autoptr(GError) error = NULL;

  ck_assert (_doson_ctr_check_input (good, sizeof good - 1, "in.csv", NULL, &error));
  ck_assert (_doson_ctr_check_input ("", 0, "in.csv", NULL, &error));
  assert_input_error (bad_lf, sizeof bad_lf - 1, DOSON_CTR_ERROR_PARSE,
                      "in.csv:2:4: invalid UTF-8 (byte 0xFF); the file must be encoded in UTF-8");
  assert_input_error (bad_crlf, sizeof bad_crlf - 1, DOSON_CTR_ERROR_PARSE,
                      "in.csv:3:3: invalid UTF-8 (byte 0xC3); the file must be encoded in UTF-8");
  assert_input_error (bad_cr, sizeof bad_cr - 1, DOSON_CTR_ERROR_PARSE,
                      "in.csv:3:3: invalid UTF-8 (byte 0x80); the file must be encoded in UTF-8");
  assert_input_error (nul, sizeof nul - 1, DOSON_CTR_ERROR_PARSE,
                      "in.csv:1:3: a NUL byte; the file must be UTF-8 text");
}
END_TEST

START_TEST (test_check_input_limit)
{
  g_autofree char *data = g_malloc (DOSON_CTR_FILE_MAX_SIZE + 1);
  g_autoptr(GError) error = NULL;

  memset (data, 'a', DOSON_CTR_FILE_MAX_SIZE + 1);
  ck_assert (_doson_ctr_check_input (data, DOSON_CTR_FILE_MAX_SIZE, "in.csv", NULL, &error));
  assert_input_error (data, DOSON_CTR_FILE_MAX_SIZE + 1, DOSON_CTR_ERROR_LIMIT,
                      "in.csv: the data are larger than 64 MiB");
}
END_TEST

static Suite *
file_suite (void)
{
  Suite *s = suite_create ("file");
  TCase *tc = tcase_create ("file");

  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_write_then_read);
  tcase_add_test (tc, test_read_device);
  tcase_add_test (tc, test_io_errors);
  tcase_add_test (tc, test_read_limit);
  tcase_add_test (tc, test_check_input);
  tcase_add_test (tc, test_check_input_limit);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (file_suite ());
}
