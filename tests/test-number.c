/* test-number.c: reading and writing numbers independent of the locale,
 * lib/base/doson-ctr-number.c (white-box: private API)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

/* valgrind's client request, where its header is installed (Debian:
 * valgrind): the long comparisons run fewer times under it. */
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif

#include "doson-ctr-test.h"
#include "number-format-reference.h"

#include "base/doson-ctr-number-private.h"

static DosonCtrNumberParse
parse (const char *text,
       double     *value)
{
  return _doson_ctr_parse_double (text, strlen (text), value);
}

START_TEST (test_parse_double_good)
{
  static const struct { const char *text; double value; } cases[] = {
    { "0", 0 }, { "1", 1 }, { "-1.5", -1.5 }, { "+2", 2 }, { ".5", 0.5 },
    { "5.", 5 }, { "1e3", 1000 }, { "1E-3", 0.001 }, { " 12.5\t", 12.5 },
    { "0.1", 0.1 }, { "007.250", 7.25 }, { "123456789012345678901234567890", 1.2345678901234568e29 },
    { "3.141592653589793238462643383279", 3.141592653589793 },
    { "1e-400", 0 }, { "9007199254740993", 9007199254740992.0 },
    { "4.9406564584124654e-324", 4.9406564584124654e-324 },
    { "1.7976931348623157e308", 1.7976931348623157e308 },
    { "0.000000000000000000000000000001", 1e-30 }, { "0e5", 0 },
    /* longer than the parser's stack copy: the slow path on the heap */
    { "0.10000000000000000555111512312578270211815834045410156250000000001", 0.1 },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double v = -42;

      ck_assert_msg (parse (cases[i].text, &v) == DOSON_CTR_NUMBER_OK, "%s", cases[i].text);
      ck_assert_msg (v == cases[i].value, "%s: %.17g", cases[i].text, v);
    }

  {
    double v = 1;

    ck_assert (parse ("-0", &v) == DOSON_CTR_NUMBER_OK);
    ck_assert (v == 0 && signbit (v));
    v = 1;
    ck_assert (parse ("-0.000e-3", &v) == DOSON_CTR_NUMBER_OK);
    ck_assert (v == 0 && signbit (v));
  }
}
END_TEST

START_TEST (test_parse_double_bad)
{
  static const struct { const char *text; DosonCtrNumberParse result; } cases[] = {
    { "", DOSON_CTR_NUMBER_EMPTY }, { "  \t", DOSON_CTR_NUMBER_EMPTY },
    { "abc", DOSON_CTR_NUMBER_SYNTAX }, { "1.2.3", DOSON_CTR_NUMBER_SYNTAX },
    { "1e", DOSON_CTR_NUMBER_SYNTAX }, { "1e+", DOSON_CTR_NUMBER_SYNTAX },
    { ".", DOSON_CTR_NUMBER_SYNTAX }, { "-", DOSON_CTR_NUMBER_SYNTAX },
    { "0x10", DOSON_CTR_NUMBER_SYNTAX }, { "1,5", DOSON_CTR_NUMBER_SYNTAX },
    { "12abc", DOSON_CTR_NUMBER_SYNTAX }, { "- 1", DOSON_CTR_NUMBER_SYNTAX },
    { "1 000", DOSON_CTR_NUMBER_SYNTAX }, { "--1", DOSON_CTR_NUMBER_SYNTAX },
    { "nan", DOSON_CTR_NUMBER_NOT_FINITE }, { "NaN", DOSON_CTR_NUMBER_NOT_FINITE },
    { "-inf", DOSON_CTR_NUMBER_NOT_FINITE }, { "Infinity", DOSON_CTR_NUMBER_NOT_FINITE },
    { "1e400", DOSON_CTR_NUMBER_NOT_FINITE }, { "-1e99999999999", DOSON_CTR_NUMBER_NOT_FINITE },
    { "nano", DOSON_CTR_NUMBER_SYNTAX }, { "infinitx", DOSON_CTR_NUMBER_SYNTAX },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double v = 42;

      ck_assert_msg (parse (cases[i].text, &v) == cases[i].result, "%s", cases[i].text);
      ck_assert (v == 42);
    }
}
END_TEST

START_TEST (test_parse_double_matches_strtod)
{
  int i;

  for (i = 0; i < 200000; i++)
    {
      char text[64];
      double expected, got = 0;
      guint64 r = xorshift ();

      switch (i % 3)
        {
        case 0:   /* short decimals, as in data files */
          g_snprintf (text, sizeof text, "%s%" G_GUINT64_FORMAT ".%0*" G_GUINT64_FORMAT,
                      r & 1 ? "-" : "", (r >> 8) % 100000, (int) (r >> 40) % 6 + 1,
                      (r >> 20) % 1000000);
          break;
        case 1:   /* any double at full precision */
          {
            union { double d; guint64 u; } bits = { .u = r };

            if (!isfinite (bits.d))
              continue;
            g_snprintf (text, sizeof text, "%.17g", bits.d);
          }
          break;
        default:  /* digits and an exponent */
          g_snprintf (text, sizeof text, "%" G_GUINT64_FORMAT "e%d",
                      r % G_GUINT64_CONSTANT (100000000000000000),
                      (int) ((r >> 50) % 60) - 40);
          break;
        }

      expected = g_ascii_strtod (text, NULL);
      ck_assert_msg (parse (text, &got) == DOSON_CTR_NUMBER_OK, "%s", text);
      ck_assert_msg (got == expected, "%s: got %.17g, want %.17g", text, got, expected);
    }
}
END_TEST

START_TEST (test_parse_int)
{
  int v = 7;

  ck_assert (_doson_ctr_parse_int ("2015", 4, 1900, 2200, &v) == DOSON_CTR_NUMBER_OK);
  ck_assert_int_eq (v, 2015);
  ck_assert (_doson_ctr_parse_int (" +1900 ", 7, 1900, 2200, &v) == DOSON_CTR_NUMBER_OK);
  ck_assert_int_eq (v, 1900);
  ck_assert (_doson_ctr_parse_int ("-5", 2, -10, 10, &v) == DOSON_CTR_NUMBER_OK);
  ck_assert_int_eq (v, -5);
  v = 7;
  ck_assert (_doson_ctr_parse_int ("2201", 4, 1900, 2200, &v) == DOSON_CTR_NUMBER_RANGE);
  ck_assert (_doson_ctr_parse_int ("99999999999999999999", 20, 1900, 2200, &v)
             == DOSON_CTR_NUMBER_RANGE);
  ck_assert (_doson_ctr_parse_int ("2015.0", 6, 1900, 2200, &v) == DOSON_CTR_NUMBER_SYNTAX);
  ck_assert (_doson_ctr_parse_int ("+", 1, 1900, 2200, &v) == DOSON_CTR_NUMBER_SYNTAX);
  ck_assert (_doson_ctr_parse_int ("", 0, 1900, 2200, &v) == DOSON_CTR_NUMBER_EMPTY);
  ck_assert_int_eq (v, 7);
}
END_TEST

static void
assert_format (double      value,
               const char *expected)
{
  char buf[DOSON_CTR_DOUBLE_BUF_SIZE];
  gsize len = _doson_ctr_format_double (buf, value);

  ck_assert_msg (strcmp (buf, expected) == 0, "%.17g: got %s, want %s", value, buf, expected);
  ck_assert_uint_eq (len, strlen (expected));
}

START_TEST (test_format_double_cases)
{
  assert_format (0, "0");
  assert_format (-0.0, "-0");
  assert_format (1, "1");
  assert_format (-12.5, "-12.5");
  assert_format (0.1, "0.1");
  assert_format (0.3, "0.3");
  assert_format (1.0 / 3, "0.3333333333333333");
  assert_format (2.0 / 3, "0.6666666666666666");
  assert_format (45.67, "45.67");
  assert_format (100, "100");
  assert_format (1e16, "10000000000000000");
  assert_format (1e17, "1e+17");
  assert_format (123456789012345678.0, "1.2345678901234568e+17");
  assert_format (9007199254740992.0, "9007199254740992");
  assert_format (0.001, "0.001");
  assert_format (1e-5, "0.00001");
  assert_format (1.5e-5, "0.000015");
  assert_format (1e-6, "1e-06");
  assert_format (-7.25e-9, "-7.25e-09");
  assert_format (5e-324, "5e-324");
  assert_format (1.7976931348623157e308, "1.7976931348623157e+308");
  assert_format (1e21, "1e+21");
  assert_format (0.7142857142857143, "0.7142857142857143");
}
END_TEST

/* The shortest "%.Ne" rendering that reads back, as digits and exponent. */
static int
reference_digits (double value)
{
  char buf[64];
  int precision;

  for (precision = 1; precision < 17; precision++)
    {
      g_snprintf (buf, sizeof buf, "%.*e", precision - 1, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return precision;
}

/* Significant digits of a formatted number. */
static int
count_digits (const char *text)
{
  const char *p;
  const char *first = NULL;
  const char *last = NULL;
  int n = 0;

  for (p = text; *p != '\0' && *p != 'e'; p++)
    if (*p >= '1' && *p <= '9')
      {
        if (first == NULL)
          first = p;
        last = p;
      }
  if (first == NULL)
    return 1;
  for (p = first; p <= last; p++)
    if (*p >= '0' && *p <= '9')
      n++;
  return n;
}

START_TEST (test_format_double_round_trip)
{
  int i;

  for (i = 0; i < 300000; i++)
    {
      char buf[DOSON_CTR_DOUBLE_BUF_SIZE];
      guint64 r = xorshift ();
      double value, back;

      switch (i % 4)
        {
        case 0:
          {
            union { double d; guint64 u; } bits = { .u = r };

            value = bits.d;
            if (!isfinite (value))
              continue;
          }
          break;
        case 1:
          value = ldexp ((double) (r >> 11), -53) * pow (10, (int) (xorshift () % 24) - 7);
          break;
        case 2:
          value = (double) (gint64) (r % 10000000) / pow (10, (int) (xorshift () % 7));
          break;
        default:
          value = ldexp ((double) (r >> 11), -53) * 10 - 5;
          break;
        }
      if (r & (G_GUINT64_CONSTANT (1) << 63))
        value = -value;

      _doson_ctr_format_double (buf, value);
      back = g_ascii_strtod (buf, NULL);
      ck_assert_msg (back == value && signbit (back) == signbit (value),
                     "%.17g formatted as %s", value, buf);
      ck_assert_msg (count_digits (buf) <= reference_digits (value),
                     "%.17g formatted as %s, longer than needed", value, buf);
    }
}
END_TEST


/* The parser reads @len bytes, never up to a NUL: what follows them is
 * not part of the number. */
START_TEST (test_parse_double_length)
{
  double v = 0;

  ck_assert (_doson_ctr_parse_double ("12.5xyz", 4, &v) == DOSON_CTR_NUMBER_OK);
  ck_assert (v == 12.5);
  ck_assert (_doson_ctr_parse_double ("1e5", 2, &v) == DOSON_CTR_NUMBER_SYNTAX);
  ck_assert (_doson_ctr_parse_double ("-7", 1, &v) == DOSON_CTR_NUMBER_SYNTAX);
  ck_assert (_doson_ctr_parse_double ("99", 0, &v) == DOSON_CTR_NUMBER_EMPTY);
  ck_assert (_doson_ctr_parse_double ("1e3999", 3, &v) == DOSON_CTR_NUMBER_OK);
  ck_assert (v == 1000);
}
END_TEST

/* Around the edges of the exact fast paths: 19 digits, 2^53, 10^22, and
 * a long text that goes through g_ascii_strtod(). */
START_TEST (test_parse_double_fast_path_edges)
{
  static const char * const texts[] = {
    "9007199254740992", "9007199254740993", "9007199254740994",
    "1234567890123456789", "12345678901234567890", "0.1234567890123456789",
    "-900719925474099.3", "1e22", "1e23", "123e-22", "123e-23",
    "00000000000000000000000000001", "0.00000000000000000000000000001",
    "4503599627370497.5", "2.2250738585072011e-308", "2.2250738585072014e-308",
    "1.00000000000000011102230246251565404236316680908203125",
    "1.00000000000000011102230246251565404236316680908203124",
    "1.00000000000000011102230246251565404236316680908203126",
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      double v = 0;
      double expected = g_ascii_strtod (texts[i], NULL);

      ck_assert_msg (parse (texts[i], &v) == DOSON_CTR_NUMBER_OK, "%s", texts[i]);
      ck_assert_msg (v == expected, "%s: got %.17g, want %.17g", texts[i], v, expected);
    }
}
END_TEST

/* Many iterations, fewer under valgrind, which is about fifty times
 * slower. */
static int
iterations (int n)
{
  return RUNNING_ON_VALGRIND ? n / 100 : n;
}

/* Parses @text both ways and compares the bits (the sign of a zero too);
 * g_ascii_strtod() rounds correctly (glibc), overflowing to ±HUGE_VAL. */
static void
assert_parse_as_strtod (const char *text)
{
  union { double d; guint64 u; } want, got = { .u = 42 };
  DosonCtrNumberParse result = parse (text, &got.d);

  want.d = g_ascii_strtod (text, NULL);
  if (isinf (want.d))
    {
      ck_assert_msg (result == DOSON_CTR_NUMBER_NOT_FINITE, "%s: %d, want not finite",
                     text, result);
      return;
    }
  ck_assert_msg (result == DOSON_CTR_NUMBER_OK, "%s: %d", text, result);
  ck_assert_msg (got.u == want.u, "%s: got %a, want %a", text, got.d, want.d);
}

/* @n random decimal digits, the first not zero, into @out. */
static void
random_digits (char *out,
               int   n)
{
  int i;

  for (i = 0; i < n; i++)
    out[i] = '0' + (char) (xorshift () % 10);
  if (out[0] == '0')
    out[0] = '1' + (char) (xorshift () % 9);
  out[n] = '\0';
}

/* Decimals that miss Clinger's fast path, so that Eisel-Lemire (or its
 * fallback) reads them: every double written with 17 digits and with
 * 1 to 25, subnormals, mantissas of 15 to 40 digits with any exponent up
 * to the extremes and past them, leading and trailing zeros. */
START_TEST (test_parse_double_random_like_strtod)
{
  int n = iterations (1200000);
  int i;

  for (i = 0; i < n; i++)
    {
      char text[128];
      char digits[48];
      guint64 r = xorshift ();
      union { double d; guint64 u; } bits = { .u = r };
      int e;

      switch (i % 6)
        {
        case 0:   /* any double, shortest-or-more digits */
          if (!isfinite (bits.d))
            continue;
          g_snprintf (text, sizeof text, "%.17g", bits.d);
          break;
        case 1:   /* any double, 1 to 25 digits: off its neighbours */
          if (!isfinite (bits.d))
            continue;
          g_snprintf (text, sizeof text, "%.*e", (int) (xorshift () % 25), bits.d);
          break;
        case 2:   /* subnormals and the least normals */
          bits.u &= G_GUINT64_CONSTANT (0x801fffffffffffff);
          g_snprintf (text, sizeof text, "%.*e", (int) (xorshift () % 20), bits.d);
          break;
        case 3:   /* 15 to 19 digits, any exponent of a double and past it */
          random_digits (digits, 15 + (int) (r % 5));
          e = (int) ((r >> 8) % 700) - 360;
          g_snprintf (text, sizeof text, "%s%se%d", r & (1 << 20) ? "-" : "", digits, e);
          break;
        case 4:   /* 20 to 40 digits: the first 19 and the next mantissa up */
          random_digits (digits, 20 + (int) (r % 21));
          e = (int) ((r >> 8) % 660) - 340;
          g_snprintf (text, sizeof text, "%.*s.%se%d", (int) ((r >> 30) % 3) + 1, digits,
                      digits + (int) ((r >> 30) % 3) + 1, e);
          break;
        default:  /* leading and trailing zeros around a short mantissa */
          random_digits (digits, 1 + (int) (r % 19));
          g_snprintf (text, sizeof text, "%.*s0.%.*s%s%.*se%d",
                      (int) ((r >> 8) % 4), "0000", (int) ((r >> 12) % 30),
                      "000000000000000000000000000000", digits, (int) ((r >> 17) % 5),
                      "00000", (int) ((r >> 24) % 80) - 40);
          break;
        }
      assert_parse_as_strtod (text);
    }
}
END_TEST

/* Exactly halfway between two doubles (ties go to the even one) and a
 * digit either side: the midpoints of doubles from 2^41 to 2^64, which
 * are written exactly with at most 28 digits, as long double (64 bits
 * of mantissa) holds them. */
START_TEST (test_parse_double_halfway)
{
  int n = iterations (600000);
  int i;

  for (i = 0; i < n; i++)
    {
      guint64 r = xorshift ();
      int scale = (int) (r % 24) - 11;     /* ulp = 2^scale */
      double d = ldexp ((double) ((r >> 11) | (G_GUINT64_CONSTANT (1) << 52)), scale);
      long double mid = (long double) d + ldexpl (1.0L, scale - 1);
      char text[96];
      gsize len;

      /* "%.*Lf" writes a dyadic number exactly given enough decimals */
      g_snprintf (text, sizeof text, "%.*Lf", scale < 0 ? -scale + 1 : 0, mid);
      assert_parse_as_strtod (text);
      len = strlen (text);
      /* one more digit, 1 or 9 ... decides either way */
      if (len + 2 < sizeof text)
        {
          if (strchr (text, '.') == NULL)
            {
              text[len++] = '.';
              text[len] = '\0';
            }
          text[len] = (r >> 63) ? '1' : '9';
          text[len + 1] = '\0';
          assert_parse_as_strtod (text);
          /* and one less: the last digit cut */
          text[len] = '\0';
          if (text[len - 1] != '.' && text[len - 2] != '.')
            text[len - 1] = '\0';
          assert_parse_as_strtod (text);
        }
    }
}
END_TEST

/* Cases known to trouble parsers. */
START_TEST (test_parse_double_hard_cases)
{
  static const char * const texts[] = {
    "2015.0", "2015.00000000000000000000000", "0002015", "-0002015.000",
    "9007199254740993", "9007199254740993.0000000000000000000001",
    "9007199254740991.5", "9007199254740992.5", "18446744073709551615",
    "18446744073709551616", "18446744073709551617", "9223372036854775807",
    "9223372036854775808.5", "1e23", "8.589973e9", "7.3177701707893310e+15",
    "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
    "2.225073858507201136057409796709131975934819546351645648e-308",
    "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
    "2.470328229206232720882e-324", "7.4109846876186982e-324", "1e-324", "3e-324",
    "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
    "1.797693134862315807937289714053e308", "1.7976931348623157081e308", "1e308", "1e309",
    "0.000000000000000000000000000000000000000000001e-300",
    "1000000000000000000000000000000000000000e269", "1e-342", "1e-343",
    "9999999999999999999e-343", "9999999999999999999e-344", "1e-400", "-1e-400",
    "123456789012345678901234567890e-40", "0.1", "0.2", "0.3", "0.7",
    "1.00000000000000011102230246251565404236316680908203125",
    "1.000000000000000111022302462515654042363166809082031250000000001",
    "3.0540412e5", "9.5e-5", "1.448997445238699", "3.518437208883201171875e13",
    "62.5364939768271845828", "8.10109172351e-10", "1.23e-320", "5e-324",
    "1448997445238699e-15", "4.4501477170144023e-308", "17976931348623157e292",
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_parse_as_strtod (texts[i]);
}
END_TEST

START_TEST (test_parse_int_edges)
{
  int v = 7;

  ck_assert (_doson_ctr_parse_int ("\t-10 ", 5, -10, 10, &v) == DOSON_CTR_NUMBER_OK);
  ck_assert_int_eq (v, -10);
  ck_assert (_doson_ctr_parse_int ("10", 2, -10, 10, &v) == DOSON_CTR_NUMBER_OK);
  ck_assert_int_eq (v, 10);
  ck_assert (_doson_ctr_parse_int ("0000000000000000000042", 22, 0, 100, &v)
             == DOSON_CTR_NUMBER_OK);
  ck_assert_int_eq (v, 42);
  v = 7;
  ck_assert (_doson_ctr_parse_int ("-11", 3, -10, 10, &v) == DOSON_CTR_NUMBER_RANGE);
  ck_assert (_doson_ctr_parse_int ("-99999999999999999999", 21, G_MININT, G_MAXINT, &v)
             == DOSON_CTR_NUMBER_RANGE);
  ck_assert (_doson_ctr_parse_int ("2147483648", 10, G_MININT, G_MAXINT, &v)
             == DOSON_CTR_NUMBER_RANGE);
  ck_assert (_doson_ctr_parse_int ("1e3", 3, 0, 10000, &v) == DOSON_CTR_NUMBER_SYNTAX);
  ck_assert (_doson_ctr_parse_int ("1 2", 3, 0, 100, &v) == DOSON_CTR_NUMBER_SYNTAX);
  ck_assert (_doson_ctr_parse_int ("-", 1, -10, 10, &v) == DOSON_CTR_NUMBER_SYNTAX);
  ck_assert (_doson_ctr_parse_int (" \t ", 3, 0, 10, &v) == DOSON_CTR_NUMBER_EMPTY);
  ck_assert_int_eq (v, 7);
  ck_assert (_doson_ctr_parse_int ("2147483647", 10, G_MININT, G_MAXINT, &v)
             == DOSON_CTR_NUMBER_OK);
  ck_assert_int_eq (v, G_MAXINT);
  ck_assert (_doson_ctr_parse_int ("-2147483648", 11, G_MININT, G_MAXINT, &v)
             == DOSON_CTR_NUMBER_OK);
  ck_assert_int_eq (v, G_MININT);
}
END_TEST

/* Each of the formatter's ways: integers below 2^53, few decimals, the
 * exact search (just above a power of two too), subnormals and large
 * numbers through printf. */
START_TEST (test_format_double_paths)
{
  assert_format (4503599627370496.0, "4503599627370496");
  assert_format (-9007199254740991.0, "-9007199254740991");
  assert_format (1.25, "1.25");
  assert_format (0.0025, "0.0025");
  assert_format (123456.7891, "123456.7891");
  assert_format (0.00099, "0.00099");
  assert_format (0.000123, "0.000123");
  assert_format (1.0000000000000002, "1.0000000000000002");
  assert_format (0.9999999999999999, "0.9999999999999999");
  assert_format (ldexp (1, -20), "9.5367431640625e-07");
  assert_format (ldexp (1, -1022), "2.2250738585072014e-308");
  assert_format (ldexp (1, -1074) * 3, "1.5e-323");
  assert_format (2.2250738585072009e-308, "2.225073858507201e-308");
  assert_format (1e300, "1e+300");
  assert_format (-1.5e100, "-1.5e+100");
  assert_format (123456789012345.6, "123456789012345.6");
  assert_format (3e-5, "0.00003");
}
END_TEST

START_TEST (test_format_number_and_append)
{
  g_autoptr(GString) out = g_string_new ("x=");
  g_autofree char *nan_text = _doson_ctr_format_number (NAN);
  g_autofree char *inf_text = _doson_ctr_format_number (INFINITY);
  g_autofree char *minus_inf_text = _doson_ctr_format_number (-INFINITY);
  g_autofree char *finite_text = _doson_ctr_format_number (-0.1);

  ck_assert_str_eq (nan_text, "NaN");
  ck_assert_str_eq (inf_text, "infinity");
  ck_assert_str_eq (minus_inf_text, "-infinity");
  ck_assert_str_eq (finite_text, "-0.1");

  _doson_ctr_append_double (out, 2.5e-7);
  g_string_append_c (out, ';');
  _doson_ctr_append_double (out, 1e16);
  ck_assert_str_eq (out->str, "x=2.5e-07;10000000000000000");
}
END_TEST

/* What the formatter writes, the parser reads back to the same double. */
START_TEST (test_format_then_parse)
{
  int i;

  for (i = 0; i < 100000; i++)
    {
      char buf[DOSON_CTR_DOUBLE_BUF_SIZE];
      union { double d; guint64 u; } bits = { .u = xorshift () };
      double back = 0;
      gsize len;

      if (!isfinite (bits.d))
        continue;
      len = _doson_ctr_format_double (buf, bits.d);
      ck_assert_msg (_doson_ctr_parse_double (buf, len, &back) == DOSON_CTR_NUMBER_OK, "%s", buf);
      ck_assert_msg (memcmp (&back, &bits.d, sizeof back) == 0, "%.17g became %s", bits.d, buf);
    }
}
END_TEST

/* The formatter writes exactly the strings it wrote before its fast
 * paths were rewritten (the copy in number-format-reference.h), for
 * every kind of double: any bits, short decimals as in data files,
 * ratios at full precision, values next to powers of two and of ten,
 * large integers, subnormals. */
START_TEST (test_format_double_same_as_reference)
{
  int n = iterations (2000000);
  int i;

  for (i = 0; i < n; i++)
    {
      char got[DOSON_CTR_DOUBLE_BUF_SIZE];
      char want[DOSON_CTR_DOUBLE_BUF_SIZE];
      guint64 r = xorshift ();
      union { double d; guint64 u; } bits = { .u = r };
      double value;
      gsize got_len, want_len;

      /* The doubles both write by trying printf precisions (above 2^53,
       * subnormals), which is slow, a sixteenth as often as the rest. */
      switch (i % 7 == 0 || i % 7 == 6 ? ((i / 7) % 16 == 0 ? i % 7 : 2) : i % 7)
        {
        case 0:
          value = bits.d;
          break;
        case 1:   /* short decimals */
          value = (double) (r % 100000000) / ref_exact_pow10[(r >> 40) % 9];
          break;
        case 2:   /* full precision, 10^-7 to 10^15 */
          value = ldexp ((double) (r >> 11), -53) * ref_exact_pow10[(r >> 3) % 23] / 1e7;
          break;
        case 3:   /* the neighbours of a power of two */
          value = ldexp (1.0, (int) (r % 113) - 60);
          for (int k = (int) ((r >> 20) % 5); k > 0; k--)
            value = nextafter (value, (r >> 30) & 1 ? 0 : HUGE_VAL);
          break;
        case 4:   /* the neighbours of a short decimal */
          value = (double) (r % 1000000) / ref_exact_pow10[(r >> 40) % 7];
          value = nextafter (value, (r >> 50) & 1 ? 0 : HUGE_VAL);
          break;
        case 5:   /* integers up to 2^53 */
          value = (double) (r >> (11 + (r >> 58) % 53));
          break;
        default:  /* subnormals and huge values */
          bits.u &= (r >> 62) & 1 ? G_GUINT64_CONSTANT (0x800fffffffffffff)
                                  : G_GUINT64_CONSTANT (0xffffffffffffffff);
          value = bits.d;
          break;
        }
      if (!isfinite (value))
        continue;
      if (r & 1)
        value = -value;

      got_len = _doson_ctr_format_double (got, value);
      want_len = ref_doson_ctr_format_double (want, value);
      ck_assert_msg (strcmp (got, want) == 0, "%a: got %s, want %s", value, got, want);
      ck_assert_uint_eq (got_len, want_len);
    }
}
END_TEST

static Suite *
number_suite (void)
{
  Suite *s = suite_create ("number");
  TCase *tc;

  tc = tcase_create ("parse");
  tcase_set_timeout (tc, 120);
  tcase_add_test (tc, test_parse_double_good);
  tcase_add_test (tc, test_parse_double_bad);
  tcase_add_test (tc, test_parse_double_length);
  tcase_add_test (tc, test_parse_double_fast_path_edges);
  tcase_add_test (tc, test_parse_double_matches_strtod);
  tcase_add_test (tc, test_parse_double_random_like_strtod);
  tcase_add_test (tc, test_parse_double_halfway);
  tcase_add_test (tc, test_parse_double_hard_cases);
  tcase_add_test (tc, test_parse_int);
  tcase_add_test (tc, test_parse_int_edges);
  suite_add_tcase (s, tc);

  tc = tcase_create ("format");
  tcase_set_timeout (tc, 120);
  tcase_add_test (tc, test_format_double_cases);
  tcase_add_test (tc, test_format_double_paths);
  tcase_add_test (tc, test_format_double_round_trip);
  tcase_add_test (tc, test_format_double_same_as_reference);
  tcase_add_test (tc, test_format_number_and_append);
  tcase_add_test (tc, test_format_then_parse);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return test_run_suite (number_suite ());
}
