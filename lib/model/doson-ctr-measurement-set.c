/* doson-ctr-measurement-set.c: the measured values of a programme's
 * indicators, at most one per indicator, year and level
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <doson-ctr/doson-ctr-error.h>
#include <doson-ctr/doson-ctr-program.h>
#include <doson-ctr/doson-ctr-measurement.h>

#include "base/doson-ctr-private.h"
#include "base/doson-ctr-text-private.h"
#include "model/doson-ctr-measurement-private.h"
#include "model/doson-ctr-task-progress-private.h"

/**
 * DosonCtrMeasurementSet:
 *
 * A set of measurements, at most one per indicator, year and level, and
 * of the progress on the programme's tasks, at most one per task and year,
 * with an illustrative flag and a description of its provenance.
 *
 * Since: 0.1
 */
struct _DosonCtrMeasurementSet
{
  GObject parent_instance;

  gboolean illustrative;
  DosonCtrLocText description;
  char *program_id;
  GPtrArray *measurements;   /* of DosonCtrMeasurement*, owned */
  GHashTable *index;         /* of the DosonCtrMeasurement*, by key_hash() */
  GPtrArray *task_progress;  /* of DosonCtrTaskProgress*, owned */
  GHashTable *task_index;    /* "TASK\nYEAR" (owned) -> progress */
};

G_DEFINE_FINAL_TYPE (DosonCtrMeasurementSet, doson_ctr_measurement_set, G_TYPE_OBJECT)

/* Spreads the bits of @h (MurmurHash3's finaliser): ids that differ in
 * their last character hash close together, and so do years. */
static inline guint
mix (guint h)
{
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

/* The index's key of a measurement: its indicator, year and level. */
static guint
key_hash (gconstpointer key)
{
  const DosonCtrMeasurement *m = key;
  guint h = mix (g_str_hash (m->indicator_id) + 0x9e3779b9u * (guint) m->year);

  if (m->disaggregation_value != NULL)
    h = mix (h ^ g_str_hash (m->disaggregation_value));
  return h;
}

static gboolean
key_equal (gconstpointer a,
           gconstpointer b)
{
  const DosonCtrMeasurement *x = a, *y = b;

  return x->year == y->year
         && strcmp (x->indicator_id, y->indicator_id) == 0
         && g_strcmp0 (x->disaggregation_value, y->disaggregation_value) == 0;
}

static void
doson_ctr_measurement_set_finalize (GObject *object)
{
  DosonCtrMeasurementSet *self = DOSON_CTR_MEASUREMENT_SET (object);

  _doson_ctr_loc_text_clear (&self->description);
  g_free (self->program_id);
  g_hash_table_unref (self->index);
  g_ptr_array_unref (self->measurements);
  g_hash_table_unref (self->task_index);
  g_ptr_array_unref (self->task_progress);

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
  self->index = g_hash_table_new (key_hash, key_equal);
  self->task_progress = g_ptr_array_new_with_free_func ((GDestroyNotify) doson_ctr_task_progress_free);
  self->task_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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
 * @lang: "vi" or "en"
 * @description: (nullable): free text in @lang on where the figures come
 *   from, or %NULL to remove it
 *
 * Sets the description (provenance) of @set in one language. The text is
 * copied.
 *
 * Since: 0.1
 */
void
doson_ctr_measurement_set_set_description (DosonCtrMeasurementSet *set,
                                           const char             *lang,
                                           const char             *description)
{
  g_return_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set));
  g_return_if_fail (_doson_ctr_lang_is_valid (lang));
  g_return_if_fail (description == NULL || g_utf8_validate (description, -1, NULL));

  _doson_ctr_loc_text_set (&set->description, lang, description);
}

/**
 * doson_ctr_measurement_set_get_description:
 * @set: a #DosonCtrMeasurementSet
 * @lang: (nullable): "en" for English; %NULL, "vi" or anything else for
 *   Vietnamese
 *
 * Gives the free-text description of where the figures of @set come from
 * in @lang, as set with doson_ctr_measurement_set_set_description() or
 * read from a file. When the description exists only in the other
 * language, gives that one: it is the only one there is.
 *
 * Returns: (transfer none) (nullable): the description, owned by @set, or
 *   %NULL when there is none in either language
 *
 * Since: 0.1
 */
const char *
doson_ctr_measurement_set_get_description (DosonCtrMeasurementSet *set,
                                           const char             *lang)
{
  const char *text;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), NULL);
  /* English falls back to Vietnamese there; Vietnamese to English here. */
  text = _doson_ctr_loc_text_get (&set->description, lang);
  return text != NULL ? text : set->description.en;
}

const DosonCtrLocText *
_doson_ctr_measurement_set_get_description_text (DosonCtrMeasurementSet *set)
{
  return &set->description;
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

/* Adds @measurement itself when @take (then @set owns it from here on,
 * added or not), or else a copy of it. */
static gboolean
add_measurement (DosonCtrMeasurementSet  *set,
                 DosonCtrMeasurement     *measurement,
                 gboolean                 take,
                 GError                 **error)
{
  g_autoptr(DosonCtrMeasurement) taken = take ? measurement : NULL;
  g_autofree char *what = NULL;
  DosonCtrMeasurement *previous;
  int year;

  /* The description names the measurement in errors only: it is not
   * made for the measurements that are added, one a row of a file. */
  year = doson_ctr_measurement_get_year (measurement);
  if (!isfinite (doson_ctr_measurement_get_value (measurement)))
    {
      what = _doson_ctr_measurement_describe (measurement);
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE,
                   "%s: the value is not a finite number", what);
      return FALSE;
    }
  if (year < DOSON_CTR_YEAR_MIN || year > DOSON_CTR_YEAR_MAX)
    {
      what = _doson_ctr_measurement_describe (measurement);
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "%s: the year is outside %d to %d", what,
                   DOSON_CTR_YEAR_MIN, DOSON_CTR_YEAR_MAX);
      return FALSE;
    }
  previous = g_hash_table_lookup (set->index, measurement);
  if (previous != NULL)
    {
      what = _doson_ctr_measurement_describe (measurement);
      if (doson_ctr_measurement_get_origin (previous) != NULL)
        g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                     "%s: a value is already given, at %s", what,
                     doson_ctr_measurement_get_origin (previous));
      else
        g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                     "%s: a value is already given", what);
      return FALSE;
    }

  if (take)
    taken = NULL;   /* now @set's */
  else
    measurement = doson_ctr_measurement_copy (measurement);
  g_ptr_array_add (set->measurements, measurement);
  g_hash_table_add (set->index, measurement);
  return TRUE;
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
  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), FALSE);
  g_return_val_if_fail (measurement != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_measurement (set, (DosonCtrMeasurement *) measurement, FALSE, error);
}

gboolean
_doson_ctr_measurement_set_take (DosonCtrMeasurementSet  *set,
                                 DosonCtrMeasurement     *measurement,
                                 GError                 **error)
{
  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), FALSE);
  g_return_val_if_fail (measurement != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_measurement (set, measurement, TRUE, error);
}

/**
 * doson_ctr_measurement_set_add_value:
 * @set: a #DosonCtrMeasurementSet
 * @indicator_id: the id of the indicator measured
 * @year: the year the value is for
 * @disaggregation_value: (nullable): the disaggregation value, or %NULL for the total
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
                                     const char              *disaggregation_value,
                                     double                   value,
                                     GError                 **error)
{
  g_autoptr(DosonCtrMeasurement) m = NULL;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), FALSE);
  g_return_val_if_fail (doson_ctr_id_is_valid (indicator_id), FALSE);
  g_return_val_if_fail (disaggregation_value == NULL || doson_ctr_id_is_valid (disaggregation_value), FALSE);

  m = doson_ctr_measurement_new (indicator_id, year, value);
  doson_ctr_measurement_set_disaggregation_value (m, disaggregation_value);
  return _doson_ctr_measurement_set_take (set, g_steal_pointer (&m), error);
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
 * @disaggregation_value: (nullable): a disaggregation value, or %NULL for the total
 *
 * Looks up the measurement for exactly that indicator, year and level, to
 * read its source, note and origin as well as its value. A total (@disaggregation_value
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
                                              const char             *disaggregation_value)
{
  DosonCtrMeasurement probe = { NULL, };

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), NULL);
  g_return_val_if_fail (indicator_id != NULL, NULL);

  probe.indicator_id = (char *) indicator_id;
  probe.year = year;
  /* A level is an id, never empty: "" asks for the total, as NULL does. */
  if (disaggregation_value != NULL && *disaggregation_value != '\0')
    probe.disaggregation_value = (char *) disaggregation_value;
  return g_hash_table_lookup (set->index, &probe);
}

/**
 * doson_ctr_measurement_set_lookup:
 * @set: a #DosonCtrMeasurementSet
 * @indicator_id: an indicator id
 * @year: a year
 * @disaggregation_value: (nullable): a disaggregation value, or %NULL for the total
 * @value: (out) (optional): where to store the value
 *
 * Looks up the value for exactly that indicator, year and level. A total
 * (@disaggregation_value %NULL) is never made up from the levels.
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
                                  const char             *disaggregation_value,
                                  double                 *value)
{
  const DosonCtrMeasurement *m;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), FALSE);
  g_return_val_if_fail (indicator_id != NULL, FALSE);

  m = doson_ctr_measurement_set_lookup_measurement (set, indicator_id, year,
                                                    disaggregation_value);
  if (m == NULL)
    return FALSE;
  if (value != NULL)
    *value = doson_ctr_measurement_get_value (m);
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
      int year = doson_ctr_measurement_get_year (m);

      if (indicator_id == NULL
          || strcmp (doson_ctr_measurement_get_indicator_id (m), indicator_id) == 0)
        g_array_append_val (years, year);
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
 * doson_ctr_measurement_set_get_disaggregation_values:
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
doson_ctr_measurement_set_get_disaggregation_values (DosonCtrMeasurementSet *set,
                                                     const char             *indicator_id)
{
  g_autoptr(GPtrArray) disaggregation_values = NULL;
  guint i;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), NULL);
  g_return_val_if_fail (indicator_id != NULL, NULL);

  disaggregation_values = g_ptr_array_new ();
  for (i = 0; i < set->measurements->len; i++)
    {
      const DosonCtrMeasurement *m = g_ptr_array_index (set->measurements, i);
      const char *disaggregation_value = doson_ctr_measurement_get_disaggregation_value (m);
      guint j;
      gboolean seen = FALSE;

      if (disaggregation_value == NULL
          || strcmp (doson_ctr_measurement_get_indicator_id (m), indicator_id) != 0)
        continue;
      for (j = 0; j < disaggregation_values->len && !seen; j++)
        seen = strcmp (g_ptr_array_index (disaggregation_values, j), disaggregation_value) == 0;
      if (!seen)
        g_ptr_array_add (disaggregation_values, g_strdup (disaggregation_value));
    }
  g_ptr_array_sort (disaggregation_values, compare_strings);
  g_ptr_array_add (disaggregation_values, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&disaggregation_values), FALSE);
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
 * @disaggregation_value: (nullable): a disaggregation value, or %NULL for the total
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
                                      const char              *disaggregation_value,
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

      if (strcmp (doson_ctr_measurement_get_indicator_id (m), indicator_id) == 0
          && g_strcmp0 (doson_ctr_measurement_get_disaggregation_value (m), disaggregation_value) == 0)
        {
          YearValue p = { doson_ctr_measurement_get_year (m),
                          doson_ctr_measurement_get_value (m) };
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
 * Compares the illustrative flag, description, programme id, the
 * measurements, in order (see doson_ctr_measurement_equal()), and the
 * progress on tasks, in order (see doson_ctr_task_progress_equal()).
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
      || !_doson_ctr_loc_text_equal (&a->description, &b->description)
      || g_strcmp0 (a->program_id, b->program_id) != 0
      || a->measurements->len != b->measurements->len
      || a->task_progress->len != b->task_progress->len)
    return FALSE;
  for (i = 0; i < a->task_progress->len; i++)
    if (!doson_ctr_task_progress_equal (g_ptr_array_index (a->task_progress, i),
                                        g_ptr_array_index (b->task_progress, i)))
      return FALSE;
  for (i = 0; i < a->measurements->len; i++)
    if (!doson_ctr_measurement_equal (g_ptr_array_index (a->measurements, i),
                                      g_ptr_array_index (b->measurements, i)))
      return FALSE;
  return TRUE;
}

static char *
task_key (const char *task_id,
          int         year)
{
  return g_strdup_printf ("%s\n%d", task_id, year);
}

gboolean
_doson_ctr_measurement_set_take_task_progress (DosonCtrMeasurementSet  *set,
                                               DosonCtrTaskProgress    *progress,
                                               GError                 **error)
{
  g_autoptr(DosonCtrTaskProgress) taken = progress;
  g_autofree char *what = _doson_ctr_task_progress_describe (progress);
  char *key;
  int year = doson_ctr_task_progress_get_year (progress);
  const DosonCtrTaskProgress *previous;

  if (year < DOSON_CTR_YEAR_MIN || year > DOSON_CTR_YEAR_MAX)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "%s: the year is outside %d to %d", what,
                   DOSON_CTR_YEAR_MIN, DOSON_CTR_YEAR_MAX);
      return FALSE;
    }
  key = task_key (doson_ctr_task_progress_get_task_id (progress), year);
  previous = g_hash_table_lookup (set->task_index, key);
  if (previous != NULL)
    {
      if (_doson_ctr_task_progress_get_origin (previous) != NULL)
        g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                     "%s: a state is already given, at %s", what,
                     _doson_ctr_task_progress_get_origin (previous));
      else
        g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                     "%s: a state is already given", what);
      g_free (key);
      return FALSE;
    }
  g_hash_table_insert (set->task_index, key, progress);
  g_ptr_array_add (set->task_progress, g_steal_pointer (&taken));
  return TRUE;
}

/**
 * doson_ctr_measurement_set_add_task_progress:
 * @set: a #DosonCtrMeasurementSet
 * @progress: the progress on a task in a year; @set keeps a copy
 * @error: return location for a #GError, or %NULL
 *
 * Adds a copy of @progress to @set. Fails with
 * %DOSON_CTR_ERROR_INVALID_DATA, adding nothing, when the year is outside
 * 1900 to 2200 or @set already has the progress of that task in that
 * year. Whether the programme has the task is checked by
 * doson_ctr_measurement_set_validate().
 *
 * Returns: %TRUE on success
 *
 * Since: 0.1
 */
gboolean
doson_ctr_measurement_set_add_task_progress (DosonCtrMeasurementSet      *set,
                                             const DosonCtrTaskProgress  *progress,
                                             GError                     **error)
{
  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), FALSE);
  g_return_val_if_fail (progress != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _doson_ctr_measurement_set_take_task_progress (set,
                                                        doson_ctr_task_progress_copy (progress),
                                                        error);
}

/**
 * doson_ctr_measurement_set_get_task_progress:
 * @set: a #DosonCtrMeasurementSet
 *
 * Gives the progress on tasks held by @set, in the order it was added.
 *
 * Returns: (transfer none) (element-type DosonCtrTaskProgress): the
 *   progress, owned by @set
 *
 * Since: 0.1
 */
GPtrArray *
doson_ctr_measurement_set_get_task_progress (DosonCtrMeasurementSet *set)
{
  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), NULL);
  return set->task_progress;
}

/**
 * doson_ctr_measurement_set_lookup_task_progress:
 * @set: a #DosonCtrMeasurementSet
 * @task_id: a task id
 * @year: a year
 *
 * Finds the progress reported on one task in one year.
 *
 * Returns: (transfer none) (nullable): the progress, owned by @set, or
 *   %NULL when none is reported
 *
 * Since: 0.1
 */
const DosonCtrTaskProgress *
doson_ctr_measurement_set_lookup_task_progress (DosonCtrMeasurementSet *set,
                                                const char             *task_id,
                                                int                     year)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (DOSON_CTR_IS_MEASUREMENT_SET (set), NULL);
  g_return_val_if_fail (task_id != NULL, NULL);

  key = task_key (task_id, year);
  return g_hash_table_lookup (set->task_index, key);
}
