/* fuzz-progress-csv.c: libFuzzer target, the measurements CSV of the
 * progress methods (doson_ctr_progress_table_load_measurements())
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The input is a measurements file, read from a GMemoryInputStream into
 * a table whose method depends on the input's length; whether it loads or
 * not, the table's results, roll-ups and writers must hang together
 * (fuzz_check_table()).
 */

#include "fuzz-common.h"

void
fuzz_progress_csv_one (const guint8 *data,
                       gsize         size)
{
  DosonCtrProgressMethod method = (DosonCtrProgressMethod) (size % 3);
  g_autoptr(DosonCtrProgressTable) table = doson_ctr_progress_table_new (method);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, (gssize) size, NULL);
  GError *error = NULL;
  guint64 before;
  gboolean ok;

  ok = doson_ctr_progress_table_load_measurements (table, stream, "fuzz.csv", NULL, &error);
  fuzz_check_error (ok, error, "load_measurements");
  g_clear_error (&error);

  /* Nothing is read twice: the stream is at its end. */
  before = doson_ctr_progress_table_get_n_observations (table);
  if (ok)
    {
      ok = doson_ctr_progress_table_load_measurements (table, stream, "fuzz.csv", NULL, &error);
      fuzz_check_error (ok, error, "load_measurements at the end of the stream");
      FUZZ_CHECK (!ok && g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA),
                  "an exhausted stream is not an empty file");
      FUZZ_CHECK (doson_ctr_progress_table_get_n_observations (table) == before,
                  "observations added from an exhausted stream");
      g_clear_error (&error);
    }

  fuzz_check_table (table, method);
}

FUZZ_ENTRY_POINT (fuzz_progress_csv_one)
