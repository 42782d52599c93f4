/* doson-ctr-json-scan.c: the strict JSON tokenizer that finds where each
 * value of a text is
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * json-glib 1.6 is lenient (comments, single quotes, leading zeros,
 * repeated keys are all accepted), reports positions only inside its error
 * messages, in bytes, and has no positions for the nodes of a tree it
 * parsed. So the text first goes through the small strict tokenizer below,
 * which gives exact syntax errors and records the line and column (in
 * characters) of every value and key by its JSON path.
 */

#include "config.h"

#include <string.h>

#include "formats/doson-ctr-json-private.h"


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
  DosonCtrProblems *problems;
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

/* Reports a problem at @line, @column; always FALSE. */
static gboolean G_GNUC_PRINTF (7, 8)
problem_at (Scanner     *s,
            GError     **error,
            gint         code,
            guint        line,
            guint        column,
            const char  *path,
            const char  *format,
            ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  _doson_ctr_problems_report (s->problems, error,
                              _doson_ctr_diagnostic_new (code, s->name, line,
                                                         column,
                                                         DOSON_CTR_FIELD_JSON_PATH,
                                                         path, message));
  return FALSE;
}

#define syntax_error(s, error, ...) \
  problem_at ((s), (error), DOSON_CTR_ERROR_PARSE, (s)->line, (s)->column, \
              NULL, __VA_ARGS__)
#define limit_error(s, error, ...) \
  problem_at ((s), (error), DOSON_CTR_ERROR_LIMIT, (s)->line, (s)->column, \
              NULL, __VA_ARGS__)

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
  DosonCtrJsonPosition *p;

  if (++s->n_values > DOSON_CTR_JSON_MAX_VALUES)
    return limit_error (s, error, "more than %d values (objects, arrays, "
                        "strings, numbers, true, false and null count one "
                        "each)", DOSON_CTR_JSON_MAX_VALUES);
  if (s->path->len > DOSON_CTR_JSON_MAX_PATH)
    return limit_error (s, error, "the path of this value (its keys and "
                        "indices from the top) is longer than %d bytes",
                        DOSON_CTR_JSON_MAX_PATH);

  p = g_new (DosonCtrJsonPosition, 1);
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

/* Scans the four hexadecimal digits after \\u (and a low surrogate after
 * a high one); appends the character to @out when it is not NULL. */
static gboolean
scan_unicode_escape (Scanner  *s,
                     GString  *out,
                     GError  **error)
{
  guint u;

  if (!read_hex4 (s, &u, error))
    return FALSE;
  if (u >= 0xDC00 && u <= 0xDFFF)
    return syntax_error (s, error, "\\u%04X is a lone low surrogate", u);
  if (u >= 0xD800 && u <= 0xDBFF)
    {
      guint low;

      if (peek (s) != '\\' || s->pos + 1 >= s->length
          || s->text[s->pos + 1] != 'u')
        return syntax_error (s, error, "\\u%04X is a high surrogate "
                             "without its low surrogate", u);
      advance (s);
      advance (s);
      if (!read_hex4 (s, &low, error))
        return FALSE;
      if (low < 0xDC00 || low > 0xDFFF)
        return syntax_error (s, error, "\\u%04X is a high surrogate "
                             "without its low surrogate", u);
      u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
    }
  if (u == 0)
    return syntax_error (s, error, "\\u0000 (a NUL character) is not "
                         "allowed in a string");
  if (out)
    g_string_append_unichar (out, (gunichar) u);
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
              if (!scan_unicode_escape (s, out, error))
                return FALSE;
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

/* Steps over the '{' or '[' that opens a container; TRUE when @close
 * follows (the container is empty), stepped over too. */
static gboolean
open_empty (Scanner *s,
            guchar   close)
{
  advance (s);
  skip_blanks (s);
  if (peek (s) != close)
    return FALSE;
  advance (s);
  return TRUE;
}

/* After a member or an element (@what, as in "',' or '}' after a
 * member"): a ',' not followed by @close is stepped over; so is @close,
 * and *closed set.  FALSE on an error. */
static gboolean
scan_next (Scanner     *s,
           guchar       close,
           const char  *what,
           gboolean    *closed,
           GError     **error)
{
  g_autofree char *wanted = NULL;

  skip_blanks (s);
  if (peek (s) == ',' && !at_end (s))
    {
      advance (s);
      skip_blanks (s);
      if (peek (s) != close)
        return TRUE;
      return syntax_error (s, error,
                           "a comma before '%c': remove the last comma",
                           close);
    }
  if (peek (s) == close && !at_end (s))
    {
      advance (s);
      *closed = TRUE;
      return TRUE;
    }
  wanted = g_strdup_printf ("',' or '%c' after %s", close, what);
  return expected (s, error, wanted);
}

/* Reads a member's key and the ':' after it, sets where the key starts
 * and appends the member to s->path.  Listing every problem, a key
 * already in @keys (those of the object so far) is listed and the reading
 * goes on. */
static gboolean
scan_key (Scanner     *s,
          GHashTable  *keys,
          guint       *key_line,
          guint       *key_column,
          GError     **error)
{
  gsize path_length = s->path->len;

  *key_line = s->line;
  *key_column = s->column;
  if (peek (s) != '"' || at_end (s))
    return expected (s, error, "a key in double quotes");
  g_string_truncate (s->key, 0);
  if (!scan_string (s, s->key, error))
    return FALSE;
  if (g_hash_table_contains (keys, s->key->str))
    {
      _doson_ctr_json_path_append_member (s->path, s->key->str);
      /* Listing every problem, the reading goes on (json-glib keeps the
       * last of the two). */
      problem_at (s, error, DOSON_CTR_ERROR_INVALID_DATA, *key_line,
                  *key_column, s->path->str,
                  "the key \"%s\" appears twice in this object",
                  s->key->str);
      if (!_doson_ctr_problems_carry_on (s->problems, error))
        return FALSE;
      g_string_truncate (s->path, path_length);
    }
  g_hash_table_add (keys, g_strdup (s->key->str));
  skip_blanks (s);
  if (peek (s) != ':' || at_end (s))
    return expected (s, error, "':' after the key");
  advance (s);
  skip_blanks (s);
  _doson_ctr_json_path_append_member (s->path, s->key->str);
  return TRUE;
}

/* An object (@close is '}') or an array (']'), from its opening. */
static gboolean
scan_container (Scanner  *s,
                guchar    close,
                GError  **error)
{
  g_autoptr(GHashTable) keys = NULL;
  gsize path_length = s->path->len;
  gboolean closed = FALSE;
  guint index;

  if (close == '}')
    keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (open_empty (s, close))
    return TRUE;
  for (index = 0; !closed; index++)
    {
      guint key_line = 0, key_column = 0;

      if (keys == NULL)
        g_string_append_printf (s->path, "[%u]", index);
      else if (!scan_key (s, keys, &key_line, &key_column, error))
        return FALSE;
      if (!scan_value (s, key_line, key_column, error))
        return FALSE;
      g_string_truncate (s->path, path_length);
      if (!scan_next (s, close, keys != NULL ? "a member" : "an element",
                      &closed, error))
        return FALSE;
    }
  return TRUE;
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
        return limit_error (s, error, "arrays and objects nest deeper than "
                            "%d levels", DOSON_CTR_JSON_MAX_DEPTH);
      ok = scan_container (s, c == '{' ? '}' : ']', error);
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


gboolean
_doson_ctr_json_scan (const char        *text,
                      gsize              length,
                      const char        *name,
                      GHashTable        *positions,
                      DosonCtrProblems  *problems,
                      GError           **error)
{
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GString) key = g_string_new (NULL);
  Scanner s;

  memset (&s, 0, sizeof s);
  s.text = text;
  s.length = length;
  s.line = 1;
  s.column = 1;
  s.name = name;
  s.positions = positions;
  s.problems = problems;
  s.path = path;
  s.key = key;

  skip_blanks (&s);
  if (at_end (&s))
    return syntax_error (&s, error,
                         "the text is empty, expected a JSON object");
  if (!scan_value (&s, 0, 0, error))
    return FALSE;
  skip_blanks (&s);
  if (!at_end (&s))
    return expected (&s, error, "the end of the text after the JSON value");
  return TRUE;
}
