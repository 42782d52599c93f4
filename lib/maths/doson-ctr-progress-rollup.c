/* doson-ctr-progress-rollup.c: several series rolled up as Open SDG does
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <glib.h>

#include <doson-ctr/doson-ctr-progress.h>

#include "maths/doson-ctr-progress-method-private.h"

/* numpy's pairwise summation of float64 (numpy/core/src/umath/
 * loops_utils.h.src, @TYPE@_pairwise_sum, block size 128), which
 * np.mean() uses, fed one value at a time: the number of values is known
 * first, so the tree of partial sums numpy makes is known too, and each
 * value goes where numpy's recursion (block size 128, 8 lanes, a plain
 * loop below 8) would add it.  The sum is the same to the bit, and only
 * the path from the root to the current leaf is kept (DosonCtrScoreMean). */

/* The size of the left half of a node of @n values (> 128). */
static inline guint64
pairwise_left (guint64 n)
{
  guint64 n2 = n / 2;

  return n2 - n2 % 8;
}

/* Starts the leaf of the first @n values not yet summed, pushing the
 * nodes above it. */
static void
pairwise_descend (DosonCtrScoreMean *s,
                  guint64              n)
{
  while (n > 128)
    {
      DosonCtrPairwiseFrame *frame = &s->frames[s->depth++];

      frame->n = n;
      frame->in_right = FALSE;
      n = pairwise_left (n);
    }
  s->leaf_n = n;
  s->leaf_i = 0;
  s->res = 0.;
}

void
_doson_ctr_score_mean_init (DosonCtrScoreMean *s,
                        guint64         n)
{
  guint64 m = n;
  guint depth = 0;

  memset (s, 0, sizeof *s);
  s->n = n;
  s->all_achieved = TRUE;
  /* The right half is never smaller than the left: the deepest path. */
  while (m > 128)
    {
      m -= pairwise_left (m);
      depth++;
    }
  s->frames = depth > 0 ? g_new (DosonCtrPairwiseFrame, depth) : NULL;
  if (n > 0)
    pairwise_descend (s, n);
}

void
_doson_ctr_score_mean_clear (DosonCtrScoreMean *s)
{
  g_clear_pointer (&s->frames, g_free);
}

/* The leaf is summed to @v: adds it up the tree, and starts the next
 * leaf if any. */
static void
pairwise_leaf_done (DosonCtrScoreMean *s,
                    double               v)
{
  while (s->depth > 0)
    {
      DosonCtrPairwiseFrame *frame = &s->frames[s->depth - 1];

      if (!frame->in_right)
        {
          frame->in_right = TRUE;
          frame->left = v;
          pairwise_descend (s, frame->n - pairwise_left (frame->n));
          return;
        }
      v = frame->left + v;
      s->depth--;
    }
  s->total = v;
}

static void
pairwise_add (DosonCtrScoreMean *s,
              double          x)
{
  guint64 i;

  g_return_if_fail (s->seen < s->n);
  i = s->leaf_i++;
  s->seen++;
  if (s->leaf_n < 8)
    s->res += x;
  else
    {
      guint64 full = s->leaf_n - s->leaf_n % 8;

      if (i < 8)
        s->r[i] = x;
      else if (i < full)
        s->r[i % 8] += x;
      else
        s->res += x;
      if (i + 1 == full)
        s->res = ((s->r[0] + s->r[1]) + (s->r[2] + s->r[3]))
                 + ((s->r[4] + s->r[5]) + (s->r[6] + s->r[7]));
    }
  if (s->leaf_i == s->leaf_n)
    pairwise_leaf_done (s, s->res);
}

void
_doson_ctr_score_mean_add (DosonCtrScoreMean               *s,
                       const DosonCtrProgressResult *result)
{
  s->n_results++;
  if (!result->has_score)
    return;
  pairwise_add (s, result->score);
  if (!result->target_achieved)
    s->all_achieved = FALSE;
}

void
_doson_ctr_score_mean_finish (DosonCtrScoreMean         *s,
                          DosonCtrProgressResult *r)
{
  g_warn_if_fail (s->seen == s->n);

  memset (r, 0, sizeof *r);
  r->method = DOSON_CTR_PROGRESS_METHOD_OPEN_SDG;
  r->status = DOSON_CTR_STATUS_NOT_AVAILABLE;
  r->is_rollup = TRUE;
  r->n_results = s->n_results;
  r->n_scored = (guint) s->seen;
  r->has_cutoffs = TRUE;
  r->cutoffs = _doson_ctr_score_cutoffs;
  _doson_ctr_score_mean_clear (s);

  if (s->seen == 0)
    {
      r->reason = DOSON_CTR_PROGRESS_REASON_NO_SCORES;
      return;
    }

  /* np.mean: umr_sum (identity 0.0 plus the pairwise sum) / count */
  r->has_score = TRUE;
  r->score = (0.0 + s->total) / (double) s->seen;
  r->target_achieved = s->all_achieved;

  /* get_progress_status_from_score() */
  if (s->all_achieved)
    r->status = DOSON_CTR_STATUS_TARGET_ACHIEVED;
  else if (r->score >= 2.5)
    r->status = DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS;
  else if (r->score >= 0)
    r->status = DOSON_CTR_STATUS_MODERATE_PROGRESS;
  else if (r->score >= -2.5)
    r->status = DOSON_CTR_STATUS_LIMITED_PROGRESS;
  else
    r->status = DOSON_CTR_STATUS_DETERIORATION;
}

/**
 * doson_ctr_progress_combine:
 * @results: (array length=n_results) (nullable): the results of the
 *   series of one indicator
 * @n_results: the number of results
 *
 * Combines the results of several series into one for their indicator,
 * as Open SDG does
 * (IndicatorProgress.get_indicator_progress()): the score is the mean of
 * the scores of the series that have one (np.mean, reproduced to the
 * bit); the status is %DOSON_CTR_STATUS_TARGET_ACHIEVED when every series
 * with a score achieved its target, otherwise the band of the mean score:
 * [2.5, 5] substantial progress, [0, 2.5) moderate progress, [−2.5, 0)
 * limited progress, below −2.5 deterioration (a mean above 5, possible
 * only with caller cut-offs, counts as substantial progress). Only
 * `open-sdg` results have scores; with no score at all the result is
 * %DOSON_CTR_STATUS_NOT_AVAILABLE.
 *
 * The new result has method `open-sdg`, the mean score, the status and the
 * score cut-offs 2.5 / 0 / −2.5; it has no base, current, rates or
 * progress value.
 *
 * Returns: (transfer full): a new result, freed with
 *   doson_ctr_progress_result_free()
 *
 * Since: 0.1
 */
DosonCtrProgressResult *
doson_ctr_progress_combine (DosonCtrProgressResult * const *results,
                            gsize                           n_results)
{
  DosonCtrProgressResult r;
  DosonCtrScoreMean rollup;
  gsize i, n_scored = 0;

  g_return_val_if_fail (results != NULL || n_results == 0, NULL);
  for (i = 0; i < n_results; i++)
    {
      g_return_val_if_fail (results[i] != NULL, NULL);
      if (results[i]->has_score)
        n_scored++;
    }

  _doson_ctr_score_mean_init (&rollup, n_scored);
  for (i = 0; i < n_results; i++)
    _doson_ctr_score_mean_add (&rollup, results[i]);
  _doson_ctr_score_mean_finish (&rollup, &r);
  return _doson_ctr_progress_result_dup (&r);
}
