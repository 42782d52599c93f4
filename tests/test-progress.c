/* test-progress.c: the published progress methods (open-sdg, unsd-ratio,
 * expected-value), cut-offs, roll-up, names and explanations
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Expected values are computed by hand in the comments.  Those of the
 * "reference" fixtures come from tests/data/open_sdg_reference.py, a
 * transcription of open-sdg/sdg-build sdg/ProgressMeasure.py at commit
 * 139fede74ba534d2ed8b9eee4cd878b41f54cb67, which was itself checked bit
 * for bit against that commit's own code run with pandas 1.5.3 and numpy
 * 1.24.2.  Its outputs are baked in below as constants: this test does not
 * need Python at run time.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "doson-ctr-test.h"

#define assert_status(r, s)                                                   \
  ck_assert_str_eq (doson_ctr_status_to_string (doson_ctr_progress_result_get_status (r)), \
                    doson_ctr_status_to_string (s))

static DosonCtrProgressSettings *
make_settings (DosonCtrDirection direction,
               int               base_year)
{
  DosonCtrProgressSettings *st = doson_ctr_progress_settings_new ();

  doson_ctr_progress_settings_set_direction (st, direction);
  if (base_year != 0)
    doson_ctr_progress_settings_set_base_year (st, base_year);
  return st;
}

static DosonCtrProgressSettings *
make_target (DosonCtrDirection direction,
             int               base_year,
             double            target,
             int               target_year)
{
  DosonCtrProgressSettings *st = make_settings (direction, base_year);

  doson_ctr_progress_settings_set_target (st, target, target_year);
  return st;
}

static DosonCtrProgressResult *
run (DosonCtrProgressMethod          method,
     const DosonCtrProgressSettings *settings,
     const int                      *years,
     const double                   *values,
     gsize                           n)
{
  GError *error = NULL;
  DosonCtrProgressResult *r;

  r = doson_ctr_progress_compute (method, settings, years, values, n, &error);
  ck_assert_msg (r != NULL, "compute failed: %s", error != NULL ? error->message : "?");
  ck_assert_ptr_null (error);
  return r;
}

#define OPEN_SDG DOSON_CTR_PROGRESS_METHOD_OPEN_SDG
#define UNSD DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO
#define EXPECTED DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE
#define HIGHER DOSON_CTR_DIRECTION_HIGHER
#define LOWER DOSON_CTR_DIRECTION_LOWER

static void
assert_progress (const DosonCtrProgressResult *r,
                 double                        expected,
                 double                        tolerance)
{
  double pv = UNTOUCHED;

  ck_assert_msg (doson_ctr_progress_result_get_progress (r, &pv), "no progress value");
  assert_close (pv, expected, tolerance);
}

static void
assert_no_progress (const DosonCtrProgressResult *r)
{
  double pv = UNTOUCHED;

  ck_assert (!doson_ctr_progress_result_get_progress (r, &pv));
  ck_assert (pv == UNTOUCHED);
}

static void
assert_score (const DosonCtrProgressResult *r,
              double                        expected,
              double                        tolerance)
{
  double score = UNTOUCHED;

  ck_assert_msg (doson_ctr_progress_result_get_score (r, &score), "no score");
  assert_close (score, expected, tolerance);
}

static void
assert_no_score (const DosonCtrProgressResult *r)
{
  double score = UNTOUCHED;

  ck_assert (!doson_ctr_progress_result_get_score (r, &score));
  ck_assert (score == UNTOUCHED);
}

static void
assert_cutoffs (const DosonCtrCutoffs *c,
                double                 s,
                double                 m,
                double                 l)
{
  ck_assert_ptr_nonnull (c);
  assert_close (doson_ctr_cutoffs_get_substantial (c), s, REL);
  assert_close (doson_ctr_cutoffs_get_moderate (c), m, REL);
  assert_close (doson_ctr_cutoffs_get_limited (c), l, REL);
}

/* ------------------------------------------------------------------ */
/* open-sdg                                                            */
/* ------------------------------------------------------------------ */

/* Powers of two make every pow() exact here:
 * base 100 (2020), current 400 (2022): CAGR_a = 4^(1/2) − 1 = 1;
 * target 1600 in 2024: CAGR_r = 16^(1/4) − 1 = 1; s = d = 1;
 * PV = 1 · 1 / |1| = 1 >= 0.95: substantial;
 * score = min(7.1429 · 1 − 4.2857, 5) = 2.8572. */
START_TEST (test_open_sdg_target_substantial)
{
  static const int years[] = { 2020, 2022 };
  static const double values[] = { 100, 400 };
  g_autoptr (DosonCtrProgressSettings) st = make_target (HIGHER, 2020, 1600, 2024);
  g_autoptr (DosonCtrProgressResult) r = run (OPEN_SDG, st, years, values, 2);
  int year = 0;
  double v = UNTOUCHED;

  assert_status (r, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  ck_assert_int_eq (doson_ctr_progress_result_get_method (r), OPEN_SDG);
  ck_assert (doson_ctr_progress_result_get_base (r, &year, &v));
  ck_assert_int_eq (year, 2020);
  ck_assert (v == 100);
  ck_assert (doson_ctr_progress_result_get_current (r, &year, &v));
  ck_assert_int_eq (year, 2022);
  ck_assert (v == 400);
  ck_assert (doson_ctr_progress_result_get_cagr_actual (r, &v));
  ck_assert (v == 1);
  ck_assert (doson_ctr_progress_result_get_cagr_required (r, &v));
  ck_assert (v == 1);
  assert_progress (r, 1, 0);
  assert_score (r, 2.8572, 1e-12);
  assert_cutoffs (doson_ctr_progress_result_get_cutoffs (r), 0.95, 0.6, 0);
  ck_assert (!doson_ctr_progress_result_get_limit_scale (r, &v));
}
END_TEST

/* current 300: CAGR_a = √3 − 1 = 0.7320508075688772, CAGR_r = 1:
 * PV = 0.73205 in [0.6, 0.95): moderate;
 * score = 7.1429 · 0.7320508075688772 − 4.2857 = 0.9432657133837328. */
START_TEST (test_open_sdg_target_moderate)
{
  static const int years[] = { 2020, 2022 };
  static const double values[] = { 100, 300 };
  g_autoptr (DosonCtrProgressSettings) st = make_target (HIGHER, 2020, 1600, 2024);
  g_autoptr (DosonCtrProgressResult) r = run (OPEN_SDG, st, years, values, 2);

  assert_status (r, DOSON_CTR_STATUS_MODERATE_PROGRESS);
  assert_progress (r, 0.7320508075688772, REL);
  assert_score (r, 0.9432657133837328, REL);
}
END_TEST

/* base 100 (2020), current 150 (2021): CAGR_a = 1.5 − 1 = 0.5; target 400
 * in 2022: CAGR_r = 4^(1/2) − 1 = 1; PV = 0.5 in [0, 0.6): limited;
 * score = max(4.1667 · 0.5 − 2.5, −5) = −0.41665.
 * current 50: CAGR_a = −0.5, PV = −0.5 < 0: deterioration,
 * score = max(4.1667 · −0.5 − 2.5, −5) = −4.58335.
 * current 10: PV = −0.9, 4.1667 · −0.9 − 2.5 = −6.25003 → −5.
 * current 250: PV = 1.5, 7.1429 · 1.5 − 4.2857 = 6.42865 → 5. */
START_TEST (test_open_sdg_target_branches)
{
  static const int years[] = { 2020, 2021 };
  static const struct {
    double current, pv, score;
    DosonCtrStatus status;
  } cases[] = {
    { 150, 0.5, -0.41665, DOSON_CTR_STATUS_LIMITED_PROGRESS },
    { 50, -0.5, -4.58335, DOSON_CTR_STATUS_DETERIORATION },
    { 10, -0.9, -5, DOSON_CTR_STATUS_DETERIORATION },
    { 250, 1.5, 5, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS },
  };
  g_autoptr (DosonCtrProgressSettings) st = make_target (HIGHER, 2020, 400, 2022);
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double values[2] = { 100, cases[i].current };
      g_autoptr (DosonCtrProgressResult) r = run (OPEN_SDG, st, years, values, 2);

      assert_status (r, cases[i].status);
      assert_progress (r, cases[i].pv, 1e-12);
      assert_score (r, cases[i].score, 1e-12);
    }
}
END_TEST

/* Lower is better: base 400 (2020), current 100 (2022):
 * CAGR_a = 0.25^(1/2) − 1 = −0.5; target 25 in 2024:
 * CAGR_r = 0.0625^(1/4) − 1 = −0.5; s = 1, d = −1:
 * PV = 1 · −1 · −0.5 / |−0.5| = 1: substantial, score 2.8572. */
START_TEST (test_open_sdg_target_lower)
{
  static const int years[] = { 2022, 2020 };
  static const double values[] = { 100, 400 };
  g_autoptr (DosonCtrProgressSettings) st = make_target (LOWER, 2020, 25, 2024);
  g_autoptr (DosonCtrProgressResult) r = run (OPEN_SDG, st, years, values, 2);

  assert_status (r, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  assert_progress (r, 1, 0);
  assert_score (r, 2.8572, 1e-12);
}
END_TEST

/* Target achieved first, whatever the trend: higher is better, base 100
 * (2020), current 90 (2022), target 80: 90 >= 80, achieved, score 5.
 * sdg-build still computes the progress value:
 * CAGR_a = 0.9^(1/2) − 1 = −0.05131670194948623,
 * CAGR_r = 0.8^(1/10) − 1 = −0.022067231457071457,
 * PV = −0.0513167 / 0.0220672 = −2.3254707800258183. */
START_TEST (test_open_sdg_target_achieved_adverse)
{
  static const int years[] = { 2020, 2022 };
  static const double values[] = { 100, 90 };
  g_autoptr (DosonCtrProgressSettings) st = make_target (HIGHER, 2020, 80, 2030);
  g_autoptr (DosonCtrProgressResult) r = run (OPEN_SDG, st, years, values, 2);

  assert_status (r, DOSON_CTR_STATUS_TARGET_ACHIEVED);
  assert_score (r, 5, 0);
  assert_progress (r, -2.3254707800258183, REL);
}
END_TEST

/* Target equal to base (50): CAGR_r = 1^(1/10) − 1 = 0, on which
 * sdg-build divides by zero.  Current 45 does not meet it: deterioration,
 * score −5, no progress value; current 55 meets it: target achieved. */
START_TEST (test_open_sdg_base_equals_target)
{
  static const int years[] = { 2020, 2023 };
  static const double away[] = { 50, 45 };
  static const double met[] = { 50, 55 };
  g_autoptr (DosonCtrProgressSettings) st = make_target (HIGHER, 2020, 50, 2030);
  g_autoptr (DosonCtrProgressResult) r1 = run (OPEN_SDG, st, years, away, 2);
  g_autoptr (DosonCtrProgressResult) r2 = run (OPEN_SDG, st, years, met, 2);
  double v = UNTOUCHED;

  assert_status (r1, DOSON_CTR_STATUS_DETERIORATION);
  assert_no_progress (r1);
  assert_score (r1, -5, 0);
  ck_assert (doson_ctr_progress_result_get_cagr_required (r1, &v));
  ck_assert (v == 0);

  assert_status (r2, DOSON_CTR_STATUS_TARGET_ACHIEVED);
  assert_score (r2, 5, 0);
}
END_TEST

/* Base 0 is replaced by 0.001 (after the sign, s = +1): lower is better,
 * no target, base 0 (2020), current 0.004 (2022):
 * 0.004 / 0.001 = 4 (rounded), CAGR_a = 4^(1/2) − 1 = 1, PV = 1 · −1 · 1
 * = −1 < 0: deterioration, score max(125 · −1 − 2.5, −5) = −5. */
START_TEST (test_open_sdg_zero_base)
{
  static const int years[] = { 2020, 2022 };
  static const double values[] = { 0, 0.004 };
  g_autoptr (DosonCtrProgressSettings) st = make_settings (LOWER, 2020);
  g_autoptr (DosonCtrProgressResult) r = run (OPEN_SDG, st, years, values, 2);
  double v = UNTOUCHED;
  int year = 0;

  ck_assert (doson_ctr_progress_result_get_base (r, &year, &v));
  ck_assert_int_eq (year, 2020);
  ck_assert (v == 0.001);
  assert_status (r, DOSON_CTR_STATUS_DETERIORATION);
  assert_progress (r, -1, 1e-12);
  assert_score (r, -5, 0);
}
END_TEST

/* Target 0 is replaced by 0.001, also for the achieved test: lower is
 * better, base 1.2 (2025), current 0.0005 (2027) <= 0.001: achieved.
 * PV = −1 · ((0.0005/1.2)^(1/2) − 1) / |(0.001/1.2)^(1/5) − 1|
 *    = 0.9795875854768068 / 0.7578… = 1.292663099554742 (reference). */
START_TEST (test_open_sdg_zero_target)
{
  static const int years[] = { 2025, 2027 };
  static const double values[] = { 1.2, 0.0005 };
  g_autoptr (DosonCtrProgressSettings) st = make_target (LOWER, 2025, 0, 2030);
  g_autoptr (DosonCtrProgressResult) r = run (OPEN_SDG, st, years, values, 2);
  g_autofree char *text = doson_ctr_progress_result_explain (r, "en");

  assert_status (r, DOSON_CTR_STATUS_TARGET_ACHIEVED);
  assert_score (r, 5, 0);
  assert_progress (r, 1.292663099554742, REL);
  ck_assert_ptr_nonnull (strstr (text, "0.001"));
}
END_TEST

/* Negative base, s = −1: higher is better, no target, base −400 (2020),
 * current −394 (2021): CAGR_a = 0.985 − 1 = −0.015000000000000013,
 * PV = −1 · 1 · CAGR_a = 0.015000000000000013 >= 0.015: substantial;
 * score = min(500 · 0.015000000000000013 / 1 − 5, 5) = 2.500000000000007. */
START_TEST (test_open_sdg_negative_base)
{
  static const int years[] = { 2020, 2021 };
  static const double values[] = { -400, -394 };
  g_autoptr (DosonCtrProgressSettings) st = make_settings (HIGHER, 2020);
  g_autoptr (DosonCtrProgressResult) r = run (OPEN_SDG, st, years, values, 2);

  assert_status (r, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  assert_progress (r, 0.015000000000000013, REL);
  assert_score (r, 2.500000000000007, REL);
}
END_TEST

/* Base 5, current −1: mixed signs, no progress value, no score, no CAGR.
 * With a target the current value meets (lower, target 0 → 0.001,
 * −1 <= 0.001) the target-achieved rule still applies: score 5. */
START_TEST (test_open_sdg_mixed_signs)
{
  static const int years[] = { 2020, 2022 };
  static const double values[] = { 5, -1 };
  g_autoptr (DosonCtrProgressSettings) st = make_settings (LOWER, 2020);
  g_autoptr (DosonCtrProgressSettings) st2 = make_target (LOWER, 2020, 0, 2030);
  g_autoptr (DosonCtrProgressResult) r = run (OPEN_SDG, st, years, values, 2);
  g_autoptr (DosonCtrProgressResult) r2 = run (OPEN_SDG, st2, years, values, 2);
  double v = UNTOUCHED;

  assert_status (r, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_no_progress (r);
  assert_no_score (r);
  ck_assert (!doson_ctr_progress_result_get_cagr_actual (r, &v));
  ck_assert (v == UNTOUCHED);

  assert_status (r2, DOSON_CTR_STATUS_TARGET_ACHIEVED);
  assert_score (r2, 5, 0);
  assert_no_progress (r2);
}
END_TEST

/* One year only: not available; a target already met: achieved, score 5. */
START_TEST (test_open_sdg_one_year)
{
  static const int years[] = { 2024 };
  static const double values[] = { 5 };
  g_autoptr (DosonCtrProgressSettings) st = make_target (HIGHER, 0, 10, 2030);
  g_autoptr (DosonCtrProgressSettings) st2 = make_target (HIGHER, 0, 4, 2030);
  g_autoptr (DosonCtrProgressResult) r = run (OPEN_SDG, st, years, values, 1);
  g_autoptr (DosonCtrProgressResult) r2 = run (OPEN_SDG, st2, years, values, 1);

  assert_status (r, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_no_progress (r);
  assert_no_score (r);
  assert_status (r2, DOSON_CTR_STATUS_TARGET_ACHIEVED);
  assert_score (r2, 5, 0);
}
END_TEST

/* Base year 2015 is missing: the first later year, 2017, is the base; 2013
 * is ignored.  CAGR_a = (121/100)^(1/3) − 1 = 0.0656022367666107 >= 0.015,
 * score min(500 · 0.0656 − 5, 5) = 5.  Were 2013 (value 1) the base,
 * CAGR_a would be 121^(1/7) − 1 = 0.985. */
START_TEST (test_open_sdg_missing_base_year)
{
  static const int years[] = { 2020, 2013, 2017 };
  static const double values[] = { 121, 1, 100 };
  g_autoptr (DosonCtrProgressSettings) st = make_settings (HIGHER, 2015);
  g_autoptr (DosonCtrProgressResult) r = run (OPEN_SDG, st, years, values, 3);
  int year = 0;
  double v = UNTOUCHED;

  ck_assert (doson_ctr_progress_result_get_base (r, &year, &v));
  ck_assert_int_eq (year, 2017);
  ck_assert (v == 100);
  assert_progress (r, 0.0656022367666107, REL);
  assert_status (r, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  assert_score (r, 5, 0);
}
END_TEST

/* No year at or after the base year 2030: no base, not available. */
START_TEST (test_open_sdg_base_after_data)
{
  static const int years[] = { 2020, 2022 };
  static const double values[] = { 1, 2 };
  g_autoptr (DosonCtrProgressSettings) st = make_settings (HIGHER, 2030);
  g_autoptr (DosonCtrProgressResult) r = run (OPEN_SDG, st, years, values, 2);
  int year = -1;

  assert_status (r, DOSON_CTR_STATUS_NOT_AVAILABLE);
  ck_assert (!doson_ctr_progress_result_get_base (r, &year, NULL));
  ck_assert_int_eq (year, -1);
  ck_assert (doson_ctr_progress_result_get_current (r, &year, NULL));
  ck_assert_int_eq (year, 2022);
  assert_no_progress (r);
  assert_no_score (r);
}
END_TEST

/* A target year not after the base year: no progress value. */
START_TEST (test_open_sdg_target_year_not_after_base)
{
  static const int years[] = { 2020, 2022 };
  static const double values[] = { 1, 2 };
  g_autoptr (DosonCtrProgressSettings) st = make_target (HIGHER, 2020, 10, 2020);
  g_autoptr (DosonCtrProgressResult) r = run (OPEN_SDG, st, years, values, 2);

  assert_status (r, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_no_progress (r);
  assert_no_score (r);
}
END_TEST

/* No target, cut-offs 0.015 / 0.005 / 0, C = 1:
 * higher, 100 → 102.01 in 2 years: CAGR_a = 1.0201^(1/2) − 1
 *   = 0.010000000000000009: moderate, score 250 · PV − 1.25 = 1.25;
 * lower, 100 → 99 in 1 year: PV = −1 · (0.99 − 1) = 0.010000000000000009:
 *   moderate, 1.25;
 * higher, 100 → 100.3: PV = 0.0029999999999998916: limited,
 *   score 500 · PV − 2.5 = −1.0000000000000542;
 * higher, 100 → 99: PV = −0.01: deterioration,
 *   score max(125 · −0.01 − 2.5, −5) = −3.75. */
START_TEST (test_open_sdg_no_target)
{
  static const struct {
    DosonCtrDirection direction;
    int span;
    double current, pv, score;
    DosonCtrStatus status;
  } cases[] = {
    { HIGHER, 2, 102.01, 0.010000000000000009, 1.2500000000000022, DOSON_CTR_STATUS_MODERATE_PROGRESS },
    { LOWER, 1, 99, 0.010000000000000009, 1.2500000000000022, DOSON_CTR_STATUS_MODERATE_PROGRESS },
    { HIGHER, 1, 100.3, 0.0029999999999998916, -1.0000000000000542, DOSON_CTR_STATUS_LIMITED_PROGRESS },
    { HIGHER, 1, 99, -0.010000000000000009, -3.750000000000001, DOSON_CTR_STATUS_DETERIORATION },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int years[2] = { 2020, 2020 + cases[i].span };
      double values[2] = { 100, cases[i].current };
      g_autoptr (DosonCtrProgressSettings) st = make_settings (cases[i].direction, 2020);
      g_autoptr (DosonCtrProgressResult) r = run (OPEN_SDG, st, years, values, 2);
      double v = UNTOUCHED;

      assert_status (r, cases[i].status);
      assert_progress (r, cases[i].pv, REL);
      assert_score (r, cases[i].score, REL);
      assert_cutoffs (doson_ctr_progress_result_get_cutoffs (r), 0.015, 0.005, 0);
      ck_assert (!doson_ctr_progress_result_get_cagr_required (r, &v));
      ck_assert (v == UNTOUCHED);
    }
}
END_TEST

/* The limit scale C in its three regions, a = 4.44:
 * b >= 2l: limit 40, base 100: C = 1; 100 → 101: PV 0.01, score 1.25.
 * b <= l: limit 100, base 50: C = 1 − 0.5^4.44 = 0.9539290869596531;
 *   cut-offs 0.014308936304394795 / 0.004769645434798265 / 0;
 *   50 → 50.5: PV 0.010000000000000009, moderate,
 *     score 250 · 0.01 / C − 1.25 = 1.3707398790700056;
 *   50 → 50.8: PV 0.016000000000000014 >= 0.0143: substantial,
 *     score min(500 · 0.016 / C − 5, 5) = 3.386367613024019;
 *   50 → 50.1: PV 0.002 < 0.00477: limited,
 *     score 500 · 0.002 / C − 2.5 = −1.4517040483719976.
 * l < b < 2l: limit 100, base 150, lower is better:
 *   C = 1 − ((200 − 150)/100)^4.44 = 0.9539290869596531;
 *   150 → 148: PV = −(148/150 − 1) = 0.013333333333333308: moderate,
 *   score 250 · PV / C − 1.25 = 2.244319838759998.
 * b = l: C = 0, cut-offs all 0: 100 → 100: PV 0 >= 0: substantial, and
 *   the score is 5 (sdg-build: coeff == 0); 100 → 99: PV −0.01 < 0:
 *   deterioration, score −3.75. */
START_TEST (test_open_sdg_limit)
{
  static const struct {
    DosonCtrDirection direction;
    double limit, base, current, c, pv, score;
    DosonCtrStatus status;
  } cases[] = {
    { HIGHER, 40, 100, 101, 1, 0.010000000000000009, 1.2500000000000022, DOSON_CTR_STATUS_MODERATE_PROGRESS },
    { HIGHER, 100, 50, 50.5, 0.9539290869596531, 0.010000000000000009, 1.3707398790700056, DOSON_CTR_STATUS_MODERATE_PROGRESS },
    { HIGHER, 100, 50, 50.8, 0.9539290869596531, 0.016000000000000014, 3.386367613024019, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS },
    { HIGHER, 100, 50, 50.1, 0.9539290869596531, 0.0020000000000000018, -1.4517040483719976, DOSON_CTR_STATUS_LIMITED_PROGRESS },
    { LOWER, 100, 150, 148, 0.9539290869596531, 0.013333333333333308, 2.244319838759998, DOSON_CTR_STATUS_MODERATE_PROGRESS },
    { HIGHER, 100, 100, 100, 0, 0, 5, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS },
    { HIGHER, 100, 100, 99, 0, -0.010000000000000009, -3.750000000000001, DOSON_CTR_STATUS_DETERIORATION },
  };
  static const int years[] = { 2020, 2021 };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double values[2] = { cases[i].base, cases[i].current };
      g_autoptr (DosonCtrProgressSettings) st = make_settings (cases[i].direction, 2020);
      g_autoptr (DosonCtrProgressResult) r = NULL;
      double c = UNTOUCHED;

      doson_ctr_progress_settings_set_limit (st, cases[i].limit);
      r = run (OPEN_SDG, st, years, values, 2);
      ck_assert (doson_ctr_progress_result_get_limit_scale (r, &c));
      assert_close (c, cases[i].c, REL);
      assert_cutoffs (doson_ctr_progress_result_get_cutoffs (r),
                      0.015 * cases[i].c, 0.005 * cases[i].c, 0);
      assert_status (r, cases[i].status);
      assert_progress (r, cases[i].pv, REL);
      assert_score (r, cases[i].score, REL);
    }
}
END_TEST

/* A limit is ignored when a target is given. */
START_TEST (test_open_sdg_limit_ignored_with_target)
{
  static const int years[] = { 2020, 2022 };
  static const double values[] = { 100, 400 };
  g_autoptr (DosonCtrProgressSettings) st = make_target (HIGHER, 2020, 1600, 2024);
  g_autoptr (DosonCtrProgressResult) r = NULL;
  double c = UNTOUCHED;

  doson_ctr_progress_settings_set_limit (st, 100);
  r = run (OPEN_SDG, st, years, values, 2);
  ck_assert (!doson_ctr_progress_result_get_limit_scale (r, &c));
  ck_assert (c == UNTOUCHED);
  assert_cutoffs (doson_ctr_progress_result_get_cutoffs (r), 0.95, 0.6, 0);
  assert_progress (r, 1, 0);
}
END_TEST

/* A progress value of exactly 0, and of −0: current equal to base (5 → 5)
 * gives CAGR_a = 0; with d = −1 (lower, target 1) PV = (−1 · 0) / |CAGR_r|
 * = −0.0; with d = +1 (higher, target 10) PV = +0.0.  Both are
 * limited_progress (0 <= PV < 0.6), score max(4.1667 · 0 − 2.5, −5) = −2.5. */
START_TEST (test_open_sdg_zero_progress)
{
  static const int years[] = { 2020, 2022 };
  static const double values[] = { 5, 5 };
  g_autoptr (DosonCtrProgressSettings) lower = make_target (LOWER, 2020, 1, 2030);
  g_autoptr (DosonCtrProgressSettings) higher = make_target (HIGHER, 2020, 10, 2030);
  g_autoptr (DosonCtrProgressResult) r1 = run (OPEN_SDG, lower, years, values, 2);
  g_autoptr (DosonCtrProgressResult) r2 = run (OPEN_SDG, higher, years, values, 2);
  double pv = UNTOUCHED;

  ck_assert (doson_ctr_progress_result_get_progress (r1, &pv));
  ck_assert (pv == 0 && signbit (pv));
  assert_status (r1, DOSON_CTR_STATUS_LIMITED_PROGRESS);
  assert_score (r1, -2.5, 0);

  ck_assert (doson_ctr_progress_result_get_progress (r2, &pv));
  ck_assert (pv == 0 && !signbit (pv));
  assert_status (r2, DOSON_CTR_STATUS_LIMITED_PROGRESS);
  assert_score (r2, -2.5, 0);
}
END_TEST

/* Exact cut-off boundaries reached from data, one-year spans (pow (x, 1)
 * is x):
 * base 100, current 175, target 225: CAGR_a = 0.75, CAGR_r = 1.25,
 *   PV = 0.75 / 1.25 = 0.6 (the double nearest 0.6): moderate, not
 *   limited; score 7.1429 · 0.6 − 4.2857 = 3.999999999937387e-05;
 * base 64, current 102, target 104: CAGR_a = 38/64 = 0.59375,
 *   CAGR_r = 40/64 = 0.625, PV = 0.95: substantial, not moderate;
 *   score 7.1429 · 0.95 − 4.2857 = 2.5000549999999997. */
START_TEST (test_open_sdg_boundaries)
{
  static const int years[] = { 2020, 2021 };
  static const double v60[] = { 100, 175 };
  static const double v95[] = { 64, 102 };
  g_autoptr (DosonCtrProgressSettings) s60 = make_target (HIGHER, 2020, 225, 2021);
  g_autoptr (DosonCtrProgressSettings) s95 = make_target (HIGHER, 2020, 104, 2021);
  g_autoptr (DosonCtrProgressResult) r60 = run (OPEN_SDG, s60, years, v60, 2);
  g_autoptr (DosonCtrProgressResult) r95 = run (OPEN_SDG, s95, years, v95, 2);
  g_autoptr (DosonCtrCutoffs) c = doson_ctr_cutoffs_new_default (OPEN_SDG);
  double pv = UNTOUCHED;

  ck_assert (doson_ctr_progress_result_get_progress (r60, &pv));
  ck_assert (pv == 0.6);
  assert_status (r60, DOSON_CTR_STATUS_MODERATE_PROGRESS);
  assert_score (r60, 3.999999999937387e-05, 1e-9);

  ck_assert (doson_ctr_progress_result_get_progress (r95, &pv));
  ck_assert (pv == 0.95);
  assert_status (r95, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  assert_score (r95, 2.5000549999999997, REL);

  ck_assert_int_eq (doson_ctr_cutoffs_classify (c, 0.95), DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  ck_assert_int_eq (doson_ctr_cutoffs_classify (c, nextafter (0.95, 0)), DOSON_CTR_STATUS_MODERATE_PROGRESS);
  ck_assert_int_eq (doson_ctr_cutoffs_classify (c, 0.6), DOSON_CTR_STATUS_MODERATE_PROGRESS);
  ck_assert_int_eq (doson_ctr_cutoffs_classify (c, nextafter (0.6, 0)), DOSON_CTR_STATUS_LIMITED_PROGRESS);
  ck_assert_int_eq (doson_ctr_cutoffs_classify (c, 0.0), DOSON_CTR_STATUS_LIMITED_PROGRESS);
  ck_assert_int_eq (doson_ctr_cutoffs_classify (c, -0.0), DOSON_CTR_STATUS_LIMITED_PROGRESS);
  ck_assert_int_eq (doson_ctr_cutoffs_classify (c, nextafter (0.0, -1.0)), DOSON_CTR_STATUS_DETERIORATION);
  ck_assert_int_eq (doson_ctr_cutoffs_classify (c, NAN), DOSON_CTR_STATUS_NOT_AVAILABLE);
}
END_TEST

/* The order of the observations does not matter. */
START_TEST (test_open_sdg_order)
{
  static const int y1[] = { 2019, 2020, 2021, 2022, 2023 };
  static const double v1[] = { 90, 100, 104, 103, 110 };
  static const int y2[] = { 2022, 2019, 2023, 2021, 2020 };
  static const double v2[] = { 103, 90, 110, 104, 100 };
  g_autoptr (DosonCtrProgressSettings) st = make_target (HIGHER, 2020, 150, 2030);
  g_autoptr (DosonCtrProgressResult) r1 = run (OPEN_SDG, st, y1, v1, 5);
  g_autoptr (DosonCtrProgressResult) r2 = run (OPEN_SDG, st, y2, v2, 5);
  double a = UNTOUCHED, b = UNTOUCHED;

  ck_assert (doson_ctr_progress_result_get_progress (r1, &a));
  ck_assert (doson_ctr_progress_result_get_progress (r2, &b));
  ck_assert (a == b);
}
END_TEST

/* Series of the kind the programme tracks, measured by the reference
 * transcription of sdg-build (tests/data/open_sdg_reference.py, FIXTURES,
 * same order); its output is baked in here. */
typedef struct {
  const char *name;
  const int *years;
  const double *values;
  gsize n;
  DosonCtrDirection direction;
  int base_year;          /* 0: Open SDG default 2015 */
  gboolean has_target;
  double target;
  int target_year;
  gboolean has_limit;
  double limit;
  double pv;              /* NAN: none */
  double score;
  const char *status;
  double c;               /* NAN: no limit scale */
} Fixture;

static const int income_y[] = { 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027 };
static const double income_v[] = { 52.1, 50.3, 55.8, 60.2, 63.9, 68.4, 72.5, 77.0 };
static const int poor_y[] = { 2025, 2026, 2027 };
static const double poor_v[] = { 1.2, 0.95, 0.81 };
static const int water_y[] = { 2019, 2021, 2023, 2025, 2027 };
static const double water_v[] = { 91.5, 94.0, 96.2, 97.1, 97.9 };
static const int forest_y[] = { 2015, 2018, 2021, 2024 };
static const double forest_v[] = { 38.0, 39.1, 40.5, 41.0 };
static const int opp_y[] = { 2020, 2023 };
static const double opp_v[] = { 5.0, 4.0 };
static const int acc_y[] = { 2016, 2018, 2020, 2022, 2024 };
static const double acc_v[] = { 31, 28, 22, 25, 27 };
static const int tour_y[] = { 2025, 2026, 2027 };
static const double tour_v[] = { 1850.0, 1910.0, 1985.0 };
static const int def_y[] = { 2021, 2022, 2023, 2024 };
static const double def_v[] = { -42.0, -39.5, -35.0, -33.2 };
static const int enr_y[] = { 2023, 2024, 2025, 2026 };
static const double enr_v[] = { 97.5, 97.1, 96.8, 96.0 };
static const int waste_y[] = { 2013, 2017, 2020, 2023 };
static const double waste_v[] = { 12.0, 10.5, 8.2, 6.9 };
static const int over_y[] = { 2015, 2020, 2024 };
static const double over_v[] = { 130.0, 124.0, 118.0 };

#define F(y, v) y, v, G_N_ELEMENTS (y)
static const Fixture fixtures[] = {
  { "income", F (income_y, income_v), HIGHER, 2025, TRUE, 95.0, 2030, FALSE, 0,
    0.8983545257613332, 2.1311565420606273, "moderate_progress", NAN },
  { "poor_rate", F (poor_y, poor_v), LOWER, 2025, TRUE, 0, 2030, FALSE, 0,
    0.23543784614365637, -1.519001126473227, "limited_progress", NAN },
  { "water", F (water_y, water_v), HIGHER, 2021, FALSE, 0, 0, TRUE, 100,
    0.006798298776628409, 5.0, "substantial_progress", 0.24022032762978685 },
  { "forest", F (forest_y, forest_v), HIGHER, 0, FALSE, 0, 0, TRUE, 100,
    0.008478620168796747, 0.8989276191732616, "moderate_progress", 0.9863780535403344 },
  /* target of the opposite sign to the base: CAGR_r is complex in Python,
   * abs() its modulus; this value was also produced by sdg-build itself */
  { "opposite_sign_target", F (opp_y, opp_v), LOWER, 2020, TRUE, -1, 2030, FALSE, 0,
    0.22075946265917515, -1.580161546938015, "limited_progress", NAN },
  { "accidents", F (acc_y, acc_v), LOWER, 0, FALSE, 0, 0, FALSE, 0,
    0.017120541314703197, 3.560270657351598, "substantial_progress", NAN },
  { "tourists", F (tour_y, tour_v), HIGHER, 2025, TRUE, 3000.0, 2030, FALSE, 0,
    0.35309603719540805, -1.0287547418178935, "limited_progress", NAN },
  { "deficit", F (def_y, def_v), HIGHER, 2021, TRUE, -20.0, 2030, FALSE, 0,
    0.9526071402107962, 2.5186775418116953, "substantial_progress", NAN },
  { "enrolment", F (enr_y, enr_v), HIGHER, 2023, TRUE, 99.0, 2030, FALSE, 0,
    -2.3608216991965625, -5.0, "deterioration", NAN },
  { "waste", F (waste_y, waste_v), LOWER, 0, TRUE, 7.0, 2030, FALSE, 0,
    2.200824810324643, 5.0, "target_achieved", NAN },
  { "overcrowd", F (over_y, over_v), LOWER, 0, FALSE, 0, 0, TRUE, 100,
    0.010703398362036931, 2.1168114856105835, "moderate_progress", 0.7947726214982773 },
};
#undef F

/* reference roll-ups (np.mean of the scores, get_progress_status_from_score) */
static const double rollup_all_score = 1.0998114937071481;
static const double rollup_first3_score = 1.8707184718624668;

static DosonCtrProgressResult *
run_fixture (const Fixture *f)
{
  g_autoptr (DosonCtrProgressSettings) st = make_settings (f->direction,
                                                           f->base_year != 0 ? f->base_year : 2015);

  if (f->has_target)
    doson_ctr_progress_settings_set_target (st, f->target, f->target_year);
  if (f->has_limit)
    doson_ctr_progress_settings_set_limit (st, f->limit);
  return run (OPEN_SDG, st, f->years, f->values, f->n);
}

START_TEST (test_open_sdg_reference)
{
  const Fixture *f = &fixtures[_i];
  g_autoptr (DosonCtrProgressResult) r = run_fixture (f);
  double c = UNTOUCHED;

  ck_assert_msg (strcmp (doson_ctr_status_to_string (doson_ctr_progress_result_get_status (r)),
                         f->status) == 0, "%s: status %s, expected %s", f->name,
                 doson_ctr_status_to_string (doson_ctr_progress_result_get_status (r)),
                 f->status);
  assert_progress (r, f->pv, REL);
  assert_score (r, f->score, REL);
  if (isnan (f->c))
    ck_assert (!doson_ctr_progress_result_get_limit_scale (r, &c));
  else
    {
      ck_assert (doson_ctr_progress_result_get_limit_scale (r, &c));
      assert_close (c, f->c, REL);
    }
}
END_TEST

/* ------------------------------------------------------------------ */
/* unsd-ratio                                                          */
/* ------------------------------------------------------------------ */

/* CR = CAGR_a / CAGR_r, cut-offs 0.95 / 0.5 / −0.1, one-year spans:
 * base 100, current 150, target 400 in 2022: CAGR_a 0.5, CAGR_r
 *   4^(1/2) − 1 = 1: CR = 0.5: moderate (the boundary);
 * base 64, current 102, target 104 in 2021: 0.59375 / 0.625 = 0.95:
 *   substantial (the boundary);
 * base 64, current 60: −0.0625 / 0.625 = −0.1: limited (the boundary);
 * base 64, current 59: −0.078125 / 0.625 = −0.125: deterioration. */
START_TEST (test_unsd_ratio)
{
  static const struct {
    double base, current, target;
    int target_year;
    double cr;
    DosonCtrStatus status;
  } cases[] = {
    { 100, 150, 400, 2022, 0.5, DOSON_CTR_STATUS_MODERATE_PROGRESS },
    { 64, 102, 104, 2021, 0.95, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS },
    { 64, 60, 104, 2021, -0.1, DOSON_CTR_STATUS_LIMITED_PROGRESS },
    { 64, 59, 104, 2021, -0.125, DOSON_CTR_STATUS_DETERIORATION },
  };
  static const int years[] = { 2020, 2021 };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double values[2] = { cases[i].base, cases[i].current };
      g_autoptr (DosonCtrProgressSettings) st = make_target (HIGHER, 2020, cases[i].target,
                                                             cases[i].target_year);
      g_autoptr (DosonCtrProgressResult) r = run (UNSD, st, years, values, 2);
      double cr = UNTOUCHED;

      ck_assert_int_eq (doson_ctr_progress_result_get_method (r), UNSD);
      ck_assert (doson_ctr_progress_result_get_progress (r, &cr));
      ck_assert_msg (cr == cases[i].cr, "CR %.17g, expected %.17g", cr, cases[i].cr);
      assert_status (r, cases[i].status);
      assert_no_score (r);
      assert_cutoffs (doson_ctr_progress_result_get_cutoffs (r), 0.95, 0.5, -0.1);
    }
}
END_TEST

/* Lower is better: base 400 (2020), current 200 (2021): CAGR_a = −0.5;
 * target 100 in 2022: CAGR_r = 0.25^(1/2) − 1 = −0.5; CR = 1: on track. */
START_TEST (test_unsd_ratio_lower)
{
  static const int years[] = { 2020, 2021 };
  static const double values[] = { 400, 200 };
  g_autoptr (DosonCtrProgressSettings) st = make_target (LOWER, 2020, 100, 2022);
  g_autoptr (DosonCtrProgressResult) r = run (UNSD, st, years, values, 2);

  assert_progress (r, 1, 0);
  assert_status (r, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
}
END_TEST

/* The shared rules: target achieved first; a base that already meets the
 * target and a current value that no longer does: deterioration, no CR;
 * no target, mixed signs, a target of the opposite sign to the base
 * (CAGR_r not real): not available. */
START_TEST (test_unsd_ratio_rules)
{
  static const int years[] = { 2020, 2022 };
  static const double rising[] = { 100, 130 };
  static const double mixed[] = { 5, -1 };
  static const double falling[] = { 5, 4 };
  g_autoptr (DosonCtrProgressSettings) achieved = make_target (HIGHER, 2020, 120, 2030);
  g_autoptr (DosonCtrProgressSettings) behind = make_target (LOWER, 2020, 110, 2030);
  g_autoptr (DosonCtrProgressSettings) none = make_settings (HIGHER, 2020);
  g_autoptr (DosonCtrProgressSettings) opposite = make_target (LOWER, 2020, -1, 2030);
  g_autoptr (DosonCtrProgressResult) r1 = run (UNSD, achieved, years, rising, 2);
  g_autoptr (DosonCtrProgressResult) r2 = run (UNSD, behind, years, rising, 2);
  g_autoptr (DosonCtrProgressResult) r3 = run (UNSD, none, years, rising, 2);
  g_autoptr (DosonCtrProgressResult) r4 = run (UNSD, achieved, years, mixed, 2);
  g_autoptr (DosonCtrProgressResult) r5 = run (UNSD, opposite, years, falling, 2);
  double v = UNTOUCHED;

  /* CAGR_a = 1.3^(1/2) − 1, CAGR_r = 1.2^(1/10) − 1: CR exists */
  assert_status (r1, DOSON_CTR_STATUS_TARGET_ACHIEVED);
  assert_progress (r1, (pow (1.3, 0.5) - 1) / (pow (1.2, 0.1) - 1), REL);
  assert_no_score (r1);

  assert_status (r2, DOSON_CTR_STATUS_DETERIORATION);
  assert_no_progress (r2);

  assert_status (r3, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_no_progress (r3);

  assert_status (r4, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_no_progress (r4);

  assert_status (r5, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_no_progress (r5);
  ck_assert (!doson_ctr_progress_result_get_cagr_required (r5, &v));
  ck_assert (v == UNTOUCHED);
}
END_TEST

/* ------------------------------------------------------------------ */
/* expected-value                                                      */
/* ------------------------------------------------------------------ */

/* v̂_T = v_t (1 + CAGR_a)^(T − t), P = (v̂_T − v_b) / (v_T − v_b):
 * higher, base 100 (2020), current 150 (2021), target 400 in 2023:
 *   CAGR_a = 0.5, v̂ = 150 · 1.5² = 337.5, P = 237.5 / 300
 *   = 0.7916666666666666: moderate (0.5 <= P < 0.95);
 * lower, base 400, current 200, target 100 in 2023: CAGR_a = −0.5,
 *   v̂ = 200 · 0.5² = 50, P = (50 − 400) / (100 − 400) = 1.1666666666666667:
 *   substantial;
 * lower, base 5 (2020), current 4 (2023), target −1 in 2030:
 *   CAGR_a = 0.8^(1/3) − 1 = −0.07168223327744416,
 *   v̂ = 4 · (1 + CAGR_a)^7 = 2.3764934828097437,
 *   P = (2.37649 − 5) / (−1 − 5) = 0.43725108619837605: limited. */
START_TEST (test_expected_value)
{
  static const struct {
    DosonCtrDirection direction;
    int base_year, current_year;
    double base, current, target;
    int target_year;
    double expected, p;
    DosonCtrStatus status;
  } cases[] = {
    { HIGHER, 2020, 2021, 100, 150, 400, 2023, 337.5, 0.7916666666666666, DOSON_CTR_STATUS_MODERATE_PROGRESS },
    { LOWER, 2020, 2021, 400, 200, 100, 2023, 50, 1.1666666666666667, DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS },
    { LOWER, 2020, 2023, 5, 4, -1, 2030, 2.3764934828097437, 0.43725108619837605, DOSON_CTR_STATUS_LIMITED_PROGRESS },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int years[2] = { cases[i].base_year, cases[i].current_year };
      double values[2] = { cases[i].base, cases[i].current };
      g_autoptr (DosonCtrProgressSettings) st = make_target (cases[i].direction, cases[i].base_year,
                                                             cases[i].target, cases[i].target_year);
      g_autoptr (DosonCtrProgressResult) r = run (EXPECTED, st, years, values, 2);
      g_autofree char *text = doson_ctr_progress_result_explain (r, "en");
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      assert_progress (r, cases[i].p, REL);
      assert_status (r, cases[i].status);
      assert_no_score (r);
      g_ascii_formatd (buf, sizeof buf, "%.10g", cases[i].expected);
      ck_assert_msg (strstr (text, buf) != NULL, "%s not in:\n%s", buf, text);
    }
}
END_TEST

/* A target equal to the base (v_T − v_b = 0): no P; the current value has
 * moved away from it (deterioration) or meets it (target achieved). */
START_TEST (test_expected_value_base_equals_target)
{
  static const int years[] = { 2020, 2022 };
  static const double away[] = { 50, 45 };
  static const double met[] = { 50, 52 };
  g_autoptr (DosonCtrProgressSettings) st = make_target (HIGHER, 2020, 50, 2030);
  g_autoptr (DosonCtrProgressResult) r1 = run (EXPECTED, st, years, away, 2);
  g_autoptr (DosonCtrProgressResult) r2 = run (EXPECTED, st, years, met, 2);
  g_autoptr (DosonCtrProgressSettings) none = make_settings (HIGHER, 2020);
  g_autoptr (DosonCtrProgressResult) r3 = run (EXPECTED, none, years, away, 2);

  assert_status (r1, DOSON_CTR_STATUS_DETERIORATION);
  assert_no_progress (r1);
  assert_status (r2, DOSON_CTR_STATUS_TARGET_ACHIEVED);
  assert_no_progress (r2);
  assert_status (r3, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_no_progress (r3);
}
END_TEST

/* ------------------------------------------------------------------ */
/* cut-offs                                                            */
/* ------------------------------------------------------------------ */

START_TEST (test_cutoffs_new)
{
  GError *error = NULL;
  g_autoptr (DosonCtrCutoffs) c = doson_ctr_cutoffs_new (1.2, 0.9, 0.1, &error);
  g_autoptr (DosonCtrCutoffs) copy = NULL;
  g_autoptr (DosonCtrCutoffs) d1 = doson_ctr_cutoffs_new_default (OPEN_SDG);
  g_autoptr (DosonCtrCutoffs) d2 = doson_ctr_cutoffs_new_default (UNSD);
  g_autoptr (DosonCtrCutoffs) d3 = doson_ctr_cutoffs_new_default (EXPECTED);

  ck_assert_ptr_null (error);
  assert_cutoffs (c, 1.2, 0.9, 0.1);
  copy = doson_ctr_cutoffs_copy (c);
  assert_cutoffs (copy, 1.2, 0.9, 0.1);
  assert_cutoffs (d1, 0.95, 0.6, 0);
  assert_cutoffs (d2, 0.95, 0.5, -0.1);
  assert_cutoffs (d3, 0.95, 0.5, -0.1);
  ck_assert_int_eq (doson_ctr_cutoffs_classify (c, 1.2), DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS);
  ck_assert_int_eq (doson_ctr_cutoffs_classify (c, 1.0), DOSON_CTR_STATUS_MODERATE_PROGRESS);
  ck_assert_int_eq (doson_ctr_cutoffs_classify (c, 0.1), DOSON_CTR_STATUS_LIMITED_PROGRESS);
  ck_assert_int_eq (doson_ctr_cutoffs_classify (c, 0.0999), DOSON_CTR_STATUS_DETERIORATION);
  ck_assert (g_type_is_a (DOSON_CTR_TYPE_CUTOFFS, G_TYPE_BOXED));
}
END_TEST

START_TEST (test_cutoffs_invalid)
{
  static const double bad[][3] = {
    { 0.5, 0.95, 0 },      /* not decreasing */
    { 0.95, 0.95, 0 },     /* equal */
    { 0.95, 0.6, 0.6 },    /* equal */
    { 0, 0.6, 0.95 },      /* increasing */
    { NAN, 0.6, 0 },
    { 0.95, INFINITY, 0 },
    { 0.95, 0.6, -INFINITY },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      GError *error = NULL;
      DosonCtrCutoffs *c = doson_ctr_cutoffs_new (bad[i][0], bad[i][1], bad[i][2], &error);

      ck_assert_ptr_null (c);
      ck_assert_msg (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_CUTOFFS),
                     "case %zu: wrong error", i);
      ck_assert (g_utf8_validate (error->message, -1, NULL));
      ck_assert_ptr_nonnull (strstr (error->message, "cut-offs"));
      g_clear_error (&error);
    }
}
END_TEST

/* Caller cut-offs replace the method's: open-sdg with a target, cut-offs
 * 1.2 / 0.9 / 0.1 and PV = 1 (powers of two as above): moderate instead of
 * substantial; the score formula does not change (PV >= 0.9: 2.8572).
 * Without a target they are scaled by C like the published ones:
 * limit 100, base 50, C = 0.9539290869596531, cut-offs 0.04 / 0.02 / −0.01
 * become 0.03815716347838612 / 0.01907858173919306 / −0.00953929086959653;
 * PV 0.010000000000000009: limited; score 500 · PV / C − 2.5
 * = 2.741479758140011 (sdg-build's formulas are fixed). */
START_TEST (test_cutoffs_custom)
{
  static const int y1[] = { 2020, 2022 };
  static const double v1[] = { 100, 400 };
  static const int y2[] = { 2020, 2021 };
  static const double v2[] = { 50, 50.5 };
  g_autoptr (DosonCtrCutoffs) c1 = doson_ctr_cutoffs_new (1.2, 0.9, 0.1, NULL);
  g_autoptr (DosonCtrCutoffs) c2 = doson_ctr_cutoffs_new (0.04, 0.02, -0.01, NULL);
  g_autoptr (DosonCtrProgressSettings) s1 = make_target (HIGHER, 2020, 1600, 2024);
  g_autoptr (DosonCtrProgressSettings) s2 = make_settings (HIGHER, 2020);
  g_autoptr (DosonCtrProgressSettings) s3 = NULL;
  g_autoptr (DosonCtrProgressResult) r1 = NULL;
  g_autoptr (DosonCtrProgressResult) r2 = NULL;
  g_autoptr (DosonCtrProgressResult) r3 = NULL;

  doson_ctr_progress_settings_set_cutoffs (s1, c1);
  assert_cutoffs (doson_ctr_progress_settings_get_cutoffs (s1), 1.2, 0.9, 0.1);
  r1 = run (OPEN_SDG, s1, y1, v1, 2);
  assert_status (r1, DOSON_CTR_STATUS_MODERATE_PROGRESS);
  assert_score (r1, 2.8572, 1e-12);
  assert_cutoffs (doson_ctr_progress_result_get_cutoffs (r1), 1.2, 0.9, 0.1);

  doson_ctr_progress_settings_set_cutoffs (s2, c2);
  doson_ctr_progress_settings_set_limit (s2, 100);
  r2 = run (OPEN_SDG, s2, y2, v2, 2);
  assert_cutoffs (doson_ctr_progress_result_get_cutoffs (r2),
                  0.03815716347838612, 0.01907858173919306, -0.00953929086959653);
  assert_status (r2, DOSON_CTR_STATUS_LIMITED_PROGRESS);
  assert_score (r2, 2.741479758140011, REL);

  /* unset: the method's own again; copies are independent */
  s3 = doson_ctr_progress_settings_copy (s1);
  doson_ctr_progress_settings_set_cutoffs (s1, NULL);
  ck_assert_ptr_null (doson_ctr_progress_settings_get_cutoffs (s1));
  assert_cutoffs (doson_ctr_progress_settings_get_cutoffs (s3), 1.2, 0.9, 0.1);
  r3 = run (UNSD, s3, y1, v1, 2);
  assert_cutoffs (doson_ctr_progress_result_get_cutoffs (r3), 1.2, 0.9, 0.1);
}
END_TEST

START_TEST (test_settings_accessors)
{
  g_autoptr (DosonCtrProgressSettings) st = doson_ctr_progress_settings_new ();
  double v = UNTOUCHED;
  int year = -1;

  ck_assert_int_eq (doson_ctr_progress_settings_get_direction (st), HIGHER);
  ck_assert (!doson_ctr_progress_settings_get_target (st, &v, &year));
  ck_assert (!doson_ctr_progress_settings_get_base_year (st, &year));
  ck_assert (!doson_ctr_progress_settings_get_limit (st, &v));
  ck_assert (v == UNTOUCHED && year == -1);
  ck_assert_ptr_null (doson_ctr_progress_settings_get_cutoffs (st));

  doson_ctr_progress_settings_set_direction (st, LOWER);
  doson_ctr_progress_settings_set_target (st, 12.5, 2030);
  doson_ctr_progress_settings_set_base_year (st, 2025);
  doson_ctr_progress_settings_set_limit (st, 100);
  ck_assert_int_eq (doson_ctr_progress_settings_get_direction (st), LOWER);
  ck_assert (doson_ctr_progress_settings_get_target (st, &v, &year));
  ck_assert (v == 12.5 && year == 2030);
  ck_assert (doson_ctr_progress_settings_get_base_year (st, &year));
  ck_assert_int_eq (year, 2025);
  ck_assert (doson_ctr_progress_settings_get_limit (st, &v));
  ck_assert (v == 100);

  doson_ctr_progress_settings_unset_target (st);
  doson_ctr_progress_settings_unset_base_year (st);
  doson_ctr_progress_settings_unset_limit (st);
  ck_assert (!doson_ctr_progress_settings_get_target (st, NULL, NULL));
  ck_assert (!doson_ctr_progress_settings_get_base_year (st, NULL));
  ck_assert (!doson_ctr_progress_settings_get_limit (st, NULL));
  ck_assert (g_type_is_a (DOSON_CTR_TYPE_PROGRESS_SETTINGS, G_TYPE_BOXED));
}
END_TEST

/* Every out argument of the getters is optional: with NULL the getter
 * still says whether the figure is there, and the other out argument of a
 * pair is still filled. */
START_TEST (test_optional_out_arguments)
{
  static const int years[] = { 2020, 2021 };
  static const double values[] = { 50, 50.8 };
  g_autoptr (DosonCtrProgressSettings) st = make_settings (HIGHER, 2020);
  g_autoptr (DosonCtrProgressSettings) target = make_target (LOWER, 2020, 10, 2030);
  g_autoptr (DosonCtrProgressResult) r = NULL;
  g_autoptr (DosonCtrProgressResult) with_target = NULL;
  double v = UNTOUCHED;
  int year = -1;

  doson_ctr_progress_settings_set_limit (st, 100);
  r = run (OPEN_SDG, st, years, values, 2);
  ck_assert (doson_ctr_progress_result_get_base (r, NULL, NULL));
  ck_assert (doson_ctr_progress_result_get_base (r, NULL, &v));
  ck_assert (v == 50);
  ck_assert (doson_ctr_progress_result_get_base (r, &year, NULL));
  ck_assert_int_eq (year, 2020);
  ck_assert (doson_ctr_progress_result_get_current (r, NULL, NULL));
  ck_assert (doson_ctr_progress_result_get_current (r, NULL, &v));
  ck_assert (v == 50.8);
  ck_assert (doson_ctr_progress_result_get_current (r, &year, NULL));
  ck_assert_int_eq (year, 2021);
  ck_assert (doson_ctr_progress_result_get_cagr_actual (r, NULL));
  ck_assert (doson_ctr_progress_result_get_progress (r, NULL));
  ck_assert (doson_ctr_progress_result_get_score (r, NULL));
  ck_assert (doson_ctr_progress_result_get_limit_scale (r, NULL));
  ck_assert (!doson_ctr_progress_result_get_cagr_required (r, NULL));

  with_target = run (OPEN_SDG, target, years, values, 2);
  ck_assert (doson_ctr_progress_result_get_cagr_required (with_target, NULL));
  ck_assert (!doson_ctr_progress_result_get_limit_scale (with_target, NULL));

  ck_assert (doson_ctr_progress_settings_get_target (target, NULL, &year));
  ck_assert_int_eq (year, 2030);
  ck_assert (doson_ctr_progress_settings_get_target (target, &v, NULL));
  ck_assert (v == 10);
}
END_TEST

/* ------------------------------------------------------------------ */
/* roll-up                                                             */
/* ------------------------------------------------------------------ */

/* Scores 2.8572 (PV 1), 5 (achieved), −0.41665 (PV 0.5):
 * mean = (2.8571999999999997 + 5 − 0.4166500000000002) / 3
 *      = 2.480183333333333 in [0, 2.5): moderate progress; not every series
 * achieved its target.  A series without a score (mixed signs) is left
 * out of the mean. */
START_TEST (test_rollup_mean)
{
  static const int y4[] = { 2020, 2022 };
  static const double va[] = { 100, 400 };
  static const double vg[] = { 100, 90 };
  static const int yc[] = { 2020, 2021 };
  static const double vc[] = { 100, 150 };
  static const double vm[] = { 5, -1 };
  g_autoptr (DosonCtrProgressSettings) sa = make_target (HIGHER, 2020, 1600, 2024);
  g_autoptr (DosonCtrProgressSettings) sg = make_target (HIGHER, 2020, 80, 2030);
  g_autoptr (DosonCtrProgressSettings) sc = make_target (HIGHER, 2020, 400, 2022);
  g_autoptr (DosonCtrProgressSettings) sm = make_settings (HIGHER, 2020);
  DosonCtrProgressResult *rs[4];
  g_autoptr (DosonCtrProgressResult) roll = NULL;
  g_autofree char *text = NULL;
  double v = UNTOUCHED;
  int i;

  rs[0] = run (OPEN_SDG, sa, y4, va, 2);
  rs[1] = run (OPEN_SDG, sg, y4, vg, 2);
  rs[2] = run (OPEN_SDG, sc, yc, vc, 2);
  rs[3] = run (OPEN_SDG, sm, y4, vm, 2);
  roll = doson_ctr_progress_combine (rs, 4);

  ck_assert_int_eq (doson_ctr_progress_result_get_method (roll), OPEN_SDG);
  assert_score (roll, 2.480183333333333, REL);
  assert_status (roll, DOSON_CTR_STATUS_MODERATE_PROGRESS);
  assert_no_progress (roll);
  ck_assert (!doson_ctr_progress_result_get_base (roll, NULL, NULL));
  ck_assert (!doson_ctr_progress_result_get_cagr_actual (roll, &v));
  assert_cutoffs (doson_ctr_progress_result_get_cutoffs (roll), 2.5, 0, -2.5);
  text = doson_ctr_progress_result_explain (roll, "en");
  ck_assert_ptr_nonnull (strstr (text, "3 / 4"));

  for (i = 0; i < 4; i++)
    doson_ctr_progress_result_free (rs[i]);
}
END_TEST

/* The mean of many scores is numpy's (np.mean, pairwise summation), not a
 * running sum.  Scores 2.8571999999999997, 5 and −0.4166500000000002 (the
 * three scored series of test_rollup_mean) repeated in turn; the expected
 * means were computed with numpy 1.24.2, np.mean(np.array([S[i % 3] for i
 * in range(n)])); a running sum gives 2.503746875, 2.4839535,
 * 2.480183333333332 and 2.480560349999994. */
START_TEST (test_rollup_mean_pairwise)
{
  static const struct { gsize n; double mean; } cases[] = {
    { 16, 2.5037468749999996 },
    { 100, 2.4839534999999997 },
    { 129, 2.4801833333333327 },
    { 1000, 2.4805603499999993 },
  };
  static const int y4[] = { 2020, 2022 };
  static const double va[] = { 100, 400 };
  static const double vg[] = { 100, 90 };
  static const int yc[] = { 2020, 2021 };
  static const double vc[] = { 100, 150 };
  g_autoptr (DosonCtrProgressSettings) sa = make_target (HIGHER, 2020, 1600, 2024);
  g_autoptr (DosonCtrProgressSettings) sg = make_target (HIGHER, 2020, 80, 2030);
  g_autoptr (DosonCtrProgressSettings) sc = make_target (HIGHER, 2020, 400, 2022);
  g_autoptr (DosonCtrProgressResult) ra = run (OPEN_SDG, sa, y4, va, 2);
  g_autoptr (DosonCtrProgressResult) rg = run (OPEN_SDG, sg, y4, vg, 2);
  g_autoptr (DosonCtrProgressResult) rc = run (OPEN_SDG, sc, yc, vc, 2);
  DosonCtrProgressResult *three[3] = { ra, rg, rc };
  DosonCtrProgressResult *rs[1000];
  gsize i, k;

  for (i = 0; i < G_N_ELEMENTS (rs); i++)
    rs[i] = three[i % 3];

  for (k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr (DosonCtrProgressResult) roll = doson_ctr_progress_combine (rs, cases[k].n);
      double score = UNTOUCHED;

      ck_assert (doson_ctr_progress_result_get_score (roll, &score));
      ck_assert_msg (score == cases[k].mean, "n = %zu: mean %.17g, expected %.17g",
                     cases[k].n, score, cases[k].mean);
    }
}
END_TEST

/* Every scored series achieved its target: target achieved, mean 5. */
START_TEST (test_rollup_all_achieved)
{
  static const int years[] = { 2020, 2022 };
  static const double v1[] = { 100, 90 };
  static const double v2[] = { 10, 12 };
  g_autoptr (DosonCtrProgressSettings) s1 = make_target (HIGHER, 2020, 80, 2030);
  g_autoptr (DosonCtrProgressSettings) s2 = make_target (HIGHER, 2020, 11, 2030);
  g_autoptr (DosonCtrProgressResult) r1 = run (OPEN_SDG, s1, years, v1, 2);
  g_autoptr (DosonCtrProgressResult) r2 = run (OPEN_SDG, s2, years, v2, 2);
  DosonCtrProgressResult *rs[2] = { r1, r2 };
  g_autoptr (DosonCtrProgressResult) roll = doson_ctr_progress_combine (rs, 2);

  assert_status (roll, DOSON_CTR_STATUS_TARGET_ACHIEVED);
  assert_score (roll, 5, 0);
}
END_TEST

/* Nothing to roll up: no results, or none with a score (unsd-ratio results
 * never have one). */
START_TEST (test_rollup_empty)
{
  static const int years[] = { 2020, 2021 };
  static const double values[] = { 100, 150 };
  g_autoptr (DosonCtrProgressResult) r0 = doson_ctr_progress_combine (NULL, 0);
  g_autoptr (DosonCtrProgressSettings) st = make_target (HIGHER, 2020, 400, 2022);
  g_autoptr (DosonCtrProgressResult) u = run (UNSD, st, years, values, 2);
  DosonCtrProgressResult *rs[1] = { u };
  g_autoptr (DosonCtrProgressResult) r1 = doson_ctr_progress_combine (rs, 1);
  g_autofree char *text = doson_ctr_progress_result_explain (r0, "en");

  assert_status (r0, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_no_score (r0);
  assert_status (r1, DOSON_CTR_STATUS_NOT_AVAILABLE);
  assert_no_score (r1);
  ck_assert_ptr_nonnull (strstr (text, "Score: absent"));
}
END_TEST

/* The reference roll-ups: eleven series (numpy's 8-way pairwise sum) and
 * the first three (a plain sum). */
START_TEST (test_rollup_reference)
{
  DosonCtrProgressResult *rs[G_N_ELEMENTS (fixtures)];
  g_autoptr (DosonCtrProgressResult) all = NULL;
  g_autoptr (DosonCtrProgressResult) first3 = NULL;
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (fixtures); i++)
    rs[i] = run_fixture (&fixtures[i]);
  all = doson_ctr_progress_combine (rs, G_N_ELEMENTS (fixtures));
  first3 = doson_ctr_progress_combine (rs, 3);

  assert_score (all, rollup_all_score, REL);
  assert_status (all, DOSON_CTR_STATUS_MODERATE_PROGRESS);
  assert_score (first3, rollup_first3_score, REL);
  assert_status (first3, DOSON_CTR_STATUS_MODERATE_PROGRESS);

  for (i = 0; i < G_N_ELEMENTS (fixtures); i++)
    doson_ctr_progress_result_free (rs[i]);
}
END_TEST

/* ------------------------------------------------------------------ */
/* strings                                                             */
/* ------------------------------------------------------------------ */

/* The status and direction names are tested with their unit, in
 * test-types.c. */
START_TEST (test_strings_method)
{
  DosonCtrProgressMethod m = (DosonCtrProgressMethod) 7;

  ck_assert_str_eq (doson_ctr_progress_method_to_string (OPEN_SDG), "open-sdg");
  ck_assert_str_eq (doson_ctr_progress_method_to_string (UNSD), "unsd-ratio");
  ck_assert_str_eq (doson_ctr_progress_method_to_string (EXPECTED), "expected-value");
  ck_assert (doson_ctr_progress_method_from_string ("unsd-ratio", &m));
  ck_assert_int_eq (m, UNSD);
  ck_assert (doson_ctr_progress_method_from_string ("expected-value", &m));
  ck_assert_int_eq (m, EXPECTED);
  ck_assert (doson_ctr_progress_method_from_string ("open-sdg", &m));
  ck_assert_int_eq (m, OPEN_SDG);
  ck_assert (!doson_ctr_progress_method_from_string ("open_sdg", &m));
  ck_assert (!doson_ctr_progress_method_from_string ("eurostat", &m));
  ck_assert_int_eq (m, OPEN_SDG);
  ck_assert_ptr_null (doson_ctr_progress_method_to_string ((DosonCtrProgressMethod) 9));
}
END_TEST

/* The explanation lists every figure, says which are absent (never 0),
 * and comes in Vietnamese too. */
START_TEST (test_explain)
{
  static const int years[] = { 2020, 2022 };
  static const double values[] = { 100, 400 };
  static const double mixed[] = { 5, -1 };
  g_autoptr (DosonCtrProgressSettings) st = make_target (HIGHER, 2020, 1600, 2024);
  g_autoptr (DosonCtrProgressResult) r = run (OPEN_SDG, st, years, values, 2);
  g_autoptr (DosonCtrProgressResult) na = run (OPEN_SDG, st, years, mixed, 2);
  g_autofree char *en = doson_ctr_progress_result_explain (r, "en-GB");
  g_autofree char *vi = doson_ctr_progress_result_explain (r, "vi");
  g_autofree char *by_default = doson_ctr_progress_result_explain (r, NULL);
  g_autofree char *na_en = doson_ctr_progress_result_explain (na, "en");
  g_autofree char *na_vi = doson_ctr_progress_result_explain (na, "vi");

  ck_assert (g_utf8_validate (en, -1, NULL) && g_utf8_validate (vi, -1, NULL));
  ck_assert_ptr_nonnull (strstr (en, "Method: open-sdg\n"));
  ck_assert_ptr_nonnull (strstr (en, "Base: 2020, value 100\n"));
  ck_assert_ptr_nonnull (strstr (en, "Current: 2022, value 400\n"));
  ck_assert_ptr_nonnull (strstr (en, "Target: 1600 by 2024\n"));
  ck_assert_ptr_nonnull (strstr (en, "Actual growth CAGR_a: 1\n"));
  ck_assert_ptr_nonnull (strstr (en, "Required growth CAGR_r: 1\n"));
  ck_assert_ptr_nonnull (strstr (en, "Limit scale C: absent\n"));
  ck_assert_ptr_nonnull (strstr (en, "Progress value: 1\n"));
  ck_assert_ptr_nonnull (strstr (en, "Cut-offs: 0.95 / 0.6 / 0\n"));
  ck_assert_ptr_nonnull (strstr (en, "Score: 2.8572\n"));
  ck_assert_ptr_nonnull (strstr (en, "Status: substantial_progress (On track)\n"));
  ck_assert_ptr_nonnull (strstr (vi, "Phương pháp: open-sdg\n"));
  /* the default language is Vietnamese */
  ck_assert_str_eq (by_default, vi);
  ck_assert_ptr_nonnull (strstr (vi, "Trạng thái: substantial_progress (Đúng tiến độ)\n"));

  ck_assert (g_utf8_validate (na_vi, -1, NULL));
  ck_assert_ptr_nonnull (strstr (na_en, "Progress value: absent (the base and current values have opposite signs)\n"));
  ck_assert_ptr_nonnull (strstr (na_en, "Actual growth CAGR_a: absent\n"));
  ck_assert_ptr_nonnull (strstr (na_en, "Score: absent\n"));
  ck_assert_ptr_null (strstr (na_en, "Score: 0"));
  ck_assert_ptr_null (strstr (na_en, "Progress value: 0"));
  ck_assert_ptr_nonnull (strstr (na_vi, "Giá trị tiến độ: không có (giá trị năm gốc và giá trị hiện tại trái dấu)\n"));
  ck_assert_ptr_nonnull (strstr (na_vi, "Trạng thái: not_available (Chưa đủ số liệu)\n"));
}
END_TEST

/* A target of the opposite sign to the base has no real CAGR_r: the
 * explanation gives the modulus that stands for |CAGR_r|,
 * |(−1/100)^(1/10) − 1| = 0.44492132181898153 (Python's complex power).
 * Locale-style language tags (vi_VN, vi-VN) choose Vietnamese. */
START_TEST (test_explain_opposite_sign_target)
{
  static const int years[] = { 2020, 2022 };
  static const double values[] = { 100, 90 };
  g_autoptr (DosonCtrProgressSettings) st = make_target (LOWER, 2020, -1, 2030);
  g_autoptr (DosonCtrProgressResult) r = run (OPEN_SDG, st, years, values, 2);
  g_autofree char *en = doson_ctr_progress_result_explain (r, "en");
  g_autofree char *vi = doson_ctr_progress_result_explain (r, "vi");
  g_autofree char *vi_vn = doson_ctr_progress_result_explain (r, "vi_VN");
  g_autofree char *vi_dash = doson_ctr_progress_result_explain (r, "vi-VN");
  g_autofree char *vietnamese = doson_ctr_progress_result_explain (r, "vie");
  double v = UNTOUCHED;

  ck_assert (!doson_ctr_progress_result_get_cagr_required (r, &v));
  ck_assert (v == UNTOUCHED);
  ck_assert (doson_ctr_progress_result_get_progress (r, NULL));
  ck_assert_ptr_nonnull (strstr (en, "Required growth CAGR_r: not a real number (target and "
                                     "base of opposite signs); its modulus, used as |CAGR_r|: "
                                     "0.4449213218\n"));
  ck_assert_str_eq (vi_vn, vi);
  ck_assert_str_eq (vi_dash, vi);
  ck_assert_str_ne (vi, en);
  ck_assert_str_eq (vietnamese, en);
}
END_TEST

/* ------------------------------------------------------------------ */
/* errors                                                              */
/* ------------------------------------------------------------------ */

START_TEST (test_errors_not_finite)
{
  static const int years[] = { 2020, 2021, 2022 };
  static const double nan_values[] = { 1, NAN, 3 };
  static const double inf_values[] = { 1, 2, -INFINITY };
  GError *error = NULL;
  DosonCtrProgressResult *r;

  r = doson_ctr_progress_compute (OPEN_SDG, NULL, years, nan_values, 3, &error);
  ck_assert_ptr_null (r);
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE));
  ck_assert_ptr_nonnull (strstr (error->message, "2021"));
  ck_assert (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);

  r = doson_ctr_progress_compute (UNSD, NULL, years, inf_values, 3, &error);
  ck_assert_ptr_null (r);
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE));
  ck_assert_ptr_nonnull (strstr (error->message, "2022"));
  g_clear_error (&error);
}
END_TEST

START_TEST (test_errors_duplicate_year)
{
  static const int years[] = { 2020, 2023, 2021, 2023 };
  static const double values[] = { 1, 2, 3, 4 };
  GError *error = NULL;
  DosonCtrProgressResult *r;

  r = doson_ctr_progress_compute (OPEN_SDG, NULL, years, values, 4, &error);
  ck_assert_ptr_null (r);
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
  ck_assert_ptr_nonnull (strstr (error->message, "2023"));
  g_clear_error (&error);
}
END_TEST

/* No observations is not an error: a result with nothing in it. */
START_TEST (test_errors_empty)
{
  GError *error = NULL;
  g_autoptr (DosonCtrProgressResult) r =
    doson_ctr_progress_compute (EXPECTED, NULL, NULL, NULL, 0, &error);
  g_autoptr (DosonCtrProgressResult) copy = NULL;

  ck_assert_ptr_nonnull (r);
  ck_assert_ptr_null (error);
  assert_status (r, DOSON_CTR_STATUS_NOT_AVAILABLE);
  ck_assert (!doson_ctr_progress_result_get_current (r, NULL, NULL));
  assert_no_progress (r);
  copy = doson_ctr_progress_result_copy (r);
  assert_status (copy, DOSON_CTR_STATUS_NOT_AVAILABLE);
  ck_assert_int_eq (doson_ctr_progress_result_get_method (copy), EXPECTED);
  ck_assert (g_type_is_a (DOSON_CTR_TYPE_PROGRESS_RESULT, G_TYPE_BOXED));
}
END_TEST

static Suite *
progress_suite (void)
{
  Suite *s = suite_create ("progress");
  TCase *tc;

  tc = tcase_create ("open-sdg");
  tcase_add_test (tc, test_open_sdg_target_substantial);
  tcase_add_test (tc, test_open_sdg_target_moderate);
  tcase_add_test (tc, test_open_sdg_target_branches);
  tcase_add_test (tc, test_open_sdg_target_lower);
  tcase_add_test (tc, test_open_sdg_target_achieved_adverse);
  tcase_add_test (tc, test_open_sdg_base_equals_target);
  tcase_add_test (tc, test_open_sdg_zero_base);
  tcase_add_test (tc, test_open_sdg_zero_target);
  tcase_add_test (tc, test_open_sdg_negative_base);
  tcase_add_test (tc, test_open_sdg_mixed_signs);
  tcase_add_test (tc, test_open_sdg_one_year);
  tcase_add_test (tc, test_open_sdg_missing_base_year);
  tcase_add_test (tc, test_open_sdg_base_after_data);
  tcase_add_test (tc, test_open_sdg_target_year_not_after_base);
  tcase_add_test (tc, test_open_sdg_no_target);
  tcase_add_test (tc, test_open_sdg_limit);
  tcase_add_test (tc, test_open_sdg_limit_ignored_with_target);
  tcase_add_test (tc, test_open_sdg_zero_progress);
  tcase_add_test (tc, test_open_sdg_boundaries);
  tcase_add_test (tc, test_open_sdg_order);
  tcase_add_loop_test (tc, test_open_sdg_reference, 0, G_N_ELEMENTS (fixtures));
  suite_add_tcase (s, tc);

  tc = tcase_create ("unsd");
  tcase_add_test (tc, test_unsd_ratio);
  tcase_add_test (tc, test_unsd_ratio_lower);
  tcase_add_test (tc, test_unsd_ratio_rules);
  suite_add_tcase (s, tc);

  tc = tcase_create ("expected-value");
  tcase_add_test (tc, test_expected_value);
  tcase_add_test (tc, test_expected_value_base_equals_target);
  suite_add_tcase (s, tc);

  tc = tcase_create ("cutoffs");
  tcase_add_test (tc, test_cutoffs_new);
  tcase_add_test (tc, test_cutoffs_invalid);
  tcase_add_test (tc, test_cutoffs_custom);
  tcase_add_test (tc, test_settings_accessors);
  tcase_add_test (tc, test_optional_out_arguments);
  suite_add_tcase (s, tc);

  tc = tcase_create ("rollup");
  tcase_add_test (tc, test_rollup_mean);
  tcase_add_test (tc, test_rollup_mean_pairwise);
  tcase_add_test (tc, test_rollup_all_achieved);
  tcase_add_test (tc, test_rollup_empty);
  tcase_add_test (tc, test_rollup_reference);
  suite_add_tcase (s, tc);

  tc = tcase_create ("strings");
  tcase_add_test (tc, test_strings_method);
  tcase_add_test (tc, test_explain);
  tcase_add_test (tc, test_explain_opposite_sign_target);
  suite_add_tcase (s, tc);

  tc = tcase_create ("errors");
  tcase_add_test (tc, test_errors_not_finite);
  tcase_add_test (tc, test_errors_duplicate_year);
  tcase_add_test (tc, test_errors_empty);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return test_run_suite (progress_suite ());
}
