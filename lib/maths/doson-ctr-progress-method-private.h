/* doson-ctr-progress-method-private.h: what the files of the progress
 * methods share; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Names are _doson_ctr_* and never exported.
 */

#ifndef DOSON_CTR_PROGRESS_METHOD_PRIVATE_H
#define DOSON_CTR_PROGRESS_METHOD_PRIVATE_H

#include <glib.h>
#include <doson-ctr/doson-ctr-progress.h>

#include "maths/doson-ctr-progress-private.h"

/* Every formula of the methods must round exactly as the Python does: no
 * fused multiply-add may merge an a * b + c that Python evaluates as two
 * roundings.  This holds for the rest of every file that includes this
 * header. */
#if defined(__clang__)
# pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
# pragma GCC optimize ("fp-contract=off")
#endif

G_BEGIN_DECLS

/* sdg-build get_progress_thresholds(): method 2 (with a target) */
extern const DosonCtrCutoffs _doson_ctr_open_sdg_target_cutoffs;
/* sdg-build get_progress_thresholds(): method 1 (no target), before C */
extern const DosonCtrCutoffs _doson_ctr_open_sdg_trend_cutoffs;
/* UNSD Progress Chart: on track / fair / limited or none / deterioration */
extern const DosonCtrCutoffs _doson_ctr_unsd_cutoffs;
/* sdg-build get_progress_status_from_score(): score bands */
extern const DosonCtrCutoffs _doson_ctr_score_cutoffs;

/* Whether @method is one of the three methods. */
gboolean _doson_ctr_progress_method_is_valid (DosonCtrProgressMethod method);

/* @settings, or the defaults of doson_ctr_progress_settings_new() when
 * @settings is NULL. */
const DosonCtrProgressSettings *
_doson_ctr_progress_settings_or_default (const DosonCtrProgressSettings *settings);

/* The checks every method makes first, on the base and current
 * observations of @r, in sdg-build's order: base and current of opposite
 * signs, then a current year not after the base year.  The reason there
 * is no progress value, or DOSON_CTR_PROGRESS_REASON_NONE. */
DosonCtrProgressReason _doson_ctr_progress_span_reason (const DosonCtrProgressResult *r);

/* sdg-build get_progress_status(), without the target-achieved test:
 * the same comparisons in the same order, so that equal cut-offs (C = 0)
 * and -0.0 behave as in the Python.  NaN gives not_available. */
DosonCtrStatus _doson_ctr_cutoffs_classify (const DosonCtrCutoffs *c,
                                            double                 value);

/* sdg-build growth_calculation(): ((val1 / val2) ** (1 / (t1 - t2))) - 1
 * in Python float arithmetic; only a real result (NaN where Python's is
 * complex). */
double   _doson_ctr_sdg_growth (double val1,
                                double val2,
                                int    t1,
                                int    t2);
/* The actual growth of @r, cagr_o: _doson_ctr_sdg_growth() from its base
 * observation to its current one. */
double   _doson_ctr_progress_actual_growth (const DosonCtrProgressResult *r);
/* The same, with Python's complex result: FALSE, and *re, *im set to the
 * complex value, when the power is complex; TRUE, *im = 0, otherwise. */
gboolean _doson_ctr_sdg_growth_py (double  val1,
                                   double  val2,
                                   int     t1,
                                   int     t2,
                                   double *re,
                                   double *im);

/* The rest of _doson_ctr_progress_evaluate() once @r has its base, current
 * and target (after the 0.001 rule) and target_achieved: @d is +1 when
 * higher is better, else -1; @base_raw the base value before the 0.001
 * rule. */
void _doson_ctr_progress_evaluate_open_sdg (const DosonCtrProgressSettings *st,
                                            double                          base_raw,
                                            int                             d,
                                            DosonCtrProgressResult         *r);
/* The same for unsd-ratio and expected-value (@method). */
void _doson_ctr_progress_evaluate_unsd (DosonCtrProgressMethod          method,
                                        const DosonCtrProgressSettings *st,
                                        int                             d,
                                        DosonCtrProgressResult         *r);

G_END_DECLS

#endif /* DOSON_CTR_PROGRESS_METHOD_PRIVATE_H */
