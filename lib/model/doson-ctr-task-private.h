/* doson-ctr-task-private.h: what the programme, its writer and its
 * equality need of a task beyond its public API; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_TASK_PRIVATE_H
#define DOSON_CTR_TASK_PRIVATE_H

#include <doson-ctr/doson-ctr-task.h>

#include "base/doson-ctr-text-private.h"

G_BEGIN_DECLS

/* The text in both languages, as set. */
const DosonCtrLocText *_doson_ctr_task_get_text_raw (DosonCtrTask *task);

/* Once added to a programme, a task is sealed: its setters emit a
 * critical and do nothing. */
void     _doson_ctr_task_seal (DosonCtrTask *task);
gboolean _doson_ctr_task_is_sealed (DosonCtrTask *task);

G_END_DECLS

#endif /* DOSON_CTR_TASK_PRIVATE_H */
