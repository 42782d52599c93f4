/* doson-ctr-task-assessment-private.h: the rule that decides a task's
 * state in a year, for the roll-ups; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_TASK_ASSESSMENT_PRIVATE_H
#define DOSON_CTR_TASK_ASSESSMENT_PRIVATE_H

#include <doson-ctr/doson-ctr-measurement.h>
#include <doson-ctr/doson-ctr-task.h>

G_BEGIN_DECLS

/* The state of @task in @year from the progress in @set, as
 * doson_ctr_assessment_get_task_state() documents: TRUE with *state and
 * *from (the report it comes from, or NULL) set when it is known; FALSE,
 * *from NULL, when it is not. */
gboolean _doson_ctr_task_state_decide (DosonCtrTask                 *task,
                                       DosonCtrMeasurementSet       *set,
                                       int                           year,
                                       DosonCtrTaskState            *state,
                                       const DosonCtrTaskProgress  **from);

G_END_DECLS

#endif /* DOSON_CTR_TASK_ASSESSMENT_PRIVATE_H */
