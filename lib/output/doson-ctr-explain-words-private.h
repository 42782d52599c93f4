/* doson-ctr-explain-words-private.h: the words of the explanations, keyed by enum; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_EXPLAIN_WORDS_PRIVATE_H
#define DOSON_CTR_EXPLAIN_WORDS_PRIVATE_H

#include <doson-ctr/doson-ctr-assessment.h>

#include "base/doson-ctr-text-private.h"

G_BEGIN_DECLS

/* The labels and phrases of doson_ctr_target_assessment_explain() and
 * doson_ctr_consistency_warning_to_string(); WORD_RULE_* name the rule
 * applied. */
typedef enum
{
  WORD_INDICATOR = 0,
  WORD_TARGET,
  WORD_OF,
  WORD_FIRST_YEAR,
  WORD_DEADLINE,
  WORD_WORDING,
  WORD_LEVEL,
  WORD_DIRECTION,
  WORD_HIGHER,
  WORD_LOWER,
  WORD_AS_OF,
  WORD_BEFORE_DEADLINE,
  WORD_IN_DEADLINE,
  WORD_AFTER_DEADLINE,
  WORD_RULE,
  WORD_FLOOR,
  WORD_STRETCH,
  WORD_BAND,
  WORD_NOT_RANGE,
  WORD_BASE,
  WORD_CURRENT,
  WORD_VALUE,
  WORD_YEARS,
  WORD_MET,
  WORD_NOT_MET,
  WORD_RUNNING_TOTAL,
  WORD_CHANGE,
  WORD_FIGURE,
  WORD_EXCEEDS,
  WORD_YES,
  WORD_NO,
  WORD_ATTAINMENT,
  WORD_CAGR,
  WORD_TOTAL,
  WORD_ELAPSED,
  WORD_PACE,
  WORD_CUTOFFS,
  WORD_SCORE,
  WORD_YEARS_MET,
  WORD_YEARS_REPORTED,
  WORD_YEARS_DUE,
  WORD_STATUS,
  WORD_REASON,
  WORD_ABSENT,
  WORD_NOT_USED,
  WORD_PROGRESS,
  WORD_REQUIRED,
  WORD_PER_YEAR,
  WORD_REQUIRED_TOTAL,
  WORD_NEED_GROWTH_RATE,
  WORD_NEED_YEARLY_CHANGE,
  WORD_NEED_AMOUNT,
  WORD_NEED_LEVEL,
  WORD_NEED_EACH_YEAR,
  WORD_NEED_MILESTONE,
  WORD_ID,
  WORD_PROJECTION,
  WORD_MEETS_TARGET,
  WORD_FIGURE_COMPARED,
  WORD_RULE_NOT_STARTED,
  WORD_RULE_EVERY_YEAR,
  WORD_RULE_YEAR_ON_YEAR,
  WORD_RULE_GROWTH_DUE,
  WORD_RULE_GROWTH_PACE,
  WORD_RULE_LEVEL_DUE,
  WORD_RULE_LEVEL_MET,
  WORD_RULE_LEVEL_METHOD,
  WORD_RULE_ZERO_LINEAR,
  WORD_RULE_ZERO_OPEN_SDG,
  WORD_RULE_ZERO_BASE,
  WORD_RULE_LEVEL_PAST,
  WORD_RULE_CUMULATIVE_PAST,
  WORD_STRICT_NO_PACE,
  WORD_RULE_CUMULATIVE_DUE,
  WORD_RULE_CUMULATIVE_MET,
  WORD_RULE_CUMULATIVE_PACE,
  WORD_RULE_CUMULATIVE_CAP,
  WORD_RULE_MILESTONE,
  WORD_WARNING_LEVEL,
  WORD_WARNING_PARTS,
  WORD_WARNING_SUM_TO,
  WORD_WARNING_NOT,
  WORD_WARNING_DIFFERENCE,
  WORD_WARNING_TOLERANCE,
  WORD_WARNING_SUBSET,
  WORD_WARNING_IS,
  WORD_WARNING_MORE_THAN_WHOLE,
  N_WORDS
} DosonCtrWord;

/* The word @word in @lang; NULL only for a value that is not a
 * DosonCtrWord, or a word missing from the table. */
const char *_doson_ctr_explain_word (DosonCtrLang lang,
                                     DosonCtrWord word);

/* Why a figure is absent, for @reason in @lang: NULL for
 * %DOSON_CTR_ASSESSMENT_REASON_NONE (nothing is absent) and for a value
 * that is not a #DosonCtrAssessmentReason. */
const char *_doson_ctr_explain_reason (DosonCtrLang             lang,
                                       DosonCtrAssessmentReason reason);

G_END_DECLS

#endif /* DOSON_CTR_EXPLAIN_WORDS_PRIVATE_H */
