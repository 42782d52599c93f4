/* doson-ctr-open-sdg-meta.c: an Open SDG indicator's metadata, merged,
 * and its progress options
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * sdg-build 2.3.0 (the pipeline of 2.4.0): InputYamlMdMeta reads the
 * front matter of meta/<id>.md (ruamel.yaml, YAML 1.2), InputYamlMeta a
 * .yml file (PyYAML, YAML 1.1); InputMetaFiles.fix_booleans (line 73)
 * turns the top-level strings "true"/"false" into booleans; the inputs
 * merge in configuration order with Indicator.deepUpdate (line 131):
 * dicts merge, anything else is replaced by the later input.
 * ProgressMeasure.py (PM) reads the merged keys auto_progress_calculation
 * (PM:60), progress_status (PM:80-84) and progress_calculation_options
 * (PM:24-37, PM:123-137).
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include <glib.h>

#include <doson-ctr/doson-ctr-error.h>

#include "base/doson-ctr-file-private.h"
#include "assess/doson-ctr-open-sdg-private.h"

static void
value_clear (DosonCtrOpenSdgValue *v)
{
  g_clear_pointer (&v->text, g_free);
}

static void
filter_clear (gpointer p)
{
  DosonCtrOpenSdgFilter *f = p;

  g_free (f->field);
  value_clear (&f->value);
}

void
_doson_ctr_open_sdg_option_free (DosonCtrOpenSdgOption *option)
{
  if (option == NULL)
    return;
  if (option->children != NULL)
    g_ptr_array_unref (option->children);
  value_clear (&option->series);
  value_clear (&option->unit);
  if (option->filters != NULL)
    g_array_unref (option->filters);
  g_free (option);
}

void
_doson_ctr_open_sdg_meta_clear (DosonCtrOpenSdgMeta *meta)
{
  g_clear_pointer (&meta->manual_status, g_free);
  g_clear_pointer (&meta->options, g_ptr_array_unref);
}

static DosonCtrYamlNode *
mapping_new (guint64 line)
{
  DosonCtrYamlNode *node = g_new0 (DosonCtrYamlNode, 1);

  node->kind = DOSON_CTR_YAML_MAPPING;
  node->line = line;
  node->ref_count = 1;
  node->items = g_ptr_array_new_with_free_func ((GDestroyNotify) _doson_ctr_yaml_node_unref);
  return node;
}

/* The index of the value of @key in @mapping, or -1. */
static gint
find_key (const DosonCtrYamlNode *mapping,
          const char             *key)
{
  guint i;

  for (i = mapping->items->len; i >= 2; i -= 2)
    {
      const DosonCtrYamlNode *k = g_ptr_array_index (mapping->items, i - 2);

      if (k->kind == DOSON_CTR_YAML_SCALAR && strcmp (k->text, key) == 0)
        return (gint) (i - 1);
    }
  return -1;
}

/* fix_booleans(): a top-level string "true"/"false", any case. */
static DosonCtrYamlNode *
fix_boolean (DosonCtrYamlNode *value)
{
  DosonCtrYamlNode *b;

  if (!_doson_ctr_yaml_is (value, DOSON_CTR_YAML_STRING)
      || (g_ascii_strcasecmp (value->text, "true") != 0
          && g_ascii_strcasecmp (value->text, "false") != 0))
    return _doson_ctr_yaml_node_ref (value);
  b = g_new0 (DosonCtrYamlNode, 1);
  b->kind = DOSON_CTR_YAML_SCALAR;
  b->type = DOSON_CTR_YAML_BOOLEAN;
  b->boolean = g_ascii_strcasecmp (value->text, "true") == 0;
  b->text = g_strdup (value->text);
  b->line = value->line;
  b->ref_count = 1;
  return b;
}

/* deepUpdate(): merges mapping @src into the mapping @dst (owned by the
 * caller alone); @top applies fix_booleans. */
static void
deep_update (DosonCtrYamlNode       *dst,
             const DosonCtrYamlNode *src,
             gboolean                top)
{
  guint i;

  for (i = 0; i + 1 < src->items->len; i += 2)
    {
      DosonCtrYamlNode *k = g_ptr_array_index (src->items, i);
      DosonCtrYamlNode *v = g_ptr_array_index (src->items, i + 1);
      DosonCtrYamlNode *nv;
      gint at;

      if (k->kind != DOSON_CTR_YAML_SCALAR)
        continue;
      at = find_key (dst, k->text);
      if (v->kind == DOSON_CTR_YAML_MAPPING)
        {
          DosonCtrYamlNode *old = at >= 0 ? g_ptr_array_index (dst->items, at) : NULL;

          nv = mapping_new (v->line);
          if (old != NULL && old->kind == DOSON_CTR_YAML_MAPPING)
            deep_update (nv, old, FALSE);
          deep_update (nv, v, FALSE);
        }
      else
        nv = top ? fix_boolean (v) : _doson_ctr_yaml_node_ref (v);

      if (at >= 0)
        {
          _doson_ctr_yaml_node_unref (g_ptr_array_index (dst->items, at));
          g_ptr_array_index (dst->items, at) = nv;
        }
      else
        {
          g_ptr_array_add (dst->items, _doson_ctr_yaml_node_ref (k));
          g_ptr_array_add (dst->items, nv);
        }
    }
}

void
_doson_ctr_open_sdg_meta_merge (DosonCtrYamlNode       *merged,
                                const DosonCtrYamlNode *node)
{
  g_return_if_fail (merged != NULL && merged->kind == DOSON_CTR_YAML_MAPPING);

  if (node == NULL || node->kind != DOSON_CTR_YAML_MAPPING)
    return;
  deep_update (merged, node, TRUE);
}

DosonCtrYamlNode *
_doson_ctr_open_sdg_meta_new (void)
{
  return mapping_new (1);
}

DosonCtrYamlNode *
_doson_ctr_open_sdg_meta_load (const char  *path,
                               gboolean     markdown,
                               GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display = g_filename_display_name (path);
  gsize length, start = 0, matter_length;
  guint64 first_line = 1;
  DosonCtrYamlNode *node;

  if (!_doson_ctr_read_file (path, &contents, &length, error))
    return NULL;
  if (!_doson_ctr_check_input (contents, length, display, NULL, error))
    return NULL;
  matter_length = length;
  if (markdown && !_doson_ctr_yaml_front_matter (contents, length, &start, &matter_length,
                                                 &first_line))
    return mapping_new (1);
  node = _doson_ctr_yaml_parse (contents + start, matter_length, display, first_line,
                                !markdown, error);
  if (node == NULL)
    return NULL;
  if (node->kind == DOSON_CTR_YAML_MAPPING)
    return node;
  if (!_doson_ctr_yaml_is (node, DOSON_CTR_YAML_NULL))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                   "%s:%" G_GUINT64_FORMAT ": the metadata is not a mapping of keys",
                   display, node->line);
      _doson_ctr_yaml_node_unref (node);
      return NULL;
    }
  _doson_ctr_yaml_node_unref (node);
  return mapping_new (1);
}

/* A filter value from a YAML scalar, strings translated. */
static void
read_value (const DosonCtrYamlNode            *node,
            const DosonCtrOpenSdgTranslations *t,
            DosonCtrOpenSdgValue              *v)
{
  memset (v, 0, sizeof *v);
  if (node == NULL || _doson_ctr_yaml_is (node, DOSON_CTR_YAML_NULL))
    {
      v->is_null = TRUE;
      v->text = g_strdup ("None");
      return;
    }
  v->is_string = _doson_ctr_yaml_is (node, DOSON_CTR_YAML_STRING);
  if (v->is_string)
    v->text = g_strdup (_doson_ctr_open_sdg_translate (t, node->text));
  else
    {
      v->text = _doson_ctr_yaml_to_python_str (node);
      if (v->text == NULL)
        v->text = g_strdup ("?");
    }
}

/* A year option (target_year, base_year): a whole number, else @fallback. */
static int
read_year (const DosonCtrYamlNode *node,
           int                     fallback)
{
  if (_doson_ctr_yaml_is_number (node) && node->number == floor (node->number)
      && fabs (node->number) < 100000)
    return (int) node->number;
  return fallback;
}

static gboolean read_items (const DosonCtrYamlNode *, const DosonCtrOpenSdgTranslations *,
                            const char *, guint, guint *, GPtrArray *, GError **);

static const char * const series_keys[] = {
  "series", "unit", "disaggregation", "direction", "target", "target_year",
  "base_year", "limit", "progress_thresholds", NULL
};

/* Whether @node is a group: a mapping of one key that is not a series
 * option, whose value is a list. */
static gboolean
is_group (const DosonCtrYamlNode *node)
{
  const DosonCtrYamlNode *k, *v;

  if (node->kind != DOSON_CTR_YAML_MAPPING || node->items->len != 2)
    return FALSE;
  k = g_ptr_array_index (node->items, 0);
  v = g_ptr_array_index (node->items, 1);
  return k->kind == DOSON_CTR_YAML_SCALAR && !g_strv_contains (series_keys, k->text)
         && v->kind == DOSON_CTR_YAML_SEQUENCE;
}

static void
read_filters (const DosonCtrYamlNode            *node,
              const DosonCtrOpenSdgTranslations *t,
              DosonCtrOpenSdgOption             *o)
{
  guint i;

  o->filters = g_array_new (FALSE, TRUE, sizeof (DosonCtrOpenSdgFilter));
  g_array_set_clear_func (o->filters, filter_clear);
  if (node == NULL || node->kind != DOSON_CTR_YAML_SEQUENCE)
    return;
  for (i = 0; i < node->items->len; i++)
    {
      const DosonCtrYamlNode *item = g_ptr_array_index (node->items, i);
      const DosonCtrYamlNode *field = _doson_ctr_yaml_lookup (item, "field");
      DosonCtrOpenSdgFilter f;

      if (item->kind != DOSON_CTR_YAML_MAPPING)
        continue;
      if (field != NULL && field->kind == DOSON_CTR_YAML_SCALAR)
        f.field = g_strdup (_doson_ctr_yaml_is (field, DOSON_CTR_YAML_STRING)
                              ? _doson_ctr_open_sdg_translate (t, field->text) : field->text);
      else
        f.field = g_strdup ("None");
      read_value (_doson_ctr_yaml_lookup (item, "value"), t, &f.value);
      g_array_append_val (o->filters, f);
    }
}

/* One series option, from a mapping (anything else counts as {}). */
static DosonCtrOpenSdgOption *
read_series_option (const DosonCtrYamlNode            *node,
                    const DosonCtrOpenSdgTranslations *t)
{
  DosonCtrOpenSdgOption *o = g_new0 (DosonCtrOpenSdgOption, 1);
  const DosonCtrYamlNode *v;

  if (node->kind != DOSON_CTR_YAML_MAPPING)
    node = NULL;
  v = _doson_ctr_yaml_lookup (node, "series");
  if (v != NULL && v->kind == DOSON_CTR_YAML_SCALAR && !_doson_ctr_yaml_is (v, DOSON_CTR_YAML_NULL))
    {
      o->has_series = TRUE;
      read_value (v, t, &o->series);
    }
  v = _doson_ctr_yaml_lookup (node, "unit");
  if (v != NULL && v->kind == DOSON_CTR_YAML_SCALAR && !_doson_ctr_yaml_is (v, DOSON_CTR_YAML_NULL))
    {
      o->has_unit = TRUE;
      read_value (v, t, &o->unit);
    }
  read_filters (_doson_ctr_yaml_lookup (node, "disaggregation"), t, o);

  /* direction = 1 if config direction == 'positive' else -1 */
  v = _doson_ctr_yaml_lookup (node, "direction");
  o->direction = _doson_ctr_yaml_is (v, DOSON_CTR_YAML_STRING)
                 && strcmp (_doson_ctr_open_sdg_translate (t, v->text), "positive") == 0 ? 1 : -1;
  v = _doson_ctr_yaml_lookup (node, "target");
  if (_doson_ctr_yaml_is_number (v))
    {
      o->has_target = TRUE;
      o->target = v->number;
    }
  o->target_year = read_year (_doson_ctr_yaml_lookup (node, "target_year"),
                              DOSON_CTR_OPEN_SDG_TARGET_YEAR);
  o->base_year = read_year (_doson_ctr_yaml_lookup (node, "base_year"),
                            DOSON_CTR_OPEN_SDG_BASE_YEAR);
  v = _doson_ctr_yaml_lookup (node, "limit");
  if (_doson_ctr_yaml_is_number (v))
    {
      o->has_limit = TRUE;
      o->limit = v->number;
    }
  return o;
}

static gboolean
read_items (const DosonCtrYamlNode            *list,
            const DosonCtrOpenSdgTranslations *t,
            const char                        *name,
            guint                              depth,
            guint                             *n_series,
            GPtrArray                         *out,
            GError                           **error)
{
  guint i;

  for (i = 0; i < list->items->len; i++)
    {
      const DosonCtrYamlNode *item = g_ptr_array_index (list->items, i);
      DosonCtrOpenSdgOption *o;

      if (++*n_series > DOSON_CTR_OPEN_SDG_MAX_SERIES)
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT,
                       "%s:%" G_GUINT64_FORMAT ": field \"progress_calculation_options\": "
                       "more than %d series", name, item->line, DOSON_CTR_OPEN_SDG_MAX_SERIES);
          return FALSE;
        }
      if (is_group (item))
        {
          if (depth >= DOSON_CTR_YAML_MAX_DEPTH)
            {
              g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT,
                           "%s:%" G_GUINT64_FORMAT ": groups nest deeper than %d levels",
                           name, item->line, DOSON_CTR_YAML_MAX_DEPTH);
              return FALSE;
            }
          o = g_new0 (DosonCtrOpenSdgOption, 1);
          o->children = g_ptr_array_new_with_free_func ((GDestroyNotify) _doson_ctr_open_sdg_option_free);
          g_ptr_array_add (out, o);
          if (!read_items (g_ptr_array_index (item->items, 1), t, name, depth + 1, n_series,
                           o->children, error))
            return FALSE;
        }
      else
        g_ptr_array_add (out, read_series_option (item, t));
    }
  return TRUE;
}

gboolean
_doson_ctr_open_sdg_meta_read (const DosonCtrYamlNode            *merged,
                               const DosonCtrOpenSdgTranslations *t,
                               const char                        *name,
                               DosonCtrOpenSdgMeta               *meta,
                               GError                           **error)
{
  const DosonCtrYamlNode *v;
  g_autoptr(GPtrArray) options =
    g_ptr_array_new_with_free_func ((GDestroyNotify) _doson_ctr_open_sdg_option_free);
  guint n_series = 0;

  v = _doson_ctr_yaml_lookup (merged, "auto_progress_calculation");
  meta->auto_progress = _doson_ctr_yaml_is (v, DOSON_CTR_YAML_BOOLEAN) && v->boolean;
  v = _doson_ctr_yaml_lookup (merged, "progress_status");
  g_clear_pointer (&meta->manual_status, g_free);
  if (v != NULL)
    {
      if (_doson_ctr_yaml_is (v, DOSON_CTR_YAML_STRING))
        meta->manual_status = g_strdup (_doson_ctr_open_sdg_translate (t, v->text));
      else
        meta->manual_status = _doson_ctr_yaml_to_python_str (v);
    }

  v = _doson_ctr_yaml_lookup (merged, "progress_calculation_options");
  if (v != NULL && v->kind == DOSON_CTR_YAML_SEQUENCE
      && !read_items (v, t, name, 0, &n_series, options, error))
    return FALSE;
  if (options->len == 0)
    {
      /* missing or empty: [{}], the headline with the defaults */
      DosonCtrYamlNode empty = { DOSON_CTR_YAML_SCALAR, DOSON_CTR_YAML_NULL, NULL, FALSE, 0, 0,
                                 NULL, 1 };

      g_ptr_array_add (options, read_series_option (&empty, t));
    }
  g_clear_pointer (&meta->options, g_ptr_array_unref);
  meta->options = g_steal_pointer (&options);
  return TRUE;
}
