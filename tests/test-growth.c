/* test-growth.c: compound rates, projections, mean rates, year-on-year change
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "doson-ctr-test.h"

/* Asserts that @call (which reports into @error) failed with @code, that
 * the out parameter @out kept its sentinel, and that the message is UTF-8
 * and names @needle; then clears @error. */
#define assert_fails(call, error, out, code, needle)                          \
  do {                                                                        \
    (error) = NULL;                                                           \
    (out) = UNTOUCHED;                                                        \
    ck_assert_msg (!(call), "%s succeeded", #call);                           \
    test_assert_error ((error), (code), (needle), #call);                     \
    ck_assert_msg ((out) == UNTOUCHED, "%s changed %s", #call, #out);         \
    g_clear_error (&(error));                                                 \
  } while (0)

/* Calls that must succeed. */
static double
cagr (double base, double current, double years)
{
  GError *error = NULL;
  double rate = UNTOUCHED;

  ck_assert_msg (doson_ctr_growth_cagr (base, current, years, &rate, &error),
                 "cagr (%g, %g, %g) failed: %s", base, current, years,
                 error != NULL ? error->message : "(no error)");
  ck_assert_ptr_null (error);
  return rate;
}

static double
project (double base, double rate, double years)
{
  GError *error = NULL;
  double value = UNTOUCHED;

  ck_assert_msg (doson_ctr_growth_project (base, rate, years, &value, &error),
                 "project (%g, %g, %g) failed: %s", base, rate, years,
                 error != NULL ? error->message : "(no error)");
  ck_assert_ptr_null (error);
  return value;
}

static double
required (double current, double target, double years)
{
  GError *error = NULL;
  double rate = UNTOUCHED;

  ck_assert_msg (doson_ctr_growth_required_rate (current, target, years, &rate, &error),
                 "required_rate (%g, %g, %g) failed: %s", current, target, years,
                 error != NULL ? error->message : "(no error)");
  ck_assert_ptr_null (error);
  return rate;
}

static double
mean (const double *rates, gsize n_rates, DosonCtrMean kind)
{
  GError *error = NULL;
  double rate = UNTOUCHED;

  ck_assert_msg (doson_ctr_growth_mean_rate (rates, n_rates, kind, &rate, &error),
                 "mean_rate failed: %s",
                 error != NULL ? error->message : "(no error)");
  ck_assert_ptr_null (error);
  return rate;
}

static double
change (double previous, double current)
{
  GError *error = NULL;
  double result = UNTOUCHED;

  ck_assert_msg (doson_ctr_growth_change (previous, current, &result, &error),
                 "change (%g, %g) failed: %s", previous, current,
                 error != NULL ? error->message : "(no error)");
  ck_assert_ptr_null (error);
  return result;
}

/* core */

START_TEST (test_cagr_values)
{
  /* 100 → 121 over 2 years: 1.21 = 1.1². */
  assert_close (cagr (100, 121, 2), 0.1, 1e-15);
  /* 1000 → 1331 over 3 years: 1.331 = 1.1³. */
  assert_close (cagr (1000, 1331, 3), 0.1, 1e-15);
  assert_close (cagr (100, 200, 1), 1.0, 1e-15);
  assert_close (cagr (200, 100, 1), -0.5, 1e-15);
  /* 121 → 100 over 2 years: 1/1.1 − 1 = −1/11. */
  assert_close (cagr (121, 100, 2), -1.0 / 11.0, 1e-15);
  /* 1.21^(1/3) − 1, computed to 50 digits. */
  assert_close (cagr (100, 121, 3), 0.0656022367666107123987171152793, 1e-14);
  /* No change is exactly zero. */
  ck_assert (cagr (100, 100, 5) == 0.0);
  ck_assert (cagr (3.7, 3.7, 0.25) == 0.0);
  /* Small rates keep their relative precision. */
  assert_close (cagr (1000000, 1000001, 1), 1e-6, 1e-12);
  assert_close (cagr (1e9, 1e9 + 1, 1), 1e-9, 1e-12);
  assert_close (cagr (1e9 + 1, 1e9, 1), -1.0 / (1e9 + 1), 1e-12);
}
END_TEST

START_TEST (test_cagr_fractional_years)
{
  /* Half a year: the rate is 1.21² − 1 = 0.4641. */
  assert_close (cagr (100, 121, 0.5), 0.4641, 1e-14);
  assert_close (cagr (100, 110, 0.5), 0.21, 1e-14);
  /* 1.157625 = 1.05³ over 1.5 years: 1.05² − 1 = 0.1025. */
  assert_close (cagr (100, 115.7625, 1.5), 0.1025, 1e-14);
  /* 2.5 years from 1 to 1.1^2.5 reads back 10 %. */
  assert_close (cagr (1, pow (1.1, 2.5), 2.5), 0.1, 1e-14);
}
END_TEST

START_TEST (test_cagr_total_loss)
{
  /* A current value of 0 is a total loss: −100 % a year. */
  ck_assert (cagr (50, 0, 4) == -1.0);
  ck_assert (cagr (1e-300, 0, 0.5) == -1.0);
  ck_assert (required (80, 0, 3) == -1.0);
}
END_TEST

START_TEST (test_project_values)
{
  assert_close (project (100, 0.1, 2), 121, 1e-15);
  assert_close (project (1000, 0.1, 3), 1331, 1e-15);
  assert_close (project (100, -0.5, 2), 25, 1e-15);
  assert_close (project (100, 1.0, 10), 102400, 1e-15);
  /* A negative base scales the same way. */
  assert_close (project (-50, 0.1, 1), -55, 1e-15);
  /* A zero base stays zero. */
  ck_assert (project (0, 0.5, 3) == 0.0);
  /* Fractional years: 1.21^0.5 = 1.1. */
  assert_close (project (100, 0.21, 0.5), 110, 1e-15);
  assert_close (project (100, 0.1025, 1.5), 115.7625, 1e-14);
  /* Zero years returns the base itself. */
  ck_assert (project (123.456, 0.1, 0) == 123.456);
  ck_assert (project (-7, 0.9, 0) == -7);
  /* A rate of 0 keeps the value. */
  ck_assert (project (42, 0, 17.5) == 42);
}
END_TEST

START_TEST (test_project_inverts_cagr)
{
  static const double cases[][3] = {
    { 100, 121, 2 }, { 3.5, 2.25, 7 }, { 1e-3, 5e4, 12.5 }, { 8e6, 8.0001e6, 0.75 },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double rate = cagr (cases[i][0], cases[i][1], cases[i][2]);

      assert_close (project (cases[i][0], rate, cases[i][2]), cases[i][1], 1e-13);
    }
}
END_TEST

START_TEST (test_required_rate_values)
{
  assert_close (required (100, 121, 2), 0.1, 1e-15);
  assert_close (required (121, 100, 2), -1.0 / 11.0, 1e-15);
  assert_close (required (1000, 1331, 3), 0.1, 1e-15);
  ck_assert (required (64, 64, 4) == 0.0);
  /* Half a year to grow 44 %: 1.44² − 1 = 1.0736. */
  assert_close (required (100, 144, 0.5), 1.0736, 1e-14);
  /* The required rate from v_t to v_T is the CAGR of the same pair. */
  ck_assert (required (37.5, 81.25, 6) == cagr (37.5, 81.25, 6));
}
END_TEST

START_TEST (test_mean_geometric_vs_arithmetic)
{
  static const double up_down[] = { 0.1, -0.1 };
  static const double one_three[] = { 1.0, 3.0 };
  static const double half_double[] = { -0.5, 1.0 };
  static const double three[] = { 0.05, 0.10, 0.15 };
  static const double same[] = { 0.1, 0.1, 0.1, 0.1 };
  static const double single[] = { 0.07 };

  /* √0.99 − 1 and √8 − 1, computed to 50 digits. */
  assert_close (mean (up_down, 2, DOSON_CTR_MEAN_GEOMETRIC),
                -0.00501256289338004526552017899879, 1e-13);
  assert_close (mean (up_down, 2, DOSON_CTR_MEAN_ARITHMETIC), 0, 1e-17);
  assert_close (mean (one_three, 2, DOSON_CTR_MEAN_GEOMETRIC),
                1.82842712474619009760337744841940, 1e-15);
  ck_assert (mean (one_three, 2, DOSON_CTR_MEAN_ARITHMETIC) == 2.0);
  /* Halving then doubling is no growth at all, on average 25 % a year by
   * the arithmetic mean. */
  assert_close (mean (half_double, 2, DOSON_CTR_MEAN_GEOMETRIC), 0, 1e-15);
  ck_assert (mean (half_double, 2, DOSON_CTR_MEAN_ARITHMETIC) == 0.25);
  /* (1.05 · 1.10 · 1.15)^(1/3) − 1, computed to 50 digits. */
  assert_close (mean (three, 3, DOSON_CTR_MEAN_GEOMETRIC),
                0.0992419018963261196761132710036, 1e-14);
  assert_close (mean (three, 3, DOSON_CTR_MEAN_ARITHMETIC), 0.1, 1e-15);
  /* Equal rates average to themselves exactly. */
  ck_assert (mean (same, 4, DOSON_CTR_MEAN_GEOMETRIC) == 0.1);
  assert_close (mean (same, 4, DOSON_CTR_MEAN_ARITHMETIC), 0.1, 1e-15);
  assert_close (mean (single, 1, DOSON_CTR_MEAN_GEOMETRIC), 0.07, 1e-15);
  ck_assert (mean (single, 1, DOSON_CTR_MEAN_ARITHMETIC) == 0.07);
}
END_TEST

START_TEST (test_mean_matches_cagr)
{
  /* The geometric mean of the year-on-year changes of a series is the
   * CAGR of its first and last values. */
  static const double series[] = { 120, 131, 128.5, 140, 151.25, 149 };
  double rates[G_N_ELEMENTS (series) - 1];
  gsize i;

  for (i = 0; i + 1 < G_N_ELEMENTS (series); i++)
    rates[i] = change (series[i], series[i + 1]);

  assert_close (mean (rates, G_N_ELEMENTS (rates), DOSON_CTR_MEAN_GEOMETRIC),
                cagr (series[0], series[G_N_ELEMENTS (series) - 1],
                      G_N_ELEMENTS (rates)),
                1e-13);
}
END_TEST

START_TEST (test_mean_arithmetic_accepts_total_loss)
{
  static const double rates[] = { -1.0, 1.0, -2.5 };

  assert_close (mean (rates, 3, DOSON_CTR_MEAN_ARITHMETIC), -2.5 / 3, 1e-15);
}
END_TEST

START_TEST (test_change_values)
{
  assert_close (change (100, 110), 0.1, 1e-15);
  ck_assert (change (200, 150) == -0.25);
  ck_assert (change (100, 300) == 2.0);
  ck_assert (change (100, 100) == 0.0);
  /* A fall to 0 is −100 %. */
  ck_assert (change (100, 0) == -1.0);
  ck_assert (change (3e-5, 0) == -1.0);
  /* Close values keep their precision. */
  assert_close (change (1e9, 1e9 + 1), 1e-9, 1e-15);
  assert_close (change (1e9 + 1, 1e9), -1.0 / (1e9 + 1), 1e-15);
}
END_TEST

/* errors */

START_TEST (test_cagr_errors)
{
  GError *error;
  double rate;

  assert_fails (doson_ctr_growth_cagr (NAN, 121, 2, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NOT_FINITE, "base value");
  assert_fails (doson_ctr_growth_cagr (INFINITY, 121, 2, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NOT_FINITE, "base value");
  assert_fails (doson_ctr_growth_cagr (100, -INFINITY, 2, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NOT_FINITE, "current value");
  assert_fails (doson_ctr_growth_cagr (100, 121, NAN, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NOT_FINITE, "years");
  assert_fails (doson_ctr_growth_cagr (100, 121, INFINITY, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NOT_FINITE, "years");

  assert_fails (doson_ctr_growth_cagr (100, 121, 0, &rate, &error),
                error, rate, DOSON_CTR_ERROR_INVALID_SPAN, "years");
  assert_fails (doson_ctr_growth_cagr (100, 121, -0.0, &rate, &error),
                error, rate, DOSON_CTR_ERROR_INVALID_SPAN, "years");
  assert_fails (doson_ctr_growth_cagr (100, 121, -2, &rate, &error),
                error, rate, DOSON_CTR_ERROR_INVALID_SPAN, "(got -2)");

  assert_fails (doson_ctr_growth_cagr (0, 121, 2, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NON_POSITIVE_BASE, "base value");
  assert_fails (doson_ctr_growth_cagr (-5, 121, 2, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NON_POSITIVE_BASE, "(got -5)");
  /* A negative base is a non-positive base, whatever the current value. */
  assert_fails (doson_ctr_growth_cagr (-5, -6, 2, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NON_POSITIVE_BASE, "base value");

  assert_fails (doson_ctr_growth_cagr (100, -1, 2, &rate, &error),
                error, rate, DOSON_CTR_ERROR_MIXED_SIGNS, "current value");

  /* The order of the checks: non-finite, span, base, sign. */
  assert_fails (doson_ctr_growth_cagr (-5, NAN, 0, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NOT_FINITE, "current value");
  assert_fails (doson_ctr_growth_cagr (-5, -1, 0, &rate, &error),
                error, rate, DOSON_CTR_ERROR_INVALID_SPAN, "years");
  assert_fails (doson_ctr_growth_cagr (0, -1, 1, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NON_POSITIVE_BASE, "base value");
}
END_TEST

START_TEST (test_project_errors)
{
  GError *error;
  double value;

  assert_fails (doson_ctr_growth_project (NAN, 0.1, 2, &value, &error),
                error, value, DOSON_CTR_ERROR_NOT_FINITE, "base value");
  assert_fails (doson_ctr_growth_project (100, INFINITY, 2, &value, &error),
                error, value, DOSON_CTR_ERROR_NOT_FINITE, "rate");
  assert_fails (doson_ctr_growth_project (100, 0.1, -INFINITY, &value, &error),
                error, value, DOSON_CTR_ERROR_NOT_FINITE, "years");

  assert_fails (doson_ctr_growth_project (100, -1, 2, &value, &error),
                error, value, DOSON_CTR_ERROR_INVALID_RATE, "(got -1)");
  assert_fails (doson_ctr_growth_project (100, -1.5, 2, &value, &error),
                error, value, DOSON_CTR_ERROR_INVALID_RATE, "rate");
  /* −1 is invalid even over zero years. */
  assert_fails (doson_ctr_growth_project (100, -1, 0, &value, &error),
                error, value, DOSON_CTR_ERROR_INVALID_RATE, "rate");

  assert_fails (doson_ctr_growth_project (100, 0.1, -0.5, &value, &error),
                error, value, DOSON_CTR_ERROR_INVALID_SPAN, "years");

  /* The order of the checks: non-finite, rate, span. */
  assert_fails (doson_ctr_growth_project (100, -2, NAN, &value, &error),
                error, value, DOSON_CTR_ERROR_NOT_FINITE, "years");
  assert_fails (doson_ctr_growth_project (100, -2, -1, &value, &error),
                error, value, DOSON_CTR_ERROR_INVALID_RATE, "rate");

  /* Overflow of the result. */
  assert_fails (doson_ctr_growth_project (1e300, 1.0, 100, &value, &error),
                error, value, DOSON_CTR_ERROR_NOT_FINITE, "too large");
}
END_TEST

START_TEST (test_required_rate_errors)
{
  GError *error;
  double rate;

  assert_fails (doson_ctr_growth_required_rate (NAN, 121, 2, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NOT_FINITE, "current value");
  assert_fails (doson_ctr_growth_required_rate (100, INFINITY, 2, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NOT_FINITE, "target value");
  assert_fails (doson_ctr_growth_required_rate (100, 121, NAN, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NOT_FINITE, "years");
  assert_fails (doson_ctr_growth_required_rate (100, 121, 0, &rate, &error),
                error, rate, DOSON_CTR_ERROR_INVALID_SPAN, "years");
  assert_fails (doson_ctr_growth_required_rate (100, 121, -3, &rate, &error),
                error, rate, DOSON_CTR_ERROR_INVALID_SPAN, "(got -3)");
  assert_fails (doson_ctr_growth_required_rate (0, 121, 2, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NON_POSITIVE_BASE, "current value");
  assert_fails (doson_ctr_growth_required_rate (-1, 121, 2, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NON_POSITIVE_BASE, "current value");
  assert_fails (doson_ctr_growth_required_rate (100, -121, 2, &rate, &error),
                error, rate, DOSON_CTR_ERROR_MIXED_SIGNS, "target value");
}
END_TEST

START_TEST (test_mean_rate_errors)
{
  static const double with_nan[] = { 0.1, NAN, -2 };
  static const double with_inf[] = { 0.1, 0.2, -INFINITY };
  static const double with_total_loss[] = { 0.1, 0.2, -1 };
  static const double with_below[] = { 0.1, -1.5, 0.2 };
  GError *error;
  double rate;

  assert_fails (doson_ctr_growth_mean_rate (NULL, 0, DOSON_CTR_MEAN_GEOMETRIC,
                                            &rate, &error),
                error, rate, DOSON_CTR_ERROR_EMPTY, "no rates");
  assert_fails (doson_ctr_growth_mean_rate (with_nan, 0, DOSON_CTR_MEAN_ARITHMETIC,
                                            &rate, &error),
                error, rate, DOSON_CTR_ERROR_EMPTY, "no rates");

  assert_fails (doson_ctr_growth_mean_rate (with_nan, 3, DOSON_CTR_MEAN_GEOMETRIC,
                                            &rate, &error),
                error, rate, DOSON_CTR_ERROR_NOT_FINITE, "rates[1]");
  assert_fails (doson_ctr_growth_mean_rate (with_nan, 3, DOSON_CTR_MEAN_ARITHMETIC,
                                            &rate, &error),
                error, rate, DOSON_CTR_ERROR_NOT_FINITE, "rates[1]");
  assert_fails (doson_ctr_growth_mean_rate (with_inf, 3, DOSON_CTR_MEAN_ARITHMETIC,
                                            &rate, &error),
                error, rate, DOSON_CTR_ERROR_NOT_FINITE, "rates[2]");

  assert_fails (doson_ctr_growth_mean_rate (with_total_loss, 3, DOSON_CTR_MEAN_GEOMETRIC,
                                            &rate, &error),
                error, rate, DOSON_CTR_ERROR_INVALID_RATE, "rates[2]");
  assert_fails (doson_ctr_growth_mean_rate (with_below, 3, DOSON_CTR_MEAN_GEOMETRIC,
                                            &rate, &error),
                error, rate, DOSON_CTR_ERROR_INVALID_RATE, "rates[1]");
  /* Elements are checked in order: the NaN at 1 comes before the −2. */
  assert_fails (doson_ctr_growth_mean_rate (with_nan, 3, DOSON_CTR_MEAN_GEOMETRIC,
                                            &rate, &error),
                error, rate, DOSON_CTR_ERROR_NOT_FINITE, "rates[1]");
}
END_TEST

START_TEST (test_change_errors)
{
  GError *error;
  double result;

  assert_fails (doson_ctr_growth_change (NAN, 110, &result, &error),
                error, result, DOSON_CTR_ERROR_NOT_FINITE, "previous value");
  assert_fails (doson_ctr_growth_change (100, INFINITY, &result, &error),
                error, result, DOSON_CTR_ERROR_NOT_FINITE, "current value");
  assert_fails (doson_ctr_growth_change (0, 110, &result, &error),
                error, result, DOSON_CTR_ERROR_NON_POSITIVE_BASE, "previous value");
  assert_fails (doson_ctr_growth_change (-100, -110, &result, &error),
                error, result, DOSON_CTR_ERROR_NON_POSITIVE_BASE, "(got -100)");
  assert_fails (doson_ctr_growth_change (100, -0.5, &result, &error),
                error, result, DOSON_CTR_ERROR_MIXED_SIGNS, "current value");
}
END_TEST

START_TEST (test_errors_without_gerror)
{
  /* A NULL GError location is allowed; the call still fails cleanly. */
  static const double rates[] = { -1 };
  double out = UNTOUCHED;

  ck_assert (!doson_ctr_growth_cagr (-1, 1, 1, &out, NULL));
  ck_assert (!doson_ctr_growth_project (1, -1, 1, &out, NULL));
  ck_assert (!doson_ctr_growth_required_rate (1, 1, 0, &out, NULL));
  ck_assert (!doson_ctr_growth_mean_rate (rates, 1, DOSON_CTR_MEAN_GEOMETRIC,
                                          &out, NULL));
  ck_assert (!doson_ctr_growth_change (1, -1, &out, NULL));
  ck_assert (out == UNTOUCHED);
}
END_TEST

/* limits */

START_TEST (test_cagr_tiny_and_huge)
{
  assert_close (cagr (1e-300, 1.21e-300, 2), 0.1, 1e-14);
  assert_close (cagr (1e300, 1.21e300, 2), 0.1, 1e-14);
  /* Subnormal values. */
  assert_close (cagr (ldexp (1, -1074), ldexp (1, -1072), 2), 1.0, 1e-14);
  /* The quotient overflows (10⁴⁰⁰) or underflows (10⁻⁴⁰⁰); the rate
   * does not: 10^(400/400) − 1 = 9 and 10^(−1) − 1 = −0.9. */
  assert_close (cagr (1e-200, 1e200, 400), 9.0, 1e-13);
  assert_close (cagr (1e200, 1e-200, 400), -0.9, 1e-13);
  /* DBL_MAX / DBL_MIN is 2²⁰⁴⁶ to 16 digits: 2^(2046/10⁶) − 1. */
  assert_close (cagr (DBL_MIN, DBL_MAX, 1e6), expm1 (2046 * G_LN2 / 1e6), 1e-12);
  /* A rate too small to tell from 0 relative to 1 still comes out. */
  assert_close (cagr (1, 1 + DBL_EPSILON, 1), DBL_EPSILON, 1e-15);
}
END_TEST

START_TEST (test_cagr_overflow)
{
  GError *error;
  double rate;

  /* (10⁶⁰⁰)² does not fit in a double. */
  assert_fails (doson_ctr_growth_cagr (1e-300, 1e300, 0.5, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NOT_FINITE, "too large");
  assert_fails (doson_ctr_growth_required_rate (1e-300, 1e300, 0.5, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NOT_FINITE, "too large");
  /* A very short span turns a modest ratio into an enormous rate. */
  assert_fails (doson_ctr_growth_cagr (1, 2, 1e-4, &rate, &error),
                error, rate, DOSON_CTR_ERROR_NOT_FINITE, "too large");
}
END_TEST

START_TEST (test_project_limits)
{
  GError *error;
  double value;

  /* The factor 2¹⁵⁰⁰ overflows on its own; the product 2⁵⁰⁰ fits. */
  assert_close (project (ldexp (1, -1000), 1.0, 1500), ldexp (1, 500), 1e-12);
  /* The factor 2⁻¹⁵⁰⁰ underflows on its own; the product 2⁻⁵⁰⁰ fits. */
  assert_close (project (ldexp (1, 1000), -0.5, 1500), ldexp (1, -500), 1e-12);
  assert_close (project (-ldexp (1, 1000), -0.5, 1500), -ldexp (1, -500), 1e-12);
  /* A rate whose 1 + r rounds: (1 + 10⁻¹⁰)^(10¹⁰), computed to 50 digits. */
  assert_close (project (1, 1e-10, 1e10), 2.71828182832313114394979400129723, 1e-13);
  /* Huge rate over no time. */
  ck_assert (project (5, 1e300, 0) == 5);
  /* Just above −100 %. */
  assert_close (project (1, -1 + ldexp (1, -40), 1), ldexp (1, -40), 1e-15);
  /* Values that underflow to 0 are a result, not an error. */
  ck_assert (project (1e-300, -0.9, 100) == 0);

  assert_fails (doson_ctr_growth_project (1, 0.1, 1e6, &value, &error),
                error, value, DOSON_CTR_ERROR_NOT_FINITE, "too large");
  assert_fails (doson_ctr_growth_project (-DBL_MAX, 1e-3, 1000, &value, &error),
                error, value, DOSON_CTR_ERROR_NOT_FINITE, "too large");
  assert_fails (doson_ctr_growth_project (DBL_MAX, DBL_MAX, 2, &value, &error),
                error, value, DOSON_CTR_ERROR_NOT_FINITE, "too large");
}
END_TEST

START_TEST (test_mean_limits)
{
  static const double huge[] = { DBL_MAX, DBL_MAX, DBL_MAX };
  static const double near_loss[] = { -1 + 0x1p-40, 0x1p40 - 1 };
  double many[10000];
  gsize i;

  /* Doubling and quadrupling in turn: the product of the growth factors,
   * 8⁵⁰⁰⁰ = 2¹⁵⁰⁰⁰, would overflow; the mean is √8 − 1. */
  for (i = 0; i < G_N_ELEMENTS (many); i++)
    many[i] = i % 2 == 0 ? 1.0 : 3.0;
  assert_close (mean (many, G_N_ELEMENTS (many), DOSON_CTR_MEAN_GEOMETRIC),
                1.82842712474619009760337744841940, 1e-13);
  assert_close (mean (many, G_N_ELEMENTS (many), DOSON_CTR_MEAN_ARITHMETIC), 2.0, 1e-15);
  /* Halving and doubling in turn, 10000 times: no growth at all. */
  for (i = 0; i < G_N_ELEMENTS (many); i++)
    many[i] = i % 2 == 0 ? -0.5 : 1.0;
  assert_close (mean (many, G_N_ELEMENTS (many), DOSON_CTR_MEAN_GEOMETRIC), 0, 1e-14);
  assert_close (mean (many, G_N_ELEMENTS (many), DOSON_CTR_MEAN_ARITHMETIC), 0.25, 1e-15);

  /* The sum overflows; the arithmetic mean does not. */
  assert_close (mean (huge, 3, DOSON_CTR_MEAN_ARITHMETIC), DBL_MAX, 1e-15);
  ck_assert (mean (huge, 3, DOSON_CTR_MEAN_GEOMETRIC) == DBL_MAX);

  /* 2⁻⁴⁰ · 2⁴⁰ = 1: no growth, although one year lost nearly all. */
  assert_close (mean (near_loss, 2, DOSON_CTR_MEAN_GEOMETRIC), 0, 1e-14);
}
END_TEST

START_TEST (test_change_limits)
{
  GError *error;
  double result;

  ck_assert (change (DBL_MAX, DBL_MAX) == 0);
  assert_close (change (DBL_MAX, DBL_MAX / 2), -0.5, 1e-15);
  /* Subnormal values: from the smallest double to twice it. */
  assert_close (change (ldexp (1, -1074), ldexp (1, -1073)), 1.0, 1e-15);
  assert_close (change (1e-300, 1e-299), 9.0, 1e-15);

  assert_fails (doson_ctr_growth_change (1e-300, 1e300, &result, &error),
                error, result, DOSON_CTR_ERROR_NOT_FINITE, "too large");
}
END_TEST

static Suite *
growth_suite (void)
{
  Suite *s = suite_create ("growth");
  TCase *tc;

  tc = tcase_create ("core");
  tcase_add_test (tc, test_cagr_values);
  tcase_add_test (tc, test_cagr_fractional_years);
  tcase_add_test (tc, test_cagr_total_loss);
  tcase_add_test (tc, test_project_values);
  tcase_add_test (tc, test_project_inverts_cagr);
  tcase_add_test (tc, test_required_rate_values);
  tcase_add_test (tc, test_mean_geometric_vs_arithmetic);
  tcase_add_test (tc, test_mean_matches_cagr);
  tcase_add_test (tc, test_mean_arithmetic_accepts_total_loss);
  tcase_add_test (tc, test_change_values);
  suite_add_tcase (s, tc);

  tc = tcase_create ("errors");
  tcase_add_test (tc, test_cagr_errors);
  tcase_add_test (tc, test_project_errors);
  tcase_add_test (tc, test_required_rate_errors);
  tcase_add_test (tc, test_mean_rate_errors);
  tcase_add_test (tc, test_change_errors);
  tcase_add_test (tc, test_errors_without_gerror);
  suite_add_tcase (s, tc);

  tc = tcase_create ("limits");
  tcase_add_test (tc, test_cagr_tiny_and_huge);
  tcase_add_test (tc, test_cagr_overflow);
  tcase_add_test (tc, test_project_limits);
  tcase_add_test (tc, test_mean_limits);
  tcase_add_test (tc, test_change_limits);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return test_run_suite (growth_suite ());
}
