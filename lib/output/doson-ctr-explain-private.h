/* doson-ctr-explain-private.h: an assessment explained with its
 * indicator's units; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_EXPLAIN_PRIVATE_H
#define DOSON_CTR_EXPLAIN_PRIVATE_H

#include <doson-ctr/doson-ctr-assessment.h>
#include <doson-ctr/doson-ctr-indicator.h>

G_BEGIN_DECLS

/* doson_ctr_target_assessment_explain() for people: with @indicator (not
 * NULL) every figure is written in the number style of @lang with its
 * unit, a rate as "12,0 %/năm", a share as "70,7 %", a score or a pace
 * with two decimals. With @indicator NULL the figures are written as
 * doson_ctr_target_assessment_explain() writes them, in full. */
char *_doson_ctr_target_assessment_explain_for (const DosonCtrTargetAssessment *assessment,
                                                DosonCtrIndicator              *indicator,
                                                const char                     *lang);

G_END_DECLS

#endif /* DOSON_CTR_EXPLAIN_PRIVATE_H */
