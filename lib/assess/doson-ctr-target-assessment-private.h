/* doson-ctr-target-assessment-private.h: the figures of one target's assessment; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_TARGET_ASSESSMENT_PRIVATE_H
#define DOSON_CTR_TARGET_ASSESSMENT_PRIVATE_H

#include <doson-ctr/doson-ctr-assessment.h>
#include <doson-ctr/doson-ctr-requirement.h>

#include "maths/doson-ctr-progress-private.h"

G_BEGIN_DECLS

/* One year of the rows an every-year, year-on-year, cumulative or
 * milestone target looks at.  figure is the value compared (the value, the
 * change, the running total); why says why it is absent. */
typedef struct
{
  int                      year;
  gboolean                 has_value;
  double                   value;
  gboolean                 has_figure;
  double                   figure;
  gboolean                 met;
  DosonCtrAssessmentReason why;
} DosonCtrYearRow;

/* Each has_x says whether x exists; a figure that does not exist is never
 * read as 0. */
struct _DosonCtrTargetAssessment
{
  char                    *indicator_id;
  guint                    target_index;
  guint                    n_targets;
  DosonCtrTarget          *target;
  char                    *level;
  DosonCtrDirection        direction;
  int                      baseline_year;
  int                      as_of_year;
  gboolean                 due;
  DosonCtrStatus           status;
  DosonCtrAssessmentReason reason;
  DosonCtrPaceRule         pace_rule;
  gboolean                 zero_target;
  gboolean                 met_early;      /* achieved before the deadline */
  gboolean                 zero_base;      /* paced linearly from a base of 0 */
  gboolean                 past_target;    /* past a band or an "=" figure */

  gboolean has_base;
  int      base_year;
  double   base_value;
  gboolean has_current;
  int      current_year;
  double   current_value;
  gboolean has_figure;
  double   figure;
  double   floor;
  gboolean has_stretch;
  double   stretch;
  gboolean exceeds_stretch;
  gboolean has_attainment;
  double   attainment;
  gboolean has_cagr;
  double   cagr;
  gboolean has_total;
  double   total;
  gboolean has_elapsed;
  double   elapsed;
  gboolean has_pace;
  double   pace;
  gboolean has_years;
  guint    years_met;
  guint    years_reported;
  guint    years_due;
  gboolean has_cutoffs;
  DosonCtrCutoffs cutoffs;
  gboolean has_score;
  double   score;

  DosonCtrProgressResult *progress;        /* nullable */
  DosonCtrRequirement    *requirement;     /* nullable: none when achieved */
  DosonCtrProjection     *projection;      /* nullable: none when achieved */
  DosonCtrYearRow *rows;
  guint            n_rows;
};

G_END_DECLS

#endif /* DOSON_CTR_TARGET_ASSESSMENT_PRIVATE_H */
