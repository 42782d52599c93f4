/* doson-ctr-rule-private.h: what the rule engines of the target kinds share; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each kind of target has its engine in a file of its own
 * (doson-ctr-rule-<kind>.c); doson-ctr-rule-dispatch.c prepares the
 * assessment and calls the engine of the target's kind. An engine fills
 * the figures of @a from the series @s, which holds no year after the
 * as-of year; @until is min (as-of year, deadline year).
 */

#ifndef DOSON_CTR_RULE_PRIVATE_H
#define DOSON_CTR_RULE_PRIVATE_H

#include <doson-ctr/doson-ctr-assessment.h>

#include "assess/doson-ctr-series-private.h"
#include "assess/doson-ctr-target-assessment-private.h"

G_BEGIN_DECLS

/* The engines, one per kind of target */
void _doson_ctr_rule_every_year (DosonCtrTargetAssessment *a,
                                 const DosonCtrSeries     *s,
                                 int                       first,
                                 int                       until);
void _doson_ctr_rule_year_on_year (DosonCtrTargetAssessment *a,
                                   const DosonCtrSeries     *s,
                                   int                       first,
                                   int                       until);
void _doson_ctr_rule_average_growth (DosonCtrTargetAssessment *a,
                                     const DosonCtrSeries     *s,
                                     int                       deadline,
                                     int                       until);
void _doson_ctr_rule_level (DosonCtrTargetAssessment        *a,
                            const DosonCtrAssessmentOptions *opts,
                            const DosonCtrSeries            *s,
                            int                              deadline,
                            int                              until);
void _doson_ctr_rule_cumulative (DosonCtrTargetAssessment *a,
                                 const DosonCtrSeries     *s,
                                 int                       first,
                                 int                       deadline,
                                 int                       until);
void _doson_ctr_rule_milestone (DosonCtrTargetAssessment *a,
                                const DosonCtrSeries     *s,
                                int                       deadline,
                                int                       until);

/* Their shared steps (doson-ctr-rule.c) */

/* Sets the pace ratio @pv found by @rule, its status by the cut-offs of
 * @a and its score. */
void     _doson_ctr_rule_set_pace (DosonCtrTargetAssessment *a,
                                   DosonCtrPaceRule          rule,
                                   double                    pv);
/* Achieved (score 5) or not achieved (score −5). */
void     _doson_ctr_rule_set_judged (DosonCtrTargetAssessment *a,
                                     gboolean                  met);
/* Not available, for @reason. */
void     _doson_ctr_rule_set_missing (DosonCtrTargetAssessment *a,
                                      DosonCtrAssessmentReason  reason);
/* Whether @figure meets the target, as doson_ctr_target_is_met_by(). */
gboolean _doson_ctr_rule_is_met (const DosonCtrTargetAssessment *a,
                                 double                          figure);
/* Whether @figure is past the target: beyond the far end of a band, or
 * beyond the figure of an "=" target, on the good side; @end (nullable)
 * is set to that end. */
gboolean _doson_ctr_rule_is_past (const DosonCtrTargetAssessment *a,
                                  double                          figure,
                                  double                         *end);
/* The linear pace from the base towards @goal (base and current set, the
 * current year after the base year, the base value not @goal):
 * `((v_c − v_b) / (goal − v_b)) / ((c − b) / (T − b))`. */
void     _doson_ctr_rule_set_linear_pace (DosonCtrTargetAssessment *a,
                                          double                    goal,
                                          int                       deadline);
/* The figure compared, whether it is beyond a stretch, and the reason
 * %DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET when it stands on the
 * threshold of a strict comparator. */
void     _doson_ctr_rule_set_figure (DosonCtrTargetAssessment *a,
                                     double                    figure);
/* The attainment, when @value is finite. */
void     _doson_ctr_rule_set_attainment (DosonCtrTargetAssessment *a,
                                         double                    value);
/* The attainment of a value against the floor. */
void     _doson_ctr_rule_set_value_attainment (DosonCtrTargetAssessment *a,
                                               double                    v);
/* A rate against a floor on the good side of zero: rate / floor. */
gboolean _doson_ctr_rule_rate_ratio (const DosonCtrTargetAssessment *a,
                                     double                          rate,
                                     double                         *ratio);
/* The reason a growth function refused its values. */
DosonCtrAssessmentReason _doson_ctr_rule_reason_from_growth_error (const GError *error);
/* Appends an empty row for @year to @rows (of DosonCtrYearRow) and gives
 * it. */
DosonCtrYearRow *_doson_ctr_rule_add_row (GArray *rows,
                                          int     year);
/* Hands @rows over to @a. */
void     _doson_ctr_rule_take_rows (DosonCtrTargetAssessment *a,
                                    GArray                   *rows);

G_END_DECLS

#endif /* DOSON_CTR_RULE_PRIVATE_H */
