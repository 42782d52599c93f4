/* doson-ctr-json-read.c: reading the members of a JSON document, with
 * their type and content checked
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <doson-ctr/doson-ctr-program.h>

#include "model/doson-ctr-id-private.h"
#include "formats/doson-ctr-json-private.h"

static const char *
describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return "an object";
    case JSON_NODE_ARRAY:
      return "an array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return "a string";
        case G_TYPE_BOOLEAN:
          return "true or false";
        case G_TYPE_INT64:
        case G_TYPE_DOUBLE:
          return "a number";
        default:
          return "a value";
        }
    }
}

static gboolean
wrong_type (DosonCtrJsonDoc  *doc,
            JsonNode         *node,
            const char       *path,
            const char       *wanted,
            GError          **error)
{
  _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, path,
                         FALSE, "expected %s, found %s", wanted,
                         describe_node (node));
  return FALSE;
}

gboolean
_doson_ctr_json_expect_object (DosonCtrJsonDoc  *doc,
                               JsonNode         *node,
                               const char       *path,
                               JsonObject      **object,
                               GError          **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong_type (doc, node, path, "an object", error);
  *object = json_node_get_object (node);
  return TRUE;
}

gboolean
_doson_ctr_json_read_root (DosonCtrJsonDoc  *doc,
                           const char       *kind,
                           const char       *format,
                           int               version,
                           JsonObject      **root,
                           GError          **error)
{
  const char *given_format;
  gboolean present;
  int given_version;

  if (!_doson_ctr_json_expect_object (doc, _doson_ctr_json_doc_get_root (doc),
                                      "", root, error)
      || !_doson_ctr_json_read_string (doc, *root, "", "format", TRUE,
                                       &given_format, error))
    return FALSE;
  if (strcmp (given_format, format) != 0)
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, "format",
                             FALSE, "this is not a %s file: the format is "
                             "\"%s\", expected \"%s\"", kind, given_format,
                             format);
      return FALSE;
    }
  if (!_doson_ctr_json_read_int (doc, *root, "", "version", TRUE, 0, G_MAXINT,
                                 &present, &given_version, error))
    return FALSE;
  if (given_version != version)
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                             "version", FALSE, "version %d is not supported "
                             "(this library reads version %d)", given_version,
                             version);
      return FALSE;
    }
  return TRUE;
}

gboolean
_doson_ctr_json_check_keys (DosonCtrJsonDoc    *doc,
                            JsonObject         *object,
                            const char         *path,
                            const char * const *known,
                            GError            **error)
{
  g_autoptr(GList) members = json_object_get_members (object);
  GList *l;

  for (l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      gboolean found = FALSE;
      guint i;

      for (i = 0; known[i] != NULL; i++)
        if (strcmp (known[i], key) == 0)
          {
            found = TRUE;
            break;
          }
      if (!found)
        {
          g_autofree char *member = _doson_ctr_json_path_member (path, key);
          g_autoptr(GString) list = g_string_new (NULL);

          for (i = 0; known[i] != NULL; i++)
            g_string_append_printf (list, "%s\"%s\"", i > 0 ? ", " : "",
                                    known[i]);
          if (!_doson_ctr_json_list_problem (doc, error, member, TRUE,
                                             "unknown key \"%s\" (known "
                                             "keys: %s)", key, list->str))
            return FALSE;
        }
    }
  return TRUE;
}

/* Finds a member, or reports it missing when required. Returns FALSE on
 * error; *node is NULL when the member is absent and optional. */
static gboolean
get_member (DosonCtrJsonDoc  *doc,
            JsonObject       *object,
            const char       *path,
            const char       *key,
            gboolean          required,
            JsonNode        **node,
            GError          **error)
{
  *node = json_object_get_member (object, key);
  if (*node == NULL && required)
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, path,
                             FALSE, "the required key \"%s\" is missing", key);
      return FALSE;
    }
  return TRUE;
}

/* get_member(), and a member present must be a node of @type (and a value
 * of @value_type when @type is JSON_NODE_VALUE), else an error "expected
 * @wanted". */
static gboolean
get_typed_member (DosonCtrJsonDoc  *doc,
                  JsonObject       *object,
                  const char       *path,
                  const char       *key,
                  gboolean          required,
                  JsonNodeType      type,
                  GType             value_type,
                  const char       *wanted,
                  JsonNode        **node,
                  GError          **error)
{
  g_autofree char *member = NULL;

  if (!get_member (doc, object, path, key, required, node, error))
    return FALSE;
  if (*node == NULL
      || (json_node_get_node_type (*node) == type
          && (type != JSON_NODE_VALUE
              || json_node_get_value_type (*node) == value_type)))
    return TRUE;
  member = _doson_ctr_json_path_member (path, key);
  return wrong_type (doc, *node, member, wanted, error);
}

gboolean
_doson_ctr_json_read_string (DosonCtrJsonDoc  *doc,
                             JsonObject       *object,
                             const char       *path,
                             const char       *key,
                             gboolean          required,
                             const char      **value,
                             GError          **error)
{
  g_autofree char *member = NULL;
  JsonNode *node;
  const char *text;

  if (!get_typed_member (doc, object, path, key, required, JSON_NODE_VALUE,
                         G_TYPE_STRING, "a string", &node, error))
    return FALSE;
  text = node != NULL ? json_node_get_string (node) : NULL;
  if (text != NULL && text[0] == '\0')
    {
      member = _doson_ctr_json_path_member (path, key);
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member,
                             FALSE, "the string is empty");
      return FALSE;
    }
  *value = text;
  return TRUE;
}

gboolean
_doson_ctr_json_read_id (DosonCtrJsonDoc  *doc,
                         JsonObject       *object,
                         const char       *path,
                         const char       *key,
                         gboolean          required,
                         const char      **value,
                         GError          **error)
{
  const char *text;

  if (!_doson_ctr_json_read_string (doc, object, path, key, required, &text,
                                    error))
    return FALSE;
  if (text != NULL && !doson_ctr_id_is_valid (text))
    {
      g_autofree char *member = _doson_ctr_json_path_member (path, key);
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member,
                             FALSE,
                             "\"%s\" is not a valid id (1 to %d ASCII letters, "
                             "digits, '.', '_' or '-', starting with a letter "
                             "or digit)", text, DOSON_CTR_ID_MAX_LENGTH);
      return FALSE;
    }
  *value = text;
  return TRUE;
}

gboolean
_doson_ctr_json_read_int (DosonCtrJsonDoc  *doc,
                          JsonObject       *object,
                          const char       *path,
                          const char       *key,
                          gboolean          required,
                          int               min,
                          int               max,
                          gboolean         *present,
                          int              *value,
                          GError          **error)
{
  g_autofree char *member = _doson_ctr_json_path_member (path, key);
  const DosonCtrJsonPosition *p;
  JsonNode *node;
  gint64 v;

  if (!get_member (doc, object, path, key, required, &node, error))
    return FALSE;
  if (node == NULL)
    {
      *present = FALSE;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node)
      || (json_node_get_value_type (node) != G_TYPE_INT64
          && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return wrong_type (doc, node, member, "an integer", error);
  /* Read the digits from the text: json-glib clamps large integers. */
  p = _doson_ctr_json_doc_find (doc, member);
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE || p == NULL)
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member,
                             FALSE, "expected an integer such as %d, found "
                             "a number with a fraction or an exponent", min);
      return FALSE;
    }
  {
    const char *start = _doson_ctr_json_doc_get_text (doc) + p->offset;
    char *end = NULL;
    guint64 magnitude;
    gboolean negative = start[0] == '-';

    magnitude = g_ascii_strtoull (negative ? start + 1 : start, &end, 10);
    if (magnitude > (guint64) G_MAXINT)
      v = negative ? G_MININT64 : G_MAXINT64;
    else
      v = negative ? -(gint64) magnitude : (gint64) magnitude;
  }
  if (v < min || v > max)
    {
      const char *start = _doson_ctr_json_doc_get_text (doc) + p->offset;
      gsize n = 0;

      while (start[n] == '-' || g_ascii_isdigit (start[n]))
        n++;
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member,
                             FALSE, "%.*s is out of range: expected %d to %d",
                             (int) n, start, min, max);
      return FALSE;
    }
  *present = TRUE;
  *value = (int) v;
  return TRUE;
}

gboolean
_doson_ctr_json_read_number (DosonCtrJsonDoc  *doc,
                             JsonObject       *object,
                             const char       *path,
                             const char       *key,
                             gboolean          required,
                             gboolean          allow_bool,
                             gboolean         *present,
                             double           *value,
                             GError          **error)
{
  g_autofree char *member = _doson_ctr_json_path_member (path, key);
  const DosonCtrJsonPosition *p;
  JsonNode *node;
  GType type;
  double v;

  if (!get_member (doc, object, path, key, required, &node, error))
    return FALSE;
  if (node == NULL)
    {
      *present = FALSE;
      return TRUE;
    }
  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node)
                                      : G_TYPE_INVALID;
  if (allow_bool && type == G_TYPE_BOOLEAN)
    {
      *present = TRUE;
      *value = json_node_get_boolean (node) ? 1.0 : 0.0;
      return TRUE;
    }
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return wrong_type (doc, node, member,
                       allow_bool ? "a number (or true or false)" : "a number",
                       error);
  /* Read the number from the text itself: exact, and an overflow shows. */
  p = _doson_ctr_json_doc_find (doc, member);
  if (p == NULL)
    v = json_node_get_double (node);
  else
    v = g_ascii_strtod (_doson_ctr_json_doc_get_text (doc) + p->offset, NULL);
  if (!isfinite (v))
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_NOT_FINITE, member,
                             FALSE, "the number is too large for a double");
      return FALSE;
    }
  *present = TRUE;
  *value = v;
  return TRUE;
}

gboolean
_doson_ctr_json_read_bool (DosonCtrJsonDoc  *doc,
                           JsonObject       *object,
                           const char       *path,
                           const char       *key,
                           gboolean          required,
                           gboolean         *present,
                           gboolean         *value,
                           GError          **error)
{
  JsonNode *node;

  if (!get_typed_member (doc, object, path, key, required, JSON_NODE_VALUE,
                         G_TYPE_BOOLEAN, "true or false", &node, error))
    return FALSE;
  *present = node != NULL;
  *value = node != NULL && json_node_get_boolean (node);
  return TRUE;
}

gboolean
_doson_ctr_json_read_array (DosonCtrJsonDoc  *doc,
                            JsonObject       *object,
                            const char       *path,
                            const char       *key,
                            gboolean          required,
                            JsonArray       **value,
                            GError          **error)
{
  JsonNode *node;

  if (!get_typed_member (doc, object, path, key, required,
                         JSON_NODE_ARRAY, G_TYPE_INVALID, "an array",
                         &node, error))
    return FALSE;
  *value = node != NULL ? json_node_get_array (node) : NULL;
  return TRUE;
}

gboolean
_doson_ctr_json_read_object (DosonCtrJsonDoc  *doc,
                             JsonObject       *object,
                             const char       *path,
                             const char       *key,
                             gboolean          required,
                             JsonObject      **value,
                             GError          **error)
{
  JsonNode *node;

  if (!get_typed_member (doc, object, path, key, required,
                         JSON_NODE_OBJECT, G_TYPE_INVALID, "an object",
                         &node, error))
    return FALSE;
  *value = node != NULL ? json_node_get_object (node) : NULL;
  return TRUE;
}

gboolean
_doson_ctr_json_read_loc_text (DosonCtrJsonDoc  *doc,
                               JsonObject       *object,
                               const char       *path,
                               const char       *key,
                               gboolean          required,
                               DosonCtrLocText  *text,
                               GError          **error)
{
  static const char * const keys[] = { "vi", "en", NULL };
  g_autofree char *member = _doson_ctr_json_path_member (path, key);
  JsonObject *loc;
  const char *vi, *en;

  if (!_doson_ctr_json_read_object (doc, object, path, key, required, &loc,
                                    error))
    return FALSE;
  if (loc == NULL)
    return TRUE;
  if (!_doson_ctr_json_check_keys (doc, loc, member, keys, error)
      || !_doson_ctr_json_read_string (doc, loc, member, "vi", TRUE, &vi, error)
      || !_doson_ctr_json_read_string (doc, loc, member, "en", FALSE, &en, error))
    return FALSE;
  text->vi = g_strdup (vi);
  text->en = g_strdup (en);
  return TRUE;
}

gboolean
_doson_ctr_json_read_string_array (DosonCtrJsonDoc  *doc,
                                   JsonObject       *object,
                                   const char       *path,
                                   const char       *key,
                                   gboolean          required,
                                   gboolean          ids,
                                   GPtrArray       **value,
                                   GError          **error)
{
  g_autofree char *member = _doson_ctr_json_path_member (path, key);
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GHashTable) seen = NULL;
  JsonArray *array;
  guint i;

  if (!_doson_ctr_json_read_array (doc, object, path, key, required, &array,
                                   error))
    return FALSE;
  if (array == NULL)
    {
      *value = NULL;
      return TRUE;
    }
  result = g_ptr_array_new ();
  /* A set, not a scan of @result: an array may hold many strings. */
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *element = _doson_ctr_json_path_index (member, i);
      JsonNode *node = json_array_get_element (array, i);
      const char *text;

      if (!JSON_NODE_HOLDS_VALUE (node)
          || json_node_get_value_type (node) != G_TYPE_STRING)
        return wrong_type (doc, node, element, ids ? "an id" : "a string",
                           error);
      text = json_node_get_string (node);
      if (text[0] == '\0')
        {
          _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                                 element, FALSE, "the string is empty");
          return FALSE;
        }
      if (ids && !doson_ctr_id_is_valid (text))
        {
          _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                                 element, FALSE, "\"%s\" is not a valid id",
                                 text);
          return FALSE;
        }
      if (!g_hash_table_add (seen, (gpointer) text))
        {
          _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                                 element, FALSE, "\"%s\" is listed twice",
                                 text);
          return FALSE;
        }
      g_ptr_array_add (result, (gpointer) text);
    }
  *value = g_steal_pointer (&result);
  return TRUE;
}

gboolean
_doson_ctr_json_wrap_error (DosonCtrJsonDoc  *doc,
                            const char       *path,
                            const char       *key,
                            GError           *local_error,
                            GError          **error)
{
  g_autofree char *member = key != NULL ? _doson_ctr_json_path_member (path, key)
                                        : g_strdup (path);

  _doson_ctr_json_error (doc, error, local_error->code, member, FALSE, "%s",
                         local_error->message);
  g_error_free (local_error);
  return FALSE;
}

gboolean
_doson_ctr_json_bad_enum (DosonCtrJsonDoc  *doc,
                          const char       *path,
                          const char       *key,
                          const char       *what,
                          const char       *value,
                          const char       *allowed,
                          GError          **error)
{
  g_autofree char *member = _doson_ctr_json_path_member (path, key);

  _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member,
                         FALSE, "unknown %s \"%s\" (expected %s)", what, value,
                         allowed);
  return FALSE;
}

gboolean
_doson_ctr_json_forbid_key (DosonCtrJsonDoc  *doc,
                            JsonObject       *object,
                            const char       *path,
                            const char       *key,
                            const char       *why,
                            GError          **error)
{
  g_autofree char *member = NULL;

  if (!json_object_has_member (object, key))
    return TRUE;
  member = _doson_ctr_json_path_member (path, key);
  _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member,
                         TRUE, "\"%s\" %s", key, why);
  return FALSE;
}
