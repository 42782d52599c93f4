/* doson-ctr-consistency-check.c: the assessment's consistency warnings
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * For each whole of the programme, in the years up to the as-of year:
 * parts (DOSON_CTR_INDICATOR_RELATION_PART_OF) whose values, all present,
 * do not add up to the whole within the tolerance, and subsets
 * (DOSON_CTR_INDICATOR_RELATION_SUBSET_OF) larger than the whole.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include <doson-ctr/doson-ctr-measurement.h>

#include "assess/doson-ctr-consistency-check-private.h"
#include "assess/doson-ctr-consistency-warning-private.h"

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

/* The indicators of @indicators that are parts or subsets of the whole. */
static void
find_related (GPtrArray *indicators,
              Whole     *w)
{
  guint j;

  for (j = 0; j < indicators->len; j++)
    {
      DosonCtrIndicator *other = g_ptr_array_index (indicators, j);
      const char *related = doson_ctr_indicator_get_related_id (other);

      if (related == NULL || strcmp (related, w->whole_id) != 0)
        continue;
      if (doson_ctr_indicator_get_relation (other) == DOSON_CTR_INDICATOR_RELATION_PART_OF)
        g_ptr_array_add (w->parts, other);
      else if (doson_ctr_indicator_get_relation (other) == DOSON_CTR_INDICATOR_RELATION_SUBSET_OF)
        g_ptr_array_add (w->subsets, other);
    }
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
      key.level = doson_ctr_measurement_get_level (m);
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
  double v, sum = 0;
  guint k;

  if (w->parts->len == 0)
    return;
  for (k = 0; k < w->parts->len; k++)
    {
      const char *pid = doson_ctr_indicator_get_id (g_ptr_array_index (w->parts, k));

      if (!doson_ctr_measurement_set_lookup (w->set, pid, key->year, key->level, &v))
        return;
      sum += v;
    }
  if (!(fabs (sum - whole_value) <= w->tolerance))
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
          || !(v > whole_value))
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
      g_autoptr(GPtrArray) parts = g_ptr_array_new ();
      g_autoptr(GPtrArray) subsets = g_ptr_array_new ();
      g_autoptr(GArray) keys = NULL;
      Whole w = { set, doson_ctr_indicator_get_id (g_ptr_array_index (indicators, i)),
                  parts, subsets, tolerance, warnings };

      find_related (indicators, &w);
      if (parts->len == 0 && subsets->len == 0)
        continue;

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
