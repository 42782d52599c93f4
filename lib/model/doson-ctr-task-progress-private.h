/* doson-ctr-task-progress-private.h: where a task's progress was read
 * from, for the loaders and the checks; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_TASK_PROGRESS_PRIVATE_H
#define DOSON_CTR_TASK_PROGRESS_PRIVATE_H

#include <doson-ctr/doson-ctr-task.h>

G_BEGIN_DECLS

/* The place a loader read @progress at: line and column (0 for a CSV
 * line) of the file named @name; the origin reads "NAME:LINE:COLUMN" or
 * "NAME:LINE". A progress made in code has no origin (NULL) and line 0. */
void        _doson_ctr_task_progress_set_place  (DosonCtrTaskProgress       *progress,
                                                 const char                 *name,
                                                 guint                       line,
                                                 guint                       column);
const char *_doson_ctr_task_progress_get_origin (const DosonCtrTaskProgress *progress);
guint       _doson_ctr_task_progress_get_line   (const DosonCtrTaskProgress *progress);
guint       _doson_ctr_task_progress_get_column (const DosonCtrTaskProgress *progress);
/* `task "x", year 2026`, for messages; newly allocated. */
char       *_doson_ctr_task_progress_describe   (const DosonCtrTaskProgress *progress);

G_END_DECLS

#endif /* DOSON_CTR_TASK_PROGRESS_PRIVATE_H */
