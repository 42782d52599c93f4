/* doson-ctr-test.h: what the Check programs of tests/ share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Included by every test-*.c, after config.h.  Everything here is a macro
 * or a static inline function, so that a test uses what it needs and
 * nothing else.  The environment comes from tests/Makefile.am
 * (AM_TESTS_ENVIRONMENT): DOSON_CTR_TEST_SRCDIR is the source directory
 * of tests/.
 */

#ifndef DOSON_CTR_TEST_H
#define DOSON_CTR_TEST_H

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <glib.h>
#include <doson-ctr/doson-ctr.h>

/* A value no computation of the library gives: an out parameter that
 * still holds it after a failed call was left untouched. */
#define UNTOUCHED (-12345.678)

/* Asserts that @actual is finite and |actual − expected| <= tolerance ·
 * |expected| (<= tolerance when expected is 0). */
#define assert_close(actual, expected, tolerance)                             \
  do {                                                                        \
    double a_ = (actual), e_ = (expected), t_ = (tolerance);                  \
    double bound_ = e_ == 0 ? t_ : t_ * fabs (e_);                            \
    ck_assert_msg (isfinite (a_) && fabs (a_ - e_) <= bound_,                 \
                   "%s = %.17g, expected %.17g (relative tolerance %g)",      \
                   #actual, a_, e_, t_);                                      \
  } while (0)

/* The relative tolerance of results that a few steps of double arithmetic
 * give: a handful of roundings of 2^-53 each. */
#define REL 1e-12

/* A fixed pseudo-random sequence (xorshift64), the same on every run, so
 * that a failure can be found again. */
G_GNUC_UNUSED static guint64 test_rng_state = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);

static inline guint64
xorshift (void)
{
  test_rng_state ^= test_rng_state << 13;
  test_rng_state ^= test_rng_state >> 7;
  test_rng_state ^= test_rng_state << 17;
  return test_rng_state;
}

/* Asserts that @error is set, in DOSON_CTR_ERROR with @code, with a UTF-8
 * message that contains @needle (any message when @needle is NULL).
 * @what (the call, or G_STRLOC) starts every failure message. */
static inline void
test_assert_error (const GError *error,
                   int           code,
                   const char   *needle,
                   const char   *what)
{
  ck_assert_msg (error != NULL, "%s: no error set", what);
  ck_assert_msg (g_error_matches (error, DOSON_CTR_ERROR, code),
                 "%s: expected code %d, got %s %d: %s", what, code,
                 g_quark_to_string (error->domain), error->code, error->message);
  ck_assert_msg (g_utf8_validate (error->message, -1, NULL),
                 "%s: the message is not UTF-8", what);
  ck_assert_msg (needle == NULL || strstr (error->message, needle) != NULL,
                 "%s: message \"%s\" does not mention \"%s\"", what,
                 error->message, needle);
}

#define assert_error(error, code, needle)                                     \
  test_assert_error ((error), (code), (needle), G_STRLOC)

/* Asserts that @error is set, in DOSON_CTR_ERROR with @code, and that its
 * message is exactly @expected. */
#define assert_error_message(error, code, expected)                           \
  do {                                                                        \
    const GError *err_ = (error);                                             \
    test_assert_error (err_, (code), NULL, G_STRLOC);                         \
    ck_assert_str_eq (err_->message, (expected));                             \
  } while (0)

/* The path of a file under the source directory of tests/, from its
 * components up to a NULL: srcdir_path ("data", "cli", "x.csv", NULL).
 * Newly allocated. */
static inline char *
srcdir_path (const char *first,
             ...)
{
  const char *srcdir = g_getenv ("DOSON_CTR_TEST_SRCDIR");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *part;
  va_list args;

  ck_assert_msg (srcdir != NULL && *srcdir != '\0',
                 "DOSON_CTR_TEST_SRCDIR is not set: it must hold the source "
                 "directory of tests/ (make check sets it)");
  g_ptr_array_add (parts, (gpointer) srcdir);
  va_start (args, first);
  for (part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

/* The whole of the file at @path, which must be readable; newly
 * allocated. */
G_GNUC_UNUSED static char *
test_read_file (const char *path,
                gsize      *length)
{
  GError *error = NULL;
  char *text = NULL;

  ck_assert_msg (g_file_get_contents (path, &text, length, &error), "%s: %s",
                 path, error != NULL ? error->message : "");
  return text;
}

/* Runs every case of @suite (CK_ENV and the other variables of Check
 * decide how) and gives main() its exit status: EXIT_SUCCESS when none
 * failed. */
static inline int
test_run_suite (Suite *suite)
{
  SRunner *sr = srunner_create (suite);
  int n_failed;

  srunner_run_all (sr, CK_ENV);
  n_failed = srunner_ntests_failed (sr);
  srunner_free (sr);
  return n_failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#endif /* DOSON_CTR_TEST_H */
