/* cli-validate.c: the `doson-ctr validate` subcommand
 *
 * SPDX-License-Identifier: CC0-1.0
 *
 * Checks a programme file and a measurement file and lists every problem,
 * one per line, as FILE:LINE:COLUMN: message:
 *
 *   doson-ctr validate --program ward.json --data figures.json
 *   doson-ctr validate --data examples/data/measurements-illustrative.json
 *
 * The library's loaders stop at the first error. To list them all, this
 * subcommand reports that error, sets the offending part of the document
 * aside (a member is dropped, a broken target or unit is replaced by a
 * harmless one, a broken indicator or measurement is left out), loads what
 * remains again, and so on until the document loads. Each later error is
 * traced back to its line and column in the file through the JSON paths of
 * both texts. The measurements are then checked against the programme with
 * doson_ctr_measurement_set_validate(), which lists every problem itself.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cli.h"

#define SUBCOMMAND "validate"

/* At most this many errors of one file are listed. */
#define MAX_PROBLEMS_PER_FILE 1000

/* Deeper documents are not indexed (the loaders refuse them anyway). */
#define MAX_DEPTH 512

static const char help_text[] =
  "Usage: doson-ctr validate [--program FILE] [--data FILE]\n"
  "\n"
  "Checks a programme and its measurements and lists every problem, one per\n"
  "line on standard output, as FILE:LINE:COLUMN: message (FILE:LINE: for a\n"
  "CSV file): every check of the loaders (doc/formats.md), measurements of\n"
  "indicators the programme does not have, years outside the term, levels\n"
  "and values that do not suit the indicator, and parts that do not add up\n"
  "to their whole or a subset larger than its whole.\n"
  "\n"
  "Options:\n"
  "  --program=FILE    a programme file; without it, the programme built into\n"
  "                    the library, 03-CTr/ĐU\n"
  "  --data=FILE       a measurement file, JSON or (for a name ending in .csv)\n"
  "                    CSV; without it, only the programme is checked\n"
  "  -h, --help        show this help and exit\n"
  "\n"
  "After a syntax error (malformed JSON or CSV, invalid UTF-8) nothing more of\n"
  "that file can be checked. When the programme has problems, the\n"
  "measurements are checked on their own but not against it.\n"
  "\n"
  "Exit status: 0 no problem (one line \"ok: ...\" is printed); 1 at least one\n"
  "problem; 2 bad usage.\n";

/* ------------------------------------------------------------------------
 * Where each value of a JSON text is
 * ------------------------------------------------------------------------ */

/* One step of a JSON path: a member (@key) or an element (@index). */
typedef struct {
  char *key;      /* NULL for an element */
  guint index;
} Step;

typedef struct {
  GArray *steps;  /* of Step */
  char *path;     /* "indicators[3].targets[0].comparator"; "" for the root */
  guint line;
  guint column;
  gboolean is_key; /* the position of a member's key, not of its value */
} Entry;

typedef struct {
  GPtrArray *entries;    /* of Entry, owned */
  GHashTable *values;    /* path → Entry of the value */
  GHashTable *keys;      /* path → Entry of the member's key */
  GHashTable *positions; /* "LINE:COLUMN" → Entry */
} JsonIndex;

static void
step_clear (gpointer data)
{
  Step *step = data;

  g_free (step->key);
}

static GArray *
steps_new (void)
{
  GArray *steps = g_array_new (FALSE, TRUE, sizeof (Step));

  g_array_set_clear_func (steps, step_clear);
  return steps;
}

static GArray *
steps_copy (GArray *steps,
            guint   n)
{
  GArray *copy = steps_new ();
  guint i;

  for (i = 0; i < n && i < steps->len; i++)
    {
      Step step = g_array_index (steps, Step, i);

      step.key = g_strdup (step.key);
      g_array_append_val (copy, step);
    }
  return copy;
}

/* The path the library writes: "key" at the root, "parent.key" below it,
 * "parent[i]" for an element. */
static char *
steps_to_path (GArray *steps,
               guint   n)
{
  GString *path = g_string_new (NULL);
  guint i;

  for (i = 0; i < n && i < steps->len; i++)
    {
      const Step *step = &g_array_index (steps, Step, i);

      if (step->key != NULL)
        {
          if (path->len > 0)
            g_string_append_c (path, '.');
          g_string_append (path, step->key);
        }
      else
        g_string_append_printf (path, "[%u]", step->index);
    }
  return g_string_free (path, FALSE);
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_array_unref (entry->steps);
  g_free (entry->path);
  g_free (entry);
}

static void
json_index_free (JsonIndex *index)
{
  if (index == NULL)
    return;
  g_hash_table_unref (index->values);
  g_hash_table_unref (index->keys);
  g_hash_table_unref (index->positions);
  g_ptr_array_unref (index->entries);
  g_free (index);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsonIndex, json_index_free)

typedef struct {
  const char *p;
  const char *end;
  guint line;
  guint column;
  JsonIndex *index;
} Scanner;

/* Moves past one byte, counting lines (LF, CRLF or a lone CR) and columns
 * (characters, not bytes), as the library does. */
static void
scanner_advance (Scanner *s)
{
  guchar c = (guchar) *s->p++;

  if (c == '\n')
    {
      s->line++;
      s->column = 1;
    }
  else if (c == '\r')
    {
      if (s->p < s->end && *s->p == '\n')
        s->p++;
      s->line++;
      s->column = 1;
    }
  else if ((c & 0xC0) != 0x80)
    s->column++; /* not a continuation byte: a new character */
}

static void
scanner_skip_blanks (Scanner *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    scanner_advance (s);
}

static void
index_add (JsonIndex *index,
           GArray    *steps,
           guint      line,
           guint      column,
           gboolean   is_key)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->steps = steps_copy (steps, steps->len);
  entry->path = steps_to_path (steps, steps->len);
  entry->line = line;
  entry->column = column;
  entry->is_key = is_key;
  g_ptr_array_add (index->entries, entry);
  g_hash_table_replace (is_key ? index->keys : index->values, entry->path, entry);
  g_hash_table_replace (index->positions, g_strdup_printf ("%u:%u", line, column), entry);
}

/* Reads a string starting at its opening quote; appends its decoded
 * contents to @text when @text is not NULL. */
static gboolean
scan_string (Scanner *s,
             GString *text)
{
  scanner_advance (s); /* the quote */
  while (s->p < s->end && *s->p != '"')
    {
      if (*s->p == '\\')
        {
          scanner_advance (s);
          if (s->p >= s->end)
            return FALSE;
          if (*s->p == 'u' && s->end - s->p >= 5)
            {
              char hex[5] = { s->p[1], s->p[2], s->p[3], s->p[4], '\0' };
              gunichar c = (gunichar) strtoul (hex, NULL, 16);
              guint i;

              for (i = 0; i < 5; i++)
                scanner_advance (s);
              /* A surrogate pair: \uD8xx\uDCxx. */
              if (c >= 0xD800 && c < 0xDC00 && s->end - s->p >= 6
                  && s->p[0] == '\\' && s->p[1] == 'u')
                {
                  char low_hex[5] = { s->p[2], s->p[3], s->p[4], s->p[5], '\0' };
                  gunichar low = (gunichar) strtoul (low_hex, NULL, 16);

                  if (low >= 0xDC00 && low < 0xE000)
                    {
                      c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                      for (i = 0; i < 6; i++)
                        scanner_advance (s);
                    }
                }
              if (text != NULL)
                g_string_append_unichar (text, c);
              continue;
            }
          if (text != NULL)
            switch (*s->p)
              {
              case 'b': g_string_append_c (text, '\b'); break;
              case 'f': g_string_append_c (text, '\f'); break;
              case 'n': g_string_append_c (text, '\n'); break;
              case 'r': g_string_append_c (text, '\r'); break;
              case 't': g_string_append_c (text, '\t'); break;
              default: g_string_append_c (text, *s->p); break;
              }
          scanner_advance (s);
          continue;
        }
      if (text != NULL)
        {
          const char *start = s->p;

          scanner_advance (s);
          g_string_append_len (text, start, s->p - start);
        }
      else
        scanner_advance (s);
    }
  if (s->p >= s->end)
    return FALSE;
  scanner_advance (s); /* the closing quote */
  return TRUE;
}

static gboolean
scan_value (Scanner *s,
            GArray  *steps)
{
  scanner_skip_blanks (s);
  if (s->p >= s->end || steps->len > MAX_DEPTH)
    return FALSE;

  index_add (s->index, steps, s->line, s->column, FALSE);

  if (*s->p == '{')
    {
      scanner_advance (s);
      scanner_skip_blanks (s);
      if (s->p < s->end && *s->p == '}')
        {
          scanner_advance (s);
          return TRUE;
        }
      for (;;)
        {
          g_autoptr (GString) key = g_string_new (NULL);
          guint line, column;
          Step step = { NULL, 0 };
          gboolean ok;

          scanner_skip_blanks (s);
          if (s->p >= s->end || *s->p != '"')
            return FALSE;
          line = s->line;
          column = s->column;
          if (!scan_string (s, key))
            return FALSE;
          step.key = g_strdup (key->str);
          g_array_append_val (steps, step);
          index_add (s->index, steps, line, column, TRUE);

          scanner_skip_blanks (s);
          if (s->p >= s->end || *s->p != ':')
            ok = FALSE;
          else
            {
              scanner_advance (s);
              ok = scan_value (s, steps);
            }
          g_array_set_size (steps, steps->len - 1);
          if (!ok)
            return FALSE;

          scanner_skip_blanks (s);
          if (s->p < s->end && *s->p == ',')
            scanner_advance (s);
          else if (s->p < s->end && *s->p == '}')
            {
              scanner_advance (s);
              return TRUE;
            }
          else
            return FALSE;
        }
    }

  if (*s->p == '[')
    {
      guint i;

      scanner_advance (s);
      scanner_skip_blanks (s);
      if (s->p < s->end && *s->p == ']')
        {
          scanner_advance (s);
          return TRUE;
        }
      for (i = 0;; i++)
        {
          Step step = { NULL, i };
          gboolean ok;

          g_array_append_val (steps, step);
          ok = scan_value (s, steps);
          g_array_set_size (steps, steps->len - 1);
          if (!ok)
            return FALSE;

          scanner_skip_blanks (s);
          if (s->p < s->end && *s->p == ',')
            scanner_advance (s);
          else if (s->p < s->end && *s->p == ']')
            {
              scanner_advance (s);
              return TRUE;
            }
          else
            return FALSE;
        }
    }

  if (*s->p == '"')
    return scan_string (s, NULL);

  /* A number or a literal. */
  while (s->p < s->end && strchr (",]} \t\r\n", *s->p) == NULL)
    scanner_advance (s);
  return TRUE;
}

/* Indexes a JSON text that is known to be well formed. */
static JsonIndex *
json_index_new (const char *text,
                gsize       length)
{
  JsonIndex *index = g_new0 (JsonIndex, 1);
  g_autoptr (GArray) steps = steps_new ();
  Scanner s = { text, text + length, 1, 1, index };

  index->entries = g_ptr_array_new_with_free_func (entry_free);
  index->values = g_hash_table_new (g_str_hash, g_str_equal);
  index->keys = g_hash_table_new (g_str_hash, g_str_equal);
  index->positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* A byte order mark is skipped, as the loaders skip it. */
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    s.p += 3;
  scan_value (&s, steps);
  return index;
}

/* ------------------------------------------------------------------------
 * Setting the offending part of a document aside
 * ------------------------------------------------------------------------ */

/* Which element of the file each element of a top-level array now is:
 * "indicators" → GArray of guint. */
typedef GHashTable Origins;

static GArray *
origins_get (Origins    *origins,
             JsonObject *root,
             const char *member)
{
  GArray *map = g_hash_table_lookup (origins, member);

  if (map == NULL)
    {
      JsonArray *array = json_object_get_array_member (root, member);
      guint i, n = array != NULL ? json_array_get_length (array) : 0;

      map = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
      for (i = 0; i < n; i++)
        g_array_append_val (map, i);
      g_hash_table_insert (origins, g_strdup (member), map);
    }
  return map;
}

static void
remove_element (Origins    *origins,
                JsonObject *root,
                const char *member,
                guint       index)
{
  GArray *map = origins_get (origins, root, member);

  json_array_remove_element (json_object_get_array_member (root, member), index);
  g_array_remove_index (map, index);
}

/* @steps with the index of a top-level array element mapped back to the
 * element of the file it came from. */
static GArray *
steps_to_origin (GArray  *steps,
                 Origins *origins)
{
  GArray *copy = steps_copy (steps, steps->len);

  if (copy->len >= 2 && g_array_index (copy, Step, 0).key != NULL
      && g_array_index (copy, Step, 1).key == NULL)
    {
      GArray *map = g_hash_table_lookup (origins, g_array_index (copy, Step, 0).key);
      Step *step = &g_array_index (copy, Step, 1);

      if (map != NULL && step->index < map->len)
        step->index = g_array_index (map, guint, step->index);
    }
  return copy;
}

static gboolean
is_known (const char         *key,
          const char * const *known)
{
  for (; *known != NULL; known++)
    if (strcmp (key, *known) == 0)
      return TRUE;
  return FALSE;
}

static const char * const program_keys[] = {
  "format", "version", "id", "code", "title", "issuing_body", "date",
  "term_start", "term_end", "baseline_year", "units", "goals", "indicators",
  NULL
};
static const char * const unit_keys[] = { "id", "name", "short_name", NULL };
static const char * const goal_keys[] = {
  "id", "ref", "title", "parent", "lead_units", "partner_units", "resolutions",
  NULL
};
static const char * const indicator_keys[] = {
  "id", "ref", "name", "unit", "note", "measure", "direction", "goal",
  "lead_units", "partner_units", "part_of", "subset_of", "disaggregation",
  "targets", NULL
};
static const char * const target_keys[] = {
  "kind", "comparator", "value", "low", "high", "range", "first_year",
  "deadline_year", "per_disaggregation", "text", NULL
};
static const char * const measurement_keys[] = {
  "indicator", "year", "value", "level", "source", "note", NULL
};
static const char * const measurements_keys[] = {
  "format", "version", "program", "illustrative", "description",
  "measurements", NULL
};

static const char *
object_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static void
set_localised (JsonObject *object,
               const char *member,
               const char *vi)
{
  JsonObject *text = json_object_new ();

  json_object_set_string_member (text, "vi", vi);
  json_object_set_object_member (object, member, text);
}

/* The id of the first element of @member that has a valid id, or NULL. */
static const char *
first_id (JsonObject *root,
          const char *member)
{
  JsonArray *array = json_object_get_array_member (root, member);
  guint i, n = array != NULL ? json_array_get_length (array) : 0;

  for (i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *id;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      id = object_string (json_node_get_object (node), "id");
      if (id != NULL && doson_ctr_id_is_valid (id))
        return id;
    }
  return NULL;
}

/* Whether an element of @array other than number @skip has the id @id. */
static gboolean
id_taken (JsonArray  *array,
          guint       skip,
          const char *id)
{
  guint i;

  for (i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *other;

      if (i == skip || !JSON_NODE_HOLDS_OBJECT (node))
        continue;
      other = object_string (json_node_get_object (node), "id");
      if (other != NULL && strcmp (other, id) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A unit or goal replaced by one with the same id and a placeholder name,
 * so that what names it still finds it; one without a usable id goes. */
static void
replace_by_id (Origins    *origins,
               JsonObject *root,
               const char *member,
               guint       index,
               const char *name_key)
{
  JsonArray *array = json_object_get_array_member (root, member);
  JsonNode *node = json_array_get_element (array, index);
  const char *id = JSON_NODE_HOLDS_OBJECT (node)
    ? object_string (json_node_get_object (node), "id") : NULL;
  g_autofree char *kept = g_strdup (id);
  JsonObject *minimal;

  if (kept == NULL || !doson_ctr_id_is_valid (kept) || id_taken (array, index, kept))
    {
      remove_element (origins, root, member, index);
      return;
    }
  minimal = json_object_new ();
  json_object_set_string_member (minimal, "id", kept);
  set_localised (minimal, name_key, kept);
  json_node_take_object (node, minimal);
}

/* An indicator left out; what names it as its whole forgets it, unless
 * another indicator has the same id. */
static void
remove_indicator (Origins    *origins,
                  JsonObject *root,
                  guint       index)
{
  JsonArray *array = json_object_get_array_member (root, "indicators");
  JsonNode *node = json_array_get_element (array, index);
  g_autofree char *id = NULL;
  guint i;

  if (JSON_NODE_HOLDS_OBJECT (node))
    id = g_strdup (object_string (json_node_get_object (node), "id"));
  remove_element (origins, root, "indicators", index);
  if (id == NULL || id_taken (array, G_MAXUINT, id))
    return;

  for (i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *other = json_array_get_element (array, i);
      static const char * const relations[] = { "part_of", "subset_of" };
      gsize r;

      if (!JSON_NODE_HOLDS_OBJECT (other))
        continue;
      for (r = 0; r < G_N_ELEMENTS (relations); r++)
        {
          const char *related = object_string (json_node_get_object (other), relations[r]);

          if (related != NULL && strcmp (related, id) == 0)
            json_object_remove_member (json_node_get_object (other), relations[r]);
        }
    }
}

/* A target that suits any indicator of @measure. */
static JsonNode *
minimal_target (const char *measure)
{
  JsonObject *target = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  if (measure != NULL && strcmp (measure, "boolean") == 0)
    {
      json_object_set_string_member (target, "kind", "milestone");
      json_object_set_string_member (target, "comparator", "=");
      json_object_set_int_member (target, "value", 1);
    }
  else
    {
      json_object_set_string_member (target, "kind", "level");
      json_object_set_string_member (target, "comparator", ">=");
      json_object_set_int_member (target, "value", 0);
    }
  json_node_take_object (node, target);
  return node;
}

static gboolean
repair_indicator (Origins    *origins,
                  JsonObject *root,
                  GArray     *steps)
{
  JsonArray *indicators = json_object_get_array_member (root, "indicators");
  guint index = g_array_index (steps, Step, 1).index;
  JsonNode *node = json_array_get_element (indicators, index);
  JsonObject *indicator;
  const char *key;

  if (steps->len == 2 || !JSON_NODE_HOLDS_OBJECT (node)
      || g_array_index (steps, Step, 2).key == NULL)
    {
      remove_indicator (origins, root, index);
      return TRUE;
    }
  indicator = json_node_get_object (node);
  key = g_array_index (steps, Step, 2).key;

  if (strcmp (key, "targets") == 0)
    {
      JsonArray *targets = json_object_get_array_member (indicator, "targets");
      const char *measure = object_string (indicator, "measure");

      if (steps->len >= 4 && targets != NULL
          && g_array_index (steps, Step, 3).key == NULL
          && g_array_index (steps, Step, 3).index < json_array_get_length (targets))
        {
          guint t = g_array_index (steps, Step, 3).index;
          JsonNode *target = json_array_get_element (targets, t);
          g_autoptr (JsonNode) minimal = minimal_target (measure);

          json_node_take_object (target, json_object_ref (json_node_get_object (minimal)));
        }
      else
        {
          JsonArray *replacement = json_array_new ();

          json_array_add_element (replacement, minimal_target (measure));
          json_object_set_array_member (indicator, "targets", replacement);
        }
    }
  else if (strcmp (key, "name") == 0)
    set_localised (indicator, "name", "?");
  else if (strcmp (key, "direction") == 0)
    json_object_set_string_member (indicator, "direction", "higher");
  else if (strcmp (key, "goal") == 0 && first_id (root, "goals") != NULL)
    json_object_set_string_member (indicator, "goal", first_id (root, "goals"));
  else if ((strcmp (key, "lead_units") == 0 || strcmp (key, "partner_units") == 0)
           && first_id (root, "units") != NULL)
    {
      JsonArray *lead = json_array_new ();

      json_array_add_string_element (lead, first_id (root, "units"));
      json_object_set_array_member (indicator, "lead_units", lead);
      json_object_remove_member (indicator, "partner_units");
    }
  else if (strcmp (key, "disaggregation") == 0)
    {
      JsonArray *targets = json_object_get_array_member (indicator, "targets");
      guint t;

      json_object_remove_member (indicator, "disaggregation");
      for (t = 0; targets != NULL && t < json_array_get_length (targets); t++)
        {
          JsonNode *target = json_array_get_element (targets, t);

          if (JSON_NODE_HOLDS_OBJECT (target))
            json_object_remove_member (json_node_get_object (target), "per_disaggregation");
        }
    }
  else if (strcmp (key, "ref") == 0 || strcmp (key, "unit") == 0
           || strcmp (key, "note") == 0 || strcmp (key, "part_of") == 0
           || strcmp (key, "subset_of") == 0)
    json_object_remove_member (indicator, key);
  else
    remove_indicator (origins, root, index);
  return TRUE;
}

/* The node at the first @n steps of @steps from @root, or NULL. */
static JsonNode *
lookup_node (JsonNode *root,
             GArray   *steps,
             guint     n)
{
  JsonNode *node = root;
  guint i;

  for (i = 0; i < n && node != NULL; i++)
    {
      const Step *step = &g_array_index (steps, Step, i);

      if (step->key != NULL && JSON_NODE_HOLDS_OBJECT (node))
        node = json_object_get_member (json_node_get_object (node), step->key);
      else if (step->key == NULL && JSON_NODE_HOLDS_ARRAY (node)
               && step->index < json_array_get_length (json_node_get_array (node)))
        node = json_array_get_element (json_node_get_array (node), step->index);
      else
        node = NULL;
    }
  return node;
}

/* The error is at a member's key: an unknown key, which goes, or a
 * repeated one, which is gone once the document is written out again
 * (json-glib keeps one of the two). @known lists the keys of the object
 * that holds the member. */
static gboolean
repair_key (JsonNode           *root,
            GArray             *steps,
            const char * const *known)
{
  const char *key = g_array_index (steps, Step, steps->len - 1).key;
  JsonNode *parent = lookup_node (root, steps, steps->len - 1);

  if (key == NULL || parent == NULL || !JSON_NODE_HOLDS_OBJECT (parent))
    return FALSE;
  if (!is_known (key, known))
    json_object_remove_member (json_node_get_object (parent), key);
  return TRUE;
}

/* The keys of the object of a programme document that holds the member
 * at @steps, or NULL for a member of anything else (a localised text, a
 * disaggregation). */
static const char * const *
program_keys_at (GArray *steps)
{
  const Step *first = &g_array_index (steps, Step, 0);

  if (first->key == NULL || g_array_index (steps, Step, steps->len - 1).key == NULL)
    return NULL;
  if (steps->len == 1)
    return program_keys;
  if (g_array_index (steps, Step, 1).key != NULL)
    return NULL;
  if (steps->len == 3 && strcmp (first->key, "units") == 0)
    return unit_keys;
  if (steps->len == 3 && strcmp (first->key, "goals") == 0)
    return goal_keys;
  if (steps->len == 3 && strcmp (first->key, "indicators") == 0)
    return indicator_keys;
  if (steps->len == 5 && strcmp (first->key, "indicators") == 0
      && g_strcmp0 (g_array_index (steps, Step, 2).key, "targets") == 0
      && g_array_index (steps, Step, 3).key == NULL)
    return target_keys;
  return NULL;
}

/* Sets aside the part of a programme document at @steps (where the
 * loader's error is). Returns FALSE when nothing more can be checked. */
static gboolean
repair_program (JsonNode *root_node,
                Origins  *origins,
                GArray   *steps,
                gboolean  is_key)
{
  JsonObject *root;
  const char *key;

  if (!JSON_NODE_HOLDS_OBJECT (root_node) || steps->len == 0
      || g_array_index (steps, Step, 0).key == NULL)
    return FALSE;
  root = json_node_get_object (root_node);
  key = g_array_index (steps, Step, 0).key;

  if (is_key && program_keys_at (steps) != NULL)
    return repair_key (root_node, steps, program_keys_at (steps));

  if (steps->len == 1)
    {
      if (strcmp (key, "code") == 0 || strcmp (key, "issuing_body") == 0
          || strcmp (key, "date") == 0 || strcmp (key, "baseline_year") == 0)
        json_object_remove_member (root, key);
      else if (strcmp (key, "id") == 0)
        json_object_set_string_member (root, "id", "program");
      else if (strcmp (key, "title") == 0)
        set_localised (root, "title", "?");
      else
        return FALSE;
      return TRUE;
    }

  if (g_array_index (steps, Step, 1).key != NULL
      || json_object_get_array_member (root, key) == NULL
      || g_array_index (steps, Step, 1).index >= json_array_get_length (json_object_get_array_member (root, key)))
    return FALSE;

  if (strcmp (key, "indicators") == 0)
    return repair_indicator (origins, root, steps);

  if (strcmp (key, "units") == 0 || strcmp (key, "goals") == 0)
    {
      gboolean units = strcmp (key, "units") == 0;
      guint index = g_array_index (steps, Step, 1).index;
      JsonNode *node = json_array_get_element (json_object_get_array_member (root, key), index);
      const char *member = steps->len >= 3 ? g_array_index (steps, Step, 2).key : NULL;

      if (member != NULL && strcmp (member, "id") == 0)
        remove_element (origins, root, key, index);
      else if (member != NULL && !units && JSON_NODE_HOLDS_OBJECT (node)
               && strcmp (member, "title") != 0)
        json_object_remove_member (json_node_get_object (node), member);
      else
        replace_by_id (origins, root, key, index, units ? "name" : "title");
      return TRUE;
    }

  return FALSE;
}

/* The same for a measurement document: a broken measurement is left out. */
static gboolean
repair_measurements (JsonNode *root_node,
                     Origins  *origins,
                     GArray   *steps,
                     gboolean  is_key)
{
  JsonObject *root;
  const char *key;

  if (!JSON_NODE_HOLDS_OBJECT (root_node) || steps->len == 0
      || g_array_index (steps, Step, 0).key == NULL)
    return FALSE;
  root = json_node_get_object (root_node);
  key = g_array_index (steps, Step, 0).key;

  if (is_key && steps->len == 1)
    return repair_key (root_node, steps, measurements_keys);
  if (is_key && steps->len == 3 && g_array_index (steps, Step, 1).key == NULL
      && strcmp (key, "measurements") == 0)
    return repair_key (root_node, steps, measurement_keys);

  if (steps->len == 1)
    {
      if (strcmp (key, "program") == 0 || strcmp (key, "illustrative") == 0
          || strcmp (key, "description") == 0)
        json_object_remove_member (root, key);
      else
        return FALSE;
      return TRUE;
    }

  if (strcmp (key, "measurements") == 0
      && g_array_index (steps, Step, 1).key == NULL
      && json_object_get_array_member (root, key) != NULL
      && g_array_index (steps, Step, 1).index < json_array_get_length (json_object_get_array_member (root, key)))
    {
      remove_element (origins, root, key, g_array_index (steps, Step, 1).index);
      return TRUE;
    }

  return FALSE;
}

/* ------------------------------------------------------------------------
 * Listing every error of a JSON document
 * ------------------------------------------------------------------------ */

typedef GObject *(*LoadFunc) (const char  *data,
                              gsize        length,
                              const char  *name,
                              GError     **error);
typedef gboolean (*RepairFunc) (JsonNode *root,
                                Origins  *origins,
                                GArray   *steps,
                                gboolean  is_key);

static GObject *
load_program (const char  *data,
              gsize        length,
              const char  *name,
              GError     **error)
{
  return (GObject *) doson_ctr_program_new_from_data (data, (gssize) length, name, error);
}

static GObject *
load_json_measurements (const char  *data,
                        gsize        length,
                        const char  *name,
                        GError     **error)
{
  return (GObject *) doson_ctr_measurement_set_new_from_json_data (data, (gssize) length,
                                                                   name, error);
}

/* The document as it was loaded last, to trace positions back to the file. */
typedef struct {
  const char *name;
  JsonIndex *file_index;   /* of the file's text */
  JsonIndex *text_index;   /* of the text loaded last; NULL: the file's */
  Origins *origins;
} Trace;

static void
trace_clear (Trace *trace)
{
  json_index_free (trace->file_index);
  json_index_free (trace->text_index);
  g_clear_pointer (&trace->origins, g_hash_table_unref);
}

/* Splits "NAME:LINE:COLUMN: REST" for the given NAME. */
static gboolean
split_located (const char  *message,
               const char  *name,
               guint       *line,
               guint       *column,
               const char **rest)
{
  gsize len = strlen (name);
  const char *p;
  char *end;

  if (strncmp (message, name, len) != 0 || message[len] != ':')
    return FALSE;
  p = message + len + 1;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  *line = (guint) strtoul (p, &end, 10);
  if (*end != ':' || !g_ascii_isdigit (end[1]))
    return FALSE;
  *column = (guint) strtoul (end + 1, &end, 10);
  if (strncmp (end, ": ", 2) != 0)
    return FALSE;
  *rest = end + 2;
  return TRUE;
}

/* The entry of the file's index for @steps, or of its nearest ancestor. */
static const Entry *
lookup_in_file (JsonIndex *index,
                GArray    *steps,
                gboolean   is_key)
{
  guint n;

  for (n = steps->len + 1; n-- > 0;)
    {
      g_autofree char *path = steps_to_path (steps, n);
      const Entry *entry = g_hash_table_lookup (is_key && n == steps->len
                                                ? index->keys : index->values, path);

      if (entry != NULL)
        return entry;
    }
  return NULL;
}

/* The entry of the index of the text loaded last at the position where
 * @message ("NAME:LINE:COLUMN: ...") points, or NULL. */
static const Entry *
trace_locate (Trace      *trace,
              const char *message)
{
  JsonIndex *text_index = trace->text_index != NULL ? trace->text_index : trace->file_index;
  g_autofree char *where = NULL;
  const char *rest;
  guint line, column;

  if (text_index == NULL || !split_located (message, trace->name, &line, &column, &rest))
    return NULL;
  where = g_strdup_printf ("%u:%u", line, column);
  return g_hash_table_lookup (text_index->positions, where);
}

/* A position in the text loaded last, traced back to the file. */
static const Entry *
trace_position (Trace       *trace,
                guint        line,
                guint        column,
                const Entry **text_entry)
{
  g_autofree char *where = g_strdup_printf ("%u:%u", line, column);
  g_autoptr (GArray) origin = NULL;
  const Entry *entry;

  entry = g_hash_table_lookup (trace->text_index->positions, where);
  if (entry == NULL)
    return NULL;
  if (text_entry != NULL)
    *text_entry = entry;
  origin = steps_to_origin (entry->steps, trace->origins);
  return lookup_in_file (trace->file_index, origin, entry->is_key);
}

/* @text with each "NAME:LINE:COLUMN" in it traced back to the file. */
static void
append_traced_text (GString    *out,
                    Trace      *trace,
                    const char *text)
{
  gsize len = strlen (trace->name);
  const char *p = text, *hit;

  while ((hit = strstr (p, trace->name)) != NULL)
    {
      const char *q = hit + len;
      const Entry *file_entry = NULL;
      guint line, column;
      char *end;

      g_string_append_len (out, p, hit - p);
      if (*q == ':' && g_ascii_isdigit (q[1]))
        {
          line = (guint) strtoul (q + 1, &end, 10);
          if (*end == ':' && g_ascii_isdigit (end[1]))
            {
              column = (guint) strtoul (end + 1, &end, 10);
              file_entry = trace_position (trace, line, column, NULL);
            }
        }
      if (file_entry != NULL)
        {
          g_string_append_printf (out, "%s:%u:%u", trace->name, file_entry->line,
                                  file_entry->column);
          p = end;
        }
      else
        {
          g_string_append (out, trace->name);
          p = q;
        }
    }
  g_string_append (out, p);
}

/* A message located in the text loaded last, located in the file instead:
 * its position, the path after it and any position it quotes. Returns
 * NULL when it cannot be traced. */
static char *
trace_message (Trace      *trace,
               const char *message)
{
  g_autoptr (GArray) origin = NULL;
  g_autofree char *origin_path = NULL;
  const Entry *entry = NULL, *file_entry;
  const char *rest;
  GString *out;
  guint line, column;

  if (!split_located (message, trace->name, &line, &column, &rest))
    return NULL;
  if (trace->text_index == NULL)
    return trace_locate (trace, message) != NULL ? g_strdup (message) : NULL;

  file_entry = trace_position (trace, line, column, &entry);
  if (file_entry == NULL)
    return NULL;
  origin = steps_to_origin (entry->steps, trace->origins);
  origin_path = steps_to_path (origin, origin->len);

  out = g_string_new (NULL);
  g_string_append_printf (out, "%s:%u:%u: ", trace->name, file_entry->line,
                          file_entry->column);
  if (entry->path[0] != '\0' && g_str_has_prefix (rest, entry->path)
      && strncmp (rest + strlen (entry->path), ": ", 2) == 0)
    {
      g_string_append (out, origin_path);
      rest += strlen (entry->path);
    }
  append_traced_text (out, trace, rest);
  return g_string_free (out, FALSE);
}

static void
print_problem (const char *problem,
               guint      *n_problems)
{
  printf ("%s\n", problem);
  (*n_problems)++;
}

/* Loads the JSON document @text of the file @name, listing every error.
 * Returns the object loaded (from what remains once the broken parts are
 * set aside) or NULL; *clean says whether it loaded as it is. */
/* The document as JSON text. A number too large for a double, such as
 * 1e999, was read as infinite and would be written "inf.0", which is not
 * JSON: it is written 1e999 again, so that the loader reports it. */
static char *
write_json (JsonNode *root)
{
  g_autofree char *text = json_to_string (root, TRUE);
  GString *out = g_string_sized_new (strlen (text));
  gboolean in_string = FALSE;
  const char *p;

  for (p = text; *p != '\0'; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            g_string_append_c (out, *p++);
          else if (*p == '"')
            in_string = FALSE;
        }
      else if (*p == '"')
        in_string = TRUE;
      else if (strncmp (p, "inf.0", 5) == 0)
        {
          g_string_append (out, "1e999");
          p += 4;
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static GObject *
load_listing_errors (const char *name,
                     const char *text,
                     gsize       length,
                     LoadFunc    load,
                     RepairFunc  repair,
                     Trace      *trace,
                     gboolean   *clean,
                     guint      *n_problems)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonParser) parser = NULL;
  g_autofree char *last_text = NULL;
  JsonNode *root;
  GObject *object;
  const char *json = text;
  gsize json_length = length;
  guint n;

  trace->name = name;
  *clean = FALSE;

  object = load (text, length, name, &error);
  if (object != NULL)
    {
      *clean = TRUE;
      return object;
    }
  print_problem (error->message, n_problems);

  /* After a syntax error, invalid UTF-8, a file too large or one that
   * cannot be read, nothing more can be told. */
  if (!g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA)
      && !g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE))
    return NULL;

  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      json += 3;
      json_length -= 3;
    }
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, (gssize) json_length, NULL))
    return NULL;
  root = json_parser_get_root (parser);

  trace->file_index = json_index_new (text, length);
  trace->origins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_array_unref);

  for (n = 1; n < MAX_PROBLEMS_PER_FILE; n++)
    {
      const Entry *entry = trace_locate (trace, error->message);
      g_autofree char *next_text = NULL;
      g_autofree char *traced = NULL;
      g_autoptr (GArray) steps = NULL;

      if (entry == NULL)
        return NULL;
      steps = steps_copy (entry->steps, entry->steps->len);
      if (!repair (root, trace->origins, steps, entry->is_key))
        return NULL;

      next_text = write_json (root);
      if (last_text != NULL && strcmp (next_text, last_text) == 0)
        return NULL; /* no progress */
      g_free (last_text);
      last_text = g_steal_pointer (&next_text);
      json_index_free (trace->text_index);
      trace->text_index = json_index_new (last_text, strlen (last_text));

      g_clear_error (&error);
      object = load (last_text, strlen (last_text), name, &error);
      if (object != NULL)
        return object;
      /* What json-glib wrote is JSON: an error of syntax now means that
       * what remains cannot be written out faithfully. */
      if (!g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA)
          && !g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE))
        return NULL;

      traced = trace_message (trace, error->message);
      if (traced == NULL)
        return NULL;
      print_problem (traced, n_problems);
    }
  return NULL;
}

/* ------------------------------------------------------------------------
 * CSV measurements
 * ------------------------------------------------------------------------ */

/* Splits "NAME:LINE: REST" for the given NAME. */
static gboolean
split_csv_located (const char *message,
                   const char *name,
                   guint      *line)
{
  gsize len = strlen (name);
  char *end;

  if (strncmp (message, name, len) != 0 || message[len] != ':'
      || !g_ascii_isdigit (message[len + 1]))
    return FALSE;
  *line = (guint) strtoul (message + len + 1, &end, 10);
  return *end == ':';
}

/* Empties line @line of @text in place (keeping its end), so that the
 * loader skips it and every other line keeps its number. Returns FALSE for
 * a line that holds a quote (a record that may span lines) or the header. */
static gboolean
blank_line (char  *text,
            gsize  length,
            guint  line)
{
  char *p = text, *end = text + length, *start, *stop;
  guint n = 1;

  if (line <= 1)
    return FALSE;
  while (p < end && n < line)
    {
      if (*p == '\n')
        n++;
      else if (*p == '\r')
        {
          if (p + 1 < end && p[1] == '\n')
            p++;
          n++;
        }
      p++;
    }
  if (n != line)
    return FALSE;
  start = p;
  for (stop = start; stop < end && *stop != '\n' && *stop != '\r'; stop++)
    if (*stop == '"')
      return FALSE;
  if (stop == start)
    return FALSE;
  /* The line's characters go; the rest of the text moves up. */
  memmove (start, stop, end - stop);
  text[length - (stop - start)] = '\0';
  return TRUE;
}

static DosonCtrMeasurementSet *
load_csv_listing_errors (const char *name,
                         char       *text,
                         gsize       length,
                         gboolean   *clean,
                         guint      *n_problems)
{
  guint n;

  *clean = TRUE;
  for (n = 0; n < MAX_PROBLEMS_PER_FILE; n++)
    {
      g_autoptr (GError) error = NULL;
      DosonCtrMeasurementSet *set;
      guint line;

      set = doson_ctr_measurement_set_new_from_csv_data (text, (gssize) length, name, &error);
      if (set != NULL)
        return set;
      *clean = FALSE;
      print_problem (error->message, n_problems);
      if (!g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA)
          && !g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_NOT_FINITE)
          && !g_error_matches (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE))
        return NULL;
      if (!split_csv_located (error->message, name, &line)
          || !blank_line (text, length, line))
        return NULL;
      length = strlen (text);
    }
  return NULL;
}

/* ------------------------------------------------------------------------
 * doson-ctr validate
 * ------------------------------------------------------------------------ */

/* A problem of the measurements that names no position (the programme id
 * of the set differs), located at the "program" member of a JSON file,
 * or at the file. NULL for a problem that starts with its position. */
static char *
locate_in_data (const char *path,
                const char *text,
                gsize       length,
                gboolean    json,
                const char *problem)
{
  gsize len = strlen (path);
  g_autoptr (JsonIndex) index = NULL;
  const Entry *entry;

  if (strncmp (problem, path, len) == 0 && problem[len] == ':')
    return NULL;
  if (json)
    {
      index = json_index_new (text, length);
      entry = g_hash_table_lookup (index->values, "program");
      if (entry != NULL)
        return g_strdup_printf ("%s:%u:%u: %s", path, entry->line, entry->column, problem);
    }
  return g_strdup_printf ("%s: %s", path, problem);
}

/* The library's limit on the size of a file (doc/formats.md, section 5),
 * plus one byte: read_file() reads no more, so that the loader refuses a
 * larger file with its own message, and a file that never ends (a pipe,
 * a device) is not read forever. */
#define READ_MAX (64 * 1024 * 1024 + 1)

static gboolean
read_file (const char  *path,
           char       **text,
           gsize       *length,
           guint       *n_problems)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *message = NULL;
  GString *data;
  FILE *file;
  char block[64 * 1024];
  gsize n;

  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      int saved_errno = errno;

      message = g_strdup_printf ("Failed to open file “%s”: %s", display,
                                 g_strerror (saved_errno));
      print_problem (message, n_problems);
      return FALSE;
    }
  data = g_string_new (NULL);
  while (data->len < READ_MAX
         && (n = fread (block, 1, MIN (sizeof block, READ_MAX - data->len), file)) > 0)
    g_string_append_len (data, block, (gssize) n);
  if (ferror (file))
    {
      int saved_errno = errno;

      fclose (file);
      g_string_free (data, TRUE);
      message = g_strdup_printf ("Failed to read from file “%s”: %s", display,
                                 g_strerror (saved_errno));
      print_problem (message, n_problems);
      return FALSE;
    }
  fclose (file);
  *length = data->len;
  *text = g_string_free (data, FALSE);
  return TRUE;
}

int
cli_validate (int    argc,
              char **argv)
{
  g_autofree char *program_path = NULL;
  g_autofree char *data_path = NULL;
  const GOptionEntry entries[] = {
    { "program", 0, 0, G_OPTION_ARG_FILENAME, &program_path, "A programme file", "FILE" },
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &data_path, "A measurement file", "FILE" },
    { NULL, 0, 0, G_OPTION_ARG_NONE, NULL, NULL, NULL }
  };
  g_autoptr (DosonCtrProgram) program = NULL;
  g_autoptr (DosonCtrMeasurementSet) set = NULL;
  gboolean program_clean = FALSE, data_clean = FALSE;
  Trace data_trace = { NULL, NULL, NULL, NULL };
  guint n_problems = 0;
  int status;

  g_return_val_if_fail (argc >= 1 && argv != NULL, CLI_EXIT_USAGE);

  status = cli_parse_options (SUBCOMMAND, help_text, entries, argc, argv, NULL);
  if (status >= 0)
    return status;

  /* The programme */
  if (program_path == NULL)
    {
      g_autoptr (GError) error = NULL;

      program = doson_ctr_program_new_builtin (&error);
      if (program == NULL)
        print_problem (error->message, &n_problems);
      program_clean = program != NULL;
    }
  else
    {
      g_autofree char *text = NULL;
      gsize length;

      if (read_file (program_path, &text, &length, &n_problems))
        {
          Trace trace = { NULL, NULL, NULL, NULL };

          program = (DosonCtrProgram *) load_listing_errors (program_path, text, length,
                                                             load_program, repair_program,
                                                             &trace, &program_clean,
                                                             &n_problems);
          trace_clear (&trace);
        }
    }

  /* The measurements, on their own and then against the programme */
  if (data_path != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (data_path, -1);
      gboolean json = !g_str_has_suffix (lower, ".csv");
      g_autofree char *text = NULL;
      gsize length = 0;

      if (read_file (data_path, &text, &length, &n_problems))
        {
          if (!json)
            set = load_csv_listing_errors (data_path, text, length, &data_clean, &n_problems);
          else
            set = (DosonCtrMeasurementSet *) load_listing_errors (data_path, text, length,
                                                                  load_json_measurements,
                                                                  repair_measurements,
                                                                  &data_trace, &data_clean,
                                                                  &n_problems);
        }

      if (set != NULL && program != NULL && program_clean)
        {
          g_auto (GStrv) problems = doson_ctr_measurement_set_validate (set, program);
          guint i;

          for (i = 0; problems[i] != NULL; i++)
            {
              const char *problem = problems[i];
              g_autofree char *traced = NULL;

              /* Positions in what remained of a JSON file after its
               * errors, traced back to the file. */
              if (data_trace.text_index != NULL)
                traced = trace_message (&data_trace, problem);
              if (traced == NULL)
                traced = locate_in_data (data_path, text, length, json, problem);
              print_problem (traced != NULL ? traced : problem, &n_problems);
            }
        }
      else if (set != NULL && program != NULL)
        cli_error (SUBCOMMAND, "%s: not checked against the programme, which has problems",
                   data_path);
    }
  trace_clear (&data_trace);

  if (n_problems > 0)
    {
      cli_error (SUBCOMMAND, "%u problem%s found", n_problems, n_problems == 1 ? "" : "s");
      return CLI_EXIT_DATA;
    }

  printf ("ok: programme %s (%u indicators)", doson_ctr_program_get_id (program),
          doson_ctr_program_get_indicators (program)->len);
  if (set != NULL)
    printf ("; %s: %u measurements", data_path, doson_ctr_measurement_set_get_size (set));
  printf ("; no problems\n");
  if (fflush (stdout) != 0)
    return CLI_EXIT_DATA;
  return CLI_EXIT_OK;
}
