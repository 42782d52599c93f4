/* doson-ctr-measurement.c: one measured value of an indicator
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <doson-ctr/doson-ctr-program.h>

#include "model/doson-ctr-measurement-private.h"

/**
 * SECTION:doson-ctr-measurement
 * @Title: DosonCtrMeasurementSet
 * @Short_description: measured values of indicators, year by year
 *
 * A #DosonCtrMeasurement is one value: an indicator, a year, the value,
 * and optionally the disaggregation value it is for (its "level"), a
 * source and a note. A #DosonCtrMeasurementSet holds many, at most one per
 * indicator, year and level, plus an "illustrative" flag and a free-text
 * description, in Vietnamese, English or both, of where the figures come
 * from. When the flag is set the figures are samples, not real data, and
 * every report made from them must say so.
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

  m = doson_ctr_measurement_new (measurement->indicator_id, measurement->year,
                                 measurement->value);
  m->disaggregation_value = g_strdup (measurement->disaggregation_value);
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
  g_free (measurement->disaggregation_value);
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
         && g_strcmp0 (a->disaggregation_value, b->disaggregation_value) == 0
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
 * doson_ctr_measurement_set_disaggregation_value:
 * @measurement: a #DosonCtrMeasurement
 * @disaggregation_value: (nullable): the disaggregation value the measurement is for
 *   (an id such as "primary"), or %NULL for the indicator's total
 *
 * Sets the level of @measurement. The text is copied.
 *
 * Since: 0.1
 */
void
doson_ctr_measurement_set_disaggregation_value (DosonCtrMeasurement *measurement,
                                                const char          *disaggregation_value)
{
  g_return_if_fail (measurement != NULL);
  g_return_if_fail (disaggregation_value == NULL || doson_ctr_id_is_valid (disaggregation_value));

  g_free (measurement->disaggregation_value);
  measurement->disaggregation_value = g_strdup (disaggregation_value);
}

/**
 * doson_ctr_measurement_get_disaggregation_value:
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
doson_ctr_measurement_get_disaggregation_value (const DosonCtrMeasurement *measurement)
{
  g_return_val_if_fail (measurement != NULL, NULL);
  return measurement->disaggregation_value;
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
_doson_ctr_measurement_take_origin (DosonCtrMeasurement *measurement,
                                    char                *origin)
{
  g_free (measurement->origin);
  measurement->origin = origin;
}

char *
_doson_ctr_measurement_describe (const DosonCtrMeasurement *m)
{
  if (m->disaggregation_value != NULL)
    return g_strdup_printf ("indicator \"%s\", year %d, level \"%s\"",
                            m->indicator_id, m->year, m->disaggregation_value);
  return g_strdup_printf ("indicator \"%s\", year %d", m->indicator_id,
                          m->year);
}
