/* doson-ctr-growth.c: compound growth rates, projections and averages
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>

#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-growth.h>

/**
 * SECTION:doson-ctr-growth
 * @Title: Growth
 * @Short_description: compound rates, projections, average rates and
 *   year-on-year change
 * @Include: doson-ctr/doson-ctr.h
 *
 * The arithmetic of growth that the rest of the library and its reports
 * share ("tốc độ tăng bình quân" and friends):
 *
 * - doson_ctr_growth_cagr(): the compound average annual growth rate from
 *   a base value to a current value, `(v_t / v_b)^(1/n) − 1`;
 * - doson_ctr_growth_project(): the value a base reaches after n years at
 *   a constant rate, `v_b · (1 + r)^n`;
 * - doson_ctr_growth_required_rate(): the constant rate that takes a
 *   current value to a target in n years, `(v_T / v_t)^(1/n) − 1`;
 * - doson_ctr_growth_mean_rate(): the average of a series of yearly rates,
 *   geometric by default (#DosonCtrMean);
 * - doson_ctr_growth_change(): the year-on-year change
 *   `v_t / v_{t−1} − 1`.
 *
 * Rates are fractions: 0.10 means 10 %, −0.05 means −5 %. Spans of years
 * are doubles, so that fractional periods (a rate over 2.5 years) work.
 *
 * Every function returns its result through an out parameter and returns
 * %TRUE, or returns %FALSE and sets a #GError in the %DOSON_CTR_ERROR
 * domain and leaves the out parameter untouched. A domain error is always
 * an error, never NaN or a silent zero, and each kind has its own code: a
 * NaN or infinite input (%DOSON_CTR_ERROR_NOT_FINITE), a base that is zero
 * or negative (%DOSON_CTR_ERROR_NON_POSITIVE_BASE), a span of years that
 * is not positive for a rate or is negative for a projection
 * (%DOSON_CTR_ERROR_INVALID_SPAN), a negative value
 * measured from a positive base (%DOSON_CTR_ERROR_MIXED_SIGNS), a rate of
 * −100 % or below where `1 + r` must be positive
 * (%DOSON_CTR_ERROR_INVALID_RATE) and an empty series
 * (%DOSON_CTR_ERROR_EMPTY). A result too large for a double (the rate from
 * 10⁻³⁰⁰ to 10³⁰⁰ in half a year, say) is reported as
 * %DOSON_CTR_ERROR_NOT_FINITE as well, since it cannot be returned as a
 * finite number. When several inputs are wrong, the first check in the
 * order listed in each function's documentation decides the code.
 *
 * The boolean return values are skipped in bindings, where a failure is
 * an exception: in Python, `DosonCtr.growth_cagr (100, 121, 2)` returns
 * 0.1, and `DosonCtr.growth_cagr (0, 121, 2)` raises GLib.Error.
 *
 * The functions work in logarithms, using expm1() and log1p() and
 * error-free corrections of the rounding in `v_t / v_b` and `1 + r`, so
 * that small rates keep their relative precision and intermediate
 * quotients or powers do not overflow when the result itself fits. They
 * keep no state and are safe to call from any thread.
 */

/* Formats @value with the fewest significant digits (15 to 17) that read
 * back as the same double, independent of the locale, for messages. */
static const char *
format_number (char   *buf,
               double  value)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, formats[i], value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }

  return buf;
}

static gboolean
check_finite (double       value,
              const char  *name,
              GError     **error)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isfinite (value))
    return TRUE;

  g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE,
               "%s is not a finite number (got %s)",
               name, format_number (buf, value));
  return FALSE;
}

/* The natural logarithm of @to / @from for positive finite @from and @to,
 * without losing the low bits of the quotient to rounding (which matters
 * when the quotient is close to 1) and without overflow or underflow of
 * the quotient itself. */
static double
log_ratio (double from,
           double to)
{
  double q = to / from;

  if (fpclassify (q) == FP_NORMAL)
    {
      /* q = fl(to / from); the residual to − q·from is exact with fma,
       * so to / from = q · (1 + residual / (q·from)) and q·from ≈ to. */
      double residual = fma (-q, from, to);

      return log (q) + residual / to;
    }

  return log (to) - log (from);
}

/* (to / from)^(1 / years) − 1, with the domain checks shared by
 * doson_ctr_growth_cagr() and doson_ctr_growth_required_rate(). */
static gboolean
compound_rate (double       from,
               double       to,
               double       years,
               const char  *from_name,
               const char  *to_name,
               double      *rate,
               GError     **error)
{
  char buf1[G_ASCII_DTOSTR_BUF_SIZE];
  char buf2[G_ASCII_DTOSTR_BUF_SIZE];
  char buf3[G_ASCII_DTOSTR_BUF_SIZE];
  double result;

  if (!check_finite (from, from_name, error)
      || !check_finite (to, to_name, error)
      || !check_finite (years, "span of years", error))
    return FALSE;

  if (years <= 0)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_SPAN,
                   "span of years must be positive for a compound rate (got %s)",
                   format_number (buf1, years));
      return FALSE;
    }

  if (from <= 0)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NON_POSITIVE_BASE,
                   "%s must be positive for a compound rate (got %s)",
                   from_name, format_number (buf1, from));
      return FALSE;
    }

  if (to < 0)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_MIXED_SIGNS,
                   "%s must not be negative when the %s is positive (got %s)",
                   to_name, from_name, format_number (buf1, to));
      return FALSE;
    }

  if (to == 0)
    {
      /* Everything was lost: (0 / from)^(1 / years) − 1 = −1. */
      *rate = -1.0;
      return TRUE;
    }

  result = expm1 (log_ratio (from, to) / years);
  if (!isfinite (result))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE,
                   "the compound rate from %s to %s over %s years is too large "
                   "to represent",
                   format_number (buf1, from), format_number (buf2, to),
                   format_number (buf3, years));
      return FALSE;
    }

  *rate = result;
  return TRUE;
}

/**
 * doson_ctr_growth_cagr:
 * @base_value: the value in the base year, v_b
 * @current_value: the value in the current year, v_t
 * @years: the span from the base year to the current year, t − b; it may
 *   be fractional
 * @rate: (out): return location for the compound average annual growth
 *   rate, as a fraction (0.10 is 10 %)
 * @error: return location for a #GError, or %NULL
 *
 * Computes the compound average annual growth rate (CAGR, "tốc độ tăng
 * bình quân") `(v_t / v_b)^(1 / years) − 1`: the constant yearly rate that
 * takes @base_value to @current_value in @years. From 100 to 121 over 2
 * years it is 0.10.
 *
 * A @current_value of 0 gives −1 (−100 %, everything lost), which is the
 * limit of the formula; it is not an error.
 *
 * The checks, in this order: any input NaN or infinite,
 * %DOSON_CTR_ERROR_NOT_FINITE; @years zero or negative,
 * %DOSON_CTR_ERROR_INVALID_SPAN; @base_value zero or negative,
 * %DOSON_CTR_ERROR_NON_POSITIVE_BASE; @current_value negative,
 * %DOSON_CTR_ERROR_MIXED_SIGNS. A rate too large for a double (which needs
 * an extreme ratio over a short span) is %DOSON_CTR_ERROR_NOT_FINITE.
 * On failure @rate is not changed.
 *
 * Returns: (skip): %TRUE and sets @rate on success; %FALSE with @error set on
 *   failure
 *
 * Since: 0.1
 */
gboolean
doson_ctr_growth_cagr (double   base_value,
                       double   current_value,
                       double   years,
                       double  *rate,
                       GError **error)
{
  g_return_val_if_fail (rate != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return compound_rate (base_value, current_value, years,
                        "base value", "current value", rate, error);
}

/**
 * doson_ctr_growth_project:
 * @base_value: the value to start from, v_b; it may be zero or negative
 * @rate: the constant yearly growth rate, as a fraction (0.10 is 10 %)
 * @years: the number of years to project over, n; it may be fractional
 * @value: (out): return location for the projected value
 * @error: return location for a #GError, or %NULL
 *
 * Projects @base_value forward at a constant compound @rate:
 * `v_b · (1 + r)^n`. From 100 at 10 % over 2 years it is 121.
 *
 * Zero years is allowed and gives @base_value itself. A projected value
 * too small for a double is rounded to zero (or to the nearest subnormal),
 * as any floating-point result is.
 *
 * The checks, in this order: any input NaN or infinite,
 * %DOSON_CTR_ERROR_NOT_FINITE; @rate at or below −1 (−100 %),
 * %DOSON_CTR_ERROR_INVALID_RATE; @years negative,
 * %DOSON_CTR_ERROR_INVALID_SPAN. A projected value too large for a double
 * is %DOSON_CTR_ERROR_NOT_FINITE. On failure @value is not changed.
 *
 * Returns: (skip): %TRUE and sets @value on success; %FALSE with @error set on
 *   failure
 *
 * Since: 0.1
 */
gboolean
doson_ctr_growth_project (double   base_value,
                          double   rate,
                          double   years,
                          double  *value,
                          GError **error)
{
  char buf1[G_ASCII_DTOSTR_BUF_SIZE];
  char buf2[G_ASCII_DTOSTR_BUF_SIZE];
  char buf3[G_ASCII_DTOSTR_BUF_SIZE];
  double factor_hi, factor_lo, factor, result;

  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_finite (base_value, "base value", error)
      || !check_finite (rate, "rate", error)
      || !check_finite (years, "span of years", error))
    return FALSE;

  if (rate <= -1)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_RATE,
                   "rate must be greater than -1 (-100 %%) (got %s)",
                   format_number (buf1, rate));
      return FALSE;
    }

  if (years < 0)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_SPAN,
                   "span of years must not be negative (got %s)",
                   format_number (buf1, years));
      return FALSE;
    }

  /* 1 + rate = factor_hi + factor_lo exactly (Knuth's two-sum), so that
   * (1 + rate)^years = factor_hi^years · (1 + factor_lo / factor_hi)^years,
   * where pow() is accurate to an ulp and the second factor carries the
   * bits that rounding 1 + rate would lose. */
  factor_hi = 1.0 + rate;
  {
    double rate_part = factor_hi - 1.0;
    double one_part = factor_hi - rate_part;

    factor_lo = (1.0 - one_part) + (rate - rate_part);
  }
  factor = pow (factor_hi, years) * exp (years * log1p (factor_lo / factor_hi));

  if (fpclassify (factor) == FP_NORMAL)
    result = base_value * factor;
  else if (base_value == 0)
    result = base_value;
  else
    /* The factor alone overflows or underflows; the product may not. */
    result = copysign (exp (log (fabs (base_value)) + years * log1p (rate)),
                       base_value);

  if (!isfinite (result))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE,
                   "the value projected from %s at a rate of %s over %s years "
                   "is too large to represent",
                   format_number (buf1, base_value), format_number (buf2, rate),
                   format_number (buf3, years));
      return FALSE;
    }

  *value = result;
  return TRUE;
}

/**
 * doson_ctr_growth_required_rate:
 * @current_value: the value now, v_t
 * @target_value: the value to reach, v_T
 * @years: the number of years left to reach it, n; it may be fractional
 * @rate: (out): return location for the required yearly growth rate, as a
 *   fraction (0.10 is 10 %)
 * @error: return location for a #GError, or %NULL
 *
 * Computes the constant yearly rate needed to take @current_value to
 * @target_value in @years: `(v_T / v_t)^(1 / n) − 1`. From 100 to 121 in 2
 * years it is 0.10. A @target_value below @current_value gives a negative
 * rate, and a @target_value of 0 gives −1.
 *
 * The checks are those of doson_ctr_growth_cagr(), in the same order, with
 * @current_value in the place of the base and @target_value in the place of
 * the current value: any input NaN or infinite,
 * %DOSON_CTR_ERROR_NOT_FINITE; @years zero or negative,
 * %DOSON_CTR_ERROR_INVALID_SPAN; @current_value zero or negative,
 * %DOSON_CTR_ERROR_NON_POSITIVE_BASE; @target_value negative,
 * %DOSON_CTR_ERROR_MIXED_SIGNS; a rate too large for a double,
 * %DOSON_CTR_ERROR_NOT_FINITE. On failure @rate is not changed.
 *
 * Returns: (skip): %TRUE and sets @rate on success; %FALSE with @error set on
 *   failure
 *
 * Since: 0.1
 */
gboolean
doson_ctr_growth_required_rate (double   current_value,
                                double   target_value,
                                double   years,
                                double  *rate,
                                GError **error)
{
  g_return_val_if_fail (rate != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return compound_rate (current_value, target_value, years,
                        "current value", "target value", rate, error);
}

/* Neumaier's compensated summation: adds @term to *@sum, keeping the
 * rounding error in *@compensation. A sum that overflows stays infinite
 * (rather than turning into NaN with its compensation). */
static inline void
sum_add (double *sum,
         double *compensation,
         double  term)
{
  double t = *sum + term;

  if (isinf (t))
    *compensation = 0;
  else if (fabs (*sum) >= fabs (term))
    *compensation += (*sum - t) + term;
  else
    *compensation += (term - t) + *sum;
  *sum = t;
}

/**
 * doson_ctr_growth_mean_rate:
 * @rates: (array length=n_rates) (nullable): the yearly rates, as
 *   fractions (0.10 is 10 %); %NULL only when @n_rates is 0
 * @n_rates: the number of elements in @rates
 * @mean: which mean to take
 * @rate: (out): return location for the mean rate, as a fraction
 * @error: return location for a #GError, or %NULL
 *
 * Averages a series of yearly growth rates.
 *
 * With %DOSON_CTR_MEAN_GEOMETRIC (the one to use unless a report names the
 * other) the mean is `(Π(1 + r_i))^(1/n) − 1`, the constant rate that
 * gives the same total growth: 10 % then −10 % average to about −0.5 %,
 * because 1.1 · 0.9 = 0.99. It is computed from the sum of `log1p (r_i)`,
 * so that a long series neither overflows nor loses the precision of
 * small rates. Every rate must be above −1 (−100 %).
 *
 * With %DOSON_CTR_MEAN_ARITHMETIC the mean is `Σ r_i / n` (10 % and −10 %
 * average to 0), and any finite rate is accepted.
 *
 * Both means lie between the lowest and the highest rate, and the result
 * is kept there, so a series of equal rates averages to that rate exactly
 * and the mean of finite rates is always finite.
 *
 * The checks, in this order: @n_rates is 0, %DOSON_CTR_ERROR_EMPTY; then,
 * element by element from the first, an element NaN or infinite,
 * %DOSON_CTR_ERROR_NOT_FINITE, and (geometric mean only) an element at or
 * below −1, %DOSON_CTR_ERROR_INVALID_RATE. The message names the element
 * by its index, as in "rates[2]". On failure @rate is not changed.
 *
 * Returns: (skip): %TRUE and sets @rate on success; %FALSE with @error set on
 *   failure
 *
 * Since: 0.1
 */
gboolean
doson_ctr_growth_mean_rate (const double  *rates,
                            gsize          n_rates,
                            DosonCtrMean   mean,
                            double        *rate,
                            GError       **error)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double sum = 0, compensation = 0, result;
  double lowest, highest, n;
  gsize i;

  g_return_val_if_fail (rates != NULL || n_rates == 0, FALSE);
  g_return_val_if_fail (mean == DOSON_CTR_MEAN_GEOMETRIC
                        || mean == DOSON_CTR_MEAN_ARITHMETIC, FALSE);
  g_return_val_if_fail (rate != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_rates == 0)
    {
      g_set_error_literal (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_EMPTY,
                           "no rates to average");
      return FALSE;
    }

  for (i = 0; i < n_rates; i++)
    {
      if (!isfinite (rates[i]))
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE,
                       "rates[%" G_GSIZE_FORMAT "] is not a finite number (got %s)",
                       i, format_number (buf, rates[i]));
          return FALSE;
        }
      if (mean == DOSON_CTR_MEAN_GEOMETRIC && rates[i] <= -1)
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_RATE,
                       "rates[%" G_GSIZE_FORMAT "] must be greater than -1 "
                       "(-100 %%) for a geometric mean (got %s)",
                       i, format_number (buf, rates[i]));
          return FALSE;
        }
    }

  n = (double) n_rates;
  lowest = highest = rates[0];
  for (i = 1; i < n_rates; i++)
    {
      lowest = MIN (lowest, rates[i]);
      highest = MAX (highest, rates[i]);
    }

  if (mean == DOSON_CTR_MEAN_GEOMETRIC)
    {
      for (i = 0; i < n_rates; i++)
        sum_add (&sum, &compensation, log1p (rates[i]));
      result = expm1 ((sum + compensation) / n);
    }
  else
    {
      for (i = 0; i < n_rates; i++)
        sum_add (&sum, &compensation, rates[i]);
      result = (sum + compensation) / n;
      if (!isfinite (result))
        {
          /* The sum overflowed although the mean cannot: scale first. */
          sum = compensation = 0;
          for (i = 0; i < n_rates; i++)
            sum_add (&sum, &compensation, rates[i] / n);
          result = sum + compensation;
        }
    }

  /* Either mean lies between the lowest and the highest rate; rounding
   * must not take it outside (or past DBL_MAX). */
  *rate = CLAMP (result, lowest, highest);
  return TRUE;
}

/**
 * doson_ctr_growth_change:
 * @previous_value: the value in the previous year, v_{t−1}
 * @current_value: the value in the current year, v_t
 * @change: (out): return location for the relative change, as a fraction
 *   (0.10 is a rise of 10 %)
 * @error: return location for a #GError, or %NULL
 *
 * Computes the year-on-year change `v_t / v_{t−1} − 1`: from 100 to 110 it
 * is 0.10, from 100 to 0 it is −1. It is computed as
 * `(v_t − v_{t−1}) / v_{t−1}`, which keeps its precision when the two
 * values are close.
 *
 * The checks, in this order: either input NaN or infinite,
 * %DOSON_CTR_ERROR_NOT_FINITE; @previous_value zero or negative,
 * %DOSON_CTR_ERROR_NON_POSITIVE_BASE; @current_value negative,
 * %DOSON_CTR_ERROR_MIXED_SIGNS. A change too large for a double (from a
 * tiny previous value to a huge current one) is
 * %DOSON_CTR_ERROR_NOT_FINITE. On failure @change is not changed.
 *
 * Returns: (skip): %TRUE and sets @change on success; %FALSE with @error set on
 *   failure
 *
 * Since: 0.1
 */
gboolean
doson_ctr_growth_change (double   previous_value,
                         double   current_value,
                         double  *change,
                         GError **error)
{
  char buf1[G_ASCII_DTOSTR_BUF_SIZE];
  char buf2[G_ASCII_DTOSTR_BUF_SIZE];
  double result;

  g_return_val_if_fail (change != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_finite (previous_value, "previous value", error)
      || !check_finite (current_value, "current value", error))
    return FALSE;

  if (previous_value <= 0)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NON_POSITIVE_BASE,
                   "previous value must be positive for a relative change (got %s)",
                   format_number (buf1, previous_value));
      return FALSE;
    }

  if (current_value < 0)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_MIXED_SIGNS,
                   "current value must not be negative when the previous value "
                   "is positive (got %s)",
                   format_number (buf1, current_value));
      return FALSE;
    }

  /* Both are non-negative, so the difference cannot overflow. */
  result = (current_value - previous_value) / previous_value;
  if (!isfinite (result))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE,
                   "the change from %s to %s is too large to represent",
                   format_number (buf1, previous_value),
                   format_number (buf2, current_value));
      return FALSE;
    }

  *change = result;
  return TRUE;
}
