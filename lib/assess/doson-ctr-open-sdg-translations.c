/* doson-ctr-open-sdg-translations.c: the English translation pass of an
 * Open SDG build
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * sdg-build computes progress on the English build of each indicator, so
 * data cells, column names and option values that are translation keys
 * are replaced by their English text first (translations/TranslationHelper.py,
 * translate() at line 53 of tag 2.3.0). The keys are those of the
 * repository's translations/en/<group>.yml, named "<group>.<key>". The
 * open-sdg/sdg-translations 2.4.0 keys that the configuration also pulls
 * in add nothing here: its en/data.yml is only `Year: Year`.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include <glib.h>

#include <doson-ctr/doson-ctr-error.h>

#include "base/doson-ctr-file-private.h"
#include "assess/doson-ctr-open-sdg-private.h"

DosonCtrOpenSdgTranslations *
_doson_ctr_open_sdg_translations_new (void)
{
  DosonCtrOpenSdgTranslations *t = g_new0 (DosonCtrOpenSdgTranslations, 1);

  t->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return t;
}

void
_doson_ctr_open_sdg_translations_free (DosonCtrOpenSdgTranslations *t)
{
  if (t == NULL)
    return;
  g_hash_table_unref (t->keys);
  g_free (t);
}

/* Adds the scalar keys of @node (a mapping) as "<group>.<key>". */
static void
add_group (DosonCtrOpenSdgTranslations *t,
           const char                  *group,
           const DosonCtrYamlNode      *node)
{
  guint i;

  if (node->kind != DOSON_CTR_YAML_MAPPING)
    return;
  for (i = 0; i + 1 < node->items->len; i += 2)
    {
      const DosonCtrYamlNode *k = g_ptr_array_index (node->items, i);
      const DosonCtrYamlNode *v = g_ptr_array_index (node->items, i + 1);
      char *text;

      if (k->kind != DOSON_CTR_YAML_SCALAR)
        continue;
      text = _doson_ctr_yaml_to_python_str (v);
      if (text == NULL)
        continue;
      g_hash_table_replace (t->keys, g_strdup_printf ("%s.%s", group, k->text), text);
    }
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

DosonCtrOpenSdgTranslations *
_doson_ctr_open_sdg_translations_load (const char  *dir,
                                       GError     **error)
{
  g_autoptr(DosonCtrOpenSdgTranslations) t = _doson_ctr_open_sdg_translations_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *d;
  const char *entry;
  guint i;

  d = g_dir_open (dir, 0, NULL);
  if (d == NULL)
    return g_steal_pointer (&t);
  while ((entry = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (entry, ".yml"))
      g_ptr_array_add (names, g_strdup (entry));
  g_dir_close (d);
  g_ptr_array_sort (names, compare_names);

  for (i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir, file, NULL);
      g_autofree char *group = g_strndup (file, strlen (file) - 4);
      g_autofree char *contents = NULL;
      g_autoptr(DosonCtrYamlNode) node = NULL;
      gsize length;

      if (!_doson_ctr_read_file (path, &contents, &length, error))
        return NULL;
      node = _doson_ctr_yaml_parse (contents, length, path, 1, TRUE, error);
      if (node == NULL)
        return NULL;
      add_group (t, group, node);
    }
  return g_steal_pointer (&t);
}

const char *
_doson_ctr_open_sdg_translate (const DosonCtrOpenSdgTranslations *t,
                               const char                        *text)
{
  const char *found;
  char stack[256];
  g_autofree char *heap = NULL;
  gsize len = strlen (text);
  char *key = stack;

  if (t == NULL || g_hash_table_size (t->keys) == 0)
    return text;
  found = g_hash_table_lookup (t->keys, text);
  if (found != NULL)
    return found;
  if (len + 6 > sizeof stack)
    key = heap = g_malloc (len + 6);
  memcpy (key, "data.", 5);
  memcpy (key + 5, text, len + 1);
  found = g_hash_table_lookup (t->keys, key);
  return found != NULL ? found : text;
}

const char *
_doson_ctr_open_sdg_translate_cell (const DosonCtrOpenSdgTranslations *t,
                                    const char                        *column,
                                    const char                        *text)
{
  const char *found;
  g_autofree char *key = NULL;

  if (t == NULL || g_hash_table_size (t->keys) == 0)
    return text;
  found = g_hash_table_lookup (t->keys, text);
  if (found != NULL)
    return found;
  key = g_strconcat (column, ".", text, NULL);
  found = g_hash_table_lookup (t->keys, key);
  if (found != NULL)
    return found;
  return _doson_ctr_open_sdg_translate (t, text);
}
