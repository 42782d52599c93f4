/* doson-ctr-yaml.c: YAML documents read with libyaml into a tree
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * libyaml (Debian's libyaml-dev) does the parsing; this file only builds
 * a tree of its events and gives scalars their meaning by the YAML core
 * schema, as the Python loaders of Open SDG's build tool do: ruamel.yaml
 * (YAML 1.2) for Markdown front matter, PyYAML (YAML 1.1) for .yml
 * files.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <yaml.h>

#include <doson-ctr/doson-ctr-error.h>

#include "base/doson-ctr-number-private.h"
#include "base/doson-ctr-yaml-private.h"

DosonCtrYamlNode *
_doson_ctr_yaml_node_ref (DosonCtrYamlNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);
  node->ref_count++;
  return node;
}

void
_doson_ctr_yaml_node_unref (DosonCtrYamlNode *node)
{
  if (node == NULL || --node->ref_count > 0)
    return;
  g_free (node->text);
  if (node->items != NULL)
    g_ptr_array_unref (node->items);
  g_free (node);
}

static DosonCtrYamlNode *
node_new (DosonCtrYamlKind kind,
          guint64          line)
{
  DosonCtrYamlNode *node = g_new0 (DosonCtrYamlNode, 1);

  node->kind = kind;
  node->line = line;
  node->ref_count = 1;
  if (kind != DOSON_CTR_YAML_SCALAR)
    node->items = g_ptr_array_new_with_free_func ((GDestroyNotify) _doson_ctr_yaml_node_unref);
  return node;
}

/* Whether @s is a decimal number of the core schema: an integer
 * [-+]?[0-9]+, or a float [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
 * (YAML 1.1 wants a dot in a float and a sign in its exponent). */
static DosonCtrYamlType
number_type (const char *s,
             gboolean    yaml_1_1)
{
  const char *p = s;
  gboolean digits = FALSE, dot = FALSE;

  if (*p == '+' || *p == '-')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    digits = TRUE;
  if (*p == '.')
    {
      dot = TRUE;
      for (p++; g_ascii_isdigit (*p); p++)
        digits = TRUE;
    }
  if (!digits)
    return DOSON_CTR_YAML_STRING;
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      else if (yaml_1_1)
        return DOSON_CTR_YAML_STRING;
      if (!g_ascii_isdigit (*p))
        return DOSON_CTR_YAML_STRING;
      while (g_ascii_isdigit (*p))
        p++;
      if (*p != '\0' || (yaml_1_1 && !dot))
        return DOSON_CTR_YAML_STRING;
      return DOSON_CTR_YAML_FLOAT;
    }
  if (*p != '\0')
    return DOSON_CTR_YAML_STRING;
  return dot ? DOSON_CTR_YAML_FLOAT : DOSON_CTR_YAML_INTEGER;
}

static gboolean
is_one_of (const char         *s,
           const char * const *words)
{
  for (; *words != NULL; words++)
    if (strcmp (s, *words) == 0)
      return TRUE;
  return FALSE;
}

/* Gives a plain scalar its type by the core schema. */
static void
resolve_plain (DosonCtrYamlNode *node,
               gboolean          yaml_1_1)
{
  static const char * const nulls[] = { "", "~", "null", "Null", "NULL", NULL };
  static const char * const trues[] = { "true", "True", "TRUE", NULL };
  static const char * const falses[] = { "false", "False", "FALSE", NULL };
  static const char * const trues_1_1[] = { "yes", "Yes", "YES", "on", "On", "ON", NULL };
  static const char * const falses_1_1[] = { "no", "No", "NO", "off", "Off", "OFF", NULL };
  const char *s = node->text;

  node->type = DOSON_CTR_YAML_STRING;
  if (is_one_of (s, nulls))
    node->type = DOSON_CTR_YAML_NULL;
  else if (is_one_of (s, trues) || (yaml_1_1 && is_one_of (s, trues_1_1)))
    {
      node->type = DOSON_CTR_YAML_BOOLEAN;
      node->boolean = TRUE;
    }
  else if (is_one_of (s, falses) || (yaml_1_1 && is_one_of (s, falses_1_1)))
    node->type = DOSON_CTR_YAML_BOOLEAN;
  else
    {
      DosonCtrYamlType type = number_type (s, yaml_1_1);
      double value;

      if (type != DOSON_CTR_YAML_STRING
          && _doson_ctr_parse_double (s, strlen (s), &value) == DOSON_CTR_NUMBER_OK)
        {
          node->type = type;
          node->number = value;
        }
    }
}

typedef struct
{
  const char *name;
  guint64     first_line;
  gboolean    yaml_1_1;
  GHashTable *anchors;   /* anchor -> DosonCtrYamlNode (a reference) */
  GPtrArray  *stack;     /* the open sequences and mappings */
  guint       n_nodes;
  DosonCtrYamlNode *root;
} Builder;

static void
remember_anchor (Builder          *b,
                 const char       *anchor,
                 DosonCtrYamlNode *node)
{
  if (anchor != NULL)
    g_hash_table_replace (b->anchors, g_strdup (anchor), _doson_ctr_yaml_node_ref (node));
}

/* Adds @node (a new reference, taken) to the open collection, or makes
 * it the root. */
static void
attach (Builder          *b,
        DosonCtrYamlNode *node)
{
  if (b->stack->len == 0)
    {
      if (b->root == NULL)
        b->root = node;
      else
        _doson_ctr_yaml_node_unref (node);
      return;
    }
  g_ptr_array_add (((DosonCtrYamlNode *) g_ptr_array_index (b->stack, b->stack->len - 1))->items,
                   node);
}

static DosonCtrYamlNode *
scalar_node (Builder            *b,
             const yaml_event_t *event,
             guint64             line)
{
  DosonCtrYamlNode *node = node_new (DOSON_CTR_YAML_SCALAR, line);
  const char *tag = (const char *) event->data.scalar.tag;

  node->text = g_strndup ((const char *) event->data.scalar.value, event->data.scalar.length);
  node->type = DOSON_CTR_YAML_STRING;
  if (event->data.scalar.plain_implicit
      && (tag == NULL || strcmp (tag, "!") != 0)
      && event->data.scalar.style == YAML_PLAIN_SCALAR_STYLE)
    resolve_plain (node, b->yaml_1_1);
  return node;
}

/* Handles one event; FALSE with @error set on a problem. */
static gboolean
handle_event (Builder            *b,
              const yaml_event_t *event,
              GError            **error)
{
  guint64 line = event->start_mark.line + b->first_line;
  DosonCtrYamlNode *node;

  switch (event->type)
    {
    case YAML_SCALAR_EVENT:
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT:
      if (++b->n_nodes > DOSON_CTR_YAML_MAX_NODES)
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT,
                       "%s:%" G_GUINT64_FORMAT ": more than %d values in one document",
                       b->name, line, DOSON_CTR_YAML_MAX_NODES);
          return FALSE;
        }
      if (event->type == YAML_SCALAR_EVENT)
        {
          node = scalar_node (b, event, line);
          remember_anchor (b, (const char *) event->data.scalar.anchor, node);
          attach (b, node);
          return TRUE;
        }
      if (b->stack->len >= DOSON_CTR_YAML_MAX_DEPTH)
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT,
                       "%s:%" G_GUINT64_FORMAT ": sequences and mappings nest deeper "
                       "than %d levels", b->name, line, DOSON_CTR_YAML_MAX_DEPTH);
          return FALSE;
        }
      node = node_new (event->type == YAML_SEQUENCE_START_EVENT ? DOSON_CTR_YAML_SEQUENCE
                                                                : DOSON_CTR_YAML_MAPPING, line);
      remember_anchor (b, (const char *) (event->type == YAML_SEQUENCE_START_EVENT
                                            ? event->data.sequence_start.anchor
                                            : event->data.mapping_start.anchor), node);
      attach (b, node);
      g_ptr_array_add (b->stack, node);
      return TRUE;
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
      g_ptr_array_set_size (b->stack, b->stack->len - 1);
      return TRUE;
    case YAML_ALIAS_EVENT:
      node = g_hash_table_lookup (b->anchors, event->data.alias.anchor);
      if (node == NULL)
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE,
                       "%s:%" G_GUINT64_FORMAT ": unknown alias \"*%s\"",
                       b->name, line, (const char *) event->data.alias.anchor);
          return FALSE;
        }
      attach (b, _doson_ctr_yaml_node_ref (node));
      return TRUE;
    default:
      return TRUE;
    }
}

static void
set_parser_error (const yaml_parser_t *parser,
                  const Builder       *b,
                  GError             **error)
{
  const yaml_mark_t *mark = parser->problem != NULL ? &parser->problem_mark
                                                    : &parser->context_mark;

  if (parser->error == YAML_MEMORY_ERROR)
    g_error ("libyaml: out of memory");
  g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE,
               "%s:%" G_GUINT64_FORMAT ": %s%s%s", b->name,
               (guint64) mark->line + b->first_line,
               parser->problem != NULL ? parser->problem : "bad YAML",
               parser->context != NULL ? " " : "",
               parser->context != NULL ? parser->context : "");
}

DosonCtrYamlNode *
_doson_ctr_yaml_parse (const char  *data,
                       gsize        length,
                       const char  *name,
                       guint64      first_line,
                       gboolean     yaml_1_1,
                       GError     **error)
{
  yaml_parser_t parser;
  Builder b = { name, first_line, yaml_1_1, NULL, NULL, 0, NULL };
  gboolean ok = TRUE, done = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!yaml_parser_initialize (&parser))
    g_error ("libyaml: out of memory");
  yaml_parser_set_input_string (&parser, (const unsigned char *) (data != NULL ? data : ""),
                                length);
  yaml_parser_set_encoding (&parser, YAML_UTF8_ENCODING);
  b.anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) _doson_ctr_yaml_node_unref);
  b.stack = g_ptr_array_new ();

  while (ok && !done)
    {
      yaml_event_t event;

      if (!yaml_parser_parse (&parser, &event))
        {
          set_parser_error (&parser, &b, error);
          ok = FALSE;
          break;
        }
      /* The first document only: the rest of a file is not read. */
      done = event.type == YAML_STREAM_END_EVENT || event.type == YAML_DOCUMENT_END_EVENT;
      ok = handle_event (&b, &event, error);
      yaml_event_delete (&event);
    }

  yaml_parser_delete (&parser);
  g_hash_table_unref (b.anchors);
  g_ptr_array_unref (b.stack);
  if (!ok)
    {
      _doson_ctr_yaml_node_unref (b.root);
      return NULL;
    }
  if (b.root == NULL)
    {
      b.root = node_new (DOSON_CTR_YAML_SCALAR, first_line);
      b.root->text = g_strdup ("");
      b.root->type = DOSON_CTR_YAML_NULL;
    }
  return b.root;
}

DosonCtrYamlNode *
_doson_ctr_yaml_lookup (const DosonCtrYamlNode *node,
                        const char             *key)
{
  guint i;

  g_return_val_if_fail (key != NULL, NULL);

  if (node == NULL || node->kind != DOSON_CTR_YAML_MAPPING)
    return NULL;
  for (i = node->items->len; i >= 2; i -= 2)
    {
      const DosonCtrYamlNode *k = g_ptr_array_index (node->items, i - 2);

      if (k->kind == DOSON_CTR_YAML_SCALAR && strcmp (k->text, key) == 0)
        return g_ptr_array_index (node->items, i - 1);
    }
  return NULL;
}

gboolean
_doson_ctr_yaml_is (const DosonCtrYamlNode *node,
                    DosonCtrYamlType        type)
{
  return node != NULL && node->kind == DOSON_CTR_YAML_SCALAR && node->type == type;
}

gboolean
_doson_ctr_yaml_is_number (const DosonCtrYamlNode *node)
{
  return _doson_ctr_yaml_is (node, DOSON_CTR_YAML_INTEGER)
         || _doson_ctr_yaml_is (node, DOSON_CTR_YAML_FLOAT);
}

/* Python's repr() of a finite float: the shortest digits that read back
 * as @v, plain from 1e-4 to below 1e16 (with ".0" when whole), else
 * "1e+16", "1.5e-05". */
static char *
python_float_repr (double v)
{
  char buf[64], digits[32];
  int prec, exp10, n_digits, i;
  char *e;
  GString *out;

  if (isinf (v))
    return g_strdup (v > 0 ? "inf" : "-inf");
  if (v == 0)
    return g_strdup (signbit (v) ? "-0.0" : "0.0");
  /* the shortest precision that round-trips */
  for (prec = 1; prec <= 17; prec++)
    {
      char fmt[8];

      g_snprintf (fmt, sizeof fmt, "%%.%de", prec - 1);
      g_ascii_formatd (buf, sizeof buf, fmt, v);
      if (g_ascii_strtod (buf, NULL) == v)
        break;
    }
  e = strchr (buf, 'e');
  exp10 = atoi (e + 1);
  n_digits = 0;
  for (i = 0; buf + i < e; i++)
    if (g_ascii_isdigit (buf[i]))
      digits[n_digits++] = buf[i];
  digits[n_digits] = '\0';

  out = g_string_new (v < 0 ? "-" : "");
  if (exp10 >= -4 && exp10 < 16)
    {
      if (exp10 < 0)
        {
          g_string_append (out, "0.");
          for (i = -1; i > exp10; i--)
            g_string_append_c (out, '0');
          g_string_append (out, digits);
        }
      else
        {
          for (i = 0; i <= exp10; i++)
            g_string_append_c (out, i < n_digits ? digits[i] : '0');
          g_string_append_c (out, '.');
          if (n_digits > exp10 + 1)
            g_string_append (out, digits + exp10 + 1);
          else
            g_string_append_c (out, '0');
        }
    }
  else
    {
      g_string_append_c (out, digits[0]);
      if (n_digits > 1)
        g_string_append_printf (out, ".%s", digits + 1);
      g_string_append_printf (out, "e%c%02d", exp10 < 0 ? '-' : '+', ABS (exp10));
    }
  return g_string_free (out, FALSE);
}

char *
_doson_ctr_yaml_to_python_str (const DosonCtrYamlNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);

  if (node->kind != DOSON_CTR_YAML_SCALAR)
    return NULL;
  switch (node->type)
    {
    case DOSON_CTR_YAML_NULL:
      return g_strdup ("None");
    case DOSON_CTR_YAML_BOOLEAN:
      return g_strdup (node->boolean ? "True" : "False");
    case DOSON_CTR_YAML_INTEGER:
      if (fabs (node->number) < 1e15)
        return g_strdup_printf ("%.0f", node->number);
      return g_strdup (node->text);
    case DOSON_CTR_YAML_FLOAT:
      return python_float_repr (node->number);
    case DOSON_CTR_YAML_STRING:
    default:
      return g_strdup (node->text);
    }
}

/* The length of the line at @p (up to @end), without its line break, and
 * where the next line starts. */
static gsize
line_at (const char  *p,
         const char  *end,
         const char **next)
{
  const char *nl = memchr (p, '\n', end - p);
  gsize len = (nl != NULL ? nl : end) - p;

  *next = nl != NULL ? nl + 1 : end;
  if (len > 0 && p[len - 1] == '\r')
    len--;
  return len;
}

static gboolean
is_marker (const char *p,
           gsize       len,
           const char *marker)
{
  while (len > 3 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
    len--;
  return len == 3 && memcmp (p, marker, 3) == 0;
}

gboolean
_doson_ctr_yaml_front_matter (const char *data,
                              gsize       length,
                              gsize      *start,
                              gsize      *matter_length,
                              guint64    *first_line)
{
  const char *end = data + length, *p = data, *next;
  gsize len;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  len = line_at (p, end, &next);
  if (!is_marker (p, len, "---"))
    return FALSE;
  *start = next - data;
  *first_line = 2;
  for (p = next; p < end; p = next)
    {
      len = line_at (p, end, &next);
      if (is_marker (p, len, "---") || is_marker (p, len, "..."))
        break;
    }
  *matter_length = (p - data) - *start;
  return TRUE;
}
