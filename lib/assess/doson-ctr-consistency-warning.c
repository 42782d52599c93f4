/* doson-ctr-consistency-warning.c: a warning that parts do not add up to their whole, or a subset exceeds it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-assessment.h>

#include "assess/doson-ctr-consistency-warning-private.h"

G_DEFINE_BOXED_TYPE (DosonCtrConsistencyWarning, doson_ctr_consistency_warning,
                     doson_ctr_consistency_warning_copy,
                     doson_ctr_consistency_warning_free)

/**
 * doson_ctr_consistency_warning_copy:
 * @warning: a #DosonCtrConsistencyWarning
 *
 * Copies @warning.
 *
 * Returns: (transfer full): the copy, freed with
 *   doson_ctr_consistency_warning_free()
 *
 * Since: 0.1
 */
DosonCtrConsistencyWarning *
doson_ctr_consistency_warning_copy (const DosonCtrConsistencyWarning *warning)
{
  DosonCtrConsistencyWarning *copy;

  g_return_val_if_fail (warning != NULL, NULL);

  copy = g_memdup2 (warning, sizeof *warning);
  copy->indicator_id = g_strdup (warning->indicator_id);
  copy->part_ids = g_strdupv (warning->part_ids);
  copy->level = g_strdup (warning->level);
  return copy;
}

/**
 * doson_ctr_consistency_warning_free:
 * @warning: (nullable) (transfer full): a #DosonCtrConsistencyWarning
 *
 * Frees a copy made with doson_ctr_consistency_warning_copy(). Does
 * nothing when @warning is %NULL.
 *
 * Since: 0.1
 */
void
doson_ctr_consistency_warning_free (DosonCtrConsistencyWarning *warning)
{
  if (warning == NULL)
    return;
  g_free (warning->indicator_id);
  g_strfreev (warning->part_ids);
  g_free (warning->level);
  g_free (warning);
}

/**
 * doson_ctr_consistency_warning_get_relation:
 * @warning: a #DosonCtrConsistencyWarning
 *
 * Tells which kind of inconsistency @warning reports.
 *
 * Returns: %DOSON_CTR_INDICATOR_RELATION_PART_OF when parts do not add up
 *   to their whole, %DOSON_CTR_INDICATOR_RELATION_SUBSET_OF when a subset
 *   exceeds its whole
 *
 * Since: 0.1
 */
DosonCtrIndicatorRelation
doson_ctr_consistency_warning_get_relation (const DosonCtrConsistencyWarning *warning)
{
  g_return_val_if_fail (warning != NULL, DOSON_CTR_INDICATOR_RELATION_NONE);
  return warning->relation;
}

/**
 * doson_ctr_consistency_warning_get_indicator_id:
 * @warning: a #DosonCtrConsistencyWarning
 *
 * Gives the indicator that is the whole: the one the parts should add up
 * to, or the one the subset exceeds.
 *
 * Returns: (transfer none): the id of the whole, owned by @warning
 *
 * Since: 0.1
 */
const char *
doson_ctr_consistency_warning_get_indicator_id (const DosonCtrConsistencyWarning *warning)
{
  g_return_val_if_fail (warning != NULL, NULL);
  return warning->indicator_id;
}

/**
 * doson_ctr_consistency_warning_get_part_ids:
 * @warning: a #DosonCtrConsistencyWarning
 *
 * Gives the indicators compared with the whole: every part of a
 * %DOSON_CTR_INDICATOR_RELATION_PART_OF warning, in the programme's order,
 * or the one subset of a %DOSON_CTR_INDICATOR_RELATION_SUBSET_OF warning.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the parts
 *   summed, or the one id of the subset, owned by @warning
 *
 * Since: 0.1
 */
const char * const *
doson_ctr_consistency_warning_get_part_ids (const DosonCtrConsistencyWarning *warning)
{
  g_return_val_if_fail (warning != NULL, NULL);
  return (const char * const *) warning->part_ids;
}

/**
 * doson_ctr_consistency_warning_get_year:
 * @warning: a #DosonCtrConsistencyWarning
 *
 * Gives the year whose measurements are inconsistent; it is never after the
 * as-of year of the assessment that reported the warning.
 *
 * Returns: the year of the figures
 *
 * Since: 0.1
 */
int
doson_ctr_consistency_warning_get_year (const DosonCtrConsistencyWarning *warning)
{
  g_return_val_if_fail (warning != NULL, 0);
  return warning->year;
}

/**
 * doson_ctr_consistency_warning_get_disaggregation_value:
 * @warning: a #DosonCtrConsistencyWarning
 *
 * Gives the disaggregation value ("level") of the figures compared, when
 * the warning is about one value of the disaggregation rather than the
 * totals.
 *
 * Returns: (transfer none) (nullable): the disaggregation value of the
 *   figures, owned by @warning, or %NULL for the totals
 *
 * Since: 0.1
 */
const char *
doson_ctr_consistency_warning_get_disaggregation_value (const DosonCtrConsistencyWarning *warning)
{
  g_return_val_if_fail (warning != NULL, NULL);
  return warning->level;
}

/**
 * doson_ctr_consistency_warning_get_whole_value:
 * @warning: a #DosonCtrConsistencyWarning
 *
 * Gives the measured value of the whole, in its unit, for the year and
 * level of the warning.
 *
 * Returns: the value of the whole
 *
 * Since: 0.1
 */
double
doson_ctr_consistency_warning_get_whole_value (const DosonCtrConsistencyWarning *warning)
{
  g_return_val_if_fail (warning != NULL, 0.0);
  return warning->whole;
}

/**
 * doson_ctr_consistency_warning_get_parts_value:
 * @warning: a #DosonCtrConsistencyWarning
 *
 * Gives the figure compared with the whole, in the whole's unit, for the
 * year and level of the warning: the sum of the values of the parts, or the
 * value of the subset.
 *
 * Returns: the sum of the parts, or the value of the subset
 *
 * Since: 0.1
 */
double
doson_ctr_consistency_warning_get_parts_value (const DosonCtrConsistencyWarning *warning)
{
  g_return_val_if_fail (warning != NULL, 0.0);
  return warning->parts;
}

DosonCtrConsistencyWarning *
_doson_ctr_consistency_warning_new (DosonCtrIndicatorRelation  relation,
                                    const char                *whole_id,
                                    GPtrArray                 *parts,
                                    int                        year,
                                    const char                *level,
                                    double                     whole,
                                    double                     parts_value,
                                    double                     tolerance)
{
  DosonCtrConsistencyWarning *x = g_new0 (DosonCtrConsistencyWarning, 1);
  guint i;

  x->relation = relation;
  x->indicator_id = g_strdup (whole_id);
  x->part_ids = g_new0 (char *, parts->len + 1);
  for (i = 0; i < parts->len; i++)
    x->part_ids[i] = g_strdup (doson_ctr_indicator_get_id (g_ptr_array_index (parts, i)));
  x->year = year;
  x->level = g_strdup (level);
  x->whole = whole;
  x->parts = parts_value;
  x->tolerance = tolerance;
  return x;
}
