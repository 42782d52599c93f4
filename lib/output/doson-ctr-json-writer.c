/* doson-ctr-json-writer.c: the JSON documents of lib/output, built with
 * json-glib and written indented, with the library's escaping and numbers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The tree is written here rather than by JsonGenerator so that numbers
 * have the fewest digits that read back as the same double.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>

#include "base/doson-ctr-escape-private.h"
#include "base/doson-ctr-number-private.h"
#include "output/doson-ctr-json-writer-private.h"

void
_doson_ctr_json_add_string (JsonBuilder *builder,
                            const char  *member,
                            const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
_doson_ctr_json_add_int (JsonBuilder *builder,
                         const char  *member,
                         gboolean     have,
                         gint64       value)
{
  json_builder_set_member_name (builder, member);
  if (have)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
_doson_ctr_json_add_double (JsonBuilder *builder,
                            const char  *member,
                            gboolean     have,
                            double       value)
{
  json_builder_set_member_name (builder, member);
  if (have)
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
_doson_ctr_json_add_boolean (JsonBuilder *builder,
                             const char  *member,
                             gboolean     value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_boolean_value (builder, value);
}

void
_doson_ctr_json_add_strings (JsonBuilder        *builder,
                             const char         *member,
                             const char * const *strings,
                             gsize               n_strings)
{
  gsize i;

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (i = 0; strings != NULL && i < n_strings; i++)
    json_builder_add_string_value (builder, strings[i]);
  json_builder_end_array (builder);
}

static void append_node (GString *out, JsonNode *node, guint depth);

static void
append_indent (GString *out,
               guint    depth)
{
  g_string_append_c (out, '\n');
  for (; depth > 0; depth--)
    g_string_append (out, "  ");
}

static void
append_object (GString    *out,
               JsonObject *object,
               guint       depth)
{
  g_autoptr (GList) members = json_object_get_members (object);
  GList *l;

  if (members == NULL)
    {
      g_string_append (out, "{}");
      return;
    }
  g_string_append_c (out, '{');
  for (l = members; l != NULL; l = l->next)
    {
      append_indent (out, depth + 1);
      _doson_ctr_json_append_string (out, l->data);
      g_string_append (out, ": ");
      append_node (out, json_object_get_member (object, l->data), depth + 1);
      if (l->next != NULL)
        g_string_append_c (out, ',');
    }
  append_indent (out, depth);
  g_string_append_c (out, '}');
}

static void
append_array (GString   *out,
              JsonArray *array,
              guint      depth)
{
  guint i, n = json_array_get_length (array);

  if (n == 0)
    {
      g_string_append (out, "[]");
      return;
    }
  g_string_append_c (out, '[');
  for (i = 0; i < n; i++)
    {
      append_indent (out, depth + 1);
      append_node (out, json_array_get_element (array, i), depth + 1);
      if (i + 1 < n)
        g_string_append_c (out, ',');
    }
  append_indent (out, depth);
  g_string_append_c (out, ']');
}

static void
append_value (GString  *out,
              JsonNode *node)
{
  double value;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_BOOLEAN:
      g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      break;
    case G_TYPE_INT64:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      break;
    case G_TYPE_DOUBLE:
      value = json_node_get_double (node);
      if (!isfinite (value))
        g_string_append (out, "null");
      else
        _doson_ctr_append_double (out, value == 0 ? 0 : value);
      break;
    case G_TYPE_STRING:
    default:
      _doson_ctr_json_append_string (out, json_node_get_string (node));
      break;
    }
}

static void
append_node (GString  *out,
             JsonNode *node,
             guint     depth)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      append_object (out, json_node_get_object (node), depth);
      break;
    case JSON_NODE_ARRAY:
      append_array (out, json_node_get_array (node), depth);
      break;
    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;
    case JSON_NODE_VALUE:
    default:
      append_value (out, node);
      break;
    }
}

void
_doson_ctr_json_writer_append (GString     *out,
                               JsonBuilder *builder)
{
  g_autoptr (JsonNode) root = json_builder_get_root (builder);

  append_node (out, root, 0);
  g_string_append_c (out, '\n');
}
