/* doson-ctr-assessment-options.c: the choices of an assessment
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>

#include <doson-ctr/doson-ctr-assessment.h>

#include "base/doson-ctr-private.h"
#include "assess/doson-ctr-assessment-options-private.h"

static const char * const zero_rule_names[] = {
  [DOSON_CTR_ZERO_TARGET_RULE_LINEAR] = "linear",
  [DOSON_CTR_ZERO_TARGET_RULE_OPEN_SDG] = "open-sdg",
};

/* The rules' own cut-offs of a pace ratio: 0.95 / 0.60 / 0 */
static const DosonCtrCutoffs pace_cutoffs = { 0.95, 0.6, 0 };

static const DosonCtrAssessmentOptions default_options = {
  .level_method = DOSON_CTR_PROGRESS_METHOD_OPEN_SDG,
  .zero_rule = DOSON_CTR_ZERO_TARGET_RULE_LINEAR,
  .has_cutoffs = FALSE,
  .cutoffs = { 0, 0, 0 },
  .sum_tolerance = DOSON_CTR_SUM_TOLERANCE,
};

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
  g_return_val_if_fail (options != NULL, DOSON_CTR_SUM_TOLERANCE);
  return options->sum_tolerance;
}

void
_doson_ctr_assessment_options_init (DosonCtrAssessmentOptions *options)
{
  *options = default_options;
}

const DosonCtrCutoffs *
_doson_ctr_assessment_options_get_pace_cutoffs (const DosonCtrAssessmentOptions *options)
{
  return options->has_cutoffs ? &options->cutoffs : &pace_cutoffs;
}
