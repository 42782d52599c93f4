/* doson-ctr-progress-explain.c: a result of a progress method, in words
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <glib.h>

#include <doson-ctr/doson-ctr-progress.h>

#include "base/doson-ctr-number-private.h"
#include "base/doson-ctr-text-private.h"
#include "maths/doson-ctr-progress-private.h"
#include "maths/doson-ctr-progress-words-private.h"

#define WORD(name) _doson_ctr_progress_word (DOSON_CTR_PROGRESS_WORD_##name, language)

/* "NAME: " */
static void
append_name (GString    *s,
             const char *name)
{
  g_string_append_printf (s, "%s: ", name);
}

/* A line "NAME: figure", the figure absent when !@has. */
static void
append_figure_line (GString     *s,
                    const char  *name,
                    gboolean     has,
                    double       value,
                    DosonCtrLang language)
{
  append_name (s, name);
  if (has)
    _doson_ctr_append_figure (s, value);
  else
    g_string_append (s, WORD (ABSENT));
  g_string_append_c (s, '\n');
}

/* "absent (why)", @reason or "none" for why. */
static void
append_absent_why (GString     *s,
                   const char  *reason,
                   DosonCtrLang language)
{
  g_string_append_printf (s, "%s (%s)", WORD (ABSENT), reason != NULL ? reason : WORD (NONE));
}

/* The base, current and target lines. */
static void
explain_observations (GString                      *s,
                      const DosonCtrProgressResult *r,
                      const char                   *reason,
                      DosonCtrLang                  language)
{
  append_name (s, WORD (BASE));
  if (r->has_base)
    {
      g_string_append_printf (s, "%d, %s ", r->base_year, WORD (VALUE));
      _doson_ctr_append_figure (s, r->base_value);
      if (r->base_substituted)
        g_string_append_printf (s, " (%s)", WORD (BASE_SUBSTITUTED));
    }
  else
    append_absent_why (s, reason, language);
  g_string_append_c (s, '\n');

  append_name (s, WORD (CURRENT));
  if (r->has_current)
    {
      g_string_append_printf (s, "%d, %s ", r->current_year, WORD (VALUE));
      _doson_ctr_append_figure (s, r->current_value);
    }
  else
    g_string_append (s, WORD (ABSENT));
  g_string_append_c (s, '\n');

  append_name (s, WORD (TARGET));
  if (r->has_target)
    {
      _doson_ctr_append_figure (s, r->target_value);
      g_string_append_printf (s, " %s %d", WORD (BY), r->target_year);
      if (r->target_substituted)
        g_string_append_printf (s, " (%s)", WORD (TARGET_SUBSTITUTED));
      if (r->target_achieved)
        g_string_append_printf (s, "; %s", WORD (ACHIEVED_NOTE));
    }
  else
    g_string_append (s, WORD (NONE));
  g_string_append_c (s, '\n');
}

/* The lines of one series, from the direction to the progress value. */
static void
explain_series (GString                      *s,
                const DosonCtrProgressResult *r,
                const char                   *reason,
                DosonCtrLang                  language)
{
  g_string_append_printf (s, "%s: %s\n", WORD (DIRECTION),
                          _doson_ctr_progress_direction_word (r->direction, language));
  explain_observations (s, r, reason, language);

  append_figure_line (s, WORD (CAGR_ACTUAL), r->has_cagr_actual, r->cagr_actual, language);

  if (r->has_cagr_required_modulus && !r->has_cagr_required)
    {
      append_name (s, WORD (CAGR_REQUIRED));
      g_string_append_printf (s, "%s ", WORD (MODULUS));
      _doson_ctr_append_figure (s, r->cagr_required_modulus);
      g_string_append_c (s, '\n');
    }
  else
    append_figure_line (s, WORD (CAGR_REQUIRED), r->has_cagr_required, r->cagr_required, language);

  if (r->method == DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE)
    append_figure_line (s, WORD (EXPECTED), r->has_expected_value, r->expected_value, language);

  append_name (s, WORD (LIMIT_SCALE));
  if (r->has_limit_scale)
    {
      _doson_ctr_append_figure (s, r->limit_scale);
      g_string_append_printf (s, " (%s ", WORD (LIMIT));
      _doson_ctr_append_figure (s, r->limit);
      g_string_append_c (s, ')');
    }
  else
    g_string_append (s, WORD (ABSENT));
  g_string_append_c (s, '\n');

  append_name (s, WORD (PROGRESS));
  if (r->has_progress)
    _doson_ctr_append_figure (s, r->progress);
  else
    append_absent_why (s, reason, language);
  g_string_append_c (s, '\n');
}

/**
 * doson_ctr_progress_result_explain:
 * @result: a #DosonCtrProgressResult
 * @lang: (nullable): a language tag: "vi" (or "vi-VN", "vi_VN.UTF-8") for
 *   Vietnamese, "en" for English; %NULL for the library's default,
 *   Vietnamese; any other language gives English
 *
 * Explains @result in a few lines of text: the method, the direction, the
 * base and current years and values, the target and target year, CAGR_a,
 * CAGR_r, the expected value (`expected-value` only), the limit scale C,
 * the progress value, the cut-offs, the score and the status, each line
 * "name: figure" (a roll-up gives the method, the number of series, the
 * cut-offs, the score and the status). A
 * figure that @result does not have is said to be absent, with the reason
 * where there is one; it is never printed as 0. Numbers use a full stop as
 * decimal separator in both languages.
 *
 * Returns: (transfer full): newly allocated UTF-8 text ending in a newline,
 *   freed with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_progress_result_explain (const DosonCtrProgressResult *result,
                                   const char                   *lang)
{
  const DosonCtrProgressResult *r = result;
  DosonCtrLang language;
  const char *reason;
  GString *s;

  g_return_val_if_fail (result != NULL, NULL);

  language = _doson_ctr_lang_from_string (lang);
  reason = _doson_ctr_progress_reason_word (r->reason, language);
  s = g_string_new (NULL);

  g_string_append_printf (s, "%s: %s\n", WORD (METHOD),
                          doson_ctr_progress_method_to_string (r->method));

  if (r->is_rollup)
    g_string_append_printf (s, "%s: %u / %u\n", WORD (ROLLUP), r->n_scored, r->n_results);
  else
    explain_series (s, r, reason, language);

  append_name (s, WORD (CUTOFFS));
  if (r->has_cutoffs)
    _doson_ctr_cutoffs_append (s, &r->cutoffs);
  else
    g_string_append (s, WORD (ABSENT));
  g_string_append_c (s, '\n');

  append_name (s, WORD (SCORE));
  if (r->has_score)
    _doson_ctr_append_figure (s, r->score);
  else if (r->is_rollup && reason != NULL)
    append_absent_why (s, reason, language);
  else
    g_string_append (s, WORD (ABSENT));
  g_string_append_c (s, '\n');

  g_string_append_printf (s, "%s: %s (%s)\n", WORD (STATUS),
                          doson_ctr_status_to_string (r->status),
                          doson_ctr_status_get_label (r->status, lang));

  return g_string_free (s, FALSE);
}
