/* doson-ctr-assessment.c: assessing a programme's own targets as of a year
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The assessment object: it assesses every target (doson-ctr-rule-*.c),
 * sums each indicator up, and keeps the roll-ups and the consistency
 * warnings. The section comment below states the rules.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-assessment.h>

#include "base/doson-ctr-private.h"
#include "assess/doson-ctr-assessment-options-private.h"
#include "assess/doson-ctr-consistency-check-private.h"
#include "assess/doson-ctr-rollup-private.h"
#include "assess/doson-ctr-task-assessment-private.h"
#include "assess/doson-ctr-rule-dispatch-private.h"
#include "assess/doson-ctr-usable-check-private.h"

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
 * - A level target above 0 from a base of 0 on a higher-is-better
 *   indicator (a count that starts at nothing, "1 to 2 shopping centres"):
 *   before the deadline, with the same default zero rule, the pace is
 *   linear too: `(v_c / floor) / elapsed`. With
 *   %DOSON_CTR_ZERO_TARGET_RULE_OPEN_SDG the level method measures it.
 * - Past the target (before the deadline, a value beyond the far end of a
 *   band, or beyond the figure of an "=" target, on the good side): not
 *   met, reason %DOSON_CTR_ASSESSMENT_REASON_PAST_TARGET. From a base that
 *   was not past it, moving away (no ratio, no score); from a base past it
 *   too, the linear pace back to that end: `((v_c − v_b) / (end − v_b)) /
 *   elapsed`, so that going further out is negative, moving away. A
 *   running total past it is moving away; a cumulative cap (a
 *   lower-is-better total) below a band or an "=" figure is pending.
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
 * "at least" (≥) includes the threshold and "more than" (>) does not; a
 * figure on the threshold of a strict comparator has the reason
 * %DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET: equal to the target, more
 * is needed. A
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
  _doson_ctr_assessment_options_init (&self->options);
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
          DosonCtrStatus status;
          double score;

          a = _doson_ctr_assess_target (self->program, self->measurements, indicator, target,
                                        i, targets->len,
                                        per_level ? g_ptr_array_index (levels, j) : NULL,
                                        self->as_of_year, &self->options);
          status = doson_ctr_target_assessment_get_status (a);
          if (status_rank (status) < status_rank (sum->status))
            sum->status = status;
          if (doson_ctr_target_assessment_get_score (a, &score))
            {
              score_total += score;
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
 * section description, then counts the consistency warnings. The
 * measurements are checked first, as doson_ctr_measurement_set_validate()
 * checks them, and none is ever left out: a measurement of an indicator
 * @program does not have, of a year outside its term, of a level its
 * indicator does not have or with a value that does not suit its indicator
 * is an error; parts that do not add up to their whole and subsets larger
 * than their whole are warnings (doson_ctr_assessment_get_warnings()).
 * Missing data is
 * never read as zero: it gives %DOSON_CTR_STATUS_NOT_AVAILABLE with a
 * reason, which is not an error.
 *
 * Errors: %DOSON_CTR_ERROR_INVALID_ARGUMENT when @as_of_year is not 0 and
 * is before the programme's baseline year or after 2200;
 * %DOSON_CTR_ERROR_EMPTY when @as_of_year is 0 and no indicator of
 * @program has a measurement; %DOSON_CTR_ERROR_INVALID_DATA when
 * @measurements names a programme (doson_ctr_measurement_set_get_program_id())
 * other than @program, or when a measurement cannot be assessed (as above;
 * the message lists the problems, one a line, each starting with the
 * measurement's origin when it was read from a file and the field at
 * fault: `figures.csv:26: field "indicator": indicator "budget-revenu",
 * year 2025: programme "03-ctr-du" has no indicator "budget-revenu"`).
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
  if (!_doson_ctr_check_usable (program, measurements, error))
    return NULL;
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
  /* The check above leaves no measurement before the baseline year, so the
   * latest year t is never before it. */

  self = g_object_new (DOSON_CTR_TYPE_ASSESSMENT, NULL);
  self->program = g_object_ref (program);
  self->measurements = g_object_ref (measurements);
  self->as_of_year = t;
  if (options != NULL)
    self->options = *options;

  indicators = doson_ctr_program_get_indicators (program);
  for (i = 0; i < indicators->len; i++)
    assess_indicator (self, g_ptr_array_index (indicators, i));

  _doson_ctr_check_consistency (program, measurements, t, self->options.sum_tolerance,
                                self->warnings);
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

      if (strcmp (doson_ctr_target_assessment_get_indicator_id (a), indicator_id) == 0)
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

/* Counts the tasks of a roll-up by their state in the as-of year. */
static void
add_tasks (DosonCtrAssessment *assessment,
           DosonCtrRollup     *r,
           DosonCtrRollupKind  kind,
           const char         *id)
{
  g_autoptr(GPtrArray) tasks = NULL;
  guint i;

  if (kind == DOSON_CTR_ROLLUP_KIND_GOAL)
    tasks = doson_ctr_program_get_tasks_for_goal (assessment->program, id, TRUE);
  else if (kind == DOSON_CTR_ROLLUP_KIND_UNIT)
    tasks = doson_ctr_program_get_tasks_for_unit (assessment->program, id, FALSE);
  else
    tasks = g_ptr_array_ref (doson_ctr_program_get_tasks (assessment->program));
  for (i = 0; i < tasks->len; i++)
    {
      DosonCtrTaskState state = DOSON_CTR_TASK_STATE_NOT_STARTED;
      const DosonCtrTaskProgress *from;
      gboolean known = _doson_ctr_task_state_decide (g_ptr_array_index (tasks, i),
                                                     assessment->measurements,
                                                     assessment->as_of_year,
                                                     &state, &from);

      _doson_ctr_rollup_add_task (r, known, state);
    }
}

/**
 * doson_ctr_assessment_get_rollup:
 * @assessment: a #DosonCtrAssessment
 * @kind: what to summarise
 * @id: (nullable): the id of the goal (%DOSON_CTR_ROLLUP_KIND_GOAL) or of the
 *   responsible unit (%DOSON_CTR_ROLLUP_KIND_UNIT); ignored, and may be %NULL,
 *   for %DOSON_CTR_ROLLUP_KIND_PROGRAM
 * @error: return location for a #GError, or %NULL
 *
 * Counts the indicators of a goal and the goals nested in it, of a
 * responsible unit (the indicators it leads), or of the whole programme
 * per overall status (doson_ctr_assessment_get_indicator_status()), with
 * the mean of their scores (doson_ctr_assessment_get_indicator_score());
 * and the tasks of the same goal, unit or programme by their state in the
 * as-of year (doson_ctr_rollup_get_task_count()).
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
  GPtrArray *indicators;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (doson_ctr_rollup_kind_to_string (kind) != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (kind == DOSON_CTR_ROLLUP_KIND_GOAL
      && (id == NULL || doson_ctr_program_lookup_goal (assessment->program, id) == NULL))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT,
                   "goal \"%s\": the programme has no such goal", id != NULL ? id : "(null)");
      return NULL;
    }
  if (kind == DOSON_CTR_ROLLUP_KIND_UNIT
      && (id == NULL || doson_ctr_program_lookup_unit (assessment->program, id) == NULL))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT,
                   "unit \"%s\": the programme has no such responsible unit",
                   id != NULL ? id : "(null)");
      return NULL;
    }

  if (kind == DOSON_CTR_ROLLUP_KIND_GOAL)
    indicators = doson_ctr_program_get_indicators_for_goal (assessment->program, id, TRUE);
  else if (kind == DOSON_CTR_ROLLUP_KIND_UNIT)
    indicators = doson_ctr_program_get_indicators_for_unit (assessment->program, id, FALSE);
  else
    indicators = g_ptr_array_ref (doson_ctr_program_get_indicators (assessment->program));

  r = _doson_ctr_rollup_new (kind,
                             kind == DOSON_CTR_ROLLUP_KIND_PROGRAM
                             ? doson_ctr_program_get_id (assessment->program) : id,
                             indicators->len);
  for (i = 0; i < indicators->len; i++)
    {
      const char *ind_id = doson_ctr_indicator_get_id (g_ptr_array_index (indicators, i));
      const IndicatorSummary *sum = g_hash_table_lookup (assessment->indicators, ind_id);

      _doson_ctr_rollup_add (r, ind_id, sum->status, sum->has_score, sum->score);
    }
  g_ptr_array_unref (indicators);
  add_tasks (assessment, r, kind, id);
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
