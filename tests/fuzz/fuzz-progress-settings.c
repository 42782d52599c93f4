/* fuzz-progress-settings.c: libFuzzer target, the settings CSV of the
 * progress methods (doson_ctr_progress_table_load_settings())
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The input is a settings file, optionally followed by a line "%%" and a
 * measurements file.  The settings are loaded into a table whose method
 * depends on the input's length; then the measurements, if any, or else
 * a few made-up observations of every series listed, so that the
 * settings are applied; then the table must hang together
 * (fuzz_check_table()).
 */

#include "fuzz-common.h"

static const char fuzz_settings_separator[] = "\n%%\n";

void
fuzz_progress_settings_one (const guint8 *data,
                            gsize         size)
{
  static const double values[] = { 10, 12.5, 0, -3, 11 };
  DosonCtrProgressMethod method = (DosonCtrProgressMethod) (size % 3);
  g_autoptr(DosonCtrProgressTable) table = doson_ctr_progress_table_new (method);
  g_autoptr(GInputStream) stream = NULL;
  const guint8 *rest = NULL;
  gsize settings_size = size, rest_size = 0;
  GError *error = NULL;
  gboolean ok;
  gsize i;

  for (i = 0; i + strlen (fuzz_settings_separator) <= size; i++)
    {
      if (memcmp (data + i, fuzz_settings_separator, strlen (fuzz_settings_separator)) == 0)
        {
          settings_size = i + 1;
          rest = data + i + strlen (fuzz_settings_separator);
          rest_size = size - i - strlen (fuzz_settings_separator);
          break;
        }
    }

  stream = g_memory_input_stream_new_from_data (data, (gssize) settings_size, NULL);
  ok = doson_ctr_progress_table_load_settings (table, stream, "settings.csv", NULL, &error);
  fuzz_check_error (ok, error, "load_settings");
  g_clear_error (&error);
  g_clear_object (&stream);

  if (rest != NULL)
    {
      stream = g_memory_input_stream_new_from_data (rest, (gssize) rest_size, NULL);
      ok = doson_ctr_progress_table_load_measurements (table, stream, "measurements.csv",
                                                       NULL, &error);
      fuzz_check_error (ok, error, "load_measurements after load_settings");
      g_clear_error (&error);
    }
  else
    {
      guint n = doson_ctr_progress_table_get_n_series (table);
      guint s;

      for (s = 0; s < n; s++)
        {
          g_autofree char *id = g_strdup (doson_ctr_progress_table_get_series_id (table, s));
          gsize k;

          for (k = 0; k < G_N_ELEMENTS (values); k++)
            {
              /* Years 2015, 2017, ... 2023, and for every other series a
               * year before 1900 too, which is refused. */
              int year = (s % 2 == 1 && k == 0) ? 1899 : 2015 + 2 * (int) k;

              ok = doson_ctr_progress_table_add (table, id, year, values[(k + s) % G_N_ELEMENTS (values)],
                                                 &error);
              fuzz_check_error (ok, error, "add");
              FUZZ_CHECK (ok == (year >= 1900), "add of year %d: %s", year,
                          ok ? "accepted" : error->message);
              g_clear_error (&error);
            }
        }
    }

  fuzz_check_table (table, method);
}

FUZZ_ENTRY_POINT (fuzz_progress_settings_one)
