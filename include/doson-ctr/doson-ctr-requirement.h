/* doson-ctr-requirement.h: what a target not yet achieved still needs, and
 * where the pace observed so far leads
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_REQUIREMENT_H
#define DOSON_CTR_REQUIREMENT_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib-object.h>
#include <doson-ctr/doson-ctr-version-macros.h>
#include <doson-ctr/doson-ctr-assessment.h>
#include <doson-ctr/doson-ctr-indicator.h>

G_BEGIN_DECLS

/**
 * DosonCtrRequirementKind:
 * @DOSON_CTR_REQUIREMENT_KIND_GROWTH_RATE: an average-growth target: the
 *   constant yearly rate still required over the years left, as a fraction
 *   ("growth-rate")
 * @DOSON_CTR_REQUIREMENT_KIND_YEARLY_CHANGE: a year-on-year target: the
 *   change each year left must show, as a fraction ("yearly-change")
 * @DOSON_CTR_REQUIREMENT_KIND_AMOUNT: a cumulative target, or a level
 *   target on a count: the amount still to add (negative: to take away)
 *   by the deadline ("amount")
 * @DOSON_CTR_REQUIREMENT_KIND_LEVEL: a level target on a share or an
 *   amount: the value to reach in the deadline year ("level")
 * @DOSON_CTR_REQUIREMENT_KIND_EACH_YEAR: an every-year target: the value
 *   each year left must reach ("each-year")
 * @DOSON_CTR_REQUIREMENT_KIND_MILESTONE: a milestone: the condition must
 *   hold by the deadline year ("milestone")
 *
 * What a #DosonCtrRequirement asks for. The strings in brackets are the
 * spellings of doson_ctr_requirement_kind_to_string().
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_REQUIREMENT_KIND_GROWTH_RATE = 0,
  DOSON_CTR_REQUIREMENT_KIND_YEARLY_CHANGE,
  DOSON_CTR_REQUIREMENT_KIND_AMOUNT,
  DOSON_CTR_REQUIREMENT_KIND_LEVEL,
  DOSON_CTR_REQUIREMENT_KIND_EACH_YEAR,
  DOSON_CTR_REQUIREMENT_KIND_MILESTONE
} DosonCtrRequirementKind;

/**
 * DosonCtrRequirementReason:
 * @DOSON_CTR_REQUIREMENT_REASON_NONE: every figure was computed, and the
 *   target can still be reached ("none")
 * @DOSON_CTR_REQUIREMENT_REASON_NO_DATA: there is no value to start from
 *   (no value yet, a missing year in a running total, no baseline value of
 *   an average-growth target) ("no-data")
 * @DOSON_CTR_REQUIREMENT_REASON_ONE_YEAR: a projection needs two years of
 *   data and there is only one ("one-year")
 * @DOSON_CTR_REQUIREMENT_REASON_ZERO_BASE: a yearly rate cannot be computed
 *   from a value of zero or below ("zero-base")
 * @DOSON_CTR_REQUIREMENT_REASON_DEADLINE_PASSED: the deadline year has
 *   been assessed: no year is left ("deadline-passed")
 * @DOSON_CTR_REQUIREMENT_REASON_IMPLAUSIBLE_RATE: the target can no longer
 *   be reached at a plausible rate: the yearly rate required is above
 *   %DOSON_CTR_REQUIREMENT_MAX_RISE or below
 *   %DOSON_CTR_REQUIREMENT_MAX_FALL ("implausible-rate")
 * @DOSON_CTR_REQUIREMENT_REASON_OUT_OF_RANGE: the target can no longer be
 *   reached at any rate: it asks for a share above 100 %, a count below
 *   0, or a total that has already gone past its cap ("out-of-range")
 * @DOSON_CTR_REQUIREMENT_REASON_NOT_APPLICABLE: a milestone has no pace to
 *   project ("not-applicable")
 *
 * Why a #DosonCtrRequirement or a #DosonCtrProjection lacks a figure, or
 * why the target can no longer be reached. The strings in brackets are the
 * spellings of doson_ctr_requirement_reason_to_string().
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_REQUIREMENT_REASON_NONE = 0,
  DOSON_CTR_REQUIREMENT_REASON_NO_DATA,
  DOSON_CTR_REQUIREMENT_REASON_ONE_YEAR,
  DOSON_CTR_REQUIREMENT_REASON_ZERO_BASE,
  DOSON_CTR_REQUIREMENT_REASON_DEADLINE_PASSED,
  DOSON_CTR_REQUIREMENT_REASON_IMPLAUSIBLE_RATE,
  DOSON_CTR_REQUIREMENT_REASON_OUT_OF_RANGE,
  DOSON_CTR_REQUIREMENT_REASON_NOT_APPLICABLE
} DosonCtrRequirementReason;

/**
 * DOSON_CTR_REQUIREMENT_MAX_RISE:
 *
 * The highest yearly growth rate a #DosonCtrRequirement counts as
 * plausible: 1.0, a doubling every year.
 *
 * Since: 0.1
 */
#define DOSON_CTR_REQUIREMENT_MAX_RISE 1.0

/**
 * DOSON_CTR_REQUIREMENT_MAX_FALL:
 *
 * The steepest yearly fall a #DosonCtrRequirement counts as plausible:
 * -0.5, a halving every year.
 *
 * Since: 0.1
 */
#define DOSON_CTR_REQUIREMENT_MAX_FALL (-0.5)

/**
 * DosonCtrRequirement:
 *
 * An opaque, immutable boxed value: what a target that is not yet achieved
 * still needs over the years left, such as "a growth of 20.4 %/yr over
 * 2028–2030" or "1 more organisation by 2030". Free a copy with
 * doson_ctr_requirement_free().
 *
 * Since: 0.1
 */
typedef struct _DosonCtrRequirement DosonCtrRequirement;

/**
 * DosonCtrProjection:
 *
 * An opaque, immutable boxed value: where the pace observed since the
 * baseline leads by the deadline year, and whether that meets the target.
 * Free a copy with doson_ctr_projection_free().
 *
 * Since: 0.1
 */
typedef struct _DosonCtrProjection DosonCtrProjection;

/**
 * DOSON_CTR_TYPE_REQUIREMENT:
 *
 * The #GType of #DosonCtrRequirement, a boxed type whose copy and free
 * functions are doson_ctr_requirement_copy() and
 * doson_ctr_requirement_free().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_REQUIREMENT (doson_ctr_requirement_get_type ())

/**
 * DOSON_CTR_TYPE_PROJECTION:
 *
 * The #GType of #DosonCtrProjection, a boxed type whose copy and free
 * functions are doson_ctr_projection_copy() and
 * doson_ctr_projection_free().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_PROJECTION (doson_ctr_projection_get_type ())

DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_requirement_kind_to_string (DosonCtrRequirementKind kind);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_requirement_reason_to_string (DosonCtrRequirementReason reason);

DOSON_CTR_AVAILABLE_IN_0_1
const DosonCtrRequirement *doson_ctr_target_assessment_get_requirement (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
const DosonCtrProjection  *doson_ctr_target_assessment_get_projection (const DosonCtrTargetAssessment *assessment);

DOSON_CTR_AVAILABLE_IN_0_1
char                      *doson_ctr_target_assessment_describe_needs (const DosonCtrTargetAssessment *assessment,
                                                                       DosonCtrIndicator              *indicator,
                                                                       const char                     *lang);

DOSON_CTR_AVAILABLE_IN_0_1
GType                     doson_ctr_requirement_get_type (void) G_GNUC_CONST;
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrRequirement      *doson_ctr_requirement_copy (const DosonCtrRequirement *requirement);
DOSON_CTR_AVAILABLE_IN_0_1
void                      doson_ctr_requirement_free (DosonCtrRequirement *requirement);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrRequirementKind   doson_ctr_requirement_get_kind (const DosonCtrRequirement *requirement);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrRequirementReason doson_ctr_requirement_get_reason (const DosonCtrRequirement *requirement);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean                  doson_ctr_requirement_is_reachable (const DosonCtrRequirement *requirement);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean                  doson_ctr_requirement_get_years (const DosonCtrRequirement *requirement,
                                                           int                       *from_year,
                                                           int                       *to_year);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean                  doson_ctr_requirement_get_per_year (const DosonCtrRequirement *requirement,
                                                              double                    *per_year);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean                  doson_ctr_requirement_get_total (const DosonCtrRequirement *requirement,
                                                           double                    *total);

DOSON_CTR_AVAILABLE_IN_0_1
GType                     doson_ctr_projection_get_type (void) G_GNUC_CONST;
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProjection       *doson_ctr_projection_copy (const DosonCtrProjection *projection);
DOSON_CTR_AVAILABLE_IN_0_1
void                      doson_ctr_projection_free (DosonCtrProjection *projection);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrRequirementReason doson_ctr_projection_get_reason (const DosonCtrProjection *projection);
DOSON_CTR_AVAILABLE_IN_0_1
int                       doson_ctr_projection_get_year (const DosonCtrProjection *projection);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean                  doson_ctr_projection_get_value (const DosonCtrProjection *projection,
                                                          double                   *value);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean                  doson_ctr_projection_get_figure (const DosonCtrProjection *projection,
                                                           double                   *figure);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean                  doson_ctr_projection_get_meets (const DosonCtrProjection *projection,
                                                          gboolean                 *meets);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrRequirement, doson_ctr_requirement_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrProjection, doson_ctr_projection_free)

G_END_DECLS

#endif /* DOSON_CTR_REQUIREMENT_H */
