/* doson-ctr-progress-settings.c: the settings of one series
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>

#include <glib.h>
#include <glib-object.h>

#include <doson-ctr/doson-ctr-progress.h>

#include "maths/doson-ctr-progress-method-private.h"

G_DEFINE_BOXED_TYPE (DosonCtrProgressSettings, doson_ctr_progress_settings,
                     doson_ctr_progress_settings_copy,
                     doson_ctr_progress_settings_free)

/* The defaults: higher is better, nothing else set. */
static const DosonCtrProgressSettings default_settings = {
  DOSON_CTR_DIRECTION_HIGHER,
  FALSE, 0, 0,
  FALSE, 0,
  FALSE, 0,
  FALSE, { 0, 0, 0 }
};

const DosonCtrProgressSettings *
_doson_ctr_progress_settings_or_default (const DosonCtrProgressSettings *settings)
{
  return settings != NULL ? settings : &default_settings;
}

/**
 * doson_ctr_progress_settings_new:
 *
 * Makes the settings of one series with the library's defaults: higher is
 * better, no target, no base year (the earliest year with data is the
 * base), no natural limit, the method's own cut-offs. Passing %NULL
 * settings to doson_ctr_progress_compute() means the same.
 *
 * Open SDG's own configuration defaults differ: base year 2015, target
 * year 2030, direction "negative" (lower is better). To reproduce a
 * published Open SDG configuration that leaves them out, set them
 * explicitly.
 *
 * Returns: (transfer full): new settings, freed with
 *   doson_ctr_progress_settings_free()
 *
 * Since: 0.1
 */
DosonCtrProgressSettings *
doson_ctr_progress_settings_new (void)
{
  return g_memdup2 (&default_settings, sizeof (DosonCtrProgressSettings));
}

/**
 * doson_ctr_progress_settings_copy:
 * @settings: a #DosonCtrProgressSettings
 *
 * Copies @settings.
 *
 * Returns: (transfer full): the copy, freed with
 *   doson_ctr_progress_settings_free()
 *
 * Since: 0.1
 */
DosonCtrProgressSettings *
doson_ctr_progress_settings_copy (const DosonCtrProgressSettings *settings)
{
  g_return_val_if_fail (settings != NULL, NULL);
  return g_memdup2 (settings, sizeof (DosonCtrProgressSettings));
}

/**
 * doson_ctr_progress_settings_free:
 * @settings: (nullable) (transfer full): a #DosonCtrProgressSettings
 *
 * Frees @settings. Does nothing when @settings is %NULL.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_free (DosonCtrProgressSettings *settings)
{
  g_free (settings);
}

/**
 * doson_ctr_progress_settings_set_direction:
 * @settings: a #DosonCtrProgressSettings
 * @direction: which way the indicator should move
 *
 * Sets the desired direction (d = +1 for higher, −1 for lower).
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_set_direction (DosonCtrProgressSettings *settings,
                                           DosonCtrDirection         direction)
{
  g_return_if_fail (settings != NULL);
  g_return_if_fail (direction == DOSON_CTR_DIRECTION_HIGHER
                    || direction == DOSON_CTR_DIRECTION_LOWER);
  settings->direction = direction;
}

/**
 * doson_ctr_progress_settings_get_direction:
 * @settings: a #DosonCtrProgressSettings
 *
 * Gives which way the series should move
 * (doson_ctr_progress_settings_set_direction());
 * %DOSON_CTR_DIRECTION_HIGHER by default.
 *
 * Returns: the desired direction
 *
 * Since: 0.1
 */
DosonCtrDirection
doson_ctr_progress_settings_get_direction (const DosonCtrProgressSettings *settings)
{
  g_return_val_if_fail (settings != NULL, DOSON_CTR_DIRECTION_HIGHER);
  return settings->direction;
}

/**
 * doson_ctr_progress_settings_set_target:
 * @settings: a #DosonCtrProgressSettings
 * @target: the target value, finite; 0 is allowed (the `open-sdg` method,
 *   and the others for consistency, compute with 0.001 instead)
 * @target_year: the year by which @target should be reached
 *
 * Sets the target. With a target, `open-sdg` compares the actual growth
 * with the growth required to reach it; without one, it judges the trend
 * alone. `unsd-ratio` and `expected-value` need a target.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_set_target (DosonCtrProgressSettings *settings,
                                        double                    target,
                                        int                       target_year)
{
  g_return_if_fail (settings != NULL);
  g_return_if_fail (isfinite (target));

  settings->has_target = TRUE;
  settings->target = target;
  settings->target_year = target_year;
}

/**
 * doson_ctr_progress_settings_unset_target:
 * @settings: a #DosonCtrProgressSettings
 *
 * Removes the target.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_unset_target (DosonCtrProgressSettings *settings)
{
  g_return_if_fail (settings != NULL);
  settings->has_target = FALSE;
  settings->target = 0;
  settings->target_year = 0;
}

/**
 * doson_ctr_progress_settings_get_target:
 * @settings: a #DosonCtrProgressSettings
 * @target: (out) (optional): return location for the target value, as set
 * @target_year: (out) (optional): return location for the target year
 *
 * Gets the target. The out arguments are untouched when there is none.
 *
 * Returns: %TRUE when a target is set
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_settings_get_target (const DosonCtrProgressSettings *settings,
                                        double                         *target,
                                        int                            *target_year)
{
  g_return_val_if_fail (settings != NULL, FALSE);

  if (!settings->has_target)
    return FALSE;
  if (target != NULL)
    *target = settings->target;
  if (target_year != NULL)
    *target_year = settings->target_year;
  return TRUE;
}

/**
 * doson_ctr_progress_settings_set_base_year:
 * @settings: a #DosonCtrProgressSettings
 * @base_year: the base year
 *
 * Sets the base year. The base observation is that year's, or when the
 * series has no value for it, the first later year's (as Open SDG does);
 * earlier years are never the base nor the current observation.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_set_base_year (DosonCtrProgressSettings *settings,
                                           int                       base_year)
{
  g_return_if_fail (settings != NULL);
  settings->has_base_year = TRUE;
  settings->base_year = base_year;
}

/**
 * doson_ctr_progress_settings_unset_base_year:
 * @settings: a #DosonCtrProgressSettings
 *
 * Removes the base year: the earliest year with data becomes the base.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_unset_base_year (DosonCtrProgressSettings *settings)
{
  g_return_if_fail (settings != NULL);
  settings->has_base_year = FALSE;
  settings->base_year = 0;
}

/**
 * doson_ctr_progress_settings_get_base_year:
 * @settings: a #DosonCtrProgressSettings
 * @base_year: (out) (optional): return location for the base year
 *
 * Gets the configured base year; @base_year is untouched when there is
 * none.
 *
 * Returns: %TRUE when a base year is set
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_settings_get_base_year (const DosonCtrProgressSettings *settings,
                                           int                            *base_year)
{
  g_return_val_if_fail (settings != NULL, FALSE);

  if (!settings->has_base_year)
    return FALSE;
  if (base_year != NULL)
    *base_year = settings->base_year;
  return TRUE;
}

/**
 * doson_ctr_progress_settings_set_limit:
 * @settings: a #DosonCtrProgressSettings
 * @limit: the natural limit of the indicator (for example 100 for a
 *   percentage), finite
 *
 * Sets a natural limit. Only the `open-sdg` method uses it, and only for a
 * series without a target: the cut-offs are then multiplied by
 * C = 1 when |v_b| ≥ 2|l|, 1 − (|v_b|/|l|)^4.44 when |v_b| ≤ |l|, and
 * 1 − ((2|l| − |v_b|)/|l|)^4.44 between.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_set_limit (DosonCtrProgressSettings *settings,
                                       double                    limit)
{
  g_return_if_fail (settings != NULL);
  g_return_if_fail (isfinite (limit));
  settings->has_limit = TRUE;
  settings->limit = limit;
}

/**
 * doson_ctr_progress_settings_unset_limit:
 * @settings: a #DosonCtrProgressSettings
 *
 * Removes the natural limit.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_unset_limit (DosonCtrProgressSettings *settings)
{
  g_return_if_fail (settings != NULL);
  settings->has_limit = FALSE;
  settings->limit = 0;
}

/**
 * doson_ctr_progress_settings_get_limit:
 * @settings: a #DosonCtrProgressSettings
 * @limit: (out) (optional): return location for the limit
 *
 * Gets the natural limit; @limit is untouched when there is none.
 *
 * Returns: %TRUE when a limit is set
 *
 * Since: 0.1
 */
gboolean
doson_ctr_progress_settings_get_limit (const DosonCtrProgressSettings *settings,
                                       double                         *limit)
{
  g_return_val_if_fail (settings != NULL, FALSE);

  if (!settings->has_limit)
    return FALSE;
  if (limit != NULL)
    *limit = settings->limit;
  return TRUE;
}

/**
 * doson_ctr_progress_settings_set_cutoffs:
 * @settings: a #DosonCtrProgressSettings
 * @cutoffs: (nullable): the cut-offs to use, or %NULL for the method's own
 *
 * Sets the caller's cut-offs; @cutoffs is copied. They replace the
 * published cut-offs of whichever case applies, as Open SDG's
 * `progress_thresholds` option does: for `open-sdg` with a target they
 * replace 0.95 / 0.60 / 0; for `open-sdg` without a target they replace
 * 0.015 / 0.005 / 0 and are then multiplied by the limit scale C like the
 * published ones; for `unsd-ratio` and `expected-value` they replace
 * 0.95 / 0.5 / −0.1. The `open-sdg` score formulas are fixed, as in Open
 * SDG, whatever the cut-offs.
 *
 * Since: 0.1
 */
void
doson_ctr_progress_settings_set_cutoffs (DosonCtrProgressSettings *settings,
                                         const DosonCtrCutoffs    *cutoffs)
{
  g_return_if_fail (settings != NULL);

  if (cutoffs == NULL)
    {
      settings->has_cutoffs = FALSE;
      memset (&settings->cutoffs, 0, sizeof settings->cutoffs);
      return;
    }
  settings->has_cutoffs = TRUE;
  settings->cutoffs = *cutoffs;
}

/**
 * doson_ctr_progress_settings_get_cutoffs:
 * @settings: a #DosonCtrProgressSettings
 *
 * Gets the caller's cut-offs.
 *
 * Returns: (nullable) (transfer none): the cut-offs, owned by @settings
 *   and valid until it is changed or freed, or %NULL when the method's own
 *   apply
 *
 * Since: 0.1
 */
const DosonCtrCutoffs *
doson_ctr_progress_settings_get_cutoffs (const DosonCtrProgressSettings *settings)
{
  g_return_val_if_fail (settings != NULL, NULL);
  return settings->has_cutoffs ? &settings->cutoffs : NULL;
}
