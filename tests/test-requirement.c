/* test-requirement.c: what a target not yet achieved still needs, where
 * the pace leads, and both in words
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every case builds a programme of one indicator "x" with the public API
 * (term 2025-2030, baseline 2025) and checks figures worked out by hand in
 * the comments.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "doson-ctr-test.h"

#define TOL 1e-9

/* ------------------------------------------------------------------ */
/* Building the one indicator and its assessment                       */
/* ------------------------------------------------------------------ */

typedef struct
{
  DosonCtrProgram          *program;
  DosonCtrIndicator        *indicator;    /* the program's */
  DosonCtrTargetAssessment *a;            /* a copy */
} Case;

/* Assesses @t (taken) on an indicator "x" of @measure and @direction, in
 * @unit (Vietnamese and English), with the pairs of year and value that
 * follow, ended by year 0, as of @as_of. */
static void
case_init (Case              *c,
           DosonCtrMeasure    measure,
           DosonCtrDirection  direction,
           const char        *unit_vi,
           const char        *unit_en,
           DosonCtrTarget    *t,
           int                as_of,
           ...)
{
  g_autoptr (DosonCtrMeasurementSet) m = doson_ctr_measurement_set_new ();
  g_autoptr (DosonCtrAssessment) assessment = NULL;
  g_autoptr (DosonCtrResponsibleUnit) u = doson_ctr_responsible_unit_new ("u");
  g_autoptr (DosonCtrGoal) g = doson_ctr_goal_new ("g");
  DosonCtrIndicator *ind = doson_ctr_indicator_new ("x");
  GError *error = NULL;
  GPtrArray *results;
  va_list ap;
  int year;

  c->program = doson_ctr_program_new ("p", 2025, 2030, 2025);
  doson_ctr_program_set_title (c->program, "vi", "Chương trình thử");
  doson_ctr_responsible_unit_set_name (u, "vi", "Đơn vị");
  ck_assert (doson_ctr_program_add_unit (c->program, u, &error));
  doson_ctr_goal_set_title (g, "vi", "Mục I");
  ck_assert (doson_ctr_program_add_goal (c->program, g, &error));
  doson_ctr_indicator_set_name (ind, "vi", "x");
  doson_ctr_indicator_set_measure (ind, measure);
  doson_ctr_indicator_set_direction (ind, direction);
  doson_ctr_indicator_set_goal_id (ind, "g");
  doson_ctr_indicator_add_lead_unit (ind, "u");
  if (unit_vi != NULL)
    {
      doson_ctr_indicator_set_unit (ind, "vi", unit_vi);
      doson_ctr_indicator_set_unit (ind, "en", unit_en);
    }
  doson_ctr_indicator_add_target (ind, t);
  doson_ctr_target_free (t);
  ck_assert_msg (doson_ctr_program_add_indicator (c->program, ind, &error),
                 "%s", error != NULL ? error->message : "");
  c->indicator = ind;
  g_object_unref (ind);

  va_start (ap, as_of);
  for (year = va_arg (ap, int); year != 0; year = va_arg (ap, int))
    ck_assert (doson_ctr_measurement_set_add_value (m, "x", year, NULL, va_arg (ap, double), &error));
  va_end (ap);

  assessment = doson_ctr_assessment_new (c->program, m, as_of, NULL, &error);
  ck_assert_msg (assessment != NULL, "%s", error != NULL ? error->message : "");
  results = doson_ctr_assessment_get_results (assessment);
  ck_assert_uint_eq (results->len, 1);
  /* a copy, which must outlive the assessment with its figures */
  c->a = doson_ctr_target_assessment_copy (g_ptr_array_index (results, 0));
}

static void
case_clear (Case *c)
{
  doson_ctr_target_assessment_free (c->a);
  g_object_unref (c->program);
}

static const DosonCtrRequirement *
requirement (const Case              *c,
             DosonCtrRequirementKind  kind,
             DosonCtrRequirementReason reason)
{
  const DosonCtrRequirement *r = doson_ctr_target_assessment_get_requirement (c->a);

  ck_assert_ptr_nonnull (r);
  ck_assert_str_eq (doson_ctr_requirement_kind_to_string (doson_ctr_requirement_get_kind (r)),
                    doson_ctr_requirement_kind_to_string (kind));
  ck_assert_str_eq (doson_ctr_requirement_reason_to_string (doson_ctr_requirement_get_reason (r)),
                    doson_ctr_requirement_reason_to_string (reason));
  return r;
}

static void
assert_years (const DosonCtrRequirement *r,
              int                        from,
              int                        to)
{
  int f = 0, t = 0;

  ck_assert (doson_ctr_requirement_get_years (r, &f, &t));
  ck_assert_int_eq (f, from);
  ck_assert_int_eq (t, to);
}

static void
assert_per_year (const DosonCtrRequirement *r,
                 double                     expected)
{
  double v = UNTOUCHED;

  ck_assert (doson_ctr_requirement_get_per_year (r, &v));
  assert_close (v, expected, TOL);
}

static void
assert_total (const DosonCtrRequirement *r,
              double                     expected)
{
  double v = UNTOUCHED;

  ck_assert (doson_ctr_requirement_get_total (r, &v));
  assert_close (v, expected, TOL);
}

static void
assert_no_per_year_or_total (const DosonCtrRequirement *r)
{
  double v = UNTOUCHED;

  ck_assert (!doson_ctr_requirement_get_per_year (r, &v));
  ck_assert (!doson_ctr_requirement_get_total (r, &v));
  ck_assert (v == UNTOUCHED);
}

/* The projection to 2030: @value, @figure and whether it meets. */
static void
assert_projection (const Case *c,
                   double      value,
                   double      figure,
                   gboolean    meets)
{
  const DosonCtrProjection *p = doson_ctr_target_assessment_get_projection (c->a);
  double v = UNTOUCHED, f = UNTOUCHED;
  gboolean m = !meets;

  ck_assert_ptr_nonnull (p);
  ck_assert_int_eq (doson_ctr_projection_get_reason (p), DOSON_CTR_REQUIREMENT_REASON_NONE);
  ck_assert_int_eq (doson_ctr_projection_get_year (p), 2030);
  ck_assert (doson_ctr_projection_get_value (p, &v));
  assert_close (v, value, TOL);
  ck_assert (doson_ctr_projection_get_figure (p, &f));
  assert_close (f, figure, TOL);
  ck_assert (doson_ctr_projection_get_meets (p, &m));
  ck_assert_int_eq (m, meets);
}

/* No projection, for @reason; nothing is touched. */
static void
assert_no_projection (const Case                *c,
                      DosonCtrRequirementReason  reason)
{
  const DosonCtrProjection *p = doson_ctr_target_assessment_get_projection (c->a);
  double v = UNTOUCHED;
  gboolean m = 7;

  ck_assert_ptr_nonnull (p);
  ck_assert_str_eq (doson_ctr_requirement_reason_to_string (doson_ctr_projection_get_reason (p)),
                    doson_ctr_requirement_reason_to_string (reason));
  ck_assert (!doson_ctr_projection_get_value (p, &v));
  ck_assert (!doson_ctr_projection_get_figure (p, &v));
  ck_assert (!doson_ctr_projection_get_meets (p, &m));
  ck_assert (v == UNTOUCHED);
  ck_assert_int_eq (m, 7);
}

static void
assert_words (const Case *c,
              const char *lang,
              const char *expected)
{
  g_autofree char *words = doson_ctr_target_assessment_describe_needs (c->a, c->indicator, lang);

  ck_assert_str_eq (words, expected);
}

/* The explanation of the assessment in @lang holds @lines. */
static void
assert_explained_in (const Case *c,
                     const char *lang,
                     const char *lines)
{
  g_autofree char *text = doson_ctr_target_assessment_explain (c->a, lang);

  ck_assert_msg (strstr (text, lines) != NULL, "%s", text);
}

/* The same, in English. */
static void
assert_explained (const Case *c,
                  const char *lines)
{
  assert_explained_in (c, "en", lines);
}

/* The explanation in @lang holds no id but where one is labelled as an
 * id for developers: "(mã: growth-floor)", "(id: growth-floor)". */
static void
assert_explained_without_bare_ids (const Case *c,
                                   const char *lang)
{
  static const char * const ids[] = {
    "growth-rate", "yearly-change", "each-year", "[", "_progress (",
    "Status: moderate_progress", "Trạng thái: moderate_progress",
  };
  g_autofree char *text = doson_ctr_target_assessment_explain (c->a, lang);
  guint i;

  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    ck_assert_msg (strstr (text, ids[i]) == NULL, "%s in %s", ids[i], text);
}

/* ------------------------------------------------------------------ */
/* Average growth                                                      */
/* ------------------------------------------------------------------ */

/* grdp-industry: 17–19 %/yr from 2025; 1,150 in 2025, 1,288 in 2026,
 * 1,443 in 2027.  Reaching 17 %/yr over the term means 1,150 · 1.17^5 =
 * 1,150 · 2.1924480357 = 2,521.315241 in 2030, and from 1,443 in the
 * three years left (2,521.315241 / 1,443)^(1/3) − 1 = 0.2044449 a year.
 * The pace so far, (1,443 / 1,150)^(1/2) − 1 = 0.1201708 a year, gives
 * 1,443 · 1.1201708^3 = 2,028.2387 in 2030, short of the target. */
START_TEST (test_growth_rate)
{
  Case c;
  const DosonCtrRequirement *r;
  double low = 0.17, high = 0.19;
  GError *error = NULL;
  DosonCtrTarget *t = doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH, low, high,
                                                  DOSON_CTR_RANGE_MODE_FLOOR_STRETCH, &error);
  double rate = sqrt (1443.0 / 1150.0) - 1;

  ck_assert_ptr_nonnull (t);
  case_init (&c, DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_HIGHER, "tỷ đồng", "billion VND", t, 2027,
             2025, 1150.0, 2026, 1288.0, 2027, 1443.0, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_GROWTH_RATE, DOSON_CTR_REQUIREMENT_REASON_NONE);
  ck_assert (doson_ctr_requirement_is_reachable (r));
  assert_years (r, 2028, 2030);
  assert_total (r, 1150 * pow (1.17, 5));
  assert_close (1150 * pow (1.17, 5), 2521.315241055, 1e-6);
  assert_per_year (r, cbrt (1150 * pow (1.17, 5) / 1443) - 1);
  assert_close (cbrt (1150 * pow (1.17, 5) / 1443) - 1, 0.2044449, 1e-7);
  assert_projection (&c, 1443 * pow (1 + rate, 3), rate, FALSE);
  assert_close (1443 * pow (1 + rate, 3), 2028.2387, 1e-4);

  assert_words (&c, "vi",
                "cần tăng ≥ 20,4 %/năm giai đoạn 2028–2030 để đạt 2.521,3 tỷ đồng vào năm 2030; "
                "theo nhịp hiện nay (tăng 12,0 %/năm), năm 2030 đạt 2.028,2 tỷ đồng (không đạt mục tiêu)");
  assert_words (&c, "en",
                "needs growth of ≥ 20.4 %/yr over 2028–2030 to reach 2,521.3 billion VND in 2030; "
                "at the current pace (growth of 12.0 %/yr), 2030 reaches 2,028.2 billion VND "
                "(does not meet the target)");
  /* --explain says what is needed in words, and labels the ids */
  assert_explained_in (&c, "vi", "Còn cần: tốc độ tăng bình quân 2028–2030, mỗi năm ");
  assert_explained_in (&c, "vi", " (mã: growth-floor)\n");
  assert_explained_in (&c, "vi", "Trạng thái: Cần đẩy nhanh (mã: moderate_progress)\n");
  assert_explained_in (&c, "en", "Still needed: average growth 2028–2030, per year ");
  assert_explained_in (&c, "en", " (id: growth-floor)\n");
  assert_explained_without_bare_ids (&c, "vi");
  assert_explained_without_bare_ids (&c, "en");
  case_clear (&c);
}
END_TEST

/* 19 %/yr from 1,000 in 2025, and 1,416 in 2027: the pace so far,
 * 1.416^(1/2) − 1 = 18.996 %/yr, misses 19 % by a hair, and says so with
 * the decimals it takes (one would read "19,0 %"). */
START_TEST (test_growth_pace_near_floor)
{
  Case c;

  case_init (&c, DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_HIGHER, NULL, NULL,
             test_target (DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH, DOSON_CTR_COMPARATOR_AT_LEAST, 0.19), 2027,
             2025, 1000.0, 2027, 1416.0, 0);
  assert_close (sqrt (1.416) - 1, 0.18995, 1e-4);
  assert_projection (&c, 1416 * pow (1.416, 1.5), sqrt (1.416) - 1, FALSE);
  assert_words (&c, "vi",
                "cần tăng ≥ 19,0 %/năm giai đoạn 2028–2030 để đạt 2.386,4 vào năm 2030; "
                "theo nhịp hiện nay (tăng 18,996 %/năm), năm 2030 đạt 2.385,9 (không đạt mục tiêu)");
  case_clear (&c);
}
END_TEST

/* A base of 0: no rate can be measured from it, so neither the rate
 * needed nor the pace exists. */
START_TEST (test_growth_zero_base)
{
  Case c;
  const DosonCtrRequirement *r;
  int from = 0, to = 0;

  case_init (&c, DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_HIGHER, NULL, NULL,
             test_target (DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH, DOSON_CTR_COMPARATOR_AT_LEAST, 0.10), 2027,
             2025, 0.0, 2027, 5.0, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_GROWTH_RATE, DOSON_CTR_REQUIREMENT_REASON_ZERO_BASE);
  ck_assert (doson_ctr_requirement_is_reachable (r));
  assert_no_per_year_or_total (r);
  ck_assert (doson_ctr_requirement_get_years (r, &from, &to));
  ck_assert_int_eq (to, 2030);
  assert_no_projection (&c, DOSON_CTR_REQUIREMENT_REASON_ZERO_BASE);
  assert_words (&c, "vi",
                "chưa tính được tốc độ cần đạt: không tính được tốc độ tăng từ giá trị 0; "
                "chưa dự báo được theo nhịp hiện nay: không tính được tốc độ tăng từ giá trị 0");
  assert_words (&c, "en",
                "the rate needed cannot be worked out: growth cannot be measured from 0; "
                "no projection at the current pace: growth cannot be measured from 0");
  assert_explained (&c, "Still needed: average growth 2028–2030 (id: zero-base)\n"
                        "At the current pace: 2030 (id: zero-base)\n");
  case_clear (&c);
}
END_TEST

/* 50 %/yr from 100 in 2025 is 100 · 1.5^5 = 759.375 in 2030; still at 100
 * in 2029, the one year left needs 759.375 / 100 − 1 = 6.59375, far above
 * a doubling: the target can no longer be reached. */
START_TEST (test_growth_unreachable)
{
  Case c;
  const DosonCtrRequirement *r;

  case_init (&c, DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_HIGHER, NULL, NULL,
             test_target (DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH, DOSON_CTR_COMPARATOR_AT_LEAST, 0.5), 2029,
             2025, 100.0, 2029, 100.0, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_GROWTH_RATE, DOSON_CTR_REQUIREMENT_REASON_IMPLAUSIBLE_RATE);
  ck_assert (!doson_ctr_requirement_is_reachable (r));
  assert_years (r, 2030, 2030);
  assert_total (r, 759.375);
  assert_per_year (r, 6.59375);
  /* no growth at all so far: 100 in 2030, not 50 %/yr */
  assert_projection (&c, 100, 0, FALSE);
  assert_words (&c, "en",
                "needs growth of ≥ 659.4 %/yr in 2030 to reach 759.4 in 2030: no longer reachable, "
                "as no plausible rate (a rise of up to 100 %/yr, a fall of up to 50 %/yr) gets there; "
                "at the current pace (growth of 0.0 %/yr), 2030 reaches 100 (does not meet the target)");
  case_clear (&c);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Year on year                                                        */
/* ------------------------------------------------------------------ */

/* Offences must fall by at least 5 % a year: 100, 96, 97 in 2025–2027.
 * Each year left needs −5 %; the pace so far, (97 / 100)^(1/2) − 1 =
 * −0.0151134 a year, gives 97 · 0.97^(3/2) = 92.66756 in 2030 and does
 * not meet the target. */
START_TEST (test_yearly_change)
{
  Case c;
  const DosonCtrRequirement *r;
  double v = UNTOUCHED;

  case_init (&c, DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER, "vụ", "cases",
             test_target (DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR, DOSON_CTR_COMPARATOR_AT_MOST, -0.05), 2027,
             2025, 100.0, 2026, 96.0, 2027, 97.0, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_YEARLY_CHANGE, DOSON_CTR_REQUIREMENT_REASON_NONE);
  assert_years (r, 2028, 2030);
  assert_per_year (r, -0.05);
  ck_assert (!doson_ctr_requirement_get_total (r, &v));
  assert_projection (&c, 97 * pow (0.97, 1.5), sqrt (0.97) - 1, FALSE);
  assert_close (97 * pow (0.97, 1.5), 92.66756, 1e-5);
  assert_words (&c, "vi",
                "cần giảm ≥ 5,0 % mỗi năm, giai đoạn 2028–2030; "
                "theo nhịp hiện nay (giảm 1,5 %/năm), năm 2030 đạt 92,7 vụ (không đạt mục tiêu)");
  assert_words (&c, "en",
                "needs a fall of ≥ 5.0 % each year over 2028–2030; "
                "at the current pace (a fall of 1.5 %/yr), 2030 reaches 92.7 cases (does not meet the target)");
  case_clear (&c);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Cumulative and counts                                               */
/* ------------------------------------------------------------------ */

/* At least 2 organisations founded over 2026–2030: 1 in 2026, 0 in 2027.
 * 2 − 1 = 1 more is needed in 2028–2030, 1/3 a year; at the mean of 1/2
 * a year so far, 1 + 3 · 0.5 = 2.5 by 2030, which meets the target. */
START_TEST (test_cumulative)
{
  Case c;
  const DosonCtrRequirement *r;

  case_init (&c, DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER, "tổ chức", "organisations",
             test_target (DOSON_CTR_TARGET_KIND_CUMULATIVE, DOSON_CTR_COMPARATOR_AT_LEAST, 2), 2027,
             2026, 1.0, 2027, 0.0, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_AMOUNT, DOSON_CTR_REQUIREMENT_REASON_NONE);
  assert_years (r, 2028, 2030);
  assert_total (r, 1);
  assert_per_year (r, 1.0 / 3);
  assert_projection (&c, 2.5, 2.5, TRUE);
  assert_words (&c, "vi",
                "cần thêm 1 tổ chức đến năm 2030; "
                "theo nhịp hiện nay, lũy kế đến năm 2030 đạt 2,5 tổ chức (đạt mục tiêu)");
  case_clear (&c);
}
END_TEST

/* More than 2 organisations, with 1 so far: a count that must pass 2
 * needs 3, so 2 more. */
START_TEST (test_cumulative_strict_count)
{
  Case c;
  const DosonCtrRequirement *r;

  case_init (&c, DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER, "tổ chức", "organisations",
             test_target (DOSON_CTR_TARGET_KIND_CUMULATIVE, DOSON_CTR_COMPARATOR_MORE_THAN, 2), 2027,
             2026, 1.0, 2027, 0.0, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_AMOUNT, DOSON_CTR_REQUIREMENT_REASON_NONE);
  assert_total (r, 2);
  assert_per_year (r, 2.0 / 3);
  case_clear (&c);
}
END_TEST

/* A cap of 10 over the term, with 6 + 7 = 13 by 2027: already past it,
 * so it can no longer be met, whatever comes; the room left is
 * 10 − 13 = −3. */
START_TEST (test_cumulative_cap_exceeded)
{
  Case c;
  const DosonCtrRequirement *r;

  case_init (&c, DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER, "vụ", "cases",
             test_target (DOSON_CTR_TARGET_KIND_CUMULATIVE, DOSON_CTR_COMPARATOR_AT_MOST, 10), 2027,
             2026, 6.0, 2027, 7.0, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_AMOUNT, DOSON_CTR_REQUIREMENT_REASON_OUT_OF_RANGE);
  ck_assert (!doson_ctr_requirement_is_reachable (r));
  assert_total (r, -3);
  /* 13 + 6.5 · 3 = 32.5 by 2030 */
  assert_projection (&c, 32.5, 32.5, FALSE);
  assert_words (&c, "vi",
                "không còn khả năng đạt: tổng đã vượt mức trần; "
                "theo nhịp hiện nay, lũy kế đến năm 2030 đạt 32,5 vụ (không đạt mục tiêu)");
  case_clear (&c);
}
END_TEST

/* A cap of 10 with 2 + 3 = 5 so far: 5 more may still come in 2028–2030. */
START_TEST (test_cumulative_cap_room)
{
  Case c;
  const DosonCtrRequirement *r;

  case_init (&c, DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER, "vụ", "cases",
             test_target (DOSON_CTR_TARGET_KIND_CUMULATIVE, DOSON_CTR_COMPARATOR_AT_MOST, 10), 2027,
             2026, 2.0, 2027, 3.0, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_AMOUNT, DOSON_CTR_REQUIREMENT_REASON_NONE);
  assert_total (r, 5);
  assert_words (&c, "en",
                "at most 5 more cases may be added by 2030 (1.7 cases a year on average); "
                "at the current pace, the total by 2030 reaches 12.5 cases (does not meet the target)");
  case_clear (&c);
}
END_TEST

/* shopping-centres: at least 1 by 2030, and 0 in 2025–2027.  1 more is
 * needed; the pace so far (none) leaves 0 in 2030. */
START_TEST (test_count_from_zero)
{
  Case c;
  const DosonCtrRequirement *r;

  case_init (&c, DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_HIGHER, "trung tâm", "centres",
             test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 1), 2027,
             2025, 0.0, 2026, 0.0, 2027, 0.0, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_AMOUNT, DOSON_CTR_REQUIREMENT_REASON_NONE);
  assert_years (r, 2028, 2030);
  assert_total (r, 1);
  assert_per_year (r, 1.0 / 3);
  assert_projection (&c, 0, 0, FALSE);
  assert_words (&c, "vi",
                "cần thêm 1 trung tâm đến năm 2030; "
                "theo nhịp hiện nay, năm 2030 đạt 0 trung tâm (không đạt mục tiêu)");
  assert_words (&c, "en",
                "needs 1 more centre by 2030; "
                "at the current pace, 2030 reaches 0 centres (does not meet the target)");
  case_clear (&c);
}
END_TEST

/* No poor households by 2030: 40 in 2025, 19 in 2027.  19 fewer are
 * needed, 19 / 3 = 6.33 a year; the line so far, −10.5 a year, reaches
 * 19 − 31.5 < 0 and stops at 0, which meets the target. */
START_TEST (test_zero_target)
{
  Case c;
  const DosonCtrRequirement *r;

  case_init (&c, DOSON_CTR_MEASURE_COUNT, DOSON_CTR_DIRECTION_LOWER, "hộ", "households",
             test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_EQUAL, 0), 2027,
             2025, 40.0, 2027, 19.0, 0);
  ck_assert (doson_ctr_target_assessment_is_zero_target (c.a));
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_AMOUNT, DOSON_CTR_REQUIREMENT_REASON_NONE);
  assert_total (r, -19);
  assert_per_year (r, -19.0 / 3);
  assert_projection (&c, 0, 0, TRUE);
  assert_words (&c, "vi",
                "cần giảm thêm 19 hộ đến năm 2030 (bình quân 6,3 hộ/năm); "
                "theo nhịp hiện nay, năm 2030 đạt 0 hộ (đạt mục tiêu)");
  assert_words (&c, "en",
                "needs 19 fewer households by 2030 (6.3 households a year on average); "
                "at the current pace, 2030 reaches 0 households (meets the target)");
  case_clear (&c);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Levels                                                              */
/* ------------------------------------------------------------------ */

/* At least 95 % by 2030: 90 % in 2025, 92 % in 2027.  95 % is needed in
 * 2030, (95 − 92) / 3 = 1 point a year; the line so far, 1 point a year,
 * reaches 92 + 3 = 95 %, which meets it. */
START_TEST (test_level_share)
{
  Case c;
  const DosonCtrRequirement *r;

  case_init (&c, DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, NULL, NULL,
             test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 95), 2027,
             2025, 90.0, 2027, 92.0, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_LEVEL, DOSON_CTR_REQUIREMENT_REASON_NONE);
  assert_years (r, 2028, 2030);
  assert_total (r, 95);
  assert_per_year (r, 1);
  assert_projection (&c, 95, 95, TRUE);
  assert_words (&c, "vi",
                "cần đạt ≥ 95 % vào năm 2030 (mỗi năm tăng 1 điểm %); "
                "theo nhịp hiện nay, năm 2030 đạt 95 % (đạt mục tiêu)");
  assert_words (&c, "en",
                "needs ≥ 95 % in 2030 (up 1 points a year); "
                "at the current pace, 2030 reaches 95 % (meets the target)");
  case_clear (&c);
}
END_TEST

/* A share above 100 % cannot be reached at any rate. */
START_TEST (test_level_out_of_range)
{
  Case c;
  const DosonCtrRequirement *r;

  case_init (&c, DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, NULL, NULL,
             test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_MORE_THAN, 100), 2027,
             2025, 90.0, 2027, 98.0, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_LEVEL, DOSON_CTR_REQUIREMENT_REASON_OUT_OF_RANGE);
  ck_assert (!doson_ctr_requirement_is_reachable (r));
  /* 98 + 4 · 3 = 110 is kept at 100 %, which is not above 100 % */
  assert_projection (&c, 100, 100, FALSE);
  assert_words (&c, "vi",
                "không còn khả năng đạt: không giá trị nào của chỉ tiêu đáp ứng được mục tiêu; "
                "theo nhịp hiện nay, năm 2030 đạt 100 % (không đạt mục tiêu)");
  case_clear (&c);
}
END_TEST

/* Within 5–7 % by 2030, and 8 % in 2025, 9 % in 2027: past the band's
 * top, so 7 % is the value to reach, (7 − 9) / 3 = −0.667 a year; the
 * line so far, +0.5 a year, reaches 9 + 1.5 = 10.5 %, outside the band. */
START_TEST (test_level_band)
{
  Case c;
  const DosonCtrRequirement *r;
  GError *error = NULL;
  DosonCtrTarget *t = doson_ctr_target_new_range (DOSON_CTR_TARGET_KIND_LEVEL, 5, 7,
                                                  DOSON_CTR_RANGE_MODE_BAND, &error);

  ck_assert_ptr_nonnull (t);
  case_init (&c, DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, NULL, NULL, t, 2027,
             2025, 8.0, 2027, 9.0, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_LEVEL, DOSON_CTR_REQUIREMENT_REASON_NONE);
  assert_total (r, 7);
  assert_per_year (r, -2.0 / 3);
  assert_projection (&c, 10.5, 10.5, FALSE);
  assert_words (&c, "vi",
                "cần đạt ≤ 7 % vào năm 2030 (mỗi năm giảm 0,67 điểm %); "
                "theo nhịp hiện nay, năm 2030 đạt 10,5 % (không đạt mục tiêu)");
  case_clear (&c);
}
END_TEST

/* At least 3 % every year: 3.2 % in 2026, 2.7 % in 2027.  Each year of
 * 2028–2030 needs 3 %; the line so far, −0.5 a year, reaches
 * 2.7 − 1.5 = 1.2 % in 2030. */
START_TEST (test_each_year)
{
  Case c;
  const DosonCtrRequirement *r;
  double v = UNTOUCHED;

  case_init (&c, DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, NULL, NULL,
             test_target (DOSON_CTR_TARGET_KIND_EVERY_YEAR, DOSON_CTR_COMPARATOR_AT_LEAST, 3), 2027,
             2026, 3.2, 2027, 2.7, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_EACH_YEAR, DOSON_CTR_REQUIREMENT_REASON_NONE);
  assert_years (r, 2028, 2030);
  assert_total (r, 3);
  ck_assert (!doson_ctr_requirement_get_per_year (r, &v));
  assert_projection (&c, 1.2, 1.2, FALSE);
  assert_words (&c, "vi",
                "cần đạt ≥ 3 % mỗi năm, giai đoạn 2028–2030; "
                "theo nhịp hiện nay, năm 2030 đạt 1,2 % (không đạt mục tiêu)");
  case_clear (&c);
}
END_TEST

/* Only the base year: no line to draw. */
START_TEST (test_level_one_year)
{
  Case c;
  const DosonCtrRequirement *r;

  case_init (&c, DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, NULL, NULL,
             test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 95), 2026,
             2025, 90.0, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_LEVEL, DOSON_CTR_REQUIREMENT_REASON_NONE);
  /* (95 − 90) / 5 over 2026–2030 */
  assert_years (r, 2026, 2030);
  assert_per_year (r, 1);
  assert_no_projection (&c, DOSON_CTR_REQUIREMENT_REASON_ONE_YEAR);
  assert_words (&c, "en",
                "needs ≥ 95 % in 2030 (up 1 points a year); "
                "no projection at the current pace: only one year of data");
  case_clear (&c);
}
END_TEST

/* No value at all: the level to reach is known, the rest is not. */
START_TEST (test_no_data)
{
  Case c;
  const DosonCtrRequirement *r;
  double v = UNTOUCHED;

  case_init (&c, DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, NULL, NULL,
             test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 95), 2027, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_LEVEL, DOSON_CTR_REQUIREMENT_REASON_NO_DATA);
  assert_years (r, 2028, 2030);
  assert_total (r, 95);
  ck_assert (!doson_ctr_requirement_get_per_year (r, &v));
  ck_assert (v == UNTOUCHED);
  assert_no_projection (&c, DOSON_CTR_REQUIREMENT_REASON_NO_DATA);
  case_clear (&c);

  case_init (&c, DOSON_CTR_MEASURE_AMOUNT, DOSON_CTR_DIRECTION_HIGHER, NULL, NULL,
             test_target (DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH, DOSON_CTR_COMPARATOR_AT_LEAST, 0.1), 2027, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_GROWTH_RATE, DOSON_CTR_REQUIREMENT_REASON_NO_DATA);
  assert_no_per_year_or_total (r);
  assert_no_projection (&c, DOSON_CTR_REQUIREMENT_REASON_NO_DATA);
  assert_words (&c, "vi",
                "chưa tính được mức cần đạt: chưa có số liệu làm mốc; "
                "chưa dự báo được theo nhịp hiện nay: chưa đủ số liệu");
  case_clear (&c);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Milestones, deadlines and targets achieved                          */
/* ------------------------------------------------------------------ */

START_TEST (test_milestone)
{
  Case c;
  const DosonCtrRequirement *r;

  case_init (&c, DOSON_CTR_MEASURE_BOOLEAN, DOSON_CTR_DIRECTION_HIGHER, NULL, NULL,
             test_target (DOSON_CTR_TARGET_KIND_MILESTONE, DOSON_CTR_COMPARATOR_EQUAL, 1), 2027,
             2026, 0.0, 2027, 0.0, 0);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_MILESTONE, DOSON_CTR_REQUIREMENT_REASON_NONE);
  assert_years (r, 2028, 2030);
  assert_no_per_year_or_total (r);
  assert_no_projection (&c, DOSON_CTR_REQUIREMENT_REASON_NOT_APPLICABLE);
  assert_words (&c, "vi", "cần hoàn thành đến năm 2030");
  assert_words (&c, "en", "needs to be done by 2030");
  case_clear (&c);
}
END_TEST

/* 90 % in 2030 against at least 95 %: the deadline has passed. */
START_TEST (test_deadline_passed)
{
  Case c;
  const DosonCtrRequirement *r;
  int from = -1, to = -1;

  case_init (&c, DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, NULL, NULL,
             test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 95), 2030,
             2025, 88.0, 2030, 90.0, 0);
  ck_assert_int_eq (doson_ctr_target_assessment_get_status (c.a), DOSON_CTR_STATUS_NOT_ACHIEVED);
  r = requirement (&c, DOSON_CTR_REQUIREMENT_KIND_LEVEL, DOSON_CTR_REQUIREMENT_REASON_DEADLINE_PASSED);
  ck_assert (!doson_ctr_requirement_is_reachable (r));
  ck_assert (!doson_ctr_requirement_get_years (r, &from, &to));
  ck_assert_int_eq (from, -1);
  ck_assert_int_eq (to, -1);
  assert_no_per_year_or_total (r);
  assert_no_projection (&c, DOSON_CTR_REQUIREMENT_REASON_DEADLINE_PASSED);
  assert_words (&c, "vi", "đã hết hạn (năm 2030): không còn năm nào để đạt mục tiêu");
  assert_words (&c, "en", "the deadline (2030) has passed: no year is left to meet the target");
  assert_explained (&c, "Still needed: level to reach (id: deadline-passed)\n"
                        "At the current pace: 2030 (id: deadline-passed)\n");
  case_clear (&c);
}
END_TEST

/* A target achieved needs nothing more. */
START_TEST (test_achieved)
{
  Case c;

  case_init (&c, DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, NULL, NULL,
             test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 95), 2027,
             2025, 90.0, 2027, 96.0, 0);
  ck_assert_int_eq (doson_ctr_target_assessment_get_status (c.a), DOSON_CTR_STATUS_ACHIEVED);
  ck_assert_ptr_null (doson_ctr_target_assessment_get_requirement (c.a));
  ck_assert_ptr_null (doson_ctr_target_assessment_get_projection (c.a));
  ck_assert_ptr_null (doson_ctr_target_assessment_describe_needs (c.a, c.indicator, "vi"));
  case_clear (&c);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Names and ownership                                                 */
/* ------------------------------------------------------------------ */

START_TEST (test_names)
{
  ck_assert_str_eq (doson_ctr_requirement_kind_to_string (DOSON_CTR_REQUIREMENT_KIND_GROWTH_RATE), "growth-rate");
  ck_assert_str_eq (doson_ctr_requirement_kind_to_string (DOSON_CTR_REQUIREMENT_KIND_YEARLY_CHANGE), "yearly-change");
  ck_assert_str_eq (doson_ctr_requirement_kind_to_string (DOSON_CTR_REQUIREMENT_KIND_AMOUNT), "amount");
  ck_assert_str_eq (doson_ctr_requirement_kind_to_string (DOSON_CTR_REQUIREMENT_KIND_LEVEL), "level");
  ck_assert_str_eq (doson_ctr_requirement_kind_to_string (DOSON_CTR_REQUIREMENT_KIND_EACH_YEAR), "each-year");
  ck_assert_str_eq (doson_ctr_requirement_kind_to_string (DOSON_CTR_REQUIREMENT_KIND_MILESTONE), "milestone");
  ck_assert_ptr_null (doson_ctr_requirement_kind_to_string ((DosonCtrRequirementKind) 99));
  ck_assert_str_eq (doson_ctr_requirement_reason_to_string (DOSON_CTR_REQUIREMENT_REASON_NONE), "none");
  ck_assert_str_eq (doson_ctr_requirement_reason_to_string (DOSON_CTR_REQUIREMENT_REASON_NO_DATA), "no-data");
  ck_assert_str_eq (doson_ctr_requirement_reason_to_string (DOSON_CTR_REQUIREMENT_REASON_ONE_YEAR), "one-year");
  ck_assert_str_eq (doson_ctr_requirement_reason_to_string (DOSON_CTR_REQUIREMENT_REASON_ZERO_BASE), "zero-base");
  ck_assert_str_eq (doson_ctr_requirement_reason_to_string (DOSON_CTR_REQUIREMENT_REASON_DEADLINE_PASSED),
                    "deadline-passed");
  ck_assert_str_eq (doson_ctr_requirement_reason_to_string (DOSON_CTR_REQUIREMENT_REASON_IMPLAUSIBLE_RATE),
                    "implausible-rate");
  ck_assert_str_eq (doson_ctr_requirement_reason_to_string (DOSON_CTR_REQUIREMENT_REASON_OUT_OF_RANGE),
                    "out-of-range");
  ck_assert_str_eq (doson_ctr_requirement_reason_to_string (DOSON_CTR_REQUIREMENT_REASON_NOT_APPLICABLE),
                    "not-applicable");
  ck_assert_ptr_null (doson_ctr_requirement_reason_to_string ((DosonCtrRequirementReason) 99));
}
END_TEST

START_TEST (test_copies)
{
  Case c;
  g_autoptr (DosonCtrRequirement) r = NULL;
  g_autoptr (DosonCtrProjection) p = NULL;
  double v = UNTOUCHED;

  case_init (&c, DOSON_CTR_MEASURE_PERCENT, DOSON_CTR_DIRECTION_HIGHER, NULL, NULL,
             test_target (DOSON_CTR_TARGET_KIND_LEVEL, DOSON_CTR_COMPARATOR_AT_LEAST, 95), 2027,
             2025, 90.0, 2027, 92.0, 0);
  r = doson_ctr_requirement_copy (doson_ctr_target_assessment_get_requirement (c.a));
  p = doson_ctr_projection_copy (doson_ctr_target_assessment_get_projection (c.a));
  case_clear (&c);

  /* the copies outlive their assessment */
  ck_assert (doson_ctr_requirement_get_total (r, &v));
  assert_close (v, 95, TOL);
  ck_assert (doson_ctr_projection_get_value (p, &v));
  assert_close (v, 95, TOL);
  ck_assert (doson_ctr_requirement_get_years (r, NULL, NULL));
  ck_assert (doson_ctr_requirement_get_per_year (r, NULL));
  ck_assert (doson_ctr_projection_get_figure (p, NULL));
  ck_assert (doson_ctr_projection_get_meets (p, NULL));
  ck_assert (G_TYPE_IS_BOXED (DOSON_CTR_TYPE_REQUIREMENT));
  ck_assert (G_TYPE_IS_BOXED (DOSON_CTR_TYPE_PROJECTION));
  doson_ctr_requirement_free (NULL);
  doson_ctr_projection_free (NULL);
}
END_TEST

static Suite *
requirement_suite (void)
{
  Suite *s = suite_create ("requirement");
  TCase *tc;

  tc = tcase_create ("growth");
  tcase_add_test (tc, test_growth_rate);
  tcase_add_test (tc, test_growth_pace_near_floor);
  tcase_add_test (tc, test_growth_zero_base);
  tcase_add_test (tc, test_growth_unreachable);
  tcase_add_test (tc, test_yearly_change);
  suite_add_tcase (s, tc);

  tc = tcase_create ("amounts");
  tcase_add_test (tc, test_cumulative);
  tcase_add_test (tc, test_cumulative_strict_count);
  tcase_add_test (tc, test_cumulative_cap_exceeded);
  tcase_add_test (tc, test_cumulative_cap_room);
  tcase_add_test (tc, test_count_from_zero);
  tcase_add_test (tc, test_zero_target);
  suite_add_tcase (s, tc);

  tc = tcase_create ("levels");
  tcase_add_test (tc, test_level_share);
  tcase_add_test (tc, test_level_out_of_range);
  tcase_add_test (tc, test_level_band);
  tcase_add_test (tc, test_each_year);
  tcase_add_test (tc, test_level_one_year);
  tcase_add_test (tc, test_no_data);
  suite_add_tcase (s, tc);

  tc = tcase_create ("deadlines");
  tcase_add_test (tc, test_milestone);
  tcase_add_test (tc, test_deadline_passed);
  tcase_add_test (tc, test_achieved);
  suite_add_tcase (s, tc);

  tc = tcase_create ("ownership");
  tcase_add_test (tc, test_names);
  tcase_add_test (tc, test_copies);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return test_run_suite (requirement_suite ());
}
