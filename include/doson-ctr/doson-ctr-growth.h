/* doson-ctr-growth.h: compound growth rates, projections and averages
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifndef DOSON_CTR_GROWTH_H
#define DOSON_CTR_GROWTH_H

#if !defined(DOSON_CTR_INSIDE) && !defined(DOSON_CTR_COMPILATION)
#error "Only <doson-ctr/doson-ctr.h> can be included directly."
#endif

#include <glib.h>
#include <doson-ctr/doson-ctr-version-macros.h>

G_BEGIN_DECLS

/**
 * DosonCtrMean:
 * @DOSON_CTR_MEAN_GEOMETRIC: the geometric mean of the growth factors,
 *   `(Π(1 + r_i))^(1/n) − 1`: the constant yearly rate that gives the same
 *   total growth as the series. This is the default and the right average
 *   of yearly growth rates.
 * @DOSON_CTR_MEAN_ARITHMETIC: the arithmetic mean of the rates,
 *   `Σ r_i / n`. It overstates the growth of a series whose rates vary, so
 *   use it only when a report asks for it by name.
 *
 * How doson_ctr_growth_mean_rate() averages a series of yearly rates.
 *
 * Since: 0.1
 */
typedef enum {
  DOSON_CTR_MEAN_GEOMETRIC = 0,
  DOSON_CTR_MEAN_ARITHMETIC
} DosonCtrMean;

DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_growth_cagr (double   base_value,
                                double   current_value,
                                double   years,
                                double  *rate,
                                GError **error);

DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_growth_project (double   base_value,
                                   double   rate,
                                   double   years,
                                   double  *value,
                                   GError **error);

DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_growth_required_rate (double   current_value,
                                         double   target_value,
                                         double   years,
                                         double  *rate,
                                         GError **error);

DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_growth_mean_rate (const double  *rates,
                                     gsize          n_rates,
                                     DosonCtrMean   mean,
                                     double        *rate,
                                     GError       **error);

DOSON_CTR_AVAILABLE_IN_0_1
gboolean doson_ctr_growth_change (double   previous_value,
                                  double   current_value,
                                  double  *change,
                                  GError **error);

G_END_DECLS

#endif /* DOSON_CTR_GROWTH_H */
