/* doson-ctr-id-private.h: the limits of an id; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_ID_PRIVATE_H
#define DOSON_CTR_ID_PRIVATE_H

/* The longest id doson_ctr_id_is_valid() accepts, in bytes. */
#define DOSON_CTR_ID_MAX_LENGTH 64

#endif /* DOSON_CTR_ID_PRIVATE_H */
