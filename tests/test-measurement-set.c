/* test-measurement-set.c: measurements and measurement sets: equality field by
 * field, look-ups, years and series
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "doson-ctr-test.h"

/* ---------------------------------------------------------------------- */
/* Measurement sets: equality, look-ups, series */

START_TEST (test_measurement_equal_fields)
{
  g_autoptr(DosonCtrMeasurement) base = doson_ctr_measurement_new ("a", 2025, 1.5);
  g_autoptr(DosonCtrMeasurement) same = NULL;
  g_autoptr(DosonCtrMeasurementSet) read = NULL;
  g_autoptr(GError) error = NULL;
  DosonCtrMeasurement *other;
  int field;

  doson_ctr_measurement_set_disaggregation_value (base, "x");
  doson_ctr_measurement_set_source (base, "Phòng Kinh tế");
  doson_ctr_measurement_set_note (base, "ước tính");
  same = doson_ctr_measurement_copy (base);
  ck_assert (doson_ctr_measurement_equal (base, same));

  /* Any one field differing makes them differ. */
  for (field = 0; field < 7; field++)
    {
      other = doson_ctr_measurement_new (field == 0 ? "b" : "a", field == 1 ? 2026 : 2025,
                                         field == 2 ? 1.25 : 1.5);
      doson_ctr_measurement_set_disaggregation_value (other, field == 3 ? "y" : field == 4 ? NULL : "x");
      doson_ctr_measurement_set_source (other, field == 5 ? "Công an" : "Phòng Kinh tế");
      doson_ctr_measurement_set_note (other, field == 6 ? NULL : "ước tính");
      ck_assert_msg (!doson_ctr_measurement_equal (base, other), "field %d", field);
      ck_assert_msg (!doson_ctr_measurement_equal (other, base), "field %d", field);
      doson_ctr_measurement_free (other);
    }

  /* Where a measurement was read from is not compared. */
  read = doson_ctr_measurement_set_new_from_json_data ("{\"format\": \"doson-ctr-measurements\", \"version\": 1, "
                                                       "\"measurements\": [{\"indicator\": \"a\", \"year\": 2025, "
                                                       "\"value\": 1.5, \"level\": \"x\", \"source\": \"Phòng Kinh tế\", "
                                                       "\"note\": \"ước tính\"}]}", -1, "t.json", &error);
  ck_assert_msg (read != NULL, "%s", error ? error->message : "");
  other = g_ptr_array_index (doson_ctr_measurement_set_get_measurements (read), 0);
  ck_assert_str_eq (doson_ctr_measurement_get_origin (other), "t.json:1:69");
  ck_assert_ptr_null (doson_ctr_measurement_get_origin (base));
  ck_assert (doson_ctr_measurement_equal (base, other));
}
END_TEST

START_TEST (test_measurement_set_equal_fields)
{
  g_autoptr(DosonCtrMeasurementSet) a = test_small_measurement_set ();
  g_autoptr(DosonCtrMeasurementSet) b = NULL;
  g_autoptr(GError) error = NULL;

  b = test_small_measurement_set ();
  ck_assert (doson_ctr_measurement_set_equal (a, b));
  doson_ctr_measurement_set_set_illustrative (b, FALSE);
  ck_assert (!doson_ctr_measurement_set_equal (a, b));
  g_object_unref (b);

  b = test_small_measurement_set ();
  doson_ctr_measurement_set_set_description (b, "vi", NULL);
  ck_assert (!doson_ctr_measurement_set_equal (a, b));
  g_object_unref (b);

  b = test_small_measurement_set ();
  doson_ctr_measurement_set_set_program_id (b, "q");
  ck_assert (!doson_ctr_measurement_set_equal (a, b));
  g_object_unref (b);

  /* One more measurement. */
  b = test_small_measurement_set ();
  ck_assert (doson_ctr_measurement_set_add_value (b, "c", 2026, NULL, 8, &error));
  ck_assert (!doson_ctr_measurement_set_equal (a, b));
  ck_assert (!doson_ctr_measurement_set_equal (b, a));
  g_object_unref (b);

  /* As many measurements, one value differing. */
  b = doson_ctr_measurement_set_new ();
  doson_ctr_measurement_set_set_illustrative (b, TRUE);
  doson_ctr_measurement_set_set_description (b, "vi", "Số liệu thử");
  doson_ctr_measurement_set_set_program_id (b, "p");
  ck_assert (doson_ctr_measurement_set_add_value (b, "a", 2027, NULL, 3, &error));
  ck_assert (doson_ctr_measurement_set_add_value (b, "a", 2025, NULL, 1, &error));
  ck_assert (doson_ctr_measurement_set_add_value (b, "a", 2025, "x", 0.5, &error));
  ck_assert (doson_ctr_measurement_set_add_value (b, "a", 2026, "x", 0.75, &error));
  ck_assert (doson_ctr_measurement_set_add_value (b, "a", 2025, "b", 0.5, &error));
  ck_assert (doson_ctr_measurement_set_add_value (b, "c", 2025, "z", 7.5, &error));
  ck_assert (!doson_ctr_measurement_set_equal (a, b));
}
END_TEST

START_TEST (test_measurement_set_lookups)
{
  g_autoptr(DosonCtrMeasurementSet) set = test_small_measurement_set ();
  g_auto(GStrv) levels = NULL;
  g_auto(GStrv) none = NULL;
  g_autofree int *years = NULL;
  g_autofree double *values = NULL;
  g_autoptr(GError) error = NULL;
  gsize n = 99;

  /* The value is optional. */
  ck_assert (doson_ctr_measurement_set_lookup (set, "a", 2027, NULL, NULL));
  ck_assert (!doson_ctr_measurement_set_lookup (set, "a", 2026, NULL, NULL));

  /* Levels: each once, sorted, the total and other indicators left out. */
  ck_assert (doson_ctr_measurement_set_add_value (set, "a", 2027, "x", 0.875, &error));
  levels = doson_ctr_measurement_set_get_disaggregation_values (set, "a");
  ck_assert_uint_eq (g_strv_length (levels), 2);
  ck_assert_str_eq (levels[0], "b");
  ck_assert_str_eq (levels[1], "x");
  none = doson_ctr_measurement_set_get_disaggregation_values (set, "zz");
  ck_assert_ptr_nonnull (none);
  ck_assert_ptr_null (none[0]);

  /* A series with only the years, or only the values, asked for. */
  doson_ctr_measurement_set_get_series (set, "a", NULL, &years, NULL, &n);
  ck_assert_uint_eq (n, 2);
  ck_assert_int_eq (years[0], 2025);
  ck_assert_int_eq (years[1], 2027);
  n = 99;
  doson_ctr_measurement_set_get_series (set, "a", "x", NULL, &values, &n);
  ck_assert_uint_eq (n, 3);
  ck_assert_double_eq (values[0], 0.5);
  ck_assert_double_eq (values[1], 0.75);
  ck_assert_double_eq (values[2], 0.875);
  g_clear_pointer (&years, g_free);
  g_clear_pointer (&values, g_free);

  /* No values: both arrays NULL. */
  n = 99;
  {
    int year = 0;
    double value = 0;
    int *y = &year;
    double *v = &value;

    doson_ctr_measurement_set_get_series (set, "a", "zz", &y, &v, &n);
    ck_assert_uint_eq (n, 0);
    ck_assert_ptr_null (y);
    ck_assert_ptr_null (v);
  }
}
END_TEST


static Suite *
measurement_set_suite (void)
{
  Suite *s = suite_create ("measurement-set");
  TCase *tc;

  tc = tcase_create ("equality");
  tcase_add_test (tc, test_measurement_equal_fields);
  tcase_add_test (tc, test_measurement_set_equal_fields);
  suite_add_tcase (s, tc);

  tc = tcase_create ("look-ups");
  tcase_add_test (tc, test_measurement_set_lookups);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return test_run_suite (measurement_set_suite ());
}
