/* doson-ctr-program-private.h: what the programme model's files share;
 * never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_PROGRAM_PRIVATE_H
#define DOSON_CTR_PROGRAM_PRIVATE_H

#include <doson-ctr/doson-ctr.h>
#include <doson-ctr/doson-ctr-target.h>
#include <doson-ctr/doson-ctr-indicator.h>
#include <doson-ctr/doson-ctr-program.h>
#include <doson-ctr/doson-ctr-measurement.h>

#include "base/doson-ctr-private.h"
#include "base/doson-ctr-text-private.h"
#include "base/doson-ctr-file-private.h"
#include "base/doson-ctr-number-private.h"
#include "formats/doson-ctr-csv-private.h"

G_BEGIN_DECLS

/* The longest id doson_ctr_id_is_valid() accepts, in bytes. */
#define DOSON_CTR_ID_MAX_LENGTH 64

/* Raw access for the writer and for equality. */
const DosonCtrLocText *_doson_ctr_target_get_text_raw (const DosonCtrTarget *target);
const DosonCtrLocText *_doson_ctr_indicator_get_name_raw (DosonCtrIndicator *indicator);
const DosonCtrLocText *_doson_ctr_indicator_get_unit_raw (DosonCtrIndicator *indicator);
const DosonCtrLocText *_doson_ctr_indicator_get_note_raw (DosonCtrIndicator *indicator);
const DosonCtrLocText *_doson_ctr_indicator_get_disaggregation_name_raw (DosonCtrIndicator *indicator);
const DosonCtrLocText *_doson_ctr_indicator_get_disaggregation_value_name_raw (DosonCtrIndicator *indicator,
                                                                             guint              index);
const DosonCtrLocText *_doson_ctr_responsible_unit_get_name_raw (DosonCtrResponsibleUnit *unit);
const DosonCtrLocText *_doson_ctr_responsible_unit_get_short_name_raw (DosonCtrResponsibleUnit *unit);
const DosonCtrLocText *_doson_ctr_goal_get_title_raw (DosonCtrGoal *goal);
const DosonCtrLocText *_doson_ctr_program_get_title_raw (DosonCtrProgram *program);
const DosonCtrLocText *_doson_ctr_program_get_issuing_body_raw (DosonCtrProgram *program);

/* Once added to a programme, an object is sealed: its setters emit a
 * critical and do nothing. */
void     _doson_ctr_indicator_seal (DosonCtrIndicator *indicator);
gboolean _doson_ctr_indicator_is_sealed (DosonCtrIndicator *indicator);
/* The programme resolves unset target years when it adds the indicator. */
void     _doson_ctr_indicator_resolve_years (DosonCtrIndicator *indicator,
                                             int                first_year,
                                             int                deadline_year);
void     _doson_ctr_responsible_unit_seal (DosonCtrResponsibleUnit *unit);
gboolean _doson_ctr_responsible_unit_is_sealed (DosonCtrResponsibleUnit *unit);
void     _doson_ctr_goal_seal (DosonCtrGoal *goal,
                               DosonCtrGoal *parent);
gboolean _doson_ctr_goal_is_sealed (DosonCtrGoal *goal);
void     _doson_ctr_goal_append_indicator_id (DosonCtrGoal *goal,
                                              const char   *indicator_id);

/* Checks of one target against the measure of its indicator, shared by
 * the loader (which prefixes a position) and doson_ctr_program_add_indicator().
 * Sets @error (DOSON_CTR_ERROR_INVALID_DATA) with a message without prefix. */
gboolean _doson_ctr_target_check_measure (const DosonCtrTarget  *target,
                                          DosonCtrMeasure        measure,
                                          GError               **error);

G_END_DECLS

#endif /* DOSON_CTR_PROGRAM_PRIVATE_H */
