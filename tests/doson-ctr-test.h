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

/* ---------------------------------------------------------------------- */
/* File loaders: templates with one change, and where an error points */

/* One loader error: @old replaced by @new in a template gives @code and a
 * message "t.json:LINE:COLUMN: @rest", the position that of @marker. */
typedef struct
{
  const char *old;      /* replaced in the template ... */
  const char *new;      /* ... by this */
  const char *marker;   /* where the error must point (first byte) */
  int code;
  const char *rest;     /* the message after "t.json:LINE:COLUMN: " */
} ErrorCase;




/* The fenced block that follows "<!-- example: NAME -->" in
 * doc/formats.md. */
G_GNUC_UNUSED static char *
doc_example (const char *name)
{
  g_autofree char *path = srcdir_path ("..", "doc", "formats.md", NULL);
  g_autofree char *doc = test_read_file (path, NULL);
  g_autofree char *marker = g_strdup_printf ("<!-- example: %s -->\n```", name);
  const char *start = strstr (doc, marker);
  const char *end;

  ck_assert_msg (start != NULL, "no example \"%s\" in %s", name, path);
  start = strchr (start + strlen (marker), '\n') + 1;
  end = strstr (start, "```");
  ck_assert_ptr_nonnull (end);
  return g_strndup (start, end - start);
}

/* "NAME:LINE:COLUMN" of the first occurrence of @marker in @text, columns
 * counting characters. */
G_GNUC_UNUSED static char *
locate (const char *name,
        const char *text,
        const char *marker)
{
  const char *at = strstr (text, marker);
  const char *p;
  guint line = 1, column = 1;

  ck_assert_msg (at != NULL, "marker \"%s\" not in the text", marker);
  ck_assert_msg (strstr (at + 1, marker) == NULL, "marker \"%s\" is not unique", marker);
  for (p = text; p < at; p++)
    {
      if (*p == '\n')
        {
          line++;
          column = 1;
        }
      else if (((guchar) *p & 0xC0) != 0x80)
        column++;
    }
  return g_strdup_printf ("%s:%u:%u", name, line, column);
}

G_GNUC_UNUSED static void
assert_message (const GError *error,
                int           code,
                const char   *prefix)
{
  test_assert_error (error, code, NULL, prefix);
  ck_assert_msg (g_str_has_prefix (error->message, prefix),
                 "message\n  \"%s\"\ndoes not start with\n  \"%s\"",
                 error->message, prefix);
}

G_GNUC_UNUSED static char *
replace_once (const char *text,
              const char *old,
              const char *new)
{
  const char *at = strstr (text, old);

  ck_assert_msg (at != NULL, "\"%s\" not in the template", old);
  ck_assert_msg (strstr (at + 1, old) == NULL, "\"%s\" is not unique in the template", old);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, new, at + strlen (old));
}

/* A small illustrative set of six values of indicators "a" and "c", four
 * of them for a disaggregation value, for tests that need one. */
G_GNUC_UNUSED static DosonCtrMeasurementSet *
test_small_measurement_set (void)
{
  DosonCtrMeasurementSet *set = doson_ctr_measurement_set_new ();
  GError *error = NULL;

  doson_ctr_measurement_set_set_illustrative (set, TRUE);
  doson_ctr_measurement_set_set_description (set, "vi", "Số liệu thử");
  doson_ctr_measurement_set_set_program_id (set, "p");
  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2027, NULL, 3, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2025, NULL, 1, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2025, "x", 0.5, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2026, "x", 0.75, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2025, "b", 0.5, &error));
  ck_assert (doson_ctr_measurement_set_add_value (set, "c", 2025, "z", 7, &error));
  return set;
}

/* A new target of @kind, @cmp and @value; the test fails if it is refused. */
G_GNUC_UNUSED static DosonCtrTarget *
test_target (DosonCtrTargetKind kind,
             DosonCtrComparator cmp,
             double             value)
{
  GError *error = NULL;
  DosonCtrTarget *t = doson_ctr_target_new (kind, cmp, value, &error);

  ck_assert_msg (t != NULL, "%s", error != NULL ? error->message : "");
  return t;
}

/* ---------------------------------------------------------------------- */
/* Documents in XML: the HTML report and the SVG charts */

/* Parses @text with @parser (and @user_data) as GLib's XML subset, and
 * fails the test, naming @what and the parser's message, unless it is
 * well-formed. */
G_GNUC_UNUSED static void
test_parse_markup (const char          *what,
                   const char          *text,
                   const GMarkupParser *parser,
                   gpointer             user_data)
{
  GMarkupParseContext *context = g_markup_parse_context_new (parser, 0, user_data, NULL);
  GError *error = NULL;
  gboolean ok = g_markup_parse_context_parse (context, text, -1, &error)
                && g_markup_parse_context_end_parse (context, &error);

  ck_assert_msg (ok, "%s is not well-formed: %s", what, error != NULL ? error->message : "");
  g_markup_parse_context_free (context);
}

/* The value of attribute @name, or NULL. */
G_GNUC_UNUSED static const char *
test_markup_attribute (const char **names,
                       const char **values,
                       const char  *name)
{
  guint i;

  for (i = 0; names[i] != NULL; i++)
    if (strcmp (names[i], name) == 0)
      return values[i];
  return NULL;
}

#endif /* DOSON_CTR_TEST_H */
