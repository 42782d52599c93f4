/* doson-ctr-consistency-rule.c: parts add up to their whole, a subset
 * never exceeds it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include <doson-ctr/doson-ctr-indicator.h>

#include "model/doson-ctr-consistency-rule-private.h"

gboolean
_doson_ctr_parts_sum (DosonCtrMeasurementSet *set,
                      GPtrArray              *parts,
                      int                     year,
                      const char             *level,
                      double                 *sum)
{
  double total = 0.0;
  guint i;

  if (parts->len == 0)
    return FALSE;
  for (i = 0; i < parts->len; i++)
    {
      DosonCtrIndicator *part = g_ptr_array_index (parts, i);
      double v;

      if (!doson_ctr_measurement_set_lookup (set, doson_ctr_indicator_get_id (part),
                                             year, level, &v))
        return FALSE;
      total += v;
    }
  *sum = total;
  return TRUE;
}

gboolean
_doson_ctr_parts_differ_from_whole (double parts_sum,
                                    double whole,
                                    double tolerance)
{
  return !(fabs (parts_sum - whole) <= tolerance);
}

gboolean
_doson_ctr_subset_exceeds_whole (double subset,
                                 double whole)
{
  return subset > whole;
}
