/* doson-ctr-usable-check-private.h: whether measurements can be assessed
 * against a programme; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_USABLE_CHECK_PRIVATE_H
#define DOSON_CTR_USABLE_CHECK_PRIVATE_H

#include <doson-ctr/doson-ctr-measurement.h>
#include <doson-ctr/doson-ctr-program.h>

G_BEGIN_DECLS

/* Checks @set against @program with the checks of
 * doson_ctr_measurement_set_validate(), and fails with
 * DOSON_CTR_ERROR_INVALID_DATA on any problem but an inconsistency between
 * figures (which the assessment warns about): the message lists the
 * problems one a line, each as "ORIGIN: field "F": WHAT: MESSAGE". */
gboolean _doson_ctr_check_usable (DosonCtrProgram         *program,
                                  DosonCtrMeasurementSet  *set,
                                  GError                 **error);

G_END_DECLS

#endif /* DOSON_CTR_USABLE_CHECK_PRIVATE_H */
