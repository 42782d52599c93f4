/* fuzz-growth.c: libFuzzer target, the growth functions
 * (doson_ctr_growth_cagr(), _project(), _required_rate(), _mean_rate(),
 * _change())
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The input is read as a sequence of calls: a byte chooses the function,
 * the next bytes give its doubles (fuzz_double()).  Every call must keep
 * the documented contract: on success a finite result and no error; on
 * failure a DOSON_CTR_ERROR with the code of the first failing check, in
 * the documented order, and the out argument untouched.  Some results are
 * checked against the maths too: the sign of a rate, a projection of zero
 * years, a CAGR projected back onto the current value.
 */

#include "fuzz-common.h"

/* A bit pattern no function returns: whether an out argument was left
 * alone. */
static const guint64 fuzz_growth_sentinel_bits = G_GUINT64_CONSTANT (0x7ff4dead0000beef);

static double
fuzz_growth_sentinel (void)
{
  double v;

  memcpy (&v, &fuzz_growth_sentinel_bits, sizeof v);
  return v;
}

static gboolean
fuzz_growth_untouched (double v)
{
  return memcmp (&v, &fuzz_growth_sentinel_bits, sizeof v) == 0;
}

/* Checks the outcome of one call against the code the checks, in their
 * documented order, must give (-1: none of them fails, so the call
 * succeeds or, for a result too large, fails with NOT_FINITE). */
static void
fuzz_growth_outcome (const char   *what,
                     gboolean      ok,
                     const GError *error,
                     double        out,
                     int           expected_code)
{
  fuzz_check_error (ok, error, what);
  if (ok)
    {
      FUZZ_CHECK (expected_code < 0, "%s: succeeded where error %d was due", what, expected_code);
      FUZZ_CHECK (isfinite (out), "%s: succeeded with %g", what, out);
    }
  else
    {
      FUZZ_CHECK (fuzz_growth_untouched (out), "%s: failed and changed its out argument", what);
      if (expected_code >= 0)
        FUZZ_CHECK (error->code == expected_code, "%s: error %d, expected %d: %s", what,
                    error->code, expected_code, error->message);
      else
        FUZZ_CHECK (error->code == DOSON_CTR_ERROR_NOT_FINITE,
                    "%s: unexpected error %d: %s", what, error->code, error->message);
    }
}

/* The code the checks of cagr() and required_rate() give. */
static int
fuzz_growth_compound_code (double from,
                           double to,
                           double years)
{
  if (!isfinite (from) || !isfinite (to) || !isfinite (years))
    return DOSON_CTR_ERROR_NOT_FINITE;
  if (years <= 0)
    return DOSON_CTR_ERROR_INVALID_SPAN;
  if (from <= 0)
    return DOSON_CTR_ERROR_NON_POSITIVE_BASE;
  if (to < 0)
    return DOSON_CTR_ERROR_MIXED_SIGNS;
  return -1;
}

static void
fuzz_growth_compound (FuzzBytes *b,
                      gboolean   required)
{
  const char *what = required ? "required_rate" : "cagr";
  double from = fuzz_double (b), to = fuzz_double (b), years = fuzz_double (b);
  double rate = fuzz_growth_sentinel (), back = fuzz_growth_sentinel ();
  GError *error = NULL;
  gboolean ok;

  if (required)
    ok = doson_ctr_growth_required_rate (from, to, years, &rate, &error);
  else
    ok = doson_ctr_growth_cagr (from, to, years, &rate, &error);
  fuzz_growth_outcome (what, ok, error, rate, fuzz_growth_compound_code (from, to, years));
  g_clear_error (&error);
  if (!ok)
    return;

  FUZZ_CHECK (rate >= -1, "%s (%.17g, %.17g, %.17g) = %.17g below -1", what, from, to, years, rate);
  if (to == 0)
    FUZZ_CHECK (rate == -1, "%s to 0 is %.17g, not -1", what, rate);
  if (to >= from)
    FUZZ_CHECK (rate >= 0, "%s (%.17g, %.17g, %.17g) = %.17g: growth with a negative rate",
                what, from, to, years, rate);
  if (to <= from)
    FUZZ_CHECK (rate <= 0, "%s (%.17g, %.17g, %.17g) = %.17g: a fall with a positive rate",
                what, from, to, years, rate);

  /* Projecting the rate back gives the value it came from, to a
   * precision that the conditioning of the problem allows. */
  if (rate > -1 + 1e-6 && from >= 1e-290 && from <= 1e290 && to >= 1e-290 && to <= 1e290
      && years >= 1e-3 && years <= 1e6)
    {
      ok = doson_ctr_growth_project (from, rate, years, &back, &error);
      fuzz_check_error (ok, error, "project (back)");
      if (ok)
        {
          double tol = 1e-14 * (8 + years / (1 + rate) + fabs (log (to / from)));

          FUZZ_CHECK (fabs (back - to) <= tol * to,
                      "%s (%.17g, %.17g, %.17g) = %.17g, which projects back to %.17g "
                      "(relative error %g, tolerance %g)",
                      what, from, to, years, rate, back, fabs (back - to) / to, tol);
        }
      g_clear_error (&error);
    }
}

static void
fuzz_growth_project (FuzzBytes *b)
{
  double base = fuzz_double (b), rate = fuzz_double (b), years = fuzz_double (b);
  double value = fuzz_growth_sentinel ();
  GError *error = NULL;
  int code = -1;
  gboolean ok;

  if (!isfinite (base) || !isfinite (rate) || !isfinite (years))
    code = DOSON_CTR_ERROR_NOT_FINITE;
  else if (rate <= -1)
    code = DOSON_CTR_ERROR_INVALID_RATE;
  else if (years < 0)
    code = DOSON_CTR_ERROR_INVALID_SPAN;

  ok = doson_ctr_growth_project (base, rate, years, &value, &error);
  fuzz_growth_outcome ("project", ok, error, value, code);
  g_clear_error (&error);
  if (!ok)
    return;

  FUZZ_CHECK (!(base > 0 && value < 0) && !(base < 0 && value > 0),
              "project (%.17g, %.17g, %.17g) = %.17g changed sign", base, rate, years, value);
  if (years == 0)
    FUZZ_CHECK (value == base, "project over 0 years changed %.17g into %.17g", base, value);
  if (base == 0)
    FUZZ_CHECK (value == 0, "project of 0 gave %.17g", value);
}

static void
fuzz_growth_change (FuzzBytes *b)
{
  double previous = fuzz_double (b), current = fuzz_double (b);
  double change = fuzz_growth_sentinel ();
  GError *error = NULL;
  int code = -1;
  gboolean ok;

  if (!isfinite (previous) || !isfinite (current))
    code = DOSON_CTR_ERROR_NOT_FINITE;
  else if (previous <= 0)
    code = DOSON_CTR_ERROR_NON_POSITIVE_BASE;
  else if (current < 0)
    code = DOSON_CTR_ERROR_MIXED_SIGNS;

  ok = doson_ctr_growth_change (previous, current, &change, &error);
  fuzz_growth_outcome ("change", ok, error, change, code);
  g_clear_error (&error);
  if (!ok)
    return;

  FUZZ_CHECK (change >= -1, "change (%.17g, %.17g) = %.17g below -1", previous, current, change);
  /* (A rise can underflow to a change of 0, never turn negative.) */
  FUZZ_CHECK ((current > previous && change >= 0) || (current < previous && change <= 0)
              || (current == previous && change == 0),
              "change (%.17g, %.17g) = %.17g has the wrong sign", previous, current, change);
}

static void
fuzz_growth_mean (FuzzBytes *b)
{
  DosonCtrMean mean = fuzz_u8 (b) % 2 == 0 ? DOSON_CTR_MEAN_GEOMETRIC : DOSON_CTR_MEAN_ARITHMETIC;
  gsize n = fuzz_u8 (b) % 33, i;
  g_autofree double *rates = g_new (double, MAX (n, 1));
  double rate = fuzz_growth_sentinel ();
  gboolean all_equal = TRUE;
  double lowest = INFINITY, highest = -INFINITY;
  GError *error = NULL;
  int code = -1;
  gboolean ok;

  for (i = 0; i < n; i++)
    {
      /* Repeat the previous rate now and then: a constant series. */
      rates[i] = (i > 0 && fuzz_u8 (b) % 4 == 0) ? rates[i - 1] : fuzz_double (b);
      all_equal &= i == 0 || memcmp (&rates[i], &rates[0], sizeof (double)) == 0;
      lowest = MIN (lowest, rates[i]);
      highest = MAX (highest, rates[i]);
    }

  if (n == 0)
    code = DOSON_CTR_ERROR_EMPTY;
  else
    for (i = 0; i < n && code < 0; i++)
      {
        if (!isfinite (rates[i]))
          code = DOSON_CTR_ERROR_NOT_FINITE;
        else if (mean == DOSON_CTR_MEAN_GEOMETRIC && rates[i] <= -1)
          code = DOSON_CTR_ERROR_INVALID_RATE;
      }

  ok = doson_ctr_growth_mean_rate (n > 0 ? rates : NULL, n, mean, &rate, &error);
  fuzz_growth_outcome ("mean_rate", ok, error, rate, code);
  FUZZ_CHECK (ok == (code < 0), "mean_rate: a mean of valid rates failed: %s",
              error != NULL ? error->message : "");
  g_clear_error (&error);
  if (!ok)
    return;

  FUZZ_CHECK (rate >= lowest && rate <= highest, "mean_rate: %.17g outside [%.17g, %.17g]",
              rate, lowest, highest);
  if (all_equal)
    FUZZ_CHECK (memcmp (&rate, &rates[0], sizeof rate) == 0 || (rate == 0 && rates[0] == 0),
                "mean_rate of %" G_GSIZE_FORMAT " times %.17g is %.17g", n, rates[0], rate);
}

void
fuzz_growth_one (const guint8 *data,
                 gsize         size)
{
  FuzzBytes b = { data, size };
  int calls;

  for (calls = 0; b.n > 0 && calls < 64; calls++)
    {
      switch (fuzz_u8 (&b) % 5)
        {
        case 0:
          fuzz_growth_compound (&b, FALSE);
          break;
        case 1:
          fuzz_growth_compound (&b, TRUE);
          break;
        case 2:
          fuzz_growth_project (&b);
          break;
        case 3:
          fuzz_growth_mean (&b);
          break;
        default:
          fuzz_growth_change (&b);
          break;
        }
    }
}

FUZZ_ENTRY_POINT (fuzz_growth_one)
