/* doson-ctr-progress-cagr.c: sdg-build's growth rate, as Python computes it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>

#include <glib.h>

#include "maths/doson-ctr-progress-method-private.h"

/* sdg-build growth_calculation():
 *   ((val1 / val2) ** (1 / (t1 - t2))) - 1
 * in Python float arithmetic: 1 / n is the correctly rounded 1.0 / n, and
 * float ** float is C pow() (CPython float_pow), except that a negative
 * base with a fractional exponent turns complex (CPython hands it to
 * complex_pow, i.e. _Py_c_pow).  Only a real result is returned here;
 * _doson_ctr_sdg_growth_py() also gives the complex one. */
double
_doson_ctr_sdg_growth (double val1,
                       double val2,
                       int    t1,
                       int    t2)
{
  return pow (val1 / val2, 1.0 / ((double) t1 - (double) t2)) - 1.0;
}

double
_doson_ctr_progress_actual_growth (const DosonCtrProgressResult *r)
{
  return _doson_ctr_sdg_growth (r->current_value, r->base_value,
                                r->current_year, r->base_year);
}

/* The same, with Python's complex result: returns FALSE and sets *re, *im
 * to the complex value minus 1 when the power is complex.  CPython 3
 * _Py_c_pow (a, b) for a = (x, 0), x < 0, b = (y, 0), y not an integer:
 *   vabs = hypot (x, 0); len = pow (vabs, y); at = atan2 (0, x);
 *   phase = at * y; (len * cos (phase), len * sin (phase))
 * then "- 1" subtracts (1.0, 0.0). */
gboolean
_doson_ctr_sdg_growth_py (double  val1,
                          double  val2,
                          int     t1,
                          int     t2,
                          double *re,
                          double *im)
{
  double x = val1 / val2;
  double y = 1.0 / ((double) t1 - (double) t2);

  if (x < 0.0 && y != floor (y))
    {
      double vabs = hypot (x, 0.0);
      double len = pow (vabs, y);
      double at = atan2 (0.0, x);
      double phase = at * y;

      *re = len * cos (phase) - 1.0;
      *im = len * sin (phase) - 0.0;
      return FALSE;
    }
  *re = pow (x, y) - 1.0;
  *im = 0.0;
  return TRUE;
}
