/* number-format-reference.h: the shortest-digits formatter of
 * lib/base/doson-ctr-number.c as it was before its fast paths were
 * rewritten (issue 12), kept verbatim (names prefixed "ref_") so that
 * test-number can check that the library still writes exactly the same
 * strings for every double it tries.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef NUMBER_FORMAT_REFERENCE_H
#define NUMBER_FORMAT_REFERENCE_H

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

static const double ref_exact_pow10[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

static const guint64 ref_pow10_u64[] = {
  G_GUINT64_CONSTANT (1),
  G_GUINT64_CONSTANT (10),
  G_GUINT64_CONSTANT (100),
  G_GUINT64_CONSTANT (1000),
  G_GUINT64_CONSTANT (10000),
  G_GUINT64_CONSTANT (100000),
  G_GUINT64_CONSTANT (1000000),
  G_GUINT64_CONSTANT (10000000),
  G_GUINT64_CONSTANT (100000000),
  G_GUINT64_CONSTANT (1000000000),
  G_GUINT64_CONSTANT (10000000000),
  G_GUINT64_CONSTANT (100000000000),
  G_GUINT64_CONSTANT (1000000000000),
  G_GUINT64_CONSTANT (10000000000000),
  G_GUINT64_CONSTANT (100000000000000),
  G_GUINT64_CONSTANT (1000000000000000),
  G_GUINT64_CONSTANT (10000000000000000),
  G_GUINT64_CONSTANT (100000000000000000),
  G_GUINT64_CONSTANT (1000000000000000000),
  G_GUINT64_CONSTANT (10000000000000000000)
};

static inline gboolean
ref_is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static const guint64 ref_pow5_u64[] = {
  G_GUINT64_CONSTANT (1),
  G_GUINT64_CONSTANT (5),
  G_GUINT64_CONSTANT (25),
  G_GUINT64_CONSTANT (125),
  G_GUINT64_CONSTANT (625),
  G_GUINT64_CONSTANT (3125),
  G_GUINT64_CONSTANT (15625),
  G_GUINT64_CONSTANT (78125),
  G_GUINT64_CONSTANT (390625),
  G_GUINT64_CONSTANT (1953125),
  G_GUINT64_CONSTANT (9765625),
  G_GUINT64_CONSTANT (48828125),
  G_GUINT64_CONSTANT (244140625),
  G_GUINT64_CONSTANT (1220703125),
  G_GUINT64_CONSTANT (6103515625),
  G_GUINT64_CONSTANT (30517578125),
  G_GUINT64_CONSTANT (152587890625),
  G_GUINT64_CONSTANT (762939453125),
  G_GUINT64_CONSTANT (3814697265625),
  G_GUINT64_CONSTANT (19073486328125),
  G_GUINT64_CONSTANT (95367431640625),
  G_GUINT64_CONSTANT (476837158203125),
  G_GUINT64_CONSTANT (2384185791015625),
  G_GUINT64_CONSTANT (11920928955078125),
  G_GUINT64_CONSTANT (59604644775390625),
  G_GUINT64_CONSTANT (298023223876953125),
  G_GUINT64_CONSTANT (1490116119384765625),
  G_GUINT64_CONSTANT (7450580596923828125)
};

static const char ref_digit_pairs[] =
  "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
  "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
  "8081828384858687888990919293949596979899";

/* Writes the decimal digits of @v to @out (no NUL); returns how many. */
static inline int
ref_write_digits (char    *out,
              guint64  v)
{
  char *p;
  int n = 1;

  while (n < 20 && v >= ref_pow10_u64[n])
    n++;
  p = out + n;
  while (v >= 100)
    {
      guint64 q = v / 100;
      int r = (int) (v - q * 100);

      p -= 2;
      memcpy (p, ref_digit_pairs + 2 * r, 2);
      v = q;
    }
  if (v >= 10)
    memcpy (p - 2, ref_digit_pairs + 2 * v, 2);
  else
    p[-1] = '0' + (char) v;
  return n;
}

/* Writes @value = ±digits × 10^(exp10 − n + 1), digits having no
 * trailing zero, in plain or scientific notation. */
/* Copies the digits: always REF_DIGITS_COPY bytes, which the compiler inlines;
 * the bytes past the digits are overwritten or lie past the NUL. */
#define REF_DIGITS_COPY 24

static gsize
ref_write_decimal (char       *buf,
               gboolean    negative,
               const char *digits,
               int         n,
               int         exp10)
{
  char *w = buf;
  int i;

  if (negative)
    *w++ = '-';

  if (exp10 >= -5 && exp10 <= 16)
    {
      if (exp10 >= n - 1)
        {
          memcpy (w, digits, REF_DIGITS_COPY);
          w += n;
          for (i = 0; i < exp10 - n + 1; i++)
            *w++ = '0';
        }
      else if (exp10 >= 0)
        {
          memcpy (w, digits, REF_DIGITS_COPY);
          w += exp10 + 1;
          *w++ = '.';
          memcpy (w, digits + exp10 + 1, REF_DIGITS_COPY);
          w += n - exp10 - 1;
        }
      else
        {
          *w++ = '0';
          *w++ = '.';
          for (i = 0; i < -exp10 - 1; i++)
            *w++ = '0';
          memcpy (w, digits, REF_DIGITS_COPY);
          w += n;
        }
    }
  else
    {
      int e = exp10 < 0 ? -exp10 : exp10;

      *w++ = digits[0];
      if (n > 1)
        {
          *w++ = '.';
          memcpy (w, digits + 1, REF_DIGITS_COPY);
          w += n - 1;
        }
      *w++ = 'e';
      *w++ = exp10 < 0 ? '-' : '+';
      if (e >= 100)
        *w++ = '0' + e / 100;
      *w++ = '0' + (e / 10) % 10;
      *w++ = '0' + e % 10;
    }

  *w = '\0';
  return w - buf;
}

/* Any finite double: the shortest of printf's correctly rounded "%.Ne"
 * renderings that reads back as @value. */
static gsize
ref_format_double_slow (char   *buf,
                    double  value)
{
  char tmp[G_ASCII_DTOSTR_BUF_SIZE];
  char digits[2 * REF_DIGITS_COPY] = { 0 };
  int precision;
  int n = 0;
  int exp10;
  const char *p;

  for (precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%de", precision - 1);
      g_ascii_formatd (tmp, sizeof tmp, format, fabs (value));
      if (g_ascii_strtod (tmp, NULL) == fabs (value))
        break;
    }

  /* tmp is "d[.ddd]e±XX" */
  for (p = tmp; *p != 'e'; p++)
    if (ref_is_digit (*p))
      digits[n++] = *p;
  exp10 = atoi (p + 1);
  while (n > 1 && digits[n - 1] == '0')
    n--;

  return ref_write_decimal (buf, signbit (value), digits, n, exp10);
}

/* An integer below 2^53: its neighbours are at most 1 away, so its own
 * digits (without trailing zeros) are the shortest. */
static gsize
ref_format_integer (char     *buf,
                gboolean  negative,
                guint64   v)
{
  char digits[2 * REF_DIGITS_COPY];
  int n = ref_write_digits (digits, v);
  int exp10 = n - 1;

  while (n > 1 && digits[n - 1] == '0')
    n--;
  return ref_write_decimal (buf, negative, digits, n, exp10);
}

/* Few decimals, as in most data: for the least j with which
 * t = |value| · 10^j rounds to an integer t < 2^52 such that t / 10^j
 * (one correctly rounded division of exact operands, which is what
 * reading the decimal gives) is |value| again, the digits of t are the
 * shortest.  Rounding the scaled value finds that t when it exists,
 * since it is far closer to |value| · 10^j than 1/2.  Returns 0 when
 * |value| has no such form with 1 to 4 decimals. */
static gsize
ref_format_few_decimals (char     *buf,
                     gboolean  negative,
                     double    a)
{
  char digits[2 * REF_DIGITS_COPY];
  int j;

  if (a < 1e-3)
    return 0;
  for (j = 1; j <= 4; j++)
    {
      double scaled = a * ref_exact_pow10[j];
      guint64 t;
      int n;

      if (scaled >= 4503599627370496.0)
        break;
      t = (guint64) (scaled + 0.5);
      if ((double) t / ref_exact_pow10[j] == a)
        {
          n = ref_write_digits (digits, t);
          return ref_write_decimal (buf, negative, digits, n, n - 1 - j);
        }
    }
  return 0;
}

/* Divides the range [*@lo, *@hi] of integers by 10 while it still holds
 * one; returns how many times. */
static int
ref_shrink_range (guint64 *lo,
              guint64 *hi)
{
  int d = 0;

  for (;;)
    {
      guint64 nlo = *lo / 10 + (*lo % 10 != 0);
      guint64 nhi = *hi / 10;

      if (nlo > nhi)
        return d;
      *lo = nlo;
      *hi = nhi;
      d++;
    }
}

/* @x / 2^@shift / 10^@d rounded to the nearest integer, ties to even. */
static guint64
ref_round_scaled (unsigned __int128 x,
              int               shift,
              int               d)
{
  unsigned __int128 mask = ((unsigned __int128) 1 << shift) - 1;
  guint64 a = (guint64) (x >> shift);
  guint64 c;
  gboolean round_up;
  gboolean tie;

  if (d == 0 && shift == 0)
    {
      c = a;
      round_up = tie = FALSE;
    }
  else if (d == 0)
    {
      unsigned __int128 r1 = x & mask;
      unsigned __int128 half = (unsigned __int128) 1 << (shift - 1);

      c = a;
      round_up = r1 > half;
      tie = r1 == half;
    }
  else
    {
      guint64 half = ref_pow10_u64[d] / 2;
      gboolean exact = (x & mask) == 0;
      guint64 r2 = a % ref_pow10_u64[d];

      c = a / ref_pow10_u64[d];
      round_up = r2 > half || (r2 == half && !exact);
      tie = r2 == half && exact;
    }
  if (round_up || (tie && (c & 1)))
    c++;
  return c;
}

/* Exact shortest search in 128-bit integers for |value| = @m · 2^@e,
 * @m having its leading bit at 2^52.  In units of 2^(e−2) the value is 4m
 * and the values that round to it lie between 4m − 2 (or 4m − 1 just above
 * a power of two, @lower_closer) and 4m + 2, bounds included when m is
 * even (ties round to even).  Scaled by 10^k, with k chosen so that
 * value · 10^k has 18 or 19 digits, those bounds give the range [lo, hi]
 * of integers t with t · 10^-k rounding to the value.  The fewest digits
 * come from dividing the range by 10 while it still holds an integer;
 * within the last range the digit string nearest the value is chosen.
 * Returns 0 when the scale is out of the 128-bit reach. */
static gsize
ref_format_exact (char     *buf,
              gboolean  negative,
              guint64   m,
              int       e,
              gboolean  lower_closer)
{
  char digits[2 * REF_DIGITS_COPY];
  int e2 = e + 52;                         /* 2^e2 <= |value| < 2^(e2+1) */
  int t2 = e2 + 1;
  /* floor (t2 · log10 2), exact for |t2| < 1650 (Ryu's log10Pow2) */
  int p10 = t2 >= 0 ? (t2 * 78913) >> 18 : -((-t2 * 78913) >> 18) - 1;
  int k = 18 - p10;
  /* value · 10^k = 4m · 2^(e−2) · 5^k · 2^k = 4m · 5^k / 2^shift */
  int shift = -e + 2 - k;
  gboolean inclusive = (m & 1) == 0;
  unsigned __int128 big_lo;
  unsigned __int128 big_hi;
  unsigned __int128 mask;
  guint64 lo;
  guint64 hi;
  guint64 c;
  int d;
  int n;

  if (k < 0 || k > 27 || shift < 0 || shift >= 127)
    return 0;

  big_hi = (unsigned __int128) (4 * m + 2) * ref_pow5_u64[k];
  big_lo = (unsigned __int128) (4 * m - (lower_closer ? 1 : 2)) * ref_pow5_u64[k];
  mask = ((unsigned __int128) 1 << shift) - 1;

  hi = (guint64) (big_hi >> shift);
  if (!inclusive && (big_hi & mask) == 0)
    hi--;
  lo = (guint64) (big_lo >> shift);
  if ((big_lo & mask) != 0 || !inclusive)
    lo++;

  d = ref_shrink_range (&lo, &hi);
  /* The value itself, value · 10^(k−d), rounded, kept in the range. */
  c = ref_round_scaled ((unsigned __int128) (4 * m) * ref_pow5_u64[k], shift, d);
  if (c < lo)
    c = lo;
  if (c > hi)
    c = hi;

  n = ref_write_digits (digits, c);
  return ref_write_decimal (buf, negative, digits, n, n - 1 + d - k);
}

static gsize
ref_doson_ctr_format_double (char   *buf,
                          double  value)
{
  union { double d; guint64 u; } bits;
  guint64 frac;
  guint64 m;
  int biased;
  int e;
  gboolean negative;
  gsize written;

  g_return_val_if_fail (isfinite (value), 0);

  bits.d = value;
  negative = (bits.u >> 63) != 0;
  biased = (int) ((bits.u >> 52) & 0x7ff);
  frac = bits.u & ((G_GUINT64_CONSTANT (1) << 52) - 1);

  if (biased == 0 && frac == 0)
    return ref_format_integer (buf, negative, 0);
  if (biased == 0)
    return ref_format_double_slow (buf, value);

  m = frac | (G_GUINT64_CONSTANT (1) << 52);
  e = biased - 1075;                    /* |value| = m · 2^e */

  if (e > 0)
    return ref_format_double_slow (buf, value);
  if (e >= -52 && (m & ((G_GUINT64_CONSTANT (1) << -e) - 1)) == 0)
    return ref_format_integer (buf, negative, m >> -e);

  written = ref_format_few_decimals (buf, negative, fabs (value));
  if (written == 0)
    written = ref_format_exact (buf, negative, m, e, frac == 0 && biased > 1);
  if (written == 0)
    written = ref_format_double_slow (buf, value);
  return written;
}

#endif /* NUMBER_FORMAT_REFERENCE_H */
