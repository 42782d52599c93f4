/* doson-ctr-validate.h: every problem of a programme or measurement file,
 * in one pass
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_VALIDATE_H
#define DOSON_CTR_VALIDATE_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib-object.h>

#include <doson-ctr/doson-ctr-version-macros.h>
#include <doson-ctr/doson-ctr-diagnostic.h>
#include <doson-ctr/doson-ctr-program.h>
#include <doson-ctr/doson-ctr-measurement.h>

G_BEGIN_DECLS

DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray *doson_ctr_program_validate_file         (const char              *path,
                                                    DosonCtrProgram        **program);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray *doson_ctr_measurement_set_validate_file (const char              *path,
                                                    DosonCtrProgram         *program,
                                                    DosonCtrMeasurementSet **set);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray *doson_ctr_measurement_set_validate_file_in_style (const char              *path,
                                                             DosonCtrCsvStyle         style,
                                                             DosonCtrProgram         *program,
                                                             DosonCtrMeasurementSet **set);

G_END_DECLS

#endif /* DOSON_CTR_VALIDATE_H */
