/* doson-ctr-program-check-private.h: what a programme checks before it
 * takes a unit, a goal, an indicator or a task; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_PROGRAM_CHECK_PRIVATE_H
#define DOSON_CTR_PROGRAM_CHECK_PRIVATE_H

#include <doson-ctr/doson-ctr-indicator.h>
#include <doson-ctr/doson-ctr-program.h>

G_BEGIN_DECLS

/* Each checks an object against what @program already holds, as the
 * documentation of doson_ctr_program_add_unit(),
 * doson_ctr_program_add_goal(), doson_ctr_program_add_indicator() and
 * doson_ctr_program_add_task() says, and changes nothing. On failure it sets @error (DOSON_CTR_ERROR_INVALID_DATA) with the message
 * the add function reports, naming the object. */
gboolean _doson_ctr_program_check_unit (DosonCtrProgram          *program,
                                        DosonCtrResponsibleUnit  *unit,
                                        GError                  **error);
gboolean _doson_ctr_program_check_goal (DosonCtrProgram  *program,
                                        DosonCtrGoal     *goal,
                                        GError          **error);
gboolean _doson_ctr_program_check_indicator (DosonCtrProgram    *program,
                                             DosonCtrIndicator  *indicator,
                                             GError            **error);
gboolean _doson_ctr_program_check_task (DosonCtrProgram  *program,
                                        DosonCtrTask     *task,
                                        GError          **error);

G_END_DECLS

#endif /* DOSON_CTR_PROGRAM_CHECK_PRIVATE_H */
