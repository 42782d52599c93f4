/* doson-ctr-consistency-warning-private.h: the figures of a consistency warning; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_CONSISTENCY_WARNING_PRIVATE_H
#define DOSON_CTR_CONSISTENCY_WARNING_PRIVATE_H

#include <doson-ctr/doson-ctr-assessment.h>

G_BEGIN_DECLS

struct _DosonCtrConsistencyWarning
{
  DosonCtrIndicatorRelation relation;
  char                     *indicator_id;
  char                    **part_ids;
  int                       year;
  char                     *level;
  double                    whole;
  double                    parts;
  double                    tolerance;
};

/* A warning that the indicators @parts (DosonCtrIndicator), or the one
 * subset, measure @parts_value against the value @whole of @whole_id in
 * @year and @level; @tolerance is that of a sum of parts, 0 for a
 * subset. */
DosonCtrConsistencyWarning *_doson_ctr_consistency_warning_new (DosonCtrIndicatorRelation  relation,
                                                                const char                *whole_id,
                                                                GPtrArray                 *parts,
                                                                int                        year,
                                                                const char                *level,
                                                                double                     whole,
                                                                double                     parts_value,
                                                                double                     tolerance);

G_END_DECLS

#endif /* DOSON_CTR_CONSISTENCY_WARNING_PRIVATE_H */
