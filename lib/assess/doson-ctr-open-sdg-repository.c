/* doson-ctr-open-sdg-repository.c: an Open SDG data repository walked as
 * sdg-build 2.4.0 walks it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * sdg-build 2.3.0 open_sdg.py:17 (open_sdg_config: each top-level key of
 * config_data.yml replaces the default whole), the inputs InputCsvData,
 * InputYamlMdMeta and InputYamlMeta by their path_pattern, merged in
 * configuration order; every indicator with data or metadata is listed
 * (require_meta:209, require_data:228); the indicator_options of
 * open_sdg.py:198; the repository's translations (TranslationInputYaml).
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <glib.h>
#include <gio/gio.h>

#include <doson-ctr/doson-ctr-error.h>

#include "base/doson-ctr-file-private.h"
#include "assess/doson-ctr-open-sdg-private.h"

typedef enum
{
  INPUT_DATA,        /* InputCsvData */
  INPUT_META_MD,     /* InputYamlMdMeta */
  INPUT_META_YAML    /* InputYamlMeta */
} InputKind;

typedef struct
{
  InputKind   kind;
  char       *dir;       /* the folder of path_pattern */
  char       *pattern;   /* its file name pattern */
  GHashTable *files;     /* id -> path */
} Input;

typedef struct
{
  char                        *root;
  GPtrArray                   *inputs;   /* of Input */
  DosonCtrOpenSdgColumns       columns;
  DosonCtrOpenSdgTranslations *translations;
} Repository;

static void
input_free (gpointer p)
{
  Input *in = p;

  g_free (in->dir);
  g_free (in->pattern);
  g_hash_table_unref (in->files);
  g_free (in);
}

static void
repository_clear (Repository *repo)
{
  g_free (repo->root);
  if (repo->inputs != NULL)
    g_ptr_array_unref (repo->inputs);
  _doson_ctr_open_sdg_columns_clear (&repo->columns);
  _doson_ctr_open_sdg_translations_free (repo->translations);
}

/* The indicator id of a file name: without "indicator_" and extension. */
static char *
id_of (const char *file)
{
  const char *dot = strrchr (file, '.');
  const char *start = g_str_has_prefix (file, "indicator_") ? file + 10 : file;

  return g_strndup (start, (dot != NULL && dot > start ? dot : start + strlen (start)) - start);
}

static void
add_input (Repository *repo,
           InputKind   kind,
           const char *path_pattern)
{
  Input *in = g_new0 (Input, 1);
  g_autofree char *dir = g_path_get_dirname (path_pattern);
  GDir *d;
  const char *entry;

  in->kind = kind;
  in->dir = g_build_filename (repo->root, dir, NULL);
  in->pattern = g_path_get_basename (path_pattern);
  in->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  d = g_dir_open (in->dir, 0, NULL);
  while (d != NULL && (entry = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;

      if (!g_pattern_match_simple (in->pattern, entry))
        continue;
      path = g_build_filename (in->dir, entry, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_hash_table_replace (in->files, id_of (entry), g_steal_pointer (&path));
    }
  if (d != NULL)
    g_dir_close (d);
  g_ptr_array_add (repo->inputs, in);
}

static gboolean
read_inputs (Repository             *repo,
             const DosonCtrYamlNode *config,
             const char             *name,
             GError                **error)
{
  const DosonCtrYamlNode *inputs = _doson_ctr_yaml_lookup (config, "inputs");
  guint i;

  if (inputs == NULL || inputs->kind != DOSON_CTR_YAML_SEQUENCE)
    {
      add_input (repo, INPUT_DATA, "data/*-*.csv");
      add_input (repo, INPUT_META_MD, "meta/*-*.md");
      return TRUE;
    }
  for (i = 0; i < inputs->items->len; i++)
    {
      const DosonCtrYamlNode *item = g_ptr_array_index (inputs->items, i);
      const DosonCtrYamlNode *cls = _doson_ctr_yaml_lookup (item, "class");
      const DosonCtrYamlNode *pattern = _doson_ctr_yaml_lookup (item, "path_pattern");
      const char *c = _doson_ctr_yaml_is (cls, DOSON_CTR_YAML_STRING) ? cls->text : "";
      const char *p = _doson_ctr_yaml_is (pattern, DOSON_CTR_YAML_STRING) ? pattern->text : NULL;

      if (strcmp (c, "InputCsvData") == 0)
        add_input (repo, INPUT_DATA, p != NULL ? p : "data/*-*.csv");
      else if (strcmp (c, "InputYamlMdMeta") == 0)
        add_input (repo, INPUT_META_MD, p != NULL ? p : "meta/*-*.md");
      else if (strcmp (c, "InputYamlMeta") == 0)
        add_input (repo, INPUT_META_YAML, p != NULL ? p : "meta/*-*.yml");
      else
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                       "%s:%" G_GUINT64_FORMAT ": field \"class\": input \"%s\" is not "
                       "supported (only InputCsvData, InputYamlMdMeta and InputYamlMeta)",
                       name, item->line, c);
          return FALSE;
        }
    }
  return TRUE;
}

static char **
strings_of (const DosonCtrYamlNode *list)
{
  GPtrArray *out = g_ptr_array_new ();
  guint i;

  for (i = 0; list->items != NULL && i < list->items->len; i++)
    {
      char *text = _doson_ctr_yaml_to_python_str (g_ptr_array_index (list->items, i));

      if (text != NULL)
        g_ptr_array_add (out, text);
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

/* indicator_options: the columns set aside */
static void
read_columns (Repository             *repo,
              const DosonCtrYamlNode *config)
{
  const DosonCtrYamlNode *opts = _doson_ctr_yaml_lookup (config, "indicator_options");
  const DosonCtrYamlNode *v;
  struct { const char *key; char **field; } names[] = {
    { "series_column", &repo->columns.series_column },
    { "unit_column", &repo->columns.unit_column },
    { "progress_column", &repo->columns.progress_column },
  };
  guint i;

  _doson_ctr_open_sdg_columns_init_default (&repo->columns);
  if (opts == NULL || opts->kind != DOSON_CTR_YAML_MAPPING)
    return;
  v = _doson_ctr_yaml_lookup (opts, "non_disaggregation_columns");
  if (v != NULL && v->kind == DOSON_CTR_YAML_SEQUENCE)
    {
      g_strfreev (repo->columns.non_disaggregation);
      repo->columns.non_disaggregation = strings_of (v);
    }
  v = _doson_ctr_yaml_lookup (opts, "observation_attributes");
  if (v != NULL && v->kind == DOSON_CTR_YAML_SEQUENCE)
    {
      g_strfreev (repo->columns.observation_attributes);
      repo->columns.observation_attributes = strings_of (v);
    }
  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      v = _doson_ctr_yaml_lookup (opts, names[i].key);
      if (_doson_ctr_yaml_is (v, DOSON_CTR_YAML_STRING))
        {
          g_free (*names[i].field);
          *names[i].field = g_strdup (v->text);
        }
    }
}

/* The English translations of the TranslationInputYaml sources (or of
 * translations/ when the configuration lists none). */
static gboolean
read_translations (Repository             *repo,
                   const DosonCtrYamlNode *config,
                   GError                **error)
{
  const DosonCtrYamlNode *list = _doson_ctr_yaml_lookup (config, "translations");
  const char *source = "translations";
  g_autofree char *dir = NULL;
  guint i;

  if (list != NULL && list->kind == DOSON_CTR_YAML_SEQUENCE)
    {
      source = NULL;
      for (i = 0; i < list->items->len; i++)
        {
          const DosonCtrYamlNode *item = g_ptr_array_index (list->items, i);
          const DosonCtrYamlNode *cls = _doson_ctr_yaml_lookup (item, "class");
          const DosonCtrYamlNode *src = _doson_ctr_yaml_lookup (item, "source");

          if (_doson_ctr_yaml_is (cls, DOSON_CTR_YAML_STRING)
              && strcmp (cls->text, "TranslationInputYaml") == 0)
            source = _doson_ctr_yaml_is (src, DOSON_CTR_YAML_STRING) ? src->text : "translations";
        }
    }
  if (source == NULL)
    {
      repo->translations = _doson_ctr_open_sdg_translations_new ();
      return TRUE;
    }
  dir = g_build_filename (repo->root, source, "en", NULL);
  repo->translations = _doson_ctr_open_sdg_translations_load (dir, error);
  return repo->translations != NULL;
}

static gboolean
repository_open (Repository  *repo,
                 const char  *dir,
                 GError     **error)
{
  g_autofree char *config_path = g_build_filename (dir, "config_data.yml", NULL);
  g_autofree char *display = g_filename_display_name (config_path);
  g_autoptr(DosonCtrYamlNode) config = NULL;
  const DosonCtrYamlNode *src;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *d = g_filename_display_name (dir);

      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_IO,
                   "%s: not a directory", d);
      return FALSE;
    }
  if (g_file_test (config_path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *contents = NULL;
      gsize length;

      if (!_doson_ctr_read_file (config_path, &contents, &length, error)
          || !_doson_ctr_check_input (contents, length, display, NULL, error))
        return FALSE;
      config = _doson_ctr_yaml_parse (contents, length, display, 1, TRUE, error);
      if (config == NULL)
        return FALSE;
    }
  src = _doson_ctr_yaml_lookup (config, "src_dir");
  repo->root = g_build_filename (dir, _doson_ctr_yaml_is (src, DOSON_CTR_YAML_STRING)
                                        ? src->text : "", NULL);
  repo->inputs = g_ptr_array_new_with_free_func (input_free);
  read_columns (repo, config);
  return read_inputs (repo, config, display, error) && read_translations (repo, config, error);
}

/* Computes indicator @id of @repo. */
static DosonCtrOpenSdgIndicator *
compute_one (Repository  *repo,
             const char  *id,
             GError     **error)
{
  g_autoptr(DosonCtrYamlNode) merged = NULL;
  DosonCtrOpenSdgMeta meta = { 0 };
  DosonCtrOpenSdgData data = { 0 };
  DosonCtrOpenSdgIndicator *ind = NULL;
  const char *data_path = NULL, *meta_name = id;
  gboolean has_data = FALSE;
  guint i;

  merged = _doson_ctr_open_sdg_meta_new ();
  for (i = 0; i < repo->inputs->len; i++)
    {
      Input *in = g_ptr_array_index (repo->inputs, i);
      const char *path = g_hash_table_lookup (in->files, id);
      g_autoptr(DosonCtrYamlNode) node = NULL;

      if (path == NULL)
        continue;
      if (in->kind == INPUT_DATA)
        {
          data_path = path;
          continue;
        }
      node = _doson_ctr_open_sdg_meta_load (path, in->kind == INPUT_META_MD, error);
      if (node == NULL)
        goto out;
      meta.has_meta = TRUE;
      meta_name = path;
      _doson_ctr_open_sdg_meta_merge (merged, node);
    }
  if (meta.has_meta && !_doson_ctr_open_sdg_meta_read (merged, repo->translations, meta_name,
                                                       &meta, error))
    goto out;

  if (data_path != NULL && meta.auto_progress)
    {
      g_autofree char *contents = NULL;
      g_autofree char *display = g_filename_display_name (data_path);
      gsize length;

      if (!_doson_ctr_read_file (data_path, &contents, &length, error)
          || !_doson_ctr_check_input (contents, length, display, NULL, error)
          || !_doson_ctr_open_sdg_data_read (&data, contents, length, display, &repo->columns,
                                             repo->translations, error))
        goto out;
      has_data = TRUE;
    }
  ind = _doson_ctr_open_sdg_indicator_compute (id, &meta, has_data ? &data : NULL);

out:
  _doson_ctr_open_sdg_meta_clear (&meta);
  _doson_ctr_open_sdg_data_clear (&data);
  return ind;
}

static gint
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Every indicator with data or metadata, sorted. */
static GPtrArray *
list_ids (Repository *repo)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *ids = g_ptr_array_new ();
  guint i;

  for (i = 0; i < repo->inputs->len; i++)
    {
      Input *in = g_ptr_array_index (repo->inputs, i);
      GHashTableIter iter;
      gpointer id;

      g_hash_table_iter_init (&iter, in->files);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        if (g_hash_table_add (seen, id))
          g_ptr_array_add (ids, id);
    }
  g_ptr_array_sort (ids, compare_strings);
  return ids;
}

static gboolean
is_listed (Repository *repo,
           const char *id)
{
  guint i;

  for (i = 0; i < repo->inputs->len; i++)
    if (g_hash_table_contains (((Input *) g_ptr_array_index (repo->inputs, i))->files, id))
      return TRUE;
  return FALSE;
}

/**
 * doson_ctr_open_sdg_read_repository:
 * @dir: the folder of an Open SDG data repository (the one that holds
 *   `config_data.yml`, `data/`, `meta/`…)
 * @indicators: (array zero-terminated=1) (nullable): the ids of the
 *   indicators to compute ("1-2-1"), or %NULL for every indicator
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @error: return location for a #GError, or %NULL
 *
 * Reads an Open SDG data repository and computes the progress of its
 * indicators as sdg-build 2.4.0 does (see the section description and
 * `doc/formats.md`, section 8): `config_data.yml` (its `inputs`,
 * `indicator_options`, `translations` and `src_dir`), the data
 * (`data/indicator_<id>.csv`), the metadata (the front matter of
 * `meta/<id>.md`, `indicator-config/<id>.yml`, merged in the order of
 * the inputs) and the English translations (the YAML files of
 * `translations/en/`).
 *
 * Errors: %DOSON_CTR_ERROR_IO when @dir is not a folder or a file cannot
 * be read; %DOSON_CTR_ERROR_PARSE for bad YAML or CSV (a Year or a value
 * that is not a number); %DOSON_CTR_ERROR_INVALID_DATA for an input class
 * that is not supported, a data file without Year or Value, metadata that
 * is not a mapping, or an id of @indicators that the repository does not
 * have; %DOSON_CTR_ERROR_LIMIT beyond the limits of doc/formats.md;
 * G_IO_ERROR_CANCELLED. Messages name the file and the line.
 *
 * Returns: (transfer full): the results, or %NULL with @error set
 *
 * Since: 0.1
 */
DosonCtrOpenSdgResults *
doson_ctr_open_sdg_read_repository (const char          *dir,
                                    const char * const  *indicators,
                                    GCancellable        *cancellable,
                                    GError             **error)
{
  Repository repo = { 0 };
  g_autoptr(DosonCtrOpenSdgResults) results = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  gboolean ok = FALSE;
  guint i;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!repository_open (&repo, dir, error))
    goto out;
  if (indicators != NULL)
    {
      ids = g_ptr_array_new ();
      for (i = 0; indicators[i] != NULL; i++)
        {
          if (!is_listed (&repo, indicators[i]))
            {
              g_autofree char *d = g_filename_display_name (dir);

              g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                           "%s: no indicator \"%s\" (neither data nor metadata)", d,
                           indicators[i]);
              goto out;
            }
          if (!g_ptr_array_find_with_equal_func (ids, indicators[i], g_str_equal, NULL))
            g_ptr_array_add (ids, (gpointer) indicators[i]);
        }
    }
  else
    ids = list_ids (&repo);

  results = _doson_ctr_open_sdg_results_new ();
  for (i = 0; i < ids->len; i++)
    {
      DosonCtrOpenSdgIndicator *ind;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;
      ind = compute_one (&repo, g_ptr_array_index (ids, i), error);
      if (ind == NULL)
        goto out;
      _doson_ctr_open_sdg_results_add (results, ind);
    }
  _doson_ctr_open_sdg_results_sort (results);
  ok = TRUE;

out:
  repository_clear (&repo);
  return ok ? g_steal_pointer (&results) : NULL;
}

/**
 * doson_ctr_open_sdg_compute_indicator:
 * @id: the indicator's id ("1-2-1"), which starts its series keys
 * @csv: (array length=csv_length) (element-type guint8): the indicator's
 *   data, CSV as in an Open SDG repository
 * @csv_length: the length of @csv, or -1 when it is NUL-terminated
 * @metadata: (array length=metadata_length) (element-type guint8)
 *   (nullable): the indicator's metadata: a Markdown file with front
 *   matter (YAML 1.2) or YAML (1.1), as in `indicator-config/<id>.yml`;
 *   %NULL for none
 * @metadata_length: the length of @metadata, or -1 when it is
 *   NUL-terminated
 * @error: return location for a #GError, or %NULL
 *
 * Computes one indicator's progress from its data and metadata, as
 * doson_ctr_open_sdg_read_repository() does, without translations and
 * with the default columns of Open SDG. Messages name the data `ID.csv`
 * and the metadata `ID.yml`.
 *
 * Errors: those of doson_ctr_open_sdg_read_repository() for the data and
 * the metadata.
 *
 * Returns: (transfer full): results holding the one indicator, or %NULL
 *   with @error set
 *
 * Since: 0.1
 */
DosonCtrOpenSdgResults *
doson_ctr_open_sdg_compute_indicator (const char  *id,
                                      const char  *csv,
                                      gssize       csv_length,
                                      const char  *metadata,
                                      gssize       metadata_length,
                                      GError     **error)
{
  g_autofree char *csv_name = NULL, *meta_name = NULL;
  g_autoptr(DosonCtrYamlNode) node = NULL;
  g_autoptr(DosonCtrYamlNode) merged = NULL;
  DosonCtrOpenSdgColumns columns = { 0 };
  DosonCtrOpenSdgMeta meta = { 0 };
  DosonCtrOpenSdgData data = { 0 };
  DosonCtrOpenSdgResults *results = NULL;
  gsize clen, mlen, start = 0, matter;
  guint64 first_line = 1;
  gboolean front;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (csv != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  csv_name = g_strdup_printf ("%s.csv", id);
  meta_name = g_strdup_printf ("%s.yml", id);
  clen = csv_length < 0 ? strlen (csv) : (gsize) csv_length;
  mlen = metadata == NULL ? 0 : metadata_length < 0 ? strlen (metadata) : (gsize) metadata_length;
  if (!_doson_ctr_check_input (csv, clen, csv_name, NULL, error)
      || (metadata != NULL && !_doson_ctr_check_input (metadata, mlen, meta_name, NULL, error)))
    return NULL;

  merged = _doson_ctr_open_sdg_meta_new ();
  front = metadata != NULL && _doson_ctr_yaml_front_matter (metadata, mlen, &start, &matter,
                                                            &first_line);
  node = _doson_ctr_yaml_parse (metadata != NULL ? metadata + start : "",
                                front ? matter : mlen, meta_name, first_line, !front, error);
  if (node == NULL)
    return NULL;
  _doson_ctr_open_sdg_meta_merge (merged, node);
  _doson_ctr_open_sdg_columns_init_default (&columns);
  if (_doson_ctr_open_sdg_meta_read (merged, NULL, meta_name, &meta, error)
      && _doson_ctr_open_sdg_data_read (&data, csv, clen, csv_name, &columns, NULL, error))
    {
      results = _doson_ctr_open_sdg_results_new ();
      _doson_ctr_open_sdg_results_add (results,
                                       _doson_ctr_open_sdg_indicator_compute (id, &meta, &data));
    }
  _doson_ctr_open_sdg_meta_clear (&meta);
  _doson_ctr_open_sdg_data_clear (&data);
  _doson_ctr_open_sdg_columns_clear (&columns);
  return results;
}
