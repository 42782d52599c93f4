/* test-consistency-rule.c: parts add up to their whole, a subset never
 * exceeds it (white-box: private API)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdlib.h>

#include <doson-ctr/doson-ctr-indicator.h>

#include "doson-ctr-test.h"

#include "base/doson-ctr-private.h"
#include "model/doson-ctr-consistency-rule-private.h"

START_TEST (test_parts_within_tolerance)
{
  /* the boundary itself passes: the rule is "within", not "below" */
  ck_assert (!_doson_ctr_parts_differ_from_whole (10.0, 10.0, DOSON_CTR_SUM_TOLERANCE));
  ck_assert (!_doson_ctr_parts_differ_from_whole (10.5, 10.0, DOSON_CTR_SUM_TOLERANCE));
  ck_assert (!_doson_ctr_parts_differ_from_whole (9.5, 10.0, DOSON_CTR_SUM_TOLERANCE));
  ck_assert (_doson_ctr_parts_differ_from_whole (10.75, 10.0, DOSON_CTR_SUM_TOLERANCE));
  ck_assert (_doson_ctr_parts_differ_from_whole (9.25, 10.0, DOSON_CTR_SUM_TOLERANCE));
}
END_TEST

START_TEST (test_parts_tolerance_given)
{
  ck_assert (_doson_ctr_parts_differ_from_whole (10.25, 10.0, 0.0));
  ck_assert (!_doson_ctr_parts_differ_from_whole (12.0, 10.0, 2.0));
  ck_assert (_doson_ctr_parts_differ_from_whole (12.5, 10.0, 2.0));
  /* NaN is never close to anything */
  ck_assert (_doson_ctr_parts_differ_from_whole (NAN, 10.0, 1e9));
  ck_assert (_doson_ctr_parts_differ_from_whole (10.0, 10.0, NAN));
}
END_TEST

START_TEST (test_subset)
{
  ck_assert (!_doson_ctr_subset_exceeds_whole (9.0, 10.0));
  /* equal to its whole is allowed, and there is no tolerance */
  ck_assert (!_doson_ctr_subset_exceeds_whole (10.0, 10.0));
  ck_assert (_doson_ctr_subset_exceeds_whole (10.001, 10.0));
}
END_TEST

static GPtrArray *
indicators (const char *first,
            ...)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);
  const char *id;
  va_list args;

  va_start (args, first);
  for (id = first; id != NULL; id = va_arg (args, const char *))
    g_ptr_array_add (array, doson_ctr_indicator_new (id));
  va_end (args);
  return array;
}

START_TEST (test_parts_sum)
{
  g_autoptr(DosonCtrMeasurementSet) set = doson_ctr_measurement_set_new ();
  g_autoptr(GPtrArray) parts = indicators ("a", "b", NULL);
  g_autoptr(GPtrArray) none = indicators (NULL, NULL);
  double sum = -1.0;

  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2026, NULL, 2.5, NULL));
  ck_assert (doson_ctr_measurement_set_add_value (set, "b", 2026, NULL, 4.0, NULL));
  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2027, NULL, 1.0, NULL));
  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2026, "x", 1.0, NULL));
  ck_assert (doson_ctr_measurement_set_add_value (set, "b", 2026, "x", 3.0, NULL));

  ck_assert (_doson_ctr_parts_sum (set, parts, 2026, NULL, &sum));
  ck_assert (sum == 6.5);
  ck_assert (_doson_ctr_parts_sum (set, parts, 2026, "x", &sum));
  ck_assert (sum == 4.0);

  /* a missing part is never read as zero: no sum, sum untouched */
  sum = -1.0;
  ck_assert (!_doson_ctr_parts_sum (set, parts, 2027, NULL, &sum));
  ck_assert (!_doson_ctr_parts_sum (set, parts, 2028, NULL, &sum));
  ck_assert (!_doson_ctr_parts_sum (set, parts, 2026, "y", &sum));
  /* no parts, no rule */
  ck_assert (!_doson_ctr_parts_sum (set, none, 2026, NULL, &sum));
  ck_assert (sum == -1.0);
}
END_TEST

static Suite *
consistency_rule_suite (void)
{
  Suite *s = suite_create ("consistency-rule");
  TCase *tc = tcase_create ("rule");

  tcase_add_test (tc, test_parts_within_tolerance);
  tcase_add_test (tc, test_parts_tolerance_given);
  tcase_add_test (tc, test_subset);
  tcase_add_test (tc, test_parts_sum);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (consistency_rule_suite ());
}
