/* doson-ctr-error.c: the library's error domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <doson-ctr/doson-ctr-error.h>

/**
 * SECTION:doson-ctr-error
 * @Title: Errors
 * @Short_description: the error domain and its codes
 *
 * Every recoverable failure is reported as a #GError in the
 * %DOSON_CTR_ERROR domain, set if and only if the call fails. Mistakes in
 * how a function is called (a %NULL where an object belongs) are
 * programming errors instead: they emit a critical warning and return.
 */

/**
 * doson_ctr_error_quark:
 *
 * Gives the quark of the library's error domain, which %DOSON_CTR_ERROR
 * stands for. Compare it with the domain of a #GError, or use
 * g_error_matches().
 *
 * Returns: the #GQuark of the %DOSON_CTR_ERROR domain
 *
 * Since: 0.1
 */
G_DEFINE_QUARK (doson-ctr-error-quark, doson_ctr_error)
