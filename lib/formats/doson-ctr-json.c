/* doson-ctr-json.c: a JSON document that knows where each of its values
 * is, and the problems found in it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The text first goes through the library's strict tokenizer
 * (doson-ctr-json-scan.c), which records the position of every value by
 * its path; json-glib then builds the tree, and the readers
 * (doson-ctr-json-read.c) look positions up by path when a value is of the
 * wrong type or its content is wrong.
 */

#include "config.h"

#include <string.h>

#include "base/doson-ctr-file-private.h"
#include "formats/doson-ctr-json-private.h"

struct _DosonCtrJsonDoc
{
  char *name;
  char *text;         /* NUL-terminated, without the BOM */
  gsize length;
  GHashTable *positions;  /* path -> DosonCtrJsonPosition */
  JsonParser *parser;
  DosonCtrProblems problems;
  GHashTable *set_aside;  /* "what\nid" of entries left out */
  guint n_set_aside_refs;
};

DosonCtrJsonDoc *
_doson_ctr_json_doc_new (const char  *data,
                         gsize        length,
                         const char  *name,
                         GPtrArray   *problems,
                         GError     **error)
{
  g_autoptr(DosonCtrJsonDoc) doc = NULL;
  GError *local_error = NULL;

  if (!_doson_ctr_check_input (data, length, name, problems, error))
    return NULL;
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  doc = g_new0 (DosonCtrJsonDoc, 1);
  doc->name = g_strdup (name);
  doc->text = g_strndup (data, length);
  doc->length = length;
  doc->positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          g_free);
  doc->problems.list = problems;
  doc->set_aside = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          NULL);

  if (!_doson_ctr_json_scan (doc->text, doc->length, doc->name,
                             doc->positions, &doc->problems, error))
    {
      _doson_ctr_problems_stop (&doc->problems, doc->name, NULL);
      return NULL;
    }

  doc->parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (doc->parser, doc->text,
                                   (gssize) doc->length, &local_error))
    {
      /* The strict pass accepted the text, so this is unexpected. */
      _doson_ctr_problems_report (&doc->problems, error,
                                  _doson_ctr_diagnostic_new (DOSON_CTR_ERROR_PARSE,
                                                             doc->name, 0, 0,
                                                             DOSON_CTR_FIELD_NONE,
                                                             NULL,
                                                             local_error->message));
      _doson_ctr_problems_stop (&doc->problems, doc->name, NULL);
      g_error_free (local_error);
      return NULL;
    }
  return g_steal_pointer (&doc);
}

void
_doson_ctr_json_doc_free (DosonCtrJsonDoc *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->name);
  g_free (doc->text);
  g_hash_table_unref (doc->positions);
  g_clear_object (&doc->parser);
  _doson_ctr_problems_clear (&doc->problems);
  g_clear_pointer (&doc->set_aside, g_hash_table_unref);
  g_free (doc);
}

JsonNode *
_doson_ctr_json_doc_get_root (DosonCtrJsonDoc *doc)
{
  return json_parser_get_root (doc->parser);
}

const char *
_doson_ctr_json_doc_get_name (DosonCtrJsonDoc *doc)
{
  return doc->name;
}

const char *
_doson_ctr_json_doc_get_text (DosonCtrJsonDoc *doc)
{
  return doc->text;
}

const DosonCtrJsonPosition *
_doson_ctr_json_doc_find (DosonCtrJsonDoc *doc,
               const char      *path)
{
  g_autofree char *copy = g_strdup (path);

  /* Walk up to the nearest recorded ancestor (every path a reader builds
   * is recorded, so this loop only guards against a mismatch). */
  for (;;)
    {
      const DosonCtrJsonPosition *p = g_hash_table_lookup (doc->positions, copy);
      char *cut;

      if (p != NULL)
        return p;
      if (copy[0] == '\0')
        return NULL;
      cut = MAX (strrchr (copy, '.'), strrchr (copy, '['));
      if (cut == NULL)
        copy[0] = '\0';
      else
        *cut = '\0';
    }
}

void
_doson_ctr_json_doc_position (DosonCtrJsonDoc *doc,
                              const char      *path,
                              gboolean         at_key,
                              guint           *line,
                              guint           *column)
{
  const DosonCtrJsonPosition *p = _doson_ctr_json_doc_find (doc, path);

  *line = *column = 0;
  if (p == NULL)
    return;
  if (at_key && p->key_line != 0)
    {
      *line = p->key_line;
      *column = p->key_column;
      return;
    }
  *line = p->line;
  *column = p->column;
}

char *
_doson_ctr_json_doc_locate (DosonCtrJsonDoc *doc,
                            const char      *path,
                            gboolean         at_key)
{
  guint line, column;

  _doson_ctr_json_doc_position (doc, path, at_key, &line, &column);
  if (line == 0)
    return g_strdup (doc->name);
  return g_strdup_printf ("%s:%u:%u", doc->name, line, column);
}

static void G_GNUC_PRINTF (6, 0)
report_valist (DosonCtrJsonDoc  *doc,
               GError          **error,
               gint              code,
               const char       *path,
               gboolean          at_key,
               const char       *format,
               va_list           args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);
  guint line, column;

  _doson_ctr_json_doc_position (doc, path, at_key, &line, &column);
  _doson_ctr_problems_report (&doc->problems, error,
                              _doson_ctr_diagnostic_new (code, doc->name, line,
                                                         column,
                                                         DOSON_CTR_FIELD_JSON_PATH,
                                                         path[0] != '\0' ? path : NULL,
                                                         message));
}

void
_doson_ctr_json_error (DosonCtrJsonDoc  *doc,
                       GError          **error,
                       gint              code,
                       const char       *path,
                       gboolean          at_key,
                       const char       *format,
                       ...)
{
  va_list args;

  va_start (args, format);
  report_valist (doc, error, code, path, at_key, format, args);
  va_end (args);
}

gboolean
_doson_ctr_json_member_error (DosonCtrJsonDoc  *doc,
                              GError          **error,
                              const char       *path,
                              const char       *key,
                              const char       *format,
                              ...)
{
  g_autofree char *member = _doson_ctr_json_path_member (path, key);
  va_list args;

  va_start (args, format);
  report_valist (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member, FALSE,
                 format, args);
  va_end (args);
  return FALSE;
}

gboolean
_doson_ctr_json_list_problem (DosonCtrJsonDoc  *doc,
                              GError          **error,
                              const char       *path,
                              gboolean          at_key,
                              const char       *format,
                              ...)
{
  va_list args;

  va_start (args, format);
  report_valist (doc, error, DOSON_CTR_ERROR_INVALID_DATA, path, at_key,
                 format, args);
  va_end (args);
  return _doson_ctr_json_doc_carry_on (doc, error);
}

gboolean
_doson_ctr_json_doc_carry_on (DosonCtrJsonDoc  *doc,
                              GError          **error)
{
  return _doson_ctr_problems_carry_on (&doc->problems, error);
}

void
_doson_ctr_json_doc_stop (DosonCtrJsonDoc *doc)
{
  _doson_ctr_problems_stop (&doc->problems, doc->name, NULL);
}

guint
_doson_ctr_json_doc_mark (DosonCtrJsonDoc *doc)
{
  return doc->problems.count + doc->n_set_aside_refs;
}

void
_doson_ctr_json_doc_set_aside (DosonCtrJsonDoc *doc,
                               const char      *what,
                               const char      *id)
{
  if (doc->problems.list == NULL || id == NULL)
    return;
  g_hash_table_add (doc->set_aside, g_strconcat (what, "\n", id, NULL));
}

gboolean
_doson_ctr_json_doc_refers_to_set_aside (DosonCtrJsonDoc *doc,
                                         const char      *what,
                                         const char      *id)
{
  g_autofree char *key = NULL;

  if (doc->problems.list == NULL)
    return FALSE;
  key = g_strconcat (what, "\n", id, NULL);
  if (!g_hash_table_contains (doc->set_aside, key))
    return FALSE;
  doc->n_set_aside_refs++;
  return TRUE;
}

void
_doson_ctr_json_path_append_member (GString    *path,
                                    const char *key)
{
  const char *c;

  if (key[0] != '\0' && strpbrk (key, ".[]\"\\") == NULL)
    {
      if (path->len > 0)
        g_string_append_c (path, '.');
      g_string_append (path, key);
      return;
    }

  g_string_append (path, "[\"");
  for (c = key; *c != '\0'; c++)
    {
      if (*c == '"' || *c == '\\')
        g_string_append_c (path, '\\');
      g_string_append_c (path, *c);
    }
  g_string_append (path, "\"]");
}

char *
_doson_ctr_json_path_member (const char *path,
                             const char *key)
{
  GString *member = g_string_new (path);

  _doson_ctr_json_path_append_member (member, key);
  return g_string_free (member, FALSE);
}

char *
_doson_ctr_json_path_index (const char *path,
                            guint       index)
{
  return g_strdup_printf ("%s[%u]", path, index);
}

