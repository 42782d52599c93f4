/* doson-ctr-consistency-rule-private.h: parts add up to their whole, a
 * subset never exceeds it; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_CONSISTENCY_RULE_PRIVATE_H
#define DOSON_CTR_CONSISTENCY_RULE_PRIVATE_H

#include <glib.h>
#include <doson-ctr/doson-ctr-measurement.h>

G_BEGIN_DECLS

/*
 * The one implementation of the consistency rule between an indicator
 * (the whole) and the indicators related to it (doc/formats.md, section
 * 3.4), for one year and one level:
 *
 *  - when the whole and all its parts (%DOSON_CTR_INDICATOR_RELATION_PART_OF)
 *    have values, the sum of the parts must equal the whole within a
 *    tolerance, in the whole's unit: DOSON_CTR_SUM_TOLERANCE
 *    (base/doson-ctr-private.h) unless the caller was given another one;
 *    a part without a value means there is nothing to check;
 *  - a subset (%DOSON_CTR_INDICATOR_RELATION_SUBSET_OF) may not be larger
 *    than its whole, without a tolerance.
 *
 * Two checks use it, and must keep giving the same answers:
 *
 *  - doson_ctr_measurement_set_validate() (model/doson-ctr-measurement-check.c)
 *    reports a problem;
 *  - the assessment's consistency warnings
 *    (doson_ctr_assessment_get_warnings(), _doson_ctr_check_consistency()
 *    in lib/assess/doson-ctr-consistency-check.c) add a
 *    #DosonCtrConsistencyWarning, with the tolerance of the assessment's
 *    options.
 *
 * Both use _doson_ctr_parts_sum() to add up the parts,
 * _doson_ctr_parts_differ_from_whole() to compare the sum with the whole,
 * and _doson_ctr_subset_exceeds_whole() to compare a subset with it; none
 * of them compares values on its own.
 */

/* Adds up the values of @parts (#DosonCtrIndicator, the parts of one
 * whole) in @set for @year and @level (NULL for the totals): TRUE with
 * *sum set when every part has a value; FALSE, *sum untouched, when one
 * has none, or when @parts is empty (no parts, no rule). */
gboolean _doson_ctr_parts_sum (DosonCtrMeasurementSet *set,
                               GPtrArray              *parts,
                               int                     year,
                               const char             *level,
                               double                 *sum);

/* Whether the sum of the parts, @parts_sum, is further than @tolerance
 * from @whole (so a NaN on either side differs). */
gboolean _doson_ctr_parts_differ_from_whole (double parts_sum,
                                             double whole,
                                             double tolerance);

/* Whether the value of a subset, @subset, is larger than its @whole. */
gboolean _doson_ctr_subset_exceeds_whole (double subset,
                                          double whole);

G_END_DECLS

#endif /* DOSON_CTR_CONSISTENCY_RULE_PRIVATE_H */
