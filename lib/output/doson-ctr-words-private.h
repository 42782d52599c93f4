/* doson-ctr-words-private.h: numbers, values and targets in words, for
 * the documents of lib/output; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_WORDS_PRIVATE_H
#define DOSON_CTR_WORDS_PRIVATE_H

#include <glib.h>
#include <doson-ctr/doson-ctr-indicator.h>
#include <doson-ctr/doson-ctr-target.h>
#include <doson-ctr/doson-ctr-task.h>

#include "base/doson-ctr-text-private.h"

G_BEGIN_DECLS

/* The tag the getters are asked with for @lang: "vi" or "en". */
const char *_doson_ctr_words_tag (DosonCtrLang lang);

/* @vi or @en, by @lang. */
static inline const char *
_doson_ctr_words_pick (DosonCtrLang  lang,
                       const char   *vi,
                       const char   *en)
{
  return lang == DOSON_CTR_LANG_VI ? vi : en;
}

/* A number for people: up to 10 significant digits, digits grouped by
 * three from 1000 up, with the separators of @lang: 5,700,000.5 and
 * 2,020 in English, 5.700.000,5 and 2.020 in Vietnamese; never "-0". */
void _doson_ctr_words_append_number (GString      *out,
                                     double        value,
                                     DosonCtrLang  lang);

/* A fraction as a percentage with one decimal, the decimal separator of
 * @lang: 0.964 gives "96.4 %" ("96,4 %"); never "-0.0 %". */
void _doson_ctr_words_append_percentage (GString      *out,
                                         double        fraction,
                                         DosonCtrLang  lang);

/* As _doson_ctr_words_append_percentage(), with @places decimals (at most
 * 15): 0.1 with 4 places gives "10.0000 %" ("10,0000 %"). */
void _doson_ctr_words_append_percentage_places (GString      *out,
                                                double        fraction,
                                                guint         places,
                                                DosonCtrLang  lang);

/* A computed figure rounded for people: one decimal, two below 1. */
double _doson_ctr_words_round (double value);

/* @score (or a pace ratio) with two decimals, in the number style of
 * @lang: "0,27" in Vietnamese, "0.27" in English. */
void _doson_ctr_words_append_score (GString      *out,
                                    double        score,
                                    DosonCtrLang  lang);

/* " UNIT" after a figure written as @shown: in English, a plural unit
 * of one word after exactly 1 reads in the singular ("1 organisation",
 * "1 business", "1 case"; the rule is in doson-ctr-value-words.c);
 * other units, other figures and Vietnamese are written as they are.
 * Nothing when @unit is NULL or empty.  The one place a count and its
 * unit agree. */
void _doson_ctr_words_append_unit (GString      *out,
                                   const char   *unit,
                                   double        shown,
                                   DosonCtrLang  lang);

/* A value of @indicator with its unit: "93.5 %", "yes", "5,700,000
 * arrivals", "2.020 tỷ đồng". */
void _doson_ctr_words_append_value (GString           *out,
                                    DosonCtrIndicator *indicator,
                                    double             value,
                                    DosonCtrLang       lang);

/* A change in a value of @indicator, rounded (_doson_ctr_words_round()):
 * percentage points for a percentage ("1,0 điểm %", "1.0 points"), else
 * the value with its unit ("0,33 trung tâm"). */
void _doson_ctr_words_append_change (GString           *out,
                                     DosonCtrIndicator *indicator,
                                     double             change,
                                     DosonCtrLang       lang);

/* @text followed by spaces up to @width characters. */
void _doson_ctr_words_append_padded (GString    *out,
                                     const char *text,
                                     gsize       width);

/* " TEXT |": a markdown table cell, its line breaks as spaces and its
 * "|" escaped. */
void _doson_ctr_words_append_markdown_cell (GString    *out,
                                            const char *text);

/* A target of @indicator in words: "≥ 97 % by 2030", "≥ 97 % đến năm
 * 2030"; with @each_level, a target each disaggregation value must meet
 * says so (", for each school level"). */
void _doson_ctr_words_append_target (GString              *out,
                                     DosonCtrIndicator    *indicator,
                                     const DosonCtrTarget *target,
                                     DosonCtrLang          lang,
                                     gboolean              each_level);

/* The label of a task's @state, or "Chưa có thông tin" ("Not known")
 * when the state is not @known. */
const char *_doson_ctr_words_task_state (gboolean           known,
                                         DosonCtrTaskState  state,
                                         DosonCtrLang       lang);

/* When @task is due: "hằng năm" ("every year"), "đến năm 2027" ("by
 * 2027"), or "trong nhiệm kỳ" ("within the term") without a deadline. */
void _doson_ctr_words_append_task_deadline (GString      *out,
                                            DosonCtrTask *task,
                                            DosonCtrLang  lang);

G_END_DECLS

#endif /* DOSON_CTR_WORDS_PRIVATE_H */
