/* doson-ctr-json.c: strict JSON reading with positions, for the programme
 * and measurement loaders
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * json-glib 1.6 is lenient (comments, single quotes, leading zeros,
 * repeated keys are all accepted), reports positions only inside its error
 * messages, in bytes, and has no positions for the nodes of a tree it
 * parsed. So the text first goes through the small strict tokenizer below,
 * which gives exact syntax errors and records the line and column (in
 * characters) of every value and key by its JSON path; json-glib then
 * builds the tree, and the readers look positions up by path when a value
 * is of the wrong type or its content is wrong.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <doson-ctr/doson-ctr-program.h>

#include "model/doson-ctr-id-private.h"
#include "formats/doson-ctr-json-private.h"

typedef struct
{
  guint line;
  guint column;
  guint key_line;     /* 0 when the value is not an object member */
  guint key_column;
  gsize offset;       /* byte offset of the value in the text */
} Position;

struct _DosonCtrJsonDoc
{
  char *name;
  char *text;         /* NUL-terminated, without the BOM */
  gsize length;
  GHashTable *positions;  /* path -> Position */
  JsonParser *parser;
};

/* ---------------------------------------------------------------------- */
/* The tokenizer                                                           */

typedef struct
{
  const char *text;
  gsize length;
  gsize pos;
  guint line;
  guint column;
  int depth;
  guint n_values;
  const char *name;
  GHashTable *positions;
  GString *path;
  GString *key;
} Scanner;

static guchar
peek (Scanner *s)
{
  return s->pos < s->length ? (guchar) s->text[s->pos] : 0;
}

static gboolean
at_end (Scanner *s)
{
  return s->pos >= s->length;
}

static void
advance (Scanner *s)
{
  guchar c = (guchar) s->text[s->pos];

  if (c == '\n')
    {
      s->line++;
      s->column = 1;
    }
  else if (c == '\r')
    {
      if (s->pos + 1 >= s->length || s->text[s->pos + 1] != '\n')
        {
          s->line++;
          s->column = 1;
        }
    }
  else if ((c & 0xC0) != 0x80)
    s->column++;
  s->pos++;
  /* Continuation bytes follow their lead byte: skip them in one go so the
   * column moves once per character. */
  while (s->pos < s->length && ((guchar) s->text[s->pos] & 0xC0) == 0x80)
    s->pos++;
}

static void
skip_blanks (Scanner *s)
{
  while (!at_end (s))
    {
      guchar c = peek (s);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        break;
      advance (s);
    }
}

static char *
describe_here (Scanner *s)
{
  guchar c;

  if (at_end (s))
    return g_strdup ("the end of the text");
  c = peek (s);
  if (c < 0x20 || c == 0x7F)
    return g_strdup_printf ("the control character U+%04X", (guint) c);
  if (c < 0x80)
    return g_strdup_printf ("'%c'", c);
  {
    gunichar u = g_utf8_get_char (s->text + s->pos);
    char buf[8];
    buf[g_unichar_to_utf8 (u, buf)] = '\0';
    return g_strdup_printf ("'%s'", buf);
  }
}

static gboolean G_GNUC_PRINTF (3, 4)
syntax_error (Scanner     *s,
              GError     **error,
              const char  *format,
              ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE,
               "%s:%u:%u: %s", s->name, s->line, s->column, message);
  return FALSE;
}

static gboolean
expected (Scanner     *s,
          GError     **error,
          const char  *what)
{
  g_autofree char *here = describe_here (s);
  return syntax_error (s, error, "expected %s, found %s", what, here);
}

/* Records where the value at s->path starts.  Each value costs its path
 * and a position (about 100 bytes beside the path), whatever its size in
 * the text: the limits on the number of values and the length of a path
 * bound that memory (about 400 MB at most) and the time to build it. */
static gboolean
record (Scanner  *s,
        guint     key_line,
        guint     key_column,
        GError  **error)
{
  Position *p;

  if (++s->n_values > DOSON_CTR_JSON_MAX_VALUES)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT,
                   "%s:%u:%u: more than %d values (objects, arrays, strings, "
                   "numbers, true, false and null count one each)",
                   s->name, s->line, s->column, DOSON_CTR_JSON_MAX_VALUES);
      return FALSE;
    }
  if (s->path->len > DOSON_CTR_JSON_MAX_PATH)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT,
                   "%s:%u:%u: the path of this value (its keys and indices "
                   "from the top) is longer than %d bytes",
                   s->name, s->line, s->column, DOSON_CTR_JSON_MAX_PATH);
      return FALSE;
    }

  p = g_new (Position, 1);
  p->line = s->line;
  p->column = s->column;
  p->key_line = key_line;
  p->key_column = key_column;
  p->offset = s->pos;
  g_hash_table_replace (s->positions, g_strdup (s->path->str), p);
  return TRUE;
}

static int
hex_value (guchar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Scanner  *s,
           guint    *value,
           GError  **error)
{
  int i;

  *value = 0;
  for (i = 0; i < 4; i++)
    {
      int h = hex_value (peek (s));
      if (at_end (s) || h < 0)
        return expected (s, error, "four hexadecimal digits after \\u");
      *value = *value * 16 + (guint) h;
      advance (s);
    }
  return TRUE;
}

/* Scans a string whose opening quote is at s->pos; when @out is not NULL,
 * stores the decoded text. */
static gboolean
scan_string (Scanner  *s,
             GString  *out,
             GError  **error)
{
  advance (s);    /* the opening quote */
  for (;;)
    {
      guchar c;

      if (at_end (s))
        return syntax_error (s, error, "the string is not closed");
      c = peek (s);
      if (c == '"')
        {
          advance (s);
          return TRUE;
        }
      if (c < 0x20)
        return syntax_error (s, error,
                             "a control character (U+%04X) inside a string; "
                             "write it as an escape such as \\n or \\t",
                             (guint) c);
      if (c == '\\')
        {
          guint u;

          advance (s);
          c = peek (s);
          switch (c)
            {
            case '"': case '\\': case '/':
              if (out) g_string_append_c (out, (char) c);
              advance (s);
              break;
            case 'b':
              if (out) g_string_append_c (out, '\b');
              advance (s);
              break;
            case 'f':
              if (out) g_string_append_c (out, '\f');
              advance (s);
              break;
            case 'n':
              if (out) g_string_append_c (out, '\n');
              advance (s);
              break;
            case 'r':
              if (out) g_string_append_c (out, '\r');
              advance (s);
              break;
            case 't':
              if (out) g_string_append_c (out, '\t');
              advance (s);
              break;
            case 'u':
              advance (s);
              if (!read_hex4 (s, &u, error))
                return FALSE;
              if (u >= 0xDC00 && u <= 0xDFFF)
                return syntax_error (s, error,
                                     "\\u%04X is a lone low surrogate", u);
              if (u >= 0xD800 && u <= 0xDBFF)
                {
                  guint low;

                  if (peek (s) != '\\' || s->pos + 1 >= s->length
                      || s->text[s->pos + 1] != 'u')
                    return syntax_error (s, error,
                                         "\\u%04X is a high surrogate "
                                         "without its low surrogate", u);
                  advance (s);
                  advance (s);
                  if (!read_hex4 (s, &low, error))
                    return FALSE;
                  if (low < 0xDC00 || low > 0xDFFF)
                    return syntax_error (s, error,
                                         "\\u%04X is a high surrogate "
                                         "without its low surrogate", u);
                  u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                }
              if (u == 0)
                return syntax_error (s, error,
                                     "\\u0000 (a NUL character) is not "
                                     "allowed in a string");
              if (out)
                g_string_append_unichar (out, (gunichar) u);
              break;
            default:
              return expected (s, error,
                               "an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t "
                               "or \\uXXXX) after a backslash");
            }
          continue;
        }
      /* Any other character, UTF-8 already validated. */
      if (out)
        {
          gsize start = s->pos;
          advance (s);
          g_string_append_len (out, s->text + start, (gssize) (s->pos - start));
        }
      else
        advance (s);
    }
}

static gboolean
scan_number (Scanner  *s,
             GError  **error)
{
  if (peek (s) == '-')
    advance (s);
  if (peek (s) == '0')
    {
      advance (s);
      if (g_ascii_isdigit (peek (s)))
        return syntax_error (s, error,
                             "a number must not have a leading zero");
    }
  else if (g_ascii_isdigit (peek (s)))
    {
      while (g_ascii_isdigit (peek (s)))
        advance (s);
    }
  else
    return expected (s, error, "a digit");
  if (peek (s) == '.')
    {
      advance (s);
      if (!g_ascii_isdigit (peek (s)))
        return expected (s, error, "a digit after the decimal point");
      while (g_ascii_isdigit (peek (s)))
        advance (s);
    }
  if (peek (s) == 'e' || peek (s) == 'E')
    {
      advance (s);
      if (peek (s) == '+' || peek (s) == '-')
        advance (s);
      if (!g_ascii_isdigit (peek (s)))
        return expected (s, error, "a digit in the exponent");
      while (g_ascii_isdigit (peek (s)))
        advance (s);
    }
  if (g_ascii_isalnum (peek (s)) || peek (s) == '.')
    return syntax_error (s, error,
                         "invalid number (numbers are written like 12, "
                         "-0.5 or 1e6; no decimal comma)");
  return TRUE;
}

static gboolean
scan_literal (Scanner  *s,
              GError  **error)
{
  static const char * const literals[] = { "true", "false", "null" };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize n = strlen (literals[i]);

      if (s->length - s->pos >= n
          && strncmp (s->text + s->pos, literals[i], n) == 0
          && (s->pos + n >= s->length
              || !g_ascii_isalnum (s->text[s->pos + n])))
        {
          gsize k;
          for (k = 0; k < n; k++)
            advance (s);
          return TRUE;
        }
    }
  return expected (s, error,
                   "a value (an object, an array, a string in double "
                   "quotes, a number, true, false or null)");
}

static gboolean scan_value (Scanner *s, guint key_line, guint key_column,
                            GError **error);

static gboolean
scan_object (Scanner  *s,
             GError  **error)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                      g_free, NULL);
  gsize path_length = s->path->len;

  advance (s);    /* '{' */
  skip_blanks (s);
  if (peek (s) == '}')
    {
      advance (s);
      return TRUE;
    }
  for (;;)
    {
      guint key_line = s->line, key_column = s->column;

      if (peek (s) != '"' || at_end (s))
        return expected (s, error, "a key in double quotes");
      g_string_truncate (s->key, 0);
      if (!scan_string (s, s->key, error))
        return FALSE;
      if (g_hash_table_contains (keys, s->key->str))
        {
          _doson_ctr_json_path_append_member (s->path, s->key->str);
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_INVALID_DATA,
                       "%s:%u:%u: %s: the key \"%s\" appears twice in "
                       "this object", s->name, key_line, key_column,
                       s->path->str, s->key->str);
          return FALSE;
        }
      g_hash_table_add (keys, g_strdup (s->key->str));
      skip_blanks (s);
      if (peek (s) != ':' || at_end (s))
        return expected (s, error, "':' after the key");
      advance (s);
      skip_blanks (s);
      _doson_ctr_json_path_append_member (s->path, s->key->str);
      if (!scan_value (s, key_line, key_column, error))
        return FALSE;
      g_string_truncate (s->path, path_length);
      skip_blanks (s);
      if (peek (s) == ',' && !at_end (s))
        {
          advance (s);
          skip_blanks (s);
          if (peek (s) == '}')
            return syntax_error (s, error,
                                 "a comma before '}': remove the last comma");
          continue;
        }
      if (peek (s) == '}' && !at_end (s))
        {
          advance (s);
          return TRUE;
        }
      return expected (s, error, "',' or '}' after a member");
    }
}

static gboolean
scan_array (Scanner  *s,
            GError  **error)
{
  gsize path_length = s->path->len;
  guint index = 0;

  advance (s);    /* '[' */
  skip_blanks (s);
  if (peek (s) == ']')
    {
      advance (s);
      return TRUE;
    }
  for (;;)
    {
      g_string_append_printf (s->path, "[%u]", index++);
      if (!scan_value (s, 0, 0, error))
        return FALSE;
      g_string_truncate (s->path, path_length);
      skip_blanks (s);
      if (peek (s) == ',' && !at_end (s))
        {
          advance (s);
          skip_blanks (s);
          if (peek (s) == ']')
            return syntax_error (s, error,
                                 "a comma before ']': remove the last comma");
          continue;
        }
      if (peek (s) == ']' && !at_end (s))
        {
          advance (s);
          return TRUE;
        }
      return expected (s, error, "',' or ']' after an element");
    }
}

static gboolean
scan_value (Scanner  *s,
            guint     key_line,
            guint     key_column,
            GError  **error)
{
  guchar c = peek (s);
  gboolean ok;

  if (at_end (s))
    return expected (s, error, "a value");
  if (!record (s, key_line, key_column, error))
    return FALSE;
  switch (c)
    {
    case '{':
    case '[':
      if (++s->depth > DOSON_CTR_JSON_MAX_DEPTH)
        {
          g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT,
                       "%s:%u:%u: arrays and objects nest deeper than %d "
                       "levels", s->name, s->line, s->column,
                       DOSON_CTR_JSON_MAX_DEPTH);
          return FALSE;
        }
      ok = c == '{' ? scan_object (s, error) : scan_array (s, error);
      s->depth--;
      return ok;
    case '"':
      return scan_string (s, NULL, error);
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return scan_number (s, error);
    default:
      return scan_literal (s, error);
    }
}

/* ---------------------------------------------------------------------- */
/* The document                                                            */

DosonCtrJsonDoc *
_doson_ctr_json_doc_new (const char  *data,
                         gsize        length,
                         const char  *name,
                         GError     **error)
{
  g_autoptr(DosonCtrJsonDoc) doc = NULL;
  g_autoptr(GString) path = NULL;
  g_autoptr(GString) key = NULL;
  GError *local_error = NULL;
  Scanner s;

  if (length > DOSON_CTR_FILE_MAX_SIZE)
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_LIMIT,
                   "%s: the data are larger than %d MiB", name,
                   DOSON_CTR_FILE_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  if (!_doson_ctr_check_utf8 (data, length, name, error))
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

  path = g_string_new (NULL);
  key = g_string_new (NULL);
  memset (&s, 0, sizeof s);
  s.text = doc->text;
  s.length = doc->length;
  s.line = 1;
  s.column = 1;
  s.name = doc->name;
  s.positions = doc->positions;
  s.path = path;
  s.key = key;

  skip_blanks (&s);
  if (at_end (&s))
    {
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE,
                   "%s:%u:%u: the text is empty, expected a JSON object",
                   doc->name, s.line, s.column);
      return NULL;
    }
  if (!scan_value (&s, 0, 0, error))
    return NULL;
  skip_blanks (&s);
  if (!at_end (&s))
    {
      expected (&s, error, "the end of the text after the JSON value");
      return NULL;
    }

  doc->parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (doc->parser, doc->text,
                                   (gssize) doc->length, &local_error))
    {
      /* The strict pass accepted the text, so this is unexpected. */
      g_set_error (error, DOSON_CTR_ERROR, DOSON_CTR_ERROR_PARSE,
                   "%s: %s", doc->name, local_error->message);
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

static const Position *
find_position (DosonCtrJsonDoc *doc,
               const char      *path)
{
  g_autofree char *copy = g_strdup (path);

  /* Walk up to the nearest recorded ancestor (every path a reader builds
   * is recorded, so this loop only guards against a mismatch). */
  for (;;)
    {
      const Position *p = g_hash_table_lookup (doc->positions, copy);
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

char *
_doson_ctr_json_doc_locate (DosonCtrJsonDoc *doc,
                            const char      *path,
                            gboolean         at_key)
{
  const Position *p = find_position (doc, path);

  if (p == NULL)
    return g_strdup (doc->name);
  if (at_key && p->key_line != 0)
    return g_strdup_printf ("%s:%u:%u", doc->name, p->key_line, p->key_column);
  return g_strdup_printf ("%s:%u:%u", doc->name, p->line, p->column);
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
  g_autofree char *where = _doson_ctr_json_doc_locate (doc, path, at_key);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (path[0] != '\0')
    g_set_error (error, DOSON_CTR_ERROR, code, "%s: %s: %s", where, path,
                 message);
  else
    g_set_error (error, DOSON_CTR_ERROR, code, "%s: %s", where, message);
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
          _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA,
                                 member, TRUE,
                                 "unknown key \"%s\" (known keys: %s)", key,
                                 list->str);
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

gboolean
_doson_ctr_json_read_string (DosonCtrJsonDoc  *doc,
                             JsonObject       *object,
                             const char       *path,
                             const char       *key,
                             gboolean          required,
                             const char      **value,
                             GError          **error)
{
  g_autofree char *member = _doson_ctr_json_path_member (path, key);
  JsonNode *node;
  const char *text;

  if (!get_member (doc, object, path, key, required, &node, error))
    return FALSE;
  if (node == NULL)
    {
      *value = NULL;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return wrong_type (doc, node, member, "a string", error);
  text = json_node_get_string (node);
  if (text[0] == '\0')
    {
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
  const Position *p;
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
  p = find_position (doc, member);
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE || p == NULL)
    {
      _doson_ctr_json_error (doc, error, DOSON_CTR_ERROR_INVALID_DATA, member,
                             FALSE, "expected an integer such as %d, found "
                             "a number with a fraction or an exponent", min);
      return FALSE;
    }
  {
    const char *start = doc->text + p->offset;
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
      const char *start = doc->text + p->offset;
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
  const Position *p;
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
  p = find_position (doc, member);
  if (p == NULL)
    v = json_node_get_double (node);
  else
    v = g_ascii_strtod (doc->text + p->offset, NULL);
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
  g_autofree char *member = _doson_ctr_json_path_member (path, key);
  JsonNode *node;

  if (!get_member (doc, object, path, key, required, &node, error))
    return FALSE;
  if (node == NULL)
    {
      *present = FALSE;
      *value = FALSE;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return wrong_type (doc, node, member, "true or false", error);
  *present = TRUE;
  *value = json_node_get_boolean (node);
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
  g_autofree char *member = _doson_ctr_json_path_member (path, key);
  JsonNode *node;

  if (!get_member (doc, object, path, key, required, &node, error))
    return FALSE;
  if (node == NULL)
    {
      *value = NULL;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (doc, node, member, "an array", error);
  *value = json_node_get_array (node);
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
  g_autofree char *member = _doson_ctr_json_path_member (path, key);
  JsonNode *node;

  if (!get_member (doc, object, path, key, required, &node, error))
    return FALSE;
  if (node == NULL)
    {
      *value = NULL;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong_type (doc, node, member, "an object", error);
  *value = json_node_get_object (node);
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

void
_doson_ctr_json_append_loc_text (GString               *out,
                                 const DosonCtrLocText *text)
{
  g_string_append (out, "{\"vi\": ");
  _doson_ctr_json_append_string (out, text->vi != NULL ? text->vi : "");
  if (text->en != NULL)
    {
      g_string_append (out, ", \"en\": ");
      _doson_ctr_json_append_string (out, text->en);
    }
  g_string_append_c (out, '}');
}
