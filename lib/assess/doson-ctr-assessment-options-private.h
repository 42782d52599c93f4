/* doson-ctr-assessment-options-private.h: the choices of an assessment; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_ASSESSMENT_OPTIONS_PRIVATE_H
#define DOSON_CTR_ASSESSMENT_OPTIONS_PRIVATE_H

#include <doson-ctr/doson-ctr-assessment.h>

#include "maths/doson-ctr-progress-private.h"

G_BEGIN_DECLS

struct _DosonCtrAssessmentOptions
{
  DosonCtrProgressMethod level_method;
  DosonCtrZeroTargetRule zero_rule;
  gboolean               has_cutoffs;
  DosonCtrCutoffs        cutoffs;
  double                 sum_tolerance;
};

/* Sets *@options to the defaults of doson_ctr_assessment_options_new(). */
void _doson_ctr_assessment_options_init (DosonCtrAssessmentOptions *options);

/* The cut-offs that classify a pace ratio: those set in @options, or the
 * rules' own 0.95 / 0.60 / 0. */
const DosonCtrCutoffs *_doson_ctr_assessment_options_get_pace_cutoffs (const DosonCtrAssessmentOptions *options);

G_END_DECLS

#endif /* DOSON_CTR_ASSESSMENT_OPTIONS_PRIVATE_H */
