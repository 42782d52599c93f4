/* test-progress-table.c: DosonCtrProgressTable, the progress of many series
 * read from CSV (public API)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "doson-ctr-test.h"

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

static GInputStream *
stream_of (const char *text)
{
  gsize len = strlen (text);

  return g_memory_input_stream_new_from_data (g_memdup2 (text, len), len, g_free);
}

static gboolean
load_measurements (DosonCtrProgressTable *table,
                   const char            *text,
                   GError               **error)
{
  g_autoptr(GInputStream) stream = stream_of (text);

  return doson_ctr_progress_table_load_measurements (table, stream, "m.csv", NULL, error);
}

static gboolean
load_settings (DosonCtrProgressTable *table,
               const char            *text,
               GError               **error)
{
  g_autoptr(GInputStream) stream = stream_of (text);

  return doson_ctr_progress_table_load_settings (table, stream, "s.csv", NULL, error);
}

/* Loads @text with @load into a new table; it must fail with @code and
 * @message. */
static void
assert_load_error (gboolean  (*load) (DosonCtrProgressTable *, const char *, GError **),
                   const char *text,
                   int         code,
                   const char *message)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GError) error = NULL;

  ck_assert_msg (!load (table, text, &error), "no error for:\n%s", text);
  ck_assert_msg (g_error_matches (error, DOSON_CTR_ERROR, code),
                 "wrong error (%d): %s", error->code, error->message);
  ck_assert_str_eq (error->message, message);
}

#define assert_measurements_error(...) assert_load_error (load_measurements, __VA_ARGS__)
#define assert_settings_error(...) assert_load_error (load_settings, __VA_ARGS__)

typedef enum { OUT_CSV, OUT_SUMMARY, OUT_JSON, OUT_JSON_SUMMARY } Output;

static char *
output_of (DosonCtrProgressTable *table,
           Output                 what)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;

  switch (what)
    {
    case OUT_CSV:
      ok = doson_ctr_progress_table_write_csv (table, stream, NULL, &error);
      break;
    case OUT_SUMMARY:
      ok = doson_ctr_progress_table_write_summary_csv (table, stream, NULL, &error);
      break;
    case OUT_JSON:
    case OUT_JSON_SUMMARY:
      ok = doson_ctr_progress_table_write_json (table, stream, what == OUT_JSON_SUMMARY,
                                                NULL, &error);
      break;
    }
  ck_assert_msg (ok, "%s", error != NULL ? error->message : "?");
  ck_assert (g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL));
  ck_assert (g_output_stream_close (stream, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
}

static gboolean
close_enough (double a,
              double b)
{
  return a == b || fabs (a - b) <= 1e-12 * fmax (fabs (a), fabs (b));
}

/* Asserts that two results report the same figures. */
static void
assert_same_result (const DosonCtrProgressResult *got,
                    const DosonCtrProgressResult *want,
                    const char                   *what)
{
  int gy = 0, wy = 0;
  double gv = 0, wv = 0;
  gboolean gh, wh;

  ck_assert_msg (doson_ctr_progress_result_get_status (got)
                 == doson_ctr_progress_result_get_status (want), "%s: status", what);
  ck_assert_msg (doson_ctr_progress_result_get_method (got)
                 == doson_ctr_progress_result_get_method (want), "%s: method", what);

  gh = doson_ctr_progress_result_get_base (got, &gy, &gv);
  wh = doson_ctr_progress_result_get_base (want, &wy, &wv);
  ck_assert_msg (gh == wh && gy == wy && gv == wv, "%s: base", what);
  gh = doson_ctr_progress_result_get_current (got, &gy, &gv);
  wh = doson_ctr_progress_result_get_current (want, &wy, &wv);
  ck_assert_msg (gh == wh && gy == wy && gv == wv, "%s: current", what);

#define SAME_FIGURE(getter)                                              \
  gh = getter (got, &gv);                                                \
  wh = getter (want, &wv);                                               \
  ck_assert_msg (gh == wh && (!gh || close_enough (gv, wv)),             \
                 "%s: %s: %d %.17g vs %d %.17g", what, #getter, gh, gv, wh, wv)

  SAME_FIGURE (doson_ctr_progress_result_get_cagr_actual);
  SAME_FIGURE (doson_ctr_progress_result_get_cagr_required);
  SAME_FIGURE (doson_ctr_progress_result_get_progress);
  SAME_FIGURE (doson_ctr_progress_result_get_score);
  SAME_FIGURE (doson_ctr_progress_result_get_limit_scale);
#undef SAME_FIGURE
}

static double
uniform (void)
{
  return (double) (xorshift () >> 11) / 9007199254740992.0;
}

/* ------------------------------------------------------------------ */
/* core                                                                */
/* ------------------------------------------------------------------ */

START_TEST (test_new)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO);
  DosonCtrProgressMethod method = DOSON_CTR_PROGRESS_METHOD_OPEN_SDG;

  ck_assert (DOSON_CTR_IS_PROGRESS_TABLE (table));
  ck_assert_int_eq (doson_ctr_progress_table_get_method (table),
                    DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO);
  g_object_get (table, "method", &method, NULL);
  ck_assert_int_eq (method, DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 0);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_groups (table), 0);
  ck_assert (!doson_ctr_progress_table_lookup (table, "A", NULL));
}
END_TEST

START_TEST (test_columns_any_order)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GError) error = NULL;
  g_autoptr(DosonCtrProgressResult) a = NULL;
  g_autoptr(DosonCtrProgressResult) want = NULL;
  static const int years[] = { 2015, 2018, 2020 };
  static const double values[] = { 10, 11.5, 12.25 };
  guint index = 99;

  ck_assert_msg (load_measurements (table,
                                    "note,Value , YEAR,unit,Series\n"
                                    "x,12.25,2020,%,A\n"
                                    ",5,2016,%,\"B, the second\"\n"
                                    "y,10,2015,%,A\n"
                                    "z,11.5,2018,%,A\n", &error),
                 "%s", error != NULL ? error->message : "?");

  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 2);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_observations (table), 4);
  ck_assert_str_eq (doson_ctr_progress_table_get_series_id (table, 0), "A");
  ck_assert_str_eq (doson_ctr_progress_table_get_series_id (table, 1), "B, the second");
  ck_assert_ptr_null (doson_ctr_progress_table_get_group (table, 0));
  ck_assert (doson_ctr_progress_table_lookup (table, "B, the second", &index));
  ck_assert_uint_eq (index, 1);

  a = doson_ctr_progress_table_get_result (table, 0);
  want = doson_ctr_progress_compute (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG, NULL,
                                     years, values, 3, &error);
  ck_assert_ptr_nonnull (want);
  assert_same_result (a, want, "A");
}
END_TEST

START_TEST (test_blank_value_is_no_observation)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GError) error = NULL;
  g_autoptr(DosonCtrProgressResult) a = NULL;
  g_autoptr(DosonCtrProgressResult) b = NULL;
  int year = 0;
  double value = 0;

  /* 2016 is blank for A, so it may be given again; B has no value. */
  ck_assert (load_measurements (table,
                                "series,year,value\n"
                                "A,2015,4\n"
                                "A,2016,\n"
                                "B,2015,  \n"
                                "A,2016,5\n", &error));
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 2);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_observations (table), 2);

  a = doson_ctr_progress_table_get_result (table, 0);
  ck_assert (doson_ctr_progress_result_get_current (a, &year, &value));
  ck_assert_int_eq (year, 2016);
  ck_assert (value == 5);

  b = doson_ctr_progress_table_get_result (table, 1);
  ck_assert_int_eq (doson_ctr_progress_result_get_status (b), DOSON_CTR_STATUS_NOT_AVAILABLE);
  ck_assert (!doson_ctr_progress_result_get_current (b, NULL, NULL));
  ck_assert (!doson_ctr_progress_result_get_base (b, NULL, NULL));
}
END_TEST

/* Random series, rows shuffled across series and years, random settings:
 * every result equals doson_ctr_progress_compute() on the same data. */
static void
check_matches_compute (DosonCtrProgressMethod method,
                       gboolean               through_csv)
{
  enum { N_SERIES = 60, MAX_YEARS = 12 };
  g_autoptr(DosonCtrProgressTable) table = doson_ctr_progress_table_new (method);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) csv = g_string_new ("value,series,year\n");
  DosonCtrProgressSettings *settings[N_SERIES];
  int years[N_SERIES][MAX_YEARS];
  double values[N_SERIES][MAX_YEARS];
  int n_years[N_SERIES];
  int order[N_SERIES * MAX_YEARS][2];
  int n_rows = 0;
  int s, i;

  for (s = 0; s < N_SERIES; s++)
    {
      g_autofree char *id = g_strdup_printf ("S%02d", s);
      int first = 2000 + (int) (xorshift () % 20);
      double base = (s % 7 == 0 ? -1 : 1) * (1 + 100 * uniform ());

      settings[s] = doson_ctr_progress_settings_new ();
      if (xorshift () % 2)
        doson_ctr_progress_settings_set_direction (settings[s], DOSON_CTR_DIRECTION_LOWER);
      if (xorshift () % 3)
        doson_ctr_progress_settings_set_target (settings[s], base * (0.5 + uniform ()),
                                                2030 + (int) (xorshift () % 5));
      if (xorshift () % 4 == 0)
        doson_ctr_progress_settings_set_base_year (settings[s], first + 2);
      if (xorshift () % 4 == 0)
        doson_ctr_progress_settings_set_limit (settings[s], 100);
      doson_ctr_progress_table_set_series_settings (table, id, settings[s],
                                                    s % 3 == 0 ? "g0" : NULL);

      n_years[s] = (int) (xorshift () % MAX_YEARS);
      for (i = 0; i < n_years[s]; i++)
        {
          years[s][i] = i == 0 ? first : years[s][i - 1] + 1 + (int) (xorshift () % 2);
          values[s][i] = base * (1 + 0.3 * (uniform () - 0.3));
          if (s % 11 == 5 && i == 3)
            values[s][i] = 0;
          order[n_rows][0] = s;
          order[n_rows][1] = i;
          n_rows++;
        }
    }

  /* Shuffle the rows (Fisher–Yates). */
  for (i = n_rows - 1; i > 0; i--)
    {
      int j = (int) (xorshift () % (guint64) (i + 1));
      int t0 = order[i][0], t1 = order[i][1];

      order[i][0] = order[j][0];
      order[i][1] = order[j][1];
      order[j][0] = t0;
      order[j][1] = t1;
    }

  for (i = 0; i < n_rows; i++)
    {
      int si = order[i][0], yi = order[i][1];

      if (through_csv)
        {
          char buf[G_ASCII_DTOSTR_BUF_SIZE];

          g_string_append_printf (csv, "%s,S%02d,%d\n",
                                  g_ascii_formatd (buf, sizeof buf, "%.17g", values[si][yi]),
                                  si, years[si][yi]);
        }
      else
        {
          g_autofree char *id = g_strdup_printf ("S%02d", si);

          ck_assert (doson_ctr_progress_table_add (table, id, years[si][yi], values[si][yi],
                                                   &error));
        }
    }
  if (through_csv)
    ck_assert_msg (load_measurements (table, csv->str, &error), "%s", error->message);

  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), N_SERIES);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_observations (table), n_rows);

  for (s = 0; s < N_SERIES; s++)
    {
      g_autofree char *id = g_strdup_printf ("S%02d", s);
      g_autoptr(DosonCtrProgressResult) got = NULL;
      g_autoptr(DosonCtrProgressResult) want = NULL;
      guint index;

      ck_assert (doson_ctr_progress_table_lookup (table, id, &index));
      ck_assert_uint_eq (index, s);
      ck_assert_str_eq (doson_ctr_progress_table_get_series_id (table, index), id);
      if (s % 3 == 0)
        ck_assert_str_eq (doson_ctr_progress_table_get_group (table, index), "g0");
      else
        ck_assert_ptr_null (doson_ctr_progress_table_get_group (table, index));

      got = doson_ctr_progress_table_get_result (table, index);
      want = doson_ctr_progress_compute (method, settings[s], years[s], values[s],
                                         n_years[s], &error);
      ck_assert_ptr_nonnull (want);
      assert_same_result (got, want, id);
      doson_ctr_progress_settings_free (settings[s]);
    }
}

START_TEST (test_matches_compute)
{
  static const DosonCtrProgressMethod methods[] = {
    DOSON_CTR_PROGRESS_METHOD_OPEN_SDG,
    DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO,
    DOSON_CTR_PROGRESS_METHOD_EXPECTED_VALUE
  };
  gsize m;
  int round;

  for (round = 0; round < 5; round++)
    for (m = 0; m < G_N_ELEMENTS (methods); m++)
      {
        check_matches_compute (methods[m], TRUE);
        check_matches_compute (methods[m], FALSE);
      }
}
END_TEST

/* Ids of every length around the 16-byte steps of the comparison and the
 * 64-byte window of the scanner: "x" to 80 "x"s, each followed by a row of
 * the id one shorter (the previous series, whose run starts again), then
 * long ids interleaved. */
/* Files that are only a header, with or without a line break, on one
 * job and on two: no series, no error (the end of the input came before
 * the reader of pieces had a buffer: fuzz-smoke). */
START_TEST (test_header_only_files)
{
  static const char * const settings[] = { "series", "series\n", "series,target\r\n" };
  static const char * const measurements[] = { "series,year,value", "series,year,value\n" };
  guint i, j, jobs;

  for (i = 0; i < G_N_ELEMENTS (settings); i++)
    for (j = 0; j < G_N_ELEMENTS (measurements); j++)
      for (jobs = 1; jobs <= 2; jobs++)
        {
          g_autoptr(DosonCtrProgressTable) table =
            doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
          g_autoptr(GError) error = NULL;

          doson_ctr_progress_table_set_jobs (table, jobs);
          ck_assert_msg (load_settings (table, settings[i], &error), "%s", error->message);
          ck_assert_msg (load_measurements (table, measurements[j], &error), "%s", error->message);
          ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 0);
        }
}
END_TEST

/* Measurements in the order of the settings find their series without
 * the index, by the state after the last run's: also with ids of 65 535
 * bytes and more (whose length the state does not keep), ids of one
 * length that differ only in their last byte, and a run out of order. */
START_TEST (test_runs_in_settings_order)
{
  static const gsize lengths[] = { 10, 65534, 65535, 65535, 65536, 70000, 10 };
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GString) settings = g_string_new ("series,target\n");
  g_autoptr(GString) csv = g_string_new ("series,year,value\n");
  g_autoptr(GError) error = NULL;
  char *ids[G_N_ELEMENTS (lengths)];
  guint i;

  for (i = 0; i < G_N_ELEMENTS (lengths); i++)
    {
      ids[i] = g_strnfill (lengths[i], 'q');
      ids[i][lengths[i] - 1] = (char) ('a' + i);
      g_string_append_printf (settings, "%s,%u\n", ids[i], 100 + i);
    }
  /* In order, then the second again, out of order. */
  for (i = 0; i < G_N_ELEMENTS (lengths); i++)
    g_string_append_printf (csv, "%s,2015,%u\n%s,2016,%u\n", ids[i], i + 1, ids[i], i + 2);
  g_string_append_printf (csv, "%s,2017,50\n", ids[1]);

  ck_assert_msg (load_settings (table, settings->str, &error), "%s", error->message);
  ck_assert_msg (load_measurements (table, csv->str, &error), "%s", error->message);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), G_N_ELEMENTS (lengths));
  for (i = 0; i < G_N_ELEMENTS (lengths); i++)
    {
      g_autoptr(DosonCtrProgressResult) r = doson_ctr_progress_table_get_result (table, i);
      int year;
      double value;

      ck_assert_str_eq (doson_ctr_progress_table_get_series_id (table, i), ids[i]);
      ck_assert (doson_ctr_progress_result_get_base (r, &year, &value));
      ck_assert (year == 2015 && value == i + 1);
      ck_assert (doson_ctr_progress_result_get_current (r, &year, &value));
      ck_assert (i == 1 ? year == 2017 && value == 50 : year == 2016 && value == i + 2);
      g_free (ids[i]);
    }
}
END_TEST

START_TEST (test_id_lengths)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GString) csv = g_string_new ("series,year,value\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *y100 = g_strnfill (100, 'y');
  g_autofree char *y300 = g_strnfill (300, 'y');
  guint len;

  for (len = 1; len <= 80; len++)
    {
      g_autofree char *id = g_strnfill (len, 'x');

      g_string_append_printf (csv, "%s,2015,%u\n%s,2016,%u\n", id, len, id, len);
      if (len > 1)
        g_string_append_printf (csv, "%.*s,2017,%u\n", len - 1, id, len);
    }
  g_string_append_printf (csv, "%s,2015,1\n%s,2015,2\n%s,2016,3\n%s,2016,4\n",
                          y100, y300, y100, y300);

  ck_assert_msg (load_measurements (table, csv->str, &error), "%s", error->message);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 82);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_observations (table), 80 * 2 + 79 + 4);

  for (len = 1; len <= 80; len++)
    {
      g_autofree char *id = g_strnfill (len, 'x');
      g_autoptr(DosonCtrProgressResult) r = NULL;
      int year;
      double value;
      guint index;

      ck_assert (doson_ctr_progress_table_lookup (table, id, &index));
      ck_assert_uint_eq (index, len - 1);
      ck_assert_str_eq (doson_ctr_progress_table_get_series_id (table, index), id);
      r = doson_ctr_progress_table_get_result (table, index);
      ck_assert (doson_ctr_progress_result_get_current (r, &year, &value));
      ck_assert_int_eq (year, len < 80 ? 2017 : 2016);
      ck_assert (value == (len < 80 ? len + 1 : len));
    }

  {
    g_autoptr(DosonCtrProgressResult) r = doson_ctr_progress_table_get_result (table, 81);
    int year;
    double value;

    ck_assert_str_eq (doson_ctr_progress_table_get_series_id (table, 80), y100);
    ck_assert_str_eq (doson_ctr_progress_table_get_series_id (table, 81), y300);
    ck_assert (doson_ctr_progress_result_get_base (r, &year, &value));
    ck_assert (year == 2015 && value == 2);
    ck_assert (doson_ctr_progress_result_get_current (r, &year, &value));
    ck_assert (year == 2016 && value == 4);
  }
}
END_TEST

START_TEST (test_years_far_apart)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GError) error = NULL;
  g_autoptr(DosonCtrProgressResult) got = NULL;
  g_autoptr(DosonCtrProgressResult) want = NULL;
  static const int years[] = { 2015, 1900, 2200, 2016, 1960, 2100 };
  static const double values[] = { 5, 1, 9, 6, 2, 8 };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (years); i++)
    ck_assert (doson_ctr_progress_table_add (table, "A", years[i], values[i], &error));

  /* Every year is remembered, near or far from the first. */
  for (i = 0; i < G_N_ELEMENTS (years); i++)
    {
      ck_assert (!doson_ctr_progress_table_add (table, "A", years[i], 1, &error));
      ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
      g_clear_error (&error);
    }
  ck_assert (doson_ctr_progress_table_add (table, "A", 2017, 7, &error));
  ck_assert (load_measurements (table, "series,year,value\nA,2018,1\n", &error));
  ck_assert (!load_measurements (table, "series,year,value\nA,2100,1\n", &error));
  ck_assert_str_eq (error->message,
                    "m.csv:2: field \"year\": series \"A\" already has a value for 2100");
  g_clear_error (&error);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_observations (table), 8);

  {
    static const int all_years[] = { 2015, 1900, 2200, 2016, 1960, 2100, 2017, 2018 };
    static const double all_values[] = { 5, 1, 9, 6, 2, 8, 7, 1 };

    got = doson_ctr_progress_table_get_result (table, 0);
    want = doson_ctr_progress_compute (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG, NULL,
                                       all_years, all_values, 8, &error);
    assert_same_result (got, want, "A");
  }
}
END_TEST

START_TEST (test_settings_file)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(DosonCtrProgressSettings) defaults = doson_ctr_progress_settings_new ();
  g_autoptr(DosonCtrProgressSettings) sa = doson_ctr_progress_settings_new ();
  g_autoptr(DosonCtrProgressSettings) sb = doson_ctr_progress_settings_new ();
  g_autoptr(DosonCtrProgressSettings) sc = doson_ctr_progress_settings_new ();
  g_autoptr(GError) error = NULL;
  static const int years[] = { 2015, 2017, 2020 };
  static const double va[] = { 10, 12, 13 };
  static const double vb[] = { 50, 45, 40 };
  static const double vc[] = { 60, 70, 75 };
  const double *values[] = { va, vb, vc };
  DosonCtrProgressSettings *expected[3];
  int i;

  /* The defaults apply to the cells left empty, whenever they are set
   * (here after the settings file). */
  ck_assert_msg (load_settings (table,
                                "Group,limit,base_year,target_year,target,direction,series\n"
                                "g1,,,,20,,A\n"
                                "g1,,2017,2025,30,lower,B\n"
                                "\"g 2\",100,,2025,,higher,C\n"
                                ",,,,,,D\n", &error),
                 "%s", error != NULL ? error->message : "?");
  doson_ctr_progress_settings_set_direction (defaults, DOSON_CTR_DIRECTION_LOWER);
  doson_ctr_progress_table_set_default_settings (table, defaults);

  ck_assert_msg (load_measurements (table,
                                    "series,year,value\n"
                                    "C,2015,60\nC,2017,70\nC,2020,75\n"
                                    "A,2015,10\nA,2017,12\nA,2020,13\n"
                                    "E,2015,1\n"
                                    "B,2015,50\nB,2017,45\nB,2020,40\n", &error),
                 "%s", error != NULL ? error->message : "?");

  /* Settings order first, then new series from the measurements. */
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 5);
  ck_assert_str_eq (doson_ctr_progress_table_get_series_id (table, 0), "A");
  ck_assert_str_eq (doson_ctr_progress_table_get_series_id (table, 1), "B");
  ck_assert_str_eq (doson_ctr_progress_table_get_series_id (table, 2), "C");
  ck_assert_str_eq (doson_ctr_progress_table_get_series_id (table, 3), "D");
  ck_assert_str_eq (doson_ctr_progress_table_get_series_id (table, 4), "E");
  ck_assert_str_eq (doson_ctr_progress_table_get_group (table, 0), "g1");
  ck_assert_str_eq (doson_ctr_progress_table_get_group (table, 1), "g1");
  ck_assert_str_eq (doson_ctr_progress_table_get_group (table, 2), "g 2");
  ck_assert_ptr_null (doson_ctr_progress_table_get_group (table, 3));
  ck_assert_ptr_null (doson_ctr_progress_table_get_group (table, 4));

  /* A: target 20 due in 2030 (the default year), direction from the
   * defaults (lower); B: all given; C: higher, limit 100, no target (its
   * target year is ignored, as sdg-build ignores it). */
  doson_ctr_progress_settings_set_direction (sa, DOSON_CTR_DIRECTION_LOWER);
  doson_ctr_progress_settings_set_target (sa, 20, 2030);
  doson_ctr_progress_settings_set_direction (sb, DOSON_CTR_DIRECTION_LOWER);
  doson_ctr_progress_settings_set_target (sb, 30, 2025);
  doson_ctr_progress_settings_set_base_year (sb, 2017);
  doson_ctr_progress_settings_set_limit (sc, 100);
  expected[0] = sa;
  expected[1] = sb;
  expected[2] = sc;

  for (i = 0; i < 3; i++)
    {
      g_autoptr(DosonCtrProgressResult) got = doson_ctr_progress_table_get_result (table, i);
      g_autoptr(DosonCtrProgressResult) want =
        doson_ctr_progress_compute (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG, expected[i],
                                    years, values[i], 3, &error);

      assert_same_result (got, want, doson_ctr_progress_table_get_series_id (table, i));
    }

  /* D has settings and no data. */
  {
    g_autoptr(DosonCtrProgressResult) d = doson_ctr_progress_table_get_result (table, 3);

    ck_assert_int_eq (doson_ctr_progress_result_get_status (d), DOSON_CTR_STATUS_NOT_AVAILABLE);
  }
}
END_TEST

START_TEST (test_summary)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GError) error = NULL;
  DosonCtrProgressResult *g1[3];
  DosonCtrProgressResult *none[2];
  g_autoptr(DosonCtrProgressResult) want_g1 = NULL;
  g_autoptr(DosonCtrProgressResult) want_none = NULL;
  g_autoptr(DosonCtrProgressResult) got = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GString) expected = g_string_new ("group,series,score,status\n");
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double score;
  int i;

  ck_assert (load_settings (table,
                            "series,group,target\n"
                            "U,,\n"
                            "A,g1,20\n"
                            "B,g1,\n"
                            "C,\"g,2\",\n"
                            "D,g1,\n", &error));
  ck_assert (load_measurements (table,
                                "series,year,value\n"
                                "A,2015,10\nA,2020,15\n"
                                "B,2015,5\nB,2019,4\n"
                                "C,2016,3\nC,2017,3.5\n"
                                "U,2015,1\nU,2016,2\n"
                                "V,2018,7\n", &error));

  /* Groups in the order of their first series: none (U), g1, "g,2". */
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_groups (table), 3);
  ck_assert_ptr_null (doson_ctr_progress_table_get_group_id (table, 0));
  ck_assert_str_eq (doson_ctr_progress_table_get_group_id (table, 1), "g1");
  ck_assert_str_eq (doson_ctr_progress_table_get_group_id (table, 2), "g,2");
  ck_assert_uint_eq (doson_ctr_progress_table_get_group_n_series (table, 0), 2);
  ck_assert_uint_eq (doson_ctr_progress_table_get_group_n_series (table, 1), 3);
  ck_assert_uint_eq (doson_ctr_progress_table_get_group_n_series (table, 2), 1);

  /* Series: U, A, B, C, D from the settings, then V; g1 is A, B and D. */
  g1[0] = doson_ctr_progress_table_get_result (table, 1);
  g1[1] = doson_ctr_progress_table_get_result (table, 2);
  g1[2] = doson_ctr_progress_table_get_result (table, 4);
  none[0] = doson_ctr_progress_table_get_result (table, 0);
  none[1] = doson_ctr_progress_table_get_result (table, 5);
  want_g1 = doson_ctr_progress_combine (g1, 3);
  want_none = doson_ctr_progress_combine (none, 2);

  got = doson_ctr_progress_table_get_group_result (table, 1);
  assert_same_result (got, want_g1, "g1");
  g_clear_pointer (&got, doson_ctr_progress_result_free);
  got = doson_ctr_progress_table_get_group_result (table, 0);
  assert_same_result (got, want_none, "no group");

  csv = output_of (table, OUT_SUMMARY);
  g_string_append (expected, ",2,");
  if (doson_ctr_progress_result_get_score (want_none, &score))
    g_string_append (expected, g_ascii_formatd (buf, sizeof buf, "%.17g", score));
  g_string_append_printf (expected, ",%s\n",
                          doson_ctr_status_to_string (doson_ctr_progress_result_get_status (want_none)));
  ck_assert (doson_ctr_progress_result_get_score (want_g1, &score));
  g_string_append_printf (expected, "g1,3,%s,%s\n",
                          g_ascii_formatd (buf, sizeof buf, "%.17g", score),
                          doson_ctr_status_to_string (doson_ctr_progress_result_get_status (want_g1)));

  /* The scores are printed with the fewest digits: compare numerically. */
  {
    g_auto(GStrv) got_lines = g_strsplit (csv, "\n", -1);
    g_auto(GStrv) want_lines = g_strsplit (expected->str, "\n", -1);

    ck_assert_str_eq (got_lines[0], want_lines[0]);
    for (i = 1; i <= 2; i++)
      {
        g_auto(GStrv) gf = g_strsplit (got_lines[i], ",", -1);
        g_auto(GStrv) wf = g_strsplit (want_lines[i], ",", -1);

        ck_assert_str_eq (gf[0], wf[0]);
        ck_assert_str_eq (gf[1], wf[1]);
        ck_assert_str_eq (gf[3], wf[3]);
        if (*wf[2] == '\0')
          ck_assert_str_eq (gf[2], "");
        else
          ck_assert (g_ascii_strtod (gf[2], NULL) == g_ascii_strtod (wf[2], NULL));
      }
    ck_assert (g_str_has_prefix (got_lines[3], "\"g,2\",1,"));
    ck_assert_str_eq (got_lines[4], "");
    ck_assert_ptr_null (got_lines[5]);
  }

  for (i = 0; i < 3; i++)
    doson_ctr_progress_result_free (g1[i]);
  doson_ctr_progress_result_free (none[0]);
  doson_ctr_progress_result_free (none[1]);
}
END_TEST

/* Settings given twice to a series without observations: the second ones
 * replace the first, group included. */
START_TEST (test_series_settings_replaced)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(DosonCtrProgressSettings) first = doson_ctr_progress_settings_new ();
  g_autoptr(DosonCtrProgressSettings) second = doson_ctr_progress_settings_new ();
  g_autoptr(DosonCtrProgressResult) got = NULL;
  g_autoptr(DosonCtrProgressResult) want = NULL;
  g_autoptr(DosonCtrProgressResult) with_first = NULL;
  g_autoptr(GError) error = NULL;
  static const int years[] = { 2015, 2020 };
  static const double values[] = { 10, 8 };

  doson_ctr_progress_settings_set_target (first, 20, 2030);
  doson_ctr_progress_settings_set_direction (second, DOSON_CTR_DIRECTION_LOWER);
  doson_ctr_progress_settings_set_target (second, 5, 2025);

  doson_ctr_progress_table_set_series_settings (table, "A", first, "g1");
  doson_ctr_progress_table_set_series_settings (table, "A", second, "g2");
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 1);
  ck_assert (doson_ctr_progress_table_lookup (table, "A", NULL));
  ck_assert_str_eq (doson_ctr_progress_table_get_group (table, 0), "g2");
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_groups (table), 1);
  ck_assert_str_eq (doson_ctr_progress_table_get_group_id (table, 0), "g2");

  ck_assert (doson_ctr_progress_table_add (table, "A", years[0], values[0], &error));
  ck_assert (doson_ctr_progress_table_add (table, "A", years[1], values[1], &error));
  got = doson_ctr_progress_table_get_result (table, 0);
  want = doson_ctr_progress_compute (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG, second,
                                     years, values, 2, &error);
  ck_assert_ptr_nonnull (want);
  assert_same_result (got, want, "A");
  /* ... and the first settings would have given another result. */
  with_first = doson_ctr_progress_compute (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG, first,
                                           years, values, 2, &error);
  ck_assert_int_ne (doson_ctr_progress_result_get_status (with_first),
                    doson_ctr_progress_result_get_status (got));
}
END_TEST

/* A series listed by a row with an empty value has no observation yet:
 * the settings file may still give it settings, which its later
 * observations use. */
START_TEST (test_settings_after_empty_values)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(DosonCtrProgressSettings) settings = doson_ctr_progress_settings_new ();
  g_autoptr(DosonCtrProgressResult) got = NULL;
  g_autoptr(DosonCtrProgressResult) want = NULL;
  g_autoptr(GError) error = NULL;
  static const int years[] = { 2015, 2020 };
  static const double values[] = { 10, 15 };

  ck_assert (load_measurements (table, "series,year,value\nA,2015,\n", &error));
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 1);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_observations (table), 0);

  ck_assert_msg (load_settings (table, "series,target,group\nA,20,g\n", &error),
                 "%s", error->message);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 1);
  ck_assert_str_eq (doson_ctr_progress_table_get_group (table, 0), "g");

  ck_assert (load_measurements (table, "series,year,value\nA,2015,10\nA,2020,15\n", &error));
  doson_ctr_progress_settings_set_target (settings, 20, 2030);
  got = doson_ctr_progress_table_get_result (table, 0);
  want = doson_ctr_progress_compute (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG, settings,
                                     years, values, 2, &error);
  ck_assert_ptr_nonnull (want);
  assert_same_result (got, want, "A");
}
END_TEST

/* The summary covers what the table holds at each call: it is made again
 * after new settings, observations and series. */
START_TEST (test_summary_follows_changes)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(DosonCtrProgressSettings) settings = doson_ctr_progress_settings_new ();
  g_autoptr(DosonCtrProgressSettings) defaults = doson_ctr_progress_settings_new ();
  g_autoptr(GError) error = NULL;
  DosonCtrProgressResult *members[2];
  g_autoptr(DosonCtrProgressResult) want = NULL;
  g_autoptr(DosonCtrProgressResult) got = NULL;

  doson_ctr_progress_table_set_series_settings (table, "A", settings, "g1");
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_groups (table), 1);
  ck_assert_str_eq (doson_ctr_progress_table_get_group_id (table, 0), "g1");

  doson_ctr_progress_settings_set_direction (defaults, DOSON_CTR_DIRECTION_LOWER);
  doson_ctr_progress_table_set_default_settings (table, defaults);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_groups (table), 1);

  doson_ctr_progress_settings_set_target (settings, 20, 2030);
  doson_ctr_progress_table_set_series_settings (table, "A", settings, "g2");
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_groups (table), 1);
  ck_assert_str_eq (doson_ctr_progress_table_get_group_id (table, 0), "g2");

  ck_assert (doson_ctr_progress_table_add (table, "A", 2015, 10, &error));
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_groups (table), 1);
  ck_assert (doson_ctr_progress_table_add (table, "B", 2015, 5, &error));
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_groups (table), 2);
  ck_assert_ptr_null (doson_ctr_progress_table_get_group_id (table, 1));
  ck_assert_uint_eq (doson_ctr_progress_table_get_group_n_series (table, 1), 1);

  ck_assert (load_measurements (table, "series,year,value\nA,2020,15\nC,2016,1\nB,2019,4\n",
                                &error));
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_groups (table), 2);
  ck_assert_uint_eq (doson_ctr_progress_table_get_group_n_series (table, 0), 1);
  ck_assert_uint_eq (doson_ctr_progress_table_get_group_n_series (table, 1), 2);

  members[0] = doson_ctr_progress_table_get_result (table, 0);
  want = doson_ctr_progress_combine (members, 1);
  got = doson_ctr_progress_table_get_group_result (table, 0);
  assert_same_result (got, want, "g2");
  ck_assert_int_ne (doson_ctr_progress_result_get_status (got), DOSON_CTR_STATUS_NOT_AVAILABLE);
  doson_ctr_progress_result_free (members[0]);
  g_clear_pointer (&want, doson_ctr_progress_result_free);
  g_clear_pointer (&got, doson_ctr_progress_result_free);

  members[0] = doson_ctr_progress_table_get_result (table, 1);
  members[1] = doson_ctr_progress_table_get_result (table, 2);
  want = doson_ctr_progress_combine (members, 2);
  got = doson_ctr_progress_table_get_group_result (table, 1);
  assert_same_result (got, want, "no group");
  doson_ctr_progress_result_free (members[0]);
  doson_ctr_progress_result_free (members[1]);
}
END_TEST

/* Thousands of series, more than the index first holds: each keeps its
 * index and its own observations. */
START_TEST (test_many_series)
{
  enum { N = 3000 };
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GString) csv = g_string_new ("series,year,value\n");
  g_autoptr(GError) error = NULL;
  guint i;

  /* Sorted by year: every row starts a run of its own. */
  for (i = 0; i < N; i++)
    g_string_append_printf (csv, "W%05u-rate,2015,%u\n", i, i);
  for (i = 0; i < N; i++)
    g_string_append_printf (csv, "W%05u-rate,2016,%u.5\n", i, i);
  ck_assert_msg (load_measurements (table, csv->str, &error), "%s", error->message);
  ck_assert (doson_ctr_progress_table_add (table, "W00007-rate", 2017, 1, &error));
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), N);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_observations (table), 2 * N + 1);

  for (i = 0; i < N; i++)
    {
      g_autofree char *id = g_strdup_printf ("W%05u-rate", i);
      g_autoptr(DosonCtrProgressResult) r = NULL;
      guint index = G_MAXUINT;
      int year;
      double value;

      ck_assert (doson_ctr_progress_table_lookup (table, id, &index));
      ck_assert_uint_eq (index, i);
      ck_assert_str_eq (doson_ctr_progress_table_get_series_id (table, i), id);
      r = doson_ctr_progress_table_get_result (table, i);
      ck_assert (doson_ctr_progress_result_get_current (r, &year, &value));
      if (i == 7)
        ck_assert (year == 2017 && value == 1);
      else
        ck_assert_msg (year == 2016 && value == i + 0.5, "%s: %d %g", id, year, value);
    }
  ck_assert (!doson_ctr_progress_table_lookup (table, "W03000-rate", NULL));
}
END_TEST

/* A stored id shorter than the id looked up, with the same hash, at the
 * very end of the ids' 1 MiB block: the comparison stops at the stored
 * id's end (valgrind and AddressSanitizer saw a read of 8 bytes past the
 * block before). */
START_TEST (test_hash_collision_shorter_stored)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  /* with its NUL and the 9 bytes of "prefixed", it fills the block */
  g_autofree char *filler = g_strnfill (1024 * 1024 - 10, 'f');
  GError *error = NULL;

  ck_assert (doson_ctr_progress_table_add (table, filler, 2015, 1, &error));
  ck_assert (doson_ctr_progress_table_add (table, "prefixed", 2015, 1, &error));
  /* "prefixed1Gxk(ohk" had the same index hash as "prefixed" before the
   * hash had a key (test-progress-table-index forces collisions now) */
  ck_assert (!doson_ctr_progress_table_lookup (table, "prefixed1Gxk(ohk", NULL));
  ck_assert (doson_ctr_progress_table_add (table, "prefixed1Gxk(ohk", 2015, 2, &error));
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 3);
  ck_assert_ptr_null (error);
}
END_TEST

/* Pairs of ids that had the same 32-bit hash under the unkeyed hash of
 * earlier versions: the table tells them apart by their text.  The index
 * now hashes under a random key, so they no longer collide;
 * test-progress-table-index makes every id collide instead. */
START_TEST (test_hash_collisions)
{
  static const char * const ids[] = {
    "series-A", ";@LfFSk#",            /* 8 bytes, differing in the first word */
    "ward-07", ").Wbl'1",              /* 7 bytes, differing in the tail */
    "prefixed1Gxk(ohk", "prefixed",    /* the shorter is the start of the longer */
  };
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GString) csv = g_string_new ("series,year,value\n");
  g_autoptr(GError) error = NULL;
  guint i, index;

  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    ck_assert_msg (doson_ctr_progress_table_add (table, ids[i], 2015, i, &error),
                   "%s", error->message);
  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    g_string_append_printf (csv, "%s,2016,%u\n", ids[i], 10 + i);
  ck_assert_msg (load_measurements (table, csv->str, &error), "%s", error->message);

  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), G_N_ELEMENTS (ids));
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_observations (table),
                     2 * G_N_ELEMENTS (ids));
  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(DosonCtrProgressResult) r = NULL;
      int year;
      double value;

      ck_assert (doson_ctr_progress_table_lookup (table, ids[i], &index));
      ck_assert_uint_eq (index, i);
      r = doson_ctr_progress_table_get_result (table, i);
      ck_assert (doson_ctr_progress_result_get_current (r, &year, &value));
      ck_assert (year == 2016 && value == 10 + i);
    }
  /* An id of the same hash that is not listed. */
  index = 99;
  ck_assert (!doson_ctr_progress_table_lookup (table, "3p[a7a:5", &index));
  ck_assert_uint_eq (index, 99);
}
END_TEST

/* Consecutive rows of ids of the same length that differ only after the
 * first 16 bytes, or only in them, are different series. */
START_TEST (test_run_ids_same_length)
{
  static const char * const ids[] = {
    "aaaaaaaaaaaaaaaa-1",
    "bbbbbbbbbbbbbbbb-1",
    "cccccccccccccccc" "dddddddddddddddd" "1",
    "cccccccccccccccc" "eeeeeeeeeeeeeeee" "1",
    "cccccccccccccccc" "eeeeeeeeeeeeeeee" "2",
  };
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GString) csv = g_string_new ("series,year,value\n");
  g_autoptr(GError) error = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    g_string_append_printf (csv, "%s,2015,%u\n%s,2016,%u\n", ids[i], i + 1, ids[i], 10 + i);
  ck_assert_msg (load_measurements (table, csv->str, &error), "%s", error->message);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), G_N_ELEMENTS (ids));
  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(DosonCtrProgressResult) r = doson_ctr_progress_table_get_result (table, i);
      int year;
      double value;

      ck_assert_str_eq (doson_ctr_progress_table_get_series_id (table, i), ids[i]);
      ck_assert (doson_ctr_progress_result_get_base (r, &year, &value));
      ck_assert (year == 2015 && value == i + 1);
      ck_assert (doson_ctr_progress_result_get_current (r, &year, &value));
      ck_assert (year == 2016 && value == 10 + i);
    }
}
END_TEST

/* Consecutive rows whose ids differ only in their first or only in their
 * last byte are different series, at every length from 1 to 40 bytes:
 * the lengths that the comparison of a row's id with its run's takes
 * in words, in sixteen-byte blocks, or in blocks and an overlapping
 * last one. */
START_TEST (test_run_ids_differ_at_the_ends)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GString) csv = g_string_new ("series,year,value\n");
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint len, i;

  for (len = 1; len <= 40; len++)
    {
      char *same = g_strnfill (len, 'x');
      char *last = g_strnfill (len, 'x');
      char *first = g_strnfill (len, 'x');

      last[len - 1] = 'y';
      first[0] = 'z';
      g_ptr_array_add (ids, same);
      g_ptr_array_add (ids, last);
      g_ptr_array_add (ids, first);
    }
  for (i = 0; i < ids->len; i++)
    g_string_append_printf (csv, "%s,2015,%u\n", (char *) g_ptr_array_index (ids, i), i);

  ck_assert_msg (load_measurements (table, csv->str, &error), "%s", error->message);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), ids->len);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_observations (table), ids->len);
  for (i = 0; i < ids->len; i++)
    {
      g_autoptr(DosonCtrProgressResult) r = doson_ctr_progress_table_get_result (table, i);
      int year;
      double value;

      ck_assert_str_eq (doson_ctr_progress_table_get_series_id (table, i),
                        g_ptr_array_index (ids, i));
      ck_assert (doson_ctr_progress_result_get_current (r, &year, &value));
      ck_assert (year == 2015 && value == i);
    }
}
END_TEST

/* The output of a table does not depend on the key of its index's hash
 * (DOSON_CTR_HASH_SEED, random without it): series and groups are listed
 * in the order they first appear. */
START_TEST (test_output_independent_of_seed)
{
  static const char * const seeds[] = { "1", "18446744073709551615", NULL };
  g_autoptr(GString) measurements = g_string_new ("series,year,value\n");
  g_autoptr(GString) settings = g_string_new ("series,target,group\n");
  g_autofree char *expected = NULL;
  guint i, k;

  for (i = 0; i < 300; i++)
    {
      g_string_append_printf (settings, "S%u,%u,G%u\n", i * 7919 % 1000, 50 + i % 13, i % 17);
      g_string_append_printf (measurements, "S%u,2015,%u\nS%u,2020,%u\n",
                              i * 7919 % 1000, 10 + i % 7, i * 7919 % 1000, 12 + i % 11);
      g_string_append_printf (measurements, "T%u,2016,%u\n", i, i);
    }

  for (k = 0; k <= G_N_ELEMENTS (seeds); k++)
    {
      g_autoptr(DosonCtrProgressTable) table = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *csv = NULL, *summary = NULL, *json = NULL, *all = NULL;

      if (k < G_N_ELEMENTS (seeds) && seeds[k] != NULL)
        g_setenv ("DOSON_CTR_HASH_SEED", seeds[k], TRUE);
      else
        g_unsetenv ("DOSON_CTR_HASH_SEED");
      table = doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
      ck_assert_msg (load_settings (table, settings->str, &error), "%s", error->message);
      ck_assert_msg (load_measurements (table, measurements->str, &error), "%s", error->message);
      csv = output_of (table, OUT_CSV);
      summary = output_of (table, OUT_SUMMARY);
      json = output_of (table, OUT_JSON_SUMMARY);
      all = g_strconcat (csv, summary, json, NULL);
      if (expected == NULL)
        expected = g_steal_pointer (&all);
      else
        ck_assert_str_eq (all, expected);
    }
  g_unsetenv ("DOSON_CTR_HASH_SEED");
  ck_assert_ptr_nonnull (strstr (expected, "\nS0,"));
}
END_TEST

/* The CSV, summary and JSON of the measurements of @measurements (with
 * the settings of @settings) read on @jobs threads, or the error of the
 * load. */
static char *
output_of_streams (GInputStream *settings,
                   GInputStream *measurements,
                   guint         jobs)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL, *summary = NULL, *json = NULL;

  doson_ctr_progress_table_set_jobs (table, jobs);
  ck_assert_uint_eq (doson_ctr_progress_table_get_jobs (table), jobs);
  ck_assert_msg (doson_ctr_progress_table_load_settings (table, settings, "s.csv", NULL, &error),
                 "%s", error->message);
  if (!doson_ctr_progress_table_load_measurements (table, measurements, "m.csv", NULL, &error))
    return g_strdup_printf ("error %d: %s (%u series)", error->code, error->message,
                            doson_ctr_progress_table_get_n_series (table));
  csv = output_of (table, OUT_CSV);
  summary = output_of (table, OUT_SUMMARY);
  json = output_of (table, OUT_JSON_SUMMARY);
  return g_strconcat (csv, summary, json, NULL);
}

/* The same of @settings and @measurements in memory. */
static char *
output_with_jobs (const char *settings,
                  const char *measurements,
                  guint       jobs)
{
  g_autoptr(GInputStream) s = stream_of (settings);
  g_autoptr(GInputStream) m = stream_of (measurements);

  return output_of_streams (s, m, jobs);
}

/* A file read on 1, 2 and 7 threads, in pieces of 61 bytes (so that many
 * series straddle two pieces), gives the same table and output as in one
 * piece, and the same first error with the same line: with LF and CRLF line ends, a
 * quoted id with a line break and a comma in it, blank lines, and errors
 * early, late, and across pieces (a year a series already has). */
START_TEST (test_jobs_same_output)
{
  static const char * const faults[] = {
    NULL,
    "S7,2016,1",                 /* a year S7 already has, far from its run */
    "S390,2017,12,5",            /* a decimal comma: a field too many */
    "S12,2017,x",                /* not a number */
    "S\"x,2016,1",               /* a quote inside an unquoted field */
  };
  guint f, eol;

  g_setenv ("DOSON_CTR_PROGRESS_CHUNK", "61", TRUE);
  for (f = 0; f < G_N_ELEMENTS (faults); f++)
    for (eol = 0; eol < 2; eol++)
      {
        const char *nl = eol == 0 ? "\n" : "\r\n";
        g_autoptr(GString) m = g_string_new (NULL);
        g_autoptr(GString) st = g_string_new ("series,target,group\n");
        g_autofree char *one = NULL, *two = NULL, *seven = NULL, *whole = NULL;
        guint i, y;

        g_string_append_printf (m, "series,year,value%s", nl);
        for (i = 0; i < 400; i++)
          {
            if (i % 3 == 0)
              g_string_append_printf (st, "S%u,%u,G%u\n", i, 40 + i % 9, i % 5);
            for (y = 2015; y < 2020; y++)
              g_string_append_printf (m, "S%u,%u,%u.%u%s", i, y, 10 + (i * y) % 17, i % 10, nl);
            if (i == 100)
              g_string_append_printf (m, "\"S,line%sbreak\",2015,3%s%s", nl, nl, nl);
            if (i == 300 && faults[f] != NULL)
              g_string_append_printf (m, "%s%s", faults[f], nl);
          }
        g_setenv ("DOSON_CTR_PROGRESS_CHUNK", "61", TRUE);
        g_setenv ("DOSON_CTR_PROGRESS_BATCH", "7", TRUE);
        one = output_with_jobs (st->str, m->str, 1);
        two = output_with_jobs (st->str, m->str, 2);
        seven = output_with_jobs (st->str, m->str, 7);
        /* Each file in one piece: as a serial read. */
        g_unsetenv ("DOSON_CTR_PROGRESS_CHUNK");
        whole = output_with_jobs (st->str, m->str, 1);
        ck_assert_str_eq (one, whole);
        ck_assert_str_eq (two, one);
        ck_assert_str_eq (seven, one);
        ck_assert ((faults[f] == NULL) == !g_str_has_prefix (one, "error"));
      }
  g_unsetenv ("DOSON_CTR_PROGRESS_CHUNK");
  g_unsetenv ("DOSON_CTR_PROGRESS_BATCH");
}
END_TEST

/* The measurements of test_plain_rows_same_as_read(): 120 series of five
 * years, with rows the plain reading gives back to the reader (a blank
 * value, a year with a blank before it, an id of more than 64 bytes, one
 * in Vietnamese, a CRLF, an empty line, a quoted id), @fault after the
 * 90th series, and a last line without its LF; each id quoted when
 * @quoted, so that no row is plain. */
typedef struct
{
  const char *id;
  const char *rest;
} PlainFault;

static char *
plain_test_file (const PlainFault *fault,
                 gboolean          quoted)
{
  const char *q = quoted ? "\"" : "";
  GString *m = g_string_new ("series,year,value\n");
  guint i, y;

  for (i = 0; i < 120; i++)
    {
      g_autofree char *id = i == 40 ? g_strdup_printf ("S%u-%s", i, "long-long-long-long-long-long"
                                                       "-long-long-long-long-long")
                                    : i == 41 ? g_strdup_printf ("S%u-Đồ-Sơn", i)
                                    : g_strdup_printf ("S%u", i);

      for (y = 2015; y < 2020; y++)
        {
          if (i == 10 && y == 2017)
            g_string_append_printf (m, "%s%s%s,2017,\n", q, id, q);
          else if (i == 11 && y == 2016)
            g_string_append_printf (m, "%s%s%s, 2016,7\n", q, id, q);
          else if (i == 12 && y == 2018)
            g_string_append_printf (m, "%s%s%s,2018,8\r\n\n", q, id, q);
          else if (i == 13 && y == 2015)
            g_string_append_printf (m, "\"%s\",2015,1\n", id);
          else if (i == 119 && y == 2019)
            g_string_append_printf (m, "%s%s%s,2019,9", q, id, q);
          else
            g_string_append_printf (m, "%s%s%s,%u,%u.%u\n", q, id, q, y, (i * y) % 31, i % 10);
        }
      if (i == 90 && fault->rest != NULL)
        g_string_append_printf (m, "%s%s%s%s\n", q, fault->id, q, fault->rest);
    }
  return g_string_free (m, FALSE);
}

/* The rows the measurements reader splits plain in batches (of 128, or of
 * DOSON_CTR_PROGRESS_PLAIN_BATCH) give the same table, output and first
 * error, at the same line, as the same rows read one by one by the CSV
 * reader, whatever the batches, the pieces and the jobs: faults in the
 * run they would join (a year twice), in a row of their own (no id, a
 * year out of range, a value that is no number, a field too many) and
 * found only when the pieces are added (a year of an earlier run). */
START_TEST (test_plain_rows_same_as_read)
{
  static const PlainFault faults[] = {
    { NULL, NULL },
    { "S90", ",2016,1" },
    { "", ",2016,1" },
    { "S90", ",15,1" },
    { "S90", ",2020,x" },
    { "S90", ",2020,1,2" },
    { "S3", ",2016,1" },
  };
  static const char * const batches[] = { "1", "2", "3", "128" };
  guint f, b, c;

  for (f = 0; f < G_N_ELEMENTS (faults); f++)
    {
      g_autofree char *plain = plain_test_file (&faults[f], FALSE);
      g_autofree char *quoted = plain_test_file (&faults[f], TRUE);
      g_autofree char *expected = NULL;

      g_unsetenv ("DOSON_CTR_PROGRESS_CHUNK");
      expected = output_with_jobs ("series,target\n", quoted, 1);
      ck_assert ((faults[f].rest == NULL) == !g_str_has_prefix (expected, "error"));
      for (b = 0; b < G_N_ELEMENTS (batches); b++)
        for (c = 0; c < 2; c++)
          {
            g_autofree char *one = NULL, *two = NULL;

            g_setenv ("DOSON_CTR_PROGRESS_PLAIN_BATCH", batches[b], TRUE);
            if (c == 1)
              g_setenv ("DOSON_CTR_PROGRESS_CHUNK", "200", TRUE);
            one = output_with_jobs ("series,target\n", plain, 1);
            two = output_with_jobs ("series,target\n", plain, 2);
            ck_assert_msg (strcmp (one, expected) == 0, "fault %u, batch %s, pieces %u:\n%s\n%s",
                           f, batches[b], c, one, expected);
            ck_assert_str_eq (two, expected);
            g_unsetenv ("DOSON_CTR_PROGRESS_CHUNK");
          }
    }
  g_unsetenv ("DOSON_CTR_PROGRESS_PLAIN_BATCH");
}
END_TEST

/* A table of @n series with figures of all kinds: no observation, one
 * year, several, negative and decimal values, settings of their own,
 * groups and ids to quote or escape. */
static DosonCtrProgressTable *
table_of_kinds (guint n)
{
  DosonCtrProgressTable *table = doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GString) m = g_string_new ("series,year,value\n");
  g_autoptr(GString) st = g_string_new ("series,target,group\n");
  g_autoptr(GError) error = NULL;
  guint i, y;

  for (i = 0; i < n; i++)
    {
      g_autofree char *series = i % 11 == 3 ? g_strdup_printf ("\"K,\"\"%u\"\"\"", i)
                                            : g_strdup_printf ("K%u", i);

      if (i % 4 == 0)
        g_string_append_printf (st, "%s,%d,G%u\n", series, (int) (i % 9) - 2, i % 3);
      for (y = 2015; y < 2015 + i % 6; y++)
        g_string_append_printf (m, "%s,%u,%s%u.%u\n", series, y, i % 7 == 0 ? "-" : "",
                                (i * y) % 23, i % 10);
      if (i % 6 == 0)
        g_string_append_printf (m, "%s,2016,\n", series);
    }
  ck_assert_msg (load_settings (table, st->str, &error), "%s", error->message);
  ck_assert_msg (load_measurements (table, m->str, &error), "%s", error->message);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), n);
  return table;
}

/* Asserts that the writers give the same bytes for table_of_kinds (@n)
 * on 2 and 7 threads as on one, with batches of @batch series (0: as many
 * as when not told). */
static void
assert_jobs_same_writer_output (guint n,
                                guint batch)
{
  static const guint jobs[] = { 2, 7 };
  g_autoptr(DosonCtrProgressTable) table = table_of_kinds (n);
  g_autofree char *batch_text = g_strdup_printf ("%u", batch);
  Output what;
  guint j;

  for (what = OUT_CSV; what <= OUT_JSON_SUMMARY; what++)
    {
      g_autofree char *one = NULL;

      g_unsetenv ("DOSON_CTR_PROGRESS_BATCH");
      doson_ctr_progress_table_set_jobs (table, 1);
      one = output_of (table, what);
      if (batch > 0)
        g_setenv ("DOSON_CTR_PROGRESS_BATCH", batch_text, TRUE);
      for (j = 0; j < G_N_ELEMENTS (jobs); j++)
        {
          g_autofree char *many = NULL;

          doson_ctr_progress_table_set_jobs (table, jobs[j]);
          many = output_of (table, what);
          ck_assert_msg (strcmp (many, one) == 0, "%u series, batch %u, %u jobs, output %d",
                         n, batch, jobs[j], what);
        }
    }
  g_unsetenv ("DOSON_CTR_PROGRESS_BATCH");
}

/* The writers give the same bytes on 1, 2 and 7 threads: with batches of
 * 1, 7 and 64 series (DOSON_CTR_PROGRESS_BATCH), tables of one batch and
 * a series short of two, two, two and a series, and many batches; with
 * the batches of 4096 series when not told, two batches and a series. */
START_TEST (test_jobs_same_writer_output)
{
  static const guint batches[] = { 1, 7, 64 };
  guint b;

  for (b = 0; b < G_N_ELEMENTS (batches); b++)
    {
      guint b2 = 2 * batches[b];
      guint sizes[] = { 1, b2 - 1, b2, b2 + 1, 40 * batches[b] + 3 };
      guint n;

      for (n = 0; n < G_N_ELEMENTS (sizes); n++)
        assert_jobs_same_writer_output (sizes[n], batches[b]);
    }
  assert_jobs_same_writer_output (2 * 4096 + 1, 0);
}
END_TEST

/* The same of @settings and @measurements read from files (streams whose
 * size is known, so that the table is sized after the first piece). */
static char *
output_from_files (const char *settings,
                   const char *measurements,
                   guint       jobs)
{
  g_autofree char *dir = g_dir_make_tmp ("progress-XXXXXX", NULL);
  g_autofree char *s_path = g_build_filename (dir, "s.csv", NULL);
  g_autofree char *m_path = g_build_filename (dir, "m.csv", NULL);
  g_autoptr(GFile) s_file = g_file_new_for_path (s_path);
  g_autoptr(GFile) m_file = g_file_new_for_path (m_path);
  g_autoptr(GFileInputStream) s_stream = NULL;
  g_autoptr(GFileInputStream) m_stream = NULL;
  char *output;

  ck_assert (g_file_set_contents (s_path, settings, -1, NULL));
  ck_assert (g_file_set_contents (m_path, measurements, -1, NULL));
  s_stream = g_file_read (s_file, NULL, NULL);
  m_stream = g_file_read (m_file, NULL, NULL);
  ck_assert (s_stream != NULL && m_stream != NULL);
  output = output_of_streams (G_INPUT_STREAM (s_stream), G_INPUT_STREAM (m_stream), jobs);
  g_unlink (s_path);
  g_unlink (m_path);
  g_rmdir (dir);
  return output;
}

/* Files read in many pieces on 2 and 7 threads: the size of the file is
 * asked before the pieces are read (asking while another thread reads
 * fails with "Stream has outstanding operation"), and the output is that
 * of a read on one thread. */
START_TEST (test_jobs_files)
{
  g_autoptr(GString) m = g_string_new ("series,year,value\n");
  g_autoptr(GString) st = g_string_new ("series,target\n");
  g_autofree char *one = NULL;
  guint i, y, round;

  for (i = 0; i < 3000; i++)
    {
      if (i % 2 == 0)
        g_string_append_printf (st, "W%u,%u\n", i, 50 + i % 7);
      for (y = 2015; y < 2021; y++)
        g_string_append_printf (m, "W%u,%u,%u\n", i, y, 10 + (i + y) % 13);
    }
  g_setenv ("DOSON_CTR_PROGRESS_CHUNK", "997", TRUE);
  one = output_from_files (st->str, m->str, 1);
  for (round = 0; round < 10; round++)
    {
      g_autofree char *two = output_from_files (st->str, m->str, 2);
      g_autofree char *seven = output_from_files (st->str, m->str, 7);

      ck_assert_str_eq (two, one);
      ck_assert_str_eq (seven, one);
    }
  g_unsetenv ("DOSON_CTR_PROGRESS_CHUNK");
}
END_TEST

/* Rows so short that a whole piece parses into more than the rest of
 * its huge page (_doson_ctr_pages_buffer_borrow_rest()): the parse moves
 * to a buffer of its own on the way, and the output is that of small
 * pieces, which never do; with the settings file first (whose buffers
 * the measurements then reuse) and without. */
START_TEST (test_parse_outgrows_piece_page)
{
  g_autoptr(GString) m = g_string_new ("series,year,value\n");
  g_autoptr(GString) st = g_string_new ("series\n");
  guint i, with_settings, jobs;

  for (i = 0; i < 60000; i++)
    {
      g_string_append_printf (st, "S%06u\n", i);
      g_string_append_printf (m, "S%06u,2015,%u\nS%06u,2020,%u\n", i, 1 + i % 7, i, 2 + i % 5);
    }
  for (with_settings = 0; with_settings < 2; with_settings++)
    {
      const char *settings = with_settings ? st->str : "series\n";
      g_autofree char *small = NULL;

      g_setenv ("DOSON_CTR_PROGRESS_CHUNK", "997", TRUE);
      small = output_from_files (settings, m->str, 1);
      g_unsetenv ("DOSON_CTR_PROGRESS_CHUNK");
      ck_assert (!g_str_has_prefix (small, "error"));
      for (jobs = 1; jobs <= 2; jobs++)
        {
          g_autofree char *whole = output_from_files (settings, m->str, jobs);

          ck_assert_str_eq (whole, small);
        }
    }
}
END_TEST

/* A year need not have four characters: "02016" is 2016. */
START_TEST (test_year_leading_zero)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(DosonCtrProgressResult) r = NULL;
  g_autoptr(GError) error = NULL;
  int year;
  double value;

  ck_assert_msg (load_measurements (table, "series,year,value\nA,02016,5\nA,2015,4\n", &error),
                 "%s", error->message);
  r = doson_ctr_progress_table_get_result (table, 0);
  ck_assert (doson_ctr_progress_result_get_current (r, &year, &value));
  ck_assert (year == 2016 && value == 5);
  ck_assert (doson_ctr_progress_result_get_base (r, &year, &value));
  ck_assert (year == 2015 && value == 4);
  /* The same year again, in four digits, is a duplicate. */
  ck_assert (!load_measurements (table, "series,year,value\nA,2016,6\n", &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
}
END_TEST

/* Checks that @text is a decimal number that reads back as @value, with
 * no more than 17 significant digits and nothing shorter that would do. */
static void
assert_number_text (const char *text,
                    double      value)
{
  char shorter[64];
  int digits = 0, precision;
  const char *p;

  ck_assert_msg (g_ascii_strtod (text, NULL) == value, "%s is not %.17g", text, value);
  for (p = text; *p != '\0' && *p != 'e'; p++)
    if (g_ascii_isdigit (*p))
      digits++;
  for (precision = 1; precision < 17; precision++)
    {
      g_snprintf (shorter, sizeof shorter, "%.*e", precision - 1, value);
      if (g_ascii_strtod (shorter, NULL) == value)
        break;
    }
  /* Leading zeros ("0.05") are not significant. */
  for (p = text; *p == '-' || *p == '0' || *p == '.'; p++)
    if (*p == '0')
      digits--;
  ck_assert_msg (digits <= precision, "%s has more digits than %s", text, shorter);
}

START_TEST (test_csv_output)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(DosonCtrProgressSettings) target = doson_ctr_progress_settings_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  guint i;

  doson_ctr_progress_settings_set_target (target, 30, 2030);
  doson_ctr_progress_table_set_series_settings (table, "ward \"7\", rate", target, NULL);
  ck_assert (load_measurements (table,
                                "series,year,value\n"
                                "\"ward \"\"7\"\", rate\",2016,12.5\n"
                                "\"ward \"\"7\"\", rate\",2015,10\n"
                                "Z,2019,-0.25\n"
                                "Y,2015,0\n"
                                "Y,2020,3\n", &error));
  ck_assert (doson_ctr_progress_table_add (table, "X", 2021, 1e-7, &error));

  csv = output_of (table, OUT_CSV);
  lines = g_strsplit (csv, "\n", -1);
  ck_assert_str_eq (lines[0], "series,base_year,base_value,current_year,current_value,"
                              "progress,status,score");
  ck_assert_uint_eq (g_strv_length (lines), 6);
  ck_assert_str_eq (lines[5], "");

  /* Ids quoted as needed; absent figures empty; the base value as used
   * (Y's 0 became 0.001). */
  ck_assert (g_str_has_prefix (lines[1], "\"ward \"\"7\"\", rate\",2015,10,2016,12.5,"));
  ck_assert_str_eq (lines[2], "Z,2019,-0.25,2019,-0.25,,not_available,");
  ck_assert (g_str_has_prefix (lines[3], "Y,2015,0.001,2020,3,"));
  ck_assert_str_eq (lines[4], "X,2021,1e-07,2021,1e-07,,not_available,");

  for (i = 1; i <= 4; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], ",", -1);
      g_autoptr(DosonCtrProgressResult) r = doson_ctr_progress_table_get_result (table, i - 1);
      guint n = g_strv_length (f);
      double progress, score;

      /* The last three fields: progress, status, score. */
      ck_assert_str_eq (f[n - 2], doson_ctr_status_to_string (doson_ctr_progress_result_get_status (r)));
      if (doson_ctr_progress_result_get_progress (r, &progress))
        assert_number_text (f[n - 3], progress);
      else
        ck_assert_str_eq (f[n - 3], "");
      if (doson_ctr_progress_result_get_score (r, &score))
        assert_number_text (f[n - 1], score);
      else
        ck_assert_str_eq (f[n - 1], "");
    }
}
END_TEST

START_TEST (test_json_output)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_UNSD_RATIO);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  JsonObject *root;
  JsonArray *series;
  guint i;

  ck_assert (load_settings (table,
                            "series,target,group\n"
                            "A,20,\"Đồ Sơn \"\"1\"\"\"\n", &error));
  ck_assert (load_measurements (table,
                                "series,year,value\n"
                                "A,2015,10\nA,2020,14\n"
                                "B\\n,2015,3\n", &error));

  json = output_of (table, OUT_JSON);
  ck_assert_msg (json_parser_load_from_data (parser, json, -1, &error), "%s", json);
  root = json_node_get_object (json_parser_get_root (parser));
  ck_assert_str_eq (json_object_get_string_member (root, "method"), "unsd-ratio");
  ck_assert (!json_object_has_member (root, "summary"));
  series = json_object_get_array_member (root, "series");
  ck_assert_uint_eq (json_array_get_length (series), 2);

  for (i = 0; i < 2; i++)
    {
      JsonObject *o = json_array_get_object_element (series, i);
      g_autoptr(DosonCtrProgressResult) r = doson_ctr_progress_table_get_result (table, i);
      int year;
      double value;

      ck_assert_str_eq (json_object_get_string_member (o, "series"),
                        doson_ctr_progress_table_get_series_id (table, i));
      ck_assert_str_eq (json_object_get_string_member (o, "status"),
                        doson_ctr_status_to_string (doson_ctr_progress_result_get_status (r)));
      if (doson_ctr_progress_result_get_base (r, &year, &value))
        {
          ck_assert_int_eq (json_object_get_int_member (o, "base_year"), year);
          ck_assert (json_object_get_double_member (o, "base_value") == value);
        }
      else
        ck_assert (json_object_get_null_member (o, "base_year"));
      if (doson_ctr_progress_result_get_progress (r, &value))
        ck_assert (json_object_get_double_member (o, "progress") == value);
      else
        ck_assert (json_object_get_null_member (o, "progress"));
      /* unsd-ratio has no score */
      ck_assert (json_object_get_null_member (o, "score"));
    }
  ck_assert_str_eq (json_object_get_string_member (json_array_get_object_element (series, 0),
                                                   "group"), "Đồ Sơn \"1\"");
  ck_assert_str_eq (json_object_get_string_member (json_array_get_object_element (series, 1),
                                                   "series"), "B\\n");
  ck_assert (json_object_get_null_member (json_array_get_object_element (series, 1), "group"));

  g_free (json);
  json = output_of (table, OUT_JSON_SUMMARY);
  ck_assert (json_parser_load_from_data (parser, json, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  {
    JsonArray *summary = json_object_get_array_member (root, "summary");
    JsonObject *first = json_array_get_object_element (summary, 0);

    ck_assert_uint_eq (json_array_get_length (summary), 2);
    ck_assert_str_eq (json_object_get_string_member (first, "group"), "Đồ Sơn \"1\"");
    ck_assert_int_eq (json_object_get_int_member (first, "series"), 1);
    ck_assert (json_object_get_null_member (first, "score"));
    ck_assert_str_eq (json_object_get_string_member (first, "status"), "not_available");
  }
}
END_TEST

/* Ids that start or end with a blank, or hold a line break, are quoted in
 * the CSV outputs, so that a CSV reader gets them back verbatim. */
START_TEST (test_csv_output_quoting)
{
  static const char * const ids[] = {
    " lead", "\tlead", "trail ", "trail\t", "a\rb", "a\nb", "plain"
  };
  static const char * const quoted[] = {
    "\" lead\"", "\"\tlead\"", "\"trail \"", "\"trail\t\"", "\"a\rb\"", "\"a\nb\"", "plain"
  };
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(DosonCtrProgressSettings) settings = doson_ctr_progress_settings_new ();
  g_autoptr(GString) expected = g_string_new ("series,base_year,base_value,current_year,"
                                              "current_value,progress,status,score\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *summary = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      ck_assert (doson_ctr_progress_table_add (table, ids[i], 2015, 1, &error));
      g_string_append_printf (expected, "%s,2015,1,2015,1,,not_available,\n", quoted[i]);
    }
  doson_ctr_progress_table_set_series_settings (table, "S", settings, " g\t");
  g_string_append (expected, "S,,,,,,not_available,\n");

  csv = output_of (table, OUT_CSV);
  ck_assert_str_eq (csv, expected->str);

  summary = output_of (table, OUT_SUMMARY);
  ck_assert_str_eq (summary, "group,series,score,status\n"
                             ",7,,not_available\n"
                             "\" g\t\",1,,not_available\n");
}
END_TEST

/* Control characters in ids are escaped in the JSON output and read back
 * as they were. */
START_TEST (test_json_output_escapes)
{
  static const char * const ids[] = {
    "tab\there", "nl\nhere", "cr\rhere", "bs\bhere", "ff\fhere", "ctl\001here", "us\037here"
  };
  static const char * const escaped[] = {
    "tab\\there", "nl\\nhere", "cr\\rhere", "bs\\bhere", "ff\\fhere", "ctl\\u0001here",
    "us\\u001fhere"
  };
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GString) expected = g_string_new ("{\"method\":\"open-sdg\",\n\"series\":[");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  JsonArray *series;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      ck_assert (doson_ctr_progress_table_add (table, ids[i], 2015, 1, &error));
      g_string_append_printf (expected,
                              "%s{\"series\":\"%s\",\"group\":null,\"base_year\":2015,"
                              "\"base_value\":1,\"current_year\":2015,\"current_value\":1,"
                              "\"progress\":null,\"status\":\"not_available\",\"score\":null}",
                              i == 0 ? "\n" : ",\n", escaped[i]);
    }
  g_string_append (expected, "\n]}\n");

  json = output_of (table, OUT_JSON);
  ck_assert_str_eq (json, expected->str);

  ck_assert_msg (json_parser_load_from_data (parser, json, -1, &error), "%s", error->message);
  series = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                         "series");
  ck_assert_uint_eq (json_array_get_length (series), G_N_ELEMENTS (ids));
  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    ck_assert_str_eq (json_object_get_string_member (json_array_get_object_element (series, i),
                                                     "series"), ids[i]);
}
END_TEST

/* The writers hand the stream 256 KiB at a time (the library's
 * WRITE_CHUNK); the tables below make outputs of several chunks. */
#define CHUNK_SIZE (256 * 1024)
#define CSV_HEADER "series,base_year,base_value,current_year,current_value,progress,status,score\n"
#define CSV_ROW "series-%06u,,,,,,not_available,\n"
#define CSV_ROW_LEN (13 + 21)

/* A table of @n series without observations, each in a group of its own. */
static DosonCtrProgressTable *
table_of_groups (guint n)
{
  DosonCtrProgressTable *table = doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(DosonCtrProgressSettings) settings = doson_ctr_progress_settings_new ();
  guint i;

  for (i = 0; i < n; i++)
    {
      char id[32], group[32];

      g_snprintf (id, sizeof id, "series-%06u", i);
      g_snprintf (group, sizeof group, "group-of-%06u-x", i);
      doson_ctr_progress_table_set_series_settings (table, id, settings, group);
    }
  return table;
}

/* What the writers must write for table_of_groups (@n). */
static char *
expected_of_groups (guint  n,
                    Output what)
{
  GString *out = g_string_new (NULL);
  guint i;

  switch (what)
    {
    case OUT_CSV:
      g_string_append (out, CSV_HEADER);
      for (i = 0; i < n; i++)
        g_string_append_printf (out, CSV_ROW, i);
      break;
    case OUT_SUMMARY:
      g_string_append (out, "group,series,score,status\n");
      for (i = 0; i < n; i++)
        g_string_append_printf (out, "group-of-%06u-x,1,,not_available\n", i);
      break;
    case OUT_JSON:
    case OUT_JSON_SUMMARY:
      g_string_append (out, "{\"method\":\"open-sdg\",\n\"series\":[");
      for (i = 0; i < n; i++)
        g_string_append_printf (out, "%s{\"series\":\"series-%06u\",\"group\":\"group-of-%06u-x\","
                                "\"base_year\":null,\"base_value\":null,\"current_year\":null,"
                                "\"current_value\":null,\"progress\":null,"
                                "\"status\":\"not_available\",\"score\":null}",
                                i == 0 ? "\n" : ",\n", i, i);
      g_string_append (out, "\n]");
      if (what == OUT_JSON_SUMMARY)
        {
          g_string_append (out, ",\n\"summary\":[");
          for (i = 0; i < n; i++)
            g_string_append_printf (out, "%s{\"group\":\"group-of-%06u-x\",\"series\":1,"
                                    "\"score\":null,\"status\":\"not_available\"}",
                                    i == 0 ? "\n" : ",\n", i);
          g_string_append (out, "\n]");
        }
      g_string_append (out, "}\n");
      break;
    }
  return g_string_free (out, FALSE);
}

/* Outputs of several chunks are written whole. The number of series is
 * chosen so that the last CSV row fills a chunk: nothing is left for the
 * final write. */
START_TEST (test_large_output)
{
  const guint n = (CHUNK_SIZE - strlen (CSV_HEADER) + CSV_ROW_LEN - 1) / CSV_ROW_LEN;
  g_autoptr(DosonCtrProgressTable) table = table_of_groups (n);
  Output what;

  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), n);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_groups (table), n);
  for (what = OUT_CSV; what <= OUT_JSON_SUMMARY; what++)
    {
      g_autofree char *got = output_of (table, what);
      g_autofree char *want = expected_of_groups (n, what);

      ck_assert_uint_gt (strlen (want), CHUNK_SIZE);
      ck_assert_msg (strcmp (got, want) == 0, "output %d differs", what);
    }
}
END_TEST

/* ------------------------------------------------------------------ */
/* errors                                                              */
/* ------------------------------------------------------------------ */

START_TEST (test_measurement_errors)
{
  assert_measurements_error ("series,year,value\nA,2015,1\nA,2016,2\nA,2015,3\n",
                             DOSON_CTR_ERROR_INVALID_DATA,
                             "m.csv:4: field \"year\": series \"A\" already has a value for 2015");
  /* A duplicate of an earlier run, found when the run ends (at the end of
   * the file, or at an error in a later row of the same run, which comes
   * second). */
  assert_measurements_error ("series,year,value\nA,2015,1\nB,2015,1\nA,2016,2\nA,2015,3\n",
                             DOSON_CTR_ERROR_INVALID_DATA,
                             "m.csv:5: field \"year\": series \"A\" already has a value for 2015");
  assert_measurements_error ("series,year,value\nA,2015,1\nB,2015,1\nA,2015,2\nA,2016,x\n",
                             DOSON_CTR_ERROR_INVALID_DATA,
                             "m.csv:4: field \"year\": series \"A\" already has a value for 2015");
  assert_measurements_error ("series,year,value\nA,2015,1\nB,2015,1\nA,2016,2\nA,2017,x\n",
                             DOSON_CTR_ERROR_PARSE,
                             "m.csv:5: field \"value\": not a number: \"x\"");
  assert_measurements_error ("series,year,value\nA,2015,NaN\n",
                             DOSON_CTR_ERROR_NOT_FINITE,
                             "m.csv:2: field \"value\": not a finite number: \"NaN\"");
  assert_measurements_error ("series,year,value\nA,2015,-inf\n",
                             DOSON_CTR_ERROR_NOT_FINITE,
                             "m.csv:2: field \"value\": not a finite number: \"-inf\"");
  assert_measurements_error ("series,year,value\nA,2015,1e999\n",
                             DOSON_CTR_ERROR_NOT_FINITE,
                             "m.csv:2: field \"value\": not a finite number: \"1e999\"");
  assert_measurements_error ("series,year,value\nA,2015,abc\n",
                             DOSON_CTR_ERROR_PARSE,
                             "m.csv:2: field \"value\": not a number: \"abc\"");
  assert_measurements_error ("series,year,value\nA,2015,\"12,5\"\n",
                             DOSON_CTR_ERROR_PARSE,
                             "m.csv:2: field \"value\": not a number: \"12,5\"");
  assert_measurements_error ("series,year,value\nA,2015,12,5\n",
                             DOSON_CTR_ERROR_PARSE,
                             "m.csv:2: field 4: the record has 4 fields, the header 3 "
                             "(a comma in an unquoted value?)");
  assert_measurements_error ("series,year,value\nA,2015\n",
                             DOSON_CTR_ERROR_PARSE,
                             "m.csv:2: field \"value\": the record has 2 fields, the header 3");
  assert_measurements_error ("series,year,value\nA,15,1\n",
                             DOSON_CTR_ERROR_INVALID_DATA,
                             "m.csv:2: field \"year\": year out of range (1900 to 2200): \"15\"");
  assert_measurements_error ("series,year,value\nA,2015.5,1\n",
                             DOSON_CTR_ERROR_PARSE,
                             "m.csv:2: field \"year\": not a year: \"2015.5\"");
  assert_measurements_error ("series,year,value\n,2015,1\n",
                             DOSON_CTR_ERROR_INVALID_DATA,
                             "m.csv:2: field \"series\": empty series id");
  assert_measurements_error ("series,year,value\nA,,1\n",
                             DOSON_CTR_ERROR_PARSE,
                             "m.csv:2: field \"year\": empty, expected a year");
  assert_measurements_error ("series,year\nA,2015\n",
                             DOSON_CTR_ERROR_INVALID_DATA,
                             "m.csv:1: missing column \"value\" "
                             "(the header must name series, year and value)");
  assert_measurements_error ("series,year,value,Year\nA,2015,1,2015\n",
                             DOSON_CTR_ERROR_INVALID_DATA,
                             "m.csv:1: field \"Year\": column \"year\" appears twice (fields 2 and 4)");
  assert_measurements_error ("", DOSON_CTR_ERROR_INVALID_DATA,
                             "m.csv: empty file, expected a header");
  assert_measurements_error ("series,year,value\nA,2015,\"1\n", DOSON_CTR_ERROR_PARSE,
                             "m.csv:2: field \"value\": unterminated quoted field");
  assert_measurements_error ("series,year,value\nA\xFF,2015,1\n", DOSON_CTR_ERROR_PARSE,
                             "m.csv:2: field \"series\": invalid UTF-8");
  /* The line of a field after a quoted line break */
  assert_measurements_error ("series,year,value\n\"A\nB\",2015,x\n", DOSON_CTR_ERROR_PARSE,
                             "m.csv:3: field \"value\": not a number: \"x\"");
}
END_TEST

START_TEST (test_settings_errors)
{
  assert_settings_error ("series,tagret\nA,1\n", DOSON_CTR_ERROR_INVALID_DATA,
                         "s.csv:1: field \"tagret\": unknown column (expected series, "
                         "direction, target, target_year, base_year, limit or group)");
  assert_settings_error ("target,direction\n1,higher\n", DOSON_CTR_ERROR_INVALID_DATA,
                         "s.csv:1: missing column \"series\" (the header must name series)");
  assert_settings_error ("series,target\nA,1\nB,2\nA,3\n", DOSON_CTR_ERROR_INVALID_DATA,
                         "s.csv:4: field \"series\": series \"A\" already has settings (s.csv:2)");
  /* A target year without a target is ignored, but must be a year. */
  assert_settings_error ("series,target_year\nA,2030x\n", DOSON_CTR_ERROR_PARSE,
                         "s.csv:2: field \"target_year\": not a year: \"2030x\"");
  assert_settings_error ("series,direction\nA,up\n", DOSON_CTR_ERROR_INVALID_DATA,
                         "s.csv:2: field \"direction\": unknown direction \"up\" "
                         "(expected higher or lower)");
  assert_settings_error ("series,target\nA,ten\n", DOSON_CTR_ERROR_PARSE,
                         "s.csv:2: field \"target\": not a number: \"ten\"");
  assert_settings_error ("series,limit\nA,nan\n", DOSON_CTR_ERROR_NOT_FINITE,
                         "s.csv:2: field \"limit\": not a finite number: \"nan\"");
  assert_settings_error ("series,base_year\nA,2015x\n", DOSON_CTR_ERROR_PARSE,
                         "s.csv:2: field \"base_year\": not a year: \"2015x\"");
  assert_settings_error ("series,target\n,1\n", DOSON_CTR_ERROR_INVALID_DATA,
                         "s.csv:2: field \"series\": empty series id");
  assert_settings_error ("", DOSON_CTR_ERROR_INVALID_DATA,
                         "s.csv: empty file, expected a header");

  /* Settings for a series that has observations, or set by the program. */
  {
    g_autoptr(DosonCtrProgressTable) table =
      doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
    g_autoptr(DosonCtrProgressSettings) settings = doson_ctr_progress_settings_new ();
    g_autoptr(GError) error = NULL;

    ck_assert (doson_ctr_progress_table_add (table, "A", 2015, 1, &error));
    ck_assert (!load_settings (table, "series,target\nB,1\nA,2\n", &error));
    ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
    ck_assert_str_eq (error->message,
                      "s.csv:3: field \"series\": series \"A\" already has observations; "
                      "load the settings before the measurements");
    g_clear_error (&error);

    doson_ctr_progress_table_set_series_settings (table, "C", settings, "g");
    ck_assert (!load_settings (table, "series,target\nC,1\n", &error));
    ck_assert_str_eq (error->message,
                      "s.csv:2: field \"series\": series \"C\" already has settings "
                      "(set by the program)");
  }
}
END_TEST

START_TEST (test_add_errors)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GError) error = NULL;

  ck_assert (doson_ctr_progress_table_add (table, "A", 2015, 1, &error));

  ck_assert (!doson_ctr_progress_table_add (table, "A", 2016, NAN, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE));
  g_clear_error (&error);
  ck_assert (!doson_ctr_progress_table_add (table, "B", 2016, INFINITY, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE));
  g_clear_error (&error);
  ck_assert (!doson_ctr_progress_table_add (table, "A", 2015, 2, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
  ck_assert_str_eq (error->message, "series \"A\" already has a value for 2015");
  g_clear_error (&error);
  ck_assert (!doson_ctr_progress_table_add (table, "A", 1899, 2, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT));
  g_clear_error (&error);
  ck_assert (!doson_ctr_progress_table_add (table, "", 2016, 2, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT));
  g_clear_error (&error);
  ck_assert (!doson_ctr_progress_table_add (table, "\xC3", 2016, 2, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_ARGUMENT));

  /* Nothing of the failed calls stayed: NaN did not take 2016 from A. */
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 1);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_observations (table), 1);
  ck_assert (doson_ctr_progress_table_add (table, "A", 2016, 2, NULL));
}
END_TEST

/* An output stream that always fails. */
START_TEST (test_write_errors)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new (g_malloc (8), 8, NULL, g_free);
  g_autoptr(GError) error = NULL;

  ck_assert (doson_ctr_progress_table_add (table, "A long series id", 2015, 1, &error));
  ck_assert (!doson_ctr_progress_table_write_csv (table, stream, NULL, &error));
  ck_assert_msg (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO),
                 "%s", error->message);
  g_clear_error (&error);
  ck_assert (!doson_ctr_progress_table_write_json (table, stream, TRUE, NULL, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO));
  g_clear_error (&error);
  ck_assert (!doson_ctr_progress_table_write_summary_csv (table, stream, NULL, &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO));
}
END_TEST

START_TEST (test_cancelled)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GInputStream) stream = stream_of ("series,year,value\nA,2015,1\n");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  ck_assert (!doson_ctr_progress_table_load_measurements (table, stream, "m.csv",
                                                          cancellable, &error));
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
}
END_TEST

START_TEST (test_measurement_year_errors)
{
  static const char * const not_years[] = { "x015", "2x15", "20x5", "201x" };
  gsize i;

  /* Four characters that are not four digits. */
  for (i = 0; i < G_N_ELEMENTS (not_years); i++)
    {
      g_autofree char *text = g_strdup_printf ("series,year,value\nA,2015,1\nA,%s,1\n",
                                               not_years[i]);
      g_autofree char *message = g_strdup_printf ("m.csv:3: field \"year\": not a year: \"%s\"",
                                                  not_years[i]);

      assert_measurements_error (text, DOSON_CTR_ERROR_PARSE, message);
    }
  /* Four digits out of range, on either side. */
  assert_measurements_error ("series,year,value\nA,1899,1\n", DOSON_CTR_ERROR_INVALID_DATA,
                             "m.csv:2: field \"year\": year out of range (1900 to 2200): \"1899\"");
  assert_measurements_error ("series,year,value\nA,2201,1\n", DOSON_CTR_ERROR_INVALID_DATA,
                             "m.csv:2: field \"year\": year out of range (1900 to 2200): \"2201\"");
  /* A row of one field. */
  assert_measurements_error ("series,year,value\nA\n", DOSON_CTR_ERROR_PARSE,
                             "m.csv:2: field \"year\": the record has 1 field, the header 3");
}
END_TEST

/* A duplicate year of a run that is added only after eight more series
 * have started: the error names its line, and no row after it is added. */
START_TEST (test_measurement_duplicate_found_late)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GError) error = NULL;

  ck_assert (!load_measurements (table,
                                 "series,year,value\n"
                                 "A,2015,1\n"
                                 "B,2015,1\n"
                                 "A,2015,2\n"
                                 "C,2015,1\nD,2015,1\nE,2015,1\nF,2015,1\n"
                                 "G,2015,1\nH,2015,1\nI,2015,1\nJ,2015,1\n"
                                 "K,2015,1\nL,2015,1\n", &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
  ck_assert_str_eq (error->message,
                    "m.csv:4: field \"year\": series \"A\" already has a value for 2015");
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 2);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_observations (table), 2);
  ck_assert (!doson_ctr_progress_table_lookup (table, "C", NULL));
}
END_TEST

START_TEST (test_settings_errors_more)
{
  assert_settings_error ("series,target\nA,1,2\n", DOSON_CTR_ERROR_PARSE,
                         "s.csv:2: field 3: the record has 3 fields, the header 2 "
                         "(a comma in an unquoted value?)");
  assert_settings_error ("series,target\nA,1\nB\n", DOSON_CTR_ERROR_PARSE,
                         "s.csv:3: field \"target\": the record has 1 field, the header 2");
  assert_settings_error ("series,Target,target\nA,1,2\n", DOSON_CTR_ERROR_INVALID_DATA,
                         "s.csv:1: field \"target\": column \"target\" appears twice "
                         "(fields 2 and 3)");
  assert_settings_error ("series,target,target_year\nA,1,20x0\n", DOSON_CTR_ERROR_PARSE,
                         "s.csv:2: field \"target_year\": not a year: \"20x0\"");
  assert_settings_error ("series,target,target_year\nA,1,1800\n", DOSON_CTR_ERROR_INVALID_DATA,
                         "s.csv:2: field \"target_year\": year out of range (1900 to 2200): "
                         "\"1800\"");
  assert_settings_error ("series,base_year\nA,2300\n", DOSON_CTR_ERROR_INVALID_DATA,
                         "s.csv:2: field \"base_year\": year out of range (1900 to 2200): "
                         "\"2300\"");
  assert_settings_error ("series,limit\nA,1e999\n", DOSON_CTR_ERROR_NOT_FINITE,
                         "s.csv:2: field \"limit\": not a finite number: \"1e999\"");
}
END_TEST

/* A series given settings by an earlier settings file: the message names
 * that file and line; the rows before the faulty one are applied. */
START_TEST (test_settings_twice_across_files)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GInputStream) first = stream_of ("series,group\nZ,g0\nA,g1\n");
  g_autoptr(GInputStream) second = stream_of ("series,group\nB,g2\nA,g3\nC,g4\n");
  g_autoptr(GError) error = NULL;

  ck_assert (doson_ctr_progress_table_load_settings (table, first, "first.csv", NULL, &error));
  ck_assert (!doson_ctr_progress_table_load_settings (table, second, "second.csv", NULL,
                                                      &error));
  ck_assert (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA));
  ck_assert_str_eq (error->message, "second.csv:3: field \"series\": series \"A\" already has "
                                    "settings (first.csv:3)");
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 3);
  ck_assert_str_eq (doson_ctr_progress_table_get_series_id (table, 2), "B");
  ck_assert_str_eq (doson_ctr_progress_table_get_group (table, 2), "g2");
  ck_assert_str_eq (doson_ctr_progress_table_get_group (table, 1), "g1");
  ck_assert (!doson_ctr_progress_table_lookup (table, "C", NULL));
}
END_TEST

static gboolean
write_output (DosonCtrProgressTable *table,
              Output                 what,
              GOutputStream         *stream,
              GCancellable          *cancellable,
              GError               **error)
{
  switch (what)
    {
    case OUT_CSV:
      return doson_ctr_progress_table_write_csv (table, stream, cancellable, error);
    case OUT_SUMMARY:
      return doson_ctr_progress_table_write_summary_csv (table, stream, cancellable, error);
    case OUT_JSON:
    case OUT_JSON_SUMMARY:
    default:
      return doson_ctr_progress_table_write_json (table, stream, what == OUT_JSON_SUMMARY,
                                                  cancellable, error);
    }
}

/* A stream that fails in the middle of a long output: an IO error, and
 * what was written is the start of the output. */
START_TEST (test_write_errors_midway)
{
  const guint n = 2 * CHUNK_SIZE / CSV_ROW_LEN;
  g_autoptr(DosonCtrProgressTable) table = table_of_groups (n);
  g_autofree char *series_only = expected_of_groups (n, OUT_JSON);
  Output what;

  for (what = OUT_CSV; what <= OUT_JSON_SUMMARY; what++)
    {
      g_autofree char *want = expected_of_groups (n, what);
      /* Room for 1000 bytes; for the JSON with the summary, room for the
       * series but not for the summary. */
      gsize room = what == OUT_JSON_SUMMARY ? strlen (series_only) - 2 : 1000;
      g_autoptr(GOutputStream) stream = g_memory_output_stream_new (g_malloc (room), room,
                                                                    NULL, g_free);
      g_autoptr(GError) error = NULL;
      gsize written;

      ck_assert (!write_output (table, what, stream, NULL, &error));
      ck_assert_msg (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO),
                     "%d: %s", what, error->message);
      ck_assert_msg (g_str_has_prefix (error->message, "cannot write: "), "%s", error->message);
      written = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream));
      ck_assert_uint_le (written, room);
      ck_assert (memcmp (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                         want, written) == 0);
    }
}
END_TEST

/* Writes @table on @jobs threads to a memory stream of @room bytes that
 * cannot grow, or (@room == 0) to one that grows and cancels
 * test_cancel_after once past test_cancel_bytes: gives "ok" or the
 * error, as "domain code message", a line break, then the bytes
 * written. */
static GCancellable *test_cancel_after;
static gsize test_cancel_bytes;

static gpointer
realloc_then_cancel (gpointer data,
                     gsize    size)
{
  if (size > test_cancel_bytes)
    g_cancellable_cancel (test_cancel_after);
  return g_realloc (data, size);
}

static char *
stopped_output (DosonCtrProgressTable *table,
                Output                 what,
                guint                  jobs,
                gsize                  room)
{
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *result = NULL;
  GMemoryOutputStream *memory;

  if (room > 0)
    stream = g_memory_output_stream_new (g_malloc (room), room, NULL, g_free);
  else
    stream = g_memory_output_stream_new (NULL, 0, realloc_then_cancel, g_free);
  memory = G_MEMORY_OUTPUT_STREAM (stream);
  test_cancel_after = cancellable;
  doson_ctr_progress_table_set_jobs (table, jobs);
  if (write_output (table, what, stream, cancellable, &error))
    result = g_strdup ("ok");
  else
    result = g_strdup_printf ("%s %d %s", g_quark_to_string (error->domain), error->code,
                              error->message);
  test_cancel_after = NULL;
  return g_strdup_printf ("%s\n%.*s", result, (int) g_memory_output_stream_get_data_size (memory),
                          (const char *) g_memory_output_stream_get_data (memory));
}

/* A write error in the middle of many batches gives on 2 and 7 threads
 * the same error and the same bytes written as on one: in the first
 * batch, a few batches in, in the last one, and (JSON with the summary)
 * once the series are written.  A cancellation stops them with
 * G_IO_ERROR_CANCELLED at the next batch, with the start of the output
 * written (one thread, which looks at the cancellable every 256 KiB,
 * writes this output whole).  The helpers stop: the test would hang
 * otherwise, and valgrind finds no leak. */
START_TEST (test_write_errors_midway_jobs)
{
  g_autoptr(DosonCtrProgressTable) table = table_of_kinds (1000);
  static const guint jobs[] = { 2, 7 };
  Output what;

  g_autofree char *cancelled_error = g_strdup_printf ("g-io-error-quark %d ",
                                                      G_IO_ERROR_CANCELLED);

  g_setenv ("DOSON_CTR_PROGRESS_BATCH", "13", TRUE);
  for (what = OUT_CSV; what <= OUT_JSON_SUMMARY; what++)
    {
      g_autofree char *whole = output_of (table, what);
      g_autofree char *whole_ok = g_strconcat ("ok\n", whole, NULL);
      gsize len = strlen (whole);
      gsize rooms[] = { 1, 100, len / 5, len * 9 / 10, len - 2 };
      guint r, j;

      if (what == OUT_SUMMARY)
        continue;
      for (r = 0; r < G_N_ELEMENTS (rooms); r++)
        {
          g_autofree char *one = stopped_output (table, what, 1, rooms[r]);
          g_autofree char *one_cancelled = NULL;
          g_autofree char *io_error = g_strdup_printf ("doson-ctr-error-quark %d cannot write: ",
                                                       DOSON_CTR_ERROR_IO);

          ck_assert_msg (g_str_has_prefix (one, io_error), "%s", one);
          test_cancel_bytes = rooms[r];
          one_cancelled = stopped_output (table, what, 1, 0);
          ck_assert_str_eq (one_cancelled, whole_ok);
          for (j = 0; j < G_N_ELEMENTS (jobs); j++)
            {
              g_autofree char *many = stopped_output (table, what, jobs[j], rooms[r]);
              g_autofree char *cancelled = stopped_output (table, what, jobs[j], 0);
              const char *written = strchr (cancelled, '\n') + 1;

              ck_assert_msg (strcmp (many, one) == 0, "output %d, room %zu, %u jobs",
                             what, rooms[r], jobs[j]);
              ck_assert_msg (g_str_has_prefix (cancelled, cancelled_error),
                             "output %d, room %zu, %u jobs: %.200s", what, rooms[r], jobs[j],
                             cancelled);
              ck_assert_uint_gt (strlen (written), 0);
              ck_assert_uint_le (strlen (written), len);
              ck_assert (strncmp (written, whole, strlen (written)) == 0);
            }
        }
    }
  g_unsetenv ("DOSON_CTR_PROGRESS_BATCH");
}
END_TEST

/* A cancelled writer or settings loader stops with G_IO_ERROR_CANCELLED.
 * The writers leave the check to the stream: a file's stream makes it. */
START_TEST (test_write_cancelled)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GInputStream) settings = stream_of ("series,target\nB,1\n");
  g_autoptr(GFileIOStream) file_stream = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GOutputStream *stream;
  Output what;

  file = g_file_new_tmp ("test-progress-table-XXXXXX.out", &file_stream, &error);
  ck_assert_msg (file != NULL, "%s", error != NULL ? error->message : "?");
  stream = g_io_stream_get_output_stream (G_IO_STREAM (file_stream));

  ck_assert (doson_ctr_progress_table_add (table, "A", 2015, 1, &error));
  g_cancellable_cancel (cancellable);
  for (what = OUT_CSV; what <= OUT_JSON_SUMMARY; what++)
    {
      ck_assert (!write_output (table, what, stream, cancellable, &error));
      ck_assert_msg (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED),
                     "%d: %s", what, error->message);
      g_clear_error (&error);
    }
  ck_assert (!doson_ctr_progress_table_load_settings (table, settings, "s.csv", cancellable,
                                                      &error));
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  ck_assert (!doson_ctr_progress_table_lookup (table, "B", NULL));
  g_clear_error (&error);

  ck_assert (g_io_stream_close (G_IO_STREAM (file_stream), NULL, NULL));
  ck_assert (g_file_delete (file, NULL, NULL));

  /* A memory stream does not check the cancellable: the writers do. */
  for (what = OUT_CSV; what <= OUT_JSON_SUMMARY; what++)
    {
      g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();

      ck_assert (!write_output (table, what, memory, cancellable, &error));
      ck_assert_msg (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED),
                     "%d: %s", what, error->message);
      ck_assert_uint_eq (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)), 0);
      g_clear_error (&error);
    }
}
END_TEST

/* ------------------------------------------------------------------ */
/* preconditions                                                       */
/* ------------------------------------------------------------------ */

static guint n_criticals;

static void
count_criticals (const char     *domain,
                 GLogLevelFlags  level,
                 const char     *message,
                 gpointer        user_data)
{
  if (level & G_LOG_LEVEL_CRITICAL)
    n_criticals++;
}

START_TEST (test_settings_after_observations)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(DosonCtrProgressSettings) settings = doson_ctr_progress_settings_new ();
  GLogFunc old_handler;

  /* Criticals are fatal under G_DEBUG=fatal-criticals: count them instead. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK);
  old_handler = g_log_set_default_handler (count_criticals, NULL);
  n_criticals = 0;

  ck_assert (doson_ctr_progress_table_add (table, "A", 2015, 1, NULL));
  doson_ctr_progress_table_set_series_settings (table, "A", settings, NULL);
  ck_assert_uint_eq (n_criticals, 1);
  doson_ctr_progress_table_set_default_settings (table, settings);
  ck_assert_uint_eq (n_criticals, 2);
  /* A new series may still get settings. */
  doson_ctr_progress_table_set_series_settings (table, "B", settings, NULL);
  ck_assert_uint_eq (n_criticals, 2);

  g_log_set_default_handler (old_handler, NULL);
}
END_TEST

/* ------------------------------------------------------------------ */
/* limits                                                              */
/* ------------------------------------------------------------------ */

#define LIMIT_TAIL "series (the table's limit; see doson_ctr_progress_table_set_max_series())"

static void
assert_limit_error (const GError *error,
                    const char   *message)
{
  ck_assert_msg (error != NULL, "no error, expected \"%s\"", message);
  ck_assert_msg (g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT),
                 "wrong error (%s %d): %s", g_quark_to_string (error->domain),
                 error->code, error->message);
  ck_assert_str_eq (error->message, message);
}

START_TEST (test_max_series_accessors)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  GLogFunc old_handler;

  ck_assert_uint_eq (doson_ctr_progress_table_get_max_series (table), 20000000);
  doson_ctr_progress_table_set_max_series (table, 3);
  ck_assert_uint_eq (doson_ctr_progress_table_get_max_series (table), 3);
  doson_ctr_progress_table_set_max_series (table, 1000000000);
  ck_assert_uint_eq (doson_ctr_progress_table_get_max_series (table), 1000000000);

  /* 0 and more than 1 000 000 000 are programming errors. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK);
  old_handler = g_log_set_default_handler (count_criticals, NULL);
  n_criticals = 0;
  doson_ctr_progress_table_set_max_series (table, 0);
  doson_ctr_progress_table_set_max_series (table, 1000000001);
  g_log_set_default_handler (old_handler, NULL);
  ck_assert_uint_eq (n_criticals, 2);
  ck_assert_uint_eq (doson_ctr_progress_table_get_max_series (table), 1000000000);
}
END_TEST

START_TEST (test_max_series_add)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GError) error = NULL;
  guint index;

  doson_ctr_progress_table_set_max_series (table, 3);
  ck_assert (doson_ctr_progress_table_add (table, "A", 2015, 1, &error));
  ck_assert (doson_ctr_progress_table_add (table, "B", 2015, 1, &error));
  ck_assert (doson_ctr_progress_table_add (table, "C", 2015, 1, &error));
  /* A series already held takes more observations. */
  ck_assert (doson_ctr_progress_table_add (table, "A", 2016, 2, &error));

  ck_assert (!doson_ctr_progress_table_add (table, "D", 2015, 1, &error));
  assert_limit_error (error, "series \"D\": more than 3 " LIMIT_TAIL);
  g_clear_error (&error);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 3);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_observations (table), 4);
  ck_assert (!doson_ctr_progress_table_lookup (table, "D", &index));

  /* Raised, the limit lets D in. */
  doson_ctr_progress_table_set_max_series (table, 4);
  ck_assert (doson_ctr_progress_table_add (table, "D", 2015, 1, &error));
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 4);

  /* Lowered below the series held, it keeps them and refuses a new one. */
  doson_ctr_progress_table_set_max_series (table, 1);
  ck_assert (doson_ctr_progress_table_add (table, "B", 2016, 1, &error));
  ck_assert (!doson_ctr_progress_table_add (table, "E", 2015, 1, &error));
  assert_limit_error (error, "series \"E\": more than 1 " LIMIT_TAIL);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 4);
}
END_TEST

/* Loads @text into a table of at most @max_series series; it must fail
 * with @message after adding @n_series series and @n_observations
 * observations. */
static void
assert_measurements_limit (guint       max_series,
                           const char *text,
                           const char *message,
                           guint       n_series,
                           guint64     n_observations)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GError) error = NULL;

  doson_ctr_progress_table_set_max_series (table, max_series);
  ck_assert_msg (!load_measurements (table, text, &error), "no error for:\n%s", text);
  assert_limit_error (error, message);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), n_series);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_observations (table), n_observations);
}

START_TEST (test_max_series_measurements)
{
  /* Exactly at the limit: fine. */
  {
    g_autoptr(DosonCtrProgressTable) table =
      doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
    g_autoptr(GError) error = NULL;

    doson_ctr_progress_table_set_max_series (table, 3);
    ck_assert_msg (load_measurements (table, "series,year,value\nA,2015,1\nB,2015,1\n"
                                      "C,2015,1\nA,2016,2\nC,2016,\n", &error),
                   "%s", error->message);
    ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 3);
  }

  /* One more: the line of the first row of the fourth series. */
  assert_measurements_limit (3, "series,year,value\nA,2015,1\nB,2015,1\nC,2015,1\n"
                             "A,2016,2\nD,2015,1\nD,2016,1\n",
                             "m.csv:6: field \"series\": more than 3 " LIMIT_TAIL, 3, 4);
  /* A series with only empty values is a series too. */
  assert_measurements_limit (2, "series,year,value\nA,2015,1\nB,2015,\nC,2015,\nA,2016,1\n",
                             "m.csv:4: field \"series\": more than 2 " LIMIT_TAIL, 2, 1);
  /* The line of the series field, which is not always the row's first
   * line; the column of the series need not be the first. */
  assert_measurements_limit (1, "note,series,year,value\n,A,2015,1\n\"x\ny\",B,2015,1\n",
                             "m.csv:4: field \"series\": more than 1 " LIMIT_TAIL, 1, 1);
  /* An error in a later row comes second: the limit is reported. */
  assert_measurements_limit (3, "series,year,value\nA,2015,1\nB,2015,1\nC,2015,1\n"
                             "D,2015,1\nA,2016,x\n",
                             "m.csv:5: field \"series\": more than 3 " LIMIT_TAIL, 3, 3);

  /* A file sorted by year, where many runs are in flight when the limit
   * is met: the rows before the faulty one are added, no more. */
  {
    g_autoptr(GString) text = g_string_new ("series,year,value\n");
    g_autofree char *message = NULL;
    int year, i;

    for (year = 2015; year <= 2017; year++)
      for (i = 0; i < 20; i++)
        g_string_append_printf (text, "S%02d,%d,%d\n", i, year, i);
    g_string_append (text, "S00,2018,1\nS01,2018,1\nExtra,2015,1\nS02,2018,1\n");
    message = g_strdup_printf ("m.csv:%d: field \"series\": more than 20 " LIMIT_TAIL,
                               2 + 3 * 20 + 2);
    assert_measurements_limit (20, text->str, message, 20, 3 * 20 + 2);
  }

  /* Series from the settings count. */
  {
    g_autoptr(DosonCtrProgressTable) table =
      doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
    g_autoptr(GError) error = NULL;

    doson_ctr_progress_table_set_max_series (table, 3);
    ck_assert (load_settings (table, "series,target\nA,1\nB,2\n", &error));
    ck_assert (!load_measurements (table, "series,year,value\nB,2015,1\nC,2015,1\n"
                                   "A,2015,1\nD,2015,1\n", &error));
    assert_limit_error (error, "m.csv:5: field \"series\": more than 3 " LIMIT_TAIL);
    ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 3);
    ck_assert_uint_eq (doson_ctr_progress_table_get_n_observations (table), 3);
  }
}
END_TEST

START_TEST (test_max_series_settings)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(GError) error = NULL;

  doson_ctr_progress_table_set_max_series (table, 2);
  ck_assert (!load_settings (table, "series,target,group\nA,1,g1\nB,2,g1\nC,3,g2\n", &error));
  assert_limit_error (error, "s.csv:4: field \"series\": more than 2 " LIMIT_TAIL);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 2);
  /* The refused row made no group either. */
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_groups (table), 1);
}
END_TEST

START_TEST (test_max_series_series_settings)
{
  g_autoptr(DosonCtrProgressTable) table =
    doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
  g_autoptr(DosonCtrProgressSettings) settings = doson_ctr_progress_settings_new ();
  g_autoptr(GError) error = NULL;

  /* The program's own series are not refused, but they count. */
  doson_ctr_progress_table_set_max_series (table, 1);
  doson_ctr_progress_table_set_series_settings (table, "A", settings, NULL);
  doson_ctr_progress_table_set_series_settings (table, "B", settings, NULL);
  ck_assert_uint_eq (doson_ctr_progress_table_get_n_series (table), 2);
  ck_assert (doson_ctr_progress_table_add (table, "B", 2015, 1, &error));
  ck_assert (!doson_ctr_progress_table_add (table, "C", 2015, 1, &error));
  assert_limit_error (error, "series \"C\": more than 1 " LIMIT_TAIL);
  g_clear_error (&error);
  ck_assert (!load_measurements (table, "series,year,value\nA,2015,1\nC,2015,1\n", &error));
  assert_limit_error (error, "m.csv:3: field \"series\": more than 1 " LIMIT_TAIL);
}
END_TEST

/* The reader's limits on the table's two files. */
START_TEST (test_record_limits)
{
  g_autoptr(GString) text = g_string_new ("series,year,value\n");
  g_autoptr(GString) settings = NULL;
  gsize id_len = 1024 * 1024 - strlen (",2015,1");

  /* A record of exactly 1 MiB (here, a long series id) is read... */
  g_string_set_size (text, text->len + id_len);
  memset (text->str + strlen ("series,year,value\n"), 'x', id_len);
  g_string_append (text, ",2015,1\n");
  {
    g_autoptr(DosonCtrProgressTable) table =
      doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
    g_autoptr(GError) error = NULL;

    ck_assert_msg (load_measurements (table, text->str, &error), "%s", error->message);
    ck_assert_uint_eq (strlen (doson_ctr_progress_table_get_series_id (table, 0)), id_len);
  }
  /* ... one byte more is refused, in either file. */
  g_string_insert_c (text, strlen ("series,year,value\n"), 'y');
  assert_measurements_error (text->str, DOSON_CTR_ERROR_LIMIT,
                             "m.csv:2: record longer than 1048576 bytes");
  settings = g_string_new ("series,limit,group\n");
  g_string_append (settings, text->str + strlen ("series,year,value\n"));
  assert_settings_error (settings->str, DOSON_CTR_ERROR_LIMIT,
                         "s.csv:2: record longer than 1048576 bytes");
}
END_TEST

START_TEST (test_field_limits)
{
  g_autoptr(GString) text = g_string_new ("series,year,value");
  guint i;

  /* 4096 columns are allowed (the others are ignored)... */
  for (i = 3; i < 4096; i++)
    g_string_append_printf (text, ",c%u", i);
  g_string_append (text, "\nA,2015,1");
  for (i = 3; i < 4096; i++)
    g_string_append (text, ",");
  g_string_append_c (text, '\n');
  {
    g_autoptr(DosonCtrProgressTable) table =
      doson_ctr_progress_table_new (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG);
    g_autoptr(GError) error = NULL;

    ck_assert_msg (load_measurements (table, text->str, &error), "%s", error->message);
    ck_assert_uint_eq (doson_ctr_progress_table_get_n_observations (table), 1);
  }
  /* ... 4097 are not, in a row... */
  g_string_append (text, "B,2015,1");
  for (i = 3; i < 4097; i++)
    g_string_append (text, ",");
  g_string_append_c (text, '\n');
  assert_measurements_error (text->str, DOSON_CTR_ERROR_LIMIT,
                             "m.csv:3: more than 4096 fields in a record");
  /* ... or in the header of either file. */
  g_string_assign (text, "series,year,value");
  for (i = 3; i < 4097; i++)
    g_string_append_printf (text, ",c%u", i);
  g_string_append (text, "\nA,2015,1\n");
  assert_measurements_error (text->str, DOSON_CTR_ERROR_LIMIT,
                             "m.csv:1: more than 4096 fields in a record");
  g_string_erase (text, 0, strlen ("series,year,value"));
  g_string_prepend (text, "series,limit,group");
  assert_settings_error (text->str, DOSON_CTR_ERROR_LIMIT,
                         "s.csv:1: more than 4096 fields in a record");
}
END_TEST

static Suite *
progress_table_suite (void)
{
  Suite *s = suite_create ("progress-table");
  TCase *tc;

  tc = tcase_create ("core");
  tcase_add_test (tc, test_new);
  tcase_add_test (tc, test_columns_any_order);
  tcase_add_test (tc, test_blank_value_is_no_observation);
  tcase_add_test (tc, test_matches_compute);
  tcase_add_test (tc, test_id_lengths);
  tcase_add_test (tc, test_runs_in_settings_order);
  tcase_add_test (tc, test_header_only_files);
  tcase_add_test (tc, test_years_far_apart);
  tcase_add_test (tc, test_settings_file);
  tcase_add_test (tc, test_summary);
  tcase_add_test (tc, test_series_settings_replaced);
  tcase_add_test (tc, test_settings_after_empty_values);
  tcase_add_test (tc, test_summary_follows_changes);
  tcase_add_test (tc, test_many_series);
  tcase_add_test (tc, test_hash_collisions);
  tcase_add_test (tc, test_hash_collision_shorter_stored);
  tcase_add_test (tc, test_run_ids_same_length);
  tcase_add_test (tc, test_run_ids_differ_at_the_ends);
  tcase_add_test (tc, test_year_leading_zero);
  tcase_add_test (tc, test_output_independent_of_seed);
  tcase_add_test (tc, test_jobs_same_output);
  tcase_add_test (tc, test_plain_rows_same_as_read);
  tcase_add_test (tc, test_jobs_same_writer_output);
  tcase_add_test (tc, test_jobs_files);
  tcase_add_test (tc, test_parse_outgrows_piece_page);
  suite_add_tcase (s, tc);

  tc = tcase_create ("output");
  tcase_add_test (tc, test_csv_output);
  tcase_add_test (tc, test_json_output);
  tcase_add_test (tc, test_csv_output_quoting);
  tcase_add_test (tc, test_json_output_escapes);
  tcase_add_test (tc, test_large_output);
  suite_add_tcase (s, tc);

  tc = tcase_create ("errors");
  tcase_add_test (tc, test_measurement_errors);
  tcase_add_test (tc, test_settings_errors);
  tcase_add_test (tc, test_add_errors);
  tcase_add_test (tc, test_write_errors);
  tcase_add_test (tc, test_cancelled);
  tcase_add_test (tc, test_measurement_year_errors);
  tcase_add_test (tc, test_measurement_duplicate_found_late);
  tcase_add_test (tc, test_settings_errors_more);
  tcase_add_test (tc, test_settings_twice_across_files);
  tcase_add_test (tc, test_write_errors_midway);
  tcase_add_test (tc, test_write_errors_midway_jobs);
  tcase_add_test (tc, test_write_cancelled);
  suite_add_tcase (s, tc);

  tc = tcase_create ("preconditions");
  tcase_add_test (tc, test_settings_after_observations);
  suite_add_tcase (s, tc);

  tc = tcase_create ("limits");
  tcase_add_test (tc, test_max_series_accessors);
  tcase_add_test (tc, test_max_series_add);
  tcase_add_test (tc, test_max_series_measurements);
  tcase_add_test (tc, test_max_series_settings);
  tcase_add_test (tc, test_max_series_series_settings);
  tcase_add_test (tc, test_record_limits);
  tcase_add_test (tc, test_field_limits);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  /* The sequence these cases were written with. */
  test_rng_state = G_GUINT64_CONSTANT (0x853C49E6748FEA9B);
  return test_run_suite (progress_table_suite ());
}
