/* doson-ctr-rule-year-on-year.c: the rule of a year-on-year target
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-growth.h>

#include "assess/doson-ctr-rule-private.h"

/* Year on year: the change of year t' on the year before; years met. */
void
_doson_ctr_rule_year_on_year (DosonCtrTargetAssessment *a,
                              const DosonCtrSeries     *s,
                              int                       first,
                              int                       until)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (DosonCtrYearRow));
  const DosonCtrYearRow *last;
  gboolean any_value = FALSE;
  double ratio;
  int y;

  a->has_years = TRUE;
  for (y = first; y <= until; y++)
    {
      DosonCtrYearRow *r;
      double prev, change;
      g_autoptr(GError) error = NULL;

      r = _doson_ctr_rule_add_row (rows, y);
      a->years_due++;
      r->has_value = _doson_ctr_series_get (s, y, &r->value);
      any_value = any_value || r->has_value;
      if (!r->has_value || !_doson_ctr_series_get (s, y - 1, &prev))
        {
          r->why = DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR;
          continue;
        }
      if (!doson_ctr_growth_change (prev, r->value, &change, &error))
        {
          r->why = _doson_ctr_rule_reason_from_growth_error (error);
          continue;
        }
      r->has_figure = TRUE;
      r->figure = change;
      r->met = _doson_ctr_rule_is_met (a, change);
      a->years_reported++;
      if (r->met)
        a->years_met++;
    }
  _doson_ctr_rule_take_rows (a, rows);

  last = &a->rows[a->n_rows - 1];
  if (_doson_ctr_series_get (s, until - 1, &a->base_value))
    {
      a->has_base = TRUE;
      a->base_year = until - 1;
    }
  if (last->has_value)
    {
      a->has_current = TRUE;
      a->current_year = until;
      a->current_value = last->value;
    }
  if (!last->has_figure)
    {
      _doson_ctr_rule_set_missing (a, !any_value && !a->has_base ? DOSON_CTR_ASSESSMENT_REASON_NO_DATA
                                                                 : last->why);
      return;
    }
  _doson_ctr_rule_set_figure (a, last->figure);
  if (_doson_ctr_rule_rate_ratio (a, last->figure, &ratio))
    _doson_ctr_rule_set_attainment (a, ratio);
  _doson_ctr_rule_set_judged (a, last->met);
}
