/* doson-ctr-series-private.h: one indicator's values, year by year, up to the as-of year; never installed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_SERIES_PRIVATE_H
#define DOSON_CTR_SERIES_PRIVATE_H

#include <doson-ctr/doson-ctr-measurement.h>

G_BEGIN_DECLS

/* The values of one indicator (and disaggregation value) from @first to
 * @last, the as-of year: the rules never see a later year. */
typedef struct
{
  int       first;                     /* year of has[0] */
  int       last;                      /* the as-of year */
  gboolean *has;
  double   *val;
} DosonCtrSeries;

void     _doson_ctr_series_load (DosonCtrSeries         *s,
                                 DosonCtrMeasurementSet *set,
                                 const char             *indicator_id,
                                 const char             *level,
                                 int                     first,
                                 int                     last);
void     _doson_ctr_series_clear (DosonCtrSeries *s);
/* The value of @year: FALSE, *value untouched, when it has none. */
gboolean _doson_ctr_series_get (const DosonCtrSeries *s,
                                int                   year,
                                double               *value);
/* The latest year in [from, to] with a value, and its value. */
gboolean _doson_ctr_series_latest (const DosonCtrSeries *s,
                                   int                   from,
                                   int                   to,
                                   int                  *year,
                                   double               *value);
/* The earliest year in [from, to] with a value, and its value. */
gboolean _doson_ctr_series_earliest (const DosonCtrSeries *s,
                                     int                   from,
                                     int                   to,
                                     int                  *year,
                                     double               *value);

G_END_DECLS

#endif /* DOSON_CTR_SERIES_PRIVATE_H */
