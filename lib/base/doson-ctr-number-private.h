/* doson-ctr-number-private.h: reading and writing numbers, independent of the locale; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_NUMBER_PRIVATE_H
#define DOSON_CTR_NUMBER_PRIVATE_H

#include <glib.h>

G_BEGIN_DECLS

/* Room _doson_ctr_format_double() needs: the longest number is 24 bytes
 * with its NUL, and the formatter copies digits in fixed-size blocks. */
#define DOSON_CTR_DOUBLE_BUF_SIZE 48

/* Number syntax, shared by every reader of the library: optional blanks
 * (spaces, tabs), an optional sign, decimal digits with an optional point
 * (at least one digit), an optional exponent, optional blanks.  No hex, no
 * digit grouping, no decimal comma. */
typedef enum
{
  DOSON_CTR_NUMBER_OK = 0,
  DOSON_CTR_NUMBER_EMPTY,          /* nothing but blanks */
  DOSON_CTR_NUMBER_SYNTAX,         /* not a number */
  DOSON_CTR_NUMBER_NOT_FINITE,     /* "nan", "inf", "infinity" or overflow */
  DOSON_CTR_NUMBER_RANGE           /* an integer out of the asked range */
} DosonCtrNumberParse;

/* Parses @len bytes at @text (need not be NUL-terminated) as a double,
 * correctly rounded.  Plain decimals with at most 19 significant digits
 * and a small exponent take an exact fast path, the others Eisel-Lemire;
 * the few that it cannot decide go through g_ascii_strtod(). */
DosonCtrNumberParse _doson_ctr_parse_double (const char *text,
                                             gsize       len,
                                             double     *value);

/* Parses @len bytes at @text as a decimal integer in [@min, @max]. */
DosonCtrNumberParse _doson_ctr_parse_int (const char *text,
                                          gsize       len,
                                          int         min,
                                          int         max,
                                          int        *value);

/* Formats a finite @value with the fewest significant digits that read
 * back as the same double, independent of the locale: plain notation
 * ("1234.5", "0.001", "-0") when the decimal exponent is from -5 to 16,
 * else "1.5e+20", "2e-07" (exponent of at least two digits, as printf).
 * @buf has room for DOSON_CTR_DOUBLE_BUF_SIZE bytes.  Returns the length
 * written (without the NUL). */
gsize _doson_ctr_format_double (char   *buf,
                                double  value);

/* Shortest round-trip text of a finite double ("0.1", "3", "1e+20"),
 * by _doson_ctr_format_double(). */
void _doson_ctr_append_double (GString *out,
                               double   value);
/* The same as a new string, for messages (any double: "NaN" too). */
char *_doson_ctr_format_number (double value);

/* A figure for people, as the explanations write it: printf "%.10g",
 * independent of the locale ("0.3", "1234.5", "1e+20"), so ten
 * significant digits at the most. */
void _doson_ctr_append_figure (GString *out,
                               double   value);

G_END_DECLS

#endif /* DOSON_CTR_NUMBER_PRIVATE_H */
