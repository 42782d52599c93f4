/* doson-ctr-words.h: the programme in words: a target in a sentence, the
 * list of indicators and targets as a document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_WORDS_H
#define DOSON_CTR_WORDS_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib.h>
#include <doson-ctr/doson-ctr-version-macros.h>
#include <doson-ctr/doson-ctr-indicator.h>
#include <doson-ctr/doson-ctr-measurement.h>
#include <doson-ctr/doson-ctr-output.h>
#include <doson-ctr/doson-ctr-task.h>
#include <doson-ctr/doson-ctr-program.h>
#include <doson-ctr/doson-ctr-target.h>

G_BEGIN_DECLS

DOSON_CTR_AVAILABLE_IN_0_1
char *doson_ctr_target_describe (const DosonCtrTarget *target,
                                 DosonCtrIndicator    *indicator,
                                 const char           *lang);

DOSON_CTR_AVAILABLE_IN_0_1
char *doson_ctr_indicator_format_value (DosonCtrIndicator *indicator,
                                        double             value,
                                        const char        *lang);

DOSON_CTR_AVAILABLE_IN_0_1
char *doson_ctr_program_list_to_string (DosonCtrProgram        *program,
                                        DosonCtrDocumentFormat  format,
                                        const char             *lang);

DOSON_CTR_AVAILABLE_IN_0_1
char *doson_ctr_format_figure (double      value,
                               const char *lang);

DOSON_CTR_AVAILABLE_IN_0_1
char *doson_ctr_format_percentage (double      fraction,
                                   guint       places,
                                   const char *lang);

DOSON_CTR_AVAILABLE_IN_0_1
char *doson_ctr_validation_ok_to_string (DosonCtrProgram        *program,
                                         const char             *data_name,
                                         DosonCtrMeasurementSet *set,
                                         const char             *lang);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_task_state_get_label (DosonCtrTaskState  state,
                                            const char        *lang);

G_END_DECLS

#endif /* DOSON_CTR_WORDS_H */
