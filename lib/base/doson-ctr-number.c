/* doson-ctr-number.c: locale-independent number parsing and shortest round-trip formatting
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Numbers are read with an exact fast path for short decimals (Clinger's:
 * an integer below 2^53 and a power of ten up to 10^22 are both exact, so
 * one division or multiplication rounds correctly), Eisel-Lemire's
 * 128-bit multiplication for the other mantissas of up to 19 digits, and
 * g_ascii_strtod() in the rare cases neither can decide.  They are written with the fewest digits that read back,
 * found exactly in 128-bit integer arithmetic for the usual magnitudes and
 * by trying printf precisions for the rest.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "base/doson-ctr-number-private.h"
#include "base/doson-ctr-number-pow5-private.h"

/* Numbers */

static inline gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

static inline gboolean
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static void
trim (const char **begin,
      const char **end)
{
  while (*begin < *end && is_blank (**begin))
    (*begin)++;
  while (*end > *begin && is_blank ((*end)[-1]))
    (*end)--;
}

/* 10^0 to 10^22 are exact doubles. */
static const double exact_pow10[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

static const guint64 pow10_u64[] = {
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

static gboolean
is_non_finite_word (const char *p,
                    const char *end)
{
  gsize n = end - p;

  return (n == 3 && (g_ascii_strncasecmp (p, "nan", 3) == 0
                     || g_ascii_strncasecmp (p, "inf", 3) == 0))
      || (n == 8 && g_ascii_strncasecmp (p, "infinity", 8) == 0);
}

/* Reads the digits from @p on into *@v; returns where they stop. */
static inline const char *
scan_digits (const char *p,
             const char *end,
             guint64    *v)
{
  guint64 x = *v;
  unsigned d;

  while (p < end && (d = (unsigned char) *p - '0') < 10)
    {
      x = x * 10 + d;
      p++;
    }
  *v = x;
  return p;
}

/* The common case first: [-]digits[.digits], at most 19 digits below
 * 2^53, no blanks, no exponent; the digits and the power of ten are both
 * exact, so one division rounds correctly.  FALSE for anything else. */
static inline gboolean
parse_plain_decimal (const char *text,
                     gsize       len,
                     double     *value)
{
  const char *end = text + len;
  const char *p = text + (len > 0 && *text == '-');
  const char *q;
  guint64 v = 0;
  int frac = 0;
  int n;
  double x;

  if (len > 20)
    return FALSE;
  q = scan_digits (p, end, &v);
  n = (int) (q - p);
  if (q < end)
    {
      if (*q != '.')
        return FALSE;
      p = q + 1;
      q = scan_digits (p, end, &v);
      if (q != end)
        return FALSE;
      frac = (int) (q - p);
      n += frac;
    }
  if (n == 0 || n > 19 || v > (G_GUINT64_CONSTANT (1) << 53))
    return FALSE;

  x = (double) v;
  if (frac > 0)
    x /= exact_pow10[frac];
  *value = *text == '-' ? -x : x;
  return TRUE;
}

/* The digits of a decimal as read: its first 19 significant digits in
 * @mant, scaled by 10^@exp_adjust, @truncated when a digit past them is
 * not zero. */
typedef struct
{
  guint64 mant;
  int n_sig;
  int n_digits;
  int exp_adjust;
  gboolean truncated;
} Decimal;

static inline void
add_digit (Decimal  *dec,
           int       d,
           gboolean  fraction)
{
  dec->n_digits++;
  if (dec->n_sig < 19)
    {
      if (dec->mant != 0 || d != 0)
        {
          dec->mant = dec->mant * 10 + d;
          dec->n_sig++;
        }
      if (fraction)
        dec->exp_adjust--;
    }
  else
    {
      if (!fraction)
        dec->exp_adjust++;
      dec->truncated |= d != 0;
    }
}

/* Reads digits[.digits] from @p into @dec; returns where it stopped. */
static const char *
scan_mantissa (const char *p,
               const char *end,
               Decimal    *dec)
{
  for (; p < end && is_digit (*p); p++)
    add_digit (dec, *p - '0', FALSE);
  if (p < end && *p == '.')
    for (p++; p < end && is_digit (*p); p++)
      add_digit (dec, *p - '0', TRUE);
  return p;
}

/* Reads an exponent "e[±]digits" at *@p, if there is one, into
 * @exp_value (its magnitude capped near 10^6, far past any double) and
 * moves *@p past it.  FALSE when the "e" has no digits. */
static gboolean
scan_exponent (const char **p,
               const char  *end,
               int         *exp_value)
{
  const char *q = *p;
  gboolean negative = FALSE;
  int n_digits = 0;
  int v = 0;

  *exp_value = 0;
  if (q == end || (*q != 'e' && *q != 'E'))
    return TRUE;
  q++;
  if (q < end && (*q == '+' || *q == '-'))
    {
      negative = *q == '-';
      q++;
    }
  for (; q < end && is_digit (*q); q++)
    {
      n_digits++;
      if (v < 100000)
        v = v * 10 + (*q - '0');
    }
  *p = q;
  *exp_value = negative ? -v : v;
  return n_digits > 0;
}

#define EXP_INFINITE 0x7ff
#define FRACTION_BITS 52

/* The bits of a subnormal double (or of the least normal one, where
 * rounding carries into the exponent) from the 54 bits of @mantissa and
 * a biased exponent @power2 ≤ 0: with at most 19 digits, no decimal is
 * exactly halfway between two subnormals, so halves round up. */
static guint64
subnormal_bits (guint64 mantissa,
                int     power2)
{
  if (-power2 + 1 >= 64)
    return 0;
  mantissa >>= -power2 + 1;
  mantissa += mantissa & 1;
  mantissa >>= 1;
  /* 2^52, when rounding carried, is also the least normal's bits. */
  return mantissa;
}

/* Eisel-Lemire (Lemire, "Number parsing at a gigabyte per second",
 * Software: Practice and Experience 51(8), 2021): the bits of the double
 * nearest @w × 10^@q, for 0 < @w < 2^64, from @w times the 128 leading
 * bits of 5^@q.  FALSE in the rare case where the truncated product
 * cannot decide the rounding; the caller then reads the number another
 * way. */
static gboolean
eisel_lemire (guint64  w,
              int      q,
              guint64 *bits)
{
  const guint64 *t;
  unsigned __int128 product;
  guint64 hi, lo, mantissa;
  int lz, upperbit, shift, power2;

  if (q < DOSON_CTR_NUMBER_POW5_MIN)
    {
      *bits = 0;
      return TRUE;
    }
  if (q > DOSON_CTR_NUMBER_POW5_MAX)
    {
      *bits = (guint64) EXP_INFINITE << FRACTION_BITS;
      return TRUE;
    }

  lz = __builtin_clzll (w);
  w <<= lz;
  t = _doson_ctr_number_pow5[q - DOSON_CTR_NUMBER_POW5_MIN];
  product = (unsigned __int128) w * t[0];
  hi = (guint64) (product >> 64);
  lo = (guint64) product;
  /* The 55 bits kept may be off by the low part: add w × the next 64
   * bits of 5^q. */
  if ((hi & 0x1ff) == 0x1ff)
    {
      guint64 second = (guint64) (((unsigned __int128) w * t[1]) >> 64);

      lo += second;
      if (second > lo)
        hi++;
    }
  /* Outside the exponents where the table is exact, a product this close
   * to a carry is left undecided (the paper's test). */
  if (lo == G_MAXUINT64 && (q < -27 || q > 55))
    return FALSE;

  upperbit = (int) (hi >> 63);
  shift = upperbit + 64 - FRACTION_BITS - 3;
  mantissa = hi >> shift;
  /* floor (q · log2 10) + 63, then the bias */
  power2 = (((152170 + 65536) * q) >> 16) + 63 + upperbit - lz + 1023;
  if (power2 <= 0)
    {
      *bits = subnormal_bits (mantissa, power2);
      return TRUE;
    }

  /* Round half up on the 54 bits, except an exact tie, which goes to
   * even: only small exponents can give one. */
  if (lo <= 1 && q >= -4 && q <= 23 && (mantissa & 3) == 1
      && (mantissa << shift) == hi)
    mantissa &= ~G_GUINT64_CONSTANT (1);
  mantissa += mantissa & 1;
  mantissa >>= 1;
  if (mantissa >= G_GUINT64_CONSTANT (2) << FRACTION_BITS)
    {
      mantissa = G_GUINT64_CONSTANT (1) << FRACTION_BITS;
      power2++;
    }
  mantissa &= ~(G_GUINT64_CONSTANT (1) << FRACTION_BITS);
  if (power2 >= EXP_INFINITE)
    {
      *bits = (guint64) EXP_INFINITE << FRACTION_BITS;
      return TRUE;
    }
  *bits = ((guint64) power2 << FRACTION_BITS) | mantissa;
  return TRUE;
}

/* The @n bytes at @start as g_ascii_strtod() reads them. */
static double
strtod_fallback (const char *start,
                 gsize       n)
{
  char small[64];
  g_autofree char *big = NULL;
  char *copy;

  if (n < sizeof small)
    {
      memcpy (small, start, n);
      small[n] = '\0';
      copy = small;
    }
  else
    copy = big = g_strndup (start, n);
  return g_ascii_strtod (copy, NULL);
}

/* The double nearest @dec × 10^@e10: exact operands take Clinger's fast
 * path (one correctly rounded operation gives the correctly rounded
 * result), the others Eisel-Lemire, on the first 19 digits and, when
 * digits were cut, on the next mantissa up too: both round to the same
 * double unless the cut digits decide it.  The rest, the @n bytes at
 * @start, go through g_ascii_strtod(). */
static DosonCtrNumberParse
decimal_to_double (const Decimal *dec,
                   int            e10,
                   gboolean       negative,
                   const char    *start,
                   gsize          n,
                   double        *value)
{
  union { double d; guint64 u; } r;
  guint64 up;
  double d;

  if (dec->mant == 0)
    {
      *value = negative ? -0.0 : 0.0;
      return DOSON_CTR_NUMBER_OK;
    }
  if (!dec->truncated && dec->mant <= (G_GUINT64_CONSTANT (1) << 53)
      && e10 >= -22 && e10 <= 22)
    {
      d = (double) dec->mant;
      d = e10 < 0 ? d / exact_pow10[-e10] : d * exact_pow10[e10];
      *value = negative ? -d : d;
      return DOSON_CTR_NUMBER_OK;
    }

  if (eisel_lemire (dec->mant, e10, &r.u)
      && (!dec->truncated
          || (eisel_lemire (dec->mant + 1, e10, &up) && up == r.u)))
    {
      if ((r.u >> FRACTION_BITS) == EXP_INFINITE)
        return DOSON_CTR_NUMBER_NOT_FINITE;
      r.u |= (guint64) (negative != 0) << 63;
      *value = r.d;
      return DOSON_CTR_NUMBER_OK;
    }

  d = strtod_fallback (start, n);
  if (!isfinite (d))
    return DOSON_CTR_NUMBER_NOT_FINITE;
  *value = d;
  return DOSON_CTR_NUMBER_OK;
}

DosonCtrNumberParse
_doson_ctr_parse_double (const char *text,
                         gsize       len,
                         double     *value)
{
  const char *p = text;
  const char *end = text + len;
  const char *start;
  const char *digits_start;
  Decimal dec = { 0, 0, 0, 0, FALSE };
  gboolean negative = FALSE;
  int exp_value;

  if (parse_plain_decimal (text, len, value))
    return DOSON_CTR_NUMBER_OK;

  trim (&p, &end);
  if (p == end)
    return DOSON_CTR_NUMBER_EMPTY;

  start = p;
  if (*p == '+' || *p == '-')
    {
      negative = *p == '-';
      p++;
    }
  digits_start = p;

  p = scan_mantissa (p, end, &dec);
  if (dec.n_digits == 0)
    return is_non_finite_word (digits_start, end)
           ? DOSON_CTR_NUMBER_NOT_FINITE : DOSON_CTR_NUMBER_SYNTAX;
  if (!scan_exponent (&p, end, &exp_value) || p != end)
    return DOSON_CTR_NUMBER_SYNTAX;

  return decimal_to_double (&dec, dec.exp_adjust + exp_value, negative,
                            start, end - start, value);
}

DosonCtrNumberParse
_doson_ctr_parse_int (const char *text,
                      gsize       len,
                      int         min,
                      int         max,
                      int        *value)
{
  const char *p = text;
  const char *end = text + len;
  gboolean negative = FALSE;
  gint64 v = 0;

  trim (&p, &end);
  if (p == end)
    return DOSON_CTR_NUMBER_EMPTY;
  if (*p == '+' || *p == '-')
    {
      negative = *p == '-';
      p++;
    }
  if (p == end)
    return DOSON_CTR_NUMBER_SYNTAX;
  for (; p < end; p++)
    {
      if (!is_digit (*p))
        return DOSON_CTR_NUMBER_SYNTAX;
      if (v < G_GINT64_CONSTANT (10000000000))
        v = v * 10 + (*p - '0');
    }
  if (negative)
    v = -v;
  if (v < min || v > max)
    return DOSON_CTR_NUMBER_RANGE;
  *value = (int) v;
  return DOSON_CTR_NUMBER_OK;
}

static const guint64 pow5_u64[] = {
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

static const char digit_pairs[] =
  "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
  "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
  "8081828384858687888990919293949596979899";

/* How many decimal digits @v has (1 for 0): floor (log10 2^bits) from
 * the bit length (1233 / 4096 just above log10 2), then one compare. */
static inline int
count_digits (guint64 v)
{
  int bits = 64 - __builtin_clzll (v | 1);
  int t = (bits * 1233) >> 12;
  int n = t + 1 - (v < pow10_u64[t]);

  return n > 0 ? n : 1;
}

/* Writes the decimal digits of @v to @out (no NUL); returns how many. */
static inline int
write_digits (char    *out,
              guint64  v)
{
  char *p;
  int n = count_digits (v);

  p = out + n;
  while (v >= 100)
    {
      guint64 q = v / 100;
      int r = (int) (v - q * 100);

      p -= 2;
      memcpy (p, digit_pairs + 2 * r, 2);
      v = q;
    }
  if (v >= 10)
    memcpy (p - 2, digit_pairs + 2 * v, 2);
  else
    p[-1] = '0' + (char) v;
  return n;
}

/* Writes @value = ±digits × 10^(exp10 − n + 1), digits having no
 * trailing zero, in plain or scientific notation. */
/* Copies the digits: always DIGITS_COPY bytes, which the compiler inlines;
 * the bytes past the digits are overwritten or lie past the NUL. */
#define DIGITS_COPY 24

static gsize
write_decimal (char       *buf,
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
          memcpy (w, digits, DIGITS_COPY);
          w += n;
          for (i = 0; i < exp10 - n + 1; i++)
            *w++ = '0';
        }
      else if (exp10 >= 0)
        {
          memcpy (w, digits, DIGITS_COPY);
          w += exp10 + 1;
          *w++ = '.';
          memcpy (w, digits + exp10 + 1, DIGITS_COPY);
          w += n - exp10 - 1;
        }
      else
        {
          *w++ = '0';
          *w++ = '.';
          for (i = 0; i < -exp10 - 1; i++)
            *w++ = '0';
          memcpy (w, digits, DIGITS_COPY);
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
          memcpy (w, digits + 1, DIGITS_COPY);
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
format_double_slow (char   *buf,
                    double  value)
{
  char tmp[G_ASCII_DTOSTR_BUF_SIZE];
  char digits[2 * DIGITS_COPY] = { 0 };
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
    if (is_digit (*p))
      digits[n++] = *p;
  exp10 = atoi (p + 1);
  while (n > 1 && digits[n - 1] == '0')
    n--;

  return write_decimal (buf, signbit (value), digits, n, exp10);
}

/* An integer below 2^53: its neighbours are at most 1 away, so its own
 * digits (without trailing zeros) are the shortest. */
static gsize
format_integer (char     *buf,
                gboolean  negative,
                guint64   v)
{
  char digits[2 * DIGITS_COPY];
  int n = write_digits (digits, v);
  int exp10 = n - 1;

  while (n > 1 && digits[n - 1] == '0')
    n--;
  return write_decimal (buf, negative, digits, n, exp10);
}

/* Few decimals, as in most data: for the least j with which
 * t = |value| · 10^j rounds to an integer t < 2^52 such that t / 10^j
 * (one correctly rounded division of exact operands, which is what
 * reading the decimal gives) is |value| again, the digits of t are the
 * shortest.  Rounding the scaled value finds that t when it exists,
 * since it is far closer to |value| · 10^j than 1/2.  Returns 0 when
 * |value| has no such form with 1 to 4 decimals.
 *
 * When |value| · 10^4 < 2^52, one test at j = 4 decides for every j: a t
 * that works at j gives t · 10^(4−j), which works at 4 (the same real
 * quotient, rounded once), and the t found at 4 is the only one there
 * (ulp (|value|) < 10^-4), so the least j is 4 less its trailing zeros.
 * Larger values try each j in turn. */
static gsize
format_few_decimals (char     *buf,
                     gboolean  negative,
                     double    a)
{
  char digits[2 * DIGITS_COPY];
  double scaled;
  guint64 t;
  int j;
  int n;

  if (a < 1e-3)
    return 0;
  scaled = a * exact_pow10[4];
  if (scaled < 4503599627370496.0)
    {
      t = (guint64) (scaled + 0.5);
      if ((double) t / exact_pow10[4] != a)
        return 0;
      for (j = 4; j > 1 && t % 10 == 0; j--)
        t /= 10;
      n = write_digits (digits, t);
      return write_decimal (buf, negative, digits, n, n - 1 - j);
    }
  for (j = 1; j < 4; j++)
    {
      scaled = a * exact_pow10[j];
      if (scaled >= 4503599627370496.0)
        break;
      t = (guint64) (scaled + 0.5);
      if ((double) t / exact_pow10[j] == a)
        {
          n = write_digits (digits, t);
          return write_decimal (buf, negative, digits, n, n - 1 - j);
        }
    }
  return 0;
}

/* Divides the range [*@lo, *@hi] of integers by 10 while it still holds
 * one; returns how many times. */
static int
shrink_range (guint64 *lo,
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
round_scaled (unsigned __int128 x,
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
      guint64 half = pow10_u64[d] / 2;
      gboolean exact = (x & mask) == 0;
      guint64 r2 = a % pow10_u64[d];

      c = a / pow10_u64[d];
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
format_exact (char     *buf,
              gboolean  negative,
              guint64   m,
              int       e,
              gboolean  lower_closer)
{
  char digits[2 * DIGITS_COPY];
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

  big_hi = (unsigned __int128) (4 * m + 2) * pow5_u64[k];
  big_lo = (unsigned __int128) (4 * m - (lower_closer ? 1 : 2)) * pow5_u64[k];
  mask = ((unsigned __int128) 1 << shift) - 1;

  hi = (guint64) (big_hi >> shift);
  if (!inclusive && (big_hi & mask) == 0)
    hi--;
  lo = (guint64) (big_lo >> shift);
  if ((big_lo & mask) != 0 || !inclusive)
    lo++;

  d = shrink_range (&lo, &hi);
  /* The value itself, value · 10^(k−d), rounded, kept in the range. */
  c = round_scaled ((unsigned __int128) (4 * m) * pow5_u64[k], shift, d);
  if (c < lo)
    c = lo;
  if (c > hi)
    c = hi;

  n = write_digits (digits, c);
  return write_decimal (buf, negative, digits, n, n - 1 + d - k);
}

gsize
_doson_ctr_format_double (char   *buf,
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
    return format_integer (buf, negative, 0);
  if (biased == 0)
    return format_double_slow (buf, value);

  m = frac | (G_GUINT64_CONSTANT (1) << 52);
  e = biased - 1075;                    /* |value| = m · 2^e */

  if (e > 0)
    return format_double_slow (buf, value);
  if (e >= -52 && (m & ((G_GUINT64_CONSTANT (1) << -e) - 1)) == 0)
    return format_integer (buf, negative, m >> -e);

  written = format_few_decimals (buf, negative, fabs (value));
  if (written == 0)
    written = format_exact (buf, negative, m, e, frac == 0 && biased > 1);
  if (written == 0)
    written = format_double_slow (buf, value);
  return written;
}

void
_doson_ctr_append_double (GString *out,
                          double   value)
{
  char buf[DOSON_CTR_DOUBLE_BUF_SIZE];

  g_string_append_len (out, buf, (gssize) _doson_ctr_format_double (buf, value));
}

char *
_doson_ctr_format_number (double value)
{
  char buf[DOSON_CTR_DOUBLE_BUF_SIZE];

  if (!isfinite (value))
    return g_strdup (isnan (value) ? "NaN" : value > 0 ? "infinity" : "-infinity");
  _doson_ctr_format_double (buf, value);
  return g_strdup (buf);
}

void
_doson_ctr_append_figure (GString *out,
                          double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.10g", value));
}
