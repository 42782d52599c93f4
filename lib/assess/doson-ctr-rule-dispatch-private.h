/* doson-ctr-rule-dispatch-private.h: one target assessed by the rule of its kind; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_RULE_DISPATCH_PRIVATE_H
#define DOSON_CTR_RULE_DISPATCH_PRIVATE_H

#include <doson-ctr/doson-ctr-assessment.h>

G_BEGIN_DECLS

/* Assesses target @index of the @n_targets of @indicator (for the
 * disaggregation value @level, or the totals when NULL) as of @as_of with
 * the measurements of @set up to that year. */
DosonCtrTargetAssessment *_doson_ctr_assess_target (DosonCtrProgram                 *program,
                                                    DosonCtrMeasurementSet          *set,
                                                    DosonCtrIndicator               *indicator,
                                                    const DosonCtrTarget            *target,
                                                    guint                            index,
                                                    guint                            n_targets,
                                                    const char                      *level,
                                                    int                              as_of,
                                                    const DosonCtrAssessmentOptions *opts);

G_END_DECLS

#endif /* DOSON_CTR_RULE_DISPATCH_PRIVATE_H */
