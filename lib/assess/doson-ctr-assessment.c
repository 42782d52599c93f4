/* doson-ctr-assessment.c: assessing a programme's own targets as of a year
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The rules are those of the design page assessment.md, sections 3 and 4
 * ("The programme's own targets", "Roll-ups"); the comments below name the
 * rule each piece of code implements.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>
#include <stdlib.h>

#include <doson-ctr/doson-ctr.h>
#include <doson-ctr/doson-ctr-assessment.h>

#include "base/doson-ctr-private.h"
#include "base/doson-ctr-text-private.h"
#include "maths/doson-ctr-progress-private.h"

/**
 * SECTION:doson-ctr-assessment
 * @Title: Assessment
 * @Short_description: the programme's own targets assessed as of a year,
 *   with roll-ups by goal, responsible unit and programme
 * @Include: doson-ctr/doson-ctr.h
 *
 * doson_ctr_assessment_new() assesses every target of every indicator of a
 * #DosonCtrProgram against a #DosonCtrMeasurementSet as of a year t, using
 * only the measurements of the years up to t. Without a year (0), t is the
 * latest year in which any indicator of the programme has a measurement.
 *
 * Notation: b is the programme's baseline year, F the first year a target
 * applies to (by default b + 1), T its deadline year (by default the end of
 * the term), t' = min (t, T). A target is *due* when t ≥ T. Before F every
 * target but a milestone is %DOSON_CTR_STATUS_PENDING ("not yet due").
 *
 * # The rules, by kind of target
 *
 * - Every year: the value of year t' is compared with the threshold:
 *   %DOSON_CTR_STATUS_ACHIEVED or %DOSON_CTR_STATUS_NOT_ACHIEVED, before
 *   and after the deadline alike. Over the term, the years met out of the
 *   years reported (and out of the years due, F to t') are counted. A
 *   missing value of year t' is %DOSON_CTR_STATUS_NOT_AVAILABLE, never a
 *   failure.
 * - Level at a deadline: in or after the deadline year, the value *of the
 *   deadline year* is compared with the target. Before it, a target the
 *   latest value (the value of the latest year up to t with data) already
 *   meets is achieved, and otherwise its pace is the progress value of the
 *   chosen published method (default `open-sdg`, see
 *   doson_ctr_assessment_options_set_level_method()) from the baseline
 *   year (or the first later year with data) towards the target (its
 *   floor, for a range) in the deadline year, classified with the cut-offs
 *   0.95 / 0.60 / 0: %DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS,
 *   %DOSON_CTR_STATUS_MODERATE_PROGRESS, %DOSON_CTR_STATUS_LIMITED_PROGRESS,
 *   %DOSON_CTR_STATUS_DETERIORATION. The method's own result is kept
 *   (doson_ctr_target_assessment_get_progress_result()). A latest value on
 *   the figure of a strict target ("> 250" and 250) meets the methods' own
 *   rule but not the target; when the method then gives no progress value,
 *   the base decides, with no score: moving away from a base that met the
 *   target (%DOSON_CTR_ASSESSMENT_REASON_BASE_MET), limited progress from
 *   a base on the figure, on track from a base short of it
 *   (%DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET).
 * - Zero target (a level target of 0 with "=", "<=" or "<" on a
 *   lower-is-better indicator): before the deadline, by default, the pace
 *   is linear: `closed / elapsed` with `closed = (v_b − v_c) / v_b`, the
 *   share of the base value's gap to 0 closed by the current year c, and
 *   `elapsed = (c − b) / (T − b)`. With
 *   %DOSON_CTR_ZERO_TARGET_RULE_OPEN_SDG the target is measured by the
 *   `open-sdg` method, whose rule replaces the target 0 by 0.001. The
 *   explanation says which was used.
 * - Average growth: `CAGR_a` is the compound growth from the value of the
 *   baseline year b to the value of the latest year c up to t' with data
 *   (doson_ctr_growth_cagr()). Before the deadline the pace is
 *   `CAGR_a / floor`, where the floor is the requirement of the target
 *   (doson_ctr_target_get_floor(): 10 %/yr in "10 to 12 %/yr", −7 %/yr in
 *   "a fall of 7 to 9 %/yr"), so that a fall of 8 %/yr against the floor
 *   −7 %/yr is 1.14, on track. The ratio exists only when the floor lies on
 *   the good side of zero (positive when higher is better, negative when
 *   lower is better); otherwise the status is on track when the rate meets
 *   the target and moving away when not. In or after the deadline year the
 *   growth from b to T decides: achieved when it meets the target.
 * - Year on year: the change `v_y / v_{y−1} − 1` of year t'
 *   (doson_ctr_growth_change()) is compared with the threshold, achieved
 *   or not achieved; the years met are counted as for every-year targets.
 * - Cumulative over the term: the yearly amounts from F on are summed into
 *   a running total. Missing years are never read as zero: before the
 *   deadline the total runs over the longest run of years from F with no
 *   gap, to a year c ≤ t'; in or after the deadline year every year from F
 *   to T is needed. Before the deadline a total that already meets the
 *   target is achieved; otherwise the pace is
 *   `(total / target) / elapsed` with `elapsed = (c − (F − 1)) / (T − (F −
 *   1))`, which is `(c − b) / (T − b)` for the default F = b + 1. A
 *   cumulative cap (a lower-is-better indicator) is not achieved as soon as
 *   the total breaks it, and pending until the deadline otherwise.
 * - Milestone: achieved once a value up to t' meets it (1 = met); pending
 *   before the deadline while unmet; not achieved when unmet with a value
 *   for the deadline year.
 *
 * Comparators are applied exactly as doson_ctr_target_is_met_by() does:
 * "at least" (≥) includes the threshold and "more than" (>) does not. A
 * floor-stretch range is met at or beyond its floor and a value beyond the
 * stretch is still achieved, flagged by
 * doson_ctr_target_assessment_get_exceeds_stretch(); a band must hold both
 * ends in or after the deadline year, while pace before it is measured
 * towards the floor. A target each disaggregation value must meet
 * (doson_ctr_target_get_per_disaggregation()) gives one assessment per
 * value of the indicator's disaggregation.
 *
 * # Attainment
 *
 * The attainment ("mức độ hoàn thành", doson_ctr_target_assessment_get_attainment())
 * is the figure against the target in the target's own terms, not capped:
 * `v / v_T` when higher is better, `v_T / v` when lower is better (v_T > 0),
 * the closed share of the gap for a zero target, `rate / floor` for
 * average-growth and year-on-year targets, `total / target` for a
 * cumulative target, 1 or 0 for a milestone. v_T is the floor of a range.
 *
 * # Scores
 *
 * A target assessment has a score from −5 to +5 when its status says how
 * far along it is: 5 when achieved; −5 when not achieved (the target was
 * due and was missed; the attainment says by how much); for a pace ratio
 * PV, the `open-sdg` score of a series with a target, `min (7.1429 PV −
 * 4.2857, 5)` when PV is at or above the moderate cut-off and `max (4.1667
 * PV − 2.5, −5)` below it, whatever rule gave PV. When a progress method
 * gives a status without a progress value (a target equal to the base that
 * the current value misses: deterioration), its own score, if any, is
 * kept. Pending and not available assessments, and statuses decided
 * without a ratio otherwise, have no score.
 *
 * # Indicators and roll-ups
 *
 * An indicator with several targets, or a target per disaggregation value,
 * takes the *worst* status of its assessments in the order not achieved,
 * deterioration, limited progress, moderate progress, not available,
 * pending, on track, achieved: a known shortfall outranks missing data, and
 * missing data outranks anything that would call the indicator on track.
 * Its score is the mean of the scores of its assessments that have one (as
 * `open-sdg` averages the series of an indicator).
 *
 * A #DosonCtrRollup counts the indicators of a goal (with the goals nested
 * in it), of a responsible unit (the indicators it leads) or of the whole
 * programme per status, and gives the mean score of the indicators that
 * have a score; indicators without one are counted but left out of the
 * mean (doson_ctr_rollup_get_n_scored()).
 *
 * # Consistency
 *
 * doson_ctr_assessment_get_warnings() lists, for the years up to t, parts
 * (%DOSON_CTR_INDICATOR_RELATION_PART_OF) whose values, all present, do not
 * add up to their whole within the sum tolerance (0.5 in the whole's unit
 * by default, that is half a percentage point for percentages; see
 * doson_ctr_assessment_options_set_sum_tolerance()), and subsets
 * (%DOSON_CTR_INDICATOR_RELATION_SUBSET_OF) larger than their whole.
 *
 * Every #DosonCtrTargetAssessment explains itself
 * (doson_ctr_target_assessment_explain()): each input and intermediate
 * figure, with absent figures said to be absent and why, never shown as 0.
 *
 * Since: 0.1
 */

/* ------------------------------------------------------------------ */
/* Names                                                               */
/* ------------------------------------------------------------------ */

static const char * const zero_rule_names[] = { "linear", "open-sdg" };
static const char * const pace_rule_names[] = {
  "none", "progress-method", "growth-floor", "cumulative-share", "linear-gap"
};
static const char * const reason_names[] = {
  "none", "not-started", "no-data", "missing-year", "no-base", "one-year",
  "non-positive-base", "mixed-signs", "base-met", "pace-undefined",
  "at-strict-target"
};
static const char * const rollup_kind_names[] = { "program", "goal", "unit" };


/**
 * doson_ctr_zero_target_rule_to_string:
 * @rule: a #DosonCtrZeroTargetRule
 *
 * Gives the stable spelling of @rule: "linear" or "open-sdg".
 *
 * Returns: (transfer none) (nullable): a static string, or %NULL for a
 *   value that is not a #DosonCtrZeroTargetRule
 *
 * Since: 0.1
 */
const char *
doson_ctr_zero_target_rule_to_string (DosonCtrZeroTargetRule rule)
{
  if ((guint) rule >= G_N_ELEMENTS (zero_rule_names))
    return NULL;
  return zero_rule_names[rule];
}

/**
 * doson_ctr_zero_target_rule_from_string:
 * @str: (nullable): "linear" or "open-sdg"
 * @rule: (out): where to store the rule
 *
 * Reads the spelling given by doson_ctr_zero_target_rule_to_string().
 *
 * Returns: %TRUE if @str is a known spelling; otherwise %FALSE and @rule
 *   is untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_zero_target_rule_from_string (const char             *str,
                                        DosonCtrZeroTargetRule *rule)
{
  int i;

  g_return_val_if_fail (rule != NULL, FALSE);

  if (!_doson_ctr_lookup_name (zero_rule_names, G_N_ELEMENTS (zero_rule_names), str, &i))
    return FALSE;
  *rule = (DosonCtrZeroTargetRule) i;
  return TRUE;
}

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

/**
 * doson_ctr_rollup_kind_to_string:
 * @kind: a #DosonCtrRollupKind
 *
 * Gives the stable spelling of @kind: "program", "goal" or "unit".
 *
 * Returns: (transfer none) (nullable): a static string, or %NULL for a
 *   value that is not a #DosonCtrRollupKind
 *
 * Since: 0.1
 */
const char *
doson_ctr_rollup_kind_to_string (DosonCtrRollupKind kind)
{
  if ((guint) kind >= G_N_ELEMENTS (rollup_kind_names))
    return NULL;
  return rollup_kind_names[kind];
}

/**
 * doson_ctr_rollup_kind_from_string:
 * @str: (nullable): "program", "goal" or "unit"
 * @kind: (out): where to store the kind
 *
 * Reads the spelling given by doson_ctr_rollup_kind_to_string().
 *
 * Returns: %TRUE if @str is a known spelling; otherwise %FALSE and @kind
 *   is untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_rollup_kind_from_string (const char         *str,
                                   DosonCtrRollupKind *kind)
{
  int i;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (!_doson_ctr_lookup_name (rollup_kind_names, G_N_ELEMENTS (rollup_kind_names), str, &i))
    return FALSE;
  *kind = (DosonCtrRollupKind) i;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Options                                                             */
/* ------------------------------------------------------------------ */

struct _DosonCtrAssessmentOptions
{
  DosonCtrProgressMethod level_method;
  DosonCtrZeroTargetRule zero_rule;
  gboolean               has_cutoffs;
  DosonCtrCutoffs        cutoffs;
  double                 sum_tolerance;
};

/* assessment.md §3: pace ratios are classified 0.95 / 0.60 / 0 */
static const DosonCtrCutoffs pace_cutoffs = { 0.95, 0.6, 0 };

/* The default tolerance of the parts-sum check, in the whole's unit. */
#define DEFAULT_SUM_TOLERANCE DOSON_CTR_SUM_TOLERANCE

static const DosonCtrAssessmentOptions default_options = {
  DOSON_CTR_PROGRESS_METHOD_OPEN_SDG,
  DOSON_CTR_ZERO_TARGET_RULE_LINEAR,
  FALSE, { 0, 0, 0 },
  DEFAULT_SUM_TOLERANCE
};

G_DEFINE_BOXED_TYPE (DosonCtrAssessmentOptions, doson_ctr_assessment_options,
                     doson_ctr_assessment_options_copy,
                     doson_ctr_assessment_options_free)

/**
 * doson_ctr_assessment_options_new:
 *
 * Makes the default options: level targets measured by
 * %DOSON_CTR_PROGRESS_METHOD_OPEN_SDG before their deadline, zero targets
 * by %DOSON_CTR_ZERO_TARGET_RULE_LINEAR, the pace cut-offs 0.95 / 0.60 / 0
 * (for `unsd-ratio` and `expected-value`, those methods' own 0.95 / 0.5 /
 * −0.1), and a sum tolerance of 0.5.
 *
 * Returns: (transfer full): new options, freed with
 *   doson_ctr_assessment_options_free()
 *
 * Since: 0.1
 */
DosonCtrAssessmentOptions *
doson_ctr_assessment_options_new (void)
{
  return g_memdup2 (&default_options, sizeof default_options);
}

/**
 * doson_ctr_assessment_options_copy:
 * @options: a #DosonCtrAssessmentOptions
 *
 * Copies @options.
 *
 * Returns: (transfer full): the copy, freed with
 *   doson_ctr_assessment_options_free()
 *
 * Since: 0.1
 */
DosonCtrAssessmentOptions *
doson_ctr_assessment_options_copy (const DosonCtrAssessmentOptions *options)
{
  g_return_val_if_fail (options != NULL, NULL);
  return g_memdup2 (options, sizeof *options);
}

/**
 * doson_ctr_assessment_options_free:
 * @options: (nullable) (transfer full): a #DosonCtrAssessmentOptions
 *
 * Frees @options. Does nothing when @options is %NULL.
 *
 * Since: 0.1
 */
void
doson_ctr_assessment_options_free (DosonCtrAssessmentOptions *options)
{
  g_free (options);
}

/**
 * doson_ctr_assessment_options_set_level_method:
 * @options: a #DosonCtrAssessmentOptions
 * @method: the published method that measures the pace of a level target
 *   before its deadline
 *
 * Chooses how level targets are measured before their deadline. The
 * default is %DOSON_CTR_PROGRESS_METHOD_OPEN_SDG. Zero targets follow
 * doson_ctr_assessment_options_set_zero_target_rule() instead.
 *
 * Since: 0.1
 */
void
doson_ctr_assessment_options_set_level_method (DosonCtrAssessmentOptions *options,
                                               DosonCtrProgressMethod     method)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail (doson_ctr_progress_method_to_string (method) != NULL);
  options->level_method = method;
}

/**
 * doson_ctr_assessment_options_get_level_method:
 * @options: a #DosonCtrAssessmentOptions
 *
 * Gives the published method that measures the pace of a level target
 * before its deadline (doson_ctr_assessment_options_set_level_method());
 * %DOSON_CTR_PROGRESS_METHOD_OPEN_SDG by default.
 *
 * Returns: the method for level targets before their deadline
 *
 * Since: 0.1
 */
DosonCtrProgressMethod
doson_ctr_assessment_options_get_level_method (const DosonCtrAssessmentOptions *options)
{
  g_return_val_if_fail (options != NULL, DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  return options->level_method;
}

/**
 * doson_ctr_assessment_options_set_zero_target_rule:
 * @options: a #DosonCtrAssessmentOptions
 * @rule: how zero targets are measured before their deadline
 *
 * Chooses the pace of zero targets: linear by default, or `open-sdg` with
 * its 0.001 rule when asked for by name.
 *
 * Since: 0.1
 */
void
doson_ctr_assessment_options_set_zero_target_rule (DosonCtrAssessmentOptions *options,
                                                   DosonCtrZeroTargetRule     rule)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail ((guint) rule < G_N_ELEMENTS (zero_rule_names));
  options->zero_rule = rule;
}

/**
 * doson_ctr_assessment_options_get_zero_target_rule:
 * @options: a #DosonCtrAssessmentOptions
 *
 * Gives how the pace of a zero target is measured before its deadline
 * (doson_ctr_assessment_options_set_zero_target_rule());
 * %DOSON_CTR_ZERO_TARGET_RULE_LINEAR by default.
 *
 * Returns: the rule for zero targets
 *
 * Since: 0.1
 */
DosonCtrZeroTargetRule
doson_ctr_assessment_options_get_zero_target_rule (const DosonCtrAssessmentOptions *options)
{
  g_return_val_if_fail (options != NULL, DOSON_CTR_ZERO_TARGET_RULE_LINEAR);
  return options->zero_rule;
}

/**
 * doson_ctr_assessment_options_set_cutoffs:
 * @options: a #DosonCtrAssessmentOptions
 * @cutoffs: (nullable): the cut-offs of every pace ratio, or %NULL for the
 *   defaults
 *
 * Sets the cut-offs that classify pace ratios (for level targets they are
 * passed to the progress method). The cut-offs are copied. With %NULL,
 * pace ratios use 0.95 / 0.60 / 0, and the `unsd-ratio` and
 * `expected-value` methods their own cut-offs.
 *
 * Since: 0.1
 */
void
doson_ctr_assessment_options_set_cutoffs (DosonCtrAssessmentOptions *options,
                                          const DosonCtrCutoffs     *cutoffs)
{
  g_return_if_fail (options != NULL);

  options->has_cutoffs = cutoffs != NULL;
  if (cutoffs != NULL)
    options->cutoffs = *cutoffs;
}

/**
 * doson_ctr_assessment_options_get_cutoffs:
 * @options: a #DosonCtrAssessmentOptions
 *
 * Gives the cut-offs that classify pace ratios, if the caller set any with
 * doson_ctr_assessment_options_set_cutoffs(). The pointer stays valid until
 * @options is changed or freed.
 *
 * Returns: (transfer none) (nullable): the cut-offs set with
 *   doson_ctr_assessment_options_set_cutoffs(), owned by @options, or
 *   %NULL for the defaults
 *
 * Since: 0.1
 */
const DosonCtrCutoffs *
doson_ctr_assessment_options_get_cutoffs (const DosonCtrAssessmentOptions *options)
{
  g_return_val_if_fail (options != NULL, NULL);
  return options->has_cutoffs ? &options->cutoffs : NULL;
}

/**
 * doson_ctr_assessment_options_set_sum_tolerance:
 * @options: a #DosonCtrAssessmentOptions
 * @tolerance: the largest difference, in the whole's unit, between the sum
 *   of the parts and the whole that is not reported; finite, not negative
 *
 * Sets the tolerance of the parts-sum check of
 * doson_ctr_assessment_get_warnings(). The default 0.5 allows half a
 * percentage point of rounding between "60 %" and "55 % + 5 %"; 0 asks for
 * exact sums.
 *
 * Since: 0.1
 */
void
doson_ctr_assessment_options_set_sum_tolerance (DosonCtrAssessmentOptions *options,
                                                double                     tolerance)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail (isfinite (tolerance) && tolerance >= 0);
  options->sum_tolerance = tolerance;
}

/**
 * doson_ctr_assessment_options_get_sum_tolerance:
 * @options: a #DosonCtrAssessmentOptions
 *
 * Gives the largest difference between the sum of the parts and their whole
 * that doson_ctr_assessment_get_warnings() lets pass
 * (doson_ctr_assessment_options_set_sum_tolerance()); 0.5 by default.
 *
 * Returns: the tolerance of the parts-sum check, in the whole's unit
 *
 * Since: 0.1
 */
double
doson_ctr_assessment_options_get_sum_tolerance (const DosonCtrAssessmentOptions *options)
{
  g_return_val_if_fail (options != NULL, DEFAULT_SUM_TOLERANCE);
  return options->sum_tolerance;
}

/* ------------------------------------------------------------------ */
/* One target                                                          */
/* ------------------------------------------------------------------ */

/* One year of the rows an every-year, year-on-year, cumulative or
 * milestone target looks at.  figure is the value compared (the value, the
 * change, the yearly amount); why says why it is absent. */
typedef struct
{
  int                      year;
  gboolean                 has_value;
  double                   value;
  gboolean                 has_figure;
  double                   figure;
  gboolean                 met;
  DosonCtrAssessmentReason why;
} YearRow;

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
  YearRow *rows;
  guint    n_rows;
};

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
  copy->rows = assessment->n_rows > 0
               ? g_memdup2 (assessment->rows, assessment->n_rows * sizeof (YearRow))
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
 * doson_ctr_target_assessment_get_level:
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
doson_ctr_target_assessment_get_level (const DosonCtrTargetAssessment *assessment)
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

/* ------------------------------------------------------------------ */
/* The series of one indicator (and level) up to the as-of year        */
/* ------------------------------------------------------------------ */

typedef struct
{
  int       first;                     /* year of has[0] */
  int       last;                      /* the as-of year */
  gboolean *has;
  double   *val;
} Series;

static void
series_load (Series                 *s,
             DosonCtrMeasurementSet *set,
             const char             *indicator_id,
             const char             *level,
             int                     first,
             int                     last)
{
  int y;
  int n = last >= first ? last - first + 1 : 0;

  s->first = first;
  s->last = last;
  s->has = g_new0 (gboolean, MAX (n, 1));
  s->val = g_new0 (double, MAX (n, 1));
  for (y = first; y <= last; y++)
    s->has[y - first] = doson_ctr_measurement_set_lookup (set, indicator_id, y,
                                                           level, &s->val[y - first]);
}

static void
series_clear (Series *s)
{
  g_free (s->has);
  g_free (s->val);
}

static gboolean
series_get (const Series *s,
            int           year,
            double       *value)
{
  if (year < s->first || year > s->last || !s->has[year - s->first])
    return FALSE;
  *value = s->val[year - s->first];
  return TRUE;
}

/* The latest year in [from, to] with a value. */
static gboolean
series_latest (const Series *s,
               int           from,
               int           to,
               int          *year,
               double       *value)
{
  int y;

  for (y = MIN (to, s->last); y >= MAX (from, s->first); y--)
    if (s->has[y - s->first])
      {
        *year = y;
        *value = s->val[y - s->first];
        return TRUE;
      }
  return FALSE;
}

/* The earliest year in [from, to] with a value. */
static gboolean
series_earliest (const Series *s,
                 int           from,
                 int           to,
                 int          *year,
                 double       *value)
{
  int y;

  for (y = MAX (from, s->first); y <= MIN (to, s->last); y++)
    if (s->has[y - s->first])
      {
        *year = y;
        *value = s->val[y - s->first];
        return TRUE;
      }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* The rules                                                           */
/* ------------------------------------------------------------------ */

/* sdg-build SeriesProgress.get_score() with a target (method 2): the
 * split at the moderate cut-off as there, the clamps as Python's min and
 * max. */
static double
pace_score (double pv,
            double moderate)
{
  double s;

  if (pv >= moderate)
    {
      s = (7.1429 * pv) - 4.2857;
      return 5 < s ? 5 : s;
    }
  s = (4.1667 * pv) - 2.5;
  return -5 > s ? -5 : s;
}

static DosonCtrStatus
classify (const DosonCtrCutoffs *c,
          double                 value)
{
  return doson_ctr_cutoffs_classify (c, value);
}

/* Sets the pace ratio, its status and its score. */
static void
set_pace (DosonCtrTargetAssessment *a,
          DosonCtrPaceRule          rule,
          double                    pv)
{
  a->pace_rule = rule;
  a->has_pace = TRUE;
  a->pace = pv;
  a->status = classify (&a->cutoffs, pv);
  a->has_score = TRUE;
  a->score = pace_score (pv, a->cutoffs.moderate);
}

static void
set_judged (DosonCtrTargetAssessment *a,
            gboolean                  met)
{
  a->status = met ? DOSON_CTR_STATUS_ACHIEVED : DOSON_CTR_STATUS_NOT_ACHIEVED;
  a->has_score = TRUE;
  a->score = met ? 5 : -5;
}

static void
set_missing (DosonCtrTargetAssessment *a,
             DosonCtrAssessmentReason  reason)
{
  a->status = DOSON_CTR_STATUS_NOT_AVAILABLE;
  a->reason = reason;
}

static gboolean
is_met (const DosonCtrTargetAssessment *a,
        double                          figure)
{
  return doson_ctr_target_is_met_by (a->target, a->direction, figure);
}

static void
set_figure (DosonCtrTargetAssessment *a,
            double                    figure)
{
  a->has_figure = TRUE;
  a->figure = figure;
  if (a->has_stretch
      && doson_ctr_target_get_range_mode (a->target) == DOSON_CTR_RANGE_MODE_FLOOR_STRETCH)
    a->exceeds_stretch = a->direction == DOSON_CTR_DIRECTION_HIGHER
                         ? figure > a->stretch : figure < a->stretch;
}

static void
set_attainment (DosonCtrTargetAssessment *a,
                double                    value)
{
  if (isfinite (value))
    {
      a->has_attainment = TRUE;
      a->attainment = value;
    }
}

/* Attainment of a value against the floor: v / v_T when higher is better,
 * v_T / v when lower is better and v_T > 0. */
static void
set_value_attainment (DosonCtrTargetAssessment *a,
                      double                    v)
{
  double t = a->floor;

  if (a->direction == DOSON_CTR_DIRECTION_HIGHER)
    {
      if (t != 0)
        set_attainment (a, v / t);
    }
  else if (t > 0 && v != 0)
    set_attainment (a, t / v);
}

/* A rate against a floor on the good side of zero: r / floor. */
static gboolean
rate_ratio (const DosonCtrTargetAssessment *a,
            double                          rate,
            double                         *ratio)
{
  double f = a->floor;
  gboolean good = a->direction == DOSON_CTR_DIRECTION_HIGHER ? f > 0 : f < 0;

  if (!good)
    return FALSE;
  *ratio = rate / f;
  return isfinite (*ratio);
}

static DosonCtrAssessmentReason
reason_from_growth_error (const GError *error)
{
  if (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NON_POSITIVE_BASE))
    return DOSON_CTR_ASSESSMENT_REASON_NON_POSITIVE_BASE;
  if (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_MIXED_SIGNS))
    return DOSON_CTR_ASSESSMENT_REASON_MIXED_SIGNS;
  return DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED;
}

static void
add_row (GArray *rows,
         int     year)
{
  YearRow r;

  memset (&r, 0, sizeof r);
  r.year = year;
  g_array_append_val (rows, r);
}

static void
take_rows (DosonCtrTargetAssessment *a,
           GArray                   *rows)
{
  a->n_rows = rows->len;
  a->rows = (YearRow *) (void *) g_array_free (rows, rows->len == 0);
}

/* Every year: the value of year t' against the threshold; years met. */
static void
assess_every_year (DosonCtrTargetAssessment *a,
                   const Series             *s,
                   int                       first,
                   int                       until)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (YearRow));
  int y;
  double v;

  a->has_years = TRUE;
  for (y = first; y <= until; y++)
    {
      YearRow *r;

      add_row (rows, y);
      r = &g_array_index (rows, YearRow, rows->len - 1);
      a->years_due++;
      if (!series_get (s, y, &v))
        {
          r->why = DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR;
          continue;
        }
      r->has_value = r->has_figure = TRUE;
      r->value = r->figure = v;
      r->met = is_met (a, v);
      a->years_reported++;
      if (r->met)
        a->years_met++;
    }
  take_rows (a, rows);

  if (!series_get (s, until, &v))
    {
      set_missing (a, a->years_reported == 0 ? DOSON_CTR_ASSESSMENT_REASON_NO_DATA
                                             : DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR);
      return;
    }
  a->has_current = TRUE;
  a->current_year = until;
  a->current_value = v;
  set_figure (a, v);
  set_value_attainment (a, v);
  set_judged (a, is_met (a, v));
}

/* Year on year: the change of year t' on the year before; years met. */
static void
assess_year_on_year (DosonCtrTargetAssessment *a,
                     const Series             *s,
                     int                       first,
                     int                       until)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (YearRow));
  const YearRow *last;
  gboolean any_value = FALSE;
  double ratio;
  int y;

  a->has_years = TRUE;
  for (y = first; y <= until; y++)
    {
      YearRow *r;
      double prev, change;
      g_autoptr(GError) error = NULL;

      add_row (rows, y);
      r = &g_array_index (rows, YearRow, rows->len - 1);
      a->years_due++;
      r->has_value = series_get (s, y, &r->value);
      any_value = any_value || r->has_value;
      if (!r->has_value || !series_get (s, y - 1, &prev))
        {
          r->why = DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR;
          continue;
        }
      if (!doson_ctr_growth_change (prev, r->value, &change, &error))
        {
          r->why = reason_from_growth_error (error);
          continue;
        }
      r->has_figure = TRUE;
      r->figure = change;
      r->met = is_met (a, change);
      a->years_reported++;
      if (r->met)
        a->years_met++;
    }
  take_rows (a, rows);

  last = &a->rows[a->n_rows - 1];
  if (series_get (s, until - 1, &a->base_value))
    {
      a->has_base = TRUE;
      a->base_year = until - 1;
    }
  if (last->has_value)
    {
      a->has_current = TRUE;
      a->current_year = until;
      a->current_value = last->value;
    }
  if (!last->has_figure)
    {
      set_missing (a, !any_value && !a->has_base ? DOSON_CTR_ASSESSMENT_REASON_NO_DATA
                                                 : last->why);
      return;
    }
  set_figure (a, last->figure);
  if (rate_ratio (a, last->figure, &ratio))
    set_attainment (a, ratio);
  set_judged (a, last->met);
}

/* Average growth: CAGR_a from the baseline against the floor. */
static void
assess_average_growth (DosonCtrTargetAssessment *a,
                       const Series             *s,
                       int                       deadline,
                       int                       until)
{
  g_autoptr(GError) error = NULL;
  int b = a->baseline_year;
  double rate, ratio;

  if (!series_get (s, b, &a->base_value))
    {
      int y;
      double v;

      set_missing (a, series_latest (s, b, until, &y, &v)
                      ? DOSON_CTR_ASSESSMENT_REASON_NO_BASE
                      : DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
      return;
    }
  a->has_base = TRUE;
  a->base_year = b;

  if (a->due)
    {
      /* the growth over the whole period, to the deadline year */
      if (!series_get (s, deadline, &a->current_value))
        {
          set_missing (a, DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR);
          return;
        }
      a->current_year = deadline;
    }
  else if (!series_latest (s, b + 1, until, &a->current_year, &a->current_value))
    {
      set_missing (a, DOSON_CTR_ASSESSMENT_REASON_ONE_YEAR);
      return;
    }
  a->has_current = TRUE;

  if (!doson_ctr_growth_cagr (a->base_value, a->current_value,
                              (double) (a->current_year - b), &rate, &error))
    {
      set_missing (a, reason_from_growth_error (error));
      return;
    }
  a->has_cagr = TRUE;
  a->cagr = rate;
  set_figure (a, rate);
  if (rate_ratio (a, rate, &ratio))
    set_attainment (a, ratio);

  if (a->due)
    {
      set_judged (a, is_met (a, rate));
      return;
    }

  a->has_cutoffs = TRUE;
  if (rate_ratio (a, rate, &ratio))
    set_pace (a, DOSON_CTR_PACE_RULE_GROWTH_FLOOR, ratio);
  else
    {
      /* A floor of 0 or on the wrong side of 0: no ratio. */
      a->pace_rule = DOSON_CTR_PACE_RULE_GROWTH_FLOOR;
      a->reason = DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED;
      a->status = is_met (a, rate) ? DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS
                                   : DOSON_CTR_STATUS_DETERIORATION;
    }
}

/* The share of the base value's gap to 0 closed, for a zero target. */
static void
set_gap_attainment (DosonCtrTargetAssessment *a,
                    double                    v)
{
  if (a->has_base && a->base_value > 0)
    set_attainment (a, (a->base_value - v) / a->base_value);
}

static DosonCtrAssessmentReason
reason_from_progress (DosonCtrProgressReason reason)
{
  switch (reason)
    {
    case DOSON_CTR_PROGRESS_REASON_NO_DATA:
      return DOSON_CTR_ASSESSMENT_REASON_NO_DATA;
    case DOSON_CTR_PROGRESS_REASON_NO_BASE:
      return DOSON_CTR_ASSESSMENT_REASON_NO_BASE;
    case DOSON_CTR_PROGRESS_REASON_MIXED_SIGNS:
      return DOSON_CTR_ASSESSMENT_REASON_MIXED_SIGNS;
    case DOSON_CTR_PROGRESS_REASON_ONE_YEAR:
      return DOSON_CTR_ASSESSMENT_REASON_ONE_YEAR;
    case DOSON_CTR_PROGRESS_REASON_BASE_MEETS_TARGET:
      return DOSON_CTR_ASSESSMENT_REASON_BASE_MET;
    case DOSON_CTR_PROGRESS_REASON_NONE:
      return DOSON_CTR_ASSESSMENT_REASON_NONE;
    default:
      return DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED;
    }
}

/* A level target before its deadline, by a published progress method. */
static void
pace_by_method (DosonCtrTargetAssessment        *a,
                const DosonCtrAssessmentOptions *opts,
                DosonCtrProgressMethod           method,
                const Series                    *s,
                int                              deadline,
                int                              until)
{
  g_autoptr(DosonCtrProgressSettings) settings = doson_ctr_progress_settings_new ();
  g_autofree int *years = g_new (int, (gsize) (until - a->baseline_year + 1));
  g_autofree double *values = g_new (double, (gsize) (until - a->baseline_year + 1));
  g_autoptr(GError) error = NULL;
  const DosonCtrProgressResult *r;
  gsize n = 0;
  int y;

  doson_ctr_progress_settings_set_direction (settings, a->direction);
  doson_ctr_progress_settings_set_target (settings, a->floor, deadline);
  doson_ctr_progress_settings_set_base_year (settings, a->baseline_year);
  if (opts->has_cutoffs)
    doson_ctr_progress_settings_set_cutoffs (settings, &opts->cutoffs);

  for (y = a->baseline_year; y <= until; y++)
    if (series_get (s, y, &values[n]))
      years[n++] = y;

  a->pace_rule = DOSON_CTR_PACE_RULE_PROGRESS_METHOD;
  /* The series holds finite values, one per year: this cannot fail. */
  a->progress = doson_ctr_progress_compute (method, settings, years, values, n, &error);
  g_assert_no_error (error);
  r = a->progress;

  if (r->has_cutoffs)
    {
      a->has_cutoffs = TRUE;
      a->cutoffs = r->cutoffs;
    }
  if (r->has_cagr_actual)
    {
      a->has_cagr = TRUE;
      a->cagr = r->cagr_actual;
    }

  if (r->has_progress)
    {
      set_pace (a, DOSON_CTR_PACE_RULE_PROGRESS_METHOD, r->progress);
      return;
    }
  if (r->status == DOSON_CTR_STATUS_TARGET_ACHIEVED && r->current_value == a->floor
      && a->has_base && r->current_year > r->base_year)
    {
      /* The methods' own rule (at or beyond the figure) met a strict
       * target ("> 250" by exactly 250) that the programme's comparator
       * does not: the current value stands on the target's figure.
       * Where the base stood decides, without a ratio and so without a
       * score: a base that met the target has moved away; a base on the
       * figure has not moved; a base short of it has reached the figure
       * ahead of the deadline. */
      if (is_met (a, a->base_value))
        {
          a->reason = DOSON_CTR_ASSESSMENT_REASON_BASE_MET;
          a->status = DOSON_CTR_STATUS_DETERIORATION;
        }
      else
        {
          a->reason = DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET;
          a->status = a->base_value == r->current_value
                      ? DOSON_CTR_STATUS_LIMITED_PROGRESS
                      : DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS;
        }
      return;
    }
  if (r->status != DOSON_CTR_STATUS_NOT_AVAILABLE
      && r->status != DOSON_CTR_STATUS_TARGET_ACHIEVED)
    {
      /* A status without a progress value: a target equal to the base, or
       * a base that already met the target, which the current value no
       * longer meets.  The method's status and score are kept. */
      a->reason = reason_from_progress (r->reason);
      a->status = r->status;
      if (r->has_score)
        {
          a->has_score = TRUE;
          a->score = r->score;
        }
      return;
    }
  set_missing (a, reason_from_progress (r->reason));
}

/* Level at a deadline, zero targets included. */
static void
assess_level (DosonCtrTargetAssessment        *a,
              const DosonCtrAssessmentOptions *opts,
              const Series                    *s,
              int                              deadline,
              int                              until)
{
  double v, closed;

  /* The base: the baseline year's value, or the first later year's, as
   * open-sdg chooses it; reported for every level target. */
  a->has_base = series_earliest (s, a->baseline_year, until,
                                 &a->base_year, &a->base_value);

  if (a->due)
    {
      if (!series_get (s, deadline, &v))
        {
          set_missing (a, a->has_base ? DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR
                                      : DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
          return;
        }
      a->has_current = TRUE;
      a->current_year = deadline;
      a->current_value = v;
      set_figure (a, v);
      if (a->zero_target)
        set_gap_attainment (a, v);
      else
        set_value_attainment (a, v);
      set_judged (a, is_met (a, v));
      return;
    }

  if (!series_latest (s, a->baseline_year, until, &a->current_year, &v))
    {
      set_missing (a, DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
      return;
    }
  a->has_current = TRUE;
  a->current_value = v;
  set_figure (a, v);
  if (a->zero_target)
    set_gap_attainment (a, v);
  else
    set_value_attainment (a, v);

  if (is_met (a, v))
    {
      /* met before the deadline */
      a->met_early = TRUE;
      set_judged (a, TRUE);
      return;
    }

  if (a->zero_target && opts->zero_rule == DOSON_CTR_ZERO_TARGET_RULE_LINEAR)
    {
      a->pace_rule = DOSON_CTR_PACE_RULE_LINEAR_GAP;
      a->has_cutoffs = TRUE;
      if (a->current_year == a->base_year)
        {
          set_missing (a, DOSON_CTR_ASSESSMENT_REASON_ONE_YEAR);
          return;
        }
      if (a->base_value <= 0)
        {
          /* no gap at the base, and the current value is above 0 */
          a->reason = DOSON_CTR_ASSESSMENT_REASON_BASE_MET;
          a->status = DOSON_CTR_STATUS_DETERIORATION;
          return;
        }
      closed = (a->base_value - v) / a->base_value;
      a->has_elapsed = TRUE;
      a->elapsed = (double) (a->current_year - a->base_year)
                   / (double) (deadline - a->base_year);
      set_pace (a, DOSON_CTR_PACE_RULE_LINEAR_GAP, closed / a->elapsed);
      return;
    }

  pace_by_method (a, opts,
                  a->zero_target ? DOSON_CTR_PROGRESS_METHOD_OPEN_SDG : opts->level_method,
                  s, deadline, until);
}

/* Cumulative over the term: the running total of yearly amounts. */
static void
assess_cumulative (DosonCtrTargetAssessment *a,
                   const Series             *s,
                   int                       first,
                   int                       deadline,
                   int                       until)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (YearRow));
  gboolean complete = TRUE, any = FALSE;
  double total = 0;
  int last_complete = first - 1;
  int y;

  for (y = first; y <= until; y++)
    {
      YearRow *r;

      add_row (rows, y);
      r = &g_array_index (rows, YearRow, rows->len - 1);
      r->has_value = series_get (s, y, &r->value);
      if (!r->has_value)
        {
          r->why = DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR;
          complete = FALSE;
          continue;
        }
      any = TRUE;
      if (complete)
        {
          total += r->value;
          r->has_figure = TRUE;
          r->figure = total;             /* the running total to this year */
          last_complete = y;
        }
    }
  take_rows (a, rows);

  if (last_complete < first || (a->due && last_complete < deadline))
    {
      set_missing (a, any ? DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR
                          : DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
      return;
    }

  a->has_current = TRUE;
  a->current_year = last_complete;
  a->current_value = s->val[last_complete - s->first];
  a->has_total = TRUE;
  a->total = total;
  set_figure (a, total);
  if (a->direction == DOSON_CTR_DIRECTION_HIGHER)
    {
      if (a->floor != 0)
        set_attainment (a, total / a->floor);
    }
  else if (a->floor > 0 && total != 0)
    set_attainment (a, a->floor / total);

  if (a->due)
    {
      set_judged (a, is_met (a, total));
      return;
    }

  if (a->direction == DOSON_CTR_DIRECTION_LOWER)
    {
      /* a cap on a total: broken once exceeded, otherwise not yet due */
      if (is_met (a, total))
        a->status = DOSON_CTR_STATUS_PENDING;
      else
        set_judged (a, FALSE);
      return;
    }

  if (is_met (a, total))
    {
      a->met_early = TRUE;
      set_judged (a, TRUE);
      return;
    }

  a->has_cutoffs = TRUE;
  a->has_elapsed = TRUE;
  a->elapsed = (double) (last_complete - (first - 1)) / (double) (deadline - (first - 1));
  a->pace_rule = DOSON_CTR_PACE_RULE_CUMULATIVE_SHARE;
  if (a->floor == 0)
    {
      set_missing (a, DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED);
      return;
    }
  set_pace (a, DOSON_CTR_PACE_RULE_CUMULATIVE_SHARE, (total / a->floor) / a->elapsed);
}

/* Milestone: pending until met, achieved once met, not achieved when
 * unmet at the deadline. */
static void
assess_milestone (DosonCtrTargetAssessment *a,
                  const Series             *s,
                  int                       deadline,
                  int                       until)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (YearRow));
  gboolean met = FALSE;
  int y;

  for (y = a->baseline_year; y <= until; y++)
    {
      YearRow *r;

      add_row (rows, y);
      r = &g_array_index (rows, YearRow, rows->len - 1);
      r->has_value = series_get (s, y, &r->value);
      if (!r->has_value)
        {
          r->why = DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR;
          continue;
        }
      r->has_figure = TRUE;
      r->figure = r->value;
      r->met = is_met (a, r->value);
      if (r->met && !met)
        {
          met = TRUE;
          a->has_current = TRUE;
          a->current_year = y;
          a->current_value = r->value;
        }
    }
  take_rows (a, rows);

  if (met)
    {
      set_figure (a, a->current_value);
      set_attainment (a, 1);
      a->met_early = !a->due || a->current_year < deadline;
      set_judged (a, TRUE);
      return;
    }

  if (series_latest (s, a->baseline_year, until, &a->current_year, &a->current_value))
    {
      a->has_current = TRUE;
      set_figure (a, a->current_value);
      set_attainment (a, 0);
    }

  if (!a->due)
    {
      a->status = DOSON_CTR_STATUS_PENDING;
      if (!a->has_current)
        a->reason = DOSON_CTR_ASSESSMENT_REASON_NO_DATA;
      return;
    }
  if (a->has_current && a->current_year == deadline)
    {
      set_judged (a, FALSE);
      return;
    }
  set_missing (a, a->has_current ? DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR
                                 : DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
}

static DosonCtrTargetAssessment *
assess_target (DosonCtrProgram                 *program,
               DosonCtrMeasurementSet          *set,
               DosonCtrIndicator               *indicator,
               const DosonCtrTarget            *target,
               guint                            index,
               guint                            n_targets,
               const char                      *level,
               int                              as_of,
               const DosonCtrAssessmentOptions *opts)
{
  DosonCtrTargetAssessment *a = g_new0 (DosonCtrTargetAssessment, 1);
  DosonCtrTargetKind kind = doson_ctr_target_get_kind (target);
  DosonCtrComparator cmp = doson_ctr_target_get_comparator (target);
  int b = doson_ctr_program_get_baseline_year (program);
  int first = doson_ctr_target_get_first_year (target);
  int deadline = doson_ctr_target_get_deadline_year (target);
  int until;
  Series s;

  /* A target in a programme always has its years; a target made by hand
   * without them takes the programme's defaults, as the loader does. */
  if (first == 0)
    first = b + 1;
  if (deadline == 0)
    deadline = doson_ctr_program_get_term_end (program);
  until = MIN (as_of, deadline);

  a->indicator_id = g_strdup (doson_ctr_indicator_get_id (indicator));
  a->target_index = index;
  a->n_targets = n_targets;
  a->target = doson_ctr_target_copy (target);
  doson_ctr_target_set_years (a->target, first, deadline);
  a->level = g_strdup (level);
  a->direction = doson_ctr_indicator_get_direction (indicator);
  a->baseline_year = b;
  a->as_of_year = as_of;
  a->due = as_of >= deadline;
  a->status = DOSON_CTR_STATUS_NOT_AVAILABLE;
  a->floor = doson_ctr_target_get_floor (target, a->direction);
  a->has_stretch = doson_ctr_target_get_stretch (target, a->direction, &a->stretch);
  a->zero_target = kind == DOSON_CTR_TARGET_KIND_LEVEL
                   && a->direction == DOSON_CTR_DIRECTION_LOWER
                   && (cmp == DOSON_CTR_COMPARATOR_EQUAL
                       || cmp == DOSON_CTR_COMPARATOR_AT_MOST
                       || cmp == DOSON_CTR_COMPARATOR_LESS_THAN)
                   && a->floor == 0;
  a->cutoffs = opts->has_cutoffs ? opts->cutoffs : pace_cutoffs;

  if (kind != DOSON_CTR_TARGET_KIND_MILESTONE && as_of < first)
    {
      a->status = DOSON_CTR_STATUS_PENDING;
      a->reason = DOSON_CTR_ASSESSMENT_REASON_NOT_STARTED;
      return a;
    }

  /* Only measurements up to the as-of year; the year before the baseline
   * is read for nothing but a year-on-year change of the first year. */
  series_load (&s, set, a->indicator_id, level, MIN (b, first - 1), as_of);

  switch (kind)
    {
    case DOSON_CTR_TARGET_KIND_EVERY_YEAR:
      assess_every_year (a, &s, first, until);
      break;
    case DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR:
      assess_year_on_year (a, &s, first, until);
      break;
    case DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH:
      assess_average_growth (a, &s, deadline, until);
      break;
    case DOSON_CTR_TARGET_KIND_LEVEL:
      assess_level (a, opts, &s, deadline, until);
      break;
    case DOSON_CTR_TARGET_KIND_CUMULATIVE:
      assess_cumulative (a, &s, first, deadline, until);
      break;
    case DOSON_CTR_TARGET_KIND_MILESTONE:
      assess_milestone (a, &s, deadline, until);
      break;
    default:
      g_assert_not_reached ();
    }

  series_clear (&s);
  return a;
}

/* ------------------------------------------------------------------ */
/* Explanation                                                         */
/* ------------------------------------------------------------------ */

typedef struct
{
  const char *indicator;
  const char *target;
  const char *of;
  const char *first_year;
  const char *deadline;
  const char *wording;
  const char *level;
  const char *direction;
  const char *higher;
  const char *lower;
  const char *as_of;
  const char *before_deadline;
  const char *in_deadline;
  const char *after_deadline;
  const char *rule;
  const char *floor;
  const char *stretch;
  const char *band;
  const char *not_range;
  const char *base;
  const char *current;
  const char *value;
  const char *years;
  const char *met;
  const char *not_met;
  const char *running_total;
  const char *change;
  const char *figure;
  const char *exceeds;
  const char *yes;
  const char *no;
  const char *attainment;
  const char *cagr;
  const char *total;
  const char *elapsed;
  const char *pace;
  const char *cutoffs;
  const char *score;
  const char *years_met;
  const char *years_reported;
  const char *years_due;
  const char *status;
  const char *reason;
  const char *absent;
  const char *not_used;
  const char *progress;
  /* rules */
  const char *r_not_started;
  const char *r_every_year;
  const char *r_year_on_year;
  const char *r_growth_due;
  const char *r_growth_pace;
  const char *r_level_due;
  const char *r_level_met;
  const char *r_level_method;
  const char *r_zero_linear;
  const char *r_zero_open_sdg;
  const char *r_cumulative_due;
  const char *r_cumulative_met;
  const char *r_cumulative_pace;
  const char *r_cumulative_cap;
  const char *r_milestone;
  const char *reasons[DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET + 1];
} Words;

static const Words words_en = {
  "Indicator", "Target", "of", "first year", "deadline", "Wording",
  "Disaggregation value", "Direction", "higher is better", "lower is better",
  "As of", "before the deadline", "the deadline year", "after the deadline",
  "Rule", "Floor (requirement)", "stretch", "band, both ends required",
  "not a range",
  "Base", "Current", "value", "Years", "met", "not met", "running total",
  "change", "Figure compared", "Beyond the stretch", "yes", "no",
  "Attainment", "Compound growth CAGR_a", "Running total", "Elapsed share",
  "Pace", "Cut-offs", "Score", "Years met",
  "reported", "years due", "Status", "Reason", "absent", "not used",
  "Progress method",
  "the as-of year is before the target's first year: not yet due",
  "each year's value against the threshold; the year assessed decides",
  "each year's change on the year before against the threshold; the year assessed decides",
  "compound growth from the baseline to the deadline year against the floor",
  "pace = CAGR_a / floor (compound growth from the baseline against the floor)",
  "the value of the deadline year against the target",
  "the latest value already meets the target",
  "pace by a published progress method from the baseline towards the target in the deadline year",
  "zero target, linear pace = (share of the baseline gap closed) / elapsed share",
  "zero target, open-sdg method by name: the target 0 is replaced by 0.001",
  "running total of the yearly amounts to the deadline year against the target",
  "the running total already meets the target",
  "pace = (running total / target) / elapsed share",
  "a cap on a running total: broken once exceeded, otherwise judged at the deadline",
  "met (1) or not (0) by the deadline year; achieved once met",
  {
    NULL,
    "the target has not started",
    "no value up to the as-of year",
    "a year the rule needs has no value",
    "no value in the baseline year",
    "only the base year has a value",
    "the base value is zero or negative",
    "the base and current values have opposite signs",
    "the base value already met the target, so there is no gap to close",
    "the pace ratio has no finite value",
    "the value equals the figure of a strict target, which it does not meet yet; "
    "the published methods would count it as met, so there is no pace ratio",
  },
};

static const Words words_vi = {
  "Chỉ tiêu", "Mục tiêu", "trên", "năm đầu", "hạn", "Nguyên văn",
  "Giá trị phân tổ", "Chiều mong muốn", "càng cao càng tốt", "càng thấp càng tốt",
  "Tính đến năm", "trước hạn", "năm đến hạn", "sau hạn",
  "Cách đánh giá", "Mức sàn (yêu cầu)", "mức phấn đấu", "khoảng, phải nằm giữa hai đầu",
  "không phải khoảng",
  "Năm gốc", "Hiện tại", "giá trị", "Các năm", "đạt", "không đạt", "lũy kế",
  "thay đổi", "Số liệu so sánh", "Vượt mức phấn đấu", "có", "không",
  "Mức độ hoàn thành", "Tốc độ tăng bình quân CAGR_a", "Lũy kế", "Tỷ lệ thời gian đã qua",
  "Tiến độ", "Ngưỡng phân loại", "Điểm", "Số năm đạt",
  "năm có số liệu", "năm phải đạt", "Trạng thái", "Lý do", "không có", "không dùng",
  "Phương pháp đo tiến độ",
  "năm đánh giá trước năm đầu của mục tiêu: chưa đến hạn",
  "giá trị từng năm so với ngưỡng; năm đánh giá quyết định",
  "mức thay đổi so với năm trước so với ngưỡng; năm đánh giá quyết định",
  "tốc độ tăng bình quân từ năm gốc đến năm đến hạn so với mức sàn",
  "tiến độ = CAGR_a / mức sàn (tốc độ tăng bình quân từ năm gốc so với mức sàn)",
  "giá trị năm đến hạn so với mục tiêu",
  "giá trị mới nhất đã đạt mục tiêu",
  "tiến độ theo phương pháp công bố, từ năm gốc đến mục tiêu vào năm đến hạn",
  "mục tiêu bằng 0, tiến độ tuyến tính = (phần khoảng cách năm gốc đã thu hẹp) / tỷ lệ thời gian đã qua",
  "mục tiêu bằng 0, theo phương pháp open-sdg: mục tiêu 0 được thay bằng 0,001",
  "lũy kế các giá trị hằng năm đến năm đến hạn so với mục tiêu",
  "lũy kế đã đạt mục tiêu",
  "tiến độ = (lũy kế / mục tiêu) / tỷ lệ thời gian đã qua",
  "mức trần của lũy kế: không đạt khi vượt trần, còn lại đánh giá khi đến hạn",
  "đạt (1) hay không (0) đến năm đến hạn; đạt khi đã đạt",
  {
    NULL,
    "mục tiêu chưa bắt đầu",
    "không có số liệu đến năm đánh giá",
    "thiếu số liệu của một năm cần dùng",
    "không có số liệu năm gốc",
    "chỉ có số liệu năm gốc",
    "giá trị gốc bằng 0 hoặc âm",
    "giá trị gốc và giá trị hiện tại trái dấu",
    "giá trị gốc đã đạt mục tiêu nên không còn khoảng cách",
    "tiến độ không có giá trị hữu hạn",
    "giá trị bằng đúng con số của chỉ tiêu nhưng chỉ tiêu đòi hỏi vượt qua con số đó; "
    "các phương pháp công bố sẽ tính là đã đạt nên không có tỷ số tiến độ",
  },
};

static gboolean
lang_is_vi (const char *lang)
{
  return _doson_ctr_lang_from_string (lang) == DOSON_CTR_LANG_VI;
}

static void
append_number (GString *s,
               double   v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (s, g_ascii_formatd (buf, sizeof buf, "%.10g", v));
}

static void
append_optional (GString    *s,
                 const Words *w,
                 const char *name,
                 gboolean    has,
                 double      v,
                 const char *why)
{
  g_string_append_printf (s, "%s: ", name);
  if (has)
    append_number (s, v);
  else if (why != NULL)
    g_string_append_printf (s, "%s (%s)", w->absent, why);
  else
    g_string_append (s, w->absent);
  g_string_append_c (s, '\n');
}

static const char *
rule_text (const DosonCtrTargetAssessment *a,
           const Words                    *w)
{
  DosonCtrTargetKind kind = doson_ctr_target_get_kind (a->target);

  if (a->reason == DOSON_CTR_ASSESSMENT_REASON_NOT_STARTED)
    return w->r_not_started;
  switch (kind)
    {
    case DOSON_CTR_TARGET_KIND_EVERY_YEAR:
      return w->r_every_year;
    case DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR:
      return w->r_year_on_year;
    case DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH:
      return a->due ? w->r_growth_due : w->r_growth_pace;
    case DOSON_CTR_TARGET_KIND_LEVEL:
      if (a->due)
        return w->r_level_due;
      if (a->met_early)
        return w->r_level_met;
      if (a->pace_rule == DOSON_CTR_PACE_RULE_LINEAR_GAP)
        return w->r_zero_linear;
      if (a->zero_target && a->pace_rule == DOSON_CTR_PACE_RULE_PROGRESS_METHOD)
        return w->r_zero_open_sdg;
      return w->r_level_method;
    case DOSON_CTR_TARGET_KIND_CUMULATIVE:
      if (a->due)
        return w->r_cumulative_due;
      if (a->direction == DOSON_CTR_DIRECTION_LOWER)
        return w->r_cumulative_cap;
      if (a->met_early)
        return w->r_cumulative_met;
      return w->r_cumulative_pace;
    case DOSON_CTR_TARGET_KIND_MILESTONE:
      return w->r_milestone;
    default:
      return "";
    }
}

/**
 * doson_ctr_target_assessment_explain:
 * @assessment: a #DosonCtrTargetAssessment
 * @lang: (nullable): "vi" for Vietnamese, "en" (or %NULL, or any other
 *   language) for English
 *
 * Explains @assessment in lines of text "name: figure": the indicator, the
 * target (kind, comparator, threshold or range, first and deadline years,
 * wording), the disaggregation value, the direction, the as-of year and
 * whether the target is due, the rule applied (saying for a zero target
 * whether the linear pace or the `open-sdg` 0.001 rule was used), the floor
 * and stretch, the base and current observations, the figure of each year
 * looked at, the figure compared, the attainment, CAGR_a, the running
 * total, the elapsed share, the pace, the cut-offs, the score, the years
 * met, the status and the reason for any missing figure. A figure that does
 * not exist is written as absent, with its reason where there is one,
 * never as 0. When a progress method measured the pace, its own
 * explanation (doson_ctr_progress_result_explain()) follows, indented.
 *
 * Returns: (transfer full): the text, in UTF-8, to be freed with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_target_assessment_explain (const DosonCtrTargetAssessment *assessment,
                                     const char                     *lang)
{
  const DosonCtrTargetAssessment *a = assessment;
  DosonCtrTargetKind kind;
  const Words *w;
  const char *why, *text;
  double v, low, high;
  GString *s;
  guint i;

  g_return_val_if_fail (assessment != NULL, NULL);

  w = lang_is_vi (lang) ? &words_vi : &words_en;
  why = w->reasons[a->reason];
  kind = doson_ctr_target_get_kind (a->target);
  s = g_string_new (NULL);

  g_string_append_printf (s, "%s: %s\n", w->indicator, a->indicator_id);

  g_string_append_printf (s, "%s %u %s %u: %s %s ", w->target, a->target_index + 1,
                          w->of, a->n_targets,
                          doson_ctr_target_kind_to_string (kind),
                          doson_ctr_comparator_to_string (doson_ctr_target_get_comparator (a->target)));
  if (doson_ctr_target_get_range (a->target, &low, &high))
    {
      append_number (s, low);
      g_string_append (s, " .. ");
      append_number (s, high);
      g_string_append_printf (s, " (%s)",
                              doson_ctr_range_mode_to_string (doson_ctr_target_get_range_mode (a->target)));
    }
  else if (doson_ctr_target_get_value (a->target, &v))
    append_number (s, v);
  g_string_append_printf (s, "; %s %d, %s %d\n",
                          w->first_year, doson_ctr_target_get_first_year (a->target),
                          w->deadline, doson_ctr_target_get_deadline_year (a->target));

  text = doson_ctr_target_get_text (a->target, lang_is_vi (lang) ? "vi" : "en");
  if (text != NULL)
    g_string_append_printf (s, "%s: %s\n", w->wording, text);
  if (a->level != NULL)
    g_string_append_printf (s, "%s: %s\n", w->level, a->level);

  g_string_append_printf (s, "%s: %s\n", w->direction,
                          a->direction == DOSON_CTR_DIRECTION_HIGHER ? w->higher : w->lower);

  g_string_append_printf (s, "%s: %d (%s)\n", w->as_of, a->as_of_year,
                          !a->due ? w->before_deadline
                          : a->as_of_year == doson_ctr_target_get_deadline_year (a->target)
                          ? w->in_deadline : w->after_deadline);

  g_string_append_printf (s, "%s: %s", w->rule, rule_text (a, w));
  if (a->pace_rule != DOSON_CTR_PACE_RULE_NONE)
    g_string_append_printf (s, " [%s]", doson_ctr_pace_rule_to_string (a->pace_rule));
  g_string_append_c (s, '\n');

  g_string_append_printf (s, "%s: ", w->floor);
  append_number (s, a->floor);
  if (a->has_stretch)
    {
      if (doson_ctr_target_get_range_mode (a->target) == DOSON_CTR_RANGE_MODE_BAND)
        g_string_append_printf (s, "; %s ", w->band);
      else
        g_string_append_printf (s, "; %s ", w->stretch);
      append_number (s, a->stretch);
    }
  else
    g_string_append_printf (s, " (%s)", w->not_range);
  g_string_append_c (s, '\n');

  g_string_append_printf (s, "%s: ", w->base);
  if (a->has_base)
    {
      g_string_append_printf (s, "%d, %s ", a->base_year, w->value);
      append_number (s, a->base_value);
    }
  else if (a->reason == DOSON_CTR_ASSESSMENT_REASON_NO_BASE
           || a->reason == DOSON_CTR_ASSESSMENT_REASON_NO_DATA)
    g_string_append_printf (s, "%s (%s)", w->absent, why);
  else if (kind == DOSON_CTR_TARGET_KIND_EVERY_YEAR
           || kind == DOSON_CTR_TARGET_KIND_CUMULATIVE
           || kind == DOSON_CTR_TARGET_KIND_MILESTONE)
    g_string_append_printf (s, "%s (%s)", w->absent, w->not_used);
  else
    g_string_append (s, w->absent);
  g_string_append_c (s, '\n');

  g_string_append_printf (s, "%s: ", w->current);
  if (a->has_current)
    {
      g_string_append_printf (s, "%d, %s ", a->current_year, w->value);
      append_number (s, a->current_value);
    }
  else
    g_string_append (s, w->absent);
  g_string_append_c (s, '\n');

  if (a->n_rows > 0)
    {
      g_string_append_printf (s, "%s:\n", w->years);
      for (i = 0; i < a->n_rows; i++)
        {
          const YearRow *r = &a->rows[i];

          g_string_append_printf (s, "  %d: %s ", r->year, w->value);
          if (r->has_value)
            append_number (s, r->value);
          else
            g_string_append (s, w->absent);
          if (kind == DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR
              || kind == DOSON_CTR_TARGET_KIND_CUMULATIVE)
            {
              g_string_append_printf (s, "; %s ",
                                      kind == DOSON_CTR_TARGET_KIND_CUMULATIVE
                                      ? w->running_total : w->change);
              if (r->has_figure)
                append_number (s, r->figure);
              else
                g_string_append_printf (s, "%s (%s)", w->absent,
                                        w->reasons[r->why != DOSON_CTR_ASSESSMENT_REASON_NONE
                                                   ? r->why
                                                   : DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR]);
            }
          if (r->has_figure && kind != DOSON_CTR_TARGET_KIND_CUMULATIVE)
            g_string_append_printf (s, "; %s", r->met ? w->met : w->not_met);
          g_string_append_c (s, '\n');
        }
    }

  append_optional (s, w, w->figure, a->has_figure, a->figure,
                   a->status == DOSON_CTR_STATUS_NOT_AVAILABLE ? why : NULL);
  if (a->has_stretch && a->has_figure)
    g_string_append_printf (s, "%s: %s\n", w->exceeds, a->exceeds_stretch ? w->yes : w->no);
  append_optional (s, w, w->attainment, a->has_attainment, a->attainment, NULL);
  append_optional (s, w, w->cagr, a->has_cagr, a->cagr, NULL);
  append_optional (s, w, w->total, a->has_total, a->total, NULL);
  append_optional (s, w, w->elapsed, a->has_elapsed, a->elapsed, NULL);

  g_string_append_printf (s, "%s: ", w->pace);
  if (a->has_pace)
    append_number (s, a->pace);
  else if (a->pace_rule == DOSON_CTR_PACE_RULE_NONE)
    g_string_append_printf (s, "%s (%s)", w->absent, w->not_used);
  else
    g_string_append_printf (s, "%s (%s)", w->absent,
                            why != NULL ? why : w->reasons[DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED]);
  g_string_append_c (s, '\n');

  g_string_append_printf (s, "%s: ", w->cutoffs);
  if (a->has_cutoffs)
    {
      append_number (s, a->cutoffs.substantial);
      g_string_append (s, " / ");
      append_number (s, a->cutoffs.moderate);
      g_string_append (s, " / ");
      append_number (s, a->cutoffs.limited);
    }
  else
    g_string_append_printf (s, "%s (%s)", w->absent, w->not_used);
  g_string_append_c (s, '\n');

  append_optional (s, w, w->score, a->has_score, a->score, NULL);

  if (a->has_years)
    g_string_append_printf (s, "%s: %u %s %u %s; %u %s\n", w->years_met,
                            a->years_met, w->of, a->years_reported,
                            w->years_reported, a->years_due, w->years_due);

  g_string_append_printf (s, "%s: %s (%s)\n", w->status,
                          doson_ctr_status_to_string (a->status),
                          doson_ctr_status_get_label (a->status, lang_is_vi (lang) ? "vi" : "en"));
  if (why != NULL)
    g_string_append_printf (s, "%s: %s [%s]\n", w->reason, why,
                            doson_ctr_assessment_reason_to_string (a->reason));

  if (a->progress != NULL)
    {
      g_autofree char *inner = doson_ctr_progress_result_explain (a->progress, lang);
      g_auto(GStrv) lines = g_strsplit (inner, "\n", -1);

      g_string_append_printf (s, "%s:\n", w->progress);
      for (i = 0; lines[i] != NULL; i++)
        if (lines[i][0] != '\0')
          g_string_append_printf (s, "  %s\n", lines[i]);
    }

  return g_string_free (s, FALSE);
}

/* ------------------------------------------------------------------ */
/* Roll-ups                                                            */
/* ------------------------------------------------------------------ */

#define N_STATUSES (DOSON_CTR_STATUS_PENDING + 1)

struct _DosonCtrRollup
{
  DosonCtrRollupKind kind;
  char              *id;
  char             **indicator_ids;
  guint              n_indicators;
  guint              counts[N_STATUSES];
  guint              n_scored;
  gboolean           has_mean;
  double             mean_score;
};

G_DEFINE_BOXED_TYPE (DosonCtrRollup, doson_ctr_rollup,
                     doson_ctr_rollup_copy, doson_ctr_rollup_free)

/**
 * doson_ctr_rollup_copy:
 * @rollup: a #DosonCtrRollup
 *
 * Copies @rollup.
 *
 * Returns: (transfer full): the copy, freed with doson_ctr_rollup_free()
 *
 * Since: 0.1
 */
DosonCtrRollup *
doson_ctr_rollup_copy (const DosonCtrRollup *rollup)
{
  DosonCtrRollup *copy;

  g_return_val_if_fail (rollup != NULL, NULL);

  copy = g_memdup2 (rollup, sizeof *rollup);
  copy->id = g_strdup (rollup->id);
  copy->indicator_ids = g_strdupv (rollup->indicator_ids);
  return copy;
}

/**
 * doson_ctr_rollup_free:
 * @rollup: (nullable) (transfer full): a #DosonCtrRollup
 *
 * Frees @rollup. Does nothing when @rollup is %NULL.
 *
 * Since: 0.1
 */
void
doson_ctr_rollup_free (DosonCtrRollup *rollup)
{
  if (rollup == NULL)
    return;
  g_free (rollup->id);
  g_strfreev (rollup->indicator_ids);
  g_free (rollup);
}

/**
 * doson_ctr_rollup_get_kind:
 * @rollup: a #DosonCtrRollup
 *
 * Tells whether @rollup summarises a goal (with the goals nested in it), a
 * responsible unit, or the whole programme.
 *
 * Returns: what @rollup summarises
 *
 * Since: 0.1
 */
DosonCtrRollupKind
doson_ctr_rollup_get_kind (const DosonCtrRollup *rollup)
{
  g_return_val_if_fail (rollup != NULL, DOSON_CTR_ROLLUP_PROGRAM);
  return rollup->kind;
}

/**
 * doson_ctr_rollup_get_id:
 * @rollup: a #DosonCtrRollup
 *
 * Gives the id of what @rollup summarises: the goal's id, the responsible
 * unit's id, or, for %DOSON_CTR_ROLLUP_PROGRAM, the programme's id.
 *
 * Returns: (transfer none): the id of the goal, the unit or the programme
 *   summarised, owned by @rollup
 *
 * Since: 0.1
 */
const char *
doson_ctr_rollup_get_id (const DosonCtrRollup *rollup)
{
  g_return_val_if_fail (rollup != NULL, NULL);
  return rollup->id;
}

/**
 * doson_ctr_rollup_get_n_indicators:
 * @rollup: a #DosonCtrRollup
 *
 * Counts the indicators in @rollup, with a score or without one.
 *
 * Returns: the number of indicators counted
 *
 * Since: 0.1
 */
guint
doson_ctr_rollup_get_n_indicators (const DosonCtrRollup *rollup)
{
  g_return_val_if_fail (rollup != NULL, 0);
  return rollup->n_indicators;
}

/**
 * doson_ctr_rollup_get_indicator_ids:
 * @rollup: a #DosonCtrRollup
 *
 * Gives the indicators counted in @rollup as a %NULL-terminated array; it
 * holds doson_ctr_rollup_get_n_indicators() ids.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the
 *   indicators counted, in the programme's order, owned by @rollup
 *
 * Since: 0.1
 */
const char * const *
doson_ctr_rollup_get_indicator_ids (const DosonCtrRollup *rollup)
{
  g_return_val_if_fail (rollup != NULL, NULL);
  return (const char * const *) rollup->indicator_ids;
}

/**
 * doson_ctr_rollup_get_count:
 * @rollup: a #DosonCtrRollup
 * @status: a status
 *
 * Counts the indicators of @rollup whose overall status
 * (doson_ctr_assessment_get_indicator_status()) is @status. The counts of
 * all the statuses add up to doson_ctr_rollup_get_n_indicators().
 *
 * Returns: the number of indicators whose overall status is @status
 *
 * Since: 0.1
 */
guint
doson_ctr_rollup_get_count (const DosonCtrRollup *rollup,
                            DosonCtrStatus        status)
{
  g_return_val_if_fail (rollup != NULL, 0);
  g_return_val_if_fail ((guint) status < N_STATUSES, 0);
  return rollup->counts[status];
}

/**
 * doson_ctr_rollup_get_n_scored:
 * @rollup: a #DosonCtrRollup
 *
 * Counts the indicators of @rollup that have a score. The others (pending,
 * not available, or decided without a pace ratio) are counted by status but
 * left out of doson_ctr_rollup_get_mean_score().
 *
 * Returns: the number of indicators with a score, which the mean score
 *   averages
 *
 * Since: 0.1
 */
guint
doson_ctr_rollup_get_n_scored (const DosonCtrRollup *rollup)
{
  g_return_val_if_fail (rollup != NULL, 0);
  return rollup->n_scored;
}

/**
 * doson_ctr_rollup_get_mean_score:
 * @rollup: a #DosonCtrRollup
 * @score: (out) (optional): where to store the mean score, from −5 to +5
 *
 * Gives the arithmetic mean of the scores of the indicators that have one;
 * indicators without a score (pending, not available) are left out.
 *
 * Returns: %TRUE when at least one indicator has a score; otherwise %FALSE
 *   with @score untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_rollup_get_mean_score (const DosonCtrRollup *rollup,
                                 double               *score)
{
  g_return_val_if_fail (rollup != NULL, FALSE);

  if (!rollup->has_mean)
    return FALSE;
  if (score != NULL)
    *score = rollup->mean_score;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Consistency warnings                                                */
/* ------------------------------------------------------------------ */

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

G_DEFINE_BOXED_TYPE (DosonCtrConsistencyWarning, doson_ctr_consistency_warning,
                     doson_ctr_consistency_warning_copy,
                     doson_ctr_consistency_warning_free)

/**
 * doson_ctr_consistency_warning_copy:
 * @warning: a #DosonCtrConsistencyWarning
 *
 * Copies @warning.
 *
 * Returns: (transfer full): the copy, freed with
 *   doson_ctr_consistency_warning_free()
 *
 * Since: 0.1
 */
DosonCtrConsistencyWarning *
doson_ctr_consistency_warning_copy (const DosonCtrConsistencyWarning *warning)
{
  DosonCtrConsistencyWarning *copy;

  g_return_val_if_fail (warning != NULL, NULL);

  copy = g_memdup2 (warning, sizeof *warning);
  copy->indicator_id = g_strdup (warning->indicator_id);
  copy->part_ids = g_strdupv (warning->part_ids);
  copy->level = g_strdup (warning->level);
  return copy;
}

/**
 * doson_ctr_consistency_warning_free:
 * @warning: (nullable) (transfer full): a #DosonCtrConsistencyWarning
 *
 * Frees a copy made with doson_ctr_consistency_warning_copy(). Does
 * nothing when @warning is %NULL.
 *
 * Since: 0.1
 */
void
doson_ctr_consistency_warning_free (DosonCtrConsistencyWarning *warning)
{
  if (warning == NULL)
    return;
  g_free (warning->indicator_id);
  g_strfreev (warning->part_ids);
  g_free (warning->level);
  g_free (warning);
}

/**
 * doson_ctr_consistency_warning_get_relation:
 * @warning: a #DosonCtrConsistencyWarning
 *
 * Tells which kind of inconsistency @warning reports.
 *
 * Returns: %DOSON_CTR_INDICATOR_RELATION_PART_OF when parts do not add up
 *   to their whole, %DOSON_CTR_INDICATOR_RELATION_SUBSET_OF when a subset
 *   exceeds its whole
 *
 * Since: 0.1
 */
DosonCtrIndicatorRelation
doson_ctr_consistency_warning_get_relation (const DosonCtrConsistencyWarning *warning)
{
  g_return_val_if_fail (warning != NULL, DOSON_CTR_INDICATOR_RELATION_NONE);
  return warning->relation;
}

/**
 * doson_ctr_consistency_warning_get_indicator_id:
 * @warning: a #DosonCtrConsistencyWarning
 *
 * Gives the indicator that is the whole: the one the parts should add up
 * to, or the one the subset exceeds.
 *
 * Returns: (transfer none): the id of the whole, owned by @warning
 *
 * Since: 0.1
 */
const char *
doson_ctr_consistency_warning_get_indicator_id (const DosonCtrConsistencyWarning *warning)
{
  g_return_val_if_fail (warning != NULL, NULL);
  return warning->indicator_id;
}

/**
 * doson_ctr_consistency_warning_get_part_ids:
 * @warning: a #DosonCtrConsistencyWarning
 *
 * Gives the indicators compared with the whole: every part of a
 * %DOSON_CTR_INDICATOR_RELATION_PART_OF warning, in the programme's order,
 * or the one subset of a %DOSON_CTR_INDICATOR_RELATION_SUBSET_OF warning.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the parts
 *   summed, or the one id of the subset, owned by @warning
 *
 * Since: 0.1
 */
const char * const *
doson_ctr_consistency_warning_get_part_ids (const DosonCtrConsistencyWarning *warning)
{
  g_return_val_if_fail (warning != NULL, NULL);
  return (const char * const *) warning->part_ids;
}

/**
 * doson_ctr_consistency_warning_get_year:
 * @warning: a #DosonCtrConsistencyWarning
 *
 * Gives the year whose measurements are inconsistent; it is never after the
 * as-of year of the assessment that reported the warning.
 *
 * Returns: the year of the figures
 *
 * Since: 0.1
 */
int
doson_ctr_consistency_warning_get_year (const DosonCtrConsistencyWarning *warning)
{
  g_return_val_if_fail (warning != NULL, 0);
  return warning->year;
}

/**
 * doson_ctr_consistency_warning_get_level:
 * @warning: a #DosonCtrConsistencyWarning
 *
 * Gives the disaggregation value ("level") of the figures compared, when
 * the warning is about one value of the disaggregation rather than the
 * totals.
 *
 * Returns: (transfer none) (nullable): the disaggregation value of the
 *   figures, owned by @warning, or %NULL for the totals
 *
 * Since: 0.1
 */
const char *
doson_ctr_consistency_warning_get_level (const DosonCtrConsistencyWarning *warning)
{
  g_return_val_if_fail (warning != NULL, NULL);
  return warning->level;
}

/**
 * doson_ctr_consistency_warning_get_whole_value:
 * @warning: a #DosonCtrConsistencyWarning
 *
 * Gives the measured value of the whole, in its unit, for the year and
 * level of the warning.
 *
 * Returns: the value of the whole
 *
 * Since: 0.1
 */
double
doson_ctr_consistency_warning_get_whole_value (const DosonCtrConsistencyWarning *warning)
{
  g_return_val_if_fail (warning != NULL, 0.0);
  return warning->whole;
}

/**
 * doson_ctr_consistency_warning_get_parts_value:
 * @warning: a #DosonCtrConsistencyWarning
 *
 * Gives the figure compared with the whole, in the whole's unit, for the
 * year and level of the warning: the sum of the values of the parts, or the
 * value of the subset.
 *
 * Returns: the sum of the parts, or the value of the subset
 *
 * Since: 0.1
 */
double
doson_ctr_consistency_warning_get_parts_value (const DosonCtrConsistencyWarning *warning)
{
  g_return_val_if_fail (warning != NULL, 0.0);
  return warning->parts;
}

/**
 * doson_ctr_consistency_warning_to_string:
 * @warning: a #DosonCtrConsistencyWarning
 * @lang: (nullable): "vi" for Vietnamese, anything else for English
 *
 * Describes @warning in one line naming the indicators, the year, the
 * level and the figures, such as "social-insurance-coverage, 2027: the
 * parts social-insurance-compulsory + social-insurance-voluntary sum to 58,
 * not 60 (difference 2, tolerance 0.5)".
 *
 * Returns: (transfer full): the text, to be freed with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_consistency_warning_to_string (const DosonCtrConsistencyWarning *warning,
                                         const char                       *lang)
{
  const DosonCtrConsistencyWarning *x = warning;
  gboolean vi;
  g_autofree char *parts = NULL;
  GString *s;

  g_return_val_if_fail (warning != NULL, NULL);

  vi = lang_is_vi (lang);
  parts = g_strjoinv (" + ", x->part_ids);
  s = g_string_new (x->indicator_id);
  g_string_append_printf (s, ", %d", x->year);
  if (x->level != NULL)
    g_string_append_printf (s, vi ? ", phân tổ %s" : ", level %s", x->level);
  g_string_append (s, ": ");
  if (x->relation == DOSON_CTR_INDICATOR_RELATION_PART_OF)
    {
      g_string_append_printf (s, vi ? "tổng các thành phần %s là " : "the parts %s sum to ", parts);
      append_number (s, x->parts);
      g_string_append (s, vi ? ", không phải " : ", not ");
      append_number (s, x->whole);
      g_string_append (s, vi ? " (chênh lệch " : " (difference ");
      append_number (s, x->parts - x->whole);
      g_string_append (s, vi ? ", dung sai " : ", tolerance ");
      append_number (s, x->tolerance);
      g_string_append_c (s, ')');
    }
  else
    {
      g_string_append_printf (s, vi ? "tập con %s là " : "the subset %s is ", parts);
      append_number (s, x->parts);
      g_string_append (s, vi ? ", lớn hơn tổng thể " : ", more than its whole ");
      append_number (s, x->whole);
    }
  return g_string_free (s, FALSE);
}

/* ------------------------------------------------------------------ */
/* The assessment                                                      */
/* ------------------------------------------------------------------ */

typedef struct
{
  DosonCtrStatus status;
  gboolean       has_score;
  double         score;
} IndicatorSummary;

/**
 * DosonCtrAssessment:
 *
 * The assessment of every target of a programme as of a year, with the
 * overall status of each indicator, roll-ups and consistency warnings.
 * Immutable once made by doson_ctr_assessment_new(); release it with
 * g_object_unref(). Its methods may be called from several threads at
 * once.
 *
 * Since: 0.1
 */
struct _DosonCtrAssessment
{
  GObject                    parent_instance;
  DosonCtrProgram           *program;
  DosonCtrMeasurementSet    *measurements;
  int                        as_of_year;
  DosonCtrAssessmentOptions  options;
  GPtrArray                 *results;       /* DosonCtrTargetAssessment */
  GHashTable                *indicators;    /* id -> IndicatorSummary */
  GPtrArray                 *warnings;      /* DosonCtrConsistencyWarning */
};

G_DEFINE_FINAL_TYPE (DosonCtrAssessment, doson_ctr_assessment, G_TYPE_OBJECT)

static void
doson_ctr_assessment_finalize (GObject *object)
{
  DosonCtrAssessment *self = DOSON_CTR_ASSESSMENT (object);

  g_clear_object (&self->program);
  g_clear_object (&self->measurements);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_pointer (&self->indicators, g_hash_table_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (doson_ctr_assessment_parent_class)->finalize (object);
}

static void
doson_ctr_assessment_class_init (DosonCtrAssessmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doson_ctr_assessment_finalize;
}

static void
doson_ctr_assessment_init (DosonCtrAssessment *self)
{
  self->options = default_options;
  self->results = g_ptr_array_new_with_free_func ((GDestroyNotify) doson_ctr_target_assessment_free);
  self->indicators = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) doson_ctr_consistency_warning_free);
}

/* The worst-first order of the statuses of an indicator's assessments. */
static int
status_rank (DosonCtrStatus status)
{
  switch (status)
    {
    case DOSON_CTR_STATUS_NOT_ACHIEVED:
      return 0;
    case DOSON_CTR_STATUS_DETERIORATION:
      return 1;
    case DOSON_CTR_STATUS_LIMITED_PROGRESS:
      return 2;
    case DOSON_CTR_STATUS_MODERATE_PROGRESS:
      return 3;
    case DOSON_CTR_STATUS_NOT_AVAILABLE:
      return 4;
    case DOSON_CTR_STATUS_PENDING:
      return 5;
    case DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS:
      return 6;
    case DOSON_CTR_STATUS_ACHIEVED:
    case DOSON_CTR_STATUS_TARGET_ACHIEVED:
    default:
      return 7;
    }
}

/* The latest year with a measurement of an indicator of @program. */
static gboolean
latest_year (DosonCtrProgram        *program,
             DosonCtrMeasurementSet *set,
             int                    *year)
{
  GPtrArray *all = doson_ctr_measurement_set_get_measurements (set);
  gboolean found = FALSE;
  guint i;

  for (i = 0; i < all->len; i++)
    {
      const DosonCtrMeasurement *m = g_ptr_array_index (all, i);
      int y = doson_ctr_measurement_get_year (m);

      if (doson_ctr_program_lookup_indicator (program,
                                              doson_ctr_measurement_get_indicator_id (m)) == NULL)
        continue;
      if (!found || y > *year)
        {
          *year = y;
          found = TRUE;
        }
    }
  return found;
}

static void
assess_indicator (DosonCtrAssessment *self,
                  DosonCtrIndicator  *indicator)
{
  GPtrArray *targets = doson_ctr_indicator_get_targets (indicator);
  GPtrArray *levels = doson_ctr_indicator_get_disaggregation_values (indicator);
  IndicatorSummary *sum = g_new0 (IndicatorSummary, 1);
  double score_total = 0;
  guint n_scored = 0, n_results = 0;
  guint i, j;

  sum->status = DOSON_CTR_STATUS_ACHIEVED;

  for (i = 0; i < targets->len; i++)
    {
      const DosonCtrTarget *target = g_ptr_array_index (targets, i);
      gboolean per_level = doson_ctr_target_get_per_disaggregation (target)
                           && levels != NULL && levels->len > 0;
      guint n = per_level ? levels->len : 1;

      for (j = 0; j < n; j++)
        {
          DosonCtrTargetAssessment *a;

          a = assess_target (self->program, self->measurements, indicator, target,
                             i, targets->len,
                             per_level ? g_ptr_array_index (levels, j) : NULL,
                             self->as_of_year, &self->options);
          if (status_rank (a->status) < status_rank (sum->status))
            sum->status = a->status;
          if (a->has_score)
            {
              score_total += a->score;
              n_scored++;
            }
          n_results++;
          g_ptr_array_add (self->results, a);
        }
    }

  if (n_results == 0)
    sum->status = DOSON_CTR_STATUS_NOT_AVAILABLE;
  if (n_scored > 0)
    {
      sum->has_score = TRUE;
      sum->score = score_total / n_scored;
    }
  g_hash_table_replace (self->indicators,
                        g_strdup (doson_ctr_indicator_get_id (indicator)), sum);
}

typedef struct
{
  int         year;
  const char *level;
} YearLevel;

static int
compare_year_level (const void *pa,
                    const void *pb)
{
  const YearLevel *a = pa, *b = pb;

  if (a->year != b->year)
    return (a->year > b->year) - (a->year < b->year);
  if (a->level == NULL || b->level == NULL)
    return (a->level != NULL) - (b->level != NULL);
  return strcmp (a->level, b->level);
}

static void
add_warning (DosonCtrAssessment        *self,
             DosonCtrIndicatorRelation  relation,
             const char                *whole_id,
             GPtrArray                 *parts,
             int                        year,
             const char                *level,
             double                     whole,
             double                     sum)
{
  DosonCtrConsistencyWarning *x = g_new0 (DosonCtrConsistencyWarning, 1);
  guint i;

  x->relation = relation;
  x->indicator_id = g_strdup (whole_id);
  x->part_ids = g_new0 (char *, parts->len + 1);
  for (i = 0; i < parts->len; i++)
    x->part_ids[i] = g_strdup (doson_ctr_indicator_get_id (g_ptr_array_index (parts, i)));
  x->year = year;
  x->level = g_strdup (level);
  x->whole = whole;
  x->parts = sum;
  x->tolerance = relation == DOSON_CTR_INDICATOR_RELATION_PART_OF
                 ? self->options.sum_tolerance : 0;
  g_ptr_array_add (self->warnings, x);
}

/* Parts that do not sum to their whole, subsets above their whole, in the
 * years up to the as-of year. */
static void
check_consistency (DosonCtrAssessment *self)
{
  GPtrArray *indicators = doson_ctr_program_get_indicators (self->program);
  GPtrArray *all = doson_ctr_measurement_set_get_measurements (self->measurements);
  guint i, j, k;

  for (i = 0; i < indicators->len; i++)
    {
      DosonCtrIndicator *whole = g_ptr_array_index (indicators, i);
      const char *whole_id = doson_ctr_indicator_get_id (whole);
      g_autoptr(GPtrArray) parts = g_ptr_array_new ();
      g_autoptr(GPtrArray) subsets = g_ptr_array_new ();
      g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (YearLevel));

      for (j = 0; j < indicators->len; j++)
        {
          DosonCtrIndicator *other = g_ptr_array_index (indicators, j);
          const char *related = doson_ctr_indicator_get_related_id (other);

          if (related == NULL || strcmp (related, whole_id) != 0)
            continue;
          if (doson_ctr_indicator_get_relation (other) == DOSON_CTR_INDICATOR_RELATION_PART_OF)
            g_ptr_array_add (parts, other);
          else if (doson_ctr_indicator_get_relation (other) == DOSON_CTR_INDICATOR_RELATION_SUBSET_OF)
            g_ptr_array_add (subsets, other);
        }
      if (parts->len == 0 && subsets->len == 0)
        continue;

      /* the years and levels the whole has a value for, in order */
      for (j = 0; j < all->len; j++)
        {
          const DosonCtrMeasurement *m = g_ptr_array_index (all, j);
          YearLevel key;

          if (strcmp (doson_ctr_measurement_get_indicator_id (m), whole_id) != 0
              || doson_ctr_measurement_get_year (m) > self->as_of_year)
            continue;
          key.year = doson_ctr_measurement_get_year (m);
          key.level = doson_ctr_measurement_get_level (m);
          g_array_append_val (keys, key);
        }
      g_array_sort (keys, compare_year_level);

      for (j = 0; j < keys->len; j++)
        {
          const YearLevel *key = &g_array_index (keys, YearLevel, j);
          double whole_value, v, sum = 0;
          gboolean complete = TRUE;

          if (!doson_ctr_measurement_set_lookup (self->measurements, whole_id, key->year,
                                                 key->level, &whole_value))
            continue;

          for (k = 0; k < parts->len && complete; k++)
            {
              const char *pid = doson_ctr_indicator_get_id (g_ptr_array_index (parts, k));

              if (doson_ctr_measurement_set_lookup (self->measurements, pid, key->year,
                                                    key->level, &v))
                sum += v;
              else
                complete = FALSE;
            }
          if (parts->len > 0 && complete
              && !(fabs (sum - whole_value) <= self->options.sum_tolerance))
            add_warning (self, DOSON_CTR_INDICATOR_RELATION_PART_OF, whole_id, parts,
                         key->year, key->level, whole_value, sum);

          for (k = 0; k < subsets->len; k++)
            {
              DosonCtrIndicator *sub = g_ptr_array_index (subsets, k);

              if (doson_ctr_measurement_set_lookup (self->measurements,
                                                    doson_ctr_indicator_get_id (sub),
                                                    key->year, key->level, &v)
                  && v > whole_value)
                {
                  g_autoptr(GPtrArray) one = g_ptr_array_new ();

                  g_ptr_array_add (one, sub);
                  add_warning (self, DOSON_CTR_INDICATOR_RELATION_SUBSET_OF, whole_id, one,
                               key->year, key->level, whole_value, v);
                }
            }
        }
    }
}

/**
 * doson_ctr_assessment_new: (constructor)
 * @program: the programme whose targets are assessed
 * @measurements: the measured values
 * @as_of_year: the year t to assess as of, from the programme's baseline
 *   year to 2200, or 0 for the latest year in which any indicator of
 *   @program has a measurement
 * @options: (nullable): the choices of the assessment, or %NULL for the
 *   defaults of doson_ctr_assessment_options_new(); copied
 * @error: return location for a #GError, or %NULL
 *
 * Assesses every target of every indicator of @program as of @as_of_year,
 * with the measurements of the years up to it, following the rules in the
 * section description, then counts the consistency warnings. Measurements
 * of indicators @program does not have are ignored
 * (doson_ctr_measurement_set_validate() reports them). Missing data is
 * never read as zero: it gives %DOSON_CTR_STATUS_NOT_AVAILABLE with a
 * reason, which is not an error.
 *
 * Errors: %DOSON_CTR_ERROR_INVALID_ARGUMENT when @as_of_year is not 0 and
 * is before the programme's baseline year or after 2200, or when it is 0
 * and the latest year with a measurement is before the baseline year;
 * %DOSON_CTR_ERROR_EMPTY when @as_of_year is 0 and no indicator of
 * @program has a measurement; %DOSON_CTR_ERROR_INVALID_DATA when
 * @measurements names a programme (doson_ctr_measurement_set_get_program_id())
 * other than @program.
 *
 * The assessment keeps a reference to @program and @measurements; do not
 * change @measurements while the assessment is in use, since its figures
 * would no longer match.
 *
 * Returns: (transfer full): the assessment, released with
 *   g_object_unref(), or %NULL with @error set
 *
 * Since: 0.1
 */
DosonCtrAssessment *
doson_ctr_assessment_new (DosonCtrProgram                 *program,
                          DosonCtrMeasurementSet          *measurements,
                          int                              as_of_year,
                          const DosonCtrAssessmentOptions *options,
                          GError                         **error)
{
  DosonCtrAssessment *self;
  GPtrArray *indicators;
  const char *set_program;
  int baseline, t = as_of_year;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (measurements), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  baseline = doson_ctr_program_get_baseline_year (program);
  set_program = doson_ctr_measurement_set_get_program_id (measurements);
  if (set_program != NULL
      && g_strcmp0 (set_program, doson_ctr_program_get_id (program)) != 0)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "the measurement set is for the programme \"%s\", not \"%s\"",
                   set_program, doson_ctr_program_get_id (program));
      return NULL;
    }
  if (t != 0 && (t < baseline || t > DOSON_CTR_YEAR_MAX))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT,
                   "as-of year %d: give a year from the baseline year %d to %d, "
                   "or 0 for the latest year with a measurement",
                   t, baseline, DOSON_CTR_YEAR_MAX);
      return NULL;
    }
  if (t == 0 && !latest_year (program, measurements, &t))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_EMPTY,
                   "no indicator of the programme \"%s\" has a measurement, so "
                   "there is no latest year: give an as-of year",
                   doson_ctr_program_get_id (program));
      return NULL;
    }
  if (t < baseline)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT,
                   "the latest year with a measurement, %d, is before the "
                   "baseline year %d: give an as-of year", t, baseline);
      return NULL;
    }

  self = g_object_new (DOSON_CTR_TYPE_ASSESSMENT, NULL);
  self->program = g_object_ref (program);
  self->measurements = g_object_ref (measurements);
  self->as_of_year = t;
  if (options != NULL)
    self->options = *options;

  indicators = doson_ctr_program_get_indicators (program);
  for (i = 0; i < indicators->len; i++)
    assess_indicator (self, g_ptr_array_index (indicators, i));

  check_consistency (self);
  return self;
}

/**
 * doson_ctr_assessment_get_program:
 * @assessment: a #DosonCtrAssessment
 *
 * Gives the programme whose targets were assessed. @assessment holds a
 * reference to it for its whole life; take one of your own with
 * g_object_ref() to keep the programme beyond that.
 *
 * Returns: (transfer none): the programme assessed, owned by @assessment
 *
 * Since: 0.1
 */
DosonCtrProgram *
doson_ctr_assessment_get_program (DosonCtrAssessment *assessment)
{
  g_return_val_if_fail (DOSON_CTR_IS_ASSESSMENT (assessment), NULL);
  return assessment->program;
}

/**
 * doson_ctr_assessment_get_measurements:
 * @assessment: a #DosonCtrAssessment
 *
 * Gives the measurement set the assessment was made from. @assessment holds
 * a reference to it for its whole life; do not change the set while the
 * assessment is in use, or its figures would no longer match.
 *
 * Returns: (transfer none): the measurements used, owned by @assessment
 *
 * Since: 0.1
 */
DosonCtrMeasurementSet *
doson_ctr_assessment_get_measurements (DosonCtrAssessment *assessment)
{
  g_return_val_if_fail (DOSON_CTR_IS_ASSESSMENT (assessment), NULL);
  return assessment->measurements;
}

/**
 * doson_ctr_assessment_get_as_of_year:
 * @assessment: a #DosonCtrAssessment
 *
 * Gives the year t the assessment was made as of: the @as_of_year passed to
 * doson_ctr_assessment_new(), or, when 0 was passed, the latest year in
 * which any indicator of the programme has a measurement. Only the
 * measurements of the years up to t were used.
 *
 * Returns: the year t assessed as of (the latest year with a measurement
 *   when 0 was given)
 *
 * Since: 0.1
 */
int
doson_ctr_assessment_get_as_of_year (DosonCtrAssessment *assessment)
{
  g_return_val_if_fail (DOSON_CTR_IS_ASSESSMENT (assessment), 0);
  return assessment->as_of_year;
}

/**
 * doson_ctr_assessment_get_options:
 * @assessment: a #DosonCtrAssessment
 *
 * Gives the options the assessment was made with: a copy of those passed to
 * doson_ctr_assessment_new(), or the defaults of
 * doson_ctr_assessment_options_new() when %NULL was passed. To assess again
 * with a variant, copy them with doson_ctr_assessment_options_copy().
 *
 * Returns: (transfer none): the options used, owned by @assessment
 *
 * Since: 0.1
 */
const DosonCtrAssessmentOptions *
doson_ctr_assessment_get_options (DosonCtrAssessment *assessment)
{
  g_return_val_if_fail (DOSON_CTR_IS_ASSESSMENT (assessment), NULL);
  return &assessment->options;
}

/**
 * doson_ctr_assessment_get_results:
 * @assessment: a #DosonCtrAssessment
 *
 * Gives every target assessment, in the programme's order of indicators,
 * each indicator's order of targets and, for a target per disaggregation
 * value, the order of the values.
 *
 * Returns: (transfer none) (element-type DosonCtrTargetAssessment): the
 *   assessments, owned by @assessment
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_assessment_get_results (DosonCtrAssessment *assessment)
{
  g_return_val_if_fail (DOSON_CTR_IS_ASSESSMENT (assessment), NULL);
  return assessment->results;
}

/**
 * doson_ctr_assessment_get_results_for_indicator:
 * @assessment: a #DosonCtrAssessment
 * @indicator_id: the id of an indicator of the programme
 *
 * Gives the target assessments of one indicator, in order.
 *
 * Returns: (transfer container) (element-type DosonCtrTargetAssessment):
 *   a new array, to be freed with g_ptr_array_unref(), whose elements are
 *   owned by @assessment; empty for an id the programme does not have
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_assessment_get_results_for_indicator (DosonCtrAssessment *assessment,
                                                const char         *indicator_id)
{
  GPtrArray *out;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (indicator_id != NULL, NULL);

  out = g_ptr_array_new ();
  for (i = 0; i < assessment->results->len; i++)
    {
      DosonCtrTargetAssessment *a = g_ptr_array_index (assessment->results, i);

      if (strcmp (a->indicator_id, indicator_id) == 0)
        g_ptr_array_add (out, a);
    }
  return out;
}

/**
 * doson_ctr_assessment_get_indicator_status:
 * @assessment: a #DosonCtrAssessment
 * @indicator_id: the id of an indicator of the programme
 *
 * Gives the overall status of an indicator: the worst status of its
 * target assessments in the order not achieved, deterioration, limited
 * progress, moderate progress, not available, pending, substantial
 * progress, achieved.
 *
 * Returns: the status; %DOSON_CTR_STATUS_NOT_AVAILABLE for an id the
 *   programme does not have
 *
 * Since: 0.1
 */
DosonCtrStatus
doson_ctr_assessment_get_indicator_status (DosonCtrAssessment *assessment,
                                           const char         *indicator_id)
{
  const IndicatorSummary *sum;

  g_return_val_if_fail (DOSON_CTR_IS_ASSESSMENT (assessment), DOSON_CTR_STATUS_NOT_AVAILABLE);
  g_return_val_if_fail (indicator_id != NULL, DOSON_CTR_STATUS_NOT_AVAILABLE);

  sum = g_hash_table_lookup (assessment->indicators, indicator_id);
  return sum != NULL ? sum->status : DOSON_CTR_STATUS_NOT_AVAILABLE;
}

/**
 * doson_ctr_assessment_get_indicator_score:
 * @assessment: a #DosonCtrAssessment
 * @indicator_id: the id of an indicator of the programme
 * @score: (out) (optional): where to store the score, from −5 to +5
 *
 * Gives the score of an indicator: the mean of the scores of its target
 * assessments that have one.
 *
 * Returns: %TRUE when one of its assessments has a score; otherwise
 *   (and for an id the programme does not have) %FALSE with @score
 *   untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_assessment_get_indicator_score (DosonCtrAssessment *assessment,
                                          const char         *indicator_id,
                                          double             *score)
{
  const IndicatorSummary *sum;

  g_return_val_if_fail (DOSON_CTR_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (indicator_id != NULL, FALSE);

  sum = g_hash_table_lookup (assessment->indicators, indicator_id);
  if (sum == NULL || !sum->has_score)
    return FALSE;
  if (score != NULL)
    *score = sum->score;
  return TRUE;
}

/**
 * doson_ctr_assessment_get_rollup:
 * @assessment: a #DosonCtrAssessment
 * @kind: what to summarise
 * @id: (nullable): the id of the goal (%DOSON_CTR_ROLLUP_GOAL) or of the
 *   responsible unit (%DOSON_CTR_ROLLUP_UNIT); ignored, and may be %NULL,
 *   for %DOSON_CTR_ROLLUP_PROGRAM
 * @error: return location for a #GError, or %NULL
 *
 * Counts the indicators of a goal and the goals nested in it, of a
 * responsible unit (the indicators it leads), or of the whole programme
 * per overall status (doson_ctr_assessment_get_indicator_status()), with
 * the mean of their scores (doson_ctr_assessment_get_indicator_score()).
 *
 * Errors: %DOSON_CTR_ERROR_INVALID_ARGUMENT when @id is %NULL or names no
 * goal or unit of the programme.
 *
 * Returns: (transfer full): the roll-up, freed with
 *   doson_ctr_rollup_free(), or %NULL with @error set
 *
 * Since: 0.1
 */
DosonCtrRollup *
doson_ctr_assessment_get_rollup (DosonCtrAssessment  *assessment,
                                 DosonCtrRollupKind   kind,
                                 const char          *id,
                                 GError             **error)
{
  DosonCtrRollup *r;
  GPtrArray *indicators, *ids;
  double total = 0;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (rollup_kind_names), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (kind == DOSON_CTR_ROLLUP_GOAL
      && (id == NULL || doson_ctr_program_lookup_goal (assessment->program, id) == NULL))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT,
                   "goal \"%s\": the programme has no such goal", id != NULL ? id : "(null)");
      return NULL;
    }
  if (kind == DOSON_CTR_ROLLUP_UNIT
      && (id == NULL || doson_ctr_program_lookup_unit (assessment->program, id) == NULL))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT,
                   "unit \"%s\": the programme has no such responsible unit",
                   id != NULL ? id : "(null)");
      return NULL;
    }

  r = g_new0 (DosonCtrRollup, 1);
  r->kind = kind;
  r->id = g_strdup (kind == DOSON_CTR_ROLLUP_PROGRAM
                    ? doson_ctr_program_get_id (assessment->program) : id);

  if (kind == DOSON_CTR_ROLLUP_GOAL)
    indicators = doson_ctr_program_get_indicators_for_goal (assessment->program, id, TRUE);
  else if (kind == DOSON_CTR_ROLLUP_UNIT)
    indicators = doson_ctr_program_get_indicators_for_unit (assessment->program, id, FALSE);
  else
    indicators = g_ptr_array_ref (doson_ctr_program_get_indicators (assessment->program));

  ids = g_ptr_array_new ();
  for (i = 0; i < indicators->len; i++)
    {
      const char *ind_id = doson_ctr_indicator_get_id (g_ptr_array_index (indicators, i));
      const IndicatorSummary *sum;

      sum = g_hash_table_lookup (assessment->indicators, ind_id);
      g_ptr_array_add (ids, g_strdup (ind_id));
      r->counts[sum->status]++;
      if (sum->has_score)
        {
          total += sum->score;
          r->n_scored++;
        }
    }
  g_ptr_array_unref (indicators);
  r->n_indicators = ids->len;
  g_ptr_array_add (ids, NULL);
  r->indicator_ids = (char **) g_ptr_array_free (ids, FALSE);
  if (r->n_scored > 0)
    {
      r->has_mean = TRUE;
      r->mean_score = total / r->n_scored;
    }
  return r;
}

/**
 * doson_ctr_assessment_get_warnings:
 * @assessment: a #DosonCtrAssessment
 *
 * Gives the consistency warnings of the measurements up to the as-of year:
 * for each whole with parts (%DOSON_CTR_INDICATOR_RELATION_PART_OF), each
 * year and level in which the whole and every part have a value and the
 * sum of the parts differs from the whole by more than the sum tolerance;
 * for each subset (%DOSON_CTR_INDICATOR_RELATION_SUBSET_OF), each year and
 * level in which it is larger than its whole. They come in the programme's
 * order of wholes, then by year, then by level (the total first).
 *
 * Returns: (transfer none) (element-type DosonCtrConsistencyWarning): the
 *   warnings, owned by @assessment; empty when the figures are consistent
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_assessment_get_warnings (DosonCtrAssessment *assessment)
{
  g_return_val_if_fail (DOSON_CTR_IS_ASSESSMENT (assessment), NULL);
  return assessment->warnings;
}
