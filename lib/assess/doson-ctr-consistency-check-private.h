/* doson-ctr-consistency-check-private.h: the assessment's consistency warnings; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_CONSISTENCY_CHECK_PRIVATE_H
#define DOSON_CTR_CONSISTENCY_CHECK_PRIVATE_H

#include <doson-ctr/doson-ctr-measurement.h>

G_BEGIN_DECLS

/* Adds to @warnings (of DosonCtrConsistencyWarning) the parts of
 * @program's wholes that do not sum to their whole within @tolerance, and
 * the subsets above their whole, in the years of @set up to @as_of: in
 * the programme's order of wholes, then by year, then by level (the
 * total first). */
void _doson_ctr_check_consistency (DosonCtrProgram        *program,
                                   DosonCtrMeasurementSet *set,
                                   int                     as_of,
                                   double                  tolerance,
                                   GPtrArray              *warnings);

G_END_DECLS

#endif /* DOSON_CTR_CONSISTENCY_CHECK_PRIVATE_H */
