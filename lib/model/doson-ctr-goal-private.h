/* doson-ctr-goal-private.h: what the programme, its writer and its
 * equality need of a goal beyond its public API; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_GOAL_PRIVATE_H
#define DOSON_CTR_GOAL_PRIVATE_H

#include <doson-ctr/doson-ctr-program.h>

#include "base/doson-ctr-text-private.h"

G_BEGIN_DECLS

/* The title in both languages, as set. */
const DosonCtrLocText *_doson_ctr_goal_get_title_raw (DosonCtrGoal *goal);

/* Once added to a programme, a goal is sealed: its setters emit a critical
 * and do nothing. Sealing links it to its @parent (NULL at the top), of
 * which it becomes the last child. */
void     _doson_ctr_goal_seal (DosonCtrGoal *goal,
                               DosonCtrGoal *parent);
gboolean _doson_ctr_goal_is_sealed (DosonCtrGoal *goal);
/* The programme records the indicators of a goal as it adds them. */
void     _doson_ctr_goal_append_indicator_id (DosonCtrGoal *goal,
                                              const char   *indicator_id);

G_END_DECLS

#endif /* DOSON_CTR_GOAL_PRIVATE_H */
