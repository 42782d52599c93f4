/* doson-ctr-open-sdg-indicator.c: an Open SDG indicator's score and
 * status, nested groups included
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * ProgressMeasure.py get_indicator_progress (PM:39-98), with the groups
 * of sdg-build 2.4.0 as opensdg-repositories.md (§2) infers them from the
 * published files: the score of a list of items is the mean (np.mean) of
 * the scores, in order, of its series and of its groups that have one, a
 * group's score being the same rule applied to its own items; the target
 * is achieved when every scored item achieved it; nothing scored gives
 * no score and the status not_available. Records are kept by key, a
 * later record of a key replacing the earlier one (dict.update, PM:74)
 * while both count in the score.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <glib.h>

#include <doson-ctr/doson-ctr-types.h>

#include "maths/doson-ctr-progress-private.h"
#include "assess/doson-ctr-open-sdg-private.h"

/* Stores @s (taken) in @ind, replacing a record of the same key. */
static void
store_record (DosonCtrOpenSdgIndicator *ind,
              GHashTable               *by_key,
              DosonCtrOpenSdgSeries    *s)
{
  gpointer at;

  if (g_hash_table_lookup_extended (by_key, s->key, NULL, &at))
    {
      guint i = GPOINTER_TO_UINT (at);

      /* The table's key is the old record's: out before that is freed. */
      g_hash_table_remove (by_key, s->key);
      _doson_ctr_open_sdg_series_free (g_ptr_array_index (ind->series, i));
      g_ptr_array_index (ind->series, i) = s;
      g_hash_table_insert (by_key, s->key, at);
      return;
    }
  g_hash_table_insert (by_key, s->key, GUINT_TO_POINTER (ind->series->len));
  g_ptr_array_add (ind->series, s);
}

/* The score of @items: FALSE when none is scored; *@achieved is whether
 * every scored item achieved its target. */
static gboolean
evaluate_items (DosonCtrOpenSdgIndicator  *ind,
                GHashTable                *by_key,
                const GPtrArray           *items,
                const DosonCtrOpenSdgData *data,
                double                    *score,
                gboolean                  *achieved)
{
  g_autofree double *scores = g_new (double, MAX (items->len, 1));
  g_autofree gboolean *achieved_each = g_new (gboolean, MAX (items->len, 1));
  DosonCtrScoreMean mean;
  DosonCtrProgressResult r;
  gsize n = 0, k;
  guint i;

  for (i = 0; i < items->len; i++)
    {
      const DosonCtrOpenSdgOption *o = g_ptr_array_index (items, i);
      double item_score;
      gboolean item_achieved;

      if (o->children != NULL)
        {
          if (!evaluate_items (ind, by_key, o->children, data, &item_score, &item_achieved))
            continue;
        }
      else
        {
          DosonCtrOpenSdgSeries *s = _doson_ctr_open_sdg_series_compute (ind->id, data, o);
          gboolean has = s->has[DOSON_CTR_OPEN_SDG_FIELD_SCORE];

          item_score = s->value[DOSON_CTR_OPEN_SDG_FIELD_SCORE];
          item_achieved = s->target_achieved;
          store_record (ind, by_key, s);
          if (!has)
            continue;
        }
      achieved_each[n] = item_achieved;
      scores[n++] = item_score;
    }
  if (n == 0)
    return FALSE;

  /* the roll-up of the progress methods, fed the items in order */
  _doson_ctr_score_mean_init (&mean, n);
  for (k = 0; k < n; k++)
    {
      DosonCtrProgressResult one = { 0 };

      one.has_score = TRUE;
      one.score = scores[k];
      one.target_achieved = achieved_each[k];
      _doson_ctr_score_mean_add (&mean, &one);
    }
  _doson_ctr_score_mean_finish (&mean, &r);
  *score = r.score;
  *achieved = r.target_achieved;
  return TRUE;
}

DosonCtrOpenSdgIndicator *
_doson_ctr_open_sdg_indicator_compute (const char                *id,
                                       const DosonCtrOpenSdgMeta *meta,
                                       const DosonCtrOpenSdgData *data)
{
  DosonCtrOpenSdgIndicator *ind = _doson_ctr_open_sdg_indicator_new (id);
  g_autoptr(GHashTable) by_key = NULL;
  gboolean achieved;

  /* PM:60: only auto_progress_calculation is True computes; otherwise the
   * status is the metadata's progress_status, if the key exists */
  if (!meta->auto_progress)
    {
      ind->status = g_strdup (meta->manual_status != NULL ? meta->manual_status : "");
      return ind;
    }

  by_key = g_hash_table_new (g_str_hash, g_str_equal);
  ind->has_score = evaluate_items (ind, by_key, meta->options, data, &ind->score, &achieved);
  if (ind->has_score)
    {
      /* get_progress_status_from_score(), as the roll-up gives it */
      DosonCtrScoreMean mean;
      DosonCtrProgressResult one = { 0 }, r;

      one.has_score = TRUE;
      one.score = ind->score;
      one.target_achieved = achieved;
      _doson_ctr_score_mean_init (&mean, 1);
      _doson_ctr_score_mean_add (&mean, &one);
      _doson_ctr_score_mean_finish (&mean, &r);
      ind->status = g_strdup (doson_ctr_status_to_string (r.status));
    }
  else
    ind->status = g_strdup (doson_ctr_status_to_string (DOSON_CTR_STATUS_NOT_AVAILABLE));
  return ind;
}
