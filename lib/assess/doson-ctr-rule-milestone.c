/* doson-ctr-rule-milestone.c: the rule of a milestone
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "assess/doson-ctr-rule-private.h"

/* Milestone: pending until met, achieved once met, not achieved when
 * unmet at the deadline. */
void
_doson_ctr_rule_milestone (DosonCtrTargetAssessment *a,
                           const DosonCtrSeries     *s,
                           int                       deadline,
                           int                       until)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (DosonCtrYearRow));
  gboolean met = FALSE;
  int y;

  for (y = a->baseline_year; y <= until; y++)
    {
      DosonCtrYearRow *r;

      r = _doson_ctr_rule_add_row (rows, y);
      r->has_value = _doson_ctr_series_get (s, y, &r->value);
      if (!r->has_value)
        {
          r->why = DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR;
          continue;
        }
      r->has_figure = TRUE;
      r->figure = r->value;
      r->met = _doson_ctr_rule_is_met (a, r->value);
      if (r->met && !met)
        {
          met = TRUE;
          a->has_current = TRUE;
          a->current_year = y;
          a->current_value = r->value;
        }
    }
  _doson_ctr_rule_take_rows (a, rows);

  if (met)
    {
      _doson_ctr_rule_set_figure (a, a->current_value);
      _doson_ctr_rule_set_attainment (a, 1);
      a->met_early = !a->due || a->current_year < deadline;
      _doson_ctr_rule_set_judged (a, TRUE);
      return;
    }

  if (_doson_ctr_series_latest (s, a->baseline_year, until, &a->current_year, &a->current_value))
    {
      a->has_current = TRUE;
      _doson_ctr_rule_set_figure (a, a->current_value);
      _doson_ctr_rule_set_attainment (a, 0);
    }

  if (!a->due)
    {
      a->status = DOSON_CTR_STATUS_PENDING;
      if (!a->has_current)
        a->reason = DOSON_CTR_ASSESSMENT_REASON_NO_DATA;
      return;
    }
  if (a->has_current && a->current_year == deadline)
    {
      _doson_ctr_rule_set_judged (a, FALSE);
      return;
    }
  _doson_ctr_rule_set_missing (a, a->has_current ? DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR
                                                 : DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
}
