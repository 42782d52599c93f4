/* doson-ctr-indicator-private.h: what the programme, its writer and its
 * equality need of an indicator beyond its public API; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_INDICATOR_PRIVATE_H
#define DOSON_CTR_INDICATOR_PRIVATE_H

#include <doson-ctr/doson-ctr-indicator.h>

#include "base/doson-ctr-text-private.h"

G_BEGIN_DECLS

/* The texts in both languages, as set. */
const DosonCtrLocText *_doson_ctr_indicator_get_name_raw (DosonCtrIndicator *indicator);
const DosonCtrLocText *_doson_ctr_indicator_get_unit_raw (DosonCtrIndicator *indicator);
const DosonCtrLocText *_doson_ctr_indicator_get_note_raw (DosonCtrIndicator *indicator);
const DosonCtrLocText *_doson_ctr_indicator_get_disaggregation_name_raw (DosonCtrIndicator *indicator);
const DosonCtrLocText *_doson_ctr_indicator_get_disaggregation_value_name_raw (DosonCtrIndicator *indicator,
                                                                             guint              index);

/* Once added to a programme, an indicator is sealed: its setters emit a
 * critical and do nothing. */
void     _doson_ctr_indicator_seal (DosonCtrIndicator *indicator);
gboolean _doson_ctr_indicator_is_sealed (DosonCtrIndicator *indicator);
/* The programme resolves unset target years when it adds the indicator. */
void     _doson_ctr_indicator_resolve_years (DosonCtrIndicator *indicator,
                                             int                first_year,
                                             int                deadline_year);

G_END_DECLS

#endif /* DOSON_CTR_INDICATOR_PRIVATE_H */
