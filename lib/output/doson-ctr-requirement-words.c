/* doson-ctr-requirement-words.c: what a target still needs, and where
 * the pace leads, in the words of a ward office
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>

#include "assess/doson-ctr-requirement-private.h"
#include "output/doson-ctr-requirement-words-private.h"
#include "output/doson-ctr-words-private.h"

/* What every phrase reads. */
typedef struct
{
  DosonCtrIndicator              *indicator;
  const DosonCtrTargetAssessment *a;
  const DosonCtrTarget           *target;
  DosonCtrLang                    lang;
  gboolean                        vi;
  gboolean                        higher;
} Words;

/* @v in Vietnamese, @e in English; a macro, so that formats stay
 * literal. */
#define pick(w, v, e) ((w)->vi ? (v) : (e))

static void
words_init (Words                          *w,
            DosonCtrIndicator              *indicator,
            const DosonCtrTargetAssessment *a,
            DosonCtrLang                    lang)
{
  w->indicator = indicator;
  w->a = a;
  w->target = doson_ctr_target_assessment_get_target (a);
  w->lang = lang;
  w->vi = lang == DOSON_CTR_LANG_VI;
  w->higher = doson_ctr_target_assessment_get_direction (a) == DOSON_CTR_DIRECTION_HIGHER;
}

/* A value of the indicator, rounded, with its unit: "1 tổ chức", "95 %". */
static void
append_quantity (GString     *out,
                 const Words *w,
                 double       value)
{
  _doson_ctr_words_append_value (out, w->indicator, _doson_ctr_words_round (value), w->lang);
}

/* "giai đoạn 2028–2030", "trong năm 2030"; "over 2028–2030", "in 2030". */
static void
append_years (GString                   *out,
              const Words               *w,
              const DosonCtrRequirement *r)
{
  int from, to;

  doson_ctr_requirement_get_years (r, &from, &to);
  if (from == to)
    g_string_append_printf (out, w->vi ? "trong năm %d" : "in %d", to);
  else
    g_string_append_printf (out, w->vi ? "giai đoạn %d–%d" : "over %d–%d", from, to);
}

/* The comparator before the threshold @total: "≥", ">", "≤", "<", or
 * nothing for "="; for a band, the side of the end @total is. */
static const char *
comparator_prefix (const Words *w,
                   double       total)
{
  double stretch;

  if (doson_ctr_target_get_range_mode (w->target) == DOSON_CTR_RANGE_MODE_BAND
      && doson_ctr_target_get_stretch (w->target, doson_ctr_target_assessment_get_direction (w->a), &stretch)
      && total == stretch && total != w->a->floor)
    return w->higher ? "≤ " : "≥ ";
  switch (doson_ctr_target_get_comparator (w->target))
    {
    case DOSON_CTR_COMPARATOR_AT_LEAST:
      return "≥ ";
    case DOSON_CTR_COMPARATOR_MORE_THAN:
      return "> ";
    case DOSON_CTR_COMPARATOR_AT_MOST:
      return "≤ ";
    case DOSON_CTR_COMPARATOR_LESS_THAN:
      return "< ";
    case DOSON_CTR_COMPARATOR_RANGE:
      return w->higher ? "≥ " : "≤ ";
    case DOSON_CTR_COMPARATOR_EQUAL:
    default:
      return "";
    }
}

/* A rate the target asks for: "tăng ≥ 20,4 %" when it moves the good
 * way, "không giảm quá 6,5 %" when even a move the other way is enough. */
static void
append_rate (GString     *out,
             const Words *w,
             double       rate)
{
  DosonCtrComparator cmp = doson_ctr_target_get_comparator (w->target);
  gboolean strict = cmp == DOSON_CTR_COMPARATOR_MORE_THAN || cmp == DOSON_CTR_COMPARATOR_LESS_THAN;
  gboolean good = w->higher ? rate > 0 : rate < 0;

  if (good)
    g_string_append_printf (out, "%s %s", w->higher ? pick (w, "tăng", "growth of")
                                                   : pick (w, "giảm", "a fall of"),
                            strict ? ">" : "≥");
  else if (rate == 0)
    {
      g_string_append (out, w->higher ? pick (w, "không giảm", "no fall")
                                      : pick (w, "không tăng", "no rise"));
      return;
    }
  else
    g_string_append (out, w->higher ? pick (w, "không giảm quá", "a fall of no more than")
                                    : pick (w, "không tăng quá", "a rise of no more than"));
  g_string_append_c (out, ' ');
  _doson_ctr_words_append_percentage (out, fabs (rate), w->lang);
}

/* The size of a yearly rate as a percentage: one decimal, or as many as
 * it takes (up to three) to tell it from the target's floor, so that a
 * pace that misses 19 %/yr never reads "19,0 %". */
static void
append_pace_percentage (GString     *out,
                        const Words *w,
                        double       rate)
{
  double pct = fabs (rate) * 100, floor_pct = fabs (w->a->floor) * 100;
  double scale = 10;

  while (scale < 1000 && rate != w->a->floor && round (pct * scale) == round (floor_pct * scale))
    scale *= 10;
  if (scale == 10)
    {
      _doson_ctr_words_append_percentage (out, fabs (rate), w->lang);
      return;
    }
  _doson_ctr_words_append_number (out, round (pct * scale) / scale, w->lang);
  g_string_append (out, " %");
}

static void
append_growth_rate (GString                   *out,
                    const Words               *w,
                    const DosonCtrRequirement *r)
{
  double rate, total;

  doson_ctr_requirement_get_per_year (r, &rate);
  g_string_append (out, pick (w, "cần ", "needs "));
  append_rate (out, w, rate);
  g_string_append (out, pick (w, "/năm ", "/yr "));
  append_years (out, w, r);
  if (doson_ctr_requirement_get_total (r, &total))
    {
      g_string_append (out, pick (w, " để đạt ", " to reach "));
      append_quantity (out, w, total);
      g_string_append_printf (out, pick (w, " vào năm %d", " in %d"), r->to_year);
    }
}

static void
append_yearly_change (GString                   *out,
                      const Words               *w,
                      const DosonCtrRequirement *r)
{
  double rate;

  doson_ctr_requirement_get_per_year (r, &rate);
  g_string_append (out, pick (w, "cần ", "needs "));
  append_rate (out, w, rate);
  if (r->from_year == r->to_year)
    g_string_append_c (out, ' ');
  else
    g_string_append (out, pick (w, " mỗi năm, ", " each year "));
  append_years (out, w, r);
}

/* "48 more enterprises", "19 fewer households", "55 % more": English puts
 * @word between a count and its unit. */
static void
append_more (GString     *out,
             const Words *w,
             double       size,
             const char  *word)
{
  DosonCtrMeasure measure = doson_ctr_indicator_get_measure (w->indicator);
  const char *unit = doson_ctr_indicator_get_unit (w->indicator, _doson_ctr_words_tag (w->lang));

  if (measure != DOSON_CTR_MEASURE_COUNT && measure != DOSON_CTR_MEASURE_AMOUNT)
    {
      append_quantity (out, w, size);
      g_string_append_printf (out, " %s", word);
      return;
    }
  _doson_ctr_words_append_number (out, _doson_ctr_words_round (size), w->lang);
  g_string_append_printf (out, " %s", word);
  _doson_ctr_words_append_unit (out, unit, _doson_ctr_words_round (size), w->lang);
}

static void
append_amount (GString                   *out,
               const Words               *w,
               const DosonCtrRequirement *r)
{
  gboolean cap = doson_ctr_target_get_kind (w->target) == DOSON_CTR_TARGET_KIND_CUMULATIVE && !w->higher;
  double total, per_year;

  doson_ctr_requirement_get_total (r, &total);
  if (cap)
    g_string_append (out, pick (w, "còn được thêm tối đa ", "at most "));
  else if (total > 0)
    g_string_append (out, pick (w, "cần thêm ", "needs "));
  else if (total < 0)
    g_string_append (out, pick (w, "cần giảm thêm ", "needs "));
  else
    {
      g_string_append_printf (out, pick (w, "cần giữ mức hiện nay đến năm %d",
                                         "needs to hold the current figure to %d"), r->to_year);
      return;
    }
  if (w->vi)
    append_quantity (out, w, fabs (total));
  else
    append_more (out, w, fabs (total), total >= 0 || cap ? "more" : "fewer");
  if (cap && !w->vi)
    g_string_append (out, " may be added");
  g_string_append_printf (out, pick (w, " đến năm %d", " by %d"), r->to_year);
  if (r->to_year > r->from_year && doson_ctr_requirement_get_per_year (r, &per_year)
      && fabs (per_year) >= 1)
    {
      g_string_append (out, pick (w, " (bình quân ", " ("));
      append_quantity (out, w, fabs (per_year));
      g_string_append (out, pick (w, "/năm)", " a year on average)"));
    }
}

/* "cần đạt ≥ 95 % vào năm 2030 (mỗi năm tăng 1,0 điểm %)". */
static void
append_level (GString                   *out,
              const Words               *w,
              const DosonCtrRequirement *r)
{
  double total, step;

  doson_ctr_requirement_get_total (r, &total);
  if (w->higher)
    g_string_append (out, pick (w, "cần đạt ", "needs "));
  else if (r->kind == DOSON_CTR_REQUIREMENT_KIND_EACH_YEAR)
    g_string_append (out, pick (w, "cần giữ ", "needs "));
  else
    g_string_append (out, pick (w, "cần giảm xuống ", "needs to fall to "));
  g_string_append (out, comparator_prefix (w, total));
  append_quantity (out, w, total);
  if (r->kind == DOSON_CTR_REQUIREMENT_KIND_EACH_YEAR && r->from_year < r->to_year)
    {
      g_string_append (out, pick (w, " mỗi năm, ", " each year "));
      append_years (out, w, r);
    }
  else
    g_string_append_printf (out, pick (w, " vào năm %d", " in %d"), r->to_year);

  if (!doson_ctr_requirement_get_per_year (r, &step) || _doson_ctr_words_round (step) == 0)
    return;
  g_string_append_printf (out, " (%s ", step > 0 ? pick (w, "mỗi năm tăng", "up")
                                                 : pick (w, "mỗi năm giảm", "down"));
  _doson_ctr_words_append_change (out, w->indicator, fabs (step), w->lang);
  g_string_append (out, pick (w, ")", " a year)"));
}

/* Why a requirement has no figure to say, or why it cannot be met. */
static void
append_requirement_reason (GString                   *out,
                           const Words               *w,
                           const DosonCtrRequirement *r)
{
  switch (doson_ctr_requirement_get_reason (r))
    {
    case DOSON_CTR_REQUIREMENT_REASON_DEADLINE_PASSED:
      g_string_append_printf (out, pick (w, "đã hết hạn (năm %d): không còn năm nào để đạt mục tiêu",
                                         "the deadline (%d) has passed: no year is left to meet the target"),
                              doson_ctr_target_get_deadline_year (w->target));
      break;
    case DOSON_CTR_REQUIREMENT_REASON_ZERO_BASE:
      g_string_append (out, pick (w, "chưa tính được tốc độ cần đạt: không tính được tốc độ tăng từ giá trị 0",
                                  "the rate needed cannot be worked out: growth cannot be measured from 0"));
      break;
    case DOSON_CTR_REQUIREMENT_REASON_IMPLAUSIBLE_RATE:
      g_string_append (out, pick (w, "không còn khả năng đạt: tốc độ cần thiết quá lớn",
                                  "no longer reachable: the rate needed is too large"));
      break;
    case DOSON_CTR_REQUIREMENT_REASON_OUT_OF_RANGE:
      if (doson_ctr_target_get_kind (w->target) == DOSON_CTR_TARGET_KIND_CUMULATIVE)
        g_string_append (out, pick (w, "không còn khả năng đạt: tổng đã vượt mức trần",
                                    "no longer reachable: the total is already past its cap"));
      else
        g_string_append (out, pick (w, "không còn khả năng đạt: không giá trị nào của chỉ tiêu đáp ứng được mục tiêu",
                                    "no longer reachable: no value the indicator can take meets the target"));
      break;
    case DOSON_CTR_REQUIREMENT_REASON_NO_DATA:
    default:
      g_string_append (out, pick (w, "chưa tính được mức cần đạt: chưa có số liệu làm mốc",
                                  "what is needed cannot be worked out: no value to start from"));
      break;
    }
}

/* Whether @r has the figure its phrase says. */
static gboolean
has_phrase (const DosonCtrRequirement *r)
{
  if (!doson_ctr_requirement_get_years (r, NULL, NULL)
      || doson_ctr_requirement_get_reason (r) == DOSON_CTR_REQUIREMENT_REASON_OUT_OF_RANGE)
    return FALSE;
  switch (doson_ctr_requirement_get_kind (r))
    {
    case DOSON_CTR_REQUIREMENT_KIND_GROWTH_RATE:
    case DOSON_CTR_REQUIREMENT_KIND_YEARLY_CHANGE:
      return doson_ctr_requirement_get_per_year (r, NULL);
    case DOSON_CTR_REQUIREMENT_KIND_AMOUNT:
    case DOSON_CTR_REQUIREMENT_KIND_LEVEL:
    case DOSON_CTR_REQUIREMENT_KIND_EACH_YEAR:
      return doson_ctr_requirement_get_total (r, NULL);
    case DOSON_CTR_REQUIREMENT_KIND_MILESTONE:
    default:
      return TRUE;
    }
}

void
_doson_ctr_words_append_requirement (GString                        *out,
                                     DosonCtrIndicator              *indicator,
                                     const DosonCtrTargetAssessment *a,
                                     DosonCtrLang                    lang)
{
  const DosonCtrRequirement *r = doson_ctr_target_assessment_get_requirement (a);
  Words w;

  if (r == NULL)
    return;
  words_init (&w, indicator, a, lang);
  if (!has_phrase (r))
    {
      append_requirement_reason (out, &w, r);
      return;
    }
  switch (doson_ctr_requirement_get_kind (r))
    {
    case DOSON_CTR_REQUIREMENT_KIND_GROWTH_RATE:
      append_growth_rate (out, &w, r);
      break;
    case DOSON_CTR_REQUIREMENT_KIND_YEARLY_CHANGE:
      append_yearly_change (out, &w, r);
      break;
    case DOSON_CTR_REQUIREMENT_KIND_AMOUNT:
      append_amount (out, &w, r);
      break;
    case DOSON_CTR_REQUIREMENT_KIND_LEVEL:
    case DOSON_CTR_REQUIREMENT_KIND_EACH_YEAR:
      append_level (out, &w, r);
      break;
    case DOSON_CTR_REQUIREMENT_KIND_MILESTONE:
    default:
      g_string_append_printf (out, pick (&w, "cần hoàn thành đến năm %d", "needs to be done by %d"),
                              r->to_year);
      break;
    }
  if (doson_ctr_requirement_get_reason (r) == DOSON_CTR_REQUIREMENT_REASON_IMPLAUSIBLE_RATE)
    g_string_append (out, pick (&w, ": không còn khả năng đạt, vì không tốc độ hợp lý nào "
                                    "(tăng đến 100 %/năm, giảm đến 50 %/năm) đạt được",
                                ": no longer reachable, as no plausible rate "
                                "(a rise of up to 100 %/yr, a fall of up to 50 %/yr) gets there"));
}

void
_doson_ctr_words_append_projection (GString                        *out,
                                    DosonCtrIndicator              *indicator,
                                    const DosonCtrTargetAssessment *a,
                                    DosonCtrLang                    lang)
{
  const DosonCtrProjection *p = doson_ctr_target_assessment_get_projection (a);
  DosonCtrTargetKind kind;
  double value, figure;
  gboolean meets;
  Words w;

  if (p == NULL)
    return;
  words_init (&w, indicator, a, lang);
  kind = doson_ctr_target_get_kind (w.target);
  switch (doson_ctr_projection_get_reason (p))
    {
    case DOSON_CTR_REQUIREMENT_REASON_NONE:
      break;
    case DOSON_CTR_REQUIREMENT_REASON_ONE_YEAR:
      g_string_append (out, pick (&w, "chưa dự báo được theo nhịp hiện nay: mới có số liệu của một năm",
                                  "no projection at the current pace: only one year of data"));
      return;
    case DOSON_CTR_REQUIREMENT_REASON_NO_DATA:
      g_string_append (out, pick (&w, "chưa dự báo được theo nhịp hiện nay: chưa đủ số liệu",
                                  "no projection at the current pace: not enough data"));
      return;
    case DOSON_CTR_REQUIREMENT_REASON_ZERO_BASE:
      g_string_append (out, pick (&w, "chưa dự báo được theo nhịp hiện nay: không tính được tốc độ tăng từ giá trị 0",
                                  "no projection at the current pace: growth cannot be measured from 0"));
      return;
    default:
      return;
    }

  doson_ctr_projection_get_value (p, &value);
  doson_ctr_projection_get_figure (p, &figure);
  doson_ctr_projection_get_meets (p, &meets);
  g_string_append (out, pick (&w, "theo nhịp hiện nay", "at the current pace"));
  if (kind == DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH || kind == DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR)
    {
      g_string_append (out, figure >= 0 ? pick (&w, " (tăng ", " (growth of ")
                                        : pick (&w, " (giảm ", " (a fall of "));
      append_pace_percentage (out, &w, figure);
      g_string_append (out, pick (&w, "/năm)", "/yr)"));
    }
  if (kind == DOSON_CTR_TARGET_KIND_CUMULATIVE)
    g_string_append_printf (out, pick (&w, ", lũy kế đến năm %d đạt ", ", the total by %d reaches "),
                            doson_ctr_projection_get_year (p));
  else
    g_string_append_printf (out, pick (&w, ", năm %d đạt ", ", %d reaches "),
                            doson_ctr_projection_get_year (p));
  append_quantity (out, &w, value);
  g_string_append (out, meets ? pick (&w, " (đạt mục tiêu)", " (meets the target)")
                              : pick (&w, " (không đạt mục tiêu)", " (does not meet the target)"));
}

char *
_doson_ctr_words_needs (DosonCtrIndicator              *indicator,
                        const DosonCtrTargetAssessment *a,
                        DosonCtrLang                    lang)
{
  GString *out;
  gsize len;

  if (doson_ctr_target_assessment_get_requirement (a) == NULL)
    return NULL;
  out = g_string_new (NULL);
  _doson_ctr_words_append_requirement (out, indicator, a, lang);
  len = out->len;
  _doson_ctr_words_append_projection (out, indicator, a, lang);
  if (out->len > len && len > 0)
    g_string_insert (out, (gssize) len, "; ");
  return g_string_free (out, FALSE);
}

/**
 * doson_ctr_target_assessment_describe_needs:
 * @assessment: a #DosonCtrTargetAssessment
 * @indicator: the indicator @assessment is of, which gives its unit and
 *   measure
 * @lang: (nullable): the language, by the library's rule (%NULL for
 *   Vietnamese)
 *
 * Says in words what the target of @assessment still needs
 * (doson_ctr_target_assessment_get_requirement()) and where the pace
 * observed since the baseline leads
 * (doson_ctr_target_assessment_get_projection()): "cần tăng ≥ 20,4 %/năm
 * giai đoạn 2028–2030 để đạt 2.521,3 tỷ đồng vào năm 2030; theo nhịp hiện
 * nay (tăng 12,0 %/năm), năm 2030 đạt 2.028,2 tỷ đồng (không đạt mục
 * tiêu)", "needs 1 organisation more by 2030", or why a figure cannot be
 * worked out or the target can no longer be reached.
 *
 * Returns: (transfer full) (nullable): the sentence, to be freed with
 *   g_free(), or %NULL when the target is achieved
 *
 * Since: 0.1
 */
char *
doson_ctr_target_assessment_describe_needs (const DosonCtrTargetAssessment *assessment,
                                            DosonCtrIndicator              *indicator,
                                            const char                     *lang)
{
  g_return_val_if_fail (assessment != NULL, NULL);
  g_return_val_if_fail (DOSON_CTR_IS_INDICATOR (indicator), NULL);

  return _doson_ctr_words_needs (indicator, assessment, _doson_ctr_lang_from_string (lang));
}
