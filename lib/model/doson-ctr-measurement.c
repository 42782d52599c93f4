/* doson-ctr-measurement.c: measured values of indicators
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/doson-ctr-private.h"
#include "model/doson-ctr-program-private.h"

/**
 * SECTION:doson-ctr-measurement
 * @Title: DosonCtrMeasurementSet
 * @Short_description: measured values of indicators, year by year
 *
 * A #DosonCtrMeasurement is one value: an indicator, a year, the value,
 * and optionally the disaggregation value it is for (its "level"), a
 * source and a note. A #DosonCtrMeasurementSet holds many, at most one per
 * indicator, year and level, plus an "illustrative" flag and a free-text
 * description of where the figures come from. When the flag is set the
 * figures are samples, not real data, and every report made from them
 * must say so.
 *
 * Load a set with doson_ctr_measurement_set_new_from_file() (JSON or CSV,
 * see doc/formats.md), check it against a programme with
 * doson_ctr_measurement_set_validate(), and read it with
 * doson_ctr_measurement_set_lookup() or
 * doson_ctr_measurement_set_get_series(). Missing data are simply absent:
 * a lookup tells that no value exists, never gives 0.
 *
 * A set is not thread-safe while it is being changed.
 */

struct _DosonCtrMeasurement
{
  char *indicator_id;
  int year;
  double value;
  char *level;
  char *source;
  char *note;
  char *origin;
};

G_DEFINE_BOXED_TYPE (DosonCtrMeasurement, doson_ctr_measurement,
                     doson_ctr_measurement_copy, doson_ctr_measurement_free)

/**
 * doson_ctr_measurement_new: (constructor)
 * @indicator_id: the id of the indicator measured (see
 *   doson_ctr_id_is_valid())
 * @year: the year the value is for
 * @value: the value, in the indicator's unit
 *
 * Creates a measurement without level, source or note. Whether @value is
 * finite and @year in range is checked when it is added to a set.
 *
 * Returns: (transfer full): a new measurement, to be freed with
 *   doson_ctr_measurement_free()
 *
 * Since: 0.1
 */
DosonCtrMeasurement *
doson_ctr_measurement_new (const char *indicator_id,
                           int         year,
                           double      value)
{
  DosonCtrMeasurement *m;

  g_return_val_if_fail (doson_ctr_id_is_valid (indicator_id), NULL);

  m = g_new0 (DosonCtrMeasurement, 1);
  m->indicator_id = g_strdup (indicator_id);
  m->year = year;
  m->value = value;
  return m;
}

/**
 * doson_ctr_measurement_copy:
 * @measurement: a #DosonCtrMeasurement
 *
 * Copies @measurement with its level, source, note and origin.
 *
 * Returns: (transfer full): a copy of @measurement, to be freed with
 *   doson_ctr_measurement_free()
 *
 * Since: 0.1
 */
DosonCtrMeasurement *
doson_ctr_measurement_copy (const DosonCtrMeasurement *measurement)
{
  DosonCtrMeasurement *m;

  g_return_val_if_fail (measurement != NULL, NULL);

  m = g_new0 (DosonCtrMeasurement, 1);
  m->indicator_id = g_strdup (measurement->indicator_id);
  m->year = measurement->year;
  m->value = measurement->value;
  m->level = g_strdup (measurement->level);
  m->source = g_strdup (measurement->source);
  m->note = g_strdup (measurement->note);
  m->origin = g_strdup (measurement->origin);
  return m;
}

/**
 * doson_ctr_measurement_free:
 * @measurement: (nullable) (transfer full): a #DosonCtrMeasurement
 *
 * Frees @measurement. Does nothing when it is %NULL.
 *
 * Since: 0.1
 */
void
doson_ctr_measurement_free (DosonCtrMeasurement *measurement)
{
  if (measurement == NULL)
    return;
  g_free (measurement->indicator_id);
  g_free (measurement->level);
  g_free (measurement->source);
  g_free (measurement->note);
  g_free (measurement->origin);
  g_free (measurement);
}

/**
 * doson_ctr_measurement_equal:
 * @a: a #DosonCtrMeasurement
 * @b: another #DosonCtrMeasurement
 *
 * Compares indicator, year, value (exactly), level, source and note. The
 * origin (where a measurement was read from) is not compared.
 *
 * Returns: %TRUE if @a and @b are equal
 *
 * Since: 0.1
 */
gboolean
doson_ctr_measurement_equal (const DosonCtrMeasurement *a,
                             const DosonCtrMeasurement *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return strcmp (a->indicator_id, b->indicator_id) == 0
         && a->year == b->year
         && a->value == b->value
         && g_strcmp0 (a->level, b->level) == 0
         && g_strcmp0 (a->source, b->source) == 0
         && g_strcmp0 (a->note, b->note) == 0;
}

/**
 * doson_ctr_measurement_get_indicator_id:
 * @measurement: a #DosonCtrMeasurement
 *
 * Gives the id of the indicator @measurement is a value of.
 *
 * Returns: (transfer none): the id of the indicator measured, owned by
 *   @measurement
 *
 * Since: 0.1
 */
const char *
doson_ctr_measurement_get_indicator_id (const DosonCtrMeasurement *measurement)
{
  g_return_val_if_fail (measurement != NULL, NULL);
  return measurement->indicator_id;
}

/**
 * doson_ctr_measurement_get_year:
 * @measurement: a #DosonCtrMeasurement
 *
 * Gives the calendar year the value of @measurement is for; 1900 to 2200
 * for a measurement in a set.
 *
 * Returns: the year the value is for
 *
 * Since: 0.1
 */
int
doson_ctr_measurement_get_year (const DosonCtrMeasurement *measurement)
{
  g_return_val_if_fail (measurement != NULL, 0);
  return measurement->year;
}

/**
 * doson_ctr_measurement_get_value:
 * @measurement: a #DosonCtrMeasurement
 *
 * Gives the measured value, in the indicator's unit (a
 * %DOSON_CTR_MEASURE_PERCENT indicator's values run from 0 to 100). A set
 * holds only finite values; a measurement made in code holds whatever
 * doson_ctr_measurement_new() was given.
 *
 * Returns: the value (finite for a measurement in a set)
 *
 * Since: 0.1
 */
double
doson_ctr_measurement_get_value (const DosonCtrMeasurement *measurement)
{
  g_return_val_if_fail (measurement != NULL, 0.0);
  return measurement->value;
}

/**
 * doson_ctr_measurement_set_level:
 * @measurement: a #DosonCtrMeasurement
 * @level: (nullable): the disaggregation value the measurement is for
 *   (an id such as "primary"), or %NULL for the indicator's total
 *
 * Sets the level of @measurement. The text is copied.
 *
 * Since: 0.1
 */
void
doson_ctr_measurement_set_level (DosonCtrMeasurement *measurement,
                                 const char          *level)
{
  g_return_if_fail (measurement != NULL);
  g_return_if_fail (level == NULL || doson_ctr_id_is_valid (level));

  g_free (measurement->level);
  measurement->level = g_strdup (level);
}

/**
 * doson_ctr_measurement_get_level:
 * @measurement: a #DosonCtrMeasurement
 *
 * Gives the disaggregation value @measurement is for, such as "primary".
 *
 * Returns: (transfer none) (nullable): the disaggregation value, owned by
 *   @measurement, or %NULL for the indicator's total
 *
 * Since: 0.1
 */
const char *
doson_ctr_measurement_get_level (const DosonCtrMeasurement *measurement)
{
  g_return_val_if_fail (measurement != NULL, NULL);
  return measurement->level;
}

/**
 * doson_ctr_measurement_set_source:
 * @measurement: a #DosonCtrMeasurement
 * @source: (nullable): where the value comes from, or %NULL
 *
 * Sets the source of @measurement. The text is copied.
 *
 * Since: 0.1
 */
void
doson_ctr_measurement_set_source (DosonCtrMeasurement *measurement,
                                  const char          *source)
{
  g_return_if_fail (measurement != NULL);
  g_return_if_fail (source == NULL || g_utf8_validate (source, -1, NULL));

  g_free (measurement->source);
  measurement->source = g_strdup (source);
}

/**
 * doson_ctr_measurement_get_source:
 * @measurement: a #DosonCtrMeasurement
 *
 * Gives where the value of @measurement comes from, as free text.
 *
 * Returns: (transfer none) (nullable): the source, owned by @measurement,
 *   or %NULL
 *
 * Since: 0.1
 */
const char *
doson_ctr_measurement_get_source (const DosonCtrMeasurement *measurement)
{
  g_return_val_if_fail (measurement != NULL, NULL);
  return measurement->source;
}

/**
 * doson_ctr_measurement_set_note:
 * @measurement: a #DosonCtrMeasurement
 * @note: (nullable): a remark ("ước tính", "estimate"), or %NULL
 *
 * Sets the note of @measurement. The text is copied.
 *
 * Since: 0.1
 */
void
doson_ctr_measurement_set_note (DosonCtrMeasurement *measurement,
                                const char          *note)
{
  g_return_if_fail (measurement != NULL);
  g_return_if_fail (note == NULL || g_utf8_validate (note, -1, NULL));

  g_free (measurement->note);
  measurement->note = g_strdup (note);
}

/**
 * doson_ctr_measurement_get_note:
 * @measurement: a #DosonCtrMeasurement
 *
 * Gives the remark attached to @measurement, such as "ước tính" (estimate).
 *
 * Returns: (transfer none) (nullable): the note, owned by @measurement, or
 *   %NULL
 *
 * Since: 0.1
 */
const char *
doson_ctr_measurement_get_note (const DosonCtrMeasurement *measurement)
{
  g_return_val_if_fail (measurement != NULL, NULL);
  return measurement->note;
}

/**
 * doson_ctr_measurement_get_origin:
 * @measurement: a #DosonCtrMeasurement
 *
 * Tells where a loaded measurement was read from: "NAME:LINE:COLUMN" for
 * JSON, "NAME:LINE" for CSV, so that messages about it can point there.
 *
 * Returns: (transfer none) (nullable): the origin, owned by @measurement,
 *   or %NULL for a measurement made in code
 *
 * Since: 0.1
 */
const char *
doson_ctr_measurement_get_origin (const DosonCtrMeasurement *measurement)
{
  g_return_val_if_fail (measurement != NULL, NULL);
  return measurement->origin;
}

void
_doson_ctr_measurement_set_origin (DosonCtrMeasurement *measurement,
                                   const char          *origin)
{
  g_free (measurement->origin);
  measurement->origin = g_strdup (origin);
}

/* "indicator "x", year 2026, level "primary"" */
static char *
describe (const DosonCtrMeasurement *m)
{
  if (m->level != NULL)
    return g_strdup_printf ("indicator \"%s\", year %d, level \"%s\"",
                            m->indicator_id, m->year, m->level);
  return g_strdup_printf ("indicator \"%s\", year %d", m->indicator_id,
                          m->year);
}

/* ---------------------------------------------------------------------- */
/* The set                                                                 */

/**
 * DosonCtrMeasurementSet:
 *
 * A set of measurements, at most one per indicator, year and level, with
 * an illustrative flag and a description of its provenance.
 *
 * Since: 0.1
 */
struct _DosonCtrMeasurementSet
{
  GObject parent_instance;

  gboolean illustrative;
  char *description;
  char *program_id;
  GPtrArray *measurements;   /* of DosonCtrMeasurement*, owned */
  GHashTable *index;         /* key() -> DosonCtrMeasurement* */
};

G_DEFINE_FINAL_TYPE (DosonCtrMeasurementSet, doson_ctr_measurement_set, G_TYPE_OBJECT)

static char *
make_key (const char *indicator_id,
          int         year,
          const char *level)
{
  /* A level is an id, never empty, so "" stands for the total. */
  return g_strdup_printf ("%s\n%d\n%s", indicator_id, year,
                          level != NULL ? level : "");
}

static void
doson_ctr_measurement_set_finalize (GObject *object)
{
  DosonCtrMeasurementSet *self = DOSON_CTR_MEASUREMENT_SET (object);

  g_free (self->description);
  g_free (self->program_id);
  g_hash_table_unref (self->index);
  g_ptr_array_unref (self->measurements);

  G_OBJECT_CLASS (doson_ctr_measurement_set_parent_class)->finalize (object);
}

static void
doson_ctr_measurement_set_class_init (DosonCtrMeasurementSetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = doson_ctr_measurement_set_finalize;
}

static void
doson_ctr_measurement_set_init (DosonCtrMeasurementSet *self)
{
  self->measurements = g_ptr_array_new_with_free_func ((GDestroyNotify) doson_ctr_measurement_free);
  self->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * doson_ctr_measurement_set_new: (constructor)
 *
 * Creates an empty set, not illustrative, without description.
 *
 * Returns: (transfer full): a new set; release it with g_object_unref()
 *
 * Since: 0.1
 */
DosonCtrMeasurementSet *
doson_ctr_measurement_set_new (void)
{
  return g_object_new (DOSON_CTR_TYPE_MEASUREMENT_SET, NULL);
}

/**
 * doson_ctr_measurement_set_set_illustrative:
 * @set: a #DosonCtrMeasurementSet
 * @illustrative: whether the figures are samples rather than real data
 *
 * Marks the figures of @set as illustrative (or not). Reports made from an
 * illustrative set must say that the figures are illustrative.
 *
 * Since: 0.1
 */
void
doson_ctr_measurement_set_set_illustrative (DosonCtrMeasurementSet *set,
                                            gboolean                illustrative)
{
  g_return_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set));
  set->illustrative = illustrative != FALSE;
}

/**
 * doson_ctr_measurement_set_get_illustrative:
 * @set: a #DosonCtrMeasurementSet
 *
 * Tells whether the figures of @set are illustrative samples rather than
 * real data. Every report made from an illustrative set must say so.
 *
 * Returns: whether the figures of @set are illustrative samples
 *
 * Since: 0.1
 */
gboolean
doson_ctr_measurement_set_get_illustrative (DosonCtrMeasurementSet *set)
{
  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), FALSE);
  return set->illustrative;
}

/**
 * doson_ctr_measurement_set_set_description:
 * @set: a #DosonCtrMeasurementSet
 * @description: (nullable): free text on where the figures come from, or
 *   %NULL
 *
 * Sets the description (provenance) of @set. The text is copied.
 *
 * Since: 0.1
 */
void
doson_ctr_measurement_set_set_description (DosonCtrMeasurementSet *set,
                                           const char             *description)
{
  g_return_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set));
  g_return_if_fail (description == NULL || g_utf8_validate (description, -1, NULL));

  g_free (set->description);
  set->description = g_strdup (description);
}

/**
 * doson_ctr_measurement_set_get_description:
 * @set: a #DosonCtrMeasurementSet
 *
 * Gives the free-text description of where the figures of @set come from,
 * as set with doson_ctr_measurement_set_set_description() or read from a
 * JSON file; a CSV file carries none.
 *
 * Returns: (transfer none) (nullable): the description, owned by @set, or
 *   %NULL when there is none
 *
 * Since: 0.1
 */
const char *
doson_ctr_measurement_set_get_description (DosonCtrMeasurementSet *set)
{
  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), NULL);
  return set->description;
}

/**
 * doson_ctr_measurement_set_set_program_id:
 * @set: a #DosonCtrMeasurementSet
 * @program_id: (nullable): the id of the programme the figures are for,
 *   or %NULL
 *
 * Records which programme @set is for; doson_ctr_measurement_set_validate()
 * reports a mismatch.
 *
 * Since: 0.1
 */
void
doson_ctr_measurement_set_set_program_id (DosonCtrMeasurementSet *set,
                                          const char             *program_id)
{
  g_return_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set));
  g_return_if_fail (program_id == NULL || doson_ctr_id_is_valid (program_id));

  g_free (set->program_id);
  set->program_id = g_strdup (program_id);
}

/**
 * doson_ctr_measurement_set_get_program_id:
 * @set: a #DosonCtrMeasurementSet
 *
 * Gives the id of the programme @set was prepared for.
 * doson_ctr_measurement_set_validate() reports a mismatch and
 * doson_ctr_assessment_new() refuses a set made for another programme.
 *
 * Returns: (transfer none) (nullable): the id of the programme, owned by
 *   @set, or %NULL when the set names none
 *
 * Since: 0.1
 */
const char *
doson_ctr_measurement_set_get_program_id (DosonCtrMeasurementSet *set)
{
  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), NULL);
  return set->program_id;
}

/**
 * doson_ctr_measurement_set_add:
 * @set: a #DosonCtrMeasurementSet
 * @measurement: a measurement; @set keeps a copy
 * @error: return location for a #GError, or %NULL
 *
 * Adds a copy of @measurement to @set. Fails, adding nothing, with
 * %DOSON_CTR_ERROR_NOT_FINITE when the value is NaN or infinite, and with
 * %DOSON_CTR_ERROR_INVALID_DATA when the year is outside 1900 to 2200 or
 * @set already has a value for the same indicator, year and level.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
doson_ctr_measurement_set_add (DosonCtrMeasurementSet     *set,
                               const DosonCtrMeasurement  *measurement,
                               GError                    **error)
{
  g_autofree char *what = NULL;
  DosonCtrMeasurement *copy, *previous;
  char *key;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), FALSE);
  g_return_val_if_fail (measurement != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  what = describe (measurement);
  if (!isfinite (measurement->value))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE,
                   "%s: the value is not a finite number", what);
      return FALSE;
    }
  if (measurement->year < DOSON_CTR_YEAR_MIN
      || measurement->year > DOSON_CTR_YEAR_MAX)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "%s: the year is outside %d to %d", what,
                   DOSON_CTR_YEAR_MIN, DOSON_CTR_YEAR_MAX);
      return FALSE;
    }
  key = make_key (measurement->indicator_id, measurement->year,
                  measurement->level);
  previous = g_hash_table_lookup (set->index, key);
  if (previous != NULL)
    {
      if (previous->origin != NULL)
        g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                     "%s: a value is already given, at %s", what,
                     previous->origin);
      else
        g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                     "%s: a value is already given", what);
      g_free (key);
      return FALSE;
    }

  copy = doson_ctr_measurement_copy (measurement);
  g_ptr_array_add (set->measurements, copy);
  g_hash_table_insert (set->index, key, copy);
  return TRUE;
}

/**
 * doson_ctr_measurement_set_add_value:
 * @set: a #DosonCtrMeasurementSet
 * @indicator_id: the id of the indicator measured
 * @year: the year the value is for
 * @level: (nullable): the disaggregation value, or %NULL for the total
 * @value: the value
 * @error: return location for a #GError, or %NULL
 *
 * Adds a measurement without source or note; see
 * doson_ctr_measurement_set_add() for the checks.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
doson_ctr_measurement_set_add_value (DosonCtrMeasurementSet  *set,
                                     const char              *indicator_id,
                                     int                      year,
                                     const char              *level,
                                     double                   value,
                                     GError                 **error)
{
  g_autoptr(DosonCtrMeasurement) m = NULL;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), FALSE);
  g_return_val_if_fail (doson_ctr_id_is_valid (indicator_id), FALSE);
  g_return_val_if_fail (level == NULL || doson_ctr_id_is_valid (level), FALSE);

  m = doson_ctr_measurement_new (indicator_id, year, value);
  doson_ctr_measurement_set_level (m, level);
  return doson_ctr_measurement_set_add (set, m, error);
}

/**
 * doson_ctr_measurement_set_get_size:
 * @set: a #DosonCtrMeasurementSet
 *
 * Counts the measurements in @set, every indicator, year and level
 * together.
 *
 * Returns: the number of measurements in @set
 *
 * Since: 0.1
 */
guint
doson_ctr_measurement_set_get_size (DosonCtrMeasurementSet *set)
{
  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), 0);
  return set->measurements->len;
}

/**
 * doson_ctr_measurement_set_get_measurements:
 * @set: a #DosonCtrMeasurementSet
 *
 * Gives every measurement, in the order they were added (file order for a
 * loaded set).
 *
 * Returns: (transfer none) (element-type DosonCtrMeasurement): the
 *   measurements, owned by @set
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_measurement_set_get_measurements (DosonCtrMeasurementSet *set)
{
  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), NULL);
  return set->measurements;
}

/**
 * doson_ctr_measurement_set_lookup_measurement:
 * @set: a #DosonCtrMeasurementSet
 * @indicator_id: an indicator id
 * @year: a year
 * @level: (nullable): a disaggregation value, or %NULL for the total
 *
 * Looks up the measurement for exactly that indicator, year and level, to
 * read its source, note and origin as well as its value. A total (@level
 * %NULL) is never made up from the levels.
 *
 * Returns: (transfer none) (nullable): the measurement for exactly that
 *   indicator, year and level, owned by @set, or %NULL when there is none
 *
 * Since: 0.1
 */
const DosonCtrMeasurement *
doson_ctr_measurement_set_lookup_measurement (DosonCtrMeasurementSet *set,
                                              const char             *indicator_id,
                                              int                     year,
                                              const char             *level)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), NULL);
  g_return_val_if_fail (indicator_id != NULL, NULL);

  key = make_key (indicator_id, year, level);
  return g_hash_table_lookup (set->index, key);
}

/**
 * doson_ctr_measurement_set_lookup:
 * @set: a #DosonCtrMeasurementSet
 * @indicator_id: an indicator id
 * @year: a year
 * @level: (nullable): a disaggregation value, or %NULL for the total
 * @value: (out) (optional): where to store the value
 *
 * Looks up the value for exactly that indicator, year and level. A total
 * (@level %NULL) is never made up from the levels.
 *
 * Returns: %TRUE with @value set when there is a value; %FALSE, with
 *   @value untouched, when there is none
 *
 * Since: 0.1
 */
gboolean
doson_ctr_measurement_set_lookup (DosonCtrMeasurementSet *set,
                                  const char             *indicator_id,
                                  int                     year,
                                  const char             *level,
                                  double                 *value)
{
  const DosonCtrMeasurement *m;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), FALSE);
  g_return_val_if_fail (indicator_id != NULL, FALSE);

  m = doson_ctr_measurement_set_lookup_measurement (set, indicator_id, year,
                                                    level);
  if (m == NULL)
    return FALSE;
  if (value != NULL)
    *value = m->value;
  return TRUE;
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;
  return (x > y) - (x < y);
}

/**
 * doson_ctr_measurement_set_get_years:
 * @set: a #DosonCtrMeasurementSet
 * @indicator_id: (nullable): an indicator id, or %NULL for all indicators
 * @n_years: (out): where to store the number of years
 *
 * Gives the years that have at least one measurement (of @indicator_id,
 * any level, when given), in increasing order.
 *
 * Returns: (transfer full) (array length=n_years) (nullable): the years,
 *   to be freed with g_free(); %NULL when there are none
 *
 * Since: 0.1
 */
int *
doson_ctr_measurement_set_get_years (DosonCtrMeasurementSet *set,
                                     const char             *indicator_id,
                                     gsize                  *n_years)
{
  g_autoptr(GArray) years = NULL;
  guint i, n = 0;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), NULL);
  g_return_val_if_fail (n_years != NULL, NULL);

  years = g_array_new (FALSE, FALSE, sizeof (int));
  for (i = 0; i < set->measurements->len; i++)
    {
      const DosonCtrMeasurement *m = g_ptr_array_index (set->measurements, i);
      if (indicator_id == NULL || strcmp (m->indicator_id, indicator_id) == 0)
        g_array_append_val (years, m->year);
    }
  g_array_sort (years, compare_int);
  for (i = 0; i < years->len; i++)
    if (n == 0 || g_array_index (years, int, n - 1) != g_array_index (years, int, i))
      g_array_index (years, int, n++) = g_array_index (years, int, i);
  *n_years = n;
  if (n == 0)
    return NULL;
  g_array_set_size (years, n);
  return (int *) g_array_free (g_steal_pointer (&years), FALSE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * doson_ctr_measurement_set_get_levels:
 * @set: a #DosonCtrMeasurementSet
 * @indicator_id: an indicator id
 *
 * Gives the disaggregation values that @indicator_id has measurements
 * for, sorted by byte value, without the total.
 *
 * Returns: (transfer full) (array zero-terminated=1): a %NULL-terminated
 *   array of levels, possibly empty, to be freed with g_strfreev()
 *
 * Since: 0.1
 */
char **
doson_ctr_measurement_set_get_levels (DosonCtrMeasurementSet *set,
                                      const char             *indicator_id)
{
  g_autoptr(GPtrArray) levels = NULL;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), NULL);
  g_return_val_if_fail (indicator_id != NULL, NULL);

  levels = g_ptr_array_new ();
  for (i = 0; i < set->measurements->len; i++)
    {
      const DosonCtrMeasurement *m = g_ptr_array_index (set->measurements, i);
      guint j;
      gboolean seen = FALSE;

      if (m->level == NULL || strcmp (m->indicator_id, indicator_id) != 0)
        continue;
      for (j = 0; j < levels->len && !seen; j++)
        seen = strcmp (g_ptr_array_index (levels, j), m->level) == 0;
      if (!seen)
        g_ptr_array_add (levels, g_strdup (m->level));
    }
  g_ptr_array_sort (levels, compare_strings);
  g_ptr_array_add (levels, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&levels), FALSE);
}

typedef struct
{
  int year;
  double value;
} YearValue;

static int
compare_year_value (const void *a,
                    const void *b)
{
  const YearValue *x = a, *y = b;
  return (x->year > y->year) - (x->year < y->year);
}

/**
 * doson_ctr_measurement_set_get_series:
 * @set: a #DosonCtrMeasurementSet
 * @indicator_id: an indicator id
 * @level: (nullable): a disaggregation value, or %NULL for the total
 * @years: (out) (array length=n_values) (transfer full) (optional): the
 *   years, increasing; free with g_free()
 * @values: (out) (array length=n_values) (transfer full) (optional): the
 *   values of those years; free with g_free()
 * @n_values: (out): the number of years with a value
 *
 * Gives the series of one indicator at one level, in the form
 * doson_ctr_progress_compute() takes. Years without a value are left out,
 * never filled in. Without values the arrays are %NULL.
 *
 * Since: 0.1
 */
void
doson_ctr_measurement_set_get_series (DosonCtrMeasurementSet  *set,
                                      const char              *indicator_id,
                                      const char              *level,
                                      int                    **years,
                                      double                 **values,
                                      gsize                   *n_values)
{
  g_autoptr(GArray) pairs = NULL;
  guint i;

  g_return_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set));
  g_return_if_fail (indicator_id != NULL);
  g_return_if_fail (n_values != NULL);

  pairs = g_array_new (FALSE, FALSE, sizeof (YearValue));
  for (i = 0; i < set->measurements->len; i++)
    {
      const DosonCtrMeasurement *m = g_ptr_array_index (set->measurements, i);

      if (strcmp (m->indicator_id, indicator_id) == 0
          && g_strcmp0 (m->level, level) == 0)
        {
          YearValue p = { m->year, m->value };
          g_array_append_val (pairs, p);
        }
    }
  if (pairs->len > 1)
    qsort (pairs->data, pairs->len, sizeof (YearValue), compare_year_value);
  *n_values = pairs->len;
  if (years != NULL)
    *years = NULL;
  if (values != NULL)
    *values = NULL;
  if (pairs->len == 0)
    return;
  if (years != NULL)
    {
      *years = g_new (int, pairs->len);
      for (i = 0; i < pairs->len; i++)
        (*years)[i] = g_array_index (pairs, YearValue, i).year;
    }
  if (values != NULL)
    {
      *values = g_new (double, pairs->len);
      for (i = 0; i < pairs->len; i++)
        (*values)[i] = g_array_index (pairs, YearValue, i).value;
    }
}

/**
 * doson_ctr_measurement_set_equal:
 * @a: a #DosonCtrMeasurementSet
 * @b: another #DosonCtrMeasurementSet
 *
 * Compares the illustrative flag, description, programme id and the
 * measurements, in order (see doson_ctr_measurement_equal()).
 *
 * Returns: %TRUE if @a and @b are equal
 *
 * Since: 0.1
 */
gboolean
doson_ctr_measurement_set_equal (DosonCtrMeasurementSet *a,
                                 DosonCtrMeasurementSet *b)
{
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (a), FALSE);
  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (b), FALSE);

  if (a->illustrative != b->illustrative
      || g_strcmp0 (a->description, b->description) != 0
      || g_strcmp0 (a->program_id, b->program_id) != 0
      || a->measurements->len != b->measurements->len)
    return FALSE;
  for (i = 0; i < a->measurements->len; i++)
    if (!doson_ctr_measurement_equal (g_ptr_array_index (a->measurements, i),
                                      g_ptr_array_index (b->measurements, i)))
      return FALSE;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Validation                                                              */

static void G_GNUC_PRINTF (3, 4)
problem (GPtrArray                 *problems,
         const DosonCtrMeasurement *m,
         const char                *format,
         ...)
{
  g_autofree char *message = NULL;
  g_autofree char *what = describe (m);
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (m->origin != NULL)
    g_ptr_array_add (problems, g_strdup_printf ("%s: %s: %s", m->origin, what,
                                                message));
  else
    g_ptr_array_add (problems, g_strdup_printf ("%s: %s", what, message));
}

static gboolean
close_enough (double a,
              double b)
{
  return fabs (a - b) <= DOSON_CTR_SUM_TOLERANCE;
}

/* Checks the parts and subsets of @whole_m's indicator in the same year
 * and level. */
static void
check_relations (DosonCtrMeasurementSet    *set,
                 DosonCtrProgram           *program,
                 const DosonCtrMeasurement *whole_m,
                 GPtrArray                 *problems)
{
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GPtrArray) subsets = NULL;
  double sum = 0.0;
  gboolean complete = TRUE;
  guint i;

  parts = doson_ctr_program_get_related_indicators (program, whole_m->indicator_id,
                                                    DOSON_CTR_INDICATOR_RELATION_PART_OF);
  for (i = 0; i < parts->len; i++)
    {
      double v;

      if (!doson_ctr_measurement_set_lookup (set,
                                             doson_ctr_indicator_get_id (g_ptr_array_index (parts, i)),
                                             whole_m->year, whole_m->level, &v))
        complete = FALSE;
      else
        sum += v;
    }
  if (parts->len > 0 && complete && !close_enough (sum, whole_m->value))
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *sum_text = _doson_ctr_format_number (sum);
      g_autofree char *whole_text = _doson_ctr_format_number (whole_m->value);

      for (i = 0; i < parts->len; i++)
        g_string_append_printf (names, "%s\"%s\"", i > 0 ? " + " : "",
                                doson_ctr_indicator_get_id (g_ptr_array_index (parts, i)));
      problem (problems, whole_m, "its parts %s add up to %s, not %s",
               names->str, sum_text, whole_text);
    }

  subsets = doson_ctr_program_get_related_indicators (program, whole_m->indicator_id,
                                                      DOSON_CTR_INDICATOR_RELATION_SUBSET_OF);
  for (i = 0; i < subsets->len; i++)
    {
      const char *sub_id = doson_ctr_indicator_get_id (g_ptr_array_index (subsets, i));
      const DosonCtrMeasurement *sub;

      sub = doson_ctr_measurement_set_lookup_measurement (set, sub_id,
                                                          whole_m->year,
                                                          whole_m->level);
      if (sub != NULL && sub->value > whole_m->value)
        {
          g_autofree char *sub_text = _doson_ctr_format_number (sub->value);
          g_autofree char *whole_text = _doson_ctr_format_number (whole_m->value);

          problem (problems, sub, "%s is larger than %s, the value of \"%s\" "
                   "it is a subset of", sub_text, whole_text,
                   whole_m->indicator_id);
        }
    }
}

/**
 * doson_ctr_measurement_set_validate:
 * @set: a #DosonCtrMeasurementSet
 * @program: the #DosonCtrProgram the figures are for
 *
 * Checks @set against @program and lists every problem (doc/formats.md,
 * section 3.4): a programme id that differs; a measurement of an unknown
 * indicator; a year before the baseline or after the end of the term; a
 * level on an indicator without disaggregation or not among its values; a
 * value that does not suit the indicator's measure (outside 0–100 for a
 * percentage, negative for a count, not 0 or 1 for yes/no); parts that do
 * not add up to their whole; a subset larger than its whole. Each problem
 * is one line that starts with the measurement's origin when it was
 * loaded from a file.
 *
 * Returns: (transfer full) (array zero-terminated=1): a %NULL-terminated
 *   array of problems, in the order of the measurements; empty (its first
 *   element %NULL) when @set is consistent with @program. Free it with
 *   g_strfreev().
 *
 * Since: 0.1
 */
char **
doson_ctr_measurement_set_validate (DosonCtrMeasurementSet *set,
                                    DosonCtrProgram        *program)
{
  GPtrArray *problems;
  int first_year, last_year;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), NULL);
  g_return_val_if_fail (DOSON_CTR_IS_PROGRAM (program), NULL);

  problems = g_ptr_array_new ();
  if (set->program_id != NULL
      && strcmp (set->program_id, doson_ctr_program_get_id (program)) != 0)
    g_ptr_array_add (problems,
                     g_strdup_printf ("the measurements are for programme "
                                      "\"%s\", not \"%s\"", set->program_id,
                                      doson_ctr_program_get_id (program)));

  first_year = doson_ctr_program_get_baseline_year (program);
  last_year = doson_ctr_program_get_term_end (program);
  for (i = 0; i < set->measurements->len; i++)
    {
      const DosonCtrMeasurement *m = g_ptr_array_index (set->measurements, i);
      DosonCtrIndicator *indicator;
      const char *why;

      indicator = doson_ctr_program_lookup_indicator (program, m->indicator_id);
      if (indicator == NULL)
        {
          problem (problems, m, "programme \"%s\" has no indicator \"%s\"",
                   doson_ctr_program_get_id (program), m->indicator_id);
          continue;
        }
      if (m->year < first_year || m->year > last_year)
        problem (problems, m, "the year is outside the programme's years "
                 "%d (baseline) to %d", first_year, last_year);
      if (m->level != NULL)
        {
          const char *dimension = doson_ctr_indicator_get_disaggregation (indicator);

          if (dimension == NULL)
            problem (problems, m, "the indicator is not disaggregated, so a "
                     "measurement cannot have a level");
          else if (!doson_ctr_indicator_has_disaggregation_value (indicator, m->level))
            {
              GPtrArray *values = doson_ctr_indicator_get_disaggregation_values (indicator);
              g_autoptr(GString) list = g_string_new (NULL);
              guint j;

              for (j = 0; j < values->len; j++)
                g_string_append_printf (list, "%s\"%s\"", j > 0 ? ", " : "",
                                        (const char *) g_ptr_array_index (values, j));
              problem (problems, m, "\"%s\" is not a value of the "
                       "disaggregation \"%s\" (expected %s)", m->level,
                       dimension, list->str);
            }
        }
      if (!_doson_ctr_measure_accepts (doson_ctr_indicator_get_measure (indicator),
                                       m->value, &why))
        {
          g_autofree char *text = _doson_ctr_format_number (m->value);
          problem (problems, m, "the value %s does not suit a \"%s\" "
                   "indicator (expected %s)", text,
                   doson_ctr_measure_to_string (doson_ctr_indicator_get_measure (indicator)),
                   why);
        }
      check_relations (set, program, m, problems);
    }
  g_ptr_array_add (problems, NULL);
  return (char **) g_ptr_array_free (problems, FALSE);
}
