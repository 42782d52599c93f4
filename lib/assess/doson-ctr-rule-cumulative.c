/* doson-ctr-rule-cumulative.c: the rule of a cumulative target over the term
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "assess/doson-ctr-rule-private.h"

/* Cumulative over the term: the running total of yearly amounts. */
void
_doson_ctr_rule_cumulative (DosonCtrTargetAssessment *a,
                            const DosonCtrSeries     *s,
                            int                       first,
                            int                       deadline,
                            int                       until)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (DosonCtrYearRow));
  gboolean complete = TRUE, any = FALSE;
  double total = 0;
  int last_complete = first - 1;
  int y;

  for (y = first; y <= until; y++)
    {
      DosonCtrYearRow *r;

      r = _doson_ctr_rule_add_row (rows, y);
      r->has_value = _doson_ctr_series_get (s, y, &r->value);
      if (!r->has_value)
        {
          r->why = DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR;
          complete = FALSE;
          continue;
        }
      any = TRUE;
      if (complete)
        {
          total += r->value;
          r->has_figure = TRUE;
          r->figure = total;             /* the running total to this year */
          last_complete = y;
        }
    }
  _doson_ctr_rule_take_rows (a, rows);

  if (last_complete < first || (a->due && last_complete < deadline))
    {
      _doson_ctr_rule_set_missing (a, any ? DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR
                                          : DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
      return;
    }

  a->has_current = TRUE;
  a->current_year = last_complete;
  a->current_value = s->val[last_complete - s->first];
  a->has_total = TRUE;
  a->total = total;
  _doson_ctr_rule_set_figure (a, total);
  if (a->direction == DOSON_CTR_DIRECTION_HIGHER)
    {
      if (a->floor != 0)
        _doson_ctr_rule_set_attainment (a, total / a->floor);
    }
  else if (a->floor > 0 && total != 0)
    _doson_ctr_rule_set_attainment (a, a->floor / total);

  if (a->due)
    {
      _doson_ctr_rule_set_judged (a, _doson_ctr_rule_is_met (a, total));
      return;
    }

  if (a->direction == DOSON_CTR_DIRECTION_LOWER)
    {
      /* a cap on a total: broken once exceeded, otherwise not yet due,
       * also while the total is still below a band or an "=" figure */
      if (_doson_ctr_rule_is_met (a, total) || _doson_ctr_rule_is_past (a, total, NULL))
        a->status = DOSON_CTR_STATUS_PENDING;
      else
        _doson_ctr_rule_set_judged (a, FALSE);
      return;
    }

  if (_doson_ctr_rule_is_met (a, total))
    {
      a->met_early = TRUE;
      _doson_ctr_rule_set_judged (a, TRUE);
      return;
    }
  if (_doson_ctr_rule_is_past (a, total, NULL))
    {
      /* beyond a band or an "=" figure: a running total of amounts that
       * are not negative only moves further away */
      a->past_target = TRUE;
      a->reason = DOSON_CTR_ASSESSMENT_REASON_PAST_TARGET;
      a->status = DOSON_CTR_STATUS_DETERIORATION;
      return;
    }

  a->has_cutoffs = TRUE;
  a->has_elapsed = TRUE;
  a->elapsed = (double) (last_complete - (first - 1)) / (double) (deadline - (first - 1));
  a->pace_rule = DOSON_CTR_PACE_RULE_CUMULATIVE_SHARE;
  if (a->floor == 0)
    {
      _doson_ctr_rule_set_missing (a, DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED);
      return;
    }
  _doson_ctr_rule_set_pace (a, DOSON_CTR_PACE_RULE_CUMULATIVE_SHARE, (total / a->floor) / a->elapsed);
}
