/* doson-ctr-target.c: one target (chỉ tiêu) of an indicator
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <doson-ctr/doson-ctr-error.h>

#include "base/doson-ctr-private.h"
#include "base/doson-ctr-number-private.h"
#include "model/doson-ctr-target-private.h"

/**
 * SECTION:doson-ctr-target
 * @Title: DosonCtrTarget
 * @Short_description: one target of an indicator
 *
 * A #DosonCtrTarget is a plain value: the kind of figure compared
 * (#DosonCtrTargetKind), a comparator (#DosonCtrComparator) with one
 * threshold or a range (#DosonCtrRangeMode), the years it applies to,
 * whether every disaggregation value must meet it, and the document's
 * wording.
 *
 * Thresholds of %DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH and
 * %DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR targets are rates written as
 * fractions (0.10 is 10 %/yr); the others are in the indicator's unit
 * (percentage points for a percent indicator).
 *
 * An indicator keeps its own copies of the targets given to
 * doson_ctr_indicator_add_target(). Targets are not thread-safe: do not
 * change one while another thread reads it.
 */

struct _DosonCtrTarget
{
  DosonCtrTargetKind kind;
  DosonCtrComparator comparator;
  double value;
  double low;
  double high;
  DosonCtrRangeMode range_mode;
  int first_year;
  int deadline_year;
  gboolean per_disaggregation;
  DosonCtrLocText text;
};

G_DEFINE_BOXED_TYPE (DosonCtrTarget, doson_ctr_target,
                     doson_ctr_target_copy, doson_ctr_target_free)

static const char * const kind_names[] = {
  "every-year", "level", "average-growth", "year-on-year", "cumulative",
  "milestone"
};

static const char * const comparator_names[] = {
  ">=", ">", "<=", "<", "=", "range"
};

static const char * const range_mode_names[] = {
  "floor-stretch", "band"
};


/**
 * doson_ctr_target_kind_to_string:
 * @kind: a #DosonCtrTargetKind
 *
 * Gives the stable spelling of @kind used by the data files:
 * "every-year", "level", "average-growth", "year-on-year", "cumulative"
 * or "milestone".
 *
 * Returns: (transfer none): a static string, or %NULL for a value that is
 *   not a #DosonCtrTargetKind
 *
 * Since: 0.1
 */
const char *
doson_ctr_target_kind_to_string (DosonCtrTargetKind kind)
{
  if ((guint) kind >= G_N_ELEMENTS (kind_names))
    return NULL;
  return kind_names[kind];
}

/**
 * doson_ctr_target_kind_from_string:
 * @str: (nullable): a spelling such as "average-growth"
 * @kind: (out): where to store the kind
 *
 * Reads the spelling given by doson_ctr_target_kind_to_string(). The
 * match is exact (case-sensitive).
 *
 * Returns: %TRUE if @str is a known spelling; otherwise %FALSE and @kind
 *   is untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_kind_from_string (const char         *str,
                                   DosonCtrTargetKind *kind)
{
  int i;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (!_doson_ctr_lookup_name (kind_names, G_N_ELEMENTS (kind_names), str, &i))
    return FALSE;
  *kind = (DosonCtrTargetKind) i;
  return TRUE;
}

/**
 * doson_ctr_target_kind_is_rate:
 * @kind: a #DosonCtrTargetKind
 *
 * Tells whether targets of @kind have a growth rate as threshold
 * (%DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH and
 * %DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR), written as a fraction, rather than
 * a value in the indicator's unit.
 *
 * Returns: %TRUE for the two rate kinds
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_kind_is_rate (DosonCtrTargetKind kind)
{
  return kind == DOSON_CTR_TARGET_KIND_AVERAGE_GROWTH
         || kind == DOSON_CTR_TARGET_KIND_YEAR_ON_YEAR;
}

/**
 * doson_ctr_comparator_to_string:
 * @comparator: a #DosonCtrComparator
 *
 * Gives the stable spelling of @comparator used by the data files:
 * ">=", ">", "<=", "<", "=" or "range".
 *
 * Returns: (transfer none): a static string, or %NULL for a value that is
 *   not a #DosonCtrComparator
 *
 * Since: 0.1
 */
const char *
doson_ctr_comparator_to_string (DosonCtrComparator comparator)
{
  if ((guint) comparator >= G_N_ELEMENTS (comparator_names))
    return NULL;
  return comparator_names[comparator];
}

/**
 * doson_ctr_comparator_from_string:
 * @str: (nullable): a spelling such as ">="
 * @comparator: (out): where to store the comparator
 *
 * Reads the spelling given by doson_ctr_comparator_to_string().
 *
 * Returns: %TRUE if @str is a known spelling; otherwise %FALSE and
 *   @comparator is untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_comparator_from_string (const char         *str,
                                  DosonCtrComparator *comparator)
{
  int i;

  g_return_val_if_fail (comparator != NULL, FALSE);

  if (!_doson_ctr_lookup_name (comparator_names, G_N_ELEMENTS (comparator_names), str, &i))
    return FALSE;
  *comparator = (DosonCtrComparator) i;
  return TRUE;
}

/**
 * doson_ctr_range_mode_to_string:
 * @mode: a #DosonCtrRangeMode
 *
 * Gives the stable spelling of @mode used by the data files:
 * "floor-stretch" or "band".
 *
 * Returns: (transfer none): a static string, or %NULL for a value that is
 *   not a #DosonCtrRangeMode
 *
 * Since: 0.1
 */
const char *
doson_ctr_range_mode_to_string (DosonCtrRangeMode mode)
{
  if ((guint) mode >= G_N_ELEMENTS (range_mode_names))
    return NULL;
  return range_mode_names[mode];
}

/**
 * doson_ctr_range_mode_from_string:
 * @str: (nullable): a spelling such as "band"
 * @mode: (out): where to store the mode
 *
 * Reads the spelling given by doson_ctr_range_mode_to_string().
 *
 * Returns: %TRUE if @str is a known spelling; otherwise %FALSE and @mode
 *   is untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_range_mode_from_string (const char        *str,
                                  DosonCtrRangeMode *mode)
{
  int i;

  g_return_val_if_fail (mode != NULL, FALSE);

  if (!_doson_ctr_lookup_name (range_mode_names, G_N_ELEMENTS (range_mode_names), str, &i))
    return FALSE;
  *mode = (DosonCtrRangeMode) i;
  return TRUE;
}

static gboolean
check_threshold (DosonCtrTargetKind   kind,
                 const char          *what,
                 double               value,
                 GError             **error)
{
  if (!isfinite (value))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE,
                   "%s is not a finite number", what);
      return FALSE;
    }
  if (doson_ctr_target_kind_is_rate (kind) && value <= -1.0)
    {
      g_autofree char *text = _doson_ctr_format_number (value);

      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_RATE,
                   "%s %s is a fall of 100 %% or more; a rate is a fraction "
                   "above -1 (-0.05 is a fall of 5 %%)", what, text);
      return FALSE;
    }
  return TRUE;
}

/* A new target with no threshold, text or years yet. */
static DosonCtrTarget *
target_alloc (DosonCtrTargetKind  kind,
              DosonCtrComparator  comparator,
              DosonCtrRangeMode   mode)
{
  DosonCtrTarget *target = g_new0 (DosonCtrTarget, 1);

  target->kind = kind;
  target->comparator = comparator;
  target->range_mode = mode;
  return target;
}

/**
 * doson_ctr_target_new: (constructor)
 * @kind: the kind of target
 * @comparator: how the figure is compared with @value; not
 *   %DOSON_CTR_COMPARATOR_RANGE (use doson_ctr_target_new_range())
 * @value: the threshold: a rate as a fraction for the rate kinds (see
 *   doson_ctr_target_kind_is_rate()), else a value in the indicator's unit;
 *   0 or 1 for a milestone
 * @error: return location for a #GError, or %NULL
 *
 * Creates a target with one threshold. Its years are unset (0) until they
 * are set with doson_ctr_target_set_years() or the target's indicator is
 * added to a programme, which fills in the programme's defaults.
 *
 * Fails with %DOSON_CTR_ERROR_NOT_FINITE when @value is NaN or infinite,
 * %DOSON_CTR_ERROR_INVALID_RATE when a rate is -1 or below, and
 * %DOSON_CTR_ERROR_INVALID_ARGUMENT for a range comparator or a milestone
 * that does not use "=" with 0 or 1.
 *
 * Returns: (transfer full): a new target, to be freed with
 *   doson_ctr_target_free(), or %NULL with @error set
 *
 * Since: 0.1
 */
DosonCtrTarget *
doson_ctr_target_new (DosonCtrTargetKind   kind,
                      DosonCtrComparator   comparator,
                      double               value,
                      GError             **error)
{
  DosonCtrTarget *target;

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);
  g_return_val_if_fail ((guint) comparator < G_N_ELEMENTS (comparator_names), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (comparator == DOSON_CTR_COMPARATOR_RANGE)
    {
      g_set_error_literal (error, DOSON_CTR_ERROR,
                           DOSON_CTR_ERROR_INVALID_ARGUMENT,
                           "a range target needs two ends: use "
                           "doson_ctr_target_new_range()");
      return NULL;
    }
  if (!check_threshold (kind, "the value", value, error))
    return NULL;
  if (kind == DOSON_CTR_TARGET_KIND_MILESTONE
      && (comparator != DOSON_CTR_COMPARATOR_EQUAL
          || (value != 0.0 && value != 1.0)))
    {
      g_set_error_literal (error, DOSON_CTR_ERROR,
                           DOSON_CTR_ERROR_INVALID_ARGUMENT,
                           "a milestone uses the comparator \"=\" with the "
                           "value 1 (met) or 0 (not met)");
      return NULL;
    }

  target = target_alloc (kind, comparator, DOSON_CTR_RANGE_MODE_FLOOR_STRETCH);
  target->value = value;
  return target;
}

/**
 * doson_ctr_target_new_range: (constructor)
 * @kind: the kind of target; not %DOSON_CTR_TARGET_KIND_MILESTONE
 * @low: the lower end, in numeric order
 * @high: the upper end, in numeric order; above @low
 * @mode: how the range is read
 * @error: return location for a #GError, or %NULL
 *
 * Creates a target with comparator %DOSON_CTR_COMPARATOR_RANGE. The ends
 * are always given in numeric order: the document's "giảm bình quân từ 7 %
 * đến 9 %" on a lower-is-better indicator is @low -0.09 and @high -0.07,
 * and with %DOSON_CTR_RANGE_MODE_FLOOR_STRETCH its floor is @high
 * (see doson_ctr_target_get_floor()).
 *
 * Fails with %DOSON_CTR_ERROR_NOT_FINITE when an end is NaN or infinite,
 * %DOSON_CTR_ERROR_INVALID_RATE when an end of a rate is -1 or below, and
 * %DOSON_CTR_ERROR_INVALID_ARGUMENT when @low is not below @high or @kind
 * is a milestone.
 *
 * Returns: (transfer full): a new target, to be freed with
 *   doson_ctr_target_free(), or %NULL with @error set
 *
 * Since: 0.1
 */
DosonCtrTarget *
doson_ctr_target_new_range (DosonCtrTargetKind   kind,
                            double               low,
                            double               high,
                            DosonCtrRangeMode    mode,
                            GError             **error)
{
  DosonCtrTarget *target;

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);
  g_return_val_if_fail ((guint) mode < G_N_ELEMENTS (range_mode_names), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (kind == DOSON_CTR_TARGET_KIND_MILESTONE)
    {
      g_set_error_literal (error, DOSON_CTR_ERROR,
                           DOSON_CTR_ERROR_INVALID_ARGUMENT,
                           "a milestone cannot have a range");
      return NULL;
    }
  if (!check_threshold (kind, "the low end", low, error)
      || !check_threshold (kind, "the high end", high, error))
    return NULL;
  if (!(low < high))
    {
      g_autofree char *low_text = _doson_ctr_format_number (low);
      g_autofree char *high_text = _doson_ctr_format_number (high);

      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT,
                   "the low end %s is not below the high end %s: write a "
                   "range in numeric order (a fall of 7 to 9 %% is low "
                   "-0.09, high -0.07), or use \"=\" for a single value",
                   low_text, high_text);
      return NULL;
    }

  target = target_alloc (kind, DOSON_CTR_COMPARATOR_RANGE, mode);
  target->low = low;
  target->high = high;
  return target;
}

/**
 * doson_ctr_target_copy:
 * @target: a #DosonCtrTarget
 *
 * Copies @target, with all its fields.
 *
 * Returns: (transfer full): a new target, to be freed with
 *   doson_ctr_target_free()
 *
 * Since: 0.1
 */
DosonCtrTarget *
doson_ctr_target_copy (const DosonCtrTarget *target)
{
  DosonCtrTarget *copy;

  g_return_val_if_fail (target != NULL, NULL);

  copy = g_new (DosonCtrTarget, 1);
  *copy = *target;
  _doson_ctr_loc_text_copy (&copy->text, &target->text);
  return copy;
}

/**
 * doson_ctr_target_free:
 * @target: (nullable) (transfer full): a #DosonCtrTarget
 *
 * Frees @target. Does nothing when @target is %NULL.
 *
 * Since: 0.1
 */
void
doson_ctr_target_free (DosonCtrTarget *target)
{
  if (target == NULL)
    return;
  _doson_ctr_loc_text_clear (&target->text);
  g_free (target);
}

/**
 * doson_ctr_target_equal:
 * @a: a #DosonCtrTarget
 * @b: another #DosonCtrTarget
 *
 * Compares every field of two targets; numbers compare exactly.
 *
 * Returns: %TRUE if @a and @b are equal
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_equal (const DosonCtrTarget *a,
                        const DosonCtrTarget *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  if (a->kind != b->kind || a->comparator != b->comparator
      || a->first_year != b->first_year
      || a->deadline_year != b->deadline_year
      || (!a->per_disaggregation) != (!b->per_disaggregation)
      || !_doson_ctr_loc_text_equal (&a->text, &b->text))
    return FALSE;
  if (a->comparator == DOSON_CTR_COMPARATOR_RANGE)
    return a->low == b->low && a->high == b->high
           && a->range_mode == b->range_mode;
  return a->value == b->value;
}

/**
 * doson_ctr_target_get_kind:
 * @target: a #DosonCtrTarget
 *
 * Gives which figure @target compares with its threshold: each year's
 * value, the value at the deadline, an average growth rate, a year-on-year
 * change, a total over the years, or a yes/no milestone.
 *
 * Returns: the kind of @target
 *
 * Since: 0.1
 */
DosonCtrTargetKind
doson_ctr_target_get_kind (const DosonCtrTarget *target)
{
  g_return_val_if_fail (target != NULL, DOSON_CTR_TARGET_KIND_LEVEL);
  return target->kind;
}

/**
 * doson_ctr_target_get_comparator:
 * @target: a #DosonCtrTarget
 *
 * Gives how a figure is compared with the threshold or the range of
 * @target.
 *
 * Returns: the comparator of @target
 *
 * Since: 0.1
 */
DosonCtrComparator
doson_ctr_target_get_comparator (const DosonCtrTarget *target)
{
  g_return_val_if_fail (target != NULL, DOSON_CTR_COMPARATOR_EQUAL);
  return target->comparator;
}

/**
 * doson_ctr_target_get_value:
 * @target: a #DosonCtrTarget
 * @value: (out) (optional): where to store the threshold
 *
 * Gives the single threshold of a target whose comparator is not
 * %DOSON_CTR_COMPARATOR_RANGE.
 *
 * Returns: %TRUE with @value set; %FALSE for a range target, with @value
 *   untouched (use doson_ctr_target_get_range())
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_get_value (const DosonCtrTarget *target,
                            double               *value)
{
  g_return_val_if_fail (target != NULL, FALSE);

  if (target->comparator == DOSON_CTR_COMPARATOR_RANGE)
    return FALSE;
  if (value != NULL)
    *value = target->value;
  return TRUE;
}

/**
 * doson_ctr_target_get_range:
 * @target: a #DosonCtrTarget
 * @low: (out) (optional): where to store the lower end
 * @high: (out) (optional): where to store the upper end
 *
 * Gives the ends of a range target, in numeric order.
 *
 * Returns: %TRUE with the ends set; %FALSE for a target that is not a
 *   range, with @low and @high untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_get_range (const DosonCtrTarget *target,
                            double               *low,
                            double               *high)
{
  g_return_val_if_fail (target != NULL, FALSE);

  if (target->comparator != DOSON_CTR_COMPARATOR_RANGE)
    return FALSE;
  if (low != NULL)
    *low = target->low;
  if (high != NULL)
    *high = target->high;
  return TRUE;
}

/**
 * doson_ctr_target_get_range_mode:
 * @target: a #DosonCtrTarget
 *
 * Gives how the range of a %DOSON_CTR_COMPARATOR_RANGE target is read: a
 * floor with a stretch, or a band.
 *
 * Returns: how the range of @target is read;
 *   %DOSON_CTR_RANGE_MODE_FLOOR_STRETCH for a target that is not a range
 *
 * Since: 0.1
 */
DosonCtrRangeMode
doson_ctr_target_get_range_mode (const DosonCtrTarget *target)
{
  g_return_val_if_fail (target != NULL, DOSON_CTR_RANGE_MODE_FLOOR_STRETCH);
  return target->range_mode;
}

/**
 * doson_ctr_target_get_floor:
 * @target: a #DosonCtrTarget
 * @direction: the direction of the target's indicator
 *
 * Gives the requirement of @target: the least favourable figure that can
 * still meet it. For a single-threshold target this is the threshold. For
 * a range it is the end on the worse side: @low when higher is better,
 * @high when lower is better (a fall of 7 to 9 %/yr, low -0.09 high
 * -0.07, has the floor -0.07). The same holds for a band, whose other end
 * is then a limit rather than an ambition.
 *
 * Returns: the floor
 *
 * Since: 0.1
 */
double
doson_ctr_target_get_floor (const DosonCtrTarget *target,
                            DosonCtrDirection     direction)
{
  g_return_val_if_fail (target != NULL, 0.0);

  if (target->comparator != DOSON_CTR_COMPARATOR_RANGE)
    return target->value;
  return direction == DOSON_CTR_DIRECTION_LOWER ? target->high : target->low;
}

/**
 * doson_ctr_target_get_stretch:
 * @target: a #DosonCtrTarget
 * @direction: the direction of the target's indicator
 * @stretch: (out) (optional): where to store the other end of the range
 *
 * Gives the end of a range opposite its floor (see
 * doson_ctr_target_get_floor()): the ambition of a floor-stretch range,
 * the far limit of a band.
 *
 * Returns: %TRUE with @stretch set; %FALSE for a target that is not a
 *   range, with @stretch untouched
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_get_stretch (const DosonCtrTarget *target,
                              DosonCtrDirection     direction,
                              double               *stretch)
{
  g_return_val_if_fail (target != NULL, FALSE);

  if (target->comparator != DOSON_CTR_COMPARATOR_RANGE)
    return FALSE;
  if (stretch != NULL)
    *stretch = direction == DOSON_CTR_DIRECTION_LOWER ? target->low : target->high;
  return TRUE;
}

/**
 * doson_ctr_target_is_met_by:
 * @target: a #DosonCtrTarget
 * @direction: the direction of the target's indicator
 * @figure: the figure the target compares: a value, a sum, a rate as a
 *   fraction, or 1/0 for a milestone, as the target's kind says
 *
 * Applies the comparator of @target to @figure, exactly (no tolerance).
 * A floor-stretch range is met at or beyond its floor on the good side of
 * @direction, however far; a band is met between its ends, both included.
 * Which figure to pass (the value of which year, which growth rate) is the
 * caller's business: this function only compares.
 *
 * Returns: %TRUE if @figure meets the target; %FALSE otherwise, and for a
 *   NaN or infinite @figure
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_is_met_by (const DosonCtrTarget *target,
                            DosonCtrDirection     direction,
                            double                figure)
{
  g_return_val_if_fail (target != NULL, FALSE);

  if (!isfinite (figure))
    return FALSE;

  switch (target->comparator)
    {
    case DOSON_CTR_COMPARATOR_AT_LEAST:
      return figure >= target->value;
    case DOSON_CTR_COMPARATOR_MORE_THAN:
      return figure > target->value;
    case DOSON_CTR_COMPARATOR_AT_MOST:
      return figure <= target->value;
    case DOSON_CTR_COMPARATOR_LESS_THAN:
      return figure < target->value;
    case DOSON_CTR_COMPARATOR_EQUAL:
      return figure == target->value;
    case DOSON_CTR_COMPARATOR_RANGE:
      if (target->range_mode == DOSON_CTR_RANGE_MODE_BAND)
        return figure >= target->low && figure <= target->high;
      if (direction == DOSON_CTR_DIRECTION_LOWER)
        return figure <= target->high;
      return figure >= target->low;
    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * doson_ctr_target_set_years:
 * @target: a #DosonCtrTarget
 * @first_year: the first year the target applies to, or 0 for the
 *   programme's default (the year after its baseline)
 * @deadline_year: the year the target is due, or 0 for the programme's
 *   default (the end of its term)
 *
 * Sets the years of @target. When both are given, @first_year must not be
 * after @deadline_year; years are from 1900 to 2200. Whether they fall in
 * the term is checked when the indicator is added to a programme.
 *
 * Since: 0.1
 */
void
doson_ctr_target_set_years (DosonCtrTarget *target,
                            int             first_year,
                            int             deadline_year)
{
  g_return_if_fail (target != NULL);
  g_return_if_fail (first_year == 0
                    || (first_year >= DOSON_CTR_YEAR_MIN
                        && first_year <= DOSON_CTR_YEAR_MAX));
  g_return_if_fail (deadline_year == 0
                    || (deadline_year >= DOSON_CTR_YEAR_MIN
                        && deadline_year <= DOSON_CTR_YEAR_MAX));
  g_return_if_fail (first_year == 0 || deadline_year == 0
                    || first_year <= deadline_year);

  target->first_year = first_year;
  target->deadline_year = deadline_year;
}

/**
 * doson_ctr_target_get_first_year:
 * @target: a #DosonCtrTarget
 *
 * Gives the first year @target applies to: the year set with
 * doson_ctr_target_set_years(), or the year after the programme's baseline,
 * filled in when the target's indicator was added to a programme.
 *
 * Returns: the first year @target applies to, or 0 when it is not set yet
 *   (a target of an indicator in a programme always has it)
 *
 * Since: 0.1
 */
int
doson_ctr_target_get_first_year (const DosonCtrTarget *target)
{
  g_return_val_if_fail (target != NULL, 0);
  return target->first_year;
}

/**
 * doson_ctr_target_get_deadline_year:
 * @target: a #DosonCtrTarget
 *
 * Gives the year @target is due: the deadline year set with
 * doson_ctr_target_set_years(), or the end of the programme's term, filled
 * in when the target's indicator was added to a programme.
 *
 * Returns: the year @target is due, or 0 when it is not set yet (a target
 *   of an indicator in a programme always has it)
 *
 * Since: 0.1
 */
int
doson_ctr_target_get_deadline_year (const DosonCtrTarget *target)
{
  g_return_val_if_fail (target != NULL, 0);
  return target->deadline_year;
}

/**
 * doson_ctr_target_set_per_disaggregation:
 * @target: a #DosonCtrTarget
 * @per_disaggregation: whether each disaggregation value must meet the
 *   target on its own
 *
 * Marks a target that every value of its indicator's disaggregation must
 * meet ("mỗi cấp học": each school level), rather than the total. Its
 * indicator must have a disaggregation.
 *
 * Since: 0.1
 */
void
doson_ctr_target_set_per_disaggregation (DosonCtrTarget *target,
                                         gboolean        per_disaggregation)
{
  g_return_if_fail (target != NULL);
  target->per_disaggregation = per_disaggregation != FALSE;
}

/**
 * doson_ctr_target_get_per_disaggregation:
 * @target: a #DosonCtrTarget
 *
 * Tells whether each value of the indicator's disaggregation must meet
 * @target on its own, rather than the total; an assessment then gives one
 * result per value.
 *
 * Returns: whether each disaggregation value must meet @target
 *
 * Since: 0.1
 */
gboolean
doson_ctr_target_get_per_disaggregation (const DosonCtrTarget *target)
{
  g_return_val_if_fail (target != NULL, FALSE);
  return target->per_disaggregation;
}

/**
 * doson_ctr_target_set_text:
 * @target: a #DosonCtrTarget
 * @lang: "vi" or "en"
 * @text: (nullable): the document's wording of the target in @lang, or
 *   %NULL to remove it
 *
 * Sets the wording of @target in one language. The text is copied.
 *
 * Since: 0.1
 */
void
doson_ctr_target_set_text (DosonCtrTarget *target,
                           const char     *lang,
                           const char     *text)
{
  g_return_if_fail (target != NULL);
  g_return_if_fail (_doson_ctr_lang_is_valid (lang));
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  _doson_ctr_loc_text_set (&target->text, lang, text);
}

/**
 * doson_ctr_target_get_text:
 * @target: a #DosonCtrTarget
 * @lang: (nullable): "en" for English (falling back to Vietnamese when
 *   there is no English text); %NULL, "vi" or anything else for Vietnamese
 *
 * Gives the document's wording of @target in one language.
 *
 * Returns: (transfer none) (nullable): the wording of @target, owned by
 *   @target, or %NULL when there is none
 *
 * Since: 0.1
 */
const char *
doson_ctr_target_get_text (const DosonCtrTarget *target,
                           const char           *lang)
{
  g_return_val_if_fail (target != NULL, NULL);
  return _doson_ctr_loc_text_get (&target->text, lang);
}

const DosonCtrLocText *
_doson_ctr_target_get_text_raw (const DosonCtrTarget *target)
{
  return &target->text;
}

gboolean
_doson_ctr_target_check_measure (const DosonCtrTarget  *target,
                                 DosonCtrMeasure        measure,
                                 GError               **error)
{
  const char *why = NULL;

  if (target->kind == DOSON_CTR_TARGET_KIND_MILESTONE
      && measure != DOSON_CTR_MEASURE_BOOLEAN)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "a milestone target belongs to a \"boolean\" indicator, "
                   "not a \"%s\" one", doson_ctr_measure_to_string (measure));
      return FALSE;
    }
  if (doson_ctr_target_kind_is_rate (target->kind))
    return TRUE;
  if (target->comparator == DOSON_CTR_COMPARATOR_RANGE)
    {
      if (!_doson_ctr_measure_accepts (measure, target->low, &why)
          || !_doson_ctr_measure_accepts (measure, target->high, &why))
        {
          g_autofree char *low_text = _doson_ctr_format_number (target->low);
          g_autofree char *high_text = _doson_ctr_format_number (target->high);

          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                       "the range %s to %s does not suit a \"%s\" indicator "
                       "(%s)", low_text, high_text,
                       doson_ctr_measure_to_string (measure), why);
          return FALSE;
        }
    }
  else if (!_doson_ctr_measure_accepts (measure, target->value, &why))
    {
      g_autofree char *text = _doson_ctr_format_number (target->value);

      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "the value %s does not suit a \"%s\" indicator (%s)",
                   text, doson_ctr_measure_to_string (measure), why);
      return FALSE;
    }
  return TRUE;
}
