/* doson-ctr-number-pow5-private.h: the powers of five of the number parser; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_NUMBER_POW5_PRIVATE_H
#define DOSON_CTR_NUMBER_POW5_PRIVATE_H

#include <glib.h>

G_BEGIN_DECLS

/* The decimal exponents the table covers: below, every decimal of at most
 * 19 digits rounds to zero; above, every one overflows. */
#define DOSON_CTR_NUMBER_POW5_MIN (-342)
#define DOSON_CTR_NUMBER_POW5_MAX 308

/* Entry q - DOSON_CTR_NUMBER_POW5_MIN: the 128 most significant bits of
 * 5^q, high word first (lib/base/gen-number-pow5.py writes them and says
 * how they are rounded). */
extern const guint64 _doson_ctr_number_pow5[DOSON_CTR_NUMBER_POW5_MAX - DOSON_CTR_NUMBER_POW5_MIN + 1][2];

G_END_DECLS

#endif /* DOSON_CTR_NUMBER_POW5_PRIVATE_H */
