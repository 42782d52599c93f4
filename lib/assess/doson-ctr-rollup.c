/* doson-ctr-rollup.c: the counts of a goal, a responsible unit or the programme per status
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <doson-ctr/doson-ctr-assessment.h>

#include "base/doson-ctr-private.h"
#include "assess/doson-ctr-rollup-private.h"

static const char * const rollup_kind_names[] = {
  [DOSON_CTR_ROLLUP_KIND_PROGRAM] = "program",
  [DOSON_CTR_ROLLUP_KIND_GOAL] = "goal",
  [DOSON_CTR_ROLLUP_KIND_UNIT] = "unit",
};

#define N_STATUSES (DOSON_CTR_STATUS_PENDING + 1)

struct _DosonCtrRollup
{
  DosonCtrRollupKind kind;
  char              *id;
  char             **indicator_ids;
  guint              n_indicators;
  guint              counts[N_STATUSES];
  guint              n_scored;
  gboolean           has_mean;
  double             mean_score;
  double             score_total;   /* of the n_scored scores */
  guint              n_tasks;
  guint              task_counts[DOSON_CTR_TASK_N_STATES];
  guint              n_tasks_unknown;
};

G_DEFINE_BOXED_TYPE (DosonCtrRollup, doson_ctr_rollup,
                     doson_ctr_rollup_copy, doson_ctr_rollup_free)

/**
 * doson_ctr_rollup_copy:
 * @rollup: a #DosonCtrRollup
 *
 * Copies @rollup.
 *
 * Returns: (transfer full): the copy, freed with doson_ctr_rollup_free()
 *
 * Since: 0.1
 */
DosonCtrRollup *
doson_ctr_rollup_copy (const DosonCtrRollup *rollup)
{
  DosonCtrRollup *copy;

  g_return_val_if_fail (rollup != NULL, NULL);

  copy = g_memdup2 (rollup, sizeof *rollup);
  copy->id = g_strdup (rollup->id);
  copy->indicator_ids = g_strdupv (rollup->indicator_ids);
  return copy;
}

/**
 * doson_ctr_rollup_free:
 * @rollup: (nullable) (transfer full): a #DosonCtrRollup
 *
 * Frees @rollup. Does nothing when @rollup is %NULL.
 *
 * Since: 0.1
 */
void
doson_ctr_rollup_free (DosonCtrRollup *rollup)
{
  if (rollup == NULL)
    return;
  g_free (rollup->id);
  g_strfreev (rollup->indicator_ids);
  g_free (rollup);
}

/**
 * doson_ctr_rollup_get_kind:
 * @rollup: a #DosonCtrRollup
 *
 * Tells whether @rollup summarises a goal (with the goals nested in it), a
 * responsible unit, or the whole programme.
 *
 * Returns: what @rollup summarises
 *
 * Since: 0.1
 */
DosonCtrRollupKind
doson_ctr_rollup_get_kind (const DosonCtrRollup *rollup)
{
  g_return_val_if_fail (rollup != NULL, DOSON_CTR_ROLLUP_KIND_PROGRAM);
  return rollup->kind;
}

/**
 * doson_ctr_rollup_get_id:
 * @rollup: a #DosonCtrRollup
 *
 * Gives the id of what @rollup summarises: the goal's id, the responsible
 * unit's id, or, for %DOSON_CTR_ROLLUP_KIND_PROGRAM, the programme's id.
 *
 * Returns: (transfer none): the id of the goal, the unit or the programme
 *   summarised, owned by @rollup
 *
 * Since: 0.1
 */
const char *
doson_ctr_rollup_get_id (const DosonCtrRollup *rollup)
{
  g_return_val_if_fail (rollup != NULL, NULL);
  return rollup->id;
}

/**
 * doson_ctr_rollup_get_n_indicators:
 * @rollup: a #DosonCtrRollup
 *
 * Counts the indicators in @rollup, with a score or without one.
 *
 * Returns: the number of indicators counted
 *
 * Since: 0.1
 */
guint
doson_ctr_rollup_get_n_indicators (const DosonCtrRollup *rollup)
{
  g_return_val_if_fail (rollup != NULL, 0);
  return rollup->n_indicators;
}

/**
 * doson_ctr_rollup_get_indicator_ids:
 * @rollup: a #DosonCtrRollup
 *
 * Gives the indicators counted in @rollup as a %NULL-terminated array; it
 * holds doson_ctr_rollup_get_n_indicators() ids.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the
 *   indicators counted, in the programme's order, owned by @rollup
 *
 * Since: 0.1
 */
const char * const *
doson_ctr_rollup_get_indicator_ids (const DosonCtrRollup *rollup)
{
  g_return_val_if_fail (rollup != NULL, NULL);
  return (const char * const *) rollup->indicator_ids;
}

/**
 * doson_ctr_rollup_get_count:
 * @rollup: a #DosonCtrRollup
 * @status: a status
 *
 * Counts the indicators of @rollup whose overall status
 * (doson_ctr_assessment_get_indicator_status()) is @status. The counts of
 * all the statuses add up to doson_ctr_rollup_get_n_indicators().
 *
 * Returns: the number of indicators whose overall status is @status
 *
 * Since: 0.1
 */
guint
doson_ctr_rollup_get_count (const DosonCtrRollup *rollup,
                            DosonCtrStatus        status)
{
  g_return_val_if_fail (rollup != NULL, 0);
  g_return_val_if_fail ((guint) status < N_STATUSES, 0);
  return rollup->counts[status];
}

/**
 * doson_ctr_rollup_get_n_scored:
 * @rollup: a #DosonCtrRollup
 *
 * Counts the indicators of @rollup that have a score. The others (pending,
 * not available, or decided without a pace ratio) are counted by status but
 * left out of doson_ctr_rollup_get_mean_score().
 *
 * Returns: the number of indicators with a score, which the mean score
 *   averages
 *
 * Since: 0.1
 */
guint
doson_ctr_rollup_get_n_scored (const DosonCtrRollup *rollup)
{
  g_return_val_if_fail (rollup != NULL, 0);
  return rollup->n_scored;
}

/**
 * doson_ctr_rollup_get_mean_score:
 * @rollup: a #DosonCtrRollup
 * @score: (out) (optional): where to store the mean score, from −5 to +5
 *
 * Gives the arithmetic mean of the scores of the indicators that have one;
 * indicators without a score (pending, not available) are left out.
 *
 * Returns: %TRUE when at least one indicator has a score; otherwise %FALSE
 *   with @score untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_rollup_get_mean_score (const DosonCtrRollup *rollup,
                                 double               *score)
{
  g_return_val_if_fail (rollup != NULL, FALSE);

  if (!rollup->has_mean)
    return FALSE;
  if (score != NULL)
    *score = rollup->mean_score;
  return TRUE;
}

/**
 * doson_ctr_rollup_kind_to_string:
 * @kind: a #DosonCtrRollupKind
 *
 * Gives the stable spelling of @kind: "program", "goal" or "unit".
 *
 * Returns: (transfer none) (nullable): a static string, or %NULL for a
 *   value that is not a #DosonCtrRollupKind
 *
 * Since: 0.1
 */
const char *
doson_ctr_rollup_kind_to_string (DosonCtrRollupKind kind)
{
  if ((guint) kind >= G_N_ELEMENTS (rollup_kind_names))
    return NULL;
  return rollup_kind_names[kind];
}

/**
 * doson_ctr_rollup_kind_from_string:
 * @str: (nullable): "program", "goal" or "unit"
 * @kind: (out): where to store the kind
 *
 * Reads the spelling given by doson_ctr_rollup_kind_to_string().
 *
 * Returns: %TRUE if @str is a known spelling; otherwise %FALSE and @kind
 *   is untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_rollup_kind_from_string (const char         *str,
                                   DosonCtrRollupKind *kind)
{
  int i;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (!_doson_ctr_lookup_name (rollup_kind_names, G_N_ELEMENTS (rollup_kind_names), str, &i))
    return FALSE;
  *kind = (DosonCtrRollupKind) i;
  return TRUE;
}

DosonCtrRollup *
_doson_ctr_rollup_new (DosonCtrRollupKind  kind,
                       const char         *id,
                       guint               n_indicators)
{
  DosonCtrRollup *r = g_new0 (DosonCtrRollup, 1);

  r->kind = kind;
  r->id = g_strdup (id);
  r->indicator_ids = g_new0 (char *, n_indicators + 1);
  return r;
}

void
_doson_ctr_rollup_add (DosonCtrRollup *rollup,
                       const char     *indicator_id,
                       DosonCtrStatus  status,
                       gboolean        has_score,
                       double          score)
{
  rollup->indicator_ids[rollup->n_indicators++] = g_strdup (indicator_id);
  rollup->counts[status]++;
  if (has_score)
    {
      rollup->score_total += score;
      rollup->n_scored++;
      rollup->has_mean = TRUE;
      rollup->mean_score = rollup->score_total / rollup->n_scored;
    }
}

void
_doson_ctr_rollup_add_task (DosonCtrRollup    *rollup,
                            gboolean           known,
                            DosonCtrTaskState  state)
{
  rollup->n_tasks++;
  if (known)
    rollup->task_counts[state]++;
  else
    rollup->n_tasks_unknown++;
}

/**
 * doson_ctr_rollup_get_n_tasks:
 * @rollup: a #DosonCtrRollup
 *
 * Gives the number of tasks summarised: those of the goal and the goals
 * nested in it, those the unit leads, or all the programme's.
 *
 * Returns: the number of tasks
 *
 * Since: 0.1
 */
guint
doson_ctr_rollup_get_n_tasks (const DosonCtrRollup *rollup)
{
  g_return_val_if_fail (rollup != NULL, 0);
  return rollup->n_tasks;
}

/**
 * doson_ctr_rollup_get_task_count:
 * @rollup: a #DosonCtrRollup
 * @state: a #DosonCtrTaskState
 *
 * Gives the number of tasks in @state in the as-of year
 * (doson_ctr_assessment_get_task_state()).
 *
 * Returns: the number of tasks in @state
 *
 * Since: 0.1
 */
guint
doson_ctr_rollup_get_task_count (const DosonCtrRollup *rollup,
                                 DosonCtrTaskState     state)
{
  g_return_val_if_fail (rollup != NULL, 0);
  g_return_val_if_fail ((guint) state < DOSON_CTR_TASK_N_STATES, 0);
  return rollup->task_counts[state];
}

/**
 * doson_ctr_rollup_get_n_tasks_unknown:
 * @rollup: a #DosonCtrRollup
 *
 * Gives the number of tasks whose state in the as-of year is not known:
 * no progress reported that decides it. They are counted apart, never as
 * not started.
 *
 * Returns: the number of tasks without a known state
 *
 * Since: 0.1
 */
guint
doson_ctr_rollup_get_n_tasks_unknown (const DosonCtrRollup *rollup)
{
  g_return_val_if_fail (rollup != NULL, 0);
  return rollup->n_tasks_unknown;
}
