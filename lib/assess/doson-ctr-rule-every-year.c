/* doson-ctr-rule-every-year.c: the rule of a target every year must meet
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "assess/doson-ctr-rule-private.h"

/* Every year: the value of year t' against the threshold; years met. */
void
_doson_ctr_rule_every_year (DosonCtrTargetAssessment *a,
                            const DosonCtrSeries     *s,
                            int                       first,
                            int                       until)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (DosonCtrYearRow));
  int y;
  double v;

  a->has_years = TRUE;
  for (y = first; y <= until; y++)
    {
      DosonCtrYearRow *r;

      r = _doson_ctr_rule_add_row (rows, y);
      a->years_due++;
      if (!_doson_ctr_series_get (s, y, &v))
        {
          r->why = DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR;
          continue;
        }
      r->has_value = r->has_figure = TRUE;
      r->value = r->figure = v;
      r->met = _doson_ctr_rule_is_met (a, v);
      a->years_reported++;
      if (r->met)
        a->years_met++;
    }
  _doson_ctr_rule_take_rows (a, rows);

  if (!_doson_ctr_series_get (s, until, &v))
    {
      _doson_ctr_rule_set_missing (a, a->years_reported == 0 ? DOSON_CTR_ASSESSMENT_REASON_NO_DATA
                                                             : DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR);
      return;
    }
  a->has_current = TRUE;
  a->current_year = until;
  a->current_value = v;
  _doson_ctr_rule_set_figure (a, v);
  _doson_ctr_rule_set_value_attainment (a, v);
  _doson_ctr_rule_set_judged (a, _doson_ctr_rule_is_met (a, v));
}
