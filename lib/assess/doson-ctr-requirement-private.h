/* doson-ctr-requirement-private.h: the figures of a requirement and of a
 * projection, and how an assessment gets them; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_REQUIREMENT_PRIVATE_H
#define DOSON_CTR_REQUIREMENT_PRIVATE_H

#include <doson-ctr/doson-ctr-requirement.h>

#include "assess/doson-ctr-series-private.h"
#include "assess/doson-ctr-target-assessment-private.h"

G_BEGIN_DECLS

/* Each has_x says whether x exists; a figure that does not exist is never
 * read as 0. */
struct _DosonCtrRequirement
{
  DosonCtrRequirementKind   kind;
  DosonCtrRequirementReason reason;
  gboolean has_years;
  int      from_year;
  int      to_year;
  gboolean has_per_year;
  double   per_year;
  gboolean has_total;
  double   total;
};

struct _DosonCtrProjection
{
  DosonCtrRequirementReason reason;
  int      year;
  gboolean has_value;
  double   value;
  gboolean has_figure;
  double   figure;
  gboolean has_meets;
  gboolean meets;
};

/* Whether @a's target is achieved, so that nothing more is required. */
gboolean _doson_ctr_requirement_is_achieved (const DosonCtrTargetAssessment *a);

/* What @a still requires, from its figures; NULL when it is achieved.
 * @measure is the indicator's. */
DosonCtrRequirement *_doson_ctr_requirement_new_for (const DosonCtrTargetAssessment *a,
                                                     DosonCtrMeasure                 measure);

/* Where the pace in @s (the values of @a's indicator up to the as-of year,
 * or NULL when none were read) leads by @a's deadline; NULL when @a is
 * achieved. */
DosonCtrProjection *_doson_ctr_projection_new_for (const DosonCtrTargetAssessment *a,
                                                   const DosonCtrSeries           *s,
                                                   DosonCtrMeasure                 measure);

/* Whether @value lies outside what @measure can hold (a share outside
 * 0..100, a count below 0, a yes/no outside 0..1), and @value clamped
 * into it. */
gboolean _doson_ctr_requirement_outside_measure (DosonCtrMeasure measure,
                                                 double          value);
double   _doson_ctr_requirement_clamp_to_measure (DosonCtrMeasure measure,
                                                  double          value);

G_END_DECLS

#endif /* DOSON_CTR_REQUIREMENT_PRIVATE_H */
