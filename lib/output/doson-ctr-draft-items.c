/* doson-ctr-draft-items.c: where each target goes in the draft of the
 * yearly implementation report, and what the draft says of it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <doson-ctr/doson-ctr-requirement.h>

#include "output/doson-ctr-draft-private.h"
#include "output/doson-ctr-requirement-words-private.h"
#include "output/doson-ctr-words-private.h"

#define tr _doson_ctr_draft_tr

void
_doson_ctr_draft_item_free (gpointer data)
{
  DosonCtrDraftItem *item = data;

  _doson_ctr_report_line_clear (&item->line);
  g_free (item);
}

static DosonCtrDraftClass
classify (DosonCtrStatus status)
{
  switch (status)
    {
    case DOSON_CTR_STATUS_ACHIEVED:
    case DOSON_CTR_STATUS_TARGET_ACHIEVED:
      return DOSON_CTR_DRAFT_CLASS_DONE;
    case DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS:
      return DOSON_CTR_DRAFT_CLASS_ON_TRACK;
    case DOSON_CTR_STATUS_PENDING:
      return DOSON_CTR_DRAFT_CLASS_PENDING;
    case DOSON_CTR_STATUS_NOT_AVAILABLE:
      return DOSON_CTR_DRAFT_CLASS_NO_DATA;
    case DOSON_CTR_STATUS_MODERATE_PROGRESS:
    case DOSON_CTR_STATUS_LIMITED_PROGRESS:
    case DOSON_CTR_STATUS_DETERIORATION:
    case DOSON_CTR_STATUS_NOT_ACHIEVED:
    default:
      return DOSON_CTR_DRAFT_CLASS_BEHIND;
    }
}

/* Whether the pace since the baseline of some target of @results does
 * not reach it. */
static gboolean
pace_falls_short (GPtrArray *results)
{
  guint i;

  for (i = 0; i < results->len; i++)
    {
      const DosonCtrProjection *p = doson_ctr_target_assessment_get_projection (g_ptr_array_index (results, i));
      gboolean meets;

      if (p != NULL && doson_ctr_projection_get_meets (p, &meets) && !meets)
        return TRUE;
    }
  return FALSE;
}

static DosonCtrDraftItem *
item_new (DosonCtrDraft             *d,
          DosonCtrIndicator *indicator,
          DosonCtrGoal      *goal)
{
  DosonCtrDraftItem *item = g_new0 (DosonCtrDraftItem, 1);
  guint i;

  item->indicator = indicator;
  while (doson_ctr_goal_get_parent (goal) != NULL)
    goal = doson_ctr_goal_get_parent (goal);
  item->section = goal;
  _doson_ctr_report_line_init (&item->line, d->report, indicator);
  item->klass = classify (item->line.status);
  item->accelerate = item->klass == DOSON_CTR_DRAFT_CLASS_BEHIND
                     || (item->klass == DOSON_CTR_DRAFT_CLASS_ON_TRACK && pace_falls_short (item->line.results));
  for (i = 0; i < item->line.results->len; i++)
    {
      int year;

      if (doson_ctr_target_assessment_get_current (g_ptr_array_index (item->line.results, i), &year, NULL)
          && (!item->have_year || year > item->latest_year))
        {
          item->have_year = TRUE;
          item->latest_year = year;
        }
    }
  return item;
}

/* Every indicator of the report's goal groups, in the programme's order,
 * and the top-level goals they fall under. */
void
_doson_ctr_draft_collect_items (DosonCtrDraft *d)
{
  GPtrArray *goals;
  guint i, j;

  for (i = 0; i < d->report->by_goal->len; i++)
    {
      const DosonCtrReportGroup *group = g_ptr_array_index (d->report->by_goal, i);

      for (j = 0; j < group->indicators->len; j++)
        {
          DosonCtrDraftItem *item = item_new (d, g_ptr_array_index (group->indicators, j), group->goal);

          g_ptr_array_add (d->items, item);
        }
    }
  _doson_ctr_draft_collect_tasks (d);
  /* the top-level goals with a target or a task, in the programme's
   * order */
  goals = doson_ctr_program_get_goals (d->report->program);
  for (i = 0; i < goals->len; i++)
    {
      DosonCtrGoal *goal = g_ptr_array_index (goals, i);
      gboolean used = FALSE;

      for (j = 0; j < d->items->len && !used; j++)
        used = ((DosonCtrDraftItem *) g_ptr_array_index (d->items, j))->section == goal;
      for (j = 0; j < d->tasks->len && !used; j++)
        used = ((DosonCtrDraftTask *) g_ptr_array_index (d->tasks, j))->section == goal;
      if (used)
        g_ptr_array_add (d->sections, goal);
    }
}

/* ------------------------------------------------------------------------
 * Words about one target
 * ------------------------------------------------------------------------ */

/* "II.1.1 (1)", or NULL. */
const char *
_doson_ctr_draft_item_ref (const DosonCtrDraftItem *item)
{
  return doson_ctr_indicator_get_ref (item->indicator);
}

/* The names of the units that lead @item, joined by ", ", or "…". */
char *
_doson_ctr_draft_lead_units (DosonCtrDraft      *d,
            const DosonCtrDraftItem *item)
{
  GPtrArray *ids = doson_ctr_indicator_get_lead_unit_ids (item->indicator);
  GString *out = g_string_new (NULL);
  guint i;

  for (i = 0; i < ids->len; i++)
    {
      DosonCtrResponsibleUnit *unit = doson_ctr_program_lookup_unit (d->report->program,
                                                                     g_ptr_array_index (ids, i));

      if (unit == NULL)
        continue;
      g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "",
                              doson_ctr_responsible_unit_get_name (unit, _doson_ctr_words_tag (d->lang)));
    }
  if (out->len == 0)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

/* The latest value with its unit and year: "1.443 tỷ đồng (2027)"; for
 * an indicator assessed only by disaggregation value, each value's
 * ("Tiểu học: 1 phòng (2027); …"); "chưa có số liệu" when there is none. */
void
_doson_ctr_draft_append_values (GString    *out,
               DosonCtrDraft      *d,
               const DosonCtrDraftItem *item)
{
  g_autoptr (GPtrArray) levels = g_ptr_array_new ();
  gsize start = out->len;
  guint i;

  if (item->line.summary.have_value)
    {
      g_string_append (out, item->line.value);
      return;
    }
  for (i = 0; i < item->line.results->len; i++)
    {
      const DosonCtrTargetAssessment *a = g_ptr_array_index (item->line.results, i);
      const char *level = doson_ctr_target_assessment_get_disaggregation_value (a);
      g_autofree char *value = NULL;
      double v;
      int year;

      if (level == NULL || g_ptr_array_find_with_equal_func (levels, level, g_str_equal, NULL)
          || !doson_ctr_target_assessment_get_current (a, &year, &v))
        continue;
      g_ptr_array_add (levels, (gpointer) level);
      value = _doson_ctr_report_format_value_year (d->report, item->indicator, TRUE, v, year);
      if (out->len > start)
        g_string_append (out, "; ");
      _doson_ctr_report_append_level (out, d->report, item->indicator, a);
      g_string_append (out, value);
    }
  if (out->len == start)
    g_string_append (out, tr (d, "chưa có số liệu", "no data"));
}

/* Every target of @item in words, joined by "; ". */
void
_doson_ctr_draft_append_targets (GString                 *out,
                                 DosonCtrDraft           *d,
                                 const DosonCtrDraftItem *item)
{
  g_autoptr (GString) needs = g_string_new (NULL);

  _doson_ctr_report_append_line_targets (out, needs, d->report, item->indicator,
                                         (DosonCtrReportLine *) &item->line);
}

/* " (III.1 (2)): kết quả 1.443 tỷ đồng (2027); mục tiêu …; đánh giá: Cần
 * đẩy nhanh, mức hoàn thành 70,7 %", without the full stop: what an item
 * of I and II says after the indicator's name. */
char *
_doson_ctr_draft_describe_result (DosonCtrDraft      *d,
                 const DosonCtrDraftItem *item)
{
  GString *out = g_string_new (NULL);
  const char *ref = _doson_ctr_draft_item_ref (item);

  if (ref != NULL)
    g_string_append_printf (out, " (%s)", ref);
  g_string_append (out, tr (d, ": kết quả ", ": result "));
  _doson_ctr_draft_append_values (out, d, item);
  g_string_append (out, tr (d, "; mục tiêu: ", "; target: "));
  _doson_ctr_draft_append_targets (out, d, item);
  g_string_append_printf (out, tr (d, "; đánh giá: %s", "; assessment: %s"),
                          doson_ctr_status_get_label (item->line.status, _doson_ctr_words_tag (d->lang)));
  if (item->line.summary.have_attainment)
    g_string_append_printf (out, tr (d, ", mức hoàn thành %s", ", attainment %s"), item->line.attainment);
  return g_string_free (out, FALSE);
}

/* "; để đạt mục tiêu: cần tăng … ; theo nhịp hiện nay …", each target's
 * needs after the name of its disaggregation value. */
void
_doson_ctr_draft_append_needs (GString                 *out,
                               DosonCtrDraft           *d,
                               const DosonCtrDraftItem *item)
{
  g_autoptr (GString) targets = g_string_new (NULL);
  g_autoptr (GString) needs = g_string_new (NULL);

  _doson_ctr_report_append_line_targets (targets, needs, d->report, item->indicator,
                                         (DosonCtrReportLine *) &item->line);
  if (needs->len > 0)
    g_string_append_printf (out, tr (d, "; để đạt mục tiêu: %s", "; to meet the target: %s"), needs->str);
}

/* " (III.1 (2); chủ trì: Ủy ban nhân dân phường): cần tăng ≥ 20,4 %/năm
 * …": what each target of @item still needs, a year where it can. */
char *
_doson_ctr_draft_describe_requirement (DosonCtrDraft      *d,
                      const DosonCtrDraftItem *item)
{
  GString *out = g_string_new (" (");
  g_autofree char *units = _doson_ctr_draft_lead_units (d, item);
  const char *ref = _doson_ctr_draft_item_ref (item);
  gsize start;
  guint i;

  if (ref != NULL)
    g_string_append_printf (out, "%s; ", ref);
  g_string_append_printf (out, tr (d, "chủ trì: %s): ", "led by %s): "), units);
  start = out->len;
  for (i = 0; i < item->line.results->len; i++)
    {
      const DosonCtrTargetAssessment *a = g_ptr_array_index (item->line.results, i);
      gsize before;

      if (doson_ctr_target_assessment_get_requirement (a) == NULL)
        continue;
      before = out->len;
      if (out->len > start)
        g_string_append (out, "; ");
      _doson_ctr_report_append_level (out, d->report, item->indicator, a);
      _doson_ctr_words_append_requirement (out, item->indicator, a, d->lang);
      if (out->len == before)
        g_string_truncate (out, before);
    }
  g_string_append_c (out, '.');
  return g_string_free (out, FALSE);
}

const char *
_doson_ctr_draft_item_name (DosonCtrDraft      *d,
           const DosonCtrDraftItem *item)
{
  return doson_ctr_indicator_get_name (item->indicator, _doson_ctr_words_tag (d->lang));
}

/* The issuing body of the programme in Vietnamese; "Ban Chấp hành Đảng bộ
 * X" is the Party committee of X, "Đảng ủy X". */
const char *
_doson_ctr_draft_party_place (DosonCtrDraft *d)
{
  const char *body = doson_ctr_program_get_issuing_body (d->report->program, "vi");

  if (body == NULL || !g_str_has_prefix (body, "Ban Chấp hành Đảng bộ "))
    return NULL;
  return body + strlen ("Ban Chấp hành Đảng bộ ");
}
