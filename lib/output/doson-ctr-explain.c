/* doson-ctr-explain.c: an assessment and its warnings in words
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The functions keep the names of the assessment they explain (declared
 * in doson-ctr-assessment.h); their words are in
 * doson-ctr-explain-words.c, and the language follows the library's one
 * rule (lib/base/doson-ctr-text.c).
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-assessment.h>

#include "base/doson-ctr-number-private.h"
#include "base/doson-ctr-text-private.h"
#include "assess/doson-ctr-consistency-warning-private.h"
#include "assess/doson-ctr-requirement-private.h"
#include "assess/doson-ctr-target-assessment-private.h"
#include "maths/doson-ctr-progress-private.h"
#include "output/doson-ctr-explain-private.h"
#include "output/doson-ctr-explain-words-private.h"
#include "output/doson-ctr-words-private.h"

/* What every part of an explanation reads. */
typedef struct
{
  const DosonCtrTargetAssessment *a;
  DosonCtrIndicator              *indicator; /* NULL: figures in full */
  DosonCtrTargetKind              kind;
  const char                     *tag;     /* the language asked for */
  DosonCtrLang                    lang;    /* as the language rule reads it */
  const char                     *why;     /* why the status lacks figures */
} Explain;

static const char *
word (const Explain *e,
      DosonCtrWord   w)
{
  return _doson_ctr_explain_word (e->lang, w);
}

static const char *
reason_text (const Explain            *e,
             DosonCtrAssessmentReason  reason)
{
  return _doson_ctr_explain_reason (e->lang, reason);
}

/* " (mã: growth-floor)", " (id: growth-floor)": a stable id, for
 * developers, labelled as such after the words people read. */
static void
append_id (GString       *s,
           const Explain *e,
           const char    *id)
{
  g_string_append_printf (s, " (%s: %s)", word (e, WORD_ID), id);
}

/* How a figure is written: for people (in the number style of the
 * language, with a unit) when the indicator is known, else in full. */
typedef void (*AppendFigure) (GString       *s,
                              const Explain *e,
                              double         v);

/* A value of the indicator: "2.020 tỷ đồng". */
static void
append_value (GString       *s,
              const Explain *e,
              double         v)
{
  if (e->indicator != NULL)
    _doson_ctr_words_append_value (s, e->indicator, v, e->lang);
  else
    _doson_ctr_append_figure (s, v);
}

/* A value the rules computed (what is needed, where the pace leads),
 * rounded as the report's words round it: "2.521,3 tỷ đồng". */
static void
append_computed_value (GString       *s,
                       const Explain *e,
                       double         v)
{
  append_value (s, e, e->indicator != NULL ? _doson_ctr_words_round (v) : v);
}

/* A yearly change the rules computed: "0,38 điểm %", "0,33 trung tâm". */
static void
append_computed_change (GString       *s,
                        const Explain *e,
                        double         v)
{
  if (e->indicator != NULL)
    _doson_ctr_words_append_change (s, e->indicator, v, e->lang);
  else
    _doson_ctr_append_figure (s, v);
}

/* A share of a whole, such as the attainment or the elapsed time:
 * "70,7 %". */
static void
append_share (GString       *s,
              const Explain *e,
              double         v)
{
  if (e->indicator != NULL)
    _doson_ctr_words_append_percentage (s, v, e->lang);
  else
    _doson_ctr_append_figure (s, v);
}

/* A yearly rate: "12,0 %/năm". */
static void
append_yearly_rate (GString       *s,
                    const Explain *e,
                    double         v)
{
  append_share (s, e, v);
  if (e->indicator != NULL)
    g_string_append (s, e->lang == DOSON_CTR_LANG_VI ? "/năm" : "/yr");
}

/* A score or a pace ratio: "0,27". */
static void
append_ratio (GString       *s,
              const Explain *e,
              double         v)
{
  if (e->indicator != NULL)
    _doson_ctr_words_append_score (s, v, e->lang);
  else
    _doson_ctr_append_figure (s, v);
}

/* A figure of the kind the target states: a yearly rate for average
 * growth, a percentage for another rate, else a value. */
static void
append_target_figure (GString       *s,
                      const Explain *e,
                      double         v)
{
  if (e->kind == DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH)
    append_yearly_rate (s, e, v);
  else if (doson_ctr_target_kind_is_rate (e->kind))
    append_share (s, e, v);
  else
    append_value (s, e, v);
}

/* "absent", with the reason in brackets when there is one. */
static void
append_absent (GString       *s,
               const Explain *e,
               const char    *why)
{
  if (why != NULL)
    g_string_append_printf (s, "%s (%s)", word (e, WORD_ABSENT), why);
  else
    g_string_append (s, word (e, WORD_ABSENT));
}

/* "name: figure", or absent when the figure does not exist. */
static void
append_optional (GString       *s,
                 const Explain *e,
                 DosonCtrWord   name,
                 gboolean       has,
                 double         v,
                 AppendFigure   append,
                 const char    *why)
{
  g_string_append_printf (s, "%s: ", word (e, name));
  if (has)
    append (s, e, v);
  else
    append_absent (s, e, why);
  g_string_append_c (s, '\n');
}

static DosonCtrWord
rule_word (const Explain *e)
{
  const DosonCtrTargetAssessment *a = e->a;

  if (a->reason == DOSON_CTR_ASSESSMENT_REASON_NOT_STARTED)
    return WORD_RULE_NOT_STARTED;
  switch (e->kind)
    {
    case DOSON_CTR_TARGET_KIND_EVERY_YEAR:
      return WORD_RULE_EVERY_YEAR;
    case DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR:
      return WORD_RULE_YEAR_ON_YEAR;
    case DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH:
      return a->due ? WORD_RULE_GROWTH_DUE : WORD_RULE_GROWTH_PACE;
    case DOSON_CTR_TARGET_KIND_LEVEL:
      if (a->due)
        return WORD_RULE_LEVEL_DUE;
      if (a->met_early)
        return WORD_RULE_LEVEL_MET;
      if (a->past_target)
        return WORD_RULE_LEVEL_PAST;
      if (a->zero_base)
        return WORD_RULE_ZERO_BASE;
      if (a->pace_rule == DOSON_CTR_PACE_RULE_LINEAR_GAP)
        return WORD_RULE_ZERO_LINEAR;
      if (a->zero_target && a->pace_rule == DOSON_CTR_PACE_RULE_PROGRESS_METHOD)
        return WORD_RULE_ZERO_OPEN_SDG;
      return WORD_RULE_LEVEL_METHOD;
    case DOSON_CTR_TARGET_KIND_CUMULATIVE:
      if (a->due)
        return WORD_RULE_CUMULATIVE_DUE;
      if (a->direction == DOSON_CTR_DIRECTION_LOWER)
        return WORD_RULE_CUMULATIVE_CAP;
      if (a->met_early)
        return WORD_RULE_CUMULATIVE_MET;
      if (a->past_target)
        return WORD_RULE_CUMULATIVE_PAST;
      return WORD_RULE_CUMULATIVE_PACE;
    case DOSON_CTR_TARGET_KIND_MILESTONE:
    default:
      return WORD_RULE_MILESTONE;
    }
}

/* The kind of a target in Vietnamese words. */
static const char *
kind_words_vi (DosonCtrTargetKind kind)
{
  switch (kind)
    {
    case DOSON_CTR_TARGET_KIND_EVERY_YEAR:
      return "đạt ngưỡng mỗi năm";
    case DOSON_CTR_TARGET_KIND_LEVEL:
      return "mức cần đạt đến hạn";
    case DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH:
      return "tăng bình quân";
    case DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR:
      return "thay đổi so với năm trước";
    case DOSON_CTR_TARGET_KIND_CUMULATIVE:
      return "cộng dồn";
    case DOSON_CTR_TARGET_KIND_MILESTONE:
    default:
      return "mốc hoàn thành";
    }
}

/* A figure of a target in Vietnamese: a rate as a percentage ("17 %/năm"
 * for growth), a value with its unit when the indicator is known, else a
 * number with a decimal comma. */
static void
append_threshold_vi (GString       *s,
                     const Explain *e,
                     double         v)
{
  gboolean rate = doson_ctr_target_kind_is_rate (e->kind);

  if (!rate && e->indicator != NULL)
    {
      append_value (s, e, v);
      return;
    }
  _doson_ctr_words_append_number (s, rate ? v * 100 : v, DOSON_CTR_LANG_VI);
  if (rate)
    g_string_append (s, e->kind == DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH ? " %/năm" : " %");
}

/* The kind and figure of the target in Vietnamese, without the spellings
 * of the file format: "tăng bình quân 17–19 %/năm (mức sàn – mức phấn
 * đấu)". */
static void
append_target_vi (GString       *s,
                  const Explain *e)
{
  const DosonCtrTarget *target = e->a->target;
  double v, low, high;

  g_string_append_printf (s, "%s ", kind_words_vi (e->kind));
  if (doson_ctr_target_get_range (target, &low, &high))
    {
      _doson_ctr_words_append_number (s, doson_ctr_target_kind_is_rate (e->kind) ? MIN (low, high) * 100
                                                                                 : MIN (low, high),
                                      DOSON_CTR_LANG_VI);
      g_string_append (s, "–");
      append_threshold_vi (s, e, MAX (low, high));
      g_string_append (s, doson_ctr_target_get_range_mode (target) == DOSON_CTR_RANGE_MODE_BAND
                          ? " (phải nằm trong khoảng)" : " (mức sàn – mức phấn đấu)");
    }
  else if (doson_ctr_target_get_value (target, &v))
    {
      g_string_append_printf (s, "%s ", doson_ctr_comparator_to_string (doson_ctr_target_get_comparator (target)));
      append_threshold_vi (s, e, v);
    }
}

/* The kind, comparator and figure of the target as the file format
 * spells them: "average-growth range 0.17 .. 0.19 (floor-stretch)". */
static void
append_target_spelled (GString       *s,
                       const Explain *e)
{
  const DosonCtrTarget *target = e->a->target;
  double v, low, high;

  g_string_append_printf (s, "%s %s ", doson_ctr_target_kind_to_string (e->kind),
                          doson_ctr_comparator_to_string (doson_ctr_target_get_comparator (target)));
  if (doson_ctr_target_get_range (target, &low, &high))
    {
      _doson_ctr_append_figure (s, low);
      g_string_append (s, " .. ");
      _doson_ctr_append_figure (s, high);
      g_string_append_printf (s, " (%s)",
                              doson_ctr_range_mode_to_string (doson_ctr_target_get_range_mode (target)));
    }
  else if (doson_ctr_target_get_value (target, &v))
    _doson_ctr_append_figure (s, v);
}

/* The target: its kind, comparator, figure and years (in Vietnamese
 * words, in English as the file format spells them), and its wording. */
static void
explain_target (GString       *s,
                const Explain *e)
{
  const DosonCtrTargetAssessment *a = e->a;
  const char *text;

  g_string_append_printf (s, "%s %u %s %u: ", word (e, WORD_TARGET),
                          a->target_index + 1, word (e, WORD_OF), a->n_targets);
  if (e->lang == DOSON_CTR_LANG_VI)
    append_target_vi (s, e);
  else
    append_target_spelled (s, e);
  g_string_append_printf (s, "; %s %d, %s %d\n",
                          word (e, WORD_FIRST_YEAR), doson_ctr_target_get_first_year (a->target),
                          word (e, WORD_DEADLINE), doson_ctr_target_get_deadline_year (a->target));

  text = doson_ctr_target_get_text (a->target, e->tag);
  if (text != NULL)
    g_string_append_printf (s, "%s: %s\n", word (e, WORD_WORDING), text);
}

/* Who and when: the level, the direction, the as-of year and the rule. */
static void
explain_setting (GString       *s,
                 const Explain *e)
{
  const DosonCtrTargetAssessment *a = e->a;
  DosonCtrWord when;

  if (a->level != NULL)
    g_string_append_printf (s, "%s: %s\n", word (e, WORD_LEVEL), a->level);

  g_string_append_printf (s, "%s: %s\n", word (e, WORD_DIRECTION),
                          word (e, a->direction == DOSON_CTR_DIRECTION_HIGHER
                                   ? WORD_HIGHER : WORD_LOWER));

  if (!a->due)
    when = WORD_BEFORE_DEADLINE;
  else if (a->as_of_year == doson_ctr_target_get_deadline_year (a->target))
    when = WORD_IN_DEADLINE;
  else
    when = WORD_AFTER_DEADLINE;
  g_string_append_printf (s, "%s: %d (%s)\n", word (e, WORD_AS_OF), a->as_of_year,
                          word (e, when));

  g_string_append_printf (s, "%s: %s", word (e, WORD_RULE), word (e, rule_word (e)));
  if (a->pace_rule != DOSON_CTR_PACE_RULE_NONE)
    append_id (s, e, doson_ctr_pace_rule_to_string (a->pace_rule));
  g_string_append_c (s, '\n');
}

/* The floor and stretch, the base and the current observation. */
static void
explain_observations (GString       *s,
                      const Explain *e)
{
  const DosonCtrTargetAssessment *a = e->a;

  g_string_append_printf (s, "%s: ", word (e, WORD_FLOOR));
  append_target_figure (s, e, a->floor);
  if (a->has_stretch)
    {
      gboolean band = doson_ctr_target_get_range_mode (a->target) == DOSON_CTR_RANGE_MODE_BAND;

      g_string_append_printf (s, "; %s ", word (e, band ? WORD_BAND : WORD_STRETCH));
      append_target_figure (s, e, a->stretch);
    }
  else
    g_string_append_printf (s, " (%s)", word (e, WORD_NOT_RANGE));
  g_string_append_c (s, '\n');

  g_string_append_printf (s, "%s: ", word (e, WORD_BASE));
  if (a->has_base)
    {
      g_string_append_printf (s, "%d, %s ", a->base_year, word (e, WORD_VALUE));
      append_value (s, e, a->base_value);
    }
  else if (a->reason == DOSON_CTR_ASSESSMENT_REASON_NO_BASE
           || a->reason == DOSON_CTR_ASSESSMENT_REASON_NO_DATA)
    append_absent (s, e, e->why);
  else if (e->kind == DOSON_CTR_TARGET_KIND_EVERY_YEAR
           || e->kind == DOSON_CTR_TARGET_KIND_CUMULATIVE
           || e->kind == DOSON_CTR_TARGET_KIND_MILESTONE)
    append_absent (s, e, word (e, WORD_NOT_USED));
  else
    append_absent (s, e, NULL);
  g_string_append_c (s, '\n');

  g_string_append_printf (s, "%s: ", word (e, WORD_CURRENT));
  if (a->has_current)
    {
      g_string_append_printf (s, "%d, %s ", a->current_year, word (e, WORD_VALUE));
      append_value (s, e, a->current_value);
    }
  else
    append_absent (s, e, NULL);
  g_string_append_c (s, '\n');
}

/* The figure of each year looked at. */
static void
explain_rows (GString       *s,
              const Explain *e)
{
  const DosonCtrTargetAssessment *a = e->a;
  gboolean cumulative = e->kind == DOSON_CTR_TARGET_KIND_CUMULATIVE;
  guint i;

  if (a->n_rows == 0)
    return;
  g_string_append_printf (s, "%s:\n", word (e, WORD_YEARS));
  for (i = 0; i < a->n_rows; i++)
    {
      const DosonCtrYearRow *r = &a->rows[i];

      g_string_append_printf (s, "  %d: %s ", r->year, word (e, WORD_VALUE));
      if (r->has_value)
        append_value (s, e, r->value);
      else
        append_absent (s, e, NULL);
      if (e->kind == DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR || cumulative)
        {
          g_string_append_printf (s, "; %s ",
                                  word (e, cumulative ? WORD_RUNNING_TOTAL : WORD_CHANGE));
          if (r->has_figure)
            (cumulative ? append_value : append_target_figure) (s, e, r->figure);
          else
            append_absent (s, e,
                           reason_text (e, r->why != DOSON_CTR_ASSESSMENT_REASON_NONE
                                           ? r->why
                                           : DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR));
        }
      if (r->has_figure && !cumulative)
        g_string_append_printf (s, "; %s", word (e, r->met ? WORD_MET : WORD_NOT_MET));
      g_string_append_c (s, '\n');
    }
}

/* The figures computed: compared figure, attainment, rates, pace, score. */
static void
explain_figures (GString       *s,
                 const Explain *e)
{
  const DosonCtrTargetAssessment *a = e->a;

  append_optional (s, e, WORD_FIGURE, a->has_figure, a->figure, append_target_figure,
                   a->status == DOSON_CTR_STATUS_NOT_AVAILABLE ? e->why : NULL);
  if (a->has_stretch && a->has_figure)
    g_string_append_printf (s, "%s: %s\n", word (e, WORD_EXCEEDS),
                            word (e, a->exceeds_stretch ? WORD_YES : WORD_NO));
  append_optional (s, e, WORD_ATTAINMENT, a->has_attainment, a->attainment, append_share, NULL);
  append_optional (s, e, WORD_CAGR, a->has_cagr, a->cagr, append_yearly_rate, NULL);
  append_optional (s, e, WORD_TOTAL, a->has_total, a->total, append_value, NULL);
  append_optional (s, e, WORD_ELAPSED, a->has_elapsed, a->elapsed, append_share, NULL);

  g_string_append_printf (s, "%s: ", word (e, WORD_PACE));
  if (a->has_pace)
    append_ratio (s, e, a->pace);
  else if (a->pace_rule == DOSON_CTR_PACE_RULE_NONE)
    append_absent (s, e, word (e, WORD_NOT_USED));
  else if (a->reason == DOSON_CTR_ASSESSMENT_REASON_AT_STRICT_TARGET)
    append_absent (s, e, word (e, WORD_STRICT_NO_PACE));
  else
    append_absent (s, e, e->why != NULL
                         ? e->why
                         : reason_text (e, DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED));
  g_string_append_c (s, '\n');

  g_string_append_printf (s, "%s: ", word (e, WORD_CUTOFFS));
  if (a->has_cutoffs && e->indicator != NULL)
    {
      append_ratio (s, e, a->cutoffs.substantial);
      g_string_append (s, " / ");
      append_ratio (s, e, a->cutoffs.moderate);
      g_string_append (s, " / ");
      append_ratio (s, e, a->cutoffs.limited);
    }
  else if (a->has_cutoffs)
    _doson_ctr_cutoffs_append (s, &a->cutoffs);
  else
    append_absent (s, e, word (e, WORD_NOT_USED));
  g_string_append_c (s, '\n');

  append_optional (s, e, WORD_SCORE, a->has_score, a->score, append_ratio, NULL);

  if (a->has_years)
    g_string_append_printf (s, "%s: %u %s %u %s; %u %s\n", word (e, WORD_YEARS_MET),
                            a->years_met, word (e, WORD_OF), a->years_reported,
                            word (e, WORD_YEARS_REPORTED), a->years_due,
                            word (e, WORD_YEARS_DUE));
}

/* ", name figure", when the figure exists. */
static void
append_named_figure (GString       *s,
                     const Explain *e,
                     DosonCtrWord   name,
                     gboolean       has,
                     double         v,
                     AppendFigure   append)
{
  if (!has)
    return;
  g_string_append_printf (s, ", %s ", word (e, name));
  append (s, e, v);
}

/* " (id: reason)" when there is one. */
static void
append_requirement_reason (GString                   *s,
                           const Explain             *e,
                           DosonCtrRequirementReason  reason)
{
  if (reason != DOSON_CTR_REQUIREMENT_REASON_NONE)
    append_id (s, e, doson_ctr_requirement_reason_to_string (reason));
}

/* What is still needed, in words. */
static DosonCtrWord
need_word (DosonCtrRequirementKind kind)
{
  switch (kind)
    {
    case DOSON_CTR_REQUIREMENT_KIND_GROWTH_RATE:
      return WORD_NEED_GROWTH_RATE;
    case DOSON_CTR_REQUIREMENT_KIND_YEARLY_CHANGE:
      return WORD_NEED_YEARLY_CHANGE;
    case DOSON_CTR_REQUIREMENT_KIND_AMOUNT:
      return WORD_NEED_AMOUNT;
    case DOSON_CTR_REQUIREMENT_KIND_EACH_YEAR:
      return WORD_NEED_EACH_YEAR;
    case DOSON_CTR_REQUIREMENT_KIND_MILESTONE:
      return WORD_NEED_MILESTONE;
    case DOSON_CTR_REQUIREMENT_KIND_LEVEL:
    default:
      return WORD_NEED_LEVEL;
    }
}

/* What is still needed and where the pace leads, for a target not
 * achieved: "Still needed: average growth 2028–2030, per year 20.4 %/yr". */
static void
explain_needs (GString       *s,
               const Explain *e)
{
  const DosonCtrRequirement *r = e->a->requirement;
  const DosonCtrProjection *p = e->a->projection;

  if (r == NULL || p == NULL)
    return;
  g_string_append_printf (s, "%s: %s", word (e, WORD_REQUIRED), word (e, need_word (r->kind)));
  if (r->has_years)
    g_string_append_printf (s, " %d–%d", r->from_year, r->to_year);
  append_named_figure (s, e, WORD_PER_YEAR, r->has_per_year, r->per_year,
                       r->kind == DOSON_CTR_REQUIREMENT_KIND_GROWTH_RATE
                       || r->kind == DOSON_CTR_REQUIREMENT_KIND_YEARLY_CHANGE
                       ? append_target_figure : append_computed_change);
  append_named_figure (s, e, WORD_REQUIRED_TOTAL, r->has_total, r->total, append_computed_value);
  append_requirement_reason (s, e, r->reason);
  g_string_append_c (s, '\n');

  g_string_append_printf (s, "%s: %d", word (e, WORD_PROJECTION), p->year);
  append_named_figure (s, e, WORD_VALUE, p->has_value, p->value, append_computed_value);
  append_named_figure (s, e, WORD_FIGURE_COMPARED, p->has_figure, p->figure, append_target_figure);
  if (p->has_meets)
    g_string_append_printf (s, ", %s: %s", word (e, WORD_MEETS_TARGET),
                            word (e, p->meets ? WORD_YES : WORD_NO));
  append_requirement_reason (s, e, p->reason);
  g_string_append_c (s, '\n');
}

/* The status, its reason, and the progress method's own explanation. */
static void
explain_status (GString       *s,
                const Explain *e)
{
  const DosonCtrTargetAssessment *a = e->a;

  g_string_append_printf (s, "%s: %s", word (e, WORD_STATUS),
                          doson_ctr_status_get_label (a->status, e->tag));
  append_id (s, e, doson_ctr_status_to_string (a->status));
  g_string_append_c (s, '\n');
  if (e->why != NULL)
    {
      g_string_append_printf (s, "%s: %s", word (e, WORD_REASON), e->why);
      append_id (s, e, doson_ctr_assessment_reason_to_string (a->reason));
      g_string_append_c (s, '\n');
    }

  if (a->progress != NULL)
    {
      g_autofree char *inner = doson_ctr_progress_result_explain (a->progress, e->tag);
      g_auto(GStrv) lines = g_strsplit (inner, "\n", -1);
      guint i;

      g_string_append_printf (s, "%s:\n", word (e, WORD_PROGRESS));
      for (i = 0; lines[i] != NULL; i++)
        if (lines[i][0] != '\0')
          g_string_append_printf (s, "  %s\n", lines[i]);
    }
}

/**
 * doson_ctr_target_assessment_explain:
 * @assessment: a #DosonCtrTargetAssessment
 * @lang: (nullable): a language tag: "vi", "vi-VN" or "vi_VN.UTF-8" for
 *   Vietnamese, "en" or "en-GB" for English; %NULL for the default,
 *   Vietnamese; any other language gives English
 *
 * Explains @assessment in lines of text "name: figure": the indicator, the
 * target (kind, comparator, threshold or range, first and deadline years,
 * wording), the disaggregation value, the direction, the as-of year and
 * whether the target is due, the rule applied (saying for a zero target
 * whether the linear pace or the `open-sdg` 0.001 rule was used), the floor
 * and stretch, the base and current observations, the figure of each year
 * looked at, the figure compared, the attainment, the actual average
 * growth since the baseline, the running
 * total, the elapsed share, the pace, the cut-offs, the score, the years
 * met, what is still needed and where the pace leads (for a target not
 * achieved: doson_ctr_target_assessment_get_requirement() and
 * doson_ctr_target_assessment_get_projection()), the status and the reason
 * for any missing figure. A figure that does
 * not exist is written as absent, with its reason where there is one,
 * never as 0. What is still needed and the status are said in words;
 * the stable ids of the rule, the status and the reasons follow their
 * words, labelled for developers:
 * "(mã: growth-floor)", "(id: growth-floor)". When a progress method
 * measured the pace, its own explanation
 * (doson_ctr_progress_result_explain()) follows, indented.
 *
 * Returns: (transfer full): the text, in UTF-8, to be freed with g_free()
 *
 * Since: 0.1
 */
char *
doson_ctr_target_assessment_explain (const DosonCtrTargetAssessment *assessment,
                                     const char                     *lang)
{
  g_return_val_if_fail (assessment != NULL, NULL);

  return _doson_ctr_target_assessment_explain_for (assessment, NULL, lang);
}

char *
_doson_ctr_target_assessment_explain_for (const DosonCtrTargetAssessment *assessment,
                                          DosonCtrIndicator              *indicator,
                                          const char                     *lang)
{
  Explain e;
  GString *s;

  e.a = assessment;
  e.indicator = indicator;
  e.kind = doson_ctr_target_get_kind (assessment->target);
  e.tag = lang;
  e.lang = _doson_ctr_lang_from_string (lang);
  e.why = reason_text (&e, assessment->reason);

  s = g_string_new (NULL);
  g_string_append_printf (s, "%s: %s\n", word (&e, WORD_INDICATOR), assessment->indicator_id);
  explain_target (s, &e);
  explain_setting (s, &e);
  explain_observations (s, &e);
  explain_rows (s, &e);
  explain_figures (s, &e);
  explain_needs (s, &e);
  explain_status (s, &e);
  return g_string_free (s, FALSE);
}

/**
 * doson_ctr_consistency_warning_to_string:
 * @warning: a #DosonCtrConsistencyWarning
 * @lang: (nullable): a language tag: "vi", "vi-VN" or "vi_VN.UTF-8" for
 *   Vietnamese, "en" or "en-GB" for English; %NULL for the default,
 *   Vietnamese; any other language gives English
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
  DosonCtrLang l;
  g_autofree char *parts = NULL;
  GString *s;

  g_return_val_if_fail (warning != NULL, NULL);

  l = _doson_ctr_lang_from_string (lang);
  parts = g_strjoinv (" + ", x->part_ids);
  s = g_string_new (x->indicator_id);
  g_string_append_printf (s, ", %d", x->year);
  if (x->level != NULL)
    g_string_append_printf (s, "%s%s", _doson_ctr_explain_word (l, WORD_WARNING_LEVEL), x->level);
  g_string_append (s, ": ");
  if (x->relation == DOSON_CTR_INDICATOR_RELATION_PART_OF)
    {
      g_string_append_printf (s, "%s%s%s", _doson_ctr_explain_word (l, WORD_WARNING_PARTS),
                              parts, _doson_ctr_explain_word (l, WORD_WARNING_SUM_TO));
      _doson_ctr_append_figure (s, x->parts);
      g_string_append (s, _doson_ctr_explain_word (l, WORD_WARNING_NOT));
      _doson_ctr_append_figure (s, x->whole);
      g_string_append (s, _doson_ctr_explain_word (l, WORD_WARNING_DIFFERENCE));
      _doson_ctr_append_figure (s, x->parts - x->whole);
      g_string_append (s, _doson_ctr_explain_word (l, WORD_WARNING_TOLERANCE));
      _doson_ctr_append_figure (s, x->tolerance);
      g_string_append_c (s, ')');
    }
  else
    {
      g_string_append_printf (s, "%s%s%s", _doson_ctr_explain_word (l, WORD_WARNING_SUBSET),
                              parts, _doson_ctr_explain_word (l, WORD_WARNING_IS));
      _doson_ctr_append_figure (s, x->parts);
      g_string_append (s, _doson_ctr_explain_word (l, WORD_WARNING_MORE_THAN_WHOLE));
      _doson_ctr_append_figure (s, x->whole);
    }
  return g_string_free (s, FALSE);
}
