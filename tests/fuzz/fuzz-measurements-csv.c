/* fuzz-measurements-csv.c: libFuzzer target, the CSV measurement sets
 * (doson_ctr_measurement_set_new_from_csv_data())
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The input is a measurement file in CSV.  When it loads, the set is
 * walked through its accessors, validated against the built-in programme,
 * and written and read back in both formats (fuzz_measurement_round_trip()).
 */

#include "fuzz-common.h"

/* When the input is plain enough for fuzz_parse_csv () (LF line ends, no
 * empty line, no byte order mark), every value must be the double that
 * g_ascii_strtod () (correctly rounded) reads from the same text: the
 * library's own number parser, with its fast path, must agree. */
static void
fuzz_measurements_csv_values (DosonCtrMeasurementSet *set,
                              const guint8           *data,
                              gsize                   size)
{
  g_autoptr(GPtrArray) records = fuzz_parse_csv ((const char *) data, size);
  GPtrArray *measurements = doson_ctr_measurement_set_get_measurements (set);
  char **header;
  guint i, column = G_MAXUINT;

  if (records == NULL || records->len != measurements->len + 1)
    return;
  header = g_ptr_array_index (records, 0);
  for (i = 0; header[i] != NULL; i++)
    if (strcmp (header[i], "value") == 0)
      column = i;
  if (column == G_MAXUINT)
    return;

  for (i = 0; i < measurements->len; i++)
    {
      char **fields = g_ptr_array_index (records, i + 1);
      double value = doson_ctr_measurement_get_value (g_ptr_array_index (measurements, i));
      g_autofree char *text = NULL;
      char *end = NULL;
      double expected;

      if (g_strv_length (fields) <= column)
        return;
      text = g_strstrip (g_strdup (fields[column]));
      if (g_ascii_strcasecmp (text, "yes") == 0 || g_ascii_strcasecmp (text, "no") == 0)
        continue;
      expected = g_ascii_strtod (text, &end);
      if (end == text || *end != '\0')
        continue;
      FUZZ_CHECK (memcmp (&expected, &value, sizeof value) == 0,
                  "value \"%s\" read as %.17g, not %.17g", text, value, expected);
    }
}

void
fuzz_measurements_csv_one (const guint8 *data,
                           gsize         size)
{
  g_autoptr(DosonCtrMeasurementSet) set = NULL;
  GError *error = NULL;

  set = doson_ctr_measurement_set_new_from_csv_data ((const char *) data, (gssize) size,
                                                     "fuzz.csv", &error);
  fuzz_check_error (set != NULL, error, "measurement_set_new_from_csv_data");
  g_clear_error (&error);
  if (set == NULL)
    return;

  fuzz_check_measurement_set (set);
  fuzz_measurements_csv_values (set, data, size);
  fuzz_measurement_round_trip (set);
}

FUZZ_ENTRY_POINT (fuzz_measurements_csv_one)
