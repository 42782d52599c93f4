/* doson-ctr-rollup-private.h: building a roll-up; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_ROLLUP_PRIVATE_H
#define DOSON_CTR_ROLLUP_PRIVATE_H

#include <doson-ctr/doson-ctr-assessment.h>

G_BEGIN_DECLS

/* An empty roll-up of @kind for @id, with room for @n_indicators. */
DosonCtrRollup *_doson_ctr_rollup_new (DosonCtrRollupKind  kind,
                                       const char         *id,
                                       guint               n_indicators);
/* Counts one more indicator with its overall @status and, when
 * @has_score, its @score in the mean. */
void            _doson_ctr_rollup_add (DosonCtrRollup *rollup,
                                       const char     *indicator_id,
                                       DosonCtrStatus  status,
                                       gboolean        has_score,
                                       double          score);

/* Counts one more task, in @state when @known, else among those whose
 * state is not known. */
void            _doson_ctr_rollup_add_task (DosonCtrRollup    *rollup,
                                            gboolean           known,
                                            DosonCtrTaskState  state);

G_END_DECLS

#endif /* DOSON_CTR_ROLLUP_PRIVATE_H */
