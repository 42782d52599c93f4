/* doson-ctr-series.c: one indicator's values, year by year, up to the as-of year
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "assess/doson-ctr-series-private.h"

void
_doson_ctr_series_load (DosonCtrSeries         *s,
                        DosonCtrMeasurementSet *set,
                        const char             *indicator_id,
                        const char             *level,
                        int                     first,
                        int                     last)
{
  int y;
  int n = last >= first ? last - first + 1 : 0;

  s->first = first;
  s->last = last;
  s->has = g_new0 (gboolean, MAX (n, 1));
  s->val = g_new0 (double, MAX (n, 1));
  for (y = first; y <= last; y++)
    s->has[y - first] = doson_ctr_measurement_set_lookup (set, indicator_id, y,
                                                           level, &s->val[y - first]);
}

void
_doson_ctr_series_clear (DosonCtrSeries *s)
{
  g_free (s->has);
  g_free (s->val);
}

gboolean
_doson_ctr_series_get (const DosonCtrSeries *s,
                       int                   year,
                       double               *value)
{
  if (year < s->first || year > s->last || !s->has[year - s->first])
    return FALSE;
  *value = s->val[year - s->first];
  return TRUE;
}

gboolean
_doson_ctr_series_latest (const DosonCtrSeries *s,
                          int                   from,
                          int                   to,
                          int                  *year,
                          double               *value)
{
  int y;

  for (y = MIN (to, s->last); y >= MAX (from, s->first); y--)
    if (s->has[y - s->first])
      {
        *year = y;
        *value = s->val[y - s->first];
        return TRUE;
      }
  return FALSE;
}

gboolean
_doson_ctr_series_earliest (const DosonCtrSeries *s,
                            int                   from,
                            int                   to,
                            int                  *year,
                            double               *value)
{
  int y;

  for (y = MAX (from, s->first); y <= MIN (to, s->last); y++)
    if (s->has[y - s->first])
      {
        *year = y;
        *value = s->val[y - s->first];
        return TRUE;
      }
  return FALSE;
}
