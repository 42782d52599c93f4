/* doson-ctr-consistency-check.c: the assessment's consistency warnings
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * For each whole of the programme, in the years up to the as-of year:
 * parts (DOSON_CTR_INDICATOR_RELATION_PART_OF) whose values, all present,
 * do not add up to the whole within the tolerance, and subsets
 * (DOSON_CTR_INDICATOR_RELATION_SUBSET_OF) larger than the whole. The
 * rule itself is the model's (model/doson-ctr-consistency-rule-private.h),
 * which doson_ctr_measurement_set_validate() follows too; this file walks
 * the years and levels and makes the warnings.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <doson-ctr/doson-ctr-measurement.h>

#include "assess/doson-ctr-consistency-check-private.h"
#include "assess/doson-ctr-consistency-warning-private.h"
#include "model/doson-ctr-consistency-rule-private.h"

typedef struct
{
  int         year;
  const char *level;
} YearLevel;

/* What is checked against one whole. */
typedef struct
{
  DosonCtrMeasurementSet *set;
  const char             *whole_id;
  GPtrArray              *parts;       /* DosonCtrIndicator */
  GPtrArray              *subsets;     /* DosonCtrIndicator */
  double                  tolerance;
  GPtrArray              *warnings;
} Whole;

static int
compare_year_level (const void *pa,
                    const void *pb)
{
  const YearLevel *a = pa, *b = pb;

  if (a->year != b->year)
    return (a->year > b->year) - (a->year < b->year);
  if (a->level == NULL || b->level == NULL)
    return (a->level != NULL) - (b->level != NULL);
  return strcmp (a->level, b->level);
}

/* The years (up to @as_of) and levels the whole has a value for, in
 * order. */
static GArray *
whole_keys (const Whole *w,
            int          as_of)
{
  GPtrArray *all = doson_ctr_measurement_set_get_measurements (w->set);
  GArray *keys = g_array_new (FALSE, FALSE, sizeof (YearLevel));
  guint j;

  for (j = 0; j < all->len; j++)
    {
      const DosonCtrMeasurement *m = g_ptr_array_index (all, j);
      YearLevel key;

      if (strcmp (doson_ctr_measurement_get_indicator_id (m), w->whole_id) != 0
          || doson_ctr_measurement_get_year (m) > as_of)
        continue;
      key.year = doson_ctr_measurement_get_year (m);
      key.level = doson_ctr_measurement_get_disaggregation_value (m);
      g_array_append_val (keys, key);
    }
  g_array_sort (keys, compare_year_level);
  return keys;
}

/* The parts of the whole in one year and level. */
static void
check_parts (Whole           *w,
             const YearLevel *key,
             double           whole_value)
{
  double sum;

  if (_doson_ctr_parts_sum (w->set, w->parts, key->year, key->level, &sum)
      && _doson_ctr_parts_differ_from_whole (sum, whole_value, w->tolerance))
    g_ptr_array_add (w->warnings,
                     _doson_ctr_consistency_warning_new (DOSON_CTR_INDICATOR_RELATION_PART_OF,
                                                         w->whole_id, w->parts, key->year,
                                                         key->level, whole_value, sum,
                                                         w->tolerance));
}

/* The subsets of the whole in one year and level. */
static void
check_subsets (Whole           *w,
               const YearLevel *key,
               double           whole_value)
{
  double v;
  guint k;

  for (k = 0; k < w->subsets->len; k++)
    {
      DosonCtrIndicator *sub = g_ptr_array_index (w->subsets, k);
      g_autoptr(GPtrArray) one = NULL;

      if (!doson_ctr_measurement_set_lookup (w->set, doson_ctr_indicator_get_id (sub),
                                             key->year, key->level, &v)
          || !_doson_ctr_subset_exceeds_whole (v, whole_value))
        continue;
      one = g_ptr_array_new ();
      g_ptr_array_add (one, sub);
      g_ptr_array_add (w->warnings,
                       _doson_ctr_consistency_warning_new (DOSON_CTR_INDICATOR_RELATION_SUBSET_OF,
                                                           w->whole_id, one, key->year,
                                                           key->level, whole_value, v, 0));
    }
}

void
_doson_ctr_check_consistency (DosonCtrProgram        *program,
                              DosonCtrMeasurementSet *set,
                              int                     as_of,
                              double                  tolerance,
                              GPtrArray              *warnings)
{
  GPtrArray *indicators = doson_ctr_program_get_indicators (program);
  guint i, j;

  for (i = 0; i < indicators->len; i++)
    {
      const char *whole_id = doson_ctr_indicator_get_id (g_ptr_array_index (indicators, i));
      g_autoptr(GPtrArray) parts = NULL;
      g_autoptr(GPtrArray) subsets = NULL;
      g_autoptr(GArray) keys = NULL;
      Whole w;

      parts = doson_ctr_program_get_related_indicators (program, whole_id,
                                                        DOSON_CTR_INDICATOR_RELATION_PART_OF);
      subsets = doson_ctr_program_get_related_indicators (program, whole_id,
                                                          DOSON_CTR_INDICATOR_RELATION_SUBSET_OF);
      if (parts->len == 0 && subsets->len == 0)
        continue;

      w = (Whole) { set, whole_id, parts, subsets, tolerance, warnings };
      keys = whole_keys (&w, as_of);
      for (j = 0; j < keys->len; j++)
        {
          const YearLevel *key = &g_array_index (keys, YearLevel, j);
          double whole_value;

          if (!doson_ctr_measurement_set_lookup (set, w.whole_id, key->year,
                                                 key->level, &whole_value))
            continue;
          check_parts (&w, key, whole_value);
          check_subsets (&w, key, whole_value);
        }
    }
}
