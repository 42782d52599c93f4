/* test-types.c: the enumerations every layer shares (status, direction,
 * measure) by name and label, lib/base/doson-ctr-types.c (white-box:
 * private API)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "doson-ctr-test.h"

#include "base/doson-ctr-private.h"

static const struct
{
  DosonCtrStatus status;
  const char    *id;
  const char    *label_vi;
  const char    *label_en;
} statuses[] = {
  { DOSON_CTR_STATUS_NOT_AVAILABLE, "not_available", "Chưa đủ số liệu", "Insufficient data" },
  { DOSON_CTR_STATUS_TARGET_ACHIEVED, "target_achieved", "Đạt", "Achieved" },
  { DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS, "substantial_progress", "Đúng tiến độ", "On track" },
  { DOSON_CTR_STATUS_MODERATE_PROGRESS, "moderate_progress", "Cần đẩy nhanh", "Needs acceleration" },
  { DOSON_CTR_STATUS_LIMITED_PROGRESS, "limited_progress", "Tiến triển chậm", "Limited progress" },
  { DOSON_CTR_STATUS_DETERIORATION, "deterioration", "Xấu đi", "Moving away" },
  { DOSON_CTR_STATUS_ACHIEVED, "achieved", "Đạt", "Achieved" },
  { DOSON_CTR_STATUS_NOT_ACHIEVED, "not_achieved", "Không đạt", "Not achieved" },
  { DOSON_CTR_STATUS_PENDING, "pending", "Chưa đến hạn", "Not yet due" },
};

/* Every status has its name and words, whatever its place in the enum;
 * the name reads back as the status. */
START_TEST (test_status_names)
{
  DosonCtrStatus status = statuses[_i].status;
  DosonCtrStatus back = DOSON_CTR_STATUS_PENDING + 1;

  ck_assert_str_eq (doson_ctr_status_to_string (status), statuses[_i].id);
  ck_assert (doson_ctr_status_from_string (statuses[_i].id, &back));
  ck_assert_int_eq (back, status);
  ck_assert_str_eq (doson_ctr_status_get_label (status, "vi"), statuses[_i].label_vi);
  ck_assert_str_eq (doson_ctr_status_get_label (status, "vi_VN.UTF-8"), statuses[_i].label_vi);
  ck_assert_str_eq (doson_ctr_status_get_label (status, NULL), statuses[_i].label_vi);
  ck_assert_str_eq (doson_ctr_status_get_label (status, "en"), statuses[_i].label_en);
  ck_assert_str_eq (doson_ctr_status_get_label (status, "en-GB"), statuses[_i].label_en);
  ck_assert_str_eq (doson_ctr_status_get_label (status, "fr"), statuses[_i].label_en);
}
END_TEST

START_TEST (test_status_unknown)
{
  DosonCtrStatus status = DOSON_CTR_STATUS_PENDING;

  ck_assert_uint_eq (G_N_ELEMENTS (statuses), DOSON_CTR_STATUS_PENDING + 1);
  ck_assert_ptr_null (doson_ctr_status_to_string ((DosonCtrStatus) 99));
  ck_assert_ptr_null (doson_ctr_status_get_label ((DosonCtrStatus) 99, "en"));
  ck_assert (!doson_ctr_status_from_string ("On track", &status));
  ck_assert (!doson_ctr_status_from_string ("ACHIEVED", &status));
  ck_assert (!doson_ctr_status_from_string ("", &status));
  ck_assert_int_eq (status, DOSON_CTR_STATUS_PENDING);
}
END_TEST

/* "positive" and "negative" (Open SDG's words) read as higher and lower;
 * only "higher" and "lower" are written. */
START_TEST (test_direction_names)
{
  DosonCtrDirection d = DOSON_CTR_DIRECTION_LOWER;

  ck_assert_str_eq (doson_ctr_direction_to_string (DOSON_CTR_DIRECTION_HIGHER), "higher");
  ck_assert_str_eq (doson_ctr_direction_to_string (DOSON_CTR_DIRECTION_LOWER), "lower");
  ck_assert_ptr_null (doson_ctr_direction_to_string ((DosonCtrDirection) 7));
  ck_assert (doson_ctr_direction_from_string ("higher", &d));
  ck_assert_int_eq (d, DOSON_CTR_DIRECTION_HIGHER);
  ck_assert (doson_ctr_direction_from_string ("negative", &d));
  ck_assert_int_eq (d, DOSON_CTR_DIRECTION_LOWER);
  ck_assert (doson_ctr_direction_from_string ("positive", &d));
  ck_assert_int_eq (d, DOSON_CTR_DIRECTION_HIGHER);
  ck_assert (doson_ctr_direction_from_string ("lower", &d));
  ck_assert_int_eq (d, DOSON_CTR_DIRECTION_LOWER);
  ck_assert (!doson_ctr_direction_from_string ("Higher", &d));
  ck_assert (!doson_ctr_direction_from_string ("up", &d));
  ck_assert_int_eq (d, DOSON_CTR_DIRECTION_LOWER);
}
END_TEST

START_TEST (test_measure_names)
{
  static const char * const names[] = { "percent", "count", "amount", "boolean" };
  static const DosonCtrMeasure measures[] = {
    DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_MEASURE_COUNT, DOSON_CTR_MEASURE_AMOUNT,
    DOSON_CTR_MEASURE_BOOLEAN,
  };
  DosonCtrMeasure m = DOSON_CTR_MEASURE_COUNT;
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      ck_assert_str_eq (doson_ctr_measure_to_string (measures[i]), names[i]);
      ck_assert (doson_ctr_measure_from_string (names[i], &m));
      ck_assert_int_eq (m, measures[i]);
    }
  m = DOSON_CTR_MEASURE_COUNT;
  ck_assert_ptr_null (doson_ctr_measure_to_string ((DosonCtrMeasure) 4));
  ck_assert_ptr_null (doson_ctr_measure_to_string ((DosonCtrMeasure) -1));
  ck_assert (!doson_ctr_measure_from_string (NULL, &m));
  ck_assert (!doson_ctr_measure_from_string ("percentage", &m));
  ck_assert_int_eq (m, DOSON_CTR_MEASURE_COUNT);
}
END_TEST

static void
assert_accepts (DosonCtrMeasure  measure,
                double           value,
                gboolean         expected,
                const char      *expected_why)
{
  const char *why = NULL;

  ck_assert_msg (_doson_ctr_measure_accepts (measure, value, &why) == expected,
                 "%s %g", doson_ctr_measure_to_string (measure), value);
  ck_assert_str_eq (why, expected_why);
}

/* What each measure accepts, and the words that say so. */
START_TEST (test_measure_accepts)
{
  assert_accepts (DOSON_CTR_MEASURE_PERCENT, 0, TRUE, "a percentage from 0 to 100");
  assert_accepts (DOSON_CTR_MEASURE_PERCENT, 100, TRUE, "a percentage from 0 to 100");
  assert_accepts (DOSON_CTR_MEASURE_PERCENT, 100.000001, FALSE, "a percentage from 0 to 100");
  assert_accepts (DOSON_CTR_MEASURE_PERCENT, -0.5, FALSE, "a percentage from 0 to 100");
  assert_accepts (DOSON_CTR_MEASURE_PERCENT, NAN, FALSE, "a percentage from 0 to 100");
  assert_accepts (DOSON_CTR_MEASURE_COUNT, 0, TRUE, "a count, not negative");
  assert_accepts (DOSON_CTR_MEASURE_COUNT, 1e9, TRUE, "a count, not negative");
  assert_accepts (DOSON_CTR_MEASURE_COUNT, -1, FALSE, "a count, not negative");
  assert_accepts (DOSON_CTR_MEASURE_BOOLEAN, 0, TRUE, "1 for yes or 0 for no");
  assert_accepts (DOSON_CTR_MEASURE_BOOLEAN, 1, TRUE, "1 for yes or 0 for no");
  assert_accepts (DOSON_CTR_MEASURE_BOOLEAN, 0.5, FALSE, "1 for yes or 0 for no");
  assert_accepts (DOSON_CTR_MEASURE_AMOUNT, -1e300, TRUE, "a finite number");
  assert_accepts (DOSON_CTR_MEASURE_AMOUNT, INFINITY, FALSE, "a finite number");
}
END_TEST

static Suite *
types_suite (void)
{
  Suite *s = suite_create ("types");
  TCase *tc = tcase_create ("types");

  tcase_add_loop_test (tc, test_status_names, 0, G_N_ELEMENTS (statuses));
  tcase_add_test (tc, test_status_unknown);
  tcase_add_test (tc, test_direction_names);
  tcase_add_test (tc, test_measure_names);
  tcase_add_test (tc, test_measure_accepts);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (types_suite ());
}
