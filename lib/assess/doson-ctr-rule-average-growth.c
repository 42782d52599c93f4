/* doson-ctr-rule-average-growth.c: the rule of an average-growth target
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-growth.h>

#include "assess/doson-ctr-rule-private.h"

/* Average growth: CAGR_a from the baseline against the floor. */
void
_doson_ctr_rule_average_growth (DosonCtrTargetAssessment *a,
                                const DosonCtrSeries     *s,
                                int                       deadline,
                                int                       until)
{
  g_autoptr(GError) error = NULL;
  int b = a->baseline_year;
  double rate, ratio;

  if (!_doson_ctr_series_get (s, b, &a->base_value))
    {
      int y;
      double v;

      _doson_ctr_rule_set_missing (a, _doson_ctr_series_latest (s, b, until, &y, &v)
                                      ? DOSON_CTR_ASSESSMENT_REASON_NO_BASE
                                      : DOSON_CTR_ASSESSMENT_REASON_NO_DATA);
      return;
    }
  a->has_base = TRUE;
  a->base_year = b;

  if (a->due)
    {
      /* the growth over the whole period, to the deadline year */
      if (!_doson_ctr_series_get (s, deadline, &a->current_value))
        {
          _doson_ctr_rule_set_missing (a, DOSON_CTR_ASSESSMENT_REASON_MISSING_YEAR);
          return;
        }
      a->current_year = deadline;
    }
  else if (!_doson_ctr_series_latest (s, b + 1, until, &a->current_year, &a->current_value))
    {
      _doson_ctr_rule_set_missing (a, DOSON_CTR_ASSESSMENT_REASON_ONE_YEAR);
      return;
    }
  a->has_current = TRUE;

  if (!doson_ctr_growth_cagr (a->base_value, a->current_value,
                              (double) (a->current_year - b), &rate, &error))
    {
      _doson_ctr_rule_set_missing (a, _doson_ctr_rule_reason_from_growth_error (error));
      return;
    }
  a->has_cagr = TRUE;
  a->cagr = rate;
  _doson_ctr_rule_set_figure (a, rate);
  if (_doson_ctr_rule_rate_ratio (a, rate, &ratio))
    _doson_ctr_rule_set_attainment (a, ratio);

  if (a->due)
    {
      _doson_ctr_rule_set_judged (a, _doson_ctr_rule_is_met (a, rate));
      return;
    }

  a->has_cutoffs = TRUE;
  if (_doson_ctr_rule_rate_ratio (a, rate, &ratio))
    _doson_ctr_rule_set_pace (a, DOSON_CTR_PACE_RULE_GROWTH_FLOOR, ratio);
  else
    {
      /* A floor of 0 or on the wrong side of 0: no ratio. */
      a->pace_rule = DOSON_CTR_PACE_RULE_GROWTH_FLOOR;
      a->reason = DOSON_CTR_ASSESSMENT_REASON_PACE_UNDEFINED;
      a->status = _doson_ctr_rule_is_met (a, rate) ? DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS
                                                   : DOSON_CTR_STATUS_DETERIORATION;
    }
}
