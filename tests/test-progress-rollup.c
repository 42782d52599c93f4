/* test-progress-rollup.c: the mean score of a roll-up, fed one result at a
 * time, against numpy's recursive pairwise summation (white-box: private
 * API)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include "doson-ctr-test.h"

#include "maths/doson-ctr-progress-private.h"

/* numpy's pairwise summation (numpy/core/src/umath/loops_utils.h.src,
 * @TYPE@_pairwise_sum), as the library computed it before it summed
 * one value at a time: the reference. */
static double
reference_pairwise_sum (const double *a,
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
      return reference_pairwise_sum (a, n2) + reference_pairwise_sum (a + n2, n - n2);
    }
}

/* Scores of very different sizes and signs, so that the order of the
 * additions shows in the last bits. */
static double *
make_scores (gsize n,
             guint32 seed)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  double *a = g_new (double, MAX (n, 1));
  gsize i;

  for (i = 0; i < n; i++)
    a[i] = g_rand_double_range (rand, -5, 5) * pow (10, g_rand_int_range (rand, -6, 7));
  return a;
}

/* The mean of the first @n of @a through DosonCtrScoreMean, with a result
 * without a score after every third one. */
static double
streamed_mean (const double *a,
               gsize         n,
               guint        *n_results)
{
  DosonCtrScoreMean mean;
  DosonCtrProgressResult r, out;
  gsize i;

  _doson_ctr_score_mean_init (&mean, n);
  memset (&r, 0, sizeof r);
  for (i = 0; i < n; i++)
    {
      if (i % 3 == 0)
        {
          r.has_score = FALSE;
          _doson_ctr_score_mean_add (&mean, &r);
        }
      r.has_score = TRUE;
      r.score = a[i];
      _doson_ctr_score_mean_add (&mean, &r);
    }
  _doson_ctr_score_mean_finish (&mean, &out);
  *n_results = out.n_results;
  ck_assert_uint_eq (out.n_scored, n);
  ck_assert (out.has_score == (n > 0));
  return out.has_score ? out.score : NAN;
}

/* Every count up to 1100 (leaves of every size, trees up to three
 * levels), then larger ones with deep trees, to the bit. */
START_TEST (test_same_as_recursion)
{
  static const gsize large[] = { 4095, 4096, 4097, 10007, 65539, 262144 + 129 };
  g_autofree double *a = make_scores (300000, 12);
  gsize n, k;

  for (n = 1; n <= 1100 + G_N_ELEMENTS (large); n++)
    {
      gsize m = n <= 1100 ? n : large[n - 1101];
      double expected = (0.0 + reference_pairwise_sum (a, m)) / (double) m;
      guint n_results = 0;
      double got = streamed_mean (a, m, &n_results);

      ck_assert_msg (memcmp (&got, &expected, sizeof got) == 0,
                     "n = %zu: %.17g, expected %.17g", m, got, expected);
      ck_assert_uint_eq (n_results, m + (m + 2) / 3);
    }
  for (k = 0; k < 20; k++)
    {
      g_autofree double *b = make_scores (1000 + k * 97, 100 + k);
      double expected = (0.0 + reference_pairwise_sum (b, 1000 + k * 97)) / (1000. + k * 97);
      guint n_results;
      double got = streamed_mean (b, 1000 + k * 97, &n_results);

      ck_assert (memcmp (&got, &expected, sizeof got) == 0);
    }
}
END_TEST

/* No score: not available, with the reason; a roll-up abandoned frees
 * its path. */
START_TEST (test_no_scores)
{
  DosonCtrScoreMean mean;
  DosonCtrProgressResult r, out;

  memset (&r, 0, sizeof r);
  _doson_ctr_score_mean_init (&mean, 0);
  _doson_ctr_score_mean_add (&mean, &r);
  _doson_ctr_score_mean_finish (&mean, &out);
  ck_assert (!out.has_score);
  ck_assert_int_eq (out.status, DOSON_CTR_STATUS_NOT_AVAILABLE);
  ck_assert_int_eq (out.reason, DOSON_CTR_PROGRESS_REASON_NO_SCORES);
  ck_assert_uint_eq (out.n_results, 1);

  _doson_ctr_score_mean_init (&mean, 1000000);
  ck_assert_ptr_nonnull (mean.frames);
  _doson_ctr_score_mean_clear (&mean);
  ck_assert_ptr_null (mean.frames);
}
END_TEST

static Suite *
rollup_suite (void)
{
  Suite *s = suite_create ("progress-rollup");
  TCase *tc = tcase_create ("mean");

  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, test_same_as_recursion);
  tcase_add_test (tc, test_no_scores);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (rollup_suite ());
}
