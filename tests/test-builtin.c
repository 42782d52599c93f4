/* test-builtin.c: the built-in programme is 03-CTr/ĐU as indicators.md
 * reads it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The table below was transcribed by hand from the design document
 * shared/design/indicators.md (one row per target; admin-online has two),
 * not generated from data/03-ctr-du.json, so that a mistake in either
 * shows up here. Rates are fractions: "10–12 %/yr" is 0.10 to 0.12.
 */

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "doson-ctr-test.h"

typedef struct {
  const char *id;
  const char *ref;
  DosonCtrTargetKind kind;
  DosonCtrComparator comparator;
  double value;               /* when not a range */
  double low, high;           /* when a range */
  int deadline;
  const char *lead_units;     /* comma-separated, in order */
  DosonCtrDirection direction;
  gboolean per_level;
} ExpectedTarget;

static const ExpectedTarget expected[] = {
  { "party-admission-rate", "II.1.1 (1)", DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 3, 0, 0, 2030, "ban-xay-dung-dang", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "party-orgs-nonstate", "II.1.1 (2)", DOSON_CTR_TARGET_KIND_CUMULATIVE, DOSON_CTR_COMPARATOR_AT_LEAST, 2, 0, 0, 2030, "ban-xay-dung-dang", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "party-orgs-rated-good", "II.1.1 (3)", DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 90, 0, 0, 2030, "ban-xay-dung-dang", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "party-members-rated-good", "II.1.1 (3)", DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 90, 0, 0, 2030, "ban-xay-dung-dang", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "committee-women-share", "II.1.1 (4)", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 15, 0, 0, 2030, "ban-xay-dung-dang", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "standing-committee-woman", "II.1.1 (4)", DOSON_CTR_TARGET_KIND_MILESTONE, DOSON_CTR_COMPARATOR_EQUAL, 1, 0, 0, 2030, "ban-xay-dung-dang", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "committee-young-share", "II.1.1 (4)", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 10, 0, 0, 2030, "ban-xay-dung-dang", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "party-orgs-inspected", "II.4.1", DOSON_CTR_TARGET_KIND_CUMULATIVE, DOSON_CTR_COMPARATOR_AT_LEAST, 100, 0, 0, 2030, "uy-ban-kiem-tra-dang-uy", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "budget-revenue", "III.1 (1)", DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH, DOSON_CTR_COMPARATOR_RANGE, 0, 0.10, 0.12, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "grdp", "III.1 (2)", DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH, DOSON_CTR_COMPARATOR_RANGE, 0, 0.17, 0.19, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "grdp-agriculture", "III.1 (2)", DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH, DOSON_CTR_COMPARATOR_RANGE, 0, -0.09, -0.07, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_LOWER, FALSE },
  { "grdp-industry", "III.1 (2)", DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH, DOSON_CTR_COMPARATOR_RANGE, 0, 0.17, 0.19, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "grdp-services", "III.1 (2)", DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH, DOSON_CTR_COMPARATOR_AT_LEAST, 0.19, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "public-investment-disbursement", "III.1 (3)", DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 95, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "enterprises-active", "III.1 (4)", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_MORE_THAN, 250, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "households-converted", "III.1 (4)", DOSON_CTR_TARGET_KIND_CUMULATIVE, DOSON_CTR_COMPARATOR_AT_LEAST, 50, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "tourist-arrivals", "III.1 (5)", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 5700000, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "income-per-capita", "III.1 (6)", DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH, DOSON_CTR_COMPARATOR_RANGE, 0, 0.07, 0.09, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "poor-households", "III.1 (7)", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_EQUAL, 0, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_LOWER, FALSE },
  { "cultural-families", "III.1 (8)", DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_RANGE, 0, 95, 96, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "cultural-residential-groups", "III.1 (8)", DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_MORE_THAN, 90, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "schools-national-standard", "III.1 (9)", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 88, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "schools-standard-level-2", "III.1 (9)", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 44, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "multipurpose-halls", "III.1 (10)", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 1, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, TRUE },
  { "smart-classrooms", "III.1 (10)", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 1, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, TRUE },
  { "health-insurance-coverage", "III.1 (11)", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 97, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "social-insurance-coverage", "III.1 (12)", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 60, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "social-insurance-compulsory", "III.1 (12)", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 55, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "social-insurance-voluntary", "III.1 (12)", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 5, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "health-stations-standard", "III.1 (13)", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 100, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "clean-water-access", "III.1 (14)", DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 100, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "waste-collection", "III.1 (15)", DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_RANGE, 0, 95, 100, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "admin-on-time", "III.1 (16)", DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 99, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "admin-online", "III.1 (16), (17)", DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_MORE_THAN, 85, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "admin-online", "III.1 (16), (17)", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 85, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "innovative-enterprises", "III.1 (18)", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 40, 0, 0, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "friendly-government", "III.1 (19)", DOSON_CTR_TARGET_KIND_MILESTONE, DOSON_CTR_COMPARATOR_EQUAL, 1, 0, 0, 2027, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "shopping-centres", "III.2.1", DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_RANGE, 0, 1, 2, 2030, "ubnd-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "military-police-recruitment", "IV.1 (1)", DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 100, 0, 0, 2030, "ban-chi-huy-quan-su-phuong,cong-an-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "criminal-offences", "IV.1 (2)", DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR, DOSON_CTR_COMPARATOR_AT_MOST, -0.05, 0, 0, 2030, "cong-an-phuong", DOSON_CTR_DIRECTION_LOWER, FALSE },
  { "crime-clearance-rate", "IV.1 (2)", DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_MORE_THAN, 85, 0, 0, 2030, "cong-an-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "crime-reports-handled", "IV.1 (2)", DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 100, 0, 0, 2030, "cong-an-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
  { "drug-free-ward", "IV.2", DOSON_CTR_TARGET_KIND_MILESTONE, DOSON_CTR_COMPARATOR_EQUAL, 1, 0, 0, 2030, "cong-an-phuong", DOSON_CTR_DIRECTION_HIGHER, FALSE },
};

#define N_INDICATORS 42

static DosonCtrProgram *program;

static void
setup (void)
{
  GError *error = NULL;

  program = doson_ctr_program_new_builtin (&error);
  ck_assert_msg (program != NULL, "built-in programme: %s",
                 error ? error->message : "(no error)");
}

static void
teardown (void)
{
  g_clear_object (&program);
}

START_TEST (test_metadata)
{
  const char *title_vi = doson_ctr_program_get_title (program, "vi");
  const char *title_en = doson_ctr_program_get_title (program, "en");

  ck_assert_str_eq (doson_ctr_program_get_code (program), "03-CTr/ĐU");
  ck_assert_str_eq (doson_ctr_program_get_date (program), "2025-09-26");
  ck_assert_int_eq (doson_ctr_program_get_term_start (program), 2025);
  ck_assert_int_eq (doson_ctr_program_get_term_end (program), 2030);
  ck_assert_int_eq (doson_ctr_program_get_baseline_year (program), 2025);
  ck_assert_ptr_nonnull (title_vi);
  ck_assert_ptr_nonnull (title_en);
  ck_assert_msg (strstr (doson_ctr_program_get_issuing_body (program, "vi"), "Đồ Sơn") != NULL,
                 "vi issuing body: %s", doson_ctr_program_get_issuing_body (program, "vi"));
  ck_assert_msg (strstr (title_vi, "2025 - 2030") != NULL, "vi title: %s", title_vi);
}
END_TEST

START_TEST (test_ids_in_order)
{
  GPtrArray *indicators = doson_ctr_program_get_indicators (program);
  guint i, row = 0;

  ck_assert_uint_eq (indicators->len, N_INDICATORS);
  for (i = 0; i < indicators->len; i++)
    {
      DosonCtrIndicator *indicator = g_ptr_array_index (indicators, i);

      ck_assert_uint_lt (row, G_N_ELEMENTS (expected));
      ck_assert_str_eq (doson_ctr_indicator_get_id (indicator), expected[row].id);
      ck_assert_str_eq (doson_ctr_indicator_get_ref (indicator), expected[row].ref);
      /* skip the further rows of an indicator with several targets */
      row++;
      while (row < G_N_ELEMENTS (expected)
             && strcmp (expected[row].id, expected[row - 1].id) == 0)
        row++;
    }
  ck_assert_uint_eq (row, G_N_ELEMENTS (expected));
}
END_TEST

static void
check_target (const ExpectedTarget *e,
              DosonCtrIndicator    *indicator,
              const DosonCtrTarget *target)
{
  double value, low, high;

  ck_assert_msg (doson_ctr_target_get_kind (target) == e->kind,
                 "%s: kind %s", e->id,
                 doson_ctr_target_kind_to_string (doson_ctr_target_get_kind (target)));
  ck_assert_msg (doson_ctr_target_get_comparator (target) == e->comparator,
                 "%s: comparator %s", e->id,
                 doson_ctr_comparator_to_string (doson_ctr_target_get_comparator (target)));
  if (e->comparator == DOSON_CTR_COMPARATOR_RANGE)
    {
      ck_assert_msg (doson_ctr_target_get_range (target, &low, &high), "%s: no range", e->id);
      ck_assert_msg (fabs (low - e->low) < 1e-12 && fabs (high - e->high) < 1e-12,
                     "%s: range %g..%g, expected %g..%g", e->id, low, high, e->low, e->high);
      ck_assert_msg (doson_ctr_target_get_range_mode (target) == DOSON_CTR_RANGE_MODE_FLOOR_STRETCH,
                     "%s: ranges in this document are floors with a stretch ceiling", e->id);
    }
  else
    {
      ck_assert_msg (doson_ctr_target_get_value (target, &value), "%s: no value", e->id);
      ck_assert_msg (fabs (value - e->value) < 1e-12 * fmax (1.0, fabs (e->value)),
                     "%s: value %g, expected %g", e->id, value, e->value);
    }
  ck_assert_msg (doson_ctr_target_get_deadline_year (target) == e->deadline,
                 "%s: deadline %d, expected %d", e->id,
                 doson_ctr_target_get_deadline_year (target), e->deadline);
  ck_assert_msg (doson_ctr_target_get_first_year (target) == 2026,
                 "%s: targets apply from the year after the 2025 baseline", e->id);
  ck_assert_msg (doson_ctr_target_get_per_disaggregation (target) == e->per_level,
                 "%s: per-level flag", e->id);
  ck_assert_msg (doson_ctr_indicator_get_direction (indicator) == e->direction,
                 "%s: direction", e->id);
}

START_TEST (test_targets)
{
  guint row = 0;

  while (row < G_N_ELEMENTS (expected))
    {
      DosonCtrIndicator *indicator =
        doson_ctr_program_lookup_indicator (program, expected[row].id);
      GPtrArray *targets;
      guint i, n = 0;

      ck_assert_msg (indicator != NULL, "no indicator %s", expected[row].id);
      while (row + n < G_N_ELEMENTS (expected)
             && strcmp (expected[row + n].id, expected[row].id) == 0)
        n++;
      targets = doson_ctr_indicator_get_targets (indicator);
      ck_assert_msg (targets->len == n, "%s: %u targets, expected %u",
                     expected[row].id, targets->len, n);
      for (i = 0; i < n; i++)
        check_target (&expected[row + i], indicator, g_ptr_array_index (targets, i));
      row += n;
    }
}
END_TEST

START_TEST (test_lead_units)
{
  gsize row;

  for (row = 0; row < G_N_ELEMENTS (expected); row++)
    {
      DosonCtrIndicator *indicator =
        doson_ctr_program_lookup_indicator (program, expected[row].id);
      GPtrArray *units = doson_ctr_indicator_get_lead_unit_ids (indicator);
      g_auto(GStrv) want = g_strsplit (expected[row].lead_units, ",", -1);
      guint i;

      ck_assert_msg (units->len == g_strv_length (want), "%s: %u lead units",
                     expected[row].id, units->len);
      for (i = 0; i < units->len; i++)
        {
          const char *unit_id = g_ptr_array_index (units, i);

          ck_assert_str_eq (unit_id, want[i]);
          ck_assert_msg (doson_ctr_program_lookup_unit (program, unit_id) != NULL,
                         "%s: unit %s is not declared", expected[row].id, unit_id);
        }
    }
}
END_TEST

START_TEST (test_names_in_both_languages)
{
  GPtrArray *indicators = doson_ctr_program_get_indicators (program);
  guint i;

  for (i = 0; i < indicators->len; i++)
    {
      DosonCtrIndicator *indicator = g_ptr_array_index (indicators, i);
      const char *vi = doson_ctr_indicator_get_name (indicator, "vi");
      const char *en = doson_ctr_indicator_get_name (indicator, "en");

      ck_assert_msg (vi != NULL && *vi != '\0', "%s: no Vietnamese name",
                     doson_ctr_indicator_get_id (indicator));
      ck_assert_msg (en != NULL && *en != '\0', "%s: no English name",
                     doson_ctr_indicator_get_id (indicator));
      ck_assert_msg (strcmp (vi, en) != 0, "%s: the names are not translated",
                     doson_ctr_indicator_get_id (indicator));
      ck_assert_msg (doson_ctr_program_lookup_goal (program,
                       doson_ctr_indicator_get_goal_id (indicator)) != NULL,
                     "%s: its goal is not declared", doson_ctr_indicator_get_id (indicator));
    }
  /* Sentences of the adopted document, word for word (III.1 (11), and
   * III.1 (7) with its typo "Phân đầu" read as "Phấn đấu"). */
  ck_assert_str_eq (doson_ctr_target_get_text (
                      g_ptr_array_index (doson_ctr_indicator_get_targets (
                        doson_ctr_program_lookup_indicator (program, "health-insurance-coverage")), 0),
                      "vi"),
                    "Đến năm 2030, tỷ lệ dân số tham gia bảo hiểm y tế đạt 97%.");
  ck_assert_str_eq (doson_ctr_target_get_text (
                      g_ptr_array_index (doson_ctr_indicator_get_targets (
                        doson_ctr_program_lookup_indicator (program, "poor-households")), 0),
                      "vi"),
                    "Phấn đấu không còn hộ nghèo theo chuẩn nghèo giai đoạn 2025-2030.");
}
END_TEST

START_TEST (test_relations)
{
  struct { const char *id; DosonCtrIndicatorRelation relation; const char *whole; } rel[] = {
    { "social-insurance-compulsory", DOSON_CTR_INDICATOR_RELATION_PART_OF, "social-insurance-coverage" },
    { "social-insurance-voluntary", DOSON_CTR_INDICATOR_RELATION_PART_OF, "social-insurance-coverage" },
    { "schools-standard-level-2", DOSON_CTR_INDICATOR_RELATION_SUBSET_OF, "schools-national-standard" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (rel); i++)
    {
      DosonCtrIndicator *indicator = doson_ctr_program_lookup_indicator (program, rel[i].id);

      ck_assert_msg (doson_ctr_indicator_get_relation (indicator) == rel[i].relation,
                     "%s: relation", rel[i].id);
      ck_assert_str_eq (doson_ctr_indicator_get_related_id (indicator), rel[i].whole);
    }
}
END_TEST

START_TEST (test_school_levels)
{
  const char *ids[] = { "multipurpose-halls", "smart-classrooms" };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      DosonCtrIndicator *indicator = doson_ctr_program_lookup_indicator (program, ids[i]);

      ck_assert_str_eq (doson_ctr_indicator_get_disaggregation (indicator), "level");
      ck_assert (doson_ctr_indicator_has_disaggregation_value (indicator, "primary"));
      ck_assert (doson_ctr_indicator_has_disaggregation_value (indicator, "lower-secondary"));
      ck_assert (!doson_ctr_indicator_has_disaggregation_value (indicator, "upper-secondary"));
    }
}
END_TEST

START_TEST (test_independent_copies)
{
  GError *error = NULL;
  DosonCtrProgram *other = doson_ctr_program_new_builtin (&error);

  ck_assert_ptr_nonnull (other);
  ck_assert_ptr_ne (other, program);
  ck_assert (doson_ctr_program_equal (program, other));
  doson_ctr_program_set_code (other, "changed");
  ck_assert_str_eq (doson_ctr_program_get_code (program), "03-CTr/ĐU");
  g_object_unref (other);
}
END_TEST

static Suite *
builtin_suite (void)
{
  Suite *s = suite_create ("builtin");
  TCase *tc = tcase_create ("indicators-md");

  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_metadata);
  tcase_add_test (tc, test_ids_in_order);
  tcase_add_test (tc, test_targets);
  tcase_add_test (tc, test_lead_units);
  tcase_add_test (tc, test_names_in_both_languages);
  tcase_add_test (tc, test_relations);
  tcase_add_test (tc, test_school_levels);
  suite_add_tcase (s, tc);

  tc = tcase_create ("ownership");
  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_add_test (tc, test_independent_copies);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (builtin_suite ());
}
