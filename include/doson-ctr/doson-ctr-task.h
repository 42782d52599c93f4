/* doson-ctr-task.h: a task of a programme ("nhiệm vụ, giải pháp"), its
 * states and its yearly progress
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_TASK_H
#define DOSON_CTR_TASK_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib-object.h>
#include <doson-ctr/doson-ctr-version-macros.h>

G_BEGIN_DECLS

/**
 * DosonCtrTaskState:
 * @DOSON_CTR_TASK_STATE_NOT_STARTED: work has not started ("not_started")
 * @DOSON_CTR_TASK_STATE_IN_PROGRESS: work is under way ("in_progress")
 * @DOSON_CTR_TASK_STATE_DONE: the task is done for good ("done")
 * @DOSON_CTR_TASK_STATE_OVERDUE: the task is not done and its deadline
 *   has passed ("overdue")
 * @DOSON_CTR_TASK_STATE_DONE_FOR_YEAR: a yearly task is done for the year
 *   ("done_for_year")
 *
 * Where a task stands in a year. The strings in brackets are the spelling
 * in files (doson_ctr_task_state_to_string()).
 *
 * Since: 0.1
 */
typedef enum
{
  DOSON_CTR_TASK_STATE_NOT_STARTED,
  DOSON_CTR_TASK_STATE_IN_PROGRESS,
  DOSON_CTR_TASK_STATE_DONE,
  DOSON_CTR_TASK_STATE_OVERDUE,
  DOSON_CTR_TASK_STATE_DONE_FOR_YEAR
} DosonCtrTaskState;

/**
 * DOSON_CTR_TASK_N_STATES:
 *
 * The number of values of #DosonCtrTaskState, for arrays of counts
 * indexed by state.
 *
 * Since: 0.1
 */
#define DOSON_CTR_TASK_N_STATES 5

DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_task_state_to_string (DosonCtrTaskState state);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_task_state_from_string (const char        *string,
                                              DosonCtrTaskState *state);

/**
 * DOSON_CTR_TYPE_TASK:
 *
 * The #GType of #DosonCtrTask, a final #GObject class; instances are
 * released with g_object_unref().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_TASK (doson_ctr_task_get_type ())
DOSON_CTR_AVAILABLE_IN_0_1
G_DECLARE_FINAL_TYPE (DosonCtrTask, doson_ctr_task, DOSON_CTR, TASK, GObject)

DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrTask *doson_ctr_task_new (const char *id);
DOSON_CTR_AVAILABLE_IN_0_1
const char   *doson_ctr_task_get_id (DosonCtrTask *task);
DOSON_CTR_AVAILABLE_IN_0_1
void          doson_ctr_task_set_ref (DosonCtrTask *task,
                                      const char   *ref);
DOSON_CTR_AVAILABLE_IN_0_1
const char   *doson_ctr_task_get_ref (DosonCtrTask *task);
DOSON_CTR_AVAILABLE_IN_0_1
void          doson_ctr_task_set_goal_id (DosonCtrTask *task,
                                          const char   *goal_id);
DOSON_CTR_AVAILABLE_IN_0_1
const char   *doson_ctr_task_get_goal_id (DosonCtrTask *task);
DOSON_CTR_AVAILABLE_IN_0_1
void          doson_ctr_task_set_text (DosonCtrTask *task,
                                       const char   *lang,
                                       const char   *text);
DOSON_CTR_AVAILABLE_IN_0_1
const char   *doson_ctr_task_get_text (DosonCtrTask *task,
                                       const char   *lang);
DOSON_CTR_AVAILABLE_IN_0_1
void          doson_ctr_task_add_lead_unit (DosonCtrTask *task,
                                            const char   *unit_id);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray    *doson_ctr_task_get_lead_unit_ids (DosonCtrTask *task);
DOSON_CTR_AVAILABLE_IN_0_1
void          doson_ctr_task_add_partner_unit (DosonCtrTask *task,
                                               const char   *unit_id);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray    *doson_ctr_task_get_partner_unit_ids (DosonCtrTask *task);
DOSON_CTR_AVAILABLE_IN_0_1
void          doson_ctr_task_set_deadline_year (DosonCtrTask *task,
                                                int           deadline_year);
DOSON_CTR_AVAILABLE_IN_0_1
int           doson_ctr_task_get_deadline_year (DosonCtrTask *task);
DOSON_CTR_AVAILABLE_IN_0_1
void          doson_ctr_task_set_yearly (DosonCtrTask *task,
                                         gboolean      yearly);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean      doson_ctr_task_get_yearly (DosonCtrTask *task);

/**
 * DosonCtrTaskProgress:
 *
 * The progress reported on one task in one year: a state and an optional
 * note. A boxed type: copy with doson_ctr_task_progress_copy(), free with
 * doson_ctr_task_progress_free().
 *
 * Since: 0.1
 */
typedef struct _DosonCtrTaskProgress DosonCtrTaskProgress;

/**
 * DOSON_CTR_TYPE_TASK_PROGRESS:
 *
 * The #GType of the boxed type #DosonCtrTaskProgress.
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_TASK_PROGRESS (doson_ctr_task_progress_get_type ())
DOSON_CTR_AVAILABLE_IN_0_1
GType                 doson_ctr_task_progress_get_type (void) G_GNUC_CONST;
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrTaskProgress *doson_ctr_task_progress_new (const char        *task_id,
                                                   int                year,
                                                   DosonCtrTaskState  state);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrTaskProgress *doson_ctr_task_progress_copy (const DosonCtrTaskProgress *progress);
DOSON_CTR_AVAILABLE_IN_0_1
void                  doson_ctr_task_progress_free (DosonCtrTaskProgress *progress);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean              doson_ctr_task_progress_equal (const DosonCtrTaskProgress *a,
                                                     const DosonCtrTaskProgress *b);
DOSON_CTR_AVAILABLE_IN_0_1
const char           *doson_ctr_task_progress_get_task_id (const DosonCtrTaskProgress *progress);
DOSON_CTR_AVAILABLE_IN_0_1
int                   doson_ctr_task_progress_get_year (const DosonCtrTaskProgress *progress);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrTaskState     doson_ctr_task_progress_get_state (const DosonCtrTaskProgress *progress);
DOSON_CTR_AVAILABLE_IN_0_1
void                  doson_ctr_task_progress_set_note (DosonCtrTaskProgress *progress,
                                                        const char           *note);
DOSON_CTR_AVAILABLE_IN_0_1
const char           *doson_ctr_task_progress_get_note (const DosonCtrTaskProgress *progress);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrTaskProgress, doson_ctr_task_progress_free)

G_END_DECLS

#endif /* DOSON_CTR_TASK_H */
