/* doson-ctr-assessment.h: assessing a programme's own targets as of a year
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_ASSESSMENT_H
#define DOSON_CTR_ASSESSMENT_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib-object.h>
#include <doson-ctr/doson-ctr-version-macros.h>
#include <doson-ctr/doson-ctr-progress.h>
#include <doson-ctr/doson-ctr-target.h>
#include <doson-ctr/doson-ctr-indicator.h>
#include <doson-ctr/doson-ctr-program.h>
#include <doson-ctr/doson-ctr-measurement.h>

G_BEGIN_DECLS

/**
 * DosonCtrZeroTargetRule:
 * @DOSON_CTR_ZERO_TARGET_RULE_LINEAR: the pace of a zero target before its
 *   deadline is the share of the baseline gap closed divided by the share
 *   of the period elapsed ("linear"); the default
 * @DOSON_CTR_ZERO_TARGET_RULE_OPEN_SDG: a zero target is measured like any
 *   other level target, by the level method, with the `open-sdg` rule that
 *   replaces a target of 0 by 0.001 ("open-sdg")
 *
 * How the pace of a zero target (a level target of 0 on a lower-is-better
 * indicator: "không còn hộ nghèo", no poor households), and of a level
 * target above 0 from a base of 0 on a higher-is-better indicator (a count
 * that starts at nothing: "1 to 2 shopping centres"), is measured before
 * its deadline. With %DOSON_CTR_ZERO_TARGET_RULE_OPEN_SDG the latter is
 * measured by the level method. The strings in brackets are the spellings of
 * doson_ctr_zero_target_rule_to_string().
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_ZERO_TARGET_RULE_LINEAR = 0,
  DOSON_CTR_ZERO_TARGET_RULE_OPEN_SDG
} DosonCtrZeroTargetRule;

/**
 * DosonCtrPaceRule:
 * @DOSON_CTR_PACE_RULE_NONE: no pace was measured: the status comes from
 *   comparing a figure with the target (every-year, year-on-year and
 *   milestone targets; any target in or after its deadline year; a target
 *   already met) or the data do not allow one ("none")
 * @DOSON_CTR_PACE_RULE_PROGRESS_METHOD: a level target before its
 *   deadline, measured by a published progress method from the baseline
 *   towards the target in the deadline year; the method and its figures are
 *   in doson_ctr_target_assessment_get_progress_result()
 *   ("progress-method")
 * @DOSON_CTR_PACE_RULE_GROWTH_FLOOR: an average-growth target before its
 *   deadline: the compound growth from the baseline divided by the floor of
 *   the target, `CAGR_a / floor` ("growth-floor")
 * @DOSON_CTR_PACE_RULE_CUMULATIVE_SHARE: a cumulative target before its
 *   deadline: `(running total / target) / elapsed share`
 *   ("cumulative-share")
 * @DOSON_CTR_PACE_RULE_LINEAR_GAP: a level target before its deadline
 *   paced linearly: `(share of the gap from the base value to the goal
 *   closed) / elapsed share`, where the goal is 0 for a zero target and the
 *   floor for a target above 0 from a base of 0 (both with
 *   %DOSON_CTR_ZERO_TARGET_RULE_LINEAR), and the near end of a band or the
 *   figure of an "=" target for a value past it ("linear-gap")
 *
 * Which rule produced the pace ratio of a #DosonCtrTargetAssessment. The
 * strings in brackets are the spellings of doson_ctr_pace_rule_to_string().
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_PACE_RULE_NONE = 0,
  DOSON_CTR_PACE_RULE_PROGRESS_METHOD,
  DOSON_CTR_PACE_RULE_GROWTH_FLOOR,
  DOSON_CTR_PACE_RULE_CUMULATIVE_SHARE,
  DOSON_CTR_PACE_RULE_LINEAR_GAP
} DosonCtrPaceRule;

/**
 * DosonCtrAssessmentReason:
 * @DOSON_CTR_ASSESSMENT_REASON_NONE: nothing is missing ("none")
 * @DOSON_CTR_ASSESSMENT_REASON_NOT_STARTED: the as-of year is before the
 *   first year the target applies to; the status is
 *   %DOSON_CTR_STATUS_PENDING ("not-started")
 * @DOSON_CTR_ASSESSMENT_REASON_NO_DATA: the series has no value up to the
 *   as-of year ("no-data")
 * @DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR: a value the rule needs is
 *   missing: the value of the year assessed (every-year), of that year or
 *   the year before (year-on-year), of the deadline year (in or after the
 *   deadline), or a yearly amount (cumulative) ("missing-year")
 * @DOSON_CTR_ASSESSMENT_REASON_NO_BASE: there is no baseline value: none in
 *   the baseline year (average growth), none from the baseline year on
 *   (level targets) ("no-base")
 * @DOSON_CTR_ASSESSMENT_REASON_ONE_YEAR: the only value is the base year's,
 *   so there is no change to measure ("one-year")
 * @DOSON_CTR_ASSESSMENT_REASON_NON_POSITIVE_BASE: a compound rate or a
 *   change was needed from a base that is zero or negative
 *   ("non-positive-base")
 * @DOSON_CTR_ASSESSMENT_REASON_MIXED_SIGNS: the base and current values
 *   have opposite signs ("mixed-signs")
 * @DOSON_CTR_ASSESSMENT_REASON_BASE_MET: the base already met the target,
 *   so there is no gap to close and no pace ratio ("base-met")
 * @DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED: the pace ratio has no
 *   finite value for another reason (a target equal to the base, a floor
 *   of zero or of the wrong sign, a target of zero) ("pace-undefined")
 * @DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET: the figure compared equals
 *   the figure of a strict target ("> 90" and 90), which it does not meet:
 *   equal to the target, more is needed. Before the deadline of a level
 *   target the published methods count such a value as met, so they give
 *   no pace ratio ("at-strict-target")
 * @DOSON_CTR_ASSESSMENT_REASON_PAST_TARGET: before the deadline, the figure
 *   is past the target on the good side: beyond the far end of a band, or
 *   beyond the figure of an "=" target; it does not meet the target
 *   ("past-target")
 *
 * Why a #DosonCtrTargetAssessment lacks a figure: the reason behind a
 * %DOSON_CTR_STATUS_NOT_AVAILABLE or %DOSON_CTR_STATUS_PENDING status, or
 * behind a status decided without a pace ratio. The strings in brackets are
 * the spellings of doson_ctr_assessment_reason_to_string().
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_ASSESSMENT_REASON_NONE = 0,
  DOSON_CTR_ASSESSMENT_REASON_NOT_STARTED,
  DOSON_CTR_ASSESSMENT_REASON_NO_DATA,
  DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR,
  DOSON_CTR_ASSESSMENT_REASON_NO_BASE,
  DOSON_CTR_ASSESSMENT_REASON_ONE_YEAR,
  DOSON_CTR_ASSESSMENT_REASON_NON_POSITIVE_BASE,
  DOSON_CTR_ASSESSMENT_REASON_MIXED_SIGNS,
  DOSON_CTR_ASSESSMENT_REASON_BASE_MET,
  DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED,
  DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET,
  DOSON_CTR_ASSESSMENT_REASON_PAST_TARGET
} DosonCtrAssessmentReason;

/**
 * DosonCtrRollupKind:
 * @DOSON_CTR_ROLLUP_KIND_PROGRAM: every indicator of the programme ("program")
 * @DOSON_CTR_ROLLUP_KIND_GOAL: the indicators of a goal and of the goals nested
 *   in it ("goal")
 * @DOSON_CTR_ROLLUP_KIND_UNIT: the indicators a responsible unit leads
 *   ("unit")
 *
 * What a #DosonCtrRollup summarises. The strings in brackets are the
 * spellings of doson_ctr_rollup_kind_to_string().
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_ROLLUP_KIND_PROGRAM = 0,
  DOSON_CTR_ROLLUP_KIND_GOAL,
  DOSON_CTR_ROLLUP_KIND_UNIT
} DosonCtrRollupKind;

/**
 * DosonCtrAssessmentOptions:
 *
 * An opaque, mutable bundle of the choices an assessment makes: the
 * progress method for level targets before their deadline, the rule for
 * zero targets, the cut-offs of pace ratios and the tolerance of the
 * parts-sum check. Free it with doson_ctr_assessment_options_free().
 *
 * Since: 0.1
 */
typedef struct _DosonCtrAssessmentOptions DosonCtrAssessmentOptions;

/**
 * DosonCtrTargetAssessment:
 *
 * An opaque, immutable boxed value: the assessment of one target of one
 * indicator (and, for a target each disaggregation value must meet, of one
 * value) as of a year, with every input and intermediate figure it used.
 * Free a copy with doson_ctr_target_assessment_free().
 *
 * Since: 0.1
 */
typedef struct _DosonCtrTargetAssessment DosonCtrTargetAssessment;

/**
 * DosonCtrRollup:
 *
 * An opaque, immutable boxed value: the indicators of a goal, a
 * responsible unit or the whole programme counted per status, with their
 * mean score. Free it with doson_ctr_rollup_free().
 *
 * Since: 0.1
 */
typedef struct _DosonCtrRollup DosonCtrRollup;

/**
 * DosonCtrConsistencyWarning:
 *
 * An opaque, immutable boxed value: measured parts that do not add up to
 * their whole, or a subset larger than its whole, in one year. Free a copy
 * with doson_ctr_consistency_warning_free().
 *
 * Since: 0.1
 */
typedef struct _DosonCtrConsistencyWarning DosonCtrConsistencyWarning;

/**
 * DOSON_CTR_TYPE_ASSESSMENT_OPTIONS:
 *
 * The #GType of #DosonCtrAssessmentOptions, a boxed type whose copy and
 * free functions are doson_ctr_assessment_options_copy() and
 * doson_ctr_assessment_options_free().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_ASSESSMENT_OPTIONS (doson_ctr_assessment_options_get_type ())

/**
 * DOSON_CTR_TYPE_TARGET_ASSESSMENT:
 *
 * The #GType of #DosonCtrTargetAssessment, a boxed type whose copy and free
 * functions are doson_ctr_target_assessment_copy() and
 * doson_ctr_target_assessment_free().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_TARGET_ASSESSMENT (doson_ctr_target_assessment_get_type ())

/**
 * DOSON_CTR_TYPE_ROLLUP:
 *
 * The #GType of #DosonCtrRollup, a boxed type whose copy and free functions
 * are doson_ctr_rollup_copy() and doson_ctr_rollup_free().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_ROLLUP (doson_ctr_rollup_get_type ())

/**
 * DOSON_CTR_TYPE_CONSISTENCY_WARNING:
 *
 * The #GType of #DosonCtrConsistencyWarning, a boxed type whose copy and
 * free functions are doson_ctr_consistency_warning_copy() and
 * doson_ctr_consistency_warning_free().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_CONSISTENCY_WARNING (doson_ctr_consistency_warning_get_type ())

/* Names */
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_zero_target_rule_to_string (DosonCtrZeroTargetRule rule);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_zero_target_rule_from_string (const char             *str,
                                                    DosonCtrZeroTargetRule *rule);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_pace_rule_to_string (DosonCtrPaceRule rule);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_assessment_reason_to_string (DosonCtrAssessmentReason reason);
DOSON_CTR_AVAILABLE_IN_0_1
const char *doson_ctr_rollup_kind_to_string (DosonCtrRollupKind kind);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean    doson_ctr_rollup_kind_from_string (const char         *str,
                                               DosonCtrRollupKind *kind);

/* Options */
DOSON_CTR_AVAILABLE_IN_0_1
GType                      doson_ctr_assessment_options_get_type (void) G_GNUC_CONST;
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrAssessmentOptions *doson_ctr_assessment_options_new (void);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrAssessmentOptions *doson_ctr_assessment_options_copy (const DosonCtrAssessmentOptions *options);
DOSON_CTR_AVAILABLE_IN_0_1
void                       doson_ctr_assessment_options_free (DosonCtrAssessmentOptions *options);
DOSON_CTR_AVAILABLE_IN_0_1
void                   doson_ctr_assessment_options_set_level_method (DosonCtrAssessmentOptions *options,
                                                                      DosonCtrProgressMethod     method);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProgressMethod doson_ctr_assessment_options_get_level_method (const DosonCtrAssessmentOptions *options);
DOSON_CTR_AVAILABLE_IN_0_1
void                   doson_ctr_assessment_options_set_zero_target_rule (DosonCtrAssessmentOptions *options,
                                                                          DosonCtrZeroTargetRule     rule);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrZeroTargetRule doson_ctr_assessment_options_get_zero_target_rule (const DosonCtrAssessmentOptions *options);
DOSON_CTR_AVAILABLE_IN_0_1
void                   doson_ctr_assessment_options_set_cutoffs (DosonCtrAssessmentOptions *options,
                                                                 const DosonCtrCutoffs     *cutoffs);
DOSON_CTR_AVAILABLE_IN_0_1
const DosonCtrCutoffs *doson_ctr_assessment_options_get_cutoffs (const DosonCtrAssessmentOptions *options);
DOSON_CTR_AVAILABLE_IN_0_1
void                   doson_ctr_assessment_options_set_sum_tolerance (DosonCtrAssessmentOptions *options,
                                                                       double                     tolerance);
DOSON_CTR_AVAILABLE_IN_0_1
double                 doson_ctr_assessment_options_get_sum_tolerance (const DosonCtrAssessmentOptions *options);

/* One target */
DOSON_CTR_AVAILABLE_IN_0_1
GType                     doson_ctr_target_assessment_get_type (void) G_GNUC_CONST;
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrTargetAssessment *doson_ctr_target_assessment_copy (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
void                      doson_ctr_target_assessment_free (DosonCtrTargetAssessment *assessment);

DOSON_CTR_AVAILABLE_IN_0_1
const char           *doson_ctr_target_assessment_get_indicator_id (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
guint                 doson_ctr_target_assessment_get_target_index (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
const DosonCtrTarget *doson_ctr_target_assessment_get_target (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
const char           *doson_ctr_target_assessment_get_disaggregation_value (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrDirection     doson_ctr_target_assessment_get_direction (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
int                   doson_ctr_target_assessment_get_as_of_year (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean              doson_ctr_target_assessment_is_due (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrStatus        doson_ctr_target_assessment_get_status (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrAssessmentReason doson_ctr_target_assessment_get_reason (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrPaceRule      doson_ctr_target_assessment_get_pace_rule (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean              doson_ctr_target_assessment_is_zero_target (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean              doson_ctr_target_assessment_get_base (const DosonCtrTargetAssessment *assessment,
                                                            int                            *year,
                                                            double                         *value);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean              doson_ctr_target_assessment_get_current (const DosonCtrTargetAssessment *assessment,
                                                               int                            *year,
                                                               double                         *value);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean              doson_ctr_target_assessment_get_figure (const DosonCtrTargetAssessment *assessment,
                                                              double                         *figure);
DOSON_CTR_AVAILABLE_IN_0_1
double                doson_ctr_target_assessment_get_floor (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean              doson_ctr_target_assessment_get_stretch (const DosonCtrTargetAssessment *assessment,
                                                               double                         *stretch);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean              doson_ctr_target_assessment_get_exceeds_stretch (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean              doson_ctr_target_assessment_get_attainment (const DosonCtrTargetAssessment *assessment,
                                                                  double                         *attainment);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean              doson_ctr_target_assessment_get_cagr (const DosonCtrTargetAssessment *assessment,
                                                            double                         *rate);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean              doson_ctr_target_assessment_get_running_total (const DosonCtrTargetAssessment *assessment,
                                                                     double                         *total);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean              doson_ctr_target_assessment_get_elapsed_share (const DosonCtrTargetAssessment *assessment,
                                                                     double                         *share);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean              doson_ctr_target_assessment_get_pace (const DosonCtrTargetAssessment *assessment,
                                                            double                         *pace);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean              doson_ctr_target_assessment_get_years_met (const DosonCtrTargetAssessment *assessment,
                                                                 guint                          *met,
                                                                 guint                          *reported,
                                                                 guint                          *due);
DOSON_CTR_AVAILABLE_IN_0_1
const DosonCtrCutoffs *doson_ctr_target_assessment_get_cutoffs (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean              doson_ctr_target_assessment_get_score (const DosonCtrTargetAssessment *assessment,
                                                             double                         *score);
DOSON_CTR_AVAILABLE_IN_0_1
const DosonCtrProgressResult *doson_ctr_target_assessment_get_progress_result (const DosonCtrTargetAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
char                 *doson_ctr_target_assessment_explain (const DosonCtrTargetAssessment *assessment,
                                                           const char                     *lang);

/* Roll-ups */
DOSON_CTR_AVAILABLE_IN_0_1
GType               doson_ctr_rollup_get_type (void) G_GNUC_CONST;
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrRollup     *doson_ctr_rollup_copy (const DosonCtrRollup *rollup);
DOSON_CTR_AVAILABLE_IN_0_1
void                doson_ctr_rollup_free (DosonCtrRollup *rollup);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrRollupKind  doson_ctr_rollup_get_kind (const DosonCtrRollup *rollup);
DOSON_CTR_AVAILABLE_IN_0_1
const char         *doson_ctr_rollup_get_id (const DosonCtrRollup *rollup);
DOSON_CTR_AVAILABLE_IN_0_1
guint               doson_ctr_rollup_get_n_indicators (const DosonCtrRollup *rollup);
DOSON_CTR_AVAILABLE_IN_0_1
const char * const *doson_ctr_rollup_get_indicator_ids (const DosonCtrRollup *rollup);
DOSON_CTR_AVAILABLE_IN_0_1
guint               doson_ctr_rollup_get_count (const DosonCtrRollup *rollup,
                                                DosonCtrStatus        status);
DOSON_CTR_AVAILABLE_IN_0_1
guint               doson_ctr_rollup_get_n_scored (const DosonCtrRollup *rollup);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean            doson_ctr_rollup_get_mean_score (const DosonCtrRollup *rollup,
                                                     double               *score);
DOSON_CTR_AVAILABLE_IN_0_1
guint               doson_ctr_rollup_get_n_tasks (const DosonCtrRollup *rollup);
DOSON_CTR_AVAILABLE_IN_0_1
guint               doson_ctr_rollup_get_task_count (const DosonCtrRollup *rollup,
                                                     DosonCtrTaskState     state);
DOSON_CTR_AVAILABLE_IN_0_1
guint               doson_ctr_rollup_get_n_tasks_unknown (const DosonCtrRollup *rollup);

/* Consistency warnings */
DOSON_CTR_AVAILABLE_IN_0_1
GType                       doson_ctr_consistency_warning_get_type (void) G_GNUC_CONST;
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrConsistencyWarning *doson_ctr_consistency_warning_copy (const DosonCtrConsistencyWarning *warning);
DOSON_CTR_AVAILABLE_IN_0_1
void                        doson_ctr_consistency_warning_free (DosonCtrConsistencyWarning *warning);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrIndicatorRelation   doson_ctr_consistency_warning_get_relation (const DosonCtrConsistencyWarning *warning);
DOSON_CTR_AVAILABLE_IN_0_1
const char                 *doson_ctr_consistency_warning_get_indicator_id (const DosonCtrConsistencyWarning *warning);
DOSON_CTR_AVAILABLE_IN_0_1
const char * const         *doson_ctr_consistency_warning_get_part_ids (const DosonCtrConsistencyWarning *warning);
DOSON_CTR_AVAILABLE_IN_0_1
int                         doson_ctr_consistency_warning_get_year (const DosonCtrConsistencyWarning *warning);
DOSON_CTR_AVAILABLE_IN_0_1
const char                 *doson_ctr_consistency_warning_get_disaggregation_value (const DosonCtrConsistencyWarning *warning);
DOSON_CTR_AVAILABLE_IN_0_1
double                      doson_ctr_consistency_warning_get_whole_value (const DosonCtrConsistencyWarning *warning);
DOSON_CTR_AVAILABLE_IN_0_1
double                      doson_ctr_consistency_warning_get_parts_value (const DosonCtrConsistencyWarning *warning);
DOSON_CTR_AVAILABLE_IN_0_1
char                       *doson_ctr_consistency_warning_to_string (const DosonCtrConsistencyWarning *warning,
                                                                     const char                       *lang);

/* The assessment of a programme */
/**
 * DOSON_CTR_TYPE_ASSESSMENT:
 *
 * The #GType of #DosonCtrAssessment, a final #GObject class; instances are
 * released with g_object_unref().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_ASSESSMENT (doson_ctr_assessment_get_type ())
DOSON_CTR_AVAILABLE_IN_0_1
G_DECLARE_FINAL_TYPE (DosonCtrAssessment, doson_ctr_assessment, DOSON_CTR, ASSESSMENT, GObject)

DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrAssessment *doson_ctr_assessment_new (DosonCtrProgram                 *program,
                                              DosonCtrMeasurementSet          *measurements,
                                              int                              as_of_year,
                                              const DosonCtrAssessmentOptions *options,
                                              GError                         **error);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProgram        *doson_ctr_assessment_get_program (DosonCtrAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrMeasurementSet *doson_ctr_assessment_get_measurements (DosonCtrAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
int                     doson_ctr_assessment_get_as_of_year (DosonCtrAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
const DosonCtrAssessmentOptions *doson_ctr_assessment_get_options (DosonCtrAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray              *doson_ctr_assessment_get_results (DosonCtrAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray              *doson_ctr_assessment_get_results_for_indicator (DosonCtrAssessment *assessment,
                                                                        const char         *indicator_id);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrStatus          doson_ctr_assessment_get_indicator_status (DosonCtrAssessment *assessment,
                                                                   const char         *indicator_id);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean                doson_ctr_assessment_get_indicator_score (DosonCtrAssessment *assessment,
                                                                  const char         *indicator_id,
                                                                  double             *score);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrRollup         *doson_ctr_assessment_get_rollup (DosonCtrAssessment  *assessment,
                                                         DosonCtrRollupKind   kind,
                                                         const char          *id,
                                                         GError             **error);
DOSON_CTR_AVAILABLE_IN_0_1
GPtrArray              *doson_ctr_assessment_get_warnings (DosonCtrAssessment *assessment);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean                doson_ctr_assessment_get_task_state (DosonCtrAssessment *assessment,
                                                             const char         *task_id,
                                                             DosonCtrTaskState  *state);
DOSON_CTR_AVAILABLE_IN_0_1
const DosonCtrTaskProgress *doson_ctr_assessment_get_task_progress (DosonCtrAssessment *assessment,
                                                                    const char         *task_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrAssessmentOptions, doson_ctr_assessment_options_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrTargetAssessment, doson_ctr_target_assessment_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrRollup, doson_ctr_rollup_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrConsistencyWarning, doson_ctr_consistency_warning_free)

G_END_DECLS

#endif /* DOSON_CTR_ASSESSMENT_H */
