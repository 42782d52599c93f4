/* doson-ctr-target-assessment.c: the assessment of one target: its type and figures
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-assessment.h>

#include "assess/doson-ctr-target-assessment-private.h"

static const char * const pace_rule_names[] = {
  [DOSON_CTR_PACE_RULE_NONE] = "none",
  [DOSON_CTR_PACE_RULE_PROGRESS_METHOD] = "progress-method",
  [DOSON_CTR_PACE_RULE_GROWTH_FLOOR] = "growth-floor",
  [DOSON_CTR_PACE_RULE_CUMULATIVE_SHARE] = "cumulative-share",
  [DOSON_CTR_PACE_RULE_LINEAR_GAP] = "linear-gap",
};

static const char * const reason_names[] = {
  [DOSON_CTR_ASSESSMENT_REASON_NONE] = "none",
  [DOSON_CTR_ASSESSMENT_REASON_NOT_STARTED] = "not-started",
  [DOSON_CTR_ASSESSMENT_REASON_NO_DATA] = "no-data",
  [DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR] = "missing-year",
  [DOSON_CTR_ASSESSMENT_REASON_NO_BASE] = "no-base",
  [DOSON_CTR_ASSESSMENT_REASON_ONE_YEAR] = "one-year",
  [DOSON_CTR_ASSESSMENT_REASON_NON_POSITIVE_BASE] = "non-positive-base",
  [DOSON_CTR_ASSESSMENT_REASON_MIXED_SIGNS] = "mixed-signs",
  [DOSON_CTR_ASSESSMENT_REASON_BASE_MET] = "base-met",
  [DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED] = "pace-undefined",
  [DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET] = "at-strict-target",
  [DOSON_CTR_ASSESSMENT_REASON_PAST_TARGET] = "past-target",
};

/**
 * doson_ctr_pace_rule_to_string:
 * @rule: a #DosonCtrPaceRule
 *
 * Gives the stable spelling of @rule: "none", "progress-method",
 * "growth-floor", "cumulative-share" or "linear-gap".
 *
 * Returns: (transfer none) (nullable): a static string, or %NULL for a
 *   value that is not a #DosonCtrPaceRule
 *
 * Since: 0.1
 */
const char *
doson_ctr_pace_rule_to_string (DosonCtrPaceRule rule)
{
  if ((guint) rule >= G_N_ELEMENTS (pace_rule_names))
    return NULL;
  return pace_rule_names[rule];
}

/**
 * doson_ctr_assessment_reason_to_string:
 * @reason: a #DosonCtrAssessmentReason
 *
 * Gives the stable spelling of @reason: "none", "not-started", "no-data",
 * "missing-year", "no-base", "one-year", "non-positive-base",
 * "mixed-signs", "base-met", "pace-undefined" or "at-strict-target".
 *
 * Returns: (transfer none) (nullable): a static string, or %NULL for a
 *   value that is not a #DosonCtrAssessmentReason
 *
 * Since: 0.1
 */
const char *
doson_ctr_assessment_reason_to_string (DosonCtrAssessmentReason reason)
{
  if ((guint) reason >= G_N_ELEMENTS (reason_names))
    return NULL;
  return reason_names[reason];
}

G_DEFINE_BOXED_TYPE (DosonCtrTargetAssessment, doson_ctr_target_assessment,
                     doson_ctr_target_assessment_copy,
                     doson_ctr_target_assessment_free)

/**
 * doson_ctr_target_assessment_copy:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Copies @assessment, with all its figures.
 *
 * Returns: (transfer full): the copy, freed with
 *   doson_ctr_target_assessment_free()
 *
 * Since: 0.1
 */
DosonCtrTargetAssessment *
doson_ctr_target_assessment_copy (const DosonCtrTargetAssessment *assessment)
{
  DosonCtrTargetAssessment *copy;

  g_return_val_if_fail (assessment != NULL, NULL);

  copy = g_memdup2 (assessment, sizeof *assessment);
  copy->indicator_id = g_strdup (assessment->indicator_id);
  copy->target = doson_ctr_target_copy (assessment->target);
  copy->level = g_strdup (assessment->level);
  copy->progress = assessment->progress != NULL
                   ? doson_ctr_progress_result_copy (assessment->progress) : NULL;
  copy->requirement = assessment->requirement != NULL
                      ? doson_ctr_requirement_copy (assessment->requirement) : NULL;
  copy->projection = assessment->projection != NULL
                     ? doson_ctr_projection_copy (assessment->projection) : NULL;
  copy->rows = assessment->n_rows > 0
               ? g_memdup2 (assessment->rows, assessment->n_rows * sizeof (DosonCtrYearRow))
               : NULL;
  return copy;
}

/**
 * doson_ctr_target_assessment_free:
 * @assessment: (nullable) (transfer full): a #DosonCtrTargetAssessment
 *
 * Frees a copy made with doson_ctr_target_assessment_copy(). Does nothing
 * when @assessment is %NULL. Never free the assessments a
 * #DosonCtrAssessment owns.
 *
 * Since: 0.1
 */
void
doson_ctr_target_assessment_free (DosonCtrTargetAssessment *assessment)
{
  if (assessment == NULL)
    return;
  g_free (assessment->indicator_id);
  doson_ctr_target_free (assessment->target);
  g_free (assessment->level);
  doson_ctr_progress_result_free (assessment->progress);
  doson_ctr_requirement_free (assessment->requirement);
  doson_ctr_projection_free (assessment->projection);
  g_free (assessment->rows);
  g_free (assessment);
}

/**
 * doson_ctr_target_assessment_get_indicator_id:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Gives the id of the indicator whose target was assessed.
 *
 * Returns: (transfer none): the id of the indicator assessed, owned by
 *   @assessment
 *
 * Since: 0.1
 */
const char *
doson_ctr_target_assessment_get_indicator_id (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, NULL);
  return assessment->indicator_id;
}

/**
 * doson_ctr_target_assessment_get_target_index:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Tells which target of the indicator was assessed, for an indicator with
 * several targets.
 *
 * Returns: the position (from 0) of the target assessed among the targets
 *   of its indicator (doson_ctr_indicator_get_targets())
 *
 * Since: 0.1
 */
guint
doson_ctr_target_assessment_get_target_index (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, 0);
  return assessment->target_index;
}

/**
 * doson_ctr_target_assessment_get_target:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Gives the target that was assessed, as it was when the assessment was
 * made.
 *
 * Returns: (transfer none): the target, a copy owned by @assessment and
 *   valid as long as it is
 *
 * Since: 0.1
 */
const DosonCtrTarget *
doson_ctr_target_assessment_get_target (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, NULL);
  return assessment->target;
}

/**
 * doson_ctr_target_assessment_get_disaggregation_value:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Gives the disaggregation value ("level") assessed, for a target each
 * value must meet on its own.
 *
 * Returns: (transfer none) (nullable): the disaggregation value, owned by
 *   @assessment, or %NULL when the indicator's total was assessed
 *
 * Since: 0.1
 */
const char *
doson_ctr_target_assessment_get_disaggregation_value (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, NULL);
  return assessment->level;
}

/**
 * doson_ctr_target_assessment_get_direction:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Gives the direction of the indicator assessed, which decides the floor of
 * a range target and whether a rise or a fall is progress.
 *
 * Returns: the direction of the indicator assessed
 *
 * Since: 0.1
 */
DosonCtrDirection
doson_ctr_target_assessment_get_direction (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, DOSON_CTR_DIRECTION_HIGHER);
  return assessment->direction;
}

/**
 * doson_ctr_target_assessment_get_as_of_year:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Gives the year t the target was assessed as of: the as-of year of the
 * #DosonCtrAssessment that made @assessment.
 *
 * Returns: the year t the target was assessed as of
 *
 * Since: 0.1
 */
int
doson_ctr_target_assessment_get_as_of_year (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, 0);
  return assessment->as_of_year;
}

/**
 * doson_ctr_target_assessment_is_due:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Tells whether the target's deadline year has come by the as-of year.
 *
 * Returns: %TRUE when the as-of year is the target's deadline year or
 *   later, so that the target is judged rather than paced
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_assessment_is_due (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, FALSE);
  return assessment->due;
}

/**
 * doson_ctr_target_assessment_get_status:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Gives the status: %DOSON_CTR_STATUS_ACHIEVED,
 * %DOSON_CTR_STATUS_NOT_ACHIEVED, %DOSON_CTR_STATUS_PENDING,
 * %DOSON_CTR_STATUS_NOT_AVAILABLE, or for a pace ratio
 * %DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS,
 * %DOSON_CTR_STATUS_MODERATE_PROGRESS, %DOSON_CTR_STATUS_LIMITED_PROGRESS
 * or %DOSON_CTR_STATUS_DETERIORATION. It is never
 * %DOSON_CTR_STATUS_TARGET_ACHIEVED, the `open-sdg` method's own word,
 * which programme reports call achieved.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
DosonCtrStatus
doson_ctr_target_assessment_get_status (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, DOSON_CTR_STATUS_NOT_AVAILABLE);
  return assessment->status;
}

/**
 * doson_ctr_target_assessment_get_reason:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Gives the reason a figure or a pace ratio is missing, which the
 * explanation (doson_ctr_target_assessment_explain()) spells out.
 *
 * Returns: why a figure is missing (always set for a
 *   %DOSON_CTR_STATUS_NOT_AVAILABLE status), or
 *   %DOSON_CTR_ASSESSMENT_REASON_NONE
 *
 * Since: 0.1
 */
DosonCtrAssessmentReason
doson_ctr_target_assessment_get_reason (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, DOSON_CTR_ASSESSMENT_REASON_NONE);
  return assessment->reason;
}

/**
 * doson_ctr_target_assessment_get_pace_rule:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Tells which rule produced the pace ratio of
 * doson_ctr_target_assessment_get_pace().
 *
 * Returns: the rule that gave the pace ratio, or
 *   %DOSON_CTR_PACE_RULE_NONE when no pace was measured
 *
 * Since: 0.1
 */
DosonCtrPaceRule
doson_ctr_target_assessment_get_pace_rule (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, DOSON_CTR_PACE_RULE_NONE);
  return assessment->pace_rule;
}

/**
 * doson_ctr_target_assessment_is_zero_target:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Tells whether the target was treated as a zero target, whose pace before
 * the deadline follows the assessment's zero-target rule
 * (doson_ctr_assessment_options_set_zero_target_rule()).
 *
 * Returns: %TRUE when the target is a zero target: a level target of 0
 *   ("=", "<=" or "<") on a lower-is-better indicator
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_assessment_is_zero_target (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, FALSE);
  return assessment->zero_target;
}

/**
 * doson_ctr_target_assessment_get_base:
 * @assessment: a #DosonCtrTargetAssessment
 * @year: (out) (optional): where to store the base year
 * @value: (out) (optional): where to store the base value
 *
 * Gives the base observation used: the baseline year's (average growth),
 * the baseline's or the first later year's (level targets), the year
 * before the year assessed (year-on-year).
 *
 * Returns: %TRUE when there is one; otherwise %FALSE with @year and @value
 *   untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_assessment_get_base (const DosonCtrTargetAssessment *assessment,
                                      int                            *year,
                                      double                         *value)
{
  g_return_val_if_fail (assessment != NULL, FALSE);

  if (!assessment->has_base)
    return FALSE;
  if (year != NULL)
    *year = assessment->base_year;
  if (value != NULL)
    *value = assessment->base_value;
  return TRUE;
}

/**
 * doson_ctr_target_assessment_get_current:
 * @assessment: a #DosonCtrTargetAssessment
 * @year: (out) (optional): where to store the year of the value used
 * @value: (out) (optional): where to store the value used
 *
 * Gives the observation used as the current one: the value of the year
 * assessed, of the deadline year, or of the latest year with data, as the
 * target's rule says; for a cumulative target, the last yearly amount
 * added to the running total; for a milestone, the first year it was met
 * or else the latest value.
 *
 * Returns: %TRUE when there is one; otherwise %FALSE with @year and @value
 *   untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_assessment_get_current (const DosonCtrTargetAssessment *assessment,
                                         int                            *year,
                                         double                         *value)
{
  g_return_val_if_fail (assessment != NULL, FALSE);

  if (!assessment->has_current)
    return FALSE;
  if (year != NULL)
    *year = assessment->current_year;
  if (value != NULL)
    *value = assessment->current_value;
  return TRUE;
}

/**
 * doson_ctr_target_assessment_get_figure:
 * @assessment: a #DosonCtrTargetAssessment
 * @figure: (out) (optional): where to store the figure
 *
 * Gives the figure compared with the target: a value (every-year, level,
 * milestone), a compound rate (average growth), a change (year-on-year)
 * or a running total (cumulative).
 *
 * Returns: %TRUE when the figure exists; otherwise %FALSE with @figure
 *   untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_assessment_get_figure (const DosonCtrTargetAssessment *assessment,
                                        double                         *figure)
{
  g_return_val_if_fail (assessment != NULL, FALSE);

  if (!assessment->has_figure)
    return FALSE;
  if (figure != NULL)
    *figure = assessment->figure;
  return TRUE;
}

/**
 * doson_ctr_target_assessment_get_floor:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Gives the requirement of the target for the indicator's direction, as
 * doson_ctr_target_get_floor() does: the threshold of a single-value
 * target, the end of a range on the worse side.
 *
 * Returns: the floor
 *
 * Since: 0.1
 */
double
doson_ctr_target_assessment_get_floor (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, 0.0);
  return assessment->floor;
}

/**
 * doson_ctr_target_assessment_get_stretch:
 * @assessment: a #DosonCtrTargetAssessment
 * @stretch: (out) (optional): where to store the other end of the range
 *
 * Gives the stretch of a range target: the end of the range on the better
 * side for the indicator's direction, the ambition beyond the floor (see
 * doson_ctr_target_get_stretch()).
 *
 * Returns: %TRUE for a range target, with @stretch set; %FALSE otherwise,
 *   with @stretch untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_assessment_get_stretch (const DosonCtrTargetAssessment *assessment,
                                         double                         *stretch)
{
  g_return_val_if_fail (assessment != NULL, FALSE);

  if (!assessment->has_stretch)
    return FALSE;
  if (stretch != NULL)
    *stretch = assessment->stretch;
  return TRUE;
}

/**
 * doson_ctr_target_assessment_get_exceeds_stretch:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Tells whether the figure went beyond the ambition of a floor-stretch
 * range target, as in a growth of 13 %/yr against "10 to 12 %/yr".
 *
 * Returns: %TRUE when the figure lies beyond the stretch end of a
 *   floor-stretch range (the target is then met, and more)
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_assessment_get_exceeds_stretch (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, FALSE);
  return assessment->exceeds_stretch;
}

/**
 * doson_ctr_target_assessment_get_attainment:
 * @assessment: a #DosonCtrTargetAssessment
 * @attainment: (out) (optional): where to store the attainment
 *
 * Gives the attainment ("mức độ hoàn thành"): the figure against the
 * target in the target's own terms, not capped, so that 1.08 means 8 %
 * beyond the target (see the section description).
 *
 * Returns: %TRUE when it exists; %FALSE when the figure is missing or the
 *   ratio has no finite value, with @attainment untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_assessment_get_attainment (const DosonCtrTargetAssessment *assessment,
                                            double                         *attainment)
{
  g_return_val_if_fail (assessment != NULL, FALSE);

  if (!assessment->has_attainment)
    return FALSE;
  if (attainment != NULL)
    *attainment = assessment->attainment;
  return TRUE;
}

/**
 * doson_ctr_target_assessment_get_cagr:
 * @assessment: a #DosonCtrTargetAssessment
 * @rate: (out) (optional): where to store the rate, a fraction
 *
 * Gives the actual compound growth `CAGR_a` from the base to the current
 * observation: for an average-growth target, and for a level target
 * measured by a progress method.
 *
 * Returns: %TRUE when it exists; otherwise %FALSE with @rate untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_assessment_get_cagr (const DosonCtrTargetAssessment *assessment,
                                      double                         *rate)
{
  g_return_val_if_fail (assessment != NULL, FALSE);

  if (!assessment->has_cagr)
    return FALSE;
  if (rate != NULL)
    *rate = assessment->cagr;
  return TRUE;
}

/**
 * doson_ctr_target_assessment_get_running_total:
 * @assessment: a #DosonCtrTargetAssessment
 * @total: (out) (optional): where to store the running total
 *
 * Gives the running total of a cumulative target: the sum of the yearly
 * amounts from the target's first year to the current year.
 *
 * Returns: %TRUE when it exists; otherwise %FALSE with @total untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_assessment_get_running_total (const DosonCtrTargetAssessment *assessment,
                                               double                         *total)
{
  g_return_val_if_fail (assessment != NULL, FALSE);

  if (!assessment->has_total)
    return FALSE;
  if (total != NULL)
    *total = assessment->total;
  return TRUE;
}

/**
 * doson_ctr_target_assessment_get_elapsed_share:
 * @assessment: a #DosonCtrTargetAssessment
 * @share: (out) (optional): where to store the share, from 0 to 1
 *
 * Gives the share of the target's period elapsed by the current year, as
 * used by the cumulative and linear zero-target paces.
 *
 * Returns: %TRUE when it was used; otherwise %FALSE with @share untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_assessment_get_elapsed_share (const DosonCtrTargetAssessment *assessment,
                                               double                         *share)
{
  g_return_val_if_fail (assessment != NULL, FALSE);

  if (!assessment->has_elapsed)
    return FALSE;
  if (share != NULL)
    *share = assessment->elapsed;
  return TRUE;
}

/**
 * doson_ctr_target_assessment_get_pace:
 * @assessment: a #DosonCtrTargetAssessment
 * @pace: (out) (optional): where to store the pace ratio
 *
 * Gives the pace ratio classified by the cut-offs, produced by the rule
 * doson_ctr_target_assessment_get_pace_rule() names.
 *
 * Returns: %TRUE when a finite pace ratio exists; otherwise %FALSE with
 *   @pace untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_assessment_get_pace (const DosonCtrTargetAssessment *assessment,
                                      double                         *pace)
{
  g_return_val_if_fail (assessment != NULL, FALSE);

  if (!assessment->has_pace)
    return FALSE;
  if (pace != NULL)
    *pace = assessment->pace;
  return TRUE;
}

/**
 * doson_ctr_target_assessment_get_years_met:
 * @assessment: a #DosonCtrTargetAssessment
 * @met: (out) (optional): where to store the number of years that met the
 *   target
 * @reported: (out) (optional): where to store the number of years with a
 *   figure
 * @due: (out) (optional): where to store the number of years the target
 *   applied to, from its first year to the year assessed
 *
 * Counts the years of an every-year or year-on-year target over the term
 * so far.
 *
 * Returns: %TRUE for those kinds once the target has started; otherwise
 *   %FALSE with the out parameters untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_assessment_get_years_met (const DosonCtrTargetAssessment *assessment,
                                           guint                          *met,
                                           guint                          *reported,
                                           guint                          *due)
{
  g_return_val_if_fail (assessment != NULL, FALSE);

  if (!assessment->has_years)
    return FALSE;
  if (met != NULL)
    *met = assessment->years_met;
  if (reported != NULL)
    *reported = assessment->years_reported;
  if (due != NULL)
    *due = assessment->years_due;
  return TRUE;
}

/**
 * doson_ctr_target_assessment_get_cutoffs:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Gives the cut-offs that turned the pace ratio
 * (doson_ctr_target_assessment_get_pace()) into a status: those of the
 * assessment's options, or the defaults 0.95 / 0.60 / 0 (for the
 * `unsd-ratio` and `expected-value` methods, their own 0.95 / 0.5 / −0.1).
 *
 * Returns: (transfer none) (nullable): the cut-offs that classified the
 *   pace ratio, owned by @assessment, or %NULL when no pace was classified
 *
 * Since: 0.1
 */
const DosonCtrCutoffs *
doson_ctr_target_assessment_get_cutoffs (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, NULL);
  return assessment->has_cutoffs ? &assessment->cutoffs : NULL;
}

/**
 * doson_ctr_target_assessment_get_score:
 * @assessment: a #DosonCtrTargetAssessment
 * @score: (out) (optional): where to store the score, from −5 to +5
 *
 * Gives the score that roll-ups average: 5 when achieved, −5 when not
 * achieved, the `open-sdg` score of the pace ratio otherwise.
 *
 * Returns: %TRUE when there is a score; %FALSE for a pending or not
 *   available assessment, or a status decided without a pace ratio, with
 *   @score untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_assessment_get_score (const DosonCtrTargetAssessment *assessment,
                                       double                         *score)
{
  g_return_val_if_fail (assessment != NULL, FALSE);

  if (!assessment->has_score)
    return FALSE;
  if (score != NULL)
    *score = assessment->score;
  return TRUE;
}

/**
 * doson_ctr_target_assessment_get_progress_result:
 * @assessment: a #DosonCtrTargetAssessment
 *
 * Gives the result of the published progress method that measured a level
 * target before its deadline (%DOSON_CTR_PACE_RULE_PROGRESS_METHOD).
 *
 * Returns: (transfer none) (nullable): the result, owned by @assessment,
 *   or %NULL when no progress method was applied
 *
 * Since: 0.1
 */
const DosonCtrProgressResult *
doson_ctr_target_assessment_get_progress_result (const DosonCtrTargetAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, NULL);
  return assessment->progress;
}
