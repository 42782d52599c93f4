/* doson-ctr-progress-table-groups.c: the groups of a progress table and
 * their roll-ups
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <glib.h>

#include <doson-ctr/doson-ctr-progress-table.h>

#include "maths/doson-ctr-progress-table-private.h"

/* Rolls every group up without keeping the results of its series: a
 * first pass lists the groups (in the order of their first series) and
 * counts their series and scores, a second feeds each group's
 * DosonCtrScoreMean, which needs the number of scores first to add them
 * as numpy does.  Memory: a roll-up per group, nothing per series. */
void
_doson_ctr_progress_table_ensure_summaries (DosonCtrProgressTable *table)
{
  guint n_named = table->group_names->len;
  g_autofree gint32 *slot_of_group = NULL;    /* group + 1 -> summary slot, or -1 */
  g_autofree guint64 *n_scored = NULL;
  g_autofree DosonCtrScoreMean *means = NULL;
  guint n_slots = 0;
  guint i, s;

  if (table->summaries != NULL)
    return;

  table->summaries = g_array_new (FALSE, TRUE, sizeof (DosonCtrGroupSummary));
  slot_of_group = g_new (gint32, n_named + 1);
  for (i = 0; i < n_named + 1; i++)
    slot_of_group[i] = -1;
  n_scored = g_new0 (guint64, n_named + 1);

  for (i = 0; i < table->n_states; i++)
    {
      const DosonCtrSeriesState *state = &table->states[i];
      gint32 group = state->settings.own ? state->settings.group : -1;
      DosonCtrProgressResult result;

      if (slot_of_group[group + 1] < 0)
        {
          DosonCtrGroupSummary summary = { 0 };

          summary.id = group < 0 ? NULL : g_ptr_array_index (table->group_names, group);
          g_array_append_val (table->summaries, summary);
          slot_of_group[group + 1] = (gint32) n_slots++;
        }
      s = (guint) slot_of_group[group + 1];
      g_array_index (table->summaries, DosonCtrGroupSummary, s).n_series++;
      _doson_ctr_progress_table_evaluate (table, i, &result);
      if (result.has_score)
        n_scored[s]++;
    }

  means = g_new (DosonCtrScoreMean, MAX (n_slots, 1));
  for (s = 0; s < n_slots; s++)
    _doson_ctr_score_mean_init (&means[s], n_scored[s]);
  for (i = 0; i < table->n_states; i++)
    {
      const DosonCtrSeriesState *state = &table->states[i];
      gint32 group = state->settings.own ? state->settings.group : -1;
      DosonCtrProgressResult result;

      _doson_ctr_progress_table_evaluate (table, i, &result);
      _doson_ctr_score_mean_add (&means[slot_of_group[group + 1]], &result);
    }
  for (s = 0; s < n_slots; s++)
    _doson_ctr_score_mean_finish (&means[s],
                                  &g_array_index (table->summaries, DosonCtrGroupSummary, s).result);
}

/**
 * doson_ctr_progress_table_get_n_groups:
 * @table: a #DosonCtrProgressTable
 *
 * Counts the groups of the summary, which
 * doson_ctr_progress_table_write_summary_csv() writes one row each. The
 * summary covers the observations added so far and is made again after new
 * ones.
 *
 * Returns: the number of groups of the summary, counting the series
 *   without a group as one group when there are any
 *
 * Since: 0.1
 */
guint
doson_ctr_progress_table_get_n_groups (DosonCtrProgressTable *table)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), 0);

  _doson_ctr_progress_table_ensure_summaries (table);
  return table->summaries->len;
}

/**
 * doson_ctr_progress_table_get_group_id:
 * @table: a #DosonCtrProgressTable
 * @index: the index of a group, less than
 *   doson_ctr_progress_table_get_n_groups()
 *
 * Gives the name of group @index of the summary. Groups are listed in the
 * order in which their first series is listed.
 *
 * Returns: (transfer none) (nullable): the name of group @index, owned by
 *   @table, or %NULL for the series without a group
 *
 * Since: 0.1
 */
const char *
doson_ctr_progress_table_get_group_id (DosonCtrProgressTable *table,
                                       guint                  index)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), NULL);

  _doson_ctr_progress_table_ensure_summaries (table);
  g_return_val_if_fail (index < table->summaries->len, NULL);
  return g_array_index (table->summaries, DosonCtrGroupSummary, index).id;
}

/**
 * doson_ctr_progress_table_get_group_n_series:
 * @table: a #DosonCtrProgressTable
 * @index: the index of a group, less than
 *   doson_ctr_progress_table_get_n_groups()
 *
 * Counts the series rolled up into group @index.
 *
 * Returns: the number of series in group @index
 *
 * Since: 0.1
 */
guint
doson_ctr_progress_table_get_group_n_series (DosonCtrProgressTable *table,
                                             guint                  index)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), 0);

  _doson_ctr_progress_table_ensure_summaries (table);
  g_return_val_if_fail (index < table->summaries->len, 0);
  return g_array_index (table->summaries, DosonCtrGroupSummary, index).n_series;
}

/**
 * doson_ctr_progress_table_get_group_result:
 * @table: a #DosonCtrProgressTable
 * @index: the index of a group, less than
 *   doson_ctr_progress_table_get_n_groups()
 *
 * Rolls the series of group @index up with doson_ctr_progress_combine().
 *
 * Returns: (transfer full): the roll-up, freed with
 *   doson_ctr_progress_result_free()
 *
 * Since: 0.1
 */
DosonCtrProgressResult *
doson_ctr_progress_table_get_group_result (DosonCtrProgressTable *table,
                                           guint                  index)
{
  g_return_val_if_fail (DOSON_CTR_IS_PROGRESS_TABLE (table), NULL);

  _doson_ctr_progress_table_ensure_summaries (table);
  g_return_val_if_fail (index < table->summaries->len, NULL);
  return _doson_ctr_progress_result_dup (&g_array_index (table->summaries, DosonCtrGroupSummary,
                                                         index).result);
}

