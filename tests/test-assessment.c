/* test-assessment.c: the programme's own targets assessed as of a year
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every case builds a small programme with the public API (term 2025-2030,
 * baseline 2025, so the elapsed share in year t is (t - 2025) / 5) and
 * checks figures worked out by hand in the comments.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "doson-ctr-test.h"

#define assert_status(a, expected)                                            \
  ck_assert_msg (doson_ctr_target_assessment_get_status (a) == (expected),    \
                 "status %s, expected %s",                                    \
                 doson_ctr_status_to_string (doson_ctr_target_assessment_get_status (a)), \
                 doson_ctr_status_to_string (expected))

#define assert_reason(a, expected)                                            \
  ck_assert_str_eq (doson_ctr_assessment_reason_to_string (doson_ctr_target_assessment_get_reason (a)), \
                    doson_ctr_assessment_reason_to_string (expected))

/* The open-sdg score of a pace ratio with the default cut-offs */
static double
score_of (double pv)
{
  return pv >= 0.6 ? fmin (7.1429 * pv - 4.2857, 5) : fmax (4.1667 * pv - 2.5, -5);
}

/* ------------------------------------------------------------------ */
/* Building programmes                                                 */
/* ------------------------------------------------------------------ */

static DosonCtrProgram *
base_program (void)
{
  DosonCtrProgram *p = doson_ctr_program_new ("p", 2025, 2030, 2025);
  g_autoptr(DosonCtrResponsibleUnit) ua = doson_ctr_responsible_unit_new ("u-a");
  g_autoptr(DosonCtrResponsibleUnit) ub = doson_ctr_responsible_unit_new ("u-b");
  g_autoptr(DosonCtrGoal) top = doson_ctr_goal_new ("g-top");
  g_autoptr(DosonCtrGoal) child = doson_ctr_goal_new ("g-child");
  g_autoptr(DosonCtrGoal) other = doson_ctr_goal_new ("g-other");
  GError *error = NULL;

  doson_ctr_program_set_title (p, "vi", "Chương trình thử");
  doson_ctr_responsible_unit_set_name (ua, "vi", "Đơn vị A");
  doson_ctr_responsible_unit_set_name (ub, "vi", "Đơn vị B");
  ck_assert (doson_ctr_program_add_unit (p, ua, &error));
  ck_assert (doson_ctr_program_add_unit (p, ub, &error));
  doson_ctr_goal_set_title (top, "vi", "Mục I");
  doson_ctr_goal_set_title (child, "vi", "Mục I.1");
  doson_ctr_goal_set_parent_id (child, "g-top");
  doson_ctr_goal_set_title (other, "vi", "Mục II");
  ck_assert (doson_ctr_program_add_goal (p, top, &error));
  ck_assert (doson_ctr_program_add_goal (p, child, &error));
  ck_assert (doson_ctr_program_add_goal (p, other, &error));
  ck_assert (error == NULL);
  return p;
}

static DosonCtrTarget *
range (DosonCtrTargetKind kind,
       double             low,
       double             high,
       DosonCtrRangeMode  mode)
{
  GError *error = NULL;
  DosonCtrTarget *t = doson_ctr_target_new_range (kind, low, high, mode, &error);

  ck_assert_msg (t != NULL, "%s", error != NULL ? error->message : "");
  return t;
}

static DosonCtrTarget *
with_deadline (DosonCtrTarget *t,
               int             deadline)
{
  doson_ctr_target_set_years (t, 0, deadline);
  return t;
}

/* Makes an indicator with one target (taken), not yet added. */
static DosonCtrIndicator *
indicator (const char        *id,
           DosonCtrMeasure    measure,
           DosonCtrDirection  direction,
           const char        *goal,
           const char        *unit,
           DosonCtrTarget    *t)
{
  DosonCtrIndicator *ind = doson_ctr_indicator_new (id);

  doson_ctr_indicator_set_name (ind, "vi", id);
  doson_ctr_indicator_set_measure (ind, measure);
  doson_ctr_indicator_set_direction (ind, direction);
  doson_ctr_indicator_set_goal_id (ind, goal);
  doson_ctr_indicator_add_lead_unit (ind, unit);
  if (t != NULL)
    {
      doson_ctr_indicator_add_target (ind, t);
      doson_ctr_target_free (t);
    }
  return ind;
}

static void
add (DosonCtrProgram   *p,
     DosonCtrIndicator *ind)
{
  GError *error = NULL;

  ck_assert_msg (doson_ctr_program_add_indicator (p, ind, &error),
                 "%s", error != NULL ? error->message : "");
  g_object_unref (ind);
}

/* A programme with the one indicator "x" and one target. */
static DosonCtrProgram *
one (DosonCtrMeasure   measure,
     DosonCtrDirection direction,
     DosonCtrTarget   *t)
{
  DosonCtrProgram *p = base_program ();

  add (p, indicator ("x", measure, direction, "g-top", "u-a", t));
  return p;
}

static void
put (DosonCtrMeasurementSet *m,
     const char             *id,
     int                     year,
     const char             *level,
     double                  value)
{
  GError *error = NULL;

  ck_assert_msg (doson_ctr_measurement_set_add_value (m, id, year, level, value, &error),
                 "%s", error != NULL ? error->message : "");
}

/* The series of "x": pairs of year and value, ending with year 0. */
static DosonCtrMeasurementSet *
series_x (int first_year, ...)
{
  DosonCtrMeasurementSet *m = doson_ctr_measurement_set_new ();
  va_list ap;
  int year;

  va_start (ap, first_year);
  for (year = first_year; year != 0; year = va_arg (ap, int))
    put (m, "x", year, NULL, va_arg (ap, double));
  va_end (ap);
  return m;
}

static DosonCtrAssessment *
assess (DosonCtrProgram                 *p,
        DosonCtrMeasurementSet          *m,
        int                              as_of,
        const DosonCtrAssessmentOptions *o)
{
  GError *error = NULL;
  DosonCtrAssessment *a = doson_ctr_assessment_new (p, m, as_of, o, &error);

  ck_assert_msg (a != NULL, "%s", error != NULL ? error->message : "");
  ck_assert (error == NULL);
  return a;
}

/* The one assessment of "x" (a copy, which exercises copying). */
static DosonCtrTargetAssessment *
assess_x (DosonCtrProgram                 *p,
          DosonCtrMeasurementSet          *m,
          int                              as_of,
          const DosonCtrAssessmentOptions *o)
{
  g_autoptr(DosonCtrAssessment) a = assess (p, m, as_of, o);
  GPtrArray *results = doson_ctr_assessment_get_results (a);

  ck_assert_uint_eq (results->len, 1);
  return doson_ctr_target_assessment_copy (g_ptr_array_index (results, 0));
}

static double
attainment (const DosonCtrTargetAssessment *a)
{
  double v = UNTOUCHED;

  ck_assert (doson_ctr_target_assessment_get_attainment (a, &v));
  return v;
}

static double
pace (const DosonCtrTargetAssessment *a)
{
  double v = UNTOUCHED;

  ck_assert (doson_ctr_target_assessment_get_pace (a, &v));
  return v;
}

static double
score (const DosonCtrTargetAssessment *a)
{
  double v = UNTOUCHED;

  ck_assert (doson_ctr_target_assessment_get_score (a, &v));
  return v;
}

static double
figure (const DosonCtrTargetAssessment *a)
{
  double v = UNTOUCHED;

  ck_assert (doson_ctr_target_assessment_get_figure (a, &v));
  return v;
}

static void
assert_years (const DosonCtrTargetAssessment *a,
              guint                           met,
              guint                           reported,
              guint                           due)
{
  guint m = 99, r = 99, d = 99;

  ck_assert (doson_ctr_target_assessment_get_years_met (a, &m, &r, &d));
  ck_assert_uint_eq (m, met);
  ck_assert_uint_eq (r, reported);
  ck_assert_uint_eq (d, due);
}

static void
assert_no_score (const DosonCtrTargetAssessment *a)
{
  double v = UNTOUCHED;

  ck_assert (!doson_ctr_target_assessment_get_score (a, &v));
  ck_assert (v == UNTOUCHED);
}

/* ------------------------------------------------------------------ */
/* Every year                                                          */
/* ------------------------------------------------------------------ */

START_TEST (test_every_year_inclusive_and_strict)
{
  /* ">= 3": 3 meets it; "> 85": 85 does not */
  g_autoptr(DosonCtrProgram) p = base_program ();
  g_autoptr(DosonCtrMeasurementSet) m = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrAssessment) a = NULL;
  g_autoptr(GPtrArray) r1 = NULL;
  g_autoptr(GPtrArray) r2 = NULL;
  const DosonCtrTargetAssessment *x, *y;

  add (p, indicator ("adm", DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, "g-top", "u-a",
                     test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 3)));
  add (p, indicator ("clr", DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, "g-top", "u-a",
                     test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_MORE_THAN, 85)));
  put (m, "adm", 2026, NULL, 3);
  put (m, "clr", 2026, NULL, 85);

  a = assess (p, m, 2026, NULL);
  r1 = doson_ctr_assessment_get_results_for_indicator (a, "adm");
  r2 = doson_ctr_assessment_get_results_for_indicator (a, "clr");
  ck_assert_uint_eq (r1->len, 1);
  ck_assert_uint_eq (r2->len, 1);
  x = g_ptr_array_index (r1, 0);
  y = g_ptr_array_index (r2, 0);

  /* adm 2026: 3 >= 3, attainment 3 / 3 = 1, score 5 */
  assert_status (x, DOSON_CTR_STATUS_ACHIEVED);
  assert_close (attainment (x), 1.0, REL);
  assert_close (score (x), 5, REL);
  assert_years (x, 1, 1, 1);
  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (x), DOSON_CTR_PACE_RULE_NONE);

  ck_assert_int_eq (doson_ctr_target_assessment_get_reason (x), DOSON_CTR_ASSESSMENT_REASON_NONE);

  /* clr 2026: 85 > 85 is false: not achieved, attainment 85 / 85 = 1,
   * score -5; equal to the target, more is needed */
  assert_status (y, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_close (attainment (y), 1.0, REL);
  assert_close (score (y), -5, REL);
  assert_years (y, 0, 1, 1);
  assert_reason (y, DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET);
}
END_TEST

START_TEST (test_every_year_over_the_term)
{
  /* ">= 3": 2026 3.0 met, 2027 2.9 not met, 2028 3.5 met, 2029 missing */
  g_autoptr(DosonCtrProgram) p = one (DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER,
                                      test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR,
                                              DOSON_CTR_COMPARATOR_AT_LEAST, 3));
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 2.5, 2026, 3.0, 2027, 2.9,
                                                  2028, 3.5, 0);
  g_autoptr(DosonCtrTargetAssessment) a27 = assess_x (p, m, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a29 = assess_x (p, m, 2029, NULL);
  int year = -1;
  double v = UNTOUCHED;

  /* 2027: 2.9 < 3, attainment 2.9 / 3; met 1 of 2 reported, 2 due */
  assert_status (a27, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_close (attainment (a27), 2.9 / 3, REL);
  assert_close (figure (a27), 2.9, REL);
  assert_years (a27, 1, 2, 2);
  ck_assert (doson_ctr_target_assessment_get_current (a27, &year, &v));
  ck_assert_int_eq (year, 2027);

  /* 2029 has no value: not available, never a failure; 2026 and 2028
   * met, 3 years reported of the 4 due (2026-2029) */
  assert_status (a29, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a29, DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR);
  assert_years (a29, 2, 3, 4);
  v = UNTOUCHED;
  ck_assert (!doson_ctr_target_assessment_get_figure (a29, &v));
  ck_assert (!doson_ctr_target_assessment_get_attainment (a29, &v));
  ck_assert (v == UNTOUCHED);
  assert_no_score (a29);
}
END_TEST

START_TEST (test_every_year_ranges)
{
  /* 95-96 as a floor with a stretch: 97 meets it and exceeds the
   * stretch; as a strict band, 97 is outside */
  g_autoptr(DosonCtrProgram) fs = one (DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER,
                                       range (DOSON_CTR_TARGET_KIND_EVERY_YEAR, 95, 96,
                                              DOSON_CTR_RANGE_MODE_FLOOR_STRETCH));
  g_autoptr(DosonCtrProgram) band = one (DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER,
                                         range (DOSON_CTR_TARGET_KIND_EVERY_YEAR, 95, 96,
                                                DOSON_CTR_RANGE_MODE_BAND));
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2026, 97.0, 2027, 95.5, 0);
  g_autoptr(DosonCtrTargetAssessment) f26 = assess_x (fs, m, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) f27 = assess_x (fs, m, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) b26 = assess_x (band, m, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) b27 = assess_x (band, m, 2027, NULL);
  double stretch = UNTOUCHED;

  assert_status (f26, DOSON_CTR_STATUS_ACHIEVED);
  ck_assert (doson_ctr_target_assessment_get_exceeds_stretch (f26));
  assert_close (attainment (f26), 97.0 / 95, REL);       /* floor 95 */
  assert_close (doson_ctr_target_assessment_get_floor (f26), 95, REL);
  ck_assert (doson_ctr_target_assessment_get_stretch (f26, &stretch));
  assert_close (stretch, 96, REL);

  assert_status (f27, DOSON_CTR_STATUS_ACHIEVED);
  ck_assert (!doson_ctr_target_assessment_get_exceeds_stretch (f27));

  assert_status (b26, DOSON_CTR_STATUS_NOT_ACHIEVED);
  ck_assert (!doson_ctr_target_assessment_get_exceeds_stretch (b26));
  assert_status (b27, DOSON_CTR_STATUS_ACHIEVED);
}
END_TEST

START_TEST (test_every_year_lower_is_better)
{
  /* "<= 10" on a lower-is-better indicator: 8 meets it, attainment
   * v_T / v = 10 / 8 = 1.25; "< 10": 10 does not */
  g_autoptr(DosonCtrProgram) le = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                       test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR,
                                               DOSON_CTR_COMPARATOR_AT_MOST, 10));
  g_autoptr(DosonCtrProgram) lt = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                       test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR,
                                               DOSON_CTR_COMPARATOR_LESS_THAN, 10));
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2026, 8.0, 2027, 10.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (le, m, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (le, m, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) c = assess_x (lt, m, 2027, NULL);

  assert_status (a, DOSON_CTR_STATUS_ACHIEVED);
  assert_close (attainment (a), 1.25, REL);
  assert_status (b, DOSON_CTR_STATUS_ACHIEVED);
  assert_status (c, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_close (attainment (c), 1.0, REL);
}
END_TEST

START_TEST (test_every_year_attainment_without_finite_ratio)
{
  /* The attainment exists only as a finite ratio, whatever the status:
   * ">= 0" (a balance that must not be negative) has no v / v_T; "<= 10"
   * met by 0 has no v_T / v; "<= -10" on a lower-is-better amount has
   * v_T < 0, so no v_T / v either. */
  g_autoptr(DosonCtrProgram) nonneg = one (DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_HIGHER,
                                           test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR,
                                                   DOSON_CTR_COMPARATOR_AT_LEAST, 0));
  g_autoptr(DosonCtrProgram) cap = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                        test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR,
                                                DOSON_CTR_COMPARATOR_AT_MOST, 10));
  g_autoptr(DosonCtrProgram) deficit = one (DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_LOWER,
                                            test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR,
                                                    DOSON_CTR_COMPARATOR_AT_MOST, -10));
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2026, 5.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2026, 0.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m3 = series_x (2026, -12.0, 2027, -8.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (nonneg, m1, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (cap, m2, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) c = assess_x (deficit, m3, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) d = assess_x (deficit, m3, 2027, NULL);
  g_autofree char *text = doson_ctr_target_assessment_explain (a, "en");
  double v = UNTOUCHED;

  assert_status (a, DOSON_CTR_STATUS_ACHIEVED);
  assert_close (figure (a), 5, REL);
  assert_close (score (a), 5, REL);
  ck_assert (!doson_ctr_target_assessment_get_attainment (a, &v));
  ck_assert_msg (strstr (text, "Attainment: absent\n") != NULL, "%s", text);

  assert_status (b, DOSON_CTR_STATUS_ACHIEVED);
  assert_close (figure (b), 0, REL);
  ck_assert (!doson_ctr_target_assessment_get_attainment (b, &v));

  assert_status (c, DOSON_CTR_STATUS_ACHIEVED);
  ck_assert (!doson_ctr_target_assessment_get_attainment (c, &v));
  assert_status (d, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_close (score (d), -5, REL);
  ck_assert (!doson_ctr_target_assessment_get_attainment (d, &v));
  ck_assert (v == UNTOUCHED);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Level at a deadline                                                 */
/* ------------------------------------------------------------------ */

static DosonCtrProgram *
enterprises (DosonCtrComparator cmp)
{
  return one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER,
              test_target (DOSON_CTR_TARGET_KIND_LEVEL, cmp, 250));
}

START_TEST (test_level_pace_open_sdg)
{
  /* "> 250 enterprises by 2030" from 200 in 2025.
   * 2027: 220. CAGR_a = (220/200)^(1/2) - 1 = 0.048808848
   *           CAGR_r = (250/200)^(1/5) - 1 = 0.045639553
   *           PV = CAGR_a / |CAGR_r| = 1.06944 >= 0.95: on track */
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 200.0, 2027, 220.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m, 2027, NULL);
  const DosonCtrProgressResult *r;
  const DosonCtrCutoffs *c;
  double cagr_a = pow (220.0 / 200, 1.0 / 2) - 1;
  double cagr_r = pow (250.0 / 200, 1.0 / 5) - 1;
  double pv = cagr_a / cagr_r, v = UNTOUCHED;
  int year = 0;

  assert_status (a, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (a),
                    DOSON_CTR_PACE_RULE_PROGRESS_METHOD);
  ck_assert (!doson_ctr_target_assessment_is_due (a));
  assert_close (pace (a), pv, REL);
  assert_close (score (a), score_of (pv), REL);
  ck_assert (doson_ctr_target_assessment_get_cagr (a, &v));
  assert_close (v, cagr_a, REL);
  /* attainment 220 / 250 = 0.88 */
  assert_close (attainment (a), 0.88, REL);
  ck_assert (doson_ctr_target_assessment_get_base (a, &year, &v));
  ck_assert_int_eq (year, 2025);
  assert_close (v, 200, REL);

  r = doson_ctr_target_assessment_get_progress_result (a);
  ck_assert_ptr_nonnull (r);
  ck_assert_int_eq (doson_ctr_progress_result_get_method (r), DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  c = doson_ctr_target_assessment_get_cutoffs (a);
  ck_assert_ptr_nonnull (c);
  assert_close (doson_ctr_cutoffs_get_substantial (c), 0.95, REL);
  assert_close (doson_ctr_cutoffs_get_moderate (c), 0.6, REL);
  assert_close (doson_ctr_cutoffs_get_limited (c), 0, REL);
}
END_TEST

START_TEST (test_level_pace_classes)
{
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  double cagr_r = pow (1.25, 1.0 / 5) - 1;
  /* 2027: 212: CAGR_a = 1.06^(1/2) - 1 = 0.029563, PV = 0.6478: moderate */
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 200.0, 2027, 212.0, 0);
  /* 2026: 205: CAGR_a = 0.025, PV = 0.5478: limited */
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 200.0, 2026, 205.0, 0);
  /* 2027: 190: CAGR_a < 0: deterioration */
  g_autoptr(DosonCtrMeasurementSet) m3 = series_x (2025, 200.0, 2027, 190.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a1 = assess_x (p, m1, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a2 = assess_x (p, m2, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) a3 = assess_x (p, m3, 2027, NULL);
  double pv1 = (pow (1.06, 0.5) - 1) / cagr_r;
  double pv2 = (pow (205.0 / 200, 1.0) - 1) / cagr_r;
  double pv3 = (pow (0.95, 0.5) - 1) / cagr_r;

  assert_status (a1, DOSON_CTR_STATUS_MODERATE_PROGRESS);
  assert_close (pace (a1), pv1, REL);
  assert_close (score (a1), score_of (pv1), REL);
  assert_status (a2, DOSON_CTR_STATUS_LIMITED_PROGRESS);
  assert_close (pace (a2), pv2, REL);
  assert_close (score (a2), 4.1667 * pv2 - 2.5, REL);
  assert_status (a3, DOSON_CTR_STATUS_DETERIORATION);
  assert_close (pace (a3), pv3, REL);
  ck_assert (pv3 < 0);
}
END_TEST

START_TEST (test_level_at_deadline_strict_vs_inclusive)
{
  /* 2030 value 250: "> 250" not achieved, ">= 250" achieved; both have
   * attainment 250 / 250 = 1 */
  g_autoptr(DosonCtrProgram) gt = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrProgram) ge = enterprises (DOSON_CTR_COMPARATOR_AT_LEAST);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 200.0, 2030, 250.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (gt, m, 2030, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (ge, m, 2030, NULL);

  ck_assert (doson_ctr_target_assessment_is_due (a));
  assert_status (a, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_close (attainment (a), 1.0, REL);
  assert_close (score (a), -5, REL);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET);
  assert_status (b, DOSON_CTR_STATUS_ACHIEVED);
  assert_reason (b, DOSON_CTR_ASSESSMENT_REASON_NONE);
  assert_close (score (b), 5, REL);
  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (a), DOSON_CTR_PACE_RULE_NONE);
  ck_assert_ptr_null (doson_ctr_target_assessment_get_progress_result (a));
}
END_TEST

START_TEST (test_level_after_deadline)
{
  /* "> 250 by 2029": as of 2030 the value of 2029 decides, not the later
   * one: 251 > 250 */
  g_autoptr(DosonCtrTarget) t = test_target (DOSON_CTR_TARGET_KIND_LEVEL,
                                        DOSON_CTR_COMPARATOR_MORE_THAN, 250);
  g_autoptr(DosonCtrProgram) p = NULL;
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 200.0, 2029, 251.0, 2030, 240.0, 0);
  /* without the deadline year's value: not available, even with a later
   * value */
  g_autoptr(DosonCtrMeasurementSet) gap = series_x (2025, 200.0, 2028, 260.0, 2030, 270.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = NULL;
  g_autoptr(DosonCtrTargetAssessment) b = NULL;
  int year = 0;
  double v = UNTOUCHED;

  doson_ctr_target_set_years (t, 0, 2029);
  p = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER, doson_ctr_target_copy (t));
  a = assess_x (p, m, 2030, NULL);
  b = assess_x (p, gap, 2030, NULL);
  assert_status (a, DOSON_CTR_STATUS_ACHIEVED);
  ck_assert (doson_ctr_target_assessment_get_current (a, &year, &v));
  ck_assert_int_eq (year, 2029);
  assert_close (v, 251, REL);
  assert_close (attainment (a), 251.0 / 250, REL);

  assert_status (b, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (b, DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR);
}
END_TEST

START_TEST (test_level_met_early_and_missing)
{
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  /* 2028: 260 > 250 before the deadline: achieved, no pace */
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 200.0, 2028, 260.0, 0);
  /* only the baseline: nothing to measure a pace on */
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 200.0, 0);
  /* no data at all */
  g_autoptr(DosonCtrMeasurementSet) m3 = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrTargetAssessment) a1 = assess_x (p, m1, 2028, NULL);
  g_autoptr(DosonCtrTargetAssessment) a2 = assess_x (p, m2, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a3 = assess_x (p, m3, 2027, NULL);
  double v = UNTOUCHED;

  assert_status (a1, DOSON_CTR_STATUS_ACHIEVED);
  assert_close (score (a1), 5, REL);
  ck_assert (!doson_ctr_target_assessment_get_pace (a1, &v));

  assert_status (a2, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a2, DOSON_CTR_ASSESSMENT_REASON_ONE_YEAR);
  assert_no_score (a2);

  assert_status (a3, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a3, DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
  ck_assert (!doson_ctr_target_assessment_get_base (a3, NULL, &v));
  ck_assert (!doson_ctr_target_assessment_get_current (a3, NULL, &v));
  ck_assert (v == UNTOUCHED);
}
END_TEST

START_TEST (test_level_strict_equal_before_deadline)
{
  /* 250 in 2028 equals the target of "> 250": open-sdg's own rule calls
   * that target_achieved, the programme's comparator does not; the pace
   * decides: CAGR_a = 1.25^(1/3) - 1 = 0.077217, CAGR_r = 1.25^(1/5) - 1
   * = 0.045640, PV = 1.69189: on track. With ">= 250" it is achieved. */
  g_autoptr(DosonCtrProgram) gt = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrProgram) ge = enterprises (DOSON_CTR_COMPARATOR_AT_LEAST);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 200.0, 2028, 250.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (gt, m, 2028, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (ge, m, 2028, NULL);

  assert_status (a, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  assert_close (pace (a), (pow (1.25, 1.0 / 3) - 1) / (pow (1.25, 1.0 / 5) - 1), REL);
  ck_assert_int_eq (doson_ctr_progress_result_get_status (doson_ctr_target_assessment_get_progress_result (a)),
                    DOSON_CTR_STATUS_TARGET_ACHIEVED);
  assert_status (b, DOSON_CTR_STATUS_ACHIEVED);
}
END_TEST

/* The current value on the figure of a strict target ("> 250" and 250)
 * without a progress value: the methods count it as met, the programme
 * does not.  Where the base stood decides, without a score: on the figure
 * since the base (open-sdg: CAGR_r = 0), no progress; a base that met the
 * target (unsd-ratio from 260), moving away.  Only the base year: not
 * available, as for any target. */
START_TEST (test_level_on_strict_figure_without_ratio)
{
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrMeasurementSet) still = series_x (2025, 250.0, 2027, 250.0, 0);
  g_autoptr(DosonCtrMeasurementSet) down = series_x (2025, 260.0, 2027, 250.0, 0);
  g_autoptr(DosonCtrMeasurementSet) base_only = series_x (2025, 250.0, 0);
  g_autoptr(DosonCtrAssessmentOptions) unsd = doson_ctr_assessment_options_new ();
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, still, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = NULL;
  g_autoptr(DosonCtrTargetAssessment) c = assess_x (p, base_only, 2027, NULL);
  g_autofree char *en = doson_ctr_target_assessment_explain (a, "en");
  g_autofree char *vi = doson_ctr_target_assessment_explain (a, "vi");

  doson_ctr_assessment_options_set_level_method (unsd, DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO);
  b = assess_x (p, down, 2027, unsd);

  assert_status (a, DOSON_CTR_STATUS_LIMITED_PROGRESS);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET);
  assert_no_score (a);
  ck_assert_int_eq (doson_ctr_progress_result_get_status (doson_ctr_target_assessment_get_progress_result (a)),
                    DOSON_CTR_STATUS_TARGET_ACHIEVED);
  ck_assert_msg (strstr (en, "Reason: equal to the target; more is needed (id: at-strict-target)\n") != NULL,
                 "%s", en);
  ck_assert_msg (strstr (en, "Pace: absent (the published methods count a value equal to the "
                             "target as met, so they give no pace ratio)\n") != NULL, "%s", en);
  ck_assert_msg (strstr (vi, "Lý do: bằng mức mục tiêu; cần vượt mức này (mã: at-strict-target)\n") != NULL,
                 "%s", vi);
  ck_assert (g_utf8_validate (vi, -1, NULL));

  assert_status (b, DOSON_CTR_STATUS_DETERIORATION);
  assert_reason (b, DOSON_CTR_ASSESSMENT_REASON_BASE_MET);
  assert_no_score (b);

  assert_status (c, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (c, DOSON_CTR_ASSESSMENT_REASON_ONE_YEAR);
}
END_TEST

START_TEST (test_level_unsd_ratio)
{
  /* With unsd-ratio, CR = CAGR_a / CAGR_r = 1.06944 as above, and the
   * method's own cut-offs 0.95 / 0.5 / -0.1 */
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 200.0, 2027, 220.0, 0);
  g_autoptr(DosonCtrAssessmentOptions) o = doson_ctr_assessment_options_new ();
  g_autoptr(DosonCtrTargetAssessment) a = NULL;
  double pv = (pow (1.1, 0.5) - 1) / (pow (1.25, 0.2) - 1);

  doson_ctr_assessment_options_set_level_method (o, DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO);
  a = assess_x (p, m, 2027, o);
  assert_status (a, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  assert_close (pace (a), pv, REL);
  ck_assert_int_eq (doson_ctr_progress_result_get_method (doson_ctr_target_assessment_get_progress_result (a)),
                    DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO);
  assert_close (doson_ctr_cutoffs_get_moderate (doson_ctr_target_assessment_get_cutoffs (a)), 0.5, REL);
}
END_TEST

START_TEST (test_level_per_disaggregation)
{
  /* ">= 1 hall for each school level": each level is assessed; the
   * indicator takes the worst */
  g_autoptr(DosonCtrProgram) p = base_program ();
  g_autoptr(DosonCtrMeasurementSet) m = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrAssessment) a30 = NULL;
  g_autoptr(DosonCtrAssessment) a27 = NULL;
  DosonCtrTarget *t = test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 1);
  DosonCtrIndicator *ind;
  const DosonCtrTargetAssessment *x;
  GPtrArray *results;

  doson_ctr_target_set_per_disaggregation (t, TRUE);
  ind = indicator ("halls", DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER,
                   "g-top", "u-a", t);
  doson_ctr_indicator_set_disaggregation (ind, "level", "Cấp học", "School level");
  doson_ctr_indicator_add_disaggregation_value (ind, "primary", "Tiểu học", "Primary");
  doson_ctr_indicator_add_disaggregation_value (ind, "lower-secondary", "THCS", "Lower secondary");
  add (p, ind);

  put (m, "halls", 2025, "primary", 0);
  put (m, "halls", 2027, "primary", 1);
  put (m, "halls", 2030, "primary", 1);
  put (m, "halls", 2030, "lower-secondary", 0);
  put (m, "halls", 2030, NULL, 1);   /* the total is not what is judged */

  a30 = assess (p, m, 2030, NULL);
  results = doson_ctr_assessment_get_results (a30);
  ck_assert_uint_eq (results->len, 2);
  x = g_ptr_array_index (results, 0);
  ck_assert_str_eq (doson_ctr_target_assessment_get_disaggregation_value (x), "primary");
  assert_status (x, DOSON_CTR_STATUS_ACHIEVED);
  x = g_ptr_array_index (results, 1);
  ck_assert_str_eq (doson_ctr_target_assessment_get_disaggregation_value (x), "lower-secondary");
  assert_status (x, DOSON_CTR_STATUS_NOT_ACHIEVED);
  ck_assert_int_eq (doson_ctr_assessment_get_indicator_status (a30, "halls"),
                    DOSON_CTR_STATUS_NOT_ACHIEVED);

  /* 2027: primary met early; lower-secondary has no data: the indicator
   * cannot be called achieved */
  a27 = assess (p, m, 2027, NULL);
  results = doson_ctr_assessment_get_results (a27);
  assert_status ((DosonCtrTargetAssessment *) g_ptr_array_index (results, 0),
                 DOSON_CTR_STATUS_ACHIEVED);
  assert_status ((DosonCtrTargetAssessment *) g_ptr_array_index (results, 1),
                 DOSON_CTR_STATUS_NOT_AVAILABLE);
  ck_assert_int_eq (doson_ctr_assessment_get_indicator_status (a27, "halls"),
                    DOSON_CTR_STATUS_NOT_AVAILABLE);
}
END_TEST

START_TEST (test_level_custom_cutoffs)
{
  /* PV 1.06944 (200 -> 220 in 2027, as in test_level_pace_open_sdg) with
   * the caller's cut-offs 1.2 / 0.8 / 0 is moderate; they reach the
   * progress method and its result, and the score splits at 0.8 */
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 200.0, 2027, 220.0, 0);
  g_autoptr(DosonCtrAssessmentOptions) o = doson_ctr_assessment_options_new ();
  g_autoptr(DosonCtrCutoffs) c = doson_ctr_cutoffs_new (1.2, 0.8, 0, NULL);
  g_autoptr(DosonCtrTargetAssessment) a = NULL;
  double pv = (sqrt (1.1) - 1) / (pow (1.25, 0.2) - 1);

  doson_ctr_assessment_options_set_cutoffs (o, c);
  a = assess_x (p, m, 2027, o);
  assert_status (a, DOSON_CTR_STATUS_MODERATE_PROGRESS);
  assert_close (pace (a), pv, REL);
  assert_close (score (a), 7.1429 * pv - 4.2857, REL);
  assert_close (doson_ctr_cutoffs_get_substantial (doson_ctr_target_assessment_get_cutoffs (a)), 1.2, REL);
  assert_close (doson_ctr_cutoffs_get_moderate (doson_ctr_target_assessment_get_cutoffs (a)), 0.8, REL);
  assert_close (doson_ctr_cutoffs_get_substantial (doson_ctr_progress_result_get_cutoffs (doson_ctr_target_assessment_get_progress_result (a))),
                1.2, REL);
}
END_TEST

START_TEST (test_level_expected_value)
{
  /* expected-value: v^_T = 220 (1 + CAGR_a)^(2030 - 2027) = 220 * 1.1^1.5
   * = 253.8098; P = (v^_T - 200) / (250 - 200) = 1.07620 >= 0.95: on
   * track, with the method's cut-offs 0.95 / 0.5 / -0.1 */
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 200.0, 2027, 220.0, 0);
  g_autoptr(DosonCtrAssessmentOptions) o = doson_ctr_assessment_options_new ();
  g_autoptr(DosonCtrTargetAssessment) a = NULL;
  double p_value = (220 * pow (1.1, 1.5) - 200) / 50;
  double v = UNTOUCHED;

  doson_ctr_assessment_options_set_level_method (o, DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE);
  a = assess_x (p, m, 2027, o);
  assert_status (a, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  assert_close (pace (a), p_value, REL);
  assert_close (score (a), 7.1429 * p_value - 4.2857, REL);
  ck_assert (doson_ctr_target_assessment_get_cagr (a, &v));
  assert_close (v, sqrt (1.1) - 1, REL);
  assert_close (doson_ctr_cutoffs_get_limited (doson_ctr_target_assessment_get_cutoffs (a)), -0.1, REL);
  ck_assert_int_eq (doson_ctr_progress_result_get_method (doson_ctr_target_assessment_get_progress_result (a)),
                    DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE);
}
END_TEST

START_TEST (test_level_target_equal_to_base)
{
  /* ">= 200" from 200 in 2025: no required rate (CAGR_r = 0), so no pace;
   * 190 in 2027 misses the target: moving away, with open-sdg's own score
   * of -5 */
  g_autoptr(DosonCtrProgram) p = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER,
                                      test_target (DOSON_CTR_TARGET_KIND_LEVEL,
                                              DOSON_CTR_COMPARATOR_AT_LEAST, 200));
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 200.0, 2027, 190.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m, 2027, NULL);
  g_autofree char *text = doson_ctr_target_assessment_explain (a, "en");
  double v = UNTOUCHED;

  assert_status (a, DOSON_CTR_STATUS_DETERIORATION);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED);
  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (a), DOSON_CTR_PACE_RULE_PROGRESS_METHOD);
  ck_assert (!doson_ctr_target_assessment_get_pace (a, &v));
  ck_assert (v == UNTOUCHED);
  assert_close (score (a), -5, REL);
  assert_close (attainment (a), 190.0 / 200, REL);
  ck_assert_int_eq (doson_ctr_progress_result_get_status (doson_ctr_target_assessment_get_progress_result (a)),
                    DOSON_CTR_STATUS_DETERIORATION);
  ck_assert_msg (strstr (text, "Pace: absent (the pace ratio has no finite value)\n") != NULL, "%s", text);
}
END_TEST

START_TEST (test_level_base_met_unsd_ratio)
{
  /* unsd-ratio, ">= 250": the base 260 already met it, so CR has no
   * meaning; 240 in 2027 no longer meets it: moving away, and no score
   * (unsd-ratio has none) */
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_AT_LEAST);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 260.0, 2027, 240.0, 0);
  g_autoptr(DosonCtrAssessmentOptions) o = doson_ctr_assessment_options_new ();
  g_autoptr(DosonCtrTargetAssessment) a = NULL;
  double v = UNTOUCHED;

  doson_ctr_assessment_options_set_level_method (o, DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO);
  a = assess_x (p, m, 2027, o);
  assert_status (a, DOSON_CTR_STATUS_DETERIORATION);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_BASE_MET);
  ck_assert (!doson_ctr_target_assessment_get_pace (a, &v));
  assert_no_score (a);
  assert_close (attainment (a), 240.0 / 250, REL);
  assert_close (doson_ctr_cutoffs_get_limited (doson_ctr_target_assessment_get_cutoffs (a)), -0.1, REL);
}
END_TEST

START_TEST (test_level_mixed_signs)
{
  /* an amount ">= 50" from 10 in 2025 to -5 in 2027: no compound rate
   * across zero, not available; the attainment -5 / 50 is still given */
  g_autoptr(DosonCtrProgram) p = one (DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_HIGHER,
                                      test_target (DOSON_CTR_TARGET_KIND_LEVEL,
                                              DOSON_CTR_COMPARATOR_AT_LEAST, 50));
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 10.0, 2027, -5.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m, 2027, NULL);
  double v = UNTOUCHED;

  assert_status (a, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_MIXED_SIGNS);
  ck_assert (!doson_ctr_target_assessment_get_pace (a, &v));
  ck_assert (!doson_ctr_target_assessment_get_cagr (a, &v));
  ck_assert (v == UNTOUCHED);
  assert_no_score (a);
  assert_close (attainment (a), -0.1, REL);
}
END_TEST

START_TEST (test_level_due_without_data)
{
  /* due in 2030 with no value at all: not available, no data, and the
   * explanation says the base is absent and why */
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrMeasurementSet) m = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m, 2030, NULL);
  g_autofree char *text = doson_ctr_target_assessment_explain (a, "en");

  ck_assert (doson_ctr_target_assessment_is_due (a));
  assert_status (a, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
  assert_no_score (a);
  ck_assert_msg (strstr (text, "Base: absent (no value up to the as-of year)\n") != NULL, "%s", text);
  ck_assert_msg (strstr (text, "Current: absent\n") != NULL, "%s", text);
}
END_TEST

START_TEST (test_level_lower_is_better)
{
  /* "at most 10 accidents by 2030" from 20 in 2025.
   * 15 in 2027: CAGR_a = 0.75^(1/2) - 1 = -0.133975, CAGR_r = 0.5^(1/5) -
   * 1 = -0.129449; PV = s d CAGR_a / |CAGR_r| = 1.03497: on track;
   * attainment v_T / v = 10 / 15. 0 in 2030 meets it, with no finite
   * v_T / v. "fewer than 5": 4 meets it (5 / 4), 5 does not. */
  g_autoptr(DosonCtrProgram) le = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                       test_target (DOSON_CTR_TARGET_KIND_LEVEL,
                                               DOSON_CTR_COMPARATOR_AT_MOST, 10));
  g_autoptr(DosonCtrProgram) lt = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                       test_target (DOSON_CTR_TARGET_KIND_LEVEL,
                                               DOSON_CTR_COMPARATOR_LESS_THAN, 5));
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 20.0, 2027, 15.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 20.0, 2030, 0.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m3 = series_x (2025, 20.0, 2030, 4.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m4 = series_x (2025, 20.0, 2030, 5.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a1 = assess_x (le, m1, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a2 = assess_x (le, m2, 2030, NULL);
  g_autoptr(DosonCtrTargetAssessment) a3 = assess_x (lt, m3, 2030, NULL);
  g_autoptr(DosonCtrTargetAssessment) a4 = assess_x (lt, m4, 2030, NULL);
  double pv = -(sqrt (0.75) - 1) / fabs (pow (0.5, 0.2) - 1);
  double v = UNTOUCHED;

  ck_assert (!doson_ctr_target_assessment_is_zero_target (a1));
  ck_assert_int_eq (doson_ctr_target_assessment_get_direction (a1), DOSON_CTR_DIRECTION_LOWER);
  assert_status (a1, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  assert_close (pace (a1), pv, REL);
  assert_close (attainment (a1), 10.0 / 15, REL);

  assert_status (a2, DOSON_CTR_STATUS_ACHIEVED);
  ck_assert (!doson_ctr_target_assessment_get_attainment (a2, &v));
  ck_assert (v == UNTOUCHED);

  ck_assert (!doson_ctr_target_assessment_is_zero_target (a3));
  assert_status (a3, DOSON_CTR_STATUS_ACHIEVED);
  assert_close (attainment (a3), 1.25, REL);
  assert_status (a4, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_close (attainment (a4), 1.0, REL);
}
END_TEST

START_TEST (test_level_lower_is_better_range)
{
  /* a poverty rate "from 4 down to 3 %": lower is better, so the floor
   * (the requirement) is 4 and the stretch 3. 2.5 in 2030 meets it and
   * goes beyond the stretch, attainment 4 / 2.5; as a strict band it is
   * outside. */
  g_autoptr(DosonCtrProgram) fs = one (DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_LOWER,
                                       range (DOSON_CTR_TARGET_KIND_LEVEL, 3, 4,
                                              DOSON_CTR_RANGE_MODE_FLOOR_STRETCH));
  g_autoptr(DosonCtrProgram) band = one (DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_LOWER,
                                         range (DOSON_CTR_TARGET_KIND_LEVEL, 3, 4,
                                                DOSON_CTR_RANGE_MODE_BAND));
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 6.0, 2030, 2.5, 0);
  g_autoptr(DosonCtrTargetAssessment) f = assess_x (fs, m, 2030, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (band, m, 2030, NULL);
  g_autofree char *ft = doson_ctr_target_assessment_explain (f, "en");
  g_autofree char *bt = doson_ctr_target_assessment_explain (b, "en");
  double stretch = UNTOUCHED;

  ck_assert (!doson_ctr_target_assessment_is_zero_target (f));
  assert_close (doson_ctr_target_assessment_get_floor (f), 4, REL);
  ck_assert (doson_ctr_target_assessment_get_stretch (f, &stretch));
  assert_close (stretch, 3, REL);
  assert_status (f, DOSON_CTR_STATUS_ACHIEVED);
  ck_assert (doson_ctr_target_assessment_get_exceeds_stretch (f));
  assert_close (attainment (f), 4 / 2.5, REL);
  ck_assert_msg (strstr (ft, "Floor (requirement): 4; stretch 3\n") != NULL, "%s", ft);
  ck_assert_msg (strstr (ft, "Beyond the stretch: yes\n") != NULL, "%s", ft);
  ck_assert_msg (strstr (ft, "Direction: lower is better\n") != NULL, "%s", ft);

  assert_status (b, DOSON_CTR_STATUS_NOT_ACHIEVED);
  ck_assert (!doson_ctr_target_assessment_get_exceeds_stretch (b));
  ck_assert_msg (strstr (bt, "Floor (requirement): 4; band, both ends required 3\n") != NULL, "%s", bt);
  ck_assert_msg (strstr (bt, "Beyond the stretch: no\n") != NULL, "%s", bt);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Zero targets                                                        */
/* ------------------------------------------------------------------ */

static DosonCtrProgram *
poor_households (void)
{
  return one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
              test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_EQUAL, 0));
}

START_TEST (test_zero_target_linear)
{
  /* 100 poor households in 2025, 70 in 2027, none wanted by 2030.
   * closed = (100 - 70) / 100 = 0.3; elapsed = (2027 - 2025) / 5 = 0.4;
   * pace = 0.3 / 0.4 = 0.75: needs acceleration.
   * 50 in 2027: closed 0.5, pace 1.25: on track. */
  g_autoptr(DosonCtrProgram) p = poor_households ();
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 100.0, 2027, 70.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 100.0, 2027, 50.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m1, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (p, m2, 2027, NULL);
  g_autofree char *text = NULL;
  double e = UNTOUCHED;

  ck_assert (doson_ctr_target_assessment_is_zero_target (a));
  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (a), DOSON_CTR_PACE_RULE_LINEAR_GAP);
  ck_assert_ptr_null (doson_ctr_target_assessment_get_progress_result (a));
  assert_status (a, DOSON_CTR_STATUS_MODERATE_PROGRESS);
  assert_close (attainment (a), 0.3, REL);
  ck_assert (doson_ctr_target_assessment_get_elapsed_share (a, &e));
  assert_close (e, 0.4, REL);
  assert_close (pace (a), 0.75, REL);
  assert_close (score (a), 7.1429 * 0.75 - 4.2857, REL);

  assert_status (b, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  assert_close (pace (b), 1.25, REL);
  assert_close (score (b), 7.1429 * 1.25 - 4.2857, REL);

  text = doson_ctr_target_assessment_explain (a, "en");
  ck_assert_msg (strstr (text, "linear") != NULL, "%s", text);
  ck_assert_msg (strstr (text, "0.001") == NULL, "%s", text);
}
END_TEST

START_TEST (test_zero_target_open_sdg)
{
  /* open-sdg by name: the target 0 becomes 0.001.
   * CAGR_a = (70/100)^(1/2) - 1 = -0.16334; CAGR_r = (0.001/100)^(1/5) - 1
   * = -0.9; PV = s d CAGR_a / |CAGR_r| = (-1)(-0.16334) / 0.9 = 0.18149:
   * limited progress */
  g_autoptr(DosonCtrProgram) p = poor_households ();
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 100.0, 2027, 70.0, 0);
  g_autoptr(DosonCtrAssessmentOptions) o = doson_ctr_assessment_options_new ();
  g_autoptr(DosonCtrTargetAssessment) a = NULL;
  g_autofree char *text = NULL;
  double pv = -(pow (70.0 / 100, 1.0 / 2) - 1) / fabs (pow (0.001 / 100, 1.0 / 5) - 1);

  /* even when unsd-ratio is the level method: open-sdg is named */
  doson_ctr_assessment_options_set_level_method (o, DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO);
  doson_ctr_assessment_options_set_zero_target_rule (o, DOSON_CTR_ZERO_TARGET_RULE_OPEN_SDG);
  a = assess_x (p, m, 2027, o);
  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (a),
                    DOSON_CTR_PACE_RULE_PROGRESS_METHOD);
  ck_assert_int_eq (doson_ctr_progress_result_get_method (doson_ctr_target_assessment_get_progress_result (a)),
                    DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  assert_status (a, DOSON_CTR_STATUS_LIMITED_PROGRESS);
  assert_close (pace (a), pv, REL);
  /* the attainment is the gap closed whatever the method */
  assert_close (attainment (a), 0.3, REL);

  text = doson_ctr_target_assessment_explain (a, "en");
  ck_assert_msg (strstr (text, "0.001") != NULL, "%s", text);
  ck_assert_msg (strstr (text, "open-sdg") != NULL, "%s", text);
}
END_TEST

START_TEST (test_zero_target_deadline_and_edges)
{
  g_autoptr(DosonCtrProgram) p = poor_households ();
  /* 2030: 0 achieved, gap closed 100 % */
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 100.0, 2030, 0.0, 0);
  /* 2030: 5 not achieved, closed (100 - 5) / 100 = 0.95 */
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 100.0, 2030, 5.0, 0);
  /* already 0 at the baseline and 3 in 2027: moving away, no ratio */
  g_autoptr(DosonCtrMeasurementSet) m3 = series_x (2025, 0.0, 2027, 3.0, 0);
  /* 0 in 2027: met early */
  g_autoptr(DosonCtrMeasurementSet) m4 = series_x (2025, 100.0, 2027, 0.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a1 = assess_x (p, m1, 2030, NULL);
  g_autoptr(DosonCtrTargetAssessment) a2 = assess_x (p, m2, 2030, NULL);
  g_autoptr(DosonCtrTargetAssessment) a3 = assess_x (p, m3, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a4 = assess_x (p, m4, 2027, NULL);
  double v = UNTOUCHED;

  assert_status (a1, DOSON_CTR_STATUS_ACHIEVED);
  assert_close (attainment (a1), 1.0, REL);
  assert_status (a2, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_close (attainment (a2), 0.95, REL);
  assert_status (a3, DOSON_CTR_STATUS_DETERIORATION);
  assert_reason (a3, DOSON_CTR_ASSESSMENT_REASON_BASE_MET);
  ck_assert (!doson_ctr_target_assessment_get_pace (a3, &v));
  ck_assert (v == UNTOUCHED);
  assert_status (a4, DOSON_CTR_STATUS_ACHIEVED);
}
END_TEST

START_TEST (test_zero_target_comparators)
{
  /* a zero target is a level of 0 with "=", "<=" or "<" on a
   * lower-is-better indicator; "= 5" is an ordinary level target.
   * 100 -> 70 in 2027: the linear pace (0.3 / 0.4 = 0.75) for both zero
   * targets, a progress method for "= 5" */
  g_autoptr(DosonCtrProgram) le = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                       test_target (DOSON_CTR_TARGET_KIND_LEVEL,
                                               DOSON_CTR_COMPARATOR_AT_MOST, 0));
  g_autoptr(DosonCtrProgram) lt = one (DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_LOWER,
                                       test_target (DOSON_CTR_TARGET_KIND_LEVEL,
                                               DOSON_CTR_COMPARATOR_LESS_THAN, 0));
  g_autoptr(DosonCtrProgram) eq = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                       test_target (DOSON_CTR_TARGET_KIND_LEVEL,
                                               DOSON_CTR_COMPARATOR_EQUAL, 5));
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 100.0, 2027, 70.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (le, m, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (lt, m, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) c = assess_x (eq, m, 2027, NULL);

  ck_assert (doson_ctr_target_assessment_is_zero_target (a));
  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (a), DOSON_CTR_PACE_RULE_LINEAR_GAP);
  assert_close (pace (a), 0.75, REL);
  assert_status (a, DOSON_CTR_STATUS_MODERATE_PROGRESS);

  ck_assert (doson_ctr_target_assessment_is_zero_target (b));
  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (b), DOSON_CTR_PACE_RULE_LINEAR_GAP);
  assert_close (pace (b), 0.75, REL);

  ck_assert (!doson_ctr_target_assessment_is_zero_target (c));
  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (c), DOSON_CTR_PACE_RULE_PROGRESS_METHOD);
  assert_close (attainment (c), 5.0 / 70, REL);
}
END_TEST

START_TEST (test_zero_target_only_base_and_zero_base)
{
  /* only the 2025 value as of 2027: no gap closed yet to measure, not
   * available; from 0 in 2025 to 3 in 2030: not achieved, and no share
   * of a gap of 0 */
  g_autoptr(DosonCtrProgram) p = poor_households ();
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 100.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 0.0, 2030, 3.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m1, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (p, m2, 2030, NULL);
  g_autofree char *text = doson_ctr_target_assessment_explain (a, "en");
  double v = UNTOUCHED;

  assert_status (a, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_ONE_YEAR);
  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (a), DOSON_CTR_PACE_RULE_LINEAR_GAP);
  ck_assert (!doson_ctr_target_assessment_get_pace (a, &v));
  ck_assert (!doson_ctr_target_assessment_get_elapsed_share (a, &v));
  assert_no_score (a);
  ck_assert_msg (strstr (text, "Pace: absent (only the base year has a value)\n") != NULL, "%s", text);

  assert_status (b, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_close (score (b), -5, REL);
  ck_assert (!doson_ctr_target_assessment_get_attainment (b, &v));
  ck_assert (v == UNTOUCHED);
}
END_TEST

START_TEST (test_zero_target_no_data)
{
  /* no value before the deadline: not available, and no pace rule was
   * applied */
  g_autoptr(DosonCtrProgram) p = poor_households ();
  g_autoptr(DosonCtrMeasurementSet) m = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m, 2027, NULL);
  g_autofree char *text = doson_ctr_target_assessment_explain (a, "vi");

  ck_assert (doson_ctr_target_assessment_is_zero_target (a));
  assert_status (a, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (a), DOSON_CTR_PACE_RULE_NONE);
  ck_assert_msg (strstr (text, "Lý do: không có số liệu đến năm đánh giá (mã: no-data)\n") != NULL, "%s", text);
  ck_assert_msg (strstr (text, "Năm gốc: không có (không có số liệu đến năm đánh giá)\n") != NULL, "%s", text);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Average growth                                                      */
/* ------------------------------------------------------------------ */

static DosonCtrProgram *
revenue (DosonCtrRangeMode mode)
{
  return one (DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_HIGHER,
              range (DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH, 0.10, 0.12, mode));
}

START_TEST (test_growth_pace)
{
  /* "+10 to 12 %/yr" from 100 in 2025; floor 0.10.
   * 121 in 2027: CAGR_a = 1.21^(1/2) - 1 = 0.10, PV = 1: on track.
   * 115: 0.072381, PV 0.72381: moderate. 102: 0.00995, PV 0.0995:
   * limited. 95: negative: deterioration. */
  g_autoptr(DosonCtrProgram) p = revenue (DOSON_CTR_RANGE_MODE_FLOOR_STRETCH);
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 100.0, 2027, 121.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 100.0, 2027, 115.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m3 = series_x (2025, 100.0, 2027, 102.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m4 = series_x (2025, 100.0, 2027, 95.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a1 = assess_x (p, m1, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a2 = assess_x (p, m2, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a3 = assess_x (p, m3, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a4 = assess_x (p, m4, 2027, NULL);
  double v = UNTOUCHED;

  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (a1), DOSON_CTR_PACE_RULE_GROWTH_FLOOR);
  assert_status (a1, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  ck_assert (doson_ctr_target_assessment_get_cagr (a1, &v));
  assert_close (v, 0.10, REL);
  assert_close (pace (a1), 1.0, REL);
  assert_close (attainment (a1), 1.0, REL);
  assert_close (score (a1), score_of (1.0), REL);

  assert_status (a2, DOSON_CTR_STATUS_MODERATE_PROGRESS);
  assert_close (pace (a2), (sqrt (1.15) - 1) / 0.10, REL);
  assert_status (a3, DOSON_CTR_STATUS_LIMITED_PROGRESS);
  assert_close (pace (a3), (sqrt (1.02) - 1) / 0.10, REL);
  assert_status (a4, DOSON_CTR_STATUS_DETERIORATION);
  assert_close (pace (a4), (sqrt (0.95) - 1) / 0.10, REL);
}
END_TEST

START_TEST (test_growth_at_deadline)
{
  /* CAGR 2025-2030 from 100: 170 gives 1.7^(1/5) - 1 = 0.11205, met;
   * 190 gives 0.13692, met and beyond the stretch 0.12; 150 gives
   * 0.08447, not met, attainment 0.8447; as a strict band 0.10-0.12,
   * 190 is outside */
  g_autoptr(DosonCtrProgram) fs = revenue (DOSON_CTR_RANGE_MODE_FLOOR_STRETCH);
  g_autoptr(DosonCtrProgram) band = revenue (DOSON_CTR_RANGE_MODE_BAND);
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 100.0, 2030, 170.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 100.0, 2030, 190.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m3 = series_x (2025, 100.0, 2030, 150.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a1 = assess_x (fs, m1, 2030, NULL);
  g_autoptr(DosonCtrTargetAssessment) a2 = assess_x (fs, m2, 2030, NULL);
  g_autoptr(DosonCtrTargetAssessment) a3 = assess_x (fs, m3, 2030, NULL);
  g_autoptr(DosonCtrTargetAssessment) b1 = assess_x (band, m1, 2030, NULL);
  g_autoptr(DosonCtrTargetAssessment) b2 = assess_x (band, m2, 2030, NULL);

  assert_status (a1, DOSON_CTR_STATUS_ACHIEVED);
  assert_close (figure (a1), pow (1.7, 0.2) - 1, REL);
  ck_assert (!doson_ctr_target_assessment_get_exceeds_stretch (a1));
  assert_status (a2, DOSON_CTR_STATUS_ACHIEVED);
  ck_assert (doson_ctr_target_assessment_get_exceeds_stretch (a2));
  assert_close (attainment (a2), (pow (1.9, 0.2) - 1) / 0.10, REL);
  assert_status (a3, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_close (attainment (a3), (pow (1.5, 0.2) - 1) / 0.10, REL);
  assert_close (score (a3), -5, REL);
  assert_status (b1, DOSON_CTR_STATUS_ACHIEVED);
  assert_status (b2, DOSON_CTR_STATUS_NOT_ACHIEVED);
  ck_assert (!doson_ctr_target_assessment_get_exceeds_stretch (b2));
}
END_TEST

START_TEST (test_growth_falling)
{
  /* "a fall of 7 to 9 %/yr": low -0.09, high -0.07, lower is better; the
   * floor is -0.07 and a fall of 8 %/yr meets it.
   * 100 -> 92 in 2026: CAGR -0.08, PV = -0.08 / -0.07 = 1.142857: on
   * track. 100 -> 95: -0.05, PV 0.714286: moderate.
   * 2030: 65 gives 0.65^(1/5) - 1 = -0.08263, met; 60 gives -0.09712,
   * met and beyond the stretch -0.09; 75 gives -0.05591, not met,
   * attainment -0.05591 / -0.07 = 0.79872 */
  g_autoptr(DosonCtrProgram) p = one (DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_LOWER,
                                      range (DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH, -0.09, -0.07,
                                             DOSON_CTR_RANGE_MODE_FLOOR_STRETCH));
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 100.0, 2026, 92.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 100.0, 2026, 95.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m3 = series_x (2025, 100.0, 2030, 65.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m4 = series_x (2025, 100.0, 2030, 60.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m5 = series_x (2025, 100.0, 2030, 75.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a1 = assess_x (p, m1, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) a2 = assess_x (p, m2, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) a3 = assess_x (p, m3, 2030, NULL);
  g_autoptr(DosonCtrTargetAssessment) a4 = assess_x (p, m4, 2030, NULL);
  g_autoptr(DosonCtrTargetAssessment) a5 = assess_x (p, m5, 2030, NULL);

  assert_close (doson_ctr_target_assessment_get_floor (a1), -0.07, REL);
  assert_status (a1, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  assert_close (pace (a1), -0.08 / -0.07, REL);
  assert_status (a2, DOSON_CTR_STATUS_MODERATE_PROGRESS);
  assert_close (pace (a2), -0.05 / -0.07, REL);
  assert_status (a3, DOSON_CTR_STATUS_ACHIEVED);
  ck_assert (!doson_ctr_target_assessment_get_exceeds_stretch (a3));
  assert_status (a4, DOSON_CTR_STATUS_ACHIEVED);
  ck_assert (doson_ctr_target_assessment_get_exceeds_stretch (a4));
  assert_status (a5, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_close (attainment (a5), (pow (0.75, 0.2) - 1) / -0.07, REL);
}
END_TEST

START_TEST (test_growth_missing_and_domain)
{
  g_autoptr(DosonCtrProgram) p = revenue (DOSON_CTR_RANGE_MODE_FLOOR_STRETCH);
  /* no 2025 value: no base */
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2026, 110.0, 2027, 121.0, 0);
  /* a base of 0: no compound rate */
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 0.0, 2027, 5.0, 0);
  /* only the base */
  g_autoptr(DosonCtrMeasurementSet) m3 = series_x (2025, 100.0, 0);
  /* at the deadline, no 2030 value */
  g_autoptr(DosonCtrMeasurementSet) m4 = series_x (2025, 100.0, 2029, 160.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a1 = assess_x (p, m1, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a2 = assess_x (p, m2, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a3 = assess_x (p, m3, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a4 = assess_x (p, m4, 2030, NULL);

  assert_status (a1, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a1, DOSON_CTR_ASSESSMENT_REASON_NO_BASE);
  assert_status (a2, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a2, DOSON_CTR_ASSESSMENT_REASON_NON_POSITIVE_BASE);
  assert_status (a3, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a3, DOSON_CTR_ASSESSMENT_REASON_ONE_YEAR);
  assert_status (a4, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a4, DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR);
}
END_TEST

START_TEST (test_growth_floor_zero)
{
  /* ">= 0 %/yr": no ratio to a floor of 0; meeting it is on track, a fall
   * is moving away. 100 -> 105 in 2026: +5 %; 100 -> 98: -2 %. */
  g_autoptr(DosonCtrProgram) p = one (DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_HIGHER,
                                      test_target (DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH,
                                              DOSON_CTR_COMPARATOR_AT_LEAST, 0));
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 100.0, 2026, 105.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 100.0, 2026, 98.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m1, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (p, m2, 2026, NULL);
  double v = UNTOUCHED;

  assert_status (a, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED);
  ck_assert (!doson_ctr_target_assessment_get_pace (a, &v));
  ck_assert (!doson_ctr_target_assessment_get_attainment (a, &v));
  ck_assert (v == UNTOUCHED);
  assert_close (figure (a), 0.05, REL);
  assert_status (b, DOSON_CTR_STATUS_DETERIORATION);
}
END_TEST

START_TEST (test_growth_custom_cutoffs)
{
  /* PV 1.0 (121 in 2027, as above) with cut-offs 1.2 / 0.8 / 0 is
   * moderate; the score splits at the moderate cut-off 0.8 */
  g_autoptr(DosonCtrProgram) p = revenue (DOSON_CTR_RANGE_MODE_FLOOR_STRETCH);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 100.0, 2027, 121.0, 0);
  g_autoptr(DosonCtrAssessmentOptions) o = doson_ctr_assessment_options_new ();
  g_autoptr(DosonCtrCutoffs) c = doson_ctr_cutoffs_new (1.2, 0.8, 0, NULL);
  g_autoptr(DosonCtrTargetAssessment) a = NULL;

  doson_ctr_assessment_options_set_cutoffs (o, c);
  a = assess_x (p, m, 2027, o);
  assert_status (a, DOSON_CTR_STATUS_MODERATE_PROGRESS);
  assert_close (doson_ctr_cutoffs_get_substantial (doson_ctr_target_assessment_get_cutoffs (a)), 1.2, REL);
  assert_close (score (a), 7.1429 * pace (a) - 4.2857, REL);
}
END_TEST

START_TEST (test_growth_no_data_and_signs)
{
  g_autoptr(DosonCtrProgram) p = revenue (DOSON_CTR_RANGE_MODE_FLOOR_STRETCH);
  /* nothing at all */
  g_autoptr(DosonCtrMeasurementSet) m1 = doson_ctr_measurement_set_new ();
  /* from 100 to a loss of 21: no compound rate across zero */
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 100.0, 2027, -21.0, 0);
  /* a rate too large for a double */
  g_autoptr(DosonCtrMeasurementSet) m3 = series_x (2025, 1e-300, 2026, 1e300, 0);
  g_autoptr(DosonCtrTargetAssessment) a1 = assess_x (p, m1, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a2 = assess_x (p, m2, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a3 = assess_x (p, m3, 2026, NULL);
  int year = 0;
  double v = UNTOUCHED;

  assert_status (a1, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a1, DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
  ck_assert (!doson_ctr_target_assessment_get_base (a1, &year, &v));
  ck_assert (!doson_ctr_target_assessment_get_exceeds_stretch (a1));
  {
    g_autofree char *text = doson_ctr_target_assessment_explain (a1, "en");

    /* no figure, so nothing to say about the stretch */
    ck_assert_msg (strstr (text, "Figure compared: absent (no value up to the as-of year)\n") != NULL, "%s", text);
    ck_assert_msg (strstr (text, "Beyond the stretch") == NULL, "%s", text);
  }

  assert_status (a2, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a2, DOSON_CTR_ASSESSMENT_REASON_MIXED_SIGNS);
  ck_assert (doson_ctr_target_assessment_get_current (a2, &year, &v));
  ck_assert_int_eq (year, 2027);
  assert_close (v, -21, REL);
  v = UNTOUCHED;
  ck_assert (!doson_ctr_target_assessment_get_cagr (a2, &v));

  assert_status (a3, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a3, DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED);
  ck_assert (!doson_ctr_target_assessment_get_cagr (a3, &v));
  ck_assert (v == UNTOUCHED);
  assert_no_score (a3);
}
END_TEST

START_TEST (test_growth_floor_zero_at_deadline)
{
  /* ">= 0 %/yr" judged over 2025-2030: 110 gives 1.1^(1/5) - 1 > 0, met;
   * 90 falls, not met; no attainment against a floor of 0 */
  g_autoptr(DosonCtrProgram) p = one (DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_HIGHER,
                                      test_target (DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH,
                                              DOSON_CTR_COMPARATOR_AT_LEAST, 0));
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 100.0, 2030, 110.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 100.0, 2030, 90.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m1, 2030, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (p, m2, 2030, NULL);
  g_autofree char *text = doson_ctr_target_assessment_explain (a, "en");
  double v = UNTOUCHED;

  assert_status (a, DOSON_CTR_STATUS_ACHIEVED);
  assert_close (figure (a), pow (1.1, 0.2) - 1, REL);
  assert_close (score (a), 5, REL);
  ck_assert (!doson_ctr_target_assessment_get_attainment (a, &v));
  ck_assert_msg (strstr (text, "Rule: compound growth from the baseline to the deadline year against the floor\n")
                 != NULL, "%s", text);
  ck_assert_msg (strstr (text, "Pace: absent (not used)\n") != NULL, "%s", text);

  assert_status (b, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_close (figure (b), pow (0.9, 0.2) - 1, REL);
  ck_assert (!doson_ctr_target_assessment_get_attainment (b, &v));
  ck_assert (v == UNTOUCHED);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Year on year                                                        */
/* ------------------------------------------------------------------ */

START_TEST (test_year_on_year)
{
  /* "criminal offences fall by at least 5 % a year": <= -0.05.
   * 100, 90 (2026: -10 %, met), 87 (2027: 87/90 - 1 = -3.33 %, not met),
   * 2028 missing, 80 (2029: no change without 2028) */
  g_autoptr(DosonCtrProgram) p = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                      test_target (DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR,
                                              DOSON_CTR_COMPARATOR_AT_MOST, -0.05));
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 100.0, 2026, 90.0, 2027, 87.0,
                                                  2029, 80.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a26 = assess_x (p, m, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) a27 = assess_x (p, m, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a29 = assess_x (p, m, 2029, NULL);
  int year = 0;
  double v = UNTOUCHED;

  assert_status (a26, DOSON_CTR_STATUS_ACHIEVED);
  assert_close (figure (a26), -0.1, REL);
  assert_close (attainment (a26), 2.0, REL);          /* -0.1 / -0.05 */
  assert_years (a26, 1, 1, 1);
  ck_assert (doson_ctr_target_assessment_get_base (a26, &year, &v));
  ck_assert_int_eq (year, 2025);

  assert_status (a27, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_close (figure (a27), 87.0 / 90 - 1, REL);
  assert_years (a27, 1, 2, 2);

  assert_status (a29, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a29, DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR);
  assert_years (a29, 1, 2, 4);
}
END_TEST

START_TEST (test_year_on_year_strict)
{
  /* 100 -> 95 is exactly -0.05: "<= -0.05" met, "< -0.05" not */
  g_autoptr(DosonCtrProgram) le = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                       test_target (DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR,
                                               DOSON_CTR_COMPARATOR_AT_MOST, -0.05));
  g_autoptr(DosonCtrProgram) lt = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                       test_target (DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR,
                                               DOSON_CTR_COMPARATOR_LESS_THAN, -0.05));
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 100.0, 2026, 95.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (le, m, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (lt, m, 2026, NULL);

  assert_status (a, DOSON_CTR_STATUS_ACHIEVED);
  assert_status (b, DOSON_CTR_STATUS_NOT_ACHIEVED);
}
END_TEST

START_TEST (test_year_on_year_domain)
{
  /* a change needs a positive previous value and a current value that is
   * not negative; a change too large for a double has no value either.
   * None of them is a failure: not available, with the reason. */
  g_autoptr(DosonCtrProgram) p = one (DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_LOWER,
                                      test_target (DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR,
                                              DOSON_CTR_COMPARATOR_AT_MOST, -0.05));
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 0.0, 2026, 3.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 100.0, 2026, -5.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m3 = series_x (2025, 1e-300, 2026, 1e300, 0);
  g_autoptr(DosonCtrTargetAssessment) a1 = assess_x (p, m1, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) a2 = assess_x (p, m2, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) a3 = assess_x (p, m3, 2026, NULL);
  g_autofree char *text = doson_ctr_target_assessment_explain (a1, "en");
  double v = UNTOUCHED;

  assert_status (a1, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a1, DOSON_CTR_ASSESSMENT_REASON_NON_POSITIVE_BASE);
  assert_years (a1, 0, 0, 1);
  ck_assert (!doson_ctr_target_assessment_get_figure (a1, &v));
  ck_assert (v == UNTOUCHED);
  ck_assert_msg (strstr (text, "  2026: value 3; change absent (the base value is zero or negative)\n") != NULL,
                 "%s", text);

  assert_status (a2, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a2, DOSON_CTR_ASSESSMENT_REASON_MIXED_SIGNS);
  assert_years (a2, 0, 0, 1);

  assert_status (a3, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a3, DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED);
  assert_no_score (a3);
}
END_TEST

START_TEST (test_year_on_year_missing_values)
{
  g_autoptr(DosonCtrProgram) p = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                      test_target (DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR,
                                              DOSON_CTR_COMPARATOR_AT_MOST, -0.05));
  /* 2027 missing: its change is unknown, 2026's still counts */
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 100.0, 2026, 90.0, 0);
  /* nothing at all */
  g_autoptr(DosonCtrMeasurementSet) m2 = doson_ctr_measurement_set_new ();
  /* 2026 without 2025: no change */
  g_autoptr(DosonCtrMeasurementSet) m3 = series_x (2026, 90.0, 0);
  /* only the year before: the base, but nothing to compare with it */
  g_autoptr(DosonCtrMeasurementSet) m4 = series_x (2025, 100.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a1 = assess_x (p, m1, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a2 = assess_x (p, m2, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a3 = assess_x (p, m3, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) a4 = assess_x (p, m4, 2026, NULL);
  g_autofree char *text = doson_ctr_target_assessment_explain (a3, "en");
  int year = 0;
  double v = UNTOUCHED;

  assert_status (a1, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a1, DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR);
  assert_years (a1, 1, 1, 2);
  ck_assert (!doson_ctr_target_assessment_get_current (a1, &year, &v));
  ck_assert (doson_ctr_target_assessment_get_base (a1, &year, &v));
  ck_assert_int_eq (year, 2026);
  assert_close (v, 90, REL);

  assert_status (a2, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a2, DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
  assert_years (a2, 0, 0, 2);

  assert_status (a3, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a3, DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR);
  year = 0;
  v = UNTOUCHED;
  ck_assert (!doson_ctr_target_assessment_get_base (a3, &year, &v));
  ck_assert (doson_ctr_target_assessment_get_current (a3, &year, &v));
  ck_assert_int_eq (year, 2026);
  assert_close (v, 90, REL);
  ck_assert_msg (strstr (text, "Base: absent\n") != NULL, "%s", text);
  ck_assert_msg (strstr (text, "  2026: value 90; change absent (a year the rule needs has no value)\n") != NULL,
                 "%s", text);

  assert_status (a4, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a4, DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR);
  ck_assert (doson_ctr_target_assessment_get_base (a4, &year, &v));
  ck_assert_int_eq (year, 2025);
  ck_assert (!doson_ctr_target_assessment_get_current (a4, NULL, NULL));
  assert_years (a4, 0, 0, 1);
}
END_TEST

START_TEST (test_year_on_year_threshold_zero)
{
  /* ">= 0": the number must not fall. 100 -> 100 (change 0) meets it,
   * 100 -> 98 does not; there is no ratio to a threshold of 0 */
  g_autoptr(DosonCtrProgram) p = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER,
                                      test_target (DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR,
                                              DOSON_CTR_COMPARATOR_AT_LEAST, 0));
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 100.0, 2026, 100.0, 2027, 98.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a26 = assess_x (p, m, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) a27 = assess_x (p, m, 2027, NULL);
  double v = UNTOUCHED;

  assert_status (a26, DOSON_CTR_STATUS_ACHIEVED);
  assert_close (figure (a26), 0, REL);
  ck_assert (!doson_ctr_target_assessment_get_attainment (a26, &v));
  assert_status (a27, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_close (figure (a27), -0.02, REL);
  ck_assert (!doson_ctr_target_assessment_get_attainment (a27, &v));
  ck_assert (v == UNTOUCHED);
  assert_years (a27, 1, 2, 2);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Cumulative                                                          */
/* ------------------------------------------------------------------ */

static DosonCtrProgram *
converted (double target_value)
{
  return one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER,
              test_target (DOSON_CTR_TARGET_KIND_CUMULATIVE, DOSON_CTR_COMPARATOR_AT_LEAST,
                      target_value));
}

START_TEST (test_cumulative_pace)
{
  /* ">= 2 new organisations in the term": 0 in 2026, 1 in 2027.
   * total 1, elapsed (2027 - 2025) / 5 = 0.4, pace (1/2) / 0.4 = 1.25:
   * on track; attainment 0.5.
   * As of 2028 without a 2028 figure the total stays at 2027's. */
  g_autoptr(DosonCtrProgram) p = converted (2);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2026, 0.0, 2027, 1.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (p, m, 2028, NULL);
  double v = UNTOUCHED;
  int year = 0;

  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (a), DOSON_CTR_PACE_RULE_CUMULATIVE_SHARE);
  assert_status (a, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  ck_assert (doson_ctr_target_assessment_get_running_total (a, &v));
  assert_close (v, 1, REL);
  ck_assert (doson_ctr_target_assessment_get_elapsed_share (a, &v));
  assert_close (v, 0.4, REL);
  assert_close (pace (a), 1.25, REL);
  assert_close (attainment (a), 0.5, REL);
  assert_close (score (a), fmin (7.1429 * 1.25 - 4.2857, 5), REL);

  assert_status (b, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  ck_assert (doson_ctr_target_assessment_get_current (b, &year, NULL));
  ck_assert_int_eq (year, 2027);
  assert_close (pace (b), 1.25, REL);
}
END_TEST

START_TEST (test_cumulative_classes)
{
  /* 50 conversions: 5 a year 2026-2028: total 15, elapsed 0.6,
   * pace (15/50)/0.6 = 0.5: limited, score 4.1667 * 0.5 - 2.5.
   * 8 + 7 by 2027: total 15, elapsed 0.4, pace 0.75: moderate. */
  g_autoptr(DosonCtrProgram) p = converted (50);
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2026, 5.0, 2027, 5.0, 2028, 5.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2026, 8.0, 2027, 7.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a1 = assess_x (p, m1, 2028, NULL);
  g_autoptr(DosonCtrTargetAssessment) a2 = assess_x (p, m2, 2027, NULL);

  assert_status (a1, DOSON_CTR_STATUS_LIMITED_PROGRESS);
  assert_close (pace (a1), 0.5, REL);
  assert_close (score (a1), 4.1667 * 0.5 - 2.5, REL);
  assert_status (a2, DOSON_CTR_STATUS_MODERATE_PROGRESS);
  assert_close (pace (a2), 0.75, REL);
}
END_TEST

START_TEST (test_cumulative_end_and_gaps)
{
  g_autoptr(DosonCtrProgram) p = converted (50);
  g_autoptr(DosonCtrProgram) two = converted (2);
  /* 2026-2030: 10 + 10 + 10 + 10 + 8 = 48 < 50: not achieved, 0.96 */
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2026, 10.0, 2027, 10.0, 2028, 10.0,
                                                   2029, 10.0, 2030, 8.0, 0);
  /* 2029 missing: the total to 2030 is unknown */
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2026, 10.0, 2027, 10.0, 2028, 10.0,
                                                   2030, 30.0, 0);
  /* the first year missing: no running total at all */
  g_autoptr(DosonCtrMeasurementSet) m3 = series_x (2027, 1.0, 0);
  /* 1 + 1 by 2027 meets ">= 2" early */
  g_autoptr(DosonCtrMeasurementSet) m4 = series_x (2026, 1.0, 2027, 1.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a1 = assess_x (p, m1, 2030, NULL);
  g_autoptr(DosonCtrTargetAssessment) a2 = assess_x (p, m2, 2030, NULL);
  g_autoptr(DosonCtrTargetAssessment) a3 = assess_x (two, m3, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a4 = assess_x (two, m4, 2027, NULL);
  double v = UNTOUCHED;

  assert_status (a1, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_close (attainment (a1), 0.96, REL);
  assert_status (a2, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a2, DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR);
  ck_assert (!doson_ctr_target_assessment_get_running_total (a2, &v));
  ck_assert (v == UNTOUCHED);
  assert_status (a3, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a3, DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR);
  assert_status (a4, DOSON_CTR_STATUS_ACHIEVED);
  assert_close (attainment (a4), 1.0, REL);
}
END_TEST

START_TEST (test_cumulative_cap)
{
  /* "at most 10 in the term" on a lower-is-better indicator: 1 + 3 = 4 by
   * 2027 is within the cap, not yet due; 5 + 7 = 12 breaks it */
  g_autoptr(DosonCtrProgram) p = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                      test_target (DOSON_CTR_TARGET_KIND_CUMULATIVE,
                                              DOSON_CTR_COMPARATOR_AT_MOST, 10));
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2026, 1.0, 2027, 3.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2026, 5.0, 2027, 7.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m1, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (p, m2, 2027, NULL);

  assert_status (a, DOSON_CTR_STATUS_PENDING);
  assert_close (figure (a), 4, REL);
  assert_close (attainment (a), 2.5, REL);            /* 10 / 4 */
  assert_status (b, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_close (figure (b), 12, REL);
}
END_TEST

START_TEST (test_cumulative_no_data_and_met_at_deadline)
{
  g_autoptr(DosonCtrProgram) p = converted (50);
  g_autoptr(DosonCtrMeasurementSet) empty = doson_ctr_measurement_set_new ();
  /* 10 a year 2026-2030: 50 >= 50 at the deadline */
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2026, 10.0, 2027, 10.0, 2028, 10.0,
                                                  2029, 10.0, 2030, 10.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, empty, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (p, m, 2030, NULL);
  g_autofree char *text = doson_ctr_target_assessment_explain (b, "en");
  double v = UNTOUCHED;

  assert_status (a, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
  ck_assert (!doson_ctr_target_assessment_get_running_total (a, &v));
  ck_assert (v == UNTOUCHED);

  assert_status (b, DOSON_CTR_STATUS_ACHIEVED);
  ck_assert (doson_ctr_target_assessment_get_running_total (b, &v));
  assert_close (v, 50, REL);
  assert_close (attainment (b), 1.0, REL);
  assert_close (score (b), 5, REL);
  ck_assert_msg (strstr (text, "Rule: running total of the yearly amounts to the deadline year against the target\n")
                 != NULL, "%s", text);
  ck_assert_msg (strstr (text, "  2030: value 10; running total 50\n") != NULL, "%s", text);
}
END_TEST

START_TEST (test_cumulative_zero_floor)
{
  /* "more than 0 new cooperatives in the term": a total of 0 by 2027 has
   * no ratio to a target of 0, so no pace; 1 by 2027 meets it early */
  g_autoptr(DosonCtrProgram) p = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER,
                                      test_target (DOSON_CTR_TARGET_KIND_CUMULATIVE,
                                              DOSON_CTR_COMPARATOR_MORE_THAN, 0));
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2026, 0.0, 2027, 0.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2026, 0.0, 2027, 1.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m1, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (p, m2, 2027, NULL);
  g_autofree char *text = doson_ctr_target_assessment_explain (b, "en");
  double v = UNTOUCHED;

  assert_status (a, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED);
  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (a), DOSON_CTR_PACE_RULE_CUMULATIVE_SHARE);
  ck_assert (doson_ctr_target_assessment_get_running_total (a, &v));
  assert_close (v, 0, REL);
  ck_assert (doson_ctr_target_assessment_get_elapsed_share (a, &v));
  assert_close (v, 0.4, REL);
  v = UNTOUCHED;
  ck_assert (!doson_ctr_target_assessment_get_pace (a, &v));
  ck_assert (!doson_ctr_target_assessment_get_attainment (a, &v));
  ck_assert (v == UNTOUCHED);

  assert_status (b, DOSON_CTR_STATUS_ACHIEVED);
  assert_close (score (b), 5, REL);
  ck_assert (!doson_ctr_target_assessment_get_attainment (b, &v));
  ck_assert_msg (strstr (text, "Rule: the running total already meets the target\n") != NULL, "%s", text);
}
END_TEST

START_TEST (test_cumulative_cap_zero_total)
{
  /* "no new violations in the term" (at most 0) and "at most 10", with
   * nothing by 2027: both pending; no attainment against a cap of 0, nor
   * 10 / 0 */
  g_autoptr(DosonCtrProgram) none = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                         test_target (DOSON_CTR_TARGET_KIND_CUMULATIVE,
                                                 DOSON_CTR_COMPARATOR_AT_MOST, 0));
  g_autoptr(DosonCtrProgram) ten = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                        test_target (DOSON_CTR_TARGET_KIND_CUMULATIVE,
                                                DOSON_CTR_COMPARATOR_AT_MOST, 10));
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2026, 0.0, 2027, 0.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (none, m, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (ten, m, 2027, NULL);
  g_autofree char *text = doson_ctr_target_assessment_explain (a, "en");
  double v = UNTOUCHED;

  assert_status (a, DOSON_CTR_STATUS_PENDING);
  assert_close (figure (a), 0, REL);
  ck_assert (!doson_ctr_target_assessment_get_attainment (a, &v));
  assert_no_score (a);
  ck_assert_msg (strstr (text, "Rule: a cap on a running total: broken once exceeded, otherwise judged at the deadline\n")
                 != NULL, "%s", text);

  assert_status (b, DOSON_CTR_STATUS_PENDING);
  ck_assert (!doson_ctr_target_assessment_get_attainment (b, &v));
  ck_assert (v == UNTOUCHED);
}
END_TEST

START_TEST (test_cumulative_total_stops_at_gap)
{
  /* 10 in 2026, 2027 missing, 5 in 2028: before the deadline the total
   * runs to 2026 only (10), elapsed (2026 - 2025) / 5 = 0.2, pace
   * (10 / 50) / 0.2 = 1: on track; 2028's 5 is not added, and the
   * explanation says why */
  g_autoptr(DosonCtrProgram) p = converted (50);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2026, 10.0, 2028, 5.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m, 2028, NULL);
  g_autofree char *text = doson_ctr_target_assessment_explain (a, "en");
  int year = 0;
  double v = UNTOUCHED;

  assert_status (a, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  ck_assert (doson_ctr_target_assessment_get_current (a, &year, &v));
  ck_assert_int_eq (year, 2026);
  assert_close (v, 10, REL);
  ck_assert (doson_ctr_target_assessment_get_running_total (a, &v));
  assert_close (v, 10, REL);
  ck_assert (doson_ctr_target_assessment_get_elapsed_share (a, &v));
  assert_close (v, 0.2, REL);
  assert_close (pace (a), 1.0, REL);
  ck_assert_msg (strstr (text, "  2026: value 10; running total 10\n") != NULL, "%s", text);
  ck_assert_msg (strstr (text, "  2027: value absent; running total absent (a year the rule needs has no value)\n")
                 != NULL, "%s", text);
  ck_assert_msg (strstr (text, "  2028: value 5; running total absent (a year the rule needs has no value)\n")
                 != NULL, "%s", text);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Status rules: a base of 0, past a band or "=", a strict target       */
/* ------------------------------------------------------------------ */

/* "1 to 2 shopping centres by 2030" (floor-stretch, floor 1) */
static DosonCtrProgram *
centres (void)
{
  return one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER,
              range (DOSON_CTR_TARGET_KIND_LEVEL, 1, 2, DOSON_CTR_RANGE_MODE_FLOOR_STRETCH));
}

START_TEST (test_zero_base_linear)
{
  /* 0, 0, 0 in 2025-2027: closed 0 / 1 = 0, elapsed (2027 - 2025) / 5 =
   * 0.4, pace 0 / 0.4 = 0: limited progress, score 4.1667 * 0 - 2.5 =
   * -2.5, attainment 0 / 1 = 0: a pace, not moving away.
   * 0 in 2025, 1 in 2027 against ">= 2": closed 1 / 2 = 0.5, pace 0.5 /
   * 0.4 = 1.25: on track, score min (7.1429 * 1.25 - 4.2857, 5) = 4.6429 */
  g_autoptr(DosonCtrProgram) p = centres ();
  g_autoptr(DosonCtrProgram) two = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER,
                                        test_target (DOSON_CTR_TARGET_KIND_LEVEL,
                                                DOSON_CTR_COMPARATOR_AT_LEAST, 2));
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 0.0, 2026, 0.0, 2027, 0.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 0.0, 2027, 1.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (two, m1, 2027, NULL);
  g_autofree char *en = doson_ctr_target_assessment_explain (a, "en");
  g_autofree char *vi = doson_ctr_target_assessment_explain (a, "vi");
  double e = UNTOUCHED;

  ck_assert (!doson_ctr_target_assessment_is_zero_target (a));
  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (a), DOSON_CTR_PACE_RULE_LINEAR_GAP);
  ck_assert_ptr_null (doson_ctr_target_assessment_get_progress_result (a));
  assert_status (a, DOSON_CTR_STATUS_LIMITED_PROGRESS);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_NONE);
  assert_close (pace (a), 0, REL);
  assert_close (score (a), -2.5, REL);
  assert_close (attainment (a), 0, REL);
  ck_assert (doson_ctr_target_assessment_get_elapsed_share (a, &e));
  assert_close (e, 0.4, REL);
  ck_assert_msg (strstr (en, "Rule: from a base of 0, linear pace = (value / target) / elapsed share "
                             "(id: linear-gap)\n") != NULL, "%s", en);
  ck_assert_msg (strstr (vi, "Cách đánh giá: xuất phát từ 0, tiến độ tuyến tính") != NULL, "%s", vi);

  assert_status (b, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  assert_close (pace (b), 1.25, REL);
  assert_close (score (b), 7.1429 * 1.25 - 4.2857, REL);
  assert_close (attainment (b), 0.5, REL);
}
END_TEST

START_TEST (test_zero_base_edges)
{
  /* only the 2025 value: not available (one year); with the open-sdg
   * zero rule the level method measures it, and open-sdg's 0.001 for a
   * base of 0 reads 0, 0, 0 as moving away, as before; a base of 0
   * meeting a lower-is-better target is not paced linearly */
  g_autoptr(DosonCtrProgram) p = centres ();
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 0.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 0.0, 2026, 0.0, 2027, 0.0, 0);
  g_autoptr(DosonCtrAssessmentOptions) o = doson_ctr_assessment_options_new ();
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m1, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = NULL;
  double v = UNTOUCHED;

  assert_status (a, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_ONE_YEAR);
  ck_assert (!doson_ctr_target_assessment_get_pace (a, &v));
  ck_assert (v == UNTOUCHED);

  doson_ctr_assessment_options_set_zero_target_rule (o, DOSON_CTR_ZERO_TARGET_RULE_OPEN_SDG);
  b = assess_x (p, m, 2027, o);
  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (b), DOSON_CTR_PACE_RULE_PROGRESS_METHOD);
  assert_status (b, DOSON_CTR_STATUS_DETERIORATION);
}
END_TEST

START_TEST (test_cumulative_from_nothing)
{
  /* ">= 2 organisations in the term", none founded in 2026 and 2027:
   * total 0, pace (0 / 2) / 0.4 = 0: limited progress, score -2.5 */
  g_autoptr(DosonCtrProgram) p = converted (2);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2026, 0.0, 2027, 0.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m, 2027, NULL);

  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (a), DOSON_CTR_PACE_RULE_CUMULATIVE_SHARE);
  assert_status (a, DOSON_CTR_STATUS_LIMITED_PROGRESS);
  assert_close (pace (a), 0, REL);
  assert_close (score (a), -2.5, REL);
}
END_TEST

/* "50 to 60 %" as a band (both ends required) on a higher-is-better
 * indicator */
static DosonCtrProgram *
band (void)
{
  return one (DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER,
              range (DOSON_CTR_TARGET_KIND_LEVEL, 50, 60, DOSON_CTR_RANGE_MODE_BAND));
}

START_TEST (test_level_past_band)
{
  /* Before 2030, above the ceiling 60:
   * from 55 (in the band) to 70 in 2027: moved away, no ratio, no score;
   * from 80 to 72: closed (72 - 80) / (60 - 80) = 0.4, elapsed 0.4, pace
   * 1.0: on track, score 7.1429 - 4.2857 = 2.8572;
   * from 80 to 82: closed 2 / -20 = -0.1, pace -0.25: moving away, score
   * 4.1667 * -0.25 - 2.5 = -3.541675;
   * only 70 in 2025: not available (one year). In 2030, 70 is not
   * achieved, as before. */
  g_autoptr(DosonCtrProgram) p = band ();
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 55.0, 2027, 70.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 80.0, 2027, 72.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m3 = series_x (2025, 80.0, 2027, 82.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m4 = series_x (2025, 70.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m5 = series_x (2025, 55.0, 2030, 70.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a1 = assess_x (p, m1, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a2 = assess_x (p, m2, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a3 = assess_x (p, m3, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a4 = assess_x (p, m4, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a5 = assess_x (p, m5, 2030, NULL);
  g_autofree char *en = doson_ctr_target_assessment_explain (a1, "en");
  g_autofree char *vi = doson_ctr_target_assessment_explain (a1, "vi");
  double v = UNTOUCHED;

  assert_status (a1, DOSON_CTR_STATUS_DETERIORATION);
  assert_reason (a1, DOSON_CTR_ASSESSMENT_REASON_PAST_TARGET);
  assert_no_score (a1);
  ck_assert (!doson_ctr_target_assessment_get_pace (a1, &v));
  ck_assert_msg (strstr (en, "Rule: the value is past the band") != NULL, "%s", en);
  ck_assert_msg (strstr (en, "Reason: past the band (or the \"=\" figure) of the target, so not met "
                             "(id: past-target)\n") != NULL, "%s", en);
  ck_assert_msg (strstr (vi, "(mã: past-target)\n") != NULL, "%s", vi);

  assert_status (a2, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  assert_reason (a2, DOSON_CTR_ASSESSMENT_REASON_PAST_TARGET);
  ck_assert_int_eq (doson_ctr_target_assessment_get_pace_rule (a2), DOSON_CTR_PACE_RULE_LINEAR_GAP);
  assert_close (pace (a2), 1.0, REL);
  assert_close (score (a2), 7.1429 - 4.2857, REL);

  assert_status (a3, DOSON_CTR_STATUS_DETERIORATION);
  assert_close (pace (a3), -0.25, REL);
  assert_close (score (a3), 4.1667 * -0.25 - 2.5, REL);

  assert_status (a4, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a4, DOSON_CTR_ASSESSMENT_REASON_ONE_YEAR);

  assert_status (a5, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_reason (a5, DOSON_CTR_ASSESSMENT_REASON_NONE);
}
END_TEST

START_TEST (test_level_past_equal_and_lower)
{
  /* "= 50" higher is better, from 40 to 55 in 2027: past 50, moved
   * away; "10 to 20" as a band on a lower-is-better indicator, from 15 to
   * 5 in 2027: below the floor 10 (past it on the good side), moved
   * away; from 4 to 7: closed (7 - 4) / (10 - 4) = 0.5, pace 0.5 / 0.4 =
   * 1.25: on track */
  g_autoptr(DosonCtrProgram) eq = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER,
                                       test_target (DOSON_CTR_TARGET_KIND_LEVEL,
                                               DOSON_CTR_COMPARATOR_EQUAL, 50));
  g_autoptr(DosonCtrProgram) low = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                        range (DOSON_CTR_TARGET_KIND_LEVEL, 10, 20,
                                               DOSON_CTR_RANGE_MODE_BAND));
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 40.0, 2027, 55.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 15.0, 2027, 5.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m3 = series_x (2025, 4.0, 2027, 7.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (eq, m1, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (low, m2, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) c = assess_x (low, m3, 2027, NULL);

  assert_status (a, DOSON_CTR_STATUS_DETERIORATION);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_PAST_TARGET);
  assert_status (b, DOSON_CTR_STATUS_DETERIORATION);
  assert_reason (b, DOSON_CTR_ASSESSMENT_REASON_PAST_TARGET);
  assert_status (c, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  assert_close (pace (c), 1.25, REL);
}
END_TEST

START_TEST (test_cumulative_past)
{
  /* "= 5 in the term": 3 + 4 = 7 by 2027 is past 5: moving away, no
   * score; a lower-is-better "= 10" with 3 by 2026 is below the figure
   * and not yet due (pending), and a band "10 to 20" broken by 25 is not
   * achieved */
  g_autoptr(DosonCtrProgram) eq = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER,
                                       test_target (DOSON_CTR_TARGET_KIND_CUMULATIVE,
                                               DOSON_CTR_COMPARATOR_EQUAL, 5));
  g_autoptr(DosonCtrProgram) cap = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                        test_target (DOSON_CTR_TARGET_KIND_CUMULATIVE,
                                                DOSON_CTR_COMPARATOR_EQUAL, 10));
  g_autoptr(DosonCtrProgram) band_cap = one (DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER,
                                             range (DOSON_CTR_TARGET_KIND_CUMULATIVE, 10, 20,
                                                    DOSON_CTR_RANGE_MODE_BAND));
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2026, 3.0, 2027, 4.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2026, 3.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m3 = series_x (2026, 25.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (eq, m1, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (cap, m2, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) c = assess_x (band_cap, m2, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) d = assess_x (band_cap, m3, 2026, NULL);
  g_autofree char *en = doson_ctr_target_assessment_explain (a, "en");

  assert_status (a, DOSON_CTR_STATUS_DETERIORATION);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_PAST_TARGET);
  assert_no_score (a);
  ck_assert_msg (strstr (en, "Rule: the running total is past the band") != NULL, "%s", en);
  assert_status (b, DOSON_CTR_STATUS_PENDING);
  assert_status (c, DOSON_CTR_STATUS_PENDING);
  assert_status (d, DOSON_CTR_STATUS_NOT_ACHIEVED);
}
END_TEST

START_TEST (test_strict_equal_words)
{
  /* "> 90 % every year" met with exactly 90: not achieved, attainment
   * 90 / 90 = 1, and the explanation says why in both languages */
  g_autoptr(DosonCtrProgram) p = one (DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER,
                                      test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR,
                                              DOSON_CTR_COMPARATOR_MORE_THAN, 90));
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2026, 91.0, 2027, 90.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m, 2027, NULL);
  g_autofree char *en = doson_ctr_target_assessment_explain (a, "en");
  g_autofree char *vi = doson_ctr_target_assessment_explain (a, "vi");

  assert_status (a, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET);
  assert_close (attainment (a), 1.0, REL);
  assert_years (a, 1, 2, 2);
  ck_assert_msg (strstr (en, "Reason: equal to the target; more is needed (id: at-strict-target)\n") != NULL,
                 "%s", en);
  ck_assert_msg (strstr (vi, "Lý do: bằng mức mục tiêu; cần vượt mức này (mã: at-strict-target)\n") != NULL,
                 "%s", vi);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Milestones                                                          */
/* ------------------------------------------------------------------ */

static DosonCtrProgram *
friendly (void)
{
  return one (DOSON_CTR_MEASURE_BOOLEAN, DOSON_CTR_DIRECTION_HIGHER,
              with_deadline (test_target (DOSON_CTR_TARGET_KIND_MILESTONE,
                                     DOSON_CTR_COMPARATOR_EQUAL, 1), 2027));
}

START_TEST (test_milestone)
{
  g_autoptr(DosonCtrProgram) p = friendly ();
  g_autoptr(DosonCtrMeasurementSet) empty = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrMeasurementSet) no = series_x (2026, 0.0, 2027, 0.0, 0);
  g_autoptr(DosonCtrMeasurementSet) yes = series_x (2026, 0.0, 2027, 1.0, 0);
  g_autoptr(DosonCtrMeasurementSet) once = series_x (2026, 1.0, 2027, 0.0, 0);
  g_autoptr(DosonCtrMeasurementSet) gap = series_x (2026, 0.0, 2028, 1.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a1 = assess_x (p, no, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) a2 = assess_x (p, empty, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) a3 = assess_x (p, yes, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a4 = assess_x (p, no, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a5 = assess_x (p, once, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) a6 = assess_x (p, gap, 2028, NULL);
  double v = UNTOUCHED;
  int year = 0;

  /* not met before the deadline: pending, attainment 0 */
  assert_status (a1, DOSON_CTR_STATUS_PENDING);
  assert_close (attainment (a1), 0, REL);
  assert_no_score (a1);
  /* nothing known yet: still pending, and the reason says why */
  assert_status (a2, DOSON_CTR_STATUS_PENDING);
  assert_reason (a2, DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
  ck_assert (!doson_ctr_target_assessment_get_attainment (a2, &v));
  /* met in the deadline year */
  assert_status (a3, DOSON_CTR_STATUS_ACHIEVED);
  assert_close (attainment (a3), 1, REL);
  assert_close (score (a3), 5, REL);
  /* unmet at the deadline */
  assert_status (a4, DOSON_CTR_STATUS_NOT_ACHIEVED);
  assert_close (attainment (a4), 0, REL);
  assert_close (score (a4), -5, REL);
  /* achieved once met, even if a later year says 0 */
  assert_status (a5, DOSON_CTR_STATUS_ACHIEVED);
  ck_assert (doson_ctr_target_assessment_get_current (a5, &year, NULL));
  ck_assert_int_eq (year, 2026);
  /* no value in the deadline year 2027 and met only in 2028, late: not
   * available */
  assert_status (a6, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a6, DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR);
}
END_TEST

START_TEST (test_milestone_after_deadline_and_no_data)
{
  /* met in 2026 and again in 2027 (deadline 2027): as of 2029 achieved,
   * the first year met is the one reported; with no data at all as of the
   * deadline: not available, never not achieved */
  g_autoptr(DosonCtrProgram) p = friendly ();
  g_autoptr(DosonCtrMeasurementSet) met = series_x (2026, 1.0, 2027, 1.0, 0);
  g_autoptr(DosonCtrMeasurementSet) empty = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, met, 2029, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (p, empty, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) early = assess_x (p, met, 2026, NULL);
  g_autofree char *text = doson_ctr_target_assessment_explain (a, "en");
  int year = 0;
  double v = UNTOUCHED;

  ck_assert (doson_ctr_target_assessment_is_due (a));
  assert_status (a, DOSON_CTR_STATUS_ACHIEVED);
  ck_assert (doson_ctr_target_assessment_get_current (a, &year, &v));
  ck_assert_int_eq (year, 2026);
  assert_close (attainment (a), 1, REL);
  assert_close (score (a), 5, REL);
  ck_assert_msg (strstr (text, "As of: 2029 (after the deadline)\n") != NULL, "%s", text);
  ck_assert_msg (strstr (text, "Rule: met (1) or not (0) by the deadline year; achieved once met\n") != NULL,
                 "%s", text);
  ck_assert_msg (strstr (text, "Base: absent (not used)\n") != NULL, "%s", text);

  /* met before the deadline: achieved already */
  ck_assert (!doson_ctr_target_assessment_is_due (early));
  assert_status (early, DOSON_CTR_STATUS_ACHIEVED);
  assert_close (attainment (early), 1, REL);

  v = UNTOUCHED;
  assert_status (b, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (b, DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
  ck_assert (!doson_ctr_target_assessment_get_current (b, &year, &v));
  ck_assert (!doson_ctr_target_assessment_get_attainment (b, &v));
  ck_assert (v == UNTOUCHED);
  assert_no_score (b);
}
END_TEST

/* ------------------------------------------------------------------ */
/* As-of years                                                         */
/* ------------------------------------------------------------------ */

START_TEST (test_as_of_latest_year)
{
  /* no year: the latest year with a measurement (2028) */
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 200.0, 2028, 230.0, 0);
  g_autoptr(DosonCtrAssessment) a = NULL;

  a = assess (p, m, 0, NULL);
  ck_assert_int_eq (doson_ctr_assessment_get_as_of_year (a), 2028);
  ck_assert_int_eq (doson_ctr_target_assessment_get_as_of_year (g_ptr_array_index (doson_ctr_assessment_get_results (a), 0)),
                    2028);
  ck_assert_ptr_eq (doson_ctr_assessment_get_program (a), p);
  ck_assert_ptr_eq (doson_ctr_assessment_get_measurements (a), m);
}
END_TEST

START_TEST (test_as_of_ignores_later_years)
{
  /* 260 in 2028 would meet "> 250"; as of 2027 only 2025 and 2027 count:
   * CAGR_a = (220/200)^(1/2) - 1, on track but not achieved */
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 200.0, 2027, 220.0, 2028, 260.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m, 2027, NULL);
  int year = 0;

  assert_status (a, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  ck_assert (doson_ctr_target_assessment_get_current (a, &year, NULL));
  ck_assert_int_eq (year, 2027);
}
END_TEST

START_TEST (test_as_of_before_first_year)
{
  /* as of the baseline year 2025, targets from 2026 are not yet due */
  g_autoptr(DosonCtrProgram) p = one (DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER,
                                      test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR,
                                              DOSON_CTR_COMPARATOR_AT_LEAST, 3));
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 2.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m, 2025, NULL);
  guint n = 99;

  assert_status (a, DOSON_CTR_STATUS_PENDING);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_NOT_STARTED);
  ck_assert (!doson_ctr_target_assessment_get_years_met (a, &n, NULL, NULL));
  ck_assert_uint_eq (n, 99);
}
END_TEST

START_TEST (test_as_of_errors)
{
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrMeasurementSet) empty = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrMeasurementSet) other = series_x (2026, 1.0, 0);
  GError *error = NULL;

  /* a year before the baseline */
  ck_assert_ptr_null (doson_ctr_assessment_new (p, empty, 2024, NULL, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT));
  ck_assert (strstr (error->message, "2024") != NULL);
  g_clear_error (&error);

  /* no year and no measurement */
  ck_assert_ptr_null (doson_ctr_assessment_new (p, empty, 0, NULL, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_EMPTY));
  g_clear_error (&error);

  /* figures of another programme */
  doson_ctr_measurement_set_set_program_id (other, "another");
  ck_assert_ptr_null (doson_ctr_assessment_new (p, other, 2026, NULL, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
  ck_assert (strstr (error->message, "another") != NULL);
  g_clear_error (&error);

  /* the same programme's id is fine */
  doson_ctr_measurement_set_set_program_id (other, "p");
  {
    g_autoptr(DosonCtrAssessment) a = assess (p, other, 2026, NULL);
    ck_assert_uint_eq (doson_ctr_assessment_get_results (a)->len, 1);
  }
}
END_TEST

START_TEST (test_measurements_checked)
{
  /* every measurement is checked as doson_ctr_measurement_set_validate()
   * checks it, and none is left out: years before the baseline, an
   * indicator the programme lacks, a level the indicator does not have, a
   * value that does not suit a count are errors, listed one a line */
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2024, 190.0, 2026, -3.0, 0);
  g_autoptr(DosonCtrMeasurementSet) two = series_x (2025, 200.0, 0);
  GError *error = NULL;

  put (m, "not-in-programme", 2027, NULL, 1);
  put (m, "x", 2027, "north", 210);
  ck_assert_ptr_null (doson_ctr_assessment_new (p, m, 0, NULL, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
  ck_assert_str_eq (error->message,
                    "field \"year\": indicator \"x\", year 2024: the year is outside the "
                    "programme's years 2025 (baseline) to 2030\n"
                    "field \"value\": indicator \"x\", year 2026: the value -3 does not suit "
                    "a \"count\" indicator (expected a count, not negative)\n"
                    "field \"indicator\": indicator \"not-in-programme\", year 2027: "
                    "programme \"p\" has no indicator \"not-in-programme\"\n"
                    "field \"level\": indicator \"x\", year 2027, level \"north\": the "
                    "indicator is not disaggregated, so a measurement cannot have a level");
  g_clear_error (&error);

  /* with an as-of year too */
  put (two, "x", 2031, NULL, 1);
  ck_assert_ptr_null (doson_ctr_assessment_new (p, two, 2030, NULL, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
  ck_assert_str_eq (error->message,
                    "field \"year\": indicator \"x\", year 2031: the year is outside the "
                    "programme's years 2025 (baseline) to 2030");
  g_clear_error (&error);
}
END_TEST

START_TEST (test_measurements_checked_many)
{
  /* more than ten problems: ten listed, the rest counted */
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrMeasurementSet) m = doson_ctr_measurement_set_new ();
  GError *error = NULL;
  int year;

  for (year = 2025; year <= 2030; year++)
    {
      put (m, "y", year, NULL, 1);
      put (m, "z", year, NULL, 1);
    }
  ck_assert_ptr_null (doson_ctr_assessment_new (p, m, 0, NULL, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
  ck_assert_msg (g_str_has_suffix (error->message,
                                   "year 2029: programme \"p\" has no indicator \"z\"\n"
                                   "… and 2 more problems (doson-ctr validate lists them all)"),
                 "%s", error->message);
  g_clear_error (&error);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Roll-ups                                                            */
/* ------------------------------------------------------------------ */

/* i1 (g-top, u-a): every year >= 3, 3.5 in 2027: achieved, score 5
 * i2 (g-child, u-a): level > 250, 200 -> 212 in 2027: moderate, score s2
 * i3 (g-other, u-b): every year >= 90, 80 in 2027: not achieved, -5
 * i4 (g-child, u-b): milestone by 2030, 0 in 2027: pending, no score
 * i5 (g-other, u-a): every year > 85 (86: achieved, 5) and level >= 90 by
 *   2030 (no data: not available): not available, score 5 */
static DosonCtrProgram *
rollup_program (void)
{
  DosonCtrProgram *p = base_program ();
  DosonCtrIndicator *i5;

  add (p, indicator ("i1", DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, "g-top", "u-a",
                     test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 3)));
  add (p, indicator ("i2", DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER, "g-child", "u-a",
                     test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_MORE_THAN, 250)));
  add (p, indicator ("i3", DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, "g-other", "u-b",
                     test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 90)));
  add (p, indicator ("i4", DOSON_CTR_MEASURE_BOOLEAN, DOSON_CTR_DIRECTION_HIGHER, "g-child", "u-b",
                     test_target (DOSON_CTR_TARGET_KIND_MILESTONE, DOSON_CTR_COMPARATOR_EQUAL, 1)));
  i5 = indicator ("i5", DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, "g-other", "u-a",
                  test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_MORE_THAN, 85));
  {
    g_autoptr(DosonCtrTarget) t = test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 90);
    doson_ctr_indicator_add_target (i5, t);
  }
  add (p, i5);
  return p;
}

static DosonCtrMeasurementSet *
rollup_data (void)
{
  DosonCtrMeasurementSet *m = doson_ctr_measurement_set_new ();

  put (m, "i1", 2027, NULL, 3.5);
  put (m, "i2", 2025, NULL, 200);
  put (m, "i2", 2027, NULL, 212);
  put (m, "i3", 2027, NULL, 80);
  put (m, "i4", 2027, NULL, 0);
  put (m, "i5", 2027, NULL, 86);
  return m;
}

static void
assert_rollup (DosonCtrRollup *r,
               guint           n,
               guint           achieved,
               guint           moderate,
               guint           not_achieved,
               guint           pending,
               guint           not_available,
               guint           n_scored,
               double          mean)
{
  double v = UNTOUCHED;

  ck_assert_uint_eq (doson_ctr_rollup_get_n_indicators (r), n);
  ck_assert_uint_eq (doson_ctr_rollup_get_count (r, DOSON_CTR_STATUS_ACHIEVED), achieved);
  ck_assert_uint_eq (doson_ctr_rollup_get_count (r, DOSON_CTR_STATUS_MODERATE_PROGRESS), moderate);
  ck_assert_uint_eq (doson_ctr_rollup_get_count (r, DOSON_CTR_STATUS_NOT_ACHIEVED), not_achieved);
  ck_assert_uint_eq (doson_ctr_rollup_get_count (r, DOSON_CTR_STATUS_PENDING), pending);
  ck_assert_uint_eq (doson_ctr_rollup_get_count (r, DOSON_CTR_STATUS_NOT_AVAILABLE), not_available);
  ck_assert_uint_eq (doson_ctr_rollup_get_count (r, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS), 0);
  ck_assert_uint_eq (doson_ctr_rollup_get_n_scored (r), n_scored);
  ck_assert (doson_ctr_rollup_get_mean_score (r, &v));
  assert_close (v, mean, REL);
}

START_TEST (test_rollups)
{
  g_autoptr(DosonCtrProgram) p = rollup_program ();
  g_autoptr(DosonCtrMeasurementSet) m = rollup_data ();
  g_autoptr(DosonCtrAssessment) a = assess (p, m, 2027, NULL);
  g_autoptr(DosonCtrRollup) top = NULL;
  g_autoptr(DosonCtrRollup) child = NULL;
  g_autoptr(DosonCtrRollup) ua = NULL;
  g_autoptr(DosonCtrRollup) ub = NULL;
  g_autoptr(DosonCtrRollup) all = NULL;
  g_autoptr(DosonCtrRollup) copy = NULL;
  GError *error = NULL;
  double s2 = score_of ((sqrt (1.06) - 1) / (pow (1.25, 0.2) - 1));
  double v = UNTOUCHED;
  const char * const *ids;

  ck_assert_int_eq (doson_ctr_assessment_get_indicator_status (a, "i1"), DOSON_CTR_STATUS_ACHIEVED);
  ck_assert_int_eq (doson_ctr_assessment_get_indicator_status (a, "i2"), DOSON_CTR_STATUS_MODERATE_PROGRESS);
  ck_assert_int_eq (doson_ctr_assessment_get_indicator_status (a, "i3"), DOSON_CTR_STATUS_NOT_ACHIEVED);
  ck_assert_int_eq (doson_ctr_assessment_get_indicator_status (a, "i4"), DOSON_CTR_STATUS_PENDING);
  /* achieved + not available: not available, the worse */
  ck_assert_int_eq (doson_ctr_assessment_get_indicator_status (a, "i5"), DOSON_CTR_STATUS_NOT_AVAILABLE);
  ck_assert (doson_ctr_assessment_get_indicator_score (a, "i5", &v));
  assert_close (v, 5, REL);
  v = UNTOUCHED;
  ck_assert (!doson_ctr_assessment_get_indicator_score (a, "i4", &v));
  ck_assert (v == UNTOUCHED);
  ck_assert_int_eq (doson_ctr_assessment_get_indicator_status (a, "nope"), DOSON_CTR_STATUS_NOT_AVAILABLE);

  /* g-top with its child g-child: i1, i2, i4; mean of 5 and s2 */
  top = doson_ctr_assessment_get_rollup (a, DOSON_CTR_ROLLUP_KIND_GOAL, "g-top", &error);
  ck_assert_ptr_nonnull (top);
  assert_rollup (top, 3, 1, 1, 0, 1, 0, 2, (5 + s2) / 2);
  ids = doson_ctr_rollup_get_indicator_ids (top);
  ck_assert_str_eq (ids[0], "i1");
  ck_assert_str_eq (ids[1], "i2");
  ck_assert_str_eq (ids[2], "i4");
  ck_assert_ptr_null (ids[3]);
  ck_assert_str_eq (doson_ctr_rollup_get_id (top), "g-top");
  ck_assert_int_eq (doson_ctr_rollup_get_kind (top), DOSON_CTR_ROLLUP_KIND_GOAL);

  /* g-child: i2, i4 */
  child = doson_ctr_assessment_get_rollup (a, DOSON_CTR_ROLLUP_KIND_GOAL, "g-child", &error);
  assert_rollup (child, 2, 0, 1, 0, 1, 0, 1, s2);

  /* u-a leads i1, i2, i5: mean (5 + s2 + 5) / 3 */
  ua = doson_ctr_assessment_get_rollup (a, DOSON_CTR_ROLLUP_KIND_UNIT, "u-a", &error);
  assert_rollup (ua, 3, 1, 1, 0, 0, 1, 3, (10 + s2) / 3);
  /* u-b leads i3, i4 */
  ub = doson_ctr_assessment_get_rollup (a, DOSON_CTR_ROLLUP_KIND_UNIT, "u-b", &error);
  assert_rollup (ub, 2, 0, 0, 1, 1, 0, 1, -5);

  /* the programme: all five; scored i1, i2, i3, i5 */
  all = doson_ctr_assessment_get_rollup (a, DOSON_CTR_ROLLUP_KIND_PROGRAM, NULL, &error);
  assert_rollup (all, 5, 1, 1, 1, 1, 1, 4, (5 + s2 - 5 + 5) / 4);
  ck_assert_str_eq (doson_ctr_rollup_get_id (all), "p");
  ck_assert (error == NULL);

  copy = doson_ctr_rollup_copy (all);
  assert_rollup (copy, 5, 1, 1, 1, 1, 1, 4, (5 + s2 - 5 + 5) / 4);
}
END_TEST

START_TEST (test_rollup_errors_and_empty)
{
  g_autoptr(DosonCtrProgram) p = rollup_program ();
  g_autoptr(DosonCtrMeasurementSet) m = rollup_data ();
  g_autoptr(DosonCtrAssessment) a = assess (p, m, 2027, NULL);
  g_autoptr(DosonCtrProgram) q = base_program ();
  g_autoptr(DosonCtrMeasurementSet) empty = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrAssessment) b = NULL;
  g_autoptr(DosonCtrRollup) r = NULL;
  GError *error = NULL;
  double v = UNTOUCHED;

  ck_assert_ptr_null (doson_ctr_assessment_get_rollup (a, DOSON_CTR_ROLLUP_KIND_GOAL, "g-none", &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT));
  ck_assert (strstr (error->message, "g-none") != NULL);
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_assessment_get_rollup (a, DOSON_CTR_ROLLUP_KIND_UNIT, "u-none", &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT));
  g_clear_error (&error);

  /* a goal with no indicators: counts of 0 and no mean */
  add (q, indicator ("solo", DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, "g-top", "u-a",
                     test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 3)));
  b = assess (q, empty, 2027, NULL);
  r = doson_ctr_assessment_get_rollup (b, DOSON_CTR_ROLLUP_KIND_GOAL, "g-other", &error);
  ck_assert_ptr_nonnull (r);
  ck_assert_uint_eq (doson_ctr_rollup_get_n_indicators (r), 0);
  ck_assert_ptr_null (doson_ctr_rollup_get_indicator_ids (r)[0]);
  ck_assert (!doson_ctr_rollup_get_mean_score (r, &v));
  ck_assert (v == UNTOUCHED);
}
END_TEST

START_TEST (test_rollup_without_id)
{
  /* a goal or unit roll-up needs an id; the programme's does not */
  g_autoptr(DosonCtrProgram) p = rollup_program ();
  g_autoptr(DosonCtrMeasurementSet) m = rollup_data ();
  g_autoptr(DosonCtrAssessment) a = assess (p, m, 2027, NULL);
  g_autoptr(DosonCtrRollup) all = NULL;
  GError *error = NULL;
  double v = UNTOUCHED;

  ck_assert_ptr_null (doson_ctr_assessment_get_rollup (a, DOSON_CTR_ROLLUP_KIND_GOAL, NULL, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT));
  ck_assert_msg (strstr (error->message, "goal") != NULL, "%s", error->message);
  g_clear_error (&error);
  ck_assert_ptr_null (doson_ctr_assessment_get_rollup (a, DOSON_CTR_ROLLUP_KIND_UNIT, NULL, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT));
  ck_assert_msg (strstr (error->message, "unit") != NULL, "%s", error->message);
  g_clear_error (&error);

  /* an indicator the programme does not have has no score */
  ck_assert (!doson_ctr_assessment_get_indicator_score (a, "nope", &v));
  ck_assert (v == UNTOUCHED);

  /* the programme's: id ignored; the mean may be asked for without a
   * place to store it */
  all = doson_ctr_assessment_get_rollup (a, DOSON_CTR_ROLLUP_KIND_PROGRAM, "ignored", &error);
  ck_assert_ptr_nonnull (all);
  ck_assert_str_eq (doson_ctr_rollup_get_id (all), "p");
  ck_assert (doson_ctr_rollup_get_mean_score (all, NULL));
}
END_TEST

/* An indicator "id" on g-top / u-a with the targets given, ending with
 * NULL; the first one is required. */
static void
add_multi (DosonCtrProgram *p,
           const char      *id,
           DosonCtrTarget  *first,
           ...)
{
  DosonCtrIndicator *ind = indicator (id, DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER,
                                      "g-top", "u-a", first);
  DosonCtrTarget *t;
  va_list ap;

  va_start (ap, first);
  while ((t = va_arg (ap, DosonCtrTarget *)) != NULL)
    {
      doson_ctr_indicator_add_target (ind, t);
      doson_ctr_target_free (t);
    }
  va_end (ap);
  add (p, ind);
}

static DosonCtrTarget *
level_from (double value,
            int    first_year)
{
  DosonCtrTarget *t = test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, value);

  doson_ctr_target_set_years (t, first_year, 0);
  return t;
}

START_TEST (test_indicator_worst_status)
{
  /* An indicator takes the worst status of its targets, in the order not
   * achieved, deterioration, limited, moderate, not available, pending,
   * on track, achieved. Rising series 50 (2025) -> 55 (2027):
   * CAGR_a = 1.1^(1/2) - 1 = 0.048809;
   * ">= 60": CAGR_r = 1.2^(1/5) - 1, PV 1.3143, on track;
   * ">= 70": CAGR_r = 1.4^(1/5) - 1, PV 0.7012, moderate;
   * ">= 80": CAGR_r = 1.6^(1/5) - 1, PV 0.4949, limited;
   * ">= 60" from 2028: pending; year on year ">= 0" without 2026: not
   * available. Falling series 50 -> 45: ">= 60" deterioration, every
   * year ">= 50" not achieved. */
  g_autoptr(DosonCtrProgram) p = base_program ();
  g_autoptr(DosonCtrMeasurementSet) m = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrAssessment) a = NULL;
  const char *rising[] = { "a", "b", "c", "d", "e" };
  const char *falling[] = { "f", "g" };
  double cagr = sqrt (1.1) - 1;
  double pv60 = cagr / (pow (1.2, 0.2) - 1);
  double v = UNTOUCHED;
  guint i;

  add_multi (p, "a", test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 50),
             level_from (60, 0), NULL);
  add_multi (p, "b", level_from (60, 0), level_from (60, 2028), NULL);
  add_multi (p, "c", level_from (80, 0), level_from (70, 0), NULL);
  add_multi (p, "d", level_from (70, 0),
             test_target (DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 0), NULL);
  add_multi (p, "e", test_target (DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 0),
             level_from (60, 2028), NULL);
  add_multi (p, "f", level_from (60, 0),
             test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 50), NULL);
  add_multi (p, "g", level_from (60, 0),
             test_target (DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 0), NULL);
  for (i = 0; i < G_N_ELEMENTS (rising); i++)
    {
      put (m, rising[i], 2025, NULL, 50);
      put (m, rising[i], 2027, NULL, 55);
    }
  for (i = 0; i < G_N_ELEMENTS (falling); i++)
    {
      put (m, falling[i], 2025, NULL, 50);
      put (m, falling[i], 2027, NULL, 45);
    }
  a = assess (p, m, 2027, NULL);

  ck_assert_int_eq (doson_ctr_assessment_get_indicator_status (a, "a"), DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  ck_assert_int_eq (doson_ctr_assessment_get_indicator_status (a, "b"), DOSON_CTR_STATUS_PENDING);
  ck_assert_int_eq (doson_ctr_assessment_get_indicator_status (a, "c"), DOSON_CTR_STATUS_LIMITED_PROGRESS);
  ck_assert_int_eq (doson_ctr_assessment_get_indicator_status (a, "d"), DOSON_CTR_STATUS_MODERATE_PROGRESS);
  ck_assert_int_eq (doson_ctr_assessment_get_indicator_status (a, "e"), DOSON_CTR_STATUS_NOT_AVAILABLE);
  ck_assert_int_eq (doson_ctr_assessment_get_indicator_status (a, "f"), DOSON_CTR_STATUS_NOT_ACHIEVED);
  ck_assert_int_eq (doson_ctr_assessment_get_indicator_status (a, "g"), DOSON_CTR_STATUS_DETERIORATION);

  /* the score is the mean of the scored targets: a has 5 and the score
   * of PV 1.3143; b only the latter; e none */
  ck_assert (doson_ctr_assessment_get_indicator_score (a, "a", &v));
  assert_close (v, (5 + score_of (pv60)) / 2, REL);
  ck_assert (doson_ctr_assessment_get_indicator_score (a, "b", NULL));
  ck_assert (doson_ctr_assessment_get_indicator_score (a, "b", &v));
  assert_close (v, score_of (pv60), REL);
  v = UNTOUCHED;
  ck_assert (!doson_ctr_assessment_get_indicator_score (a, "e", &v));
  ck_assert (v == UNTOUCHED);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Consistency                                                         */
/* ------------------------------------------------------------------ */

static DosonCtrProgram *
consistency_program (void)
{
  DosonCtrProgram *p = base_program ();
  DosonCtrIndicator *ind;

  add (p, indicator ("si", DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, "g-top", "u-a",
                     test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 60)));
  ind = indicator ("si-comp", DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, "g-top", "u-a",
                   test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 55));
  doson_ctr_indicator_set_relation (ind, DOSON_CTR_INDICATOR_RELATION_PART_OF, "si");
  add (p, ind);
  ind = indicator ("si-vol", DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, "g-top", "u-a",
                   test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 5));
  doson_ctr_indicator_set_relation (ind, DOSON_CTR_INDICATOR_RELATION_PART_OF, "si");
  add (p, ind);
  add (p, indicator ("schools", DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, "g-top", "u-a",
                     test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 88)));
  ind = indicator ("schools-l2", DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, "g-top", "u-a",
                   test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 44));
  doson_ctr_indicator_set_relation (ind, DOSON_CTR_INDICATOR_RELATION_SUBSET_OF, "schools");
  add (p, ind);
  return p;
}

static DosonCtrMeasurementSet *
consistency_data (void)
{
  DosonCtrMeasurementSet *m = doson_ctr_measurement_set_new ();

  /* 2026: 55 + 5 = 60, exact */
  put (m, "si", 2026, NULL, 60);
  put (m, "si-comp", 2026, NULL, 55);
  put (m, "si-vol", 2026, NULL, 5);
  /* 2027: 55.2 + 5.2 = 60.4, within 0.5 of 60 */
  put (m, "si", 2027, NULL, 60);
  put (m, "si-comp", 2027, NULL, 55.2);
  put (m, "si-vol", 2027, NULL, 5.2);
  /* 2028: 56 + 5 = 61, 1 point off */
  put (m, "si", 2028, NULL, 60);
  put (m, "si-comp", 2028, NULL, 56);
  put (m, "si-vol", 2028, NULL, 5);
  /* 2029: a part missing: nothing to compare */
  put (m, "si", 2029, NULL, 60);
  put (m, "si-comp", 2029, NULL, 40);
  /* schools: 44 of 88 in 2026 is fine; 44 of 40 in 2027 is not */
  put (m, "schools", 2026, NULL, 88);
  put (m, "schools-l2", 2026, NULL, 44);
  put (m, "schools", 2027, NULL, 40);
  put (m, "schools-l2", 2027, NULL, 44);
  return m;
}

START_TEST (test_consistency)
{
  g_autoptr(DosonCtrProgram) p = consistency_program ();
  g_autoptr(DosonCtrMeasurementSet) m = consistency_data ();
  g_autoptr(DosonCtrAssessment) a29 = assess (p, m, 2029, NULL);
  g_autoptr(DosonCtrAssessment) a27 = assess (p, m, 2027, NULL);
  g_autoptr(DosonCtrConsistencyWarning) copy = NULL;
  GPtrArray *w = doson_ctr_assessment_get_warnings (a29);
  const DosonCtrConsistencyWarning *x;
  const char * const *parts;
  g_autofree char *text = NULL;
  g_autofree char *text_vi = NULL;

  ck_assert_uint_eq (w->len, 2);

  x = g_ptr_array_index (w, 0);
  ck_assert_int_eq (doson_ctr_consistency_warning_get_relation (x), DOSON_CTR_INDICATOR_RELATION_PART_OF);
  ck_assert_str_eq (doson_ctr_consistency_warning_get_indicator_id (x), "si");
  ck_assert_int_eq (doson_ctr_consistency_warning_get_year (x), 2028);
  ck_assert_ptr_null (doson_ctr_consistency_warning_get_disaggregation_value (x));
  assert_close (doson_ctr_consistency_warning_get_whole_value (x), 60, REL);
  assert_close (doson_ctr_consistency_warning_get_parts_value (x), 61, REL);
  parts = doson_ctr_consistency_warning_get_part_ids (x);
  ck_assert_str_eq (parts[0], "si-comp");
  ck_assert_str_eq (parts[1], "si-vol");
  ck_assert_ptr_null (parts[2]);
  text = doson_ctr_consistency_warning_to_string (x, "en");
  ck_assert_msg (strstr (text, "si-comp") && strstr (text, "2028") && strstr (text, "61"),
                 "%s", text);
  text_vi = doson_ctr_consistency_warning_to_string (x, "vi");
  ck_assert_msg (g_utf8_validate (text_vi, -1, NULL) && strstr (text_vi, "2028"), "%s", text_vi);

  x = g_ptr_array_index (w, 1);
  ck_assert_int_eq (doson_ctr_consistency_warning_get_relation (x), DOSON_CTR_INDICATOR_RELATION_SUBSET_OF);
  ck_assert_str_eq (doson_ctr_consistency_warning_get_indicator_id (x), "schools");
  ck_assert_str_eq (doson_ctr_consistency_warning_get_part_ids (x)[0], "schools-l2");
  ck_assert_int_eq (doson_ctr_consistency_warning_get_year (x), 2027);
  assert_close (doson_ctr_consistency_warning_get_whole_value (x), 40, REL);
  assert_close (doson_ctr_consistency_warning_get_parts_value (x), 44, REL);
  copy = doson_ctr_consistency_warning_copy (x);
  ck_assert_str_eq (doson_ctr_consistency_warning_get_indicator_id (copy), "schools");

  /* as of 2027 the 2028 figures do not count */
  w = doson_ctr_assessment_get_warnings (a27);
  ck_assert_uint_eq (w->len, 1);
  ck_assert_str_eq (doson_ctr_consistency_warning_get_indicator_id (g_ptr_array_index (w, 0)),
                    "schools");
}
END_TEST

START_TEST (test_consistency_tolerance)
{
  /* with a tolerance of 0, 2027's 60.4 is reported too */
  g_autoptr(DosonCtrProgram) p = consistency_program ();
  g_autoptr(DosonCtrMeasurementSet) m = consistency_data ();
  g_autoptr(DosonCtrAssessmentOptions) o = doson_ctr_assessment_options_new ();
  g_autoptr(DosonCtrAssessment) a = NULL;
  GPtrArray *w;

  doson_ctr_assessment_options_set_sum_tolerance (o, 0);
  assert_close (doson_ctr_assessment_options_get_sum_tolerance (o), 0, REL);
  a = assess (p, m, 2029, o);
  w = doson_ctr_assessment_get_warnings (a);
  ck_assert_uint_eq (w->len, 3);
  ck_assert_int_eq (doson_ctr_consistency_warning_get_year (g_ptr_array_index (w, 0)), 2027);
  ck_assert_int_eq (doson_ctr_consistency_warning_get_year (g_ptr_array_index (w, 1)), 2028);
}
END_TEST

/* Disaggregates @ind by area, north and south. */
static void
by_area (DosonCtrIndicator *ind)
{
  doson_ctr_indicator_set_disaggregation (ind, "area", "Khu vực", "Area");
  doson_ctr_indicator_add_disaggregation_value (ind, "north", "Bắc", "North");
  doson_ctr_indicator_add_disaggregation_value (ind, "south", "Nam", "South");
}

START_TEST (test_consistency_levels)
{
  /* households by area: the whole and its parts per disaggregation value.
   * The total (no level) and "south" add up; in "north" 30 + 25 = 55 is
   * not 50, and the subset of poor households, 60, is more than 50. The
   * subset has no total value: nothing to compare there, nor in the total
   * of 2027, where a part is missing; "north" adds up in 2027. Warnings
   * come in the order of year, then the total before the levels by
   * name. */
  g_autoptr(DosonCtrProgram) p = base_program ();
  g_autoptr(DosonCtrMeasurementSet) m = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrAssessment) a = NULL;
  g_autofree char *part_en = NULL;
  g_autofree char *part_vi = NULL;
  g_autofree char *sub_en = NULL;
  g_autofree char *sub_vi = NULL;
  const DosonCtrConsistencyWarning *x, *y;
  DosonCtrIndicator *ind;
  GPtrArray *w;

  ind = indicator ("hh", DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER, "g-top", "u-a",
                   test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 100));
  by_area (ind);
  add (p, ind);
  ind = indicator ("hh-a", DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER, "g-top", "u-a",
                   test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 60));
  doson_ctr_indicator_set_relation (ind, DOSON_CTR_INDICATOR_RELATION_PART_OF, "hh");
  by_area (ind);
  add (p, ind);
  ind = indicator ("hh-b", DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER, "g-top", "u-a",
                   test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 40));
  doson_ctr_indicator_set_relation (ind, DOSON_CTR_INDICATOR_RELATION_PART_OF, "hh");
  by_area (ind);
  add (p, ind);
  ind = indicator ("hh-poor", DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER, "g-top", "u-a",
                   test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_MOST, 10));
  doson_ctr_indicator_set_relation (ind, DOSON_CTR_INDICATOR_RELATION_SUBSET_OF, "hh");
  by_area (ind);
  add (p, ind);

  put (m, "hh", 2026, "south", 50);
  put (m, "hh-a", 2026, "south", 25);
  put (m, "hh-b", 2026, "south", 25);
  put (m, "hh", 2026, "north", 50);
  put (m, "hh-a", 2026, "north", 30);
  put (m, "hh-b", 2026, "north", 25);
  put (m, "hh-poor", 2026, "north", 60);
  put (m, "hh", 2026, NULL, 100);
  put (m, "hh-a", 2026, NULL, 55);
  put (m, "hh-b", 2026, NULL, 45);
  /* 2027: the first part is missing, so the sum is not compared */
  put (m, "hh", 2027, NULL, 100);
  put (m, "hh-b", 2027, NULL, 45);
  put (m, "hh", 2027, "north", 50);
  put (m, "hh-a", 2027, "north", 25);
  put (m, "hh-b", 2027, "north", 25);
  a = assess (p, m, 2027, NULL);
  w = doson_ctr_assessment_get_warnings (a);
  ck_assert_uint_eq (w->len, 2);

  x = g_ptr_array_index (w, 0);
  ck_assert_int_eq (doson_ctr_consistency_warning_get_relation (x), DOSON_CTR_INDICATOR_RELATION_PART_OF);
  ck_assert_str_eq (doson_ctr_consistency_warning_get_disaggregation_value (x), "north");
  assert_close (doson_ctr_consistency_warning_get_whole_value (x), 50, REL);
  assert_close (doson_ctr_consistency_warning_get_parts_value (x), 55, REL);
  part_en = doson_ctr_consistency_warning_to_string (x, "en");
  ck_assert_str_eq (part_en, "hh, 2026, level north: the parts hh-a + hh-b sum to 55, not 50 "
                             "(difference 5, tolerance 0.5)");
  part_vi = doson_ctr_consistency_warning_to_string (x, "vi");
  ck_assert_str_eq (part_vi, "hh, 2026, phân tổ north: tổng các thành phần hh-a + hh-b là 55, "
                             "không phải 50 (chênh lệch 5, dung sai 0.5)");

  y = g_ptr_array_index (w, 1);
  ck_assert_int_eq (doson_ctr_consistency_warning_get_relation (y), DOSON_CTR_INDICATOR_RELATION_SUBSET_OF);
  ck_assert_str_eq (doson_ctr_consistency_warning_get_disaggregation_value (y), "north");
  ck_assert_str_eq (doson_ctr_consistency_warning_get_part_ids (y)[0], "hh-poor");
  ck_assert_ptr_null (doson_ctr_consistency_warning_get_part_ids (y)[1]);
  sub_en = doson_ctr_consistency_warning_to_string (y, "en");
  ck_assert_str_eq (sub_en, "hh, 2026, level north: the subset hh-poor is 60, more than its whole 50");
  sub_vi = doson_ctr_consistency_warning_to_string (y, "vi");
  ck_assert_str_eq (sub_vi, "hh, 2026, phân tổ north: tập con hh-poor là 60, lớn hơn tổng thể 50");
}
END_TEST

/* ------------------------------------------------------------------ */
/* Explanations                                                        */
/* ------------------------------------------------------------------ */

START_TEST (test_explain)
{
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrProgram) q = one (DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER,
                                      test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR,
                                              DOSON_CTR_COMPARATOR_AT_LEAST, 3));
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 200.0, 2027, 220.0, 0);
  g_autoptr(DosonCtrMeasurementSet) gap = series_x (2026, 3.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (q, gap, 2027, NULL);
  g_autofree char *en = doson_ctr_target_assessment_explain (a, "en");
  g_autofree char *vi = doson_ctr_target_assessment_explain (a, "vi");
  g_autofree char *missing = doson_ctr_target_assessment_explain (b, "en");

  ck_assert_msg (strstr (en, "Indicator: x\n") != NULL, "%s", en);
  ck_assert_msg (strstr (en, "Base: 2025, value 200\n") != NULL, "%s", en);
  ck_assert_msg (strstr (en, "Current: 2027, value 220\n") != NULL, "%s", en);
  ck_assert_msg (strstr (en, "Status: On track (id: substantial_progress)") != NULL, "%s", en);
  ck_assert_msg (strstr (en, "open-sdg") != NULL, "%s", en);
  ck_assert_msg (strstr (en, "Cut-offs: 0.95 / 0.6 / 0\n") != NULL, "%s", en);
  ck_assert_msg (strstr (en, "Running total: absent") != NULL, "%s", en);

  ck_assert (g_utf8_validate (vi, -1, NULL));
  ck_assert_msg (strstr (vi, "Trạng thái: Đúng tiến độ (mã: substantial_progress)") != NULL, "%s", vi);

  /* a missing year is absent, with its reason, never 0 */
  ck_assert_msg (strstr (missing, "2027: value absent") != NULL, "%s", missing);
  ck_assert_msg (strstr (missing, "Figure compared: absent (a year the rule needs has no value)") != NULL,
                 "%s", missing);
  ck_assert_msg (strstr (missing, "Years met: 1 of 1 reported; 2 years due") != NULL, "%s", missing);
  ck_assert_msg (strstr (missing, "Reason: a year the rule needs has no value (id: missing-year)") != NULL,
                 "%s", missing);
}
END_TEST

START_TEST (test_explain_language_tags)
{
  /* "vi", "vi_VN" and "vi-VN" are Vietnamese; any other tag is English */
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 200.0, 2027, 220.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m, 2027, NULL);
  const char *vi_tags[] = { "vi", "vi_VN", "vi-VN" };
  const char *en_tags[] = { "en", "fr", "vietnam" };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (vi_tags); i++)
    {
      g_autofree char *text = doson_ctr_target_assessment_explain (a, vi_tags[i]);

      ck_assert_msg (strstr (text, "Trạng thái: Đúng tiến độ (mã: substantial_progress)\n") != NULL,
                     "%s: %s", vi_tags[i], text);
    }
  for (i = 0; i < G_N_ELEMENTS (en_tags); i++)
    {
      g_autofree char *text = doson_ctr_target_assessment_explain (a, en_tags[i]);

      ck_assert_msg (strstr (text, "Status: On track (id: substantial_progress)\n") != NULL,
                     "%s: %s", en_tags[i], text);
    }
}
END_TEST

START_TEST (test_explain_default_language)
{
  /* without a language the explanations speak the library's default,
   * Vietnamese, as the getters and the status labels do */
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 200.0, 2027, 220.0, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m, 2027, NULL);
  g_autoptr(DosonCtrProgram) cp = consistency_program ();
  g_autoptr(DosonCtrMeasurementSet) cm = consistency_data ();
  g_autoptr(DosonCtrAssessment) ca = assess (cp, cm, 2029, NULL);
  const DosonCtrConsistencyWarning *x = g_ptr_array_index (doson_ctr_assessment_get_warnings (ca), 0);
  g_autofree char *by_default = doson_ctr_target_assessment_explain (a, NULL);
  g_autofree char *vi = doson_ctr_target_assessment_explain (a, "vi");
  g_autofree char *en = doson_ctr_target_assessment_explain (a, "en");
  g_autofree char *w_default = doson_ctr_consistency_warning_to_string (x, NULL);
  g_autofree char *w_vi = doson_ctr_consistency_warning_to_string (x, "vi_VN.UTF-8");
  g_autofree char *w_en = doson_ctr_consistency_warning_to_string (x, "en");
  const char *label = doson_ctr_status_get_label (doson_ctr_target_assessment_get_status (a), NULL);

  ck_assert_str_eq (by_default, vi);
  ck_assert_str_ne (by_default, en);
  ck_assert_msg (strstr (by_default, label) != NULL, "%s: %s", label, by_default);
  ck_assert_str_eq (w_default, w_vi);
  ck_assert_str_ne (w_default, w_en);
}
END_TEST

START_TEST (test_explain_rules)
{
  /* the rule line names what decided the status */
  g_autoptr(DosonCtrProgram) ey = one (DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER,
                                       test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR,
                                               DOSON_CTR_COMPARATOR_AT_LEAST, 3));
  g_autoptr(DosonCtrProgram) lv = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrProgram) gr = revenue (DOSON_CTR_RANGE_MODE_FLOOR_STRETCH);
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 2.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2025, 200.0, 2028, 260.0, 2030, 251.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m3 = series_x (2025, 100.0, 2027, 121.0, 0);
  g_autoptr(DosonCtrTargetAssessment) not_started = assess_x (ey, m1, 2025, NULL);
  g_autoptr(DosonCtrTargetAssessment) met_early = assess_x (lv, m2, 2028, NULL);
  g_autoptr(DosonCtrTargetAssessment) in_deadline = assess_x (lv, m2, 2030, NULL);
  g_autoptr(DosonCtrTargetAssessment) after = assess_x (lv, m2, 2031, NULL);
  g_autoptr(DosonCtrTargetAssessment) growth = assess_x (gr, m3, 2027, NULL);
  g_autofree char *t1 = doson_ctr_target_assessment_explain (not_started, "en");
  g_autofree char *t2 = doson_ctr_target_assessment_explain (met_early, "en");
  g_autofree char *t3 = doson_ctr_target_assessment_explain (in_deadline, "en");
  g_autofree char *t4 = doson_ctr_target_assessment_explain (after, "en");
  g_autofree char *t5 = doson_ctr_target_assessment_explain (growth, "en");

  ck_assert_msg (strstr (t1, "Rule: the as-of year is before the target's first year: not yet due\n") != NULL,
                 "%s", t1);
  ck_assert_msg (strstr (t1, "Reason: the target has not started (id: not-started)\n") != NULL, "%s", t1);
  ck_assert_msg (strstr (t1, "Status: Not yet due (id: pending)\n") != NULL, "%s", t1);

  ck_assert_msg (strstr (t2, "Rule: the latest value already meets the target\n") != NULL, "%s", t2);
  ck_assert_msg (strstr (t2, "As of: 2028 (before the deadline)\n") != NULL, "%s", t2);

  ck_assert_msg (strstr (t3, "As of: 2030 (the deadline year)\n") != NULL, "%s", t3);
  ck_assert_msg (strstr (t3, "Rule: the value of the deadline year against the target\n") != NULL, "%s", t3);
  ck_assert_msg (strstr (t3, "Current: 2030, value 251\n") != NULL, "%s", t3);

  ck_assert_msg (strstr (t4, "As of: 2031 (after the deadline)\n") != NULL, "%s", t4);

  ck_assert_msg (strstr (t5, "Rule: pace = CAGR_a / floor (compound growth from the baseline against the floor)"
                             " (id: growth-floor)\n") != NULL, "%s", t5);
  ck_assert_msg (strstr (t5, "Floor (requirement): 0.1; stretch 0.12\n") != NULL, "%s", t5);
  ck_assert_msg (strstr (t5, "Beyond the stretch: no\n") != NULL, "%s", t5);
}
END_TEST

START_TEST (test_explain_wording_and_level)
{
  /* the target's own wording in the language asked for, and the
   * disaggregation value assessed */
  g_autoptr(DosonCtrProgram) p = base_program ();
  g_autoptr(DosonCtrMeasurementSet) m = doson_ctr_measurement_set_new ();
  g_autoptr(DosonCtrAssessment) a = NULL;
  DosonCtrTarget *t = test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 1);
  DosonCtrIndicator *ind;
  g_autofree char *en = NULL;
  g_autofree char *vi = NULL;

  doson_ctr_target_set_per_disaggregation (t, TRUE);
  doson_ctr_target_set_text (t, "vi", "Mỗi cấp học có ít nhất 1 nhà đa năng");
  doson_ctr_target_set_text (t, "en", "At least 1 hall per school level");
  ind = indicator ("halls", DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER, "g-top", "u-a", t);
  doson_ctr_indicator_set_disaggregation (ind, "level", "Cấp học", "School level");
  doson_ctr_indicator_add_disaggregation_value (ind, "primary", "Tiểu học", "Primary");
  add (p, ind);
  put (m, "halls", 2030, "primary", 1);
  a = assess (p, m, 2030, NULL);
  en = doson_ctr_target_assessment_explain (g_ptr_array_index (doson_ctr_assessment_get_results (a), 0), "en");
  vi = doson_ctr_target_assessment_explain (g_ptr_array_index (doson_ctr_assessment_get_results (a), 0), "vi");

  ck_assert_msg (strstr (en, "Wording: At least 1 hall per school level\n") != NULL, "%s", en);
  ck_assert_msg (strstr (en, "Disaggregation value: primary\n") != NULL, "%s", en);
  ck_assert_msg (strstr (vi, "Nguyên văn: Mỗi cấp học có ít nhất 1 nhà đa năng\n") != NULL, "%s", vi);
  ck_assert_msg (strstr (vi, "Giá trị phân tổ: primary\n") != NULL, "%s", vi);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Limits                                                              */
/* ------------------------------------------------------------------ */

START_TEST (test_attainment_not_finite)
{
  /* an attainment too large for a double is absent, never infinite:
   * 1e300 against ">= 1e-300" (v / v_T), 1e-300 against "<= 1e300" on a
   * lower-is-better amount (v_T / v), and the same two as running totals.
   * The status is still decided. */
  g_autoptr(DosonCtrProgram) hi = one (DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_HIGHER,
                                       test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR,
                                               DOSON_CTR_COMPARATOR_AT_LEAST, 1e-300));
  g_autoptr(DosonCtrProgram) lo = one (DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_LOWER,
                                       test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR,
                                               DOSON_CTR_COMPARATOR_AT_MOST, 1e300));
  g_autoptr(DosonCtrProgram) cum_hi = one (DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_HIGHER,
                                           test_target (DOSON_CTR_TARGET_KIND_CUMULATIVE,
                                                   DOSON_CTR_COMPARATOR_AT_LEAST, 1e-300));
  g_autoptr(DosonCtrProgram) cum_lo = one (DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_LOWER,
                                           test_target (DOSON_CTR_TARGET_KIND_CUMULATIVE,
                                                   DOSON_CTR_COMPARATOR_AT_MOST, 1e300));
  g_autoptr(DosonCtrMeasurementSet) big = series_x (2026, 1e300, 0);
  g_autoptr(DosonCtrMeasurementSet) tiny = series_x (2026, 1e-300, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (hi, big, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) b = assess_x (lo, tiny, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) c = assess_x (cum_hi, big, 2026, NULL);
  g_autoptr(DosonCtrTargetAssessment) d = assess_x (cum_lo, tiny, 2026, NULL);
  double v = UNTOUCHED;

  assert_status (a, DOSON_CTR_STATUS_ACHIEVED);
  ck_assert (!doson_ctr_target_assessment_get_attainment (a, &v));
  assert_status (b, DOSON_CTR_STATUS_ACHIEVED);
  ck_assert (!doson_ctr_target_assessment_get_attainment (b, &v));
  assert_status (c, DOSON_CTR_STATUS_ACHIEVED);
  ck_assert (!doson_ctr_target_assessment_get_attainment (c, &v));
  assert_status (d, DOSON_CTR_STATUS_PENDING);
  ck_assert (!doson_ctr_target_assessment_get_attainment (d, &v));
  ck_assert (v == UNTOUCHED);
}
END_TEST

START_TEST (test_level_pace_not_finite)
{
  /* from 1e-300 in 2025 to 1e300 in 2026 towards ">= 1e301": CAGR_a is
   * too large for a double, so there is no pace: not available, never an
   * infinite score */
  g_autoptr(DosonCtrProgram) p = one (DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_HIGHER,
                                      test_target (DOSON_CTR_TARGET_KIND_LEVEL,
                                              DOSON_CTR_COMPARATOR_AT_LEAST, 1e301));
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 1e-300, 2026, 1e300, 0);
  g_autoptr(DosonCtrTargetAssessment) a = assess_x (p, m, 2026, NULL);
  double v = UNTOUCHED;

  assert_status (a, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_reason (a, DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED);
  ck_assert (!doson_ctr_target_assessment_get_pace (a, &v));
  ck_assert (v == UNTOUCHED);
  assert_no_score (a);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Names and ownership                                                 */
/* ------------------------------------------------------------------ */

START_TEST (test_names)
{
  DosonCtrZeroTargetRule rule = DOSON_CTR_ZERO_TARGET_RULE_LINEAR;
  DosonCtrRollupKind kind = DOSON_CTR_ROLLUP_KIND_PROGRAM;

  ck_assert (doson_ctr_zero_target_rule_from_string ("open-sdg", &rule));
  ck_assert_int_eq (rule, DOSON_CTR_ZERO_TARGET_RULE_OPEN_SDG);
  ck_assert (!doson_ctr_zero_target_rule_from_string ("quadratic", &rule));
  ck_assert (!doson_ctr_zero_target_rule_from_string (NULL, &rule));
  ck_assert_int_eq (rule, DOSON_CTR_ZERO_TARGET_RULE_OPEN_SDG);
  ck_assert_str_eq (doson_ctr_zero_target_rule_to_string (DOSON_CTR_ZERO_TARGET_RULE_LINEAR), "linear");
  ck_assert_ptr_null (doson_ctr_zero_target_rule_to_string ((DosonCtrZeroTargetRule) 7));

  ck_assert_str_eq (doson_ctr_pace_rule_to_string (DOSON_CTR_PACE_RULE_LINEAR_GAP), "linear-gap");
  ck_assert_str_eq (doson_ctr_pace_rule_to_string (DOSON_CTR_PACE_RULE_GROWTH_FLOOR), "growth-floor");
  ck_assert_ptr_null (doson_ctr_pace_rule_to_string ((DosonCtrPaceRule) 5));
  ck_assert_str_eq (doson_ctr_assessment_reason_to_string (DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED),
                    "pace-undefined");
  ck_assert_str_eq (doson_ctr_assessment_reason_to_string (DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET),
                    "at-strict-target");
  ck_assert_ptr_null (doson_ctr_assessment_reason_to_string ((DosonCtrAssessmentReason) 99));

  ck_assert (doson_ctr_rollup_kind_from_string ("unit", &kind));
  ck_assert_int_eq (kind, DOSON_CTR_ROLLUP_KIND_UNIT);
  ck_assert_str_eq (doson_ctr_rollup_kind_to_string (DOSON_CTR_ROLLUP_KIND_GOAL), "goal");
  ck_assert_ptr_null (doson_ctr_rollup_kind_to_string ((DosonCtrRollupKind) 3));
  ck_assert (!doson_ctr_rollup_kind_from_string ("section", &kind));
  ck_assert_int_eq (kind, DOSON_CTR_ROLLUP_KIND_UNIT);

  ck_assert (g_type_is_a (DOSON_CTR_TYPE_TARGET_ASSESSMENT, G_TYPE_BOXED));
  ck_assert (g_type_is_a (DOSON_CTR_TYPE_ROLLUP, G_TYPE_BOXED));
  ck_assert (g_type_is_a (DOSON_CTR_TYPE_CONSISTENCY_WARNING, G_TYPE_BOXED));
  ck_assert (g_type_is_a (DOSON_CTR_TYPE_ASSESSMENT_OPTIONS, G_TYPE_BOXED));
  ck_assert (g_type_is_a (DOSON_CTR_TYPE_ASSESSMENT, G_TYPE_OBJECT));
  ck_assert (G_TYPE_IS_ENUM (DOSON_CTR_TYPE_PACE_RULE));
}
END_TEST

START_TEST (test_options)
{
  g_autoptr(DosonCtrAssessmentOptions) o = doson_ctr_assessment_options_new ();
  g_autoptr(DosonCtrAssessmentOptions) c = NULL;
  g_autoptr(DosonCtrCutoffs) cut = doson_ctr_cutoffs_new (2, 1, 0, NULL);

  ck_assert_int_eq (doson_ctr_assessment_options_get_level_method (o), DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  ck_assert_int_eq (doson_ctr_assessment_options_get_zero_target_rule (o), DOSON_CTR_ZERO_TARGET_RULE_LINEAR);
  ck_assert_ptr_null (doson_ctr_assessment_options_get_cutoffs (o));
  assert_close (doson_ctr_assessment_options_get_sum_tolerance (o), 0.5, REL);

  doson_ctr_assessment_options_set_cutoffs (o, cut);
  doson_ctr_assessment_options_set_level_method (o, DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE);
  c = doson_ctr_assessment_options_copy (o);
  ck_assert_int_eq (doson_ctr_assessment_options_get_level_method (c),
                    DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE);
  assert_close (doson_ctr_cutoffs_get_substantial (doson_ctr_assessment_options_get_cutoffs (c)), 2, REL);
  doson_ctr_assessment_options_set_cutoffs (o, NULL);
  ck_assert_ptr_null (doson_ctr_assessment_options_get_cutoffs (o));
  ck_assert_ptr_nonnull (doson_ctr_assessment_options_get_cutoffs (c));

  doson_ctr_assessment_options_free (NULL);
  doson_ctr_target_assessment_free (NULL);
  doson_ctr_rollup_free (NULL);
  doson_ctr_consistency_warning_free (NULL);
}
END_TEST

START_TEST (test_copies_outlive_assessment)
{
  /* a copy owns everything it holds: target, level, progress result */
  g_autoptr(DosonCtrProgram) p = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrMeasurementSet) m = series_x (2025, 200.0, 2027, 220.0, 0);
  DosonCtrAssessment *a = assess (p, m, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) copy =
    doson_ctr_target_assessment_copy (g_ptr_array_index (doson_ctr_assessment_get_results (a), 0));
  g_autofree char *before = doson_ctr_target_assessment_explain (copy, "en");
  g_autofree char *after = NULL;
  double v = UNTOUCHED;

  g_object_unref (a);
  after = doson_ctr_target_assessment_explain (copy, "en");
  ck_assert_str_eq (before, after);
  ck_assert (doson_ctr_target_get_value (doson_ctr_target_assessment_get_target (copy), &v));
  assert_close (v, 250, REL);
  ck_assert_str_eq (doson_ctr_target_assessment_get_indicator_id (copy), "x");
  ck_assert_uint_eq (doson_ctr_target_assessment_get_target_index (copy), 0);
  ck_assert_ptr_nonnull (doson_ctr_target_assessment_get_progress_result (copy));
}
END_TEST

START_TEST (test_getters_optional_out)
{
  /* every (out) (optional) parameter may be NULL: the getter still says
   * whether the figure exists */
  g_autoptr(DosonCtrProgram) lv = enterprises (DOSON_CTR_COMPARATOR_MORE_THAN);
  g_autoptr(DosonCtrProgram) ey = one (DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER,
                                       test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR,
                                               DOSON_CTR_COMPARATOR_AT_LEAST, 3));
  g_autoptr(DosonCtrProgram) cu = converted (50);
  g_autoptr(DosonCtrProgram) gr = revenue (DOSON_CTR_RANGE_MODE_FLOOR_STRETCH);
  g_autoptr(DosonCtrMeasurementSet) m1 = series_x (2025, 200.0, 2027, 220.0, 0);
  g_autoptr(DosonCtrMeasurementSet) m2 = series_x (2026, 3.0, 2027, 1.0, 0);
  g_autoptr(DosonCtrTargetAssessment) level = assess_x (lv, m1, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) every = assess_x (ey, m2, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) cumulative = assess_x (cu, m2, 2027, NULL);
  g_autoptr(DosonCtrTargetAssessment) growth = assess_x (gr, m1, 2027, NULL);
  double v = UNTOUCHED;

  ck_assert (doson_ctr_target_assessment_get_base (level, NULL, NULL));
  ck_assert (doson_ctr_target_assessment_get_current (level, NULL, NULL));
  ck_assert (doson_ctr_target_assessment_get_figure (level, NULL));
  ck_assert (doson_ctr_target_assessment_get_attainment (level, NULL));
  ck_assert (doson_ctr_target_assessment_get_cagr (level, NULL));
  ck_assert (doson_ctr_target_assessment_get_pace (level, NULL));
  ck_assert (doson_ctr_target_assessment_get_score (level, NULL));
  ck_assert (doson_ctr_target_assessment_get_years_met (every, NULL, NULL, NULL));
  ck_assert (doson_ctr_target_assessment_get_running_total (cumulative, NULL));
  ck_assert (doson_ctr_target_assessment_get_elapsed_share (cumulative, NULL));
  ck_assert (doson_ctr_target_assessment_get_stretch (growth, NULL));

  /* and a figure that does not exist leaves the out parameter alone */
  ck_assert (!doson_ctr_target_assessment_get_stretch (level, &v));
  ck_assert (!doson_ctr_target_assessment_get_running_total (level, &v));
  ck_assert (!doson_ctr_target_assessment_get_elapsed_share (level, &v));
  ck_assert (!doson_ctr_target_assessment_get_cagr (every, &v));
  ck_assert (!doson_ctr_target_assessment_get_pace (every, &v));
  ck_assert (v == UNTOUCHED);
  ck_assert_ptr_null (doson_ctr_target_assessment_get_cutoffs (every));
  ck_assert_ptr_null (doson_ctr_target_assessment_get_progress_result (every));
}
END_TEST

static Suite *
assessment_suite (void)
{
  Suite *s = suite_create ("assessment");
  TCase *tc;

  tc = tcase_create ("every-year");
  tcase_add_test (tc, test_every_year_inclusive_and_strict);
  tcase_add_test (tc, test_every_year_over_the_term);
  tcase_add_test (tc, test_every_year_ranges);
  tcase_add_test (tc, test_every_year_lower_is_better);
  tcase_add_test (tc, test_every_year_attainment_without_finite_ratio);
  suite_add_tcase (s, tc);

  tc = tcase_create ("level");
  tcase_add_test (tc, test_level_pace_open_sdg);
  tcase_add_test (tc, test_level_pace_classes);
  tcase_add_test (tc, test_level_at_deadline_strict_vs_inclusive);
  tcase_add_test (tc, test_level_after_deadline);
  tcase_add_test (tc, test_level_met_early_and_missing);
  tcase_add_test (tc, test_level_strict_equal_before_deadline);
  tcase_add_test (tc, test_level_on_strict_figure_without_ratio);
  tcase_add_test (tc, test_level_unsd_ratio);
  tcase_add_test (tc, test_level_per_disaggregation);
  tcase_add_test (tc, test_level_custom_cutoffs);
  tcase_add_test (tc, test_level_expected_value);
  tcase_add_test (tc, test_level_target_equal_to_base);
  tcase_add_test (tc, test_level_base_met_unsd_ratio);
  tcase_add_test (tc, test_level_mixed_signs);
  tcase_add_test (tc, test_level_due_without_data);
  tcase_add_test (tc, test_level_lower_is_better);
  tcase_add_test (tc, test_level_lower_is_better_range);
  suite_add_tcase (s, tc);

  tc = tcase_create ("zero-target");
  tcase_add_test (tc, test_zero_target_linear);
  tcase_add_test (tc, test_zero_target_open_sdg);
  tcase_add_test (tc, test_zero_target_deadline_and_edges);
  tcase_add_test (tc, test_zero_target_comparators);
  tcase_add_test (tc, test_zero_target_only_base_and_zero_base);
  tcase_add_test (tc, test_zero_target_no_data);
  suite_add_tcase (s, tc);

  tc = tcase_create ("status-rules");
  tcase_add_test (tc, test_zero_base_linear);
  tcase_add_test (tc, test_zero_base_edges);
  tcase_add_test (tc, test_cumulative_from_nothing);
  tcase_add_test (tc, test_level_past_band);
  tcase_add_test (tc, test_level_past_equal_and_lower);
  tcase_add_test (tc, test_cumulative_past);
  tcase_add_test (tc, test_strict_equal_words);
  suite_add_tcase (s, tc);

  tc = tcase_create ("average-growth");
  tcase_add_test (tc, test_growth_pace);
  tcase_add_test (tc, test_growth_at_deadline);
  tcase_add_test (tc, test_growth_falling);
  tcase_add_test (tc, test_growth_missing_and_domain);
  tcase_add_test (tc, test_growth_floor_zero);
  tcase_add_test (tc, test_growth_custom_cutoffs);
  tcase_add_test (tc, test_growth_no_data_and_signs);
  tcase_add_test (tc, test_growth_floor_zero_at_deadline);
  suite_add_tcase (s, tc);

  tc = tcase_create ("year-on-year");
  tcase_add_test (tc, test_year_on_year);
  tcase_add_test (tc, test_year_on_year_strict);
  tcase_add_test (tc, test_year_on_year_domain);
  tcase_add_test (tc, test_year_on_year_missing_values);
  tcase_add_test (tc, test_year_on_year_threshold_zero);
  suite_add_tcase (s, tc);

  tc = tcase_create ("cumulative");
  tcase_add_test (tc, test_cumulative_pace);
  tcase_add_test (tc, test_cumulative_classes);
  tcase_add_test (tc, test_cumulative_end_and_gaps);
  tcase_add_test (tc, test_cumulative_cap);
  tcase_add_test (tc, test_cumulative_no_data_and_met_at_deadline);
  tcase_add_test (tc, test_cumulative_zero_floor);
  tcase_add_test (tc, test_cumulative_cap_zero_total);
  tcase_add_test (tc, test_cumulative_total_stops_at_gap);
  suite_add_tcase (s, tc);

  tc = tcase_create ("milestone");
  tcase_add_test (tc, test_milestone);
  tcase_add_test (tc, test_milestone_after_deadline_and_no_data);
  suite_add_tcase (s, tc);

  tc = tcase_create ("as-of");
  tcase_add_test (tc, test_as_of_latest_year);
  tcase_add_test (tc, test_as_of_ignores_later_years);
  tcase_add_test (tc, test_as_of_before_first_year);
  tcase_add_test (tc, test_as_of_errors);
  tcase_add_test (tc, test_measurements_checked);
  tcase_add_test (tc, test_measurements_checked_many);
  suite_add_tcase (s, tc);

  tc = tcase_create ("rollups");
  tcase_add_test (tc, test_rollups);
  tcase_add_test (tc, test_rollup_errors_and_empty);
  tcase_add_test (tc, test_rollup_without_id);
  tcase_add_test (tc, test_indicator_worst_status);
  suite_add_tcase (s, tc);

  tc = tcase_create ("consistency");
  tcase_add_test (tc, test_consistency);
  tcase_add_test (tc, test_consistency_tolerance);
  tcase_add_test (tc, test_consistency_levels);
  suite_add_tcase (s, tc);

  tc = tcase_create ("explain");
  tcase_add_test (tc, test_explain);
  tcase_add_test (tc, test_explain_language_tags);
  tcase_add_test (tc, test_explain_default_language);
  tcase_add_test (tc, test_explain_rules);
  tcase_add_test (tc, test_explain_wording_and_level);
  suite_add_tcase (s, tc);

  tc = tcase_create ("limits");
  tcase_add_test (tc, test_attainment_not_finite);
  tcase_add_test (tc, test_level_pace_not_finite);
  suite_add_tcase (s, tc);

  tc = tcase_create ("ownership");
  tcase_add_test (tc, test_names);
  tcase_add_test (tc, test_options);
  tcase_add_test (tc, test_copies_outlive_assessment);
  tcase_add_test (tc, test_getters_optional_out);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return test_run_suite (assessment_suite ());
}
