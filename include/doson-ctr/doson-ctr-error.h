/* doson-ctr-error.h: the library's error domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_ERROR_H
#define DOSON_CTR_ERROR_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <doson-ctr/doson-ctr-version-macros.h>

G_BEGIN_DECLS

/**
 * DOSON_CTR_ERROR:
 *
 * The error domain of every #GError the library sets. Its codes are the
 * values of #DosonCtrError.
 *
 * Since: 0.1
 */
#define DOSON_CTR_ERROR (doson_ctr_error_quark ())

/**
 * DosonCtrError:
 * @DOSON_CTR_ERROR_FAILED: a failure with no more specific code
 * @DOSON_CTR_ERROR_NOT_FINITE: an input number is NaN or infinite
 * @DOSON_CTR_ERROR_NON_POSITIVE_BASE: a compound rate or a relative change
 *   was asked for from a base value that is zero or negative
 * @DOSON_CTR_ERROR_INVALID_SPAN: a span of years (or periods) is zero or
 *   negative
 * @DOSON_CTR_ERROR_MIXED_SIGNS: two values that must share a sign do not
 * @DOSON_CTR_ERROR_INVALID_RATE: a growth rate is -100 % or below, so
 *   1 + rate is not positive
 * @DOSON_CTR_ERROR_EMPTY: a computation needs at least one value and got none
 * @DOSON_CTR_ERROR_INVALID_CUTOFFS: a set of cut-offs is not strictly
 *   ordered or holds a non-finite value
 * @DOSON_CTR_ERROR_INVALID_ARGUMENT: an argument is outside what the
 *   function accepts (an unknown name, a contradictory setting)
 * @DOSON_CTR_ERROR_PARSE: input text is malformed (bad CSV or JSON syntax,
 *   invalid UTF-8, text where a number belongs); the message names the
 *   file, line and field
 * @DOSON_CTR_ERROR_INVALID_DATA: input is well formed but its content is
 *   wrong (a missing column, a duplicate year, an unknown id, a value out
 *   of range); the message names the file, line and field
 * @DOSON_CTR_ERROR_LIMIT: input exceeds one of the library's documented
 *   limits
 * @DOSON_CTR_ERROR_IO: reading or writing a file or stream failed
 *
 * Error codes of the %DOSON_CTR_ERROR domain.
 *
 * New codes may be added in later versions: treat a code you do not know
 * as %DOSON_CTR_ERROR_FAILED.
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_ERROR_FAILED = 0,
  DOSON_CTR_ERROR_NOT_FINITE,
  DOSON_CTR_ERROR_NON_POSITIVE_BASE,
  DOSON_CTR_ERROR_INVALID_SPAN,
  DOSON_CTR_ERROR_MIXED_SIGNS,
  DOSON_CTR_ERROR_INVALID_RATE,
  DOSON_CTR_ERROR_EMPTY,
  DOSON_CTR_ERROR_INVALID_CUTOFFS,
  DOSON_CTR_ERROR_INVALID_ARGUMENT,
  DOSON_CTR_ERROR_PARSE,
  DOSON_CTR_ERROR_INVALID_DATA,
  DOSON_CTR_ERROR_LIMIT,
  DOSON_CTR_ERROR_IO
} DosonCtrError;

DOSON_CTR_AVAILABLE_IN_0_1
GQuark doson_ctr_error_quark (void);

G_END_DECLS

#endif /* DOSON_CTR_ERROR_H */
