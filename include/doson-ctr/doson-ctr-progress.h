/* doson-ctr-progress.h: published methods of measuring progress to a target
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_PROGRESS_H
#define DOSON_CTR_PROGRESS_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib-object.h>
#include <doson-ctr/doson-ctr-version-macros.h>
#include <doson-ctr/doson-ctr-types.h>

G_BEGIN_DECLS

/**
 * DosonCtrProgressMethod:
 * @DOSON_CTR_PROGRESS_METHOD_OPEN_SDG: the Open SDG / Statistics Canada
 *   method (sdg-build 2.4.0), with progress value and score
 * @DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO: the UN Statistics Division
 *   Progress Chart ratio of actual to required growth (2020–2022)
 * @DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE: the UN Statistics Division
 *   expected-value method (2023 onwards)
 *
 * A published method of measuring progress towards a target.
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_PROGRESS_METHOD_OPEN_SDG = 0,
  DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO,
  DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE
} DosonCtrProgressMethod;

/**
 * DosonCtrCutoffs:
 *
 * An opaque, immutable set of three cut-offs that divide a progress value
 * into four statuses: at or above the first, substantial progress; at or
 * above the second, moderate progress; at or above the third, limited
 * progress; below it, deterioration.
 *
 * Since: 0.1
 */
typedef struct _DosonCtrCutoffs DosonCtrCutoffs;

/**
 * DosonCtrProgressSettings:
 *
 * An opaque, mutable bundle of the settings of one series: direction,
 * optional target and target year, optional base year, optional natural
 * limit and optional cut-offs.
 *
 * Since: 0.1
 */
typedef struct _DosonCtrProgressSettings DosonCtrProgressSettings;

/**
 * DosonCtrProgressResult:
 *
 * An opaque, immutable result of measuring the progress of one series (or
 * of rolling several series up), which explains itself: the base and
 * current year and value actually used, the actual and required growth
 * rates, the progress value, the score and the status.
 *
 * Since: 0.1
 */
typedef struct _DosonCtrProgressResult DosonCtrProgressResult;

/**
 * DOSON_CTR_TYPE_CUTOFFS:
 *
 * The #GType of #DosonCtrCutoffs, a boxed type whose copy and free
 * functions are doson_ctr_cutoffs_copy() and doson_ctr_cutoffs_free().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_CUTOFFS (doson_ctr_cutoffs_get_type ())

/**
 * DOSON_CTR_TYPE_PROGRESS_SETTINGS:
 *
 * The #GType of #DosonCtrProgressSettings, a boxed type whose copy and free
 * functions are doson_ctr_progress_settings_copy() and
 * doson_ctr_progress_settings_free().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_PROGRESS_SETTINGS (doson_ctr_progress_settings_get_type ())

/**
 * DOSON_CTR_TYPE_PROGRESS_RESULT:
 *
 * The #GType of #DosonCtrProgressResult, a boxed type whose copy and free
 * functions are doson_ctr_progress_result_copy() and
 * doson_ctr_progress_result_free().
 *
 * Since: 0.1
 */
#define DOSON_CTR_TYPE_PROGRESS_RESULT (doson_ctr_progress_result_get_type ())

DOSON_CTR_AVAILABLE_IN_0_1
const char     *doson_ctr_progress_method_to_string (DosonCtrProgressMethod method);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean        doson_ctr_progress_method_from_string (const char             *str,
                                                       DosonCtrProgressMethod *method);

/* Cut-offs */
DOSON_CTR_AVAILABLE_IN_0_1
GType            doson_ctr_cutoffs_get_type (void) G_GNUC_CONST;
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrCutoffs *doson_ctr_cutoffs_new (double   substantial,
                                        double   moderate,
                                        double   limited,
                                        GError **error);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrCutoffs *doson_ctr_cutoffs_new_default (DosonCtrProgressMethod method);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrCutoffs *doson_ctr_cutoffs_copy (const DosonCtrCutoffs *cutoffs);
DOSON_CTR_AVAILABLE_IN_0_1
void             doson_ctr_cutoffs_free (DosonCtrCutoffs *cutoffs);
DOSON_CTR_AVAILABLE_IN_0_1
double           doson_ctr_cutoffs_get_substantial (const DosonCtrCutoffs *cutoffs);
DOSON_CTR_AVAILABLE_IN_0_1
double           doson_ctr_cutoffs_get_moderate (const DosonCtrCutoffs *cutoffs);
DOSON_CTR_AVAILABLE_IN_0_1
double           doson_ctr_cutoffs_get_limited (const DosonCtrCutoffs *cutoffs);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrStatus   doson_ctr_cutoffs_classify (const DosonCtrCutoffs *cutoffs,
                                             double                 value);

/* Settings of one series */
DOSON_CTR_AVAILABLE_IN_0_1
GType                     doson_ctr_progress_settings_get_type (void) G_GNUC_CONST;
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProgressSettings *doson_ctr_progress_settings_new (void);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProgressSettings *doson_ctr_progress_settings_copy (const DosonCtrProgressSettings *settings);
DOSON_CTR_AVAILABLE_IN_0_1
void                      doson_ctr_progress_settings_free (DosonCtrProgressSettings *settings);

DOSON_CTR_AVAILABLE_IN_0_1
void              doson_ctr_progress_settings_set_direction (DosonCtrProgressSettings *settings,
                                                             DosonCtrDirection         direction);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrDirection doson_ctr_progress_settings_get_direction (const DosonCtrProgressSettings *settings);

DOSON_CTR_AVAILABLE_IN_0_1
void     doson_ctr_progress_settings_set_target (DosonCtrProgressSettings *settings,
                                                 double                    target,
                                                 int                       target_year);
DOSON_CTR_AVAILABLE_IN_0_1
void     doson_ctr_progress_settings_unset_target (DosonCtrProgressSettings *settings);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_progress_settings_get_target (const DosonCtrProgressSettings *settings,
                                                 double                         *target,
                                                 int                            *target_year);

DOSON_CTR_AVAILABLE_IN_0_1
void     doson_ctr_progress_settings_set_base_year (DosonCtrProgressSettings *settings,
                                                    int                       base_year);
DOSON_CTR_AVAILABLE_IN_0_1
void     doson_ctr_progress_settings_unset_base_year (DosonCtrProgressSettings *settings);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_progress_settings_get_base_year (const DosonCtrProgressSettings *settings,
                                                    int                            *base_year);

DOSON_CTR_AVAILABLE_IN_0_1
void     doson_ctr_progress_settings_set_limit (DosonCtrProgressSettings *settings,
                                                double                    limit);
DOSON_CTR_AVAILABLE_IN_0_1
void     doson_ctr_progress_settings_unset_limit (DosonCtrProgressSettings *settings);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_progress_settings_get_limit (const DosonCtrProgressSettings *settings,
                                                double                         *limit);

DOSON_CTR_AVAILABLE_IN_0_1
void                   doson_ctr_progress_settings_set_cutoffs (DosonCtrProgressSettings *settings,
                                                                const DosonCtrCutoffs    *cutoffs);
DOSON_CTR_AVAILABLE_IN_0_1
const DosonCtrCutoffs *doson_ctr_progress_settings_get_cutoffs (const DosonCtrProgressSettings *settings);

/* Measuring one series */
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProgressResult *doson_ctr_progress_compute (DosonCtrProgressMethod          method,
                                                    const DosonCtrProgressSettings *settings,
                                                    const int                      *years,
                                                    const double                   *values,
                                                    gsize                           n_values,
                                                    GError                        **error);

/* Rolling several series up into one indicator */
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProgressResult *doson_ctr_progress_combine (DosonCtrProgressResult * const *results,
                                                    gsize                           n_results);

/* The result */
DOSON_CTR_AVAILABLE_IN_0_1
GType                   doson_ctr_progress_result_get_type (void) G_GNUC_CONST;
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProgressResult *doson_ctr_progress_result_copy (const DosonCtrProgressResult *result);
DOSON_CTR_AVAILABLE_IN_0_1
void                    doson_ctr_progress_result_free (DosonCtrProgressResult *result);

DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrProgressMethod doson_ctr_progress_result_get_method (const DosonCtrProgressResult *result);
DOSON_CTR_AVAILABLE_IN_0_1
DosonCtrStatus  doson_ctr_progress_result_get_status (const DosonCtrProgressResult *result);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean        doson_ctr_progress_result_get_base (const DosonCtrProgressResult *result,
                                                    int                          *year,
                                                    double                       *value);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean        doson_ctr_progress_result_get_current (const DosonCtrProgressResult *result,
                                                       int                          *year,
                                                       double                       *value);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean        doson_ctr_progress_result_get_cagr_actual (const DosonCtrProgressResult *result,
                                                           double                       *rate);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean        doson_ctr_progress_result_get_cagr_required (const DosonCtrProgressResult *result,
                                                             double                       *rate);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean        doson_ctr_progress_result_get_progress (const DosonCtrProgressResult *result,
                                                        double                       *progress);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean        doson_ctr_progress_result_get_score (const DosonCtrProgressResult *result,
                                                     double                       *score);
DOSON_CTR_AVAILABLE_IN_0_1
gboolean        doson_ctr_progress_result_get_limit_scale (const DosonCtrProgressResult *result,
                                                           double                       *scale);
DOSON_CTR_AVAILABLE_IN_0_1
const DosonCtrCutoffs *doson_ctr_progress_result_get_cutoffs (const DosonCtrProgressResult *result);
DOSON_CTR_AVAILABLE_IN_0_1
char           *doson_ctr_progress_result_explain (const DosonCtrProgressResult *result,
                                                   const char                   *lang);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrCutoffs, doson_ctr_cutoffs_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrProgressSettings, doson_ctr_progress_settings_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DosonCtrProgressResult, doson_ctr_progress_result_free)

G_END_DECLS

#endif /* DOSON_CTR_PROGRESS_H */
