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
 * np.mean() uses; a plain loop below 8 elements. */
static double
pairwise_sum (const double *a,
              gsize         n)
{
  if (n < 8)
    {
      double res = 0.;
      gsize i;

      for (i = 0; i < n; i++)
        res += a[i];
      return res;
    }
  else if (n <= 128)
    {
      double r[8], res;
      gsize i, j;

      for (j = 0; j < 8; j++)
        r[j] = a[j];
      for (i = 8; i < n - (n % 8); i += 8)
        for (j = 0; j < 8; j++)
          r[j] += a[i + j];
      res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < n; i++)
        res += a[i];
      return res;
    }
  else
    {
      gsize n2 = n / 2;

      n2 -= n2 % 8;
      return pairwise_sum (a, n2) + pairwise_sum (a + n2, n - n2);
    }
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
  g_autofree double *scores = NULL;
  gboolean all_achieved = TRUE;
  gsize i, n = 0;

  g_return_val_if_fail (results != NULL || n_results == 0, NULL);
  for (i = 0; i < n_results; i++)
    g_return_val_if_fail (results[i] != NULL, NULL);

  memset (&r, 0, sizeof r);
  r.method = DOSON_CTR_PROGRESS_METHOD_OPEN_SDG;
  r.status = DOSON_CTR_STATUS_NOT_AVAILABLE;
  r.is_rollup = TRUE;
  r.n_results = (guint) n_results;
  r.has_cutoffs = TRUE;
  r.cutoffs = _doson_ctr_score_cutoffs;

  scores = g_new (double, n_results > 0 ? n_results : 1);
  for (i = 0; i < n_results; i++)
    {
      if (!results[i]->has_score)
        continue;
      scores[n++] = results[i]->score;
      if (!results[i]->target_achieved)
        all_achieved = FALSE;
    }
  r.n_scored = (guint) n;

  if (n == 0)
    {
      r.reason = DOSON_CTR_PROGRESS_REASON_NO_SCORES;
      return _doson_ctr_progress_result_dup (&r);
    }

  /* np.mean: umr_sum (identity 0.0 plus the pairwise sum) / count */
  r.has_score = TRUE;
  r.score = (0.0 + pairwise_sum (scores, n)) / (double) n;
  r.target_achieved = all_achieved;

  /* get_progress_status_from_score() */
  if (all_achieved)
    r.status = DOSON_CTR_STATUS_TARGET_ACHIEVED;
  else if (r.score >= 2.5)
    r.status = DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS;
  else if (r.score >= 0)
    r.status = DOSON_CTR_STATUS_MODERATE_PROGRESS;
  else if (r.score >= -2.5)
    r.status = DOSON_CTR_STATUS_LIMITED_PROGRESS;
  else
    r.status = DOSON_CTR_STATUS_DETERIORATION;

  return _doson_ctr_progress_result_dup (&r);
}
