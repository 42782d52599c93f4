/* test-open-sdg.c: Open SDG data repositories read as sdg-build 2.4.0
 * reads them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The published components of Statistics Canada's repository are the
 * expected results: tests/data/opensdg/canada-cif-subset holds ten of its
 * indicators with the records published for them (README.md there); the
 * whole repository is compared too when the shared copy of it is found
 * (DOSON_CTR_OPENSDG_CANADA, or ../shared/opensdg/canada-cif beside the
 * source tree). The published file is read with the library's own YAML
 * reader, so this is a white-box test.
 */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doson-ctr-test.h"
#include "base/doson-ctr-yaml-private.h"

static const struct
{
  const char          *name;
  DosonCtrOpenSdgField field;
} fields[] = {
  { "base_year", DOSON_CTR_OPEN_SDG_FIELD_BASE_YEAR },
  { "base_value", DOSON_CTR_OPEN_SDG_FIELD_BASE_VALUE },
  { "current_year", DOSON_CTR_OPEN_SDG_FIELD_CURRENT_YEAR },
  { "current_value", DOSON_CTR_OPEN_SDG_FIELD_CURRENT_VALUE },
  { "direction", DOSON_CTR_OPEN_SDG_FIELD_DIRECTION },
  { "sign", DOSON_CTR_OPEN_SDG_FIELD_SIGN },
  { "target", DOSON_CTR_OPEN_SDG_FIELD_TARGET },
  { "target_year", DOSON_CTR_OPEN_SDG_FIELD_TARGET_YEAR },
  { "limit", DOSON_CTR_OPEN_SDG_FIELD_LIMIT },
  { "progress_value", DOSON_CTR_OPEN_SDG_FIELD_PROGRESS_VALUE },
  { "score", DOSON_CTR_OPEN_SDG_FIELD_SCORE },
};

/* Whether a published figure (a number or null) and ours agree: both
 * absent, or within 1e-9 (relative beyond 1). */
static gboolean
same_figure (const DosonCtrYamlNode *published,
             gboolean                has,
             double                  value)
{
  if (published == NULL || _doson_ctr_yaml_is (published, DOSON_CTR_YAML_NULL))
    return !has;
  ck_assert_msg (_doson_ctr_yaml_is_number (published), "published \"%s\" is not a number",
                 published->text);
  return has && fabs (value - published->number) <= 1e-9 * MAX (1.0, fabs (published->number));
}

static guint
find_indicator (DosonCtrOpenSdgResults *r,
                const char             *id)
{
  guint i;

  for (i = 0; i < doson_ctr_open_sdg_results_get_n_indicators (r); i++)
    if (strcmp (doson_ctr_open_sdg_results_get_indicator_id (r, i), id) == 0)
      return i;
  return G_MAXUINT;
}

static guint
find_series (DosonCtrOpenSdgResults *r,
             guint                   i,
             const char             *key)
{
  guint j;

  for (j = 0; j < doson_ctr_open_sdg_results_get_n_series (r, i); j++)
    if (strcmp (doson_ctr_open_sdg_results_get_series_key (r, i, j), key) == 0)
      return j;
  return G_MAXUINT;
}

/* Compares one published series record; TRUE when it is reproduced. */
static gboolean
same_series (DosonCtrOpenSdgResults *r,
             guint                   i,
             const char             *key,
             const DosonCtrYamlNode *record)
{
  guint j = find_series (r, i, key), f;
  const DosonCtrYamlNode *status = _doson_ctr_yaml_lookup (record, "status");

  if (j == G_MAXUINT)
    {
      fprintf (stderr, "# series \"%s\" not computed\n", key);
      return FALSE;
    }
  for (f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      double v = 0;
      gboolean has = doson_ctr_open_sdg_results_get_series_field (r, i, j, fields[f].field, &v);

      if (!same_figure (_doson_ctr_yaml_lookup (record, fields[f].name), has, v))
        {
          fprintf (stderr, "# series \"%s\": %s differs\n", key, fields[f].name);
          return FALSE;
        }
    }
  return status != NULL
         && strcmp (status->text, doson_ctr_open_sdg_results_get_series_status (r, i, j)) == 0;
}

typedef struct
{
  guint indicators, indicators_same;
  guint series, series_same;
} Tally;

/* Compares @r with every record of the published components at @path. */
static void
compare_components (DosonCtrOpenSdgResults *r,
                    const char             *path,
                    Tally                  *tally)
{
  g_autofree char *text = NULL;
  g_autoptr(DosonCtrYamlNode) root = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  guint k, m;

  memset (tally, 0, sizeof *tally);
  text = test_read_file (path, &length);
  root = _doson_ctr_yaml_parse (text, length, path, 1, TRUE, &error);
  ck_assert_msg (root != NULL, "%s", error != NULL ? error->message : "?");
  ck_assert_int_eq (root->kind, DOSON_CTR_YAML_MAPPING);
  for (k = 0; k < root->items->len; k += 2)
    {
      const DosonCtrYamlNode *id = g_ptr_array_index (root->items, k);
      const DosonCtrYamlNode *rec = g_ptr_array_index (root->items, k + 1);
      const DosonCtrYamlNode *status = _doson_ctr_yaml_lookup (rec, "progress_status");
      guint i = find_indicator (r, id->text);
      gboolean same, has;
      double score = 0;

      tally->indicators++;
      if (i == G_MAXUINT)
        continue;
      has = doson_ctr_open_sdg_results_get_indicator_score (r, i, &score);
      same = strcmp (status->text, doson_ctr_open_sdg_results_get_indicator_status (r, i)) == 0
             && same_figure (_doson_ctr_yaml_lookup (rec, "score"), has, score);
      for (m = 0; m < rec->items->len; m += 2)
        {
          const DosonCtrYamlNode *key = g_ptr_array_index (rec->items, m);

          if (strcmp (key->text, "progress_status") == 0 || strcmp (key->text, "score") == 0)
            continue;
          tally->series++;
          if (same_series (r, i, key->text, g_ptr_array_index (rec->items, m + 1)))
            tally->series_same++;
          else
            same = FALSE;
        }
      if (same)
        tally->indicators_same++;
      else
        fprintf (stderr, "# indicator %s differs\n", id->text);
      /* no record of ours that the published file does not have */
      ck_assert_uint_eq (doson_ctr_open_sdg_results_get_n_series (r, i), (rec->items->len - 4) / 2);
    }
}

START_TEST (test_canada_subset)
{
  g_autofree char *dir = srcdir_path ("data", "opensdg", "canada-cif-subset", NULL);
  g_autofree char *published = g_build_filename (dir, "indicator_calculation_components.yml", NULL);
  g_autoptr(DosonCtrOpenSdgResults) r = NULL;
  g_autoptr(GError) error = NULL;
  Tally t;

  r = doson_ctr_open_sdg_read_repository (dir, NULL, NULL, &error);
  ck_assert_msg (r != NULL, "%s", error != NULL ? error->message : "?");
  ck_assert_uint_eq (doson_ctr_open_sdg_results_get_n_indicators (r), 10);
  ck_assert_uint_eq (doson_ctr_open_sdg_results_get_total_series (r), 40);
  compare_components (r, published, &t);
  /* every published record of the subset, as its README says */
  ck_assert_uint_eq (t.indicators, 10);
  ck_assert_uint_eq (t.indicators_same, 10);
  ck_assert_uint_eq (t.series, 40);
  ck_assert_uint_eq (t.series_same, 40);
}
END_TEST

/* The shared copy of the whole Canadian repository, or NULL. */
static char *
canada_dir (void)
{
  const char *env = g_getenv ("DOSON_CTR_OPENSDG_CANADA");
  g_autofree char *beside = srcdir_path ("..", "..", "shared", "opensdg", "canada-cif", NULL);
  g_autofree char *worktree = srcdir_path ("..", "..", "..", "shared", "opensdg", "canada-cif", NULL);

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  if (g_file_test (beside, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&beside);
  if (g_file_test (worktree, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&worktree);
  return NULL;
}

START_TEST (test_canada_whole)
{
  g_autofree char *dir = canada_dir ();
  g_autofree char *published = NULL;
  g_autoptr(DosonCtrOpenSdgResults) r = NULL;
  g_autoptr(GError) error = NULL;
  Tally t;

  if (dir == NULL)
    {
      fprintf (stderr, "# the shared canada-cif repository is not here: not compared\n");
      return;
    }
  published = g_build_filename (dir, "indicator_calculation_components.yml", NULL);
  r = doson_ctr_open_sdg_read_repository (dir, NULL, NULL, &error);
  ck_assert_msg (r != NULL, "%s", error != NULL ? error->message : "?");
  compare_components (r, published, &t);
  fprintf (stderr, "# canada-cif: %u of %u series, %u of %u indicators reproduced\n",
           t.series_same, t.series, t.indicators_same, t.indicators);
  /* All but indicator 16-5-1 and its one series, whose data file the
   * snapshot lacks (its README, doc/formats.md section 8.5). */
  ck_assert_uint_eq (t.indicators, 86);
  ck_assert_uint_eq (t.series, 132);
  ck_assert_uint_eq (t.indicators_same, 85);
  ck_assert_uint_eq (t.series_same, 131);
}
END_TEST

/* The series of the illustrative repository, computed one by one. */
static double
series_score (const int              *years,
              const double           *values,
              gsize                   n,
              DosonCtrDirection       direction,
              gboolean                has_target,
              double                  target,
              gboolean                has_limit,
              double                  limit)
{
  g_autoptr(DosonCtrProgressSettings) st = doson_ctr_progress_settings_new ();
  g_autoptr(DosonCtrProgressResult) res = NULL;
  g_autoptr(GError) error = NULL;
  double score = UNTOUCHED;

  doson_ctr_progress_settings_set_direction (st, direction);
  doson_ctr_progress_settings_set_base_year (st, 2015);
  if (has_target)
    doson_ctr_progress_settings_set_target (st, target, 2030);
  if (has_limit)
    doson_ctr_progress_settings_set_limit (st, limit);
  res = doson_ctr_progress_compute (DOSON_CTR_PROGRESS_METHOD_OPEN_SDG, st, years, values, n,
                                    &error);
  ck_assert (res != NULL);
  ck_assert (doson_ctr_progress_result_get_score (res, &score));
  return score;
}

static double
series_field (DosonCtrOpenSdgResults *r,
              guint                   i,
              const char             *key,
              DosonCtrOpenSdgField    field)
{
  guint j = find_series (r, i, key);
  double v = UNTOUCHED;

  ck_assert_msg (j != G_MAXUINT, "no series \"%s\"", key);
  ck_assert_msg (doson_ctr_open_sdg_results_get_series_field (r, i, j, field, &v),
                 "series \"%s\" has no field %d", key, field);
  return v;
}

START_TEST (test_groups_progress_column)
{
  g_autofree char *dir = srcdir_path ("data", "opensdg", "groups-illustrative", NULL);
  g_autoptr(DosonCtrOpenSdgResults) r = NULL;
  g_autoptr(GError) error = NULL;
  static const int y_total[] = { 2015, 2018, 2022 }, y_female[] = { 2015, 2020 },
                   y_rural[] = { 2015, 2022 }, y_oos[] = { 2016, 2021 },
                   y_progress[] = { 2015, 2019, 2024 };
  static const double v_total[] = { 80, 84.5, 88 }, v_female[] = { 78, 83 },
                      v_rural[] = { 70, 69 }, v_oos[] = { 9, 7.5 },
                      v_progress[] = { 1.5, 2.0, 2.5 };
  double s_total, s_female, s_rural, s_oos, group, want, got = UNTOUCHED, v = UNTOUCHED;
  guint i, j;

  r = doson_ctr_open_sdg_read_repository (dir, NULL, NULL, &error);
  ck_assert_msg (r != NULL, "%s", error != NULL ? error->message : "?");
  ck_assert_uint_eq (doson_ctr_open_sdg_results_get_n_indicators (r), 3);

  /* 4-1-1: Year "2015.0", quoted empty cells, GeoCode and COMMENT_OBS set
   * aside; "data.F" translated to "Female" */
  s_total = series_score (y_total, v_total, 3, DOSON_CTR_DIRECTION_HIGHER, TRUE, 100, FALSE, 0);
  s_female = series_score (y_female, v_female, 2, DOSON_CTR_DIRECTION_HIGHER, FALSE, 0, FALSE, 0);
  s_rural = series_score (y_rural, v_rural, 2, DOSON_CTR_DIRECTION_HIGHER, FALSE, 0, TRUE, 100);
  s_oos = series_score (y_oos, v_oos, 2, DOSON_CTR_DIRECTION_LOWER, FALSE, 0, FALSE, 0);
  i = find_indicator (r, "4-1-1");
  ck_assert_uint_eq (doson_ctr_open_sdg_results_get_n_series (r, i), 5);
  assert_close (series_field (r, i, "4-1-1 / Completion rate / Percent",
                              DOSON_CTR_OPEN_SDG_FIELD_SCORE), s_total, 1e-15);
  assert_close (series_field (r, i, "4-1-1 / Completion rate / Percent / Female",
                              DOSON_CTR_OPEN_SDG_FIELD_SCORE), s_female, 1e-15);
  assert_close (series_field (r, i, "4-1-1 / Completion rate / Percent / Rural",
                              DOSON_CTR_OPEN_SDG_FIELD_SCORE), s_rural, 1e-15);
  assert_close (series_field (r, i, "4-1-1 / Completion rate / Percent / Rural",
                              DOSON_CTR_OPEN_SDG_FIELD_LIMIT), 100, 0);
  assert_close (series_field (r, i, "4-1-1 / Out-of-school rate / Percent",
                              DOSON_CTR_OPEN_SDG_FIELD_SCORE), s_oos, 1e-15);
  /* a value that is not in the data selects no rows */
  j = find_series (r, i, "4-1-1 / Out-of-school rate / Percent / Other");
  ck_assert_str_eq (doson_ctr_open_sdg_results_get_series_status (r, i, j), "not_available");
  ck_assert (!doson_ctr_open_sdg_results_get_series_field (r, i, j,
                                                          DOSON_CTR_OPEN_SDG_FIELD_CURRENT_YEAR, &v));
  ck_assert (v == UNTOUCHED);
  assert_close (series_field (r, i, "4-1-1 / Out-of-school rate / Percent / Other",
                              DOSON_CTR_OPEN_SDG_FIELD_BASE_YEAR), 2015, 0);
  /* groups: the group "Completion" is the mean of two series and of the
   * group "Rural areas"; the indicator the mean of it and the series */
  group = (s_total + s_female + s_rural) / 3;
  want = (group + s_oos) / 2;
  ck_assert (doson_ctr_open_sdg_results_get_indicator_score (r, i, &got));
  assert_close (got, want, 1e-15);
  ck_assert_str_eq (doson_ctr_open_sdg_results_get_indicator_status (r, i),
                    want >= 2.5 ? "substantial_progress" : "moderate_progress");

  /* 4-2-1: the Progress column is the value; a blank Progress is none */
  i = find_indicator (r, "4-2-1");
  ck_assert (doson_ctr_open_sdg_results_get_indicator_score (r, i, &got));
  assert_close (got, series_score (y_progress, v_progress, 3, DOSON_CTR_DIRECTION_HIGHER,
                                   TRUE, 3, FALSE, 0), 1e-15);
  assert_close (series_field (r, i, "4-2-1", DOSON_CTR_OPEN_SDG_FIELD_CURRENT_VALUE), 2.5, 0);

  /* 4-3-1: meta/ comes after indicator-config/ and replaces its keys */
  i = find_indicator (r, "4-3-1");
  ck_assert_str_eq (doson_ctr_open_sdg_results_get_indicator_status (r, i),
                    "not_available_manual");
  ck_assert_uint_eq (doson_ctr_open_sdg_results_get_n_series (r, i), 0);
  got = UNTOUCHED;
  ck_assert (!doson_ctr_open_sdg_results_get_indicator_score (r, i, &got));
  ck_assert (got == UNTOUCHED);
}
END_TEST

START_TEST (test_indicator_filter)
{
  g_autofree char *dir = srcdir_path ("data", "opensdg", "groups-illustrative", NULL);
  const char * const wanted[] = { "4-2-1", "4-2-1", NULL };
  const char * const unknown[] = { "9-9-9", NULL };
  g_autoptr(DosonCtrOpenSdgResults) r = NULL;
  g_autoptr(GError) error = NULL;

  r = doson_ctr_open_sdg_read_repository (dir, wanted, NULL, &error);
  ck_assert (r != NULL);
  ck_assert_uint_eq (doson_ctr_open_sdg_results_get_n_indicators (r), 1);
  ck_assert_str_eq (doson_ctr_open_sdg_results_get_indicator_id (r, 0), "4-2-1");
  ck_assert (doson_ctr_open_sdg_read_repository (dir, unknown, NULL, &error) == NULL);
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "no indicator \"9-9-9\"");
}
END_TEST

START_TEST (test_compute_indicator)
{
  static const char csv[] = "Year,Sex,Value\n2015,,10\n2020,,12\n2015,F,1\n2020,F,2\n";
  static const char meta[] =
    "---\nauto_progress_calculation: true\nprogress_calculation_options:\n"
    "- direction: positive\n  target: 0\n  target_year: 2025\n---\nText.\n";
  g_autoptr(DosonCtrOpenSdgResults) r = NULL;
  g_autoptr(GError) error = NULL;
  double v = UNTOUCHED;

  r = doson_ctr_open_sdg_compute_indicator ("1-2-3", csv, -1, meta, -1, &error);
  ck_assert_msg (r != NULL, "%s", error != NULL ? error->message : "?");
  ck_assert_uint_eq (doson_ctr_open_sdg_results_get_n_series (r, 0), 1);
  ck_assert_str_eq (doson_ctr_open_sdg_results_get_series_key (r, 0, 0), "1-2-3");
  /* a target of 0 is 0.001, as sdg-build makes it, and 12 is above it */
  ck_assert (doson_ctr_open_sdg_results_get_series_field (r, 0, 0, DOSON_CTR_OPEN_SDG_FIELD_TARGET, &v));
  ck_assert (v == 0.001);
  ck_assert (doson_ctr_open_sdg_results_get_series_field (r, 0, 0, DOSON_CTR_OPEN_SDG_FIELD_TARGET_YEAR, &v));
  ck_assert (v == 2025);
  ck_assert_str_eq (doson_ctr_open_sdg_results_get_series_status (r, 0, 0), "target_achieved");
  g_clear_object (&r);

  /* no metadata: no automatic progress, no status */
  r = doson_ctr_open_sdg_compute_indicator ("1-2-3", csv, -1, NULL, 0, &error);
  ck_assert (r != NULL);
  ck_assert_str_eq (doson_ctr_open_sdg_results_get_indicator_status (r, 0), "");
  ck_assert_uint_eq (doson_ctr_open_sdg_results_get_n_series (r, 0), 0);
}
END_TEST

START_TEST (test_writers)
{
  static const char csv[] = "Year,Value\n2015,\"10\"\n2020,12\n";
  static const char meta[] = "auto_progress_calculation: true\n"
                             "progress_calculation_options:\n- direction: positive\n  limit: 20\n";
  g_autoptr(DosonCtrOpenSdgResults) r = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL, *table = NULL, *text = NULL;
  gsize length = 0;

  r = doson_ctr_open_sdg_compute_indicator ("1-1-1", csv, -1, meta, -1, &error);
  ck_assert (r != NULL);
  json = doson_ctr_open_sdg_results_to_data (r, DOSON_CTR_DOCUMENT_FORMAT_JSON, &length, &error);
  ck_assert (json != NULL);
  ck_assert_uint_eq (length, strlen (json));
  ck_assert (strstr (json, "\"1-1-1\": {\"base_year\": 2015, \"base_value\": 10, "
                           "\"current_year\": 2020, \"current_value\": 12, \"direction\": 1, "
                           "\"sign\": 1, \"target\": null, \"target_year\": 2030, "
                           "\"limit\": 20, \"progress_value\": ") != NULL);
  table = doson_ctr_open_sdg_results_to_data (r, DOSON_CTR_DOCUMENT_FORMAT_CSV, NULL, &error);
  ck_assert (g_str_has_prefix (table, "indicator,indicator_status,indicator_score,series,"
                                      "base_year,base_value,current_year,current_value,direction,"
                                      "sign,target,target_year,limit,progress_value,score,status\n"
                                      "1-1-1,"));
  ck_assert (strstr (table, ",1-1-1,2015,10,2020,12,1,1,,2030,20,") != NULL);
  text = doson_ctr_open_sdg_results_to_data (r, DOSON_CTR_DOCUMENT_FORMAT_TEXT, NULL, &error);
  ck_assert (strstr (text, "2015: 10 -> 2020: 12") != NULL);
  ck_assert (doson_ctr_open_sdg_results_to_data (r, DOSON_CTR_DOCUMENT_FORMAT_MARKDOWN, NULL,
                                                 &error) == NULL);
  assert_error (error, DOSON_CTR_ERROR_INVALID_ARGUMENT, "json, csv or text");
}
END_TEST

/* Writes @files (name, contents, …, NULL) into a new folder. */
static char *
make_repository (const char *first,
                 ...)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("doson-ctr-opensdg-XXXXXX", &error);
  const char *name;
  va_list args;

  ck_assert (dir != NULL);
  va_start (args, first);
  for (name = first; name != NULL; name = va_arg (args, const char *))
    {
      const char *contents = va_arg (args, const char *);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *parent = g_path_get_dirname (path);

      ck_assert (g_mkdir_with_parents (parent, 0700) == 0);
      ck_assert (g_file_set_contents (path, contents, -1, NULL));
    }
  va_end (args);
  return dir;
}

static void
remove_tree (const char *dir)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", dir);

  ck_assert (system (command) == 0);
}

static void
assert_repository_error (const char *dir,
                         int         code,
                         const char *needle)
{
  g_autoptr(GError) error = NULL;
  DosonCtrOpenSdgResults *r = doson_ctr_open_sdg_read_repository (dir, NULL, NULL, &error);

  ck_assert (r == NULL);
  assert_error (error, code, needle);
}

#define AUTO_MD "---\nauto_progress_calculation: true\n---\n"

START_TEST (test_errors)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  char *dir;

  assert_repository_error ("/nonexistent/repository", DOSON_CTR_ERROR_IO, "not a directory");

  dir = make_repository ("config_data.yml", "inputs: [\n", NULL);
  assert_repository_error (dir, DOSON_CTR_ERROR_PARSE, "config_data.yml:");
  remove_tree (dir);
  g_free (dir);

  dir = make_repository ("config_data.yml", "inputs:\n  - class: InputSdmxMl_Structure\n", NULL);
  assert_repository_error (dir, DOSON_CTR_ERROR_INVALID_DATA,
                           "config_data.yml:2: field \"class\": input \"InputSdmxMl_Structure\"");
  remove_tree (dir);
  g_free (dir);

  dir = make_repository ("data/indicator_1-1-1.csv", "Year,Amount\n2015,1\n",
                         "meta/1-1-1.md", AUTO_MD, NULL);
  assert_repository_error (dir, DOSON_CTR_ERROR_INVALID_DATA, "missing column \"Value\"");
  remove_tree (dir);
  g_free (dir);

  dir = make_repository ("data/indicator_1-1-1.csv", "Year,Value\n2015,1\n2016,ten\n",
                         "meta/1-1-1.md", AUTO_MD, NULL);
  assert_repository_error (dir, DOSON_CTR_ERROR_PARSE,
                           "indicator_1-1-1.csv:3: field \"Value\": not a number: \"ten\"");
  remove_tree (dir);
  g_free (dir);

  dir = make_repository ("data/indicator_1-1-1.csv", "Year,Value\n20x5,1\n",
                         "meta/1-1-1.md", AUTO_MD, NULL);
  assert_repository_error (dir, DOSON_CTR_ERROR_PARSE, ":2: field \"Year\": not a year: \"20x5\"");
  remove_tree (dir);
  g_free (dir);

  dir = make_repository ("data/indicator_1-1-1.csv", "Year,Value\n2015,1,2\n",
                         "meta/1-1-1.md", AUTO_MD, NULL);
  assert_repository_error (dir, DOSON_CTR_ERROR_PARSE, "3 fields, but the header has 2");
  remove_tree (dir);
  g_free (dir);

  dir = make_repository ("data/indicator_1-1-1.csv", "", "meta/1-1-1.md", AUTO_MD, NULL);
  assert_repository_error (dir, DOSON_CTR_ERROR_INVALID_DATA, "empty file");
  remove_tree (dir);
  g_free (dir);

  dir = make_repository ("meta/1-1-1.md", "---\n- a list\n---\n", NULL);
  assert_repository_error (dir, DOSON_CTR_ERROR_INVALID_DATA,
                           "1-1-1.md:2: the metadata is not a mapping of keys");
  remove_tree (dir);
  g_free (dir);

  dir = make_repository ("meta/1-1-1.md", "---\nkey: [unclosed\n---\n", NULL);
  assert_repository_error (dir, DOSON_CTR_ERROR_PARSE, "1-1-1.md:");
  remove_tree (dir);
  g_free (dir);

  dir = make_repository ("meta/1-1-1.md", "---\nkey: \xff\n---\n", NULL);
  assert_repository_error (dir, DOSON_CTR_ERROR_PARSE, "invalid UTF-8");
  remove_tree (dir);
  g_free (dir);

  /* more series than an indicator may have, through aliases */
  {
    GString *md = g_string_new ("---\nauto_progress_calculation: true\n"
                                "a: &a [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}]\n"
                                "b: &b [{g: *a}, {g: *a}, {g: *a}, {g: *a}, {g: *a}, {g: *a},"
                                " {g: *a}, {g: *a}, {g: *a}, {g: *a}]\n"
                                "c: &c [{g: *b}, {g: *b}, {g: *b}, {g: *b}, {g: *b}, {g: *b},"
                                " {g: *b}, {g: *b}, {g: *b}, {g: *b}]\n"
                                "progress_calculation_options: [{g: *c}, {g: *c}, {g: *c},"
                                " {g: *c}, {g: *c}, {g: *c}, {g: *c}, {g: *c}, {g: *c}, {g: *c},"
                                " {g: *c}]\n---\n");

    dir = make_repository ("meta/1-1-1.md", md->str, NULL);
    g_string_free (md, TRUE);
    assert_repository_error (dir, DOSON_CTR_ERROR_LIMIT, "more than 10000 series");
    remove_tree (dir);
    g_free (dir);
  }

  /* cancelled */
  {
    g_autofree char *groups = srcdir_path ("data", "opensdg", "groups-illustrative", NULL);

    g_cancellable_cancel (cancellable);
    ck_assert (doson_ctr_open_sdg_read_repository (groups, NULL, cancellable, &error) == NULL);
    ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
    g_clear_error (&error);
  }

  /* compute_indicator: bad metadata, bad data */
  ck_assert (doson_ctr_open_sdg_compute_indicator ("1-1-1", "Year,Value\n", -1, "a: [", -1,
                                                   &error) == NULL);
  assert_error (error, DOSON_CTR_ERROR_PARSE, "1-1-1.yml:");
  g_clear_error (&error);
  ck_assert (doson_ctr_open_sdg_compute_indicator ("1-1-1", "Year\n2015\n", -1, NULL, 0,
                                                   &error) == NULL);
  assert_error (error, DOSON_CTR_ERROR_INVALID_DATA, "1-1-1.csv:1: missing column \"Value\"");
}
END_TEST

/* What sdg-build does with rows it cannot use: the series has no data,
 * the run goes on. */
START_TEST (test_series_without_data)
{
  static const char csv[] = "Year,Series,Sex,Value\n"
                            "2015,A,,1\n2020,A,,2\n2015,B,,1\n2020,B,,3\n"
                            "2015,A,F,5\n2015,A,F,6\n";
  static const char meta[] =
    "auto_progress_calculation: true\n"
    "progress_calculation_options:\n"
    "  - direction: positive\n"               /* two Series: several values */
    "  - series: A\n    disaggregation: [{field: Sex, value: F}]\n" /* two rows of 2015 */
    "  - series: A\n    disaggregation: [{field: Nope, value: x}]\n" /* not a column */
    "  - series: A\n    unit: u\n"             /* no Units column */
    "  - series: B\n    direction: positive\n";
  g_autoptr(DosonCtrOpenSdgResults) r = NULL;
  g_autoptr(GError) error = NULL;
  double v = 0;
  guint j;

  r = doson_ctr_open_sdg_compute_indicator ("2-2-2", csv, -1, meta, -1, &error);
  ck_assert_msg (r != NULL, "%s", error != NULL ? error->message : "?");
  ck_assert_uint_eq (doson_ctr_open_sdg_results_get_n_series (r, 0), 5);
  for (j = 0; j < 4; j++)
    ck_assert_str_eq (doson_ctr_open_sdg_results_get_series_status (r, 0, j), "not_available");
  ck_assert_str_eq (doson_ctr_open_sdg_results_get_series_key (r, 0, 4), "2-2-2 / B");
  ck_assert (doson_ctr_open_sdg_results_get_indicator_score (r, 0, &v));
  ck_assert (doson_ctr_open_sdg_results_get_series_field (r, 0, 4, DOSON_CTR_OPEN_SDG_FIELD_SCORE, &v));
}
END_TEST

static Suite *
open_sdg_suite (void)
{
  Suite *s = suite_create ("open-sdg");
  TCase *tc;

  tc = tcase_create ("published");
  tcase_set_timeout (tc, 120);
  tcase_add_test (tc, test_canada_subset);
  tcase_add_test (tc, test_canada_whole);
  suite_add_tcase (s, tc);

  tc = tcase_create ("rules");
  tcase_add_test (tc, test_groups_progress_column);
  tcase_add_test (tc, test_indicator_filter);
  tcase_add_test (tc, test_compute_indicator);
  tcase_add_test (tc, test_series_without_data);
  tcase_add_test (tc, test_writers);
  suite_add_tcase (s, tc);

  tc = tcase_create ("errors");
  tcase_add_test (tc, test_errors);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  return test_run_suite (open_sdg_suite ());
}
