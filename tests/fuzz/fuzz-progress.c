/* fuzz-progress.c: libFuzzer target, the progress methods
 * (doson_ctr_progress_compute() and doson_ctr_progress_combine())
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The input gives settings (direction, target and target year, base year,
 * natural limit, cut-offs, each present or not) and a series of years and
 * values, read with fuzz_u8(), fuzz_year() and fuzz_double().  The series
 * is measured with every method: a NaN or infinite value must fail with
 * DOSON_CTR_ERROR_NOT_FINITE, a repeated year with
 * DOSON_CTR_ERROR_INVALID_DATA, anything else must give a result that
 * hangs together (fuzz_check_result()) and, when every year is one a
 * table accepts, the very result a DosonCtrProgressTable gives for the
 * same observations.  The results are then rolled up.
 */

#include "fuzz-common.h"

#define FUZZ_PROGRESS_MAX_VALUES 24

static void
fuzz_progress_read_settings (FuzzBytes                *b,
                              DosonCtrProgressSettings *settings)
{
  guint8 flags = fuzz_u8 (b);
  double target = 0, limit = 0, got = 0;
  int target_year = 0, base_year = 0, got_year = 0;

  doson_ctr_progress_settings_set_direction (settings, (flags & 1) ? DOSON_CTR_DIRECTION_LOWER
                                                                   : DOSON_CTR_DIRECTION_HIGHER);
  if (flags & 2)
    {
      target = fuzz_double (b);
      target_year = fuzz_year (b);
      if (isfinite (target))
        {
          doson_ctr_progress_settings_set_target (settings, target, target_year);
          FUZZ_CHECK (doson_ctr_progress_settings_get_target (settings, &got, &got_year)
                      && memcmp (&got, &target, sizeof got) == 0 && got_year == target_year,
                      "settings: the target does not read back");
        }
    }
  if (flags & 4)
    {
      base_year = fuzz_year (b);
      doson_ctr_progress_settings_set_base_year (settings, base_year);
      FUZZ_CHECK (doson_ctr_progress_settings_get_base_year (settings, &got_year)
                  && got_year == base_year, "settings: the base year does not read back");
    }
  if (flags & 8)
    {
      limit = fuzz_double (b);
      if (isfinite (limit))
        {
          doson_ctr_progress_settings_set_limit (settings, limit);
          FUZZ_CHECK (doson_ctr_progress_settings_get_limit (settings, &got)
                      && memcmp (&got, &limit, sizeof got) == 0,
                      "settings: the limit does not read back");
        }
    }
  if (flags & 16)
    {
      double s = fuzz_double (b), m = fuzz_double (b), l = fuzz_double (b);
      gboolean valid = isfinite (s) && isfinite (m) && isfinite (l) && s > m && m > l;
      GError *error = NULL;
      DosonCtrCutoffs *cutoffs = doson_ctr_cutoffs_new (s, m, l, &error);

      fuzz_check_error (cutoffs != NULL, error, "cutoffs_new");
      FUZZ_CHECK ((cutoffs != NULL) == valid, "cutoffs_new (%g, %g, %g): %s", s, m, l,
                  valid ? "refused" : "accepted");
      if (error != NULL)
        FUZZ_CHECK (error->code == DOSON_CTR_ERROR_INVALID_CUTOFFS, "cutoffs_new: error %d",
                    error->code);
      g_clear_error (&error);
      if (cutoffs != NULL)
        {
          double v = fuzz_double (b);
          DosonCtrStatus status = doson_ctr_cutoffs_classify (cutoffs, v);

          FUZZ_CHECK (isnan (v) ? status == DOSON_CTR_STATUS_NOT_AVAILABLE
                                : status == (v >= s ? DOSON_CTR_STATUS_SUBSTANTIAL_PROGRESS
                                             : v >= m ? DOSON_CTR_STATUS_MODERATE_PROGRESS
                                             : v >= l ? DOSON_CTR_STATUS_LIMITED_PROGRESS
                                             : DOSON_CTR_STATUS_DETERIORATION),
                      "cutoffs_classify (%g) = %d", v, (int) status);
          doson_ctr_progress_settings_set_cutoffs (settings, cutoffs);
          FUZZ_CHECK (doson_ctr_progress_settings_get_cutoffs (settings) != NULL,
                      "settings: the cut-offs do not read back");
          doson_ctr_cutoffs_free (cutoffs);
        }
    }
  if (flags & 32)
    doson_ctr_progress_settings_unset_target (settings);
  if (flags & 64)
    doson_ctr_progress_settings_unset_base_year (settings);
}

void
fuzz_progress_one (const guint8 *data,
                   gsize         size)
{
  FuzzBytes b = { data, size };
  g_autoptr(DosonCtrProgressSettings) settings = NULL;
  DosonCtrProgressResult *results[3] = { NULL, NULL, NULL };
  DosonCtrProgressResult *rollup;
  int years[FUZZ_PROGRESS_MAX_VALUES];
  double values[FUZZ_PROGRESS_MAX_VALUES];
  gboolean all_finite = TRUE, repeated = FALSE, table_years = TRUE;
  gsize n, i, j, n_results = 0;
  guint8 first = fuzz_u8 (&b);
  int method;

  if (first % 4 != 0)
    {
      settings = doson_ctr_progress_settings_new ();
      fuzz_progress_read_settings (&b, settings);
    }

  n = fuzz_u8 (&b) % (FUZZ_PROGRESS_MAX_VALUES + 1);
  for (i = 0; i < n; i++)
    {
      years[i] = fuzz_year (&b);
      values[i] = fuzz_double (&b);
      all_finite &= isfinite (values[i]);
      table_years &= years[i] >= 1900 && years[i] <= 2200;
      for (j = 0; j < i; j++)
        repeated |= years[j] == years[i];
    }

  for (method = DOSON_CTR_PROGRESS_METHOD_OPEN_SDG;
       method <= DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE; method++)
    {
      GError *error = NULL;
      DosonCtrProgressResult *r;

      r = doson_ctr_progress_compute (method, settings, n > 0 ? years : NULL,
                                      n > 0 ? values : NULL, n, &error);
      fuzz_check_error (r != NULL, error, "progress_compute");
      if (!all_finite)
        FUZZ_CHECK (r == NULL && error->code == DOSON_CTR_ERROR_NOT_FINITE,
                    "progress_compute: a value that is not finite was not refused");
      else if (repeated)
        FUZZ_CHECK (r == NULL && error->code == DOSON_CTR_ERROR_INVALID_DATA,
                    "progress_compute: a repeated year was not refused");
      else
        FUZZ_CHECK (r != NULL, "progress_compute failed: %s", error->message);
      g_clear_error (&error);
      if (r == NULL)
        continue;

      fuzz_check_result (r, method, FALSE);
      results[n_results++] = r;

      /* A table measures the same series the same way. */
      if (n > 0 && table_years)
        {
          g_autoptr(DosonCtrProgressTable) table = doson_ctr_progress_table_new (method);
          DosonCtrProgressResult *from_table;

          if (settings != NULL)
            doson_ctr_progress_table_set_default_settings (table, settings);
          for (i = 0; i < n; i++)
            {
              gboolean ok = doson_ctr_progress_table_add (table, "s", years[i], values[i], &error);

              fuzz_check_error (ok, error, "progress_table_add");
              FUZZ_CHECK (ok, "progress_table_add refused what compute took: %s", error->message);
            }
          FUZZ_CHECK (doson_ctr_progress_table_get_n_series (table) == 1, "table: not one series");
          from_table = doson_ctr_progress_table_get_result (table, 0);
          FUZZ_CHECK (fuzz_results_equal (r, from_table),
                      "progress_compute and the table disagree (method %d)", method);
          doson_ctr_progress_result_free (from_table);
        }
    }

  rollup = doson_ctr_progress_combine (results, n_results);
  fuzz_check_result (rollup, DOSON_CTR_PROGRESS_METHOD_OPEN_SDG, TRUE);
  doson_ctr_progress_result_free (rollup);
  for (i = 0; i < n_results; i++)
    doson_ctr_progress_result_free (results[i]);
}

FUZZ_ENTRY_POINT (fuzz_progress_one)
