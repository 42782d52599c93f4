/* doson-ctr-target-private.h: what the programme and the loader need of a
 * target beyond its public API; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_TARGET_PRIVATE_H
#define DOSON_CTR_TARGET_PRIVATE_H

#include <doson-ctr/doson-ctr-target.h>

#include "base/doson-ctr-text-private.h"

G_BEGIN_DECLS

/* The wording in both languages, as set. */
const DosonCtrLocText *_doson_ctr_target_get_text_raw (const DosonCtrTarget *target);

/* Checks of one target against the measure of its indicator, shared by
 * the loader (which prefixes a position) and doson_ctr_program_add_indicator().
 * Sets @error (DOSON_CTR_ERROR_INVALID_DATA) with a message without prefix. */
gboolean _doson_ctr_target_check_measure (const DosonCtrTarget  *target,
                                          DosonCtrMeasure        measure,
                                          GError               **error);

G_END_DECLS

#endif /* DOSON_CTR_TARGET_PRIVATE_H */
