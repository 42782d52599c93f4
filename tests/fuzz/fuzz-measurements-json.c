/* fuzz-measurements-json.c: libFuzzer target, the JSON measurement sets
 * (doson_ctr_measurement_set_new_from_json_data())
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The input is a measurement file in JSON.  When it loads, the set is
 * walked through its accessors, validated against the built-in programme,
 * and written and read back in both formats (fuzz_measurement_round_trip()).
 */

#include "fuzz-common.h"

void
fuzz_measurements_json_one (const guint8 *data,
                            gsize         size)
{
  g_autoptr(DosonCtrMeasurementSet) set = NULL;
  GError *error = NULL;

  set = doson_ctr_measurement_set_new_from_json_data ((const char *) data, (gssize) size,
                                                      "fuzz.json", &error);
  fuzz_check_error (set != NULL, error, "measurement_set_new_from_json_data");
  g_clear_error (&error);
  if (set == NULL)
    return;

  fuzz_check_measurement_set (set);
  fuzz_measurement_round_trip (set);
}

FUZZ_ENTRY_POINT (fuzz_measurements_json_one)
