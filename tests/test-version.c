/* test-version.c: version macros and run-time getters agree
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdlib.h>

#include "doson-ctr-test.h"

START_TEST (test_getters_match_macros)
{
  char *expected;

  ck_assert_uint_eq (doson_ctr_get_major_version (), DOSON_CTR_MAJOR_VERSION);
  ck_assert_uint_eq (doson_ctr_get_minor_version (), DOSON_CTR_MINOR_VERSION);
  ck_assert_uint_eq (doson_ctr_get_micro_version (), DOSON_CTR_MICRO_VERSION);
  ck_assert_str_eq (doson_ctr_get_version_string (), DOSON_CTR_VERSION_S);

  expected = g_strdup_printf ("%d.%d.%d", DOSON_CTR_MAJOR_VERSION,
                              DOSON_CTR_MINOR_VERSION, DOSON_CTR_MICRO_VERSION);
  ck_assert_str_eq (doson_ctr_get_version_string (), expected);
  g_free (expected);
}
END_TEST

START_TEST (test_check_version)
{
  guint major = DOSON_CTR_MAJOR_VERSION;
  guint minor = DOSON_CTR_MINOR_VERSION;
  guint micro = DOSON_CTR_MICRO_VERSION;

  ck_assert (doson_ctr_check_version (major, minor, micro));
  ck_assert (doson_ctr_check_version (major, 0, 0));
  ck_assert (!doson_ctr_check_version (major, minor, micro + 1));
  ck_assert (!doson_ctr_check_version (major, minor + 1, 0));
  ck_assert (!doson_ctr_check_version (major + 1, 0, 0));
  if (minor > 0)
    ck_assert (doson_ctr_check_version (major, minor - 1, 99));
}
END_TEST

START_TEST (test_check_version_macro)
{
  ck_assert (DOSON_CTR_CHECK_VERSION (DOSON_CTR_MAJOR_VERSION,
                                      DOSON_CTR_MINOR_VERSION,
                                      DOSON_CTR_MICRO_VERSION));
  ck_assert (DOSON_CTR_CHECK_VERSION (0, 0, 0));
  ck_assert (!DOSON_CTR_CHECK_VERSION (DOSON_CTR_MAJOR_VERSION + 1, 0, 0));
  ck_assert (!DOSON_CTR_CHECK_VERSION (DOSON_CTR_MAJOR_VERSION,
                                       DOSON_CTR_MINOR_VERSION,
                                       DOSON_CTR_MICRO_VERSION + 1));
}
END_TEST

START_TEST (test_error_quark)
{
  GError *error = g_error_new_literal (DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE, "x");

  ck_assert_str_eq (g_quark_to_string (DOSON_CTR_ERROR), "doson-ctr-error-quark");
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE));
  g_error_free (error);
}
END_TEST

static Suite *
version_suite (void)
{
  Suite *s = suite_create ("version");
  TCase *tc = tcase_create ("core");

  tcase_add_test (tc, test_getters_match_macros);
  tcase_add_test (tc, test_check_version);
  tcase_add_test (tc, test_check_version_macro);
  tcase_add_test (tc, test_error_quark);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (version_suite ());
}
